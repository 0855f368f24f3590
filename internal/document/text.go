package document

import (
	"strings"

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
	s = lineEnds(s)
	var b strings.Builder
	b.Grow(len(s) + 1)
	nums := make([]int32, 0, strings.Count(s, "\n")+1)
	blank := 0
	started := false
	src, para := int32(0), int32(0)
	for raw := range strings.SplitSeq(s, "\n") {
		src++
		// A page break or a Unicode line separator splits a line of the
		// input into lines of the text, all from that input line.
		for line := range strings.SplitSeq(strings.Map(visible, raw), "\n") {
			// Removing a zero-width character can join a letter to its
			// combining tone mark, so normalise after the mapping.
			line = strings.TrimRight(norm.NFC.String(line), " \t")
			if line == "" {
				blank++
				continue
			}
			para++
			at := para
			if byLine {
				at = src
			}
			if started {
				for range min(blank, maxBlankLines) {
					b.WriteByte('\n')
					nums = append(nums, at)
				}
			}
			started = true
			blank = 0
			b.WriteString(line)
			b.WriteByte('\n')
			nums = append(nums, at)
		}
	}
	return b.String(), nums
}

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
