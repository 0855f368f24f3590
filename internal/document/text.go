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
func clean(s string) string {
	s = strings.Map(visible, lineEnds(s))
	// Removing a zero-width character can join a letter to its combining
	// tone mark, so normalise after the mapping, not before.
	s = norm.NFC.String(s)

	var b strings.Builder
	b.Grow(len(s) + 1)
	blank := 0
	started := false
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRight(line, " \t")
		if line == "" {
			blank++
			continue
		}
		if started {
			for range min(blank, maxBlankLines) {
				b.WriteByte('\n')
			}
		}
		started = true
		blank = 0
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
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
