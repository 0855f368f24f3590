package document

import (
	"strings"
	"unicode/utf8"
)

// Hard-wrapped plain text. A text saved from a mail program, a terminal
// or some exports breaks every paragraph into lines of at most a fixed
// width (60 to 100 characters), which would make each piece of a
// sentence a paragraph of its own. unwrap finds that width and joins a
// paragraph's lines again, so that Document.Text has one paragraph a
// line whatever the file's line length.

const (
	minWrap = 40  // narrower lines are a list or a table, not wrapped prose
	maxWrap = 100 // wider lines are a paragraph a line, as most files are
	// minFull is how many lines must show the width (a full line whose
	// next word did not fit) before a text is taken for wrapped.
	minFull = 3
	// fullSlack is how much shorter than the width a line broken by the
	// wrap may be: the longest word that the next line can start with.
	fullSlack = 25
)

// unwrap joins the lines of a hard-wrapped text into its paragraphs; nums
// (see cleanText) keeps the number of each paragraph's first line. It
// takes the text's lines (splitLines) and gives those of what it returns,
// so that the caller does not split the text again. A text that is not
// wrapped comes back as it is.
//
// A line is full at width W when it is at most W long, within fullSlack of
// it, and followed by a line whose first word would have made it longer
// than W. The text's width is the W (minWrap to maxWrap) with the most
// full lines less lines longer than W; a text is wrapped when at least
// minFull lines are full and at most half as many are longer than its
// width (a long word or an address the wrap could not break, a paragraph
// left whole). A full line is joined to the next with a space, unless
// either is a table's line (a tab, a run of spaces, " | ") or the next
// opens an item ("- ", "+ ", "• ") after a line that ends a sentence. A
// paragraph's last line is rarely full, and a blank line always ends one.
func unwrap(text string, lines []string, nums []int32) (string, []string, []int32) {
	if len(lines) < minFull+1 {
		return text, lines, nums
	}
	// A full line is followed by a line of prose: both non-blank and at
	// most 4*maxWrap bytes (maxWrap runes), the first at least
	// minWrap-fullSlack bytes (as many runes). A text with fewer than
	// minFull such pairs of lines (most files: a paragraph a line, blank
	// lines between) is not wrapped, as the candidates counted below
	// would tell, and is told so without measuring every line.
	pairs := 0
	for i := 0; i+1 < len(lines) && pairs < minFull; i++ {
		if n := len(lines[i]); n >= minWrap-fullSlack && n <= 4*maxWrap && lines[i+1] != "" && len(lines[i+1]) <= 4*maxWrap {
			pairs++
		}
	}
	if pairs < minFull {
		return text, lines, nums
	}
	// width[i] is line i's length in characters, -1 for a table's line;
	// next[i] is the length of line i+1's first word when line i can be
	// full (a line of prose follows it), else 0.
	width := make([]int, len(lines))
	next := make([]int, len(lines))
	long := 0 // lines longer than any width
	// A line of more than 4*maxWrap bytes is longer than any width: it
	// counts as long unless it is a table's. Most paragraphs of an
	// article that is not wrapped are such lines, and most such texts
	// are told unwrapped before long counts, so tabular (a scan of the
	// whole line) runs on them only when it must (see below).
	var longLines []int
	for i, l := range lines {
		switch {
		case len(l) > 4*maxWrap:
			width[i] = -1
			longLines = append(longLines, i)
		case tabular(l):
			width[i] = -1
		default:
			width[i] = utf8.RuneCountInString(l)
			if width[i] > maxWrap {
				width[i] = -1
				long++
			}
		}
	}
	candidates := 0
	for i := 0; i+1 < len(lines); i++ {
		if width[i] >= minWrap-fullSlack && width[i+1] > 0 {
			next[i] = firstWordLen(lines[i+1])
			candidates++
		}
	}
	if candidates < minFull {
		return text, lines, nums
	}
	best, bestScore, bestFull, bestOver := 0, 0, 0, 0
	for w := minWrap; w <= maxWrap; w++ {
		full, over := 0, 0
		for i, n := range width {
			switch {
			case n > w:
				over++
			case n >= w-fullSlack && next[i] > 0 && n+1+next[i] > w:
				full++
			}
		}
		if score := full - over; score > bestScore {
			best, bestScore, bestFull, bestOver = w, score, full, over
		}
	}
	if bestFull < minFull {
		return text, lines, nums
	}
	for _, i := range longLines {
		if !tabular(lines[i]) {
			long++
		}
	}
	if (long+bestOver)*2 > bestFull {
		return text, lines, nums
	}
	var b strings.Builder
	b.Grow(len(text))
	out := make([]int32, 0, len(nums))
	joined := false // line i-1 was joined to line i
	for i, l := range lines {
		b.WriteString(l)
		n := width[i]
		if n <= best && n >= best-fullSlack && next[i] > 0 && n+1+next[i] > best && !newItem(l, lines[i+1]) {
			b.WriteByte(' ')
			if !joined && i < len(nums) {
				out = append(out, nums[i])
			}
			joined = true
			continue
		}
		b.WriteByte('\n')
		if !joined && i < len(nums) {
			out = append(out, nums[i])
		}
		joined = false
	}
	joinedText := b.String()
	return joinedText, splitLines(joinedText), out
}

// tabular reports a line of a table in plain text: cells apart by a tab,
// " | ", a run of three spaces or more, or two runs of two. One double
// space is a typing slip in prose ("1.000  tỷ đồng").
func tabular(l string) bool {
	if strings.Contains(l, "\t") || hasCellBar(l) {
		return true
	}
	l = strings.TrimLeft(l, " ")
	if strings.Contains(l, "   ") {
		return true
	}
	i := strings.Index(l, "  ")
	return i >= 0 && strings.Contains(l[i+2:], "  ")
}

// firstWordLen is the length in characters of a line's first word.
func firstWordLen(l string) int {
	l = strings.TrimLeft(l, " ")
	if i := strings.IndexByte(l, ' '); i >= 0 {
		l = l[:i]
	}
	return utf8.RuneCountInString(l)
}

// newItem reports a line that opens an item of a list ("- ", "+ ", "• ")
// after a line that ends a sentence or introduces the list.
func newItem(prev, next string) bool {
	next = strings.TrimLeft(next, " ")
	if !strings.HasPrefix(next, "- ") && !strings.HasPrefix(next, "+ ") && !strings.HasPrefix(next, "• ") {
		return false
	}
	prev = strings.TrimRight(prev, " ")
	return strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, ";") ||
		strings.HasSuffix(prev, "!") || strings.HasSuffix(prev, "?")
}
