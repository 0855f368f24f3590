package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxBlankLines is the longest run of blank lines Text keeps: a run of three
// or more (HTML's nested blocks and Word's spacing paragraphs make many) is
// cut to this, while the one or two a writer used to separate sections stay.
const maxBlankLines = 2

// clean turns decoded text into Document.Text: NFC, LF line ends, no
// invisible characters, no trailing spaces, no leading or trailing blank
// lines, runs of blank lines cut to maxBlankLines, and a final newline
// after the last line.
//
// It also returns, for each line of the text, where it came from: the line
// of the input (for plain text, the line a text editor shows) when byLine,
// else the number of the paragraph (non-blank line), which is what a reader
// of a web page or a Word document can count.
func clean(s string, byLine bool) (string, []int32) {
	return cleanText(s, byLine, isPlain(s))
}

// cleanText is clean, told whether s is plain (see isPlain): plain text is
// cut into lines and trimmed, without the mapping and normalisation that
// would leave it as it is, and comes back without a copy when it is clean
// already.
func cleanText(s string, byLine, plain bool) (string, []int32) {
	if !plain {
		s = lineEnds(s)
	}
	// out is written only once the text differs from s: until then the
	// text so far is s[:same].
	var out strings.Builder
	copying := !plain
	same := 0
	write := func(line string, at int) {
		if !copying {
			if at == same && same+len(line) < len(s) && s[same+len(line)] == '\n' {
				same += len(line) + 1
				return
			}
			copying = true
			out.Grow(len(s) + 1)
			out.WriteString(s[:same])
		}
		out.WriteString(line)
		out.WriteByte('\n')
	}
	nums := make([]int32, 0, strings.Count(s, "\n")+1)
	blank := 0
	started := false
	src, para := int32(0), int32(0)
	for off := 0; off <= len(s); {
		end := strings.IndexByte(s[off:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += off
		}
		raw := s[off:end]
		rawOff := off
		off = end + 1
		if end == len(s) && raw == "" {
			break // nothing after the last line end
		}
		src++
		// A page break or a Unicode line separator splits a line of the
		// input into lines of the text, all from that input line.
		mapped := raw
		if !plain {
			mapped = strings.Map(visible, raw)
		}
		for pos := 0; pos <= len(mapped); {
			line := mapped[pos:]
			next := len(mapped) + 1
			if i := strings.IndexByte(line, '\n'); i >= 0 {
				line, next = line[:i], pos+i+1
			}
			at := rawOff + pos // where line is in s, when plain
			pos = next
			if !plain {
				// Removing a zero-width character can join a letter to its
				// combining tone mark, so normalise after the mapping.
				line = norm.NFC.String(line)
			}
			line = strings.TrimRight(line, " \t")
			if line == "" {
				blank++
				continue
			}
			para++
			n := para
			if byLine {
				n = src
			}
			if started {
				for range min(blank, maxBlankLines) {
					write("", same)
					nums = append(nums, n)
				}
			}
			started = true
			blank = 0
			write(line, at)
			nums = append(nums, n)
		}
	}
	text := s[:same]
	if copying {
		text = out.String()
	}
	return text, nums
}

// isPlain reports text that clean's mapping and normalisation, decode's
// line-end rewriting and binary check leave alone: valid UTF-8 without
// carriage returns, control characters, no-break or invisible characters,
// or characters that NFC could change (combining marks, singletons) —
// most documents. One pass here spares a strings.Map and an NFC check per
// line.
func isPlain(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		// One look-up sorts the bytes most runes of Vietnamese text start
		// with (see plainStep): a well-formed sequence of an inert block
		// is passed over without decoding it.
		switch plainStep[c] {
		case stepASCII:
			i++
			continue
		case stepInertLead:
			if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				i += 2
				continue
			}
		case stepE1:
			if i+2 < len(s) && inertE1[s[i+1]] && s[i+2]&0xC0 == 0x80 {
				i += 3
				continue
			}
		}
		if c < utf8.RuneSelf {
			return false // a control character
		}
		// Decode the two- and three-byte forms of the table's runes
		// (below U+2100), checking the bytes as utf8.DecodeRune does;
		// anything else is not plain.
		var r rune
		switch {
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		case c >= 0xE0 && c <= 0xE2 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 && (c != 0xE0 || s[i+1] >= 0xA0):
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 3
		default:
			return false
		}
		if int(r) >= len(inert) || !inert[r] {
			return false
		}
	}
	return true
}

