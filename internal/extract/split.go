package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range [Start, End) of a paragraph.
type span struct{ Start, End int }

// abbrevs end with a dot that does not end a sentence ("TP. Hà Nội",
// "Q. Hoàng Mai", "ThS. Nguyễn").
var abbrevs = map[string]bool{
	"tp": true, "q": true, "h": true, "tx": true, "p": true, "x": true, "tt": true,
	"ths": true, "ts": true, "pgs": true, "gs": true, "bs": true, "ks": true, "th": true,
	"st": true, "số": true, "ông": true, "bà": true, "v.v": true, "tr": true,
}

// sentences splits a paragraph at sentence ends: ".", "!", "?", "…" or "..."
// followed by white space and then an upper-case letter, a digit, a quote or
// a bracket, or by the end of the paragraph. A dot inside a number
// ("1.651", "31.10.2024") has no space after it; a dot after an
// abbreviation is not an end.
func sentences(p string) []span { return appendSentences(nil, p) }

// appendSentences is sentences appending to out, for a reader that reuses
// one slice paragraph after paragraph.
func appendSentences(out []span, p string) []span {
	start := 0
	ends := newEndFinder(p)
	for i := 0; i < len(p); i++ {
		if i = ends.from(i); i == len(p) {
			break
		}
		c := p[i]
		if c == "…"[0] && !strings.HasPrefix(p[i:], "…") {
			continue
		}
		end := i + 1
		if strings.HasPrefix(p[i:], "…") {
			end = i + len("…")
		}
		for end < len(p) && (p[end] == '.' || p[end] == '!' || p[end] == '?') {
			end++
		}
		for end < len(p) && (p[end] == '"' || p[end] == ')' || strings.HasPrefix(p[end:], "”")) {
			if p[end] == '"' || p[end] == ')' {
				end++
			} else {
				end += len("”")
			}
		}
		j := end
		for j < len(p) && (p[j] == ' ' || p[j] == '\t') {
			j++
		}
		if j < len(p) && j == end {
			continue // no space: a number, a date or an abbreviation inside a word
		}
		if j < len(p) {
			r, _ := utf8.DecodeRuneInString(p[j:])
			if !(isUpper(r) || unicode.IsDigit(r) || r == '"' || r == '(' || r == '“' || r == '-' || r == '*') {
				continue
			}
		}
		if c == '.' && end == i+1 && isAbbrev(p[start:i]) && !(wordEndsWith(p[start:i], "số") && (j == len(p) || !isDigitByte(p[j]))) {
			// "số." stands for a number only before one ("QĐ số.
			// 12"); before a word it ends the sentence ("chiếm 78,77%
			// dân số. Trong đó, …").
			continue
		}
		out = appendSpan(out, p, start, end)
		start = j
		i = j - 1
	}
	return appendSpan(out, p, start, len(p))
}

// mayEndBytes are the bytes a sentence end starts with: '.', '!', '?' and
// 0xE2, the first byte of "…".
var mayEndBytes = [...]byte{'.', '!', '?', 0xE2}

// endFinder finds the bytes of a paragraph that may start a sentence end
// (mayEndBytes) with strings.IndexByte, one search for each byte, made
// again only once the reading has passed its last find: the bytes between
// are passed over at memory speed, not one by one.
type endFinder struct {
	p    string
	next [len(mayEndBytes)]int // where each byte is next, len(p) for nowhere; -1 before the first search
}

func newEndFinder(p string) endFinder {
	f := endFinder{p: p}
	for k := range f.next {
		f.next[k] = -1
	}
	return f
}

// from is where the first of mayEndBytes is at or after i, len(p) if
// nowhere.
func (f *endFinder) from(i int) int {
	m := len(f.p)
	for k, c := range mayEndBytes {
		if f.next[k] < i {
			f.next[k] = len(f.p)
			if j := strings.IndexByte(f.p[i:], c); j >= 0 {
				f.next[k] = i + j
			}
		}
		m = min(m, f.next[k])
	}
	return m
}

// wordEndsWith reports whether the last word of before is w (any case).
func wordEndsWith(before, w string) bool {
	if len(before) < len(w) || !strings.EqualFold(before[len(before)-len(w):], w) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before[:len(before)-len(w)])
	return len(before) == len(w) || !unicode.IsLetter(r)
}

func isAbbrev(before string) bool {
	k := len(before)
	for runes := 0; k > 0; {
		r, n := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		if runes++; runes > 3 {
			// Longer than any abbreviation (three runes at most, and
			// lowering keeps the count of runes) and than an initial:
			// the word before most full stops, not walked to its start.
			return false
		}
		k -= n
	}
	w := before[k:]
	if w == "" {
		return false
	}
	if abbrevs[strings.ToLower(w)] {
		return true
	}
	// A single upper-case letter is an initial ("Q.", "H.", "Nguyễn V. A").
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && isUpper(r)
}

// clauses splits a sentence [s.Start, s.End) of p at semicolons.
func clauses(p string, s span) []span { return appendClauses(nil, p, s) }

// appendClauses is clauses appending to out.
func appendClauses(out []span, p string, s span) []span {
	start := s.Start
	for {
		i := strings.IndexByte(p[start:s.End], ';')
		if i < 0 {
			break
		}
		out = appendSpan(out, p, start, start+i)
		start += i + 1
	}
	return appendSpan(out, p, start, s.End)
}

// appendSpan appends [start, end) trimmed of white space, if not empty.
func appendSpan(out []span, p string, start, end int) []span {
	for start < end {
		r, n := utf8.DecodeRuneInString(p[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(p[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if end > start {
		out = append(out, span{start, end})
	}
	return out
}
