package form

import (
	"strconv"
	"strings"
)

// A form cell's text is literal text with placeholders in double braces:
//
//	{{don_vi}}                  a field: the unit, the year, the date line…
//	{{nam@-1}}                  a field with a year offset (the year before)
//	{{thu_ngan_sach.actual}}    a figure: indicator code, then kind
//	{{thu_ngan_sach.plan@-1}}   the figure of the year before
//	{{.actual}}                 the figure of the row's indicator (in a
//	                            row that repeats per indicator)
//	{{lap chi_tieu}}            marks the row to repeat once per indicator
//	                            (also: don_vi per unit, so_lieu per fact)
//
// Names are ASCII, matched without regard to case; spaces inside the braces
// are ignored. Parsing only reads the syntax: whether a field or an
// indicator code exists is for the filler to say.

// Segment is a run of literal text or one placeholder.
type Segment struct {
	Text string       // literal text (when Ph is nil)
	Ph   *Placeholder // a placeholder, or nil
}

// Placeholder is one {{…}}.
type Placeholder struct {
	Raw    string // as written, braces included
	Field  string // a named field ("don_vi", "nam", "stt"…); "" for a figure
	Code   string // indicator code of a figure; "" for the row's indicator
	Kind   string // kind of a figure ("plan", "actual", …)
	Offset int    // year offset (@-1)
	Repeat string // for {{lap X}}: "chi_tieu", "don_vi" or "so_lieu"
	Bad    string // why the text is not a placeholder (unclosed, malformed)
}

// IsFigure reports whether p asks for a figure.
func (p *Placeholder) IsFigure() bool { return p.Bad == "" && p.Repeat == "" && p.Field == "" }

// Repeats are what a row can repeat over.
const (
	PerIndicator = "chi_tieu"
	PerUnit      = "don_vi"
	PerFact      = "so_lieu"
)

// maxOffset bounds year offsets: a form compares with a few years before,
// never with a century.
const maxOffset = 50

// Parse splits text into literal runs and placeholders. Concatenating the
// Text of literal segments and the Raw of placeholders gives text back.
func Parse(text string) []Segment {
	var out []Segment
	lit := func(s string) {
		if s == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Ph == nil {
			out[n-1].Text += s
			return
		}
		out = append(out, Segment{Text: s})
	}
	for {
		i := strings.Index(text, "{{")
		if i < 0 {
			lit(text)
			return out
		}
		lit(text[:i])
		rest := text[i+2:]
		j := strings.Index(rest, "}}")
		if j < 0 {
			out = append(out, Segment{Ph: &Placeholder{Raw: text[i:], Bad: "unclosed"}})
			return out
		}
		// "{{{x}}}": the innermost pair is the placeholder, as a reader
		// expects; the extra brace is text.
		for j > 0 && strings.HasPrefix(rest, "{") {
			lit("{")
			rest = rest[1:]
			j--
		}
		raw := "{{" + rest[:j] + "}}"
		out = append(out, Segment{Ph: parseInner(raw, rest[:j])})
		text = rest[j+2:]
	}
}

// HasPlaceholder reports whether text holds something Parse would call a
// placeholder (a quick test before parsing every cell).
func HasPlaceholder(text string) bool { return strings.Contains(text, "{{") }

func parseInner(raw, inner string) *Placeholder {
	p := &Placeholder{Raw: raw}
	s := strings.ToLower(strings.TrimSpace(inner))
	if s == "" {
		p.Bad = "empty"
		return p
	}
	if rest, ok := cutWord(s, "lap"); ok {
		switch rest {
		case PerIndicator, PerUnit, PerFact:
			p.Repeat = rest
		default:
			p.Bad = "repeat"
		}
		return p
	}
	name := s
	if at := strings.IndexByte(s, '@'); at >= 0 {
		name = strings.TrimSpace(s[:at])
		off := strings.TrimSpace(s[at+1:])
		n, err := strconv.Atoi(off)
		if err != nil || off == "" || (off[0] != '+' && off[0] != '-' && off != "0") || n < -maxOffset || n > maxOffset {
			p.Bad = "offset"
			return p
		}
		p.Offset = n
	}
	if dot := strings.IndexByte(name, '.'); dot >= 0 {
		p.Code, p.Kind = strings.TrimSpace(name[:dot]), strings.TrimSpace(name[dot+1:])
		if !slug(p.Kind) || (p.Code != "" && !slug(p.Code)) {
			p.Bad = "name"
		}
		return p
	}
	if !slug(name) {
		p.Bad = "name"
		return p
	}
	p.Field = name
	return p
}

// cutWord returns what follows a leading keyword and a space or colon.
func cutWord(s, word string) (string, bool) {
	if !strings.HasPrefix(s, word) || len(s) == len(word) {
		return "", false
	}
	c := s[len(word)]
	if c != ' ' && c != ':' && c != '\t' {
		return "", false
	}
	return strings.TrimSpace(s[len(word)+1:]), true
}

// slug reports whether s is a name of ASCII letters, digits and '_'.
func slug(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