// plainStep sorts the bytes for isPlain: the ASCII it passes
// (plainASCII), the lead bytes of two bytes whose runes are all inert
// (inertLead), and E1, whose second byte inertE1 tells; other bytes take
// the general path. One look-up and one branch on it cost less than the
// three tests one after another, most often mispredicted, that Vietnamese
// text's mix of ASCII and two- and three-byte letters made.
var plainStep = func() (t [256]uint8) {
	for c := range t {
		switch {
		case plainASCII[c]:
			t[c] = stepASCII
		case inertLead[c]:
			t[c] = stepInertLead
		case c == 0xE1:
			t[c] = stepE1
		}
	}
	return t
}()

const (
	stepOther = iota
	stepASCII
	stepInertLead
	stepE1
)

// plainASCII holds the ASCII bytes isPlain passes: all but the control
// characters other than tab and line feed.
var plainASCII = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 0x20 && c != 0x7F || c == '\t' || c == '\n'
	}
	return t
}()

// inert[r] says that clean keeps rune r (visible maps it to itself) and
// that NFC keeps any string of such runes: r is normal on its own, has
// combining class 0 and combines with nothing before it (NFC quick check
// Yes), and a string whose every character passes the quick check with
// class 0 is in NFC (UAX #15). The table covers the blocks of Vietnamese
// text (Latin, Latin Extended Additional, general punctuation, the đồng
// sign); other runes, and combining marks, take the general path.
var inert = func() []bool {
	t := make([]bool, 0x2100)
	// The blocks Vietnamese text draws on; the rest stay false.
	for _, block := range [][2]rune{{0x20, 0x250}, {0x1E00, 0x1F00}, {0x2000, 0x2100}} {
		for r := block[0]; r < block[1]; r++ {
			var b [utf8.UTFMax]byte
			s := b[:utf8.EncodeRune(b[:], r)]
			p := norm.NFC.Properties(s)
			t[r] = r != 0x7F && visible(r) == r && !unicode.Is(unicode.Mn, r) &&
				p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(s)
		}
	}
	return t
}()

// inertLead holds the lead bytes of two-byte UTF-8 sequences whose 64
// runes are all inert (U+00C0–U+023F: the letters with marks of
// Vietnamese and other Latin text), and inertE1 the second bytes after
// E1 whose 64 runes of three bytes are all inert (U+1E00–U+1EFF, the
// Latin Extended Additional letters of Vietnamese): isPlain passes their
// sequences by a look-up. Both are read off inert, so they cannot
// disagree with it.
var inertLead, inertE1 = func() (lead, e1 [256]bool) {
	all := func(first rune) bool {
		for r := first; r < first+64; r++ {
			if int(r) >= len(inert) || !inert[r] {
				return false
			}
		}
		return true
	}
	for c := 0xC2; c <= 0xDF; c++ {
		lead[c] = all(rune(c&0x1F) << 6)
	}
	for b := 0x80; b <= 0xBF; b++ {
		e1[b] = all(0x1000 | rune(b&0x3F)<<6)
	}
	return lead, e1
}()

// visible maps a character to what a reader sees: no-break spaces become
// spaces (the extractor matches " "), page and vertical-tab breaks and the
// Unicode line separators become line ends, and invisible characters
// (zero-width spaces and joiners, soft hyphens, stray BOMs, control
// characters) go, since they would split words and numbers that look whole.
func visible(r rune) rune {
	switch r {
	case '\u00A0', '\u202F', '\u2007':
		return ' '
	case '\f', '\v', '\u2028', '\u2029', '\u0085':
		return '\n'
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return -1
	case '\t', '\n':
		return r
	}
	if r < 0x20 || (r >= 0x7F && r < 0xA0) {
		return -1
	}
	return r
}
