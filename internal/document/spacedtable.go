package document

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tables whose cells are separated by runs of spaces: a table copied out
// of a PDF viewer (pdftotext -layout, a reader's "copy"), or typed with the
// space bar. Columns are the runs of white space that the data rows (those
// with figures) leave free, as in a PDF without rules; a header may take
// several lines ("Thực hiện" over "năm 2023"), a header cell may span
// columns ("Năm 2024" over KH and TH), and a row label may wrap onto the
// next line ("Tổng mức bán lẻ hàng hóa và" / "doanh thu dịch vụ").

const (
	// minSpacedRows is the fewest rows with figures that make a table of
	// space-separated cells.
	minSpacedRows = 2
	// maxSpacedHead is the most header lines above the first data row.
	maxSpacedHead = 6
	// maxSpacedLine is the longest line (in runes) that may be a row;
	// longer lines are prose.
	maxSpacedLine = 400
)

// span is a piece of a line between runs of two or more spaces, in rune
// columns [from, to).
type span struct {
	from, to int
	text     string
}

// spans cuts a line at runs of two or more spaces; nil for a line with a
// tab (a tab-separated table is read as such).
func spans(line string) []span {
	if strings.IndexByte(line, '\t') >= 0 {
		return nil
	}
	var out []span
	col, start, spaces := 0, -1, 0
	var b strings.Builder
	// end closes the piece before the spaces ending at col.
	end := func(to int) {
		if start >= 0 {
			out = append(out, span{start, to, strings.TrimSpace(b.String())})
		}
		start = -1
		b.Reset()
	}
	for _, r := range line {
		if r == ' ' || r == '\u00a0' {
			spaces++
			if spaces == 2 && start >= 0 {
				end(col - 1)
			}
			if start >= 0 {
				b.WriteByte(' ')
			}
		} else {
			if start < 0 {
				start = col
			}
			spaces = 0
			b.WriteRune(r)
		}
		col++
	}
	end(col - spaces)
	return out
}

// labelValue reports a line of two pieces whose first ends in a colon:
// "(7) Tổng thu ngân sách:  5.910 tỷ đồng", an item of a list written as
// prose whose label is followed by two spaces (a typist's habit after a
// colon), not a row of cells. A table's label cell does not end in a
// colon before its figure.
func labelValue(ss []span) bool {
	return len(ss) == 2 && strings.HasSuffix(ss[0].text, ":")
}

// spacedLine is a line of a candidate table.
type spacedLine struct {
	block int // index in the run
	spans []span
	data  bool // a label or number then a figure: a data row
}

// maxRowWords is the most words of text (figures aside) a row of a
// spaced table holds: a label, a unit, a header's column names. A line
// with more is running prose, whose stray double spaces ("tổng số  hộ
// nghèo") are no column gaps.
const maxRowWords = 40

// isProseLine reports a line with more than maxRowWords words that are
// not figures.
func isProseLine(l string) bool {
	if len(l) < 2*maxRowWords {
		return false // too short to hold that many words
	}
	n := 0
	for w := range strings.FieldsSeq(l) {
		if !IsFigure(w) {
			if n++; n > maxRowWords {
				return true
			}
		}
	}
	return false
}

// isDataSpans reports a row of figures: words, then a figure. A row of
// column numbers ("(1)  (2)  (3)=(2)/(1)") is none.
func isDataSpans(ss []span) bool {
	if len(ss) < 2 || !isWords(ss[0].text) && !isWords(ss[1].text) {
		return false
	}
	for _, s := range ss[1:] {
		if IsFigure(s.text) && strings.ContainsAny(s.text, "0123456789") && !isColumnNo(s.text) {
			return true
		}
	}
	return false
}

// isWords reports a piece of text that is neither a figure nor a column
// number.
func isWords(s string) bool {
	return !IsFigure(s) && !isColumnNo(s)
}

// isColumnNo reports a column number under a header: "(3)", "(8)=(7)/(5)".
func isColumnNo(s string) bool {
	return strings.HasPrefix(s, "(") && strings.Trim(s, "()=/+-*0123456789 ") == "" && len(s) <= 24
}

// spacedTable reads a table of space-separated cells in run. It returns
// the table, the index of the first block it takes (lines before it are
// paragraphs) and the index after its last; nil when run does not start
// with such a table. skip is how many blocks a caller may pass over when
// there is none: the stretch of aligned lines that was looked at.
func spacedTable(run []Block) (t *Table, first, end, skip int) {
	// The stretch: lines of several cells, with short lines (wrapped
	// labels, headings) and single blank lines between them.
	var lines []spacedLine
	blanks := 0
	for k, b := range run {
		if b.Text == "" {
			if blanks++; blanks > 1 {
				break
			}
			continue
		}
		if len(lines) == 0 && !strings.Contains(b.Text, "  ") && !strings.Contains(b.Text, "\u00a0") {
			break // one span at most (spans needs two spaces in a row): no table starts here
		}
		if len(b.Text) > maxSpacedLine && runesOver(b.Text, maxSpacedLine) || hasCellBar(b.Text) || isProseLine(b.Text) {
			break
		}
		ss := spans(b.Text)
		if ss == nil || len(ss) == 1 && len(lines) == 0 || labelValue(ss) {
			break
		}
		blanks = 0
		lines = append(lines, spacedLine{block: k, spans: ss, data: isDataSpans(ss)})
	}
	skip = 1
	if len(lines) > 0 {
		skip = lines[len(lines)-1].block + 1
	}
	nData, firstData := countData(lines)
	if nData < minSpacedRows {
		return nil, 0, 0, skip
	}
	// A header printed again (the table goes on over a page, whose
	// columns may sit elsewhere) starts another table.
	for h := firstData - 1; h >= 0 && firstData-h <= maxSpacedHead; h-- {
		if len(lines[h].spans) < 2 {
			continue
		}
		for k := firstData + 1; k < len(lines); k++ {
			if !lines[k].data && sameTexts(lines[k].spans, lines[h].spans) {
				lines = lines[:k]
				break
			}
		}
	}
	if nData, _ = countData(lines); nData < minSpacedRows {
		return nil, 0, 0, skip
	}
	bounds := spacedBounds(lines)
	if len(bounds) == 0 {
		return nil, 0, 0, skip
	}
	col := func(x int) int { return sort.SearchInts(bounds, x+1) }
	// The header: the lines just above the first data row, without a
	// blank line between; a line of one cell across several columns (the
	// table's title) ends it.
	head := firstData
	for head > 0 && firstData-head < maxSpacedHead {
		prev := lines[head-1]
		if prev.block != lines[head].block-1 {
			break
		}
		if len(prev.spans) == 1 && col(prev.spans[0].from) != col(prev.spans[0].to-1) {
			break
		}
		head--
	}
	lines = lines[head:]
	splitHeadPieces(lines[:firstData-head], lines, bounds, col)
	labelCol, textCols := spacedLabelColumn(lines, col)
	// Rows as groups of lines: a header line each, a data row with the
	// lines its label wraps onto, a heading or an empty item each.
	var groups [][]spacedLine
	var pending []spacedLine // lines without figures since the last data row
	open := false            // the last group is a data row its label may continue
	for i, l := range lines {
		switch {
		case i < firstData-head:
			groups = append(groups, []spacedLine{l})
		case l.data:
			// "Tổng mức bán lẻ hàng hóa và" above "3  doanh thu … 15.600":
			// the label started on the line before.
			var g []spacedLine
			if n := len(pending); n > 0 && pending[n-1].block == l.block-1 && onlyLabel(pending[n-1], labelCol, col) && labelLower(l, labelCol, col) {
				g = []spacedLine{pending[n-1]}
				pending = pending[:n-1]
			}
			for _, p := range pending {
				groups = append(groups, []spacedLine{p})
			}
			pending = nil
			groups = append(groups, append(g, l))
			open = true
		case open && len(pending) == 0 && continuesRow(l, textCols, col) && groups[len(groups)-1][len(groups[len(groups)-1])-1].block == l.block-1:
			// Words in lower case in the columns of words (the label,
			// the unit of measure), right under a data row, continue its
			// cells: "Tổng thu NSNN  Triệu  2.845.300" over "đồng".
			groups[len(groups)-1] = append(groups[len(groups)-1], l)
		default:
			pending = append(pending, l)
			open = false
		}
	}
	// Lines of one cell after the last row are a note under the table.
	for len(pending) > 0 && len(pending[len(pending)-1].spans) < 2 {
		pending = pending[:len(pending)-1]
	}
	for _, p := range pending {
		groups = append(groups, []spacedLine{p})
	}
	t = &Table{Source: "text", Cols: len(bounds) + 1}
	for _, g := range groups {
		t.Rows = append(t.Rows, spacedRow(run, g, bounds, col))
	}
	last := groups[len(groups)-1]
	return t, lines[0].block, last[len(last)-1].block + 1, skip
}

// splitHeadPieces cuts a header piece that runs over a column bound
// which the header line above it leaves open ("Tỷ lệ hộ" and "Số hộ" over
// "nghèo (%) thoát nghèo", one space apart): a header's lower lines go on
// the cells its upper line starts, so the piece is two cells. It is cut
// at the space nearest to where the left column's figures end or the
// right column's begin. A piece on the header's first line ("Năm 2024"
// over KH and TH) spans its columns.
func splitHeadPieces(head, lines []spacedLine, bounds []int, col func(int) int) {
	lo, hi := map[int]int{}, map[int]int{} // the extent of each column's data pieces
	for _, l := range lines {
		if !l.data {
			continue
		}
		for _, s := range l.spans {
			c := col(s.from)
			if v, ok := lo[c]; !ok || s.from < v {
				lo[c] = s.from
			}
			hi[c] = max(hi[c], s.to)
		}
	}
	// open reports a line with a piece ending in column k and another
	// starting in column k+1.
	open := func(ss []span, k int) bool {
		left, right := false, false
		for _, s := range ss {
			a, z := spanCols(s, bounds, col)
			left = left || z == k
			right = right || a == k+1
		}
		return left && right
	}
	for i := 1; i < len(head); i++ {
		var out []span
		for _, s := range head[i].spans {
			out = append(out, cutPiece(s, head[i-1].spans, bounds, col, lo, hi, open)...)
		}
		head[i].spans = out
	}
}

// cutPiece cuts s at the bounds the line above leaves open (see
// splitHeadPieces).
func cutPiece(s span, above []span, bounds []int, col func(int) int, lo, hi map[int]int, open func([]span, int) bool) []span {
	a, z := spanCols(s, bounds, col)
	for k := a; k < z; k++ {
		if !open(above, k) {
			continue
		}
		runes := []rune(s.text)
		best, bestD := -1, 0
		for j, r := range runes {
			if r != ' ' {
				continue
			}
			p := s.from + j
			d := 1 << 30
			if h, ok := hi[k]; ok {
				d = min(d, abs(p-h))
			}
			if l, ok := lo[k+1]; ok {
				d = min(d, abs(p+1-l))
			}
			if best < 0 || d < bestD {
				best, bestD = j, d
			}
		}
		if best < 0 {
			return []span{s}
		}
		// Each part is placed in its own column, whichever side of the
		// bound (the middle of the white run) the cut falls.
		left := span{s.from, min(s.from+best, bounds[k]), string(runes[:best])}
		right := span{max(s.from+best+1, bounds[k]), s.to, string(runes[best+1:])}
		return append([]span{left}, cutPiece(right, above, bounds, col, lo, hi, open)...)
	}
	return []span{s}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// spacedRow makes the row of a group of lines: each piece goes to the
// column it starts in, spanning the columns it reaches; pieces of one
// column are its lines.
func spacedRow(run []Block, ls []spacedLine, bounds []int, col func(int) int) Row {
	first, last := run[ls[0].block], run[ls[len(ls)-1].block]
	row := Row{Line: first.Line, Lines: last.Line - first.Line + 1}
	cells := map[int]*Cell{}
	var prints []string
	var cols []int
	for _, l := range ls {
		prints = append(prints, run[l.block].Text)
		for _, s := range l.spans {
			a, z := spanCols(s, bounds, col)
			if c := cells[a]; c != nil {
				c.Text += "\n" + s.text
				c.ColSpan = max(c.ColSpan, z-a+1)
				continue
			}
			cells[a] = &Cell{Text: s.text, Col: a, ColSpan: z - a + 1, RowSpan: 1}
			cols = append(cols, a)
		}
	}
	sort.Ints(cols)
	next := 0
	for _, a := range cols {
		c := cells[a]
		if a < next {
			// A piece that starts under a span of the one before: part
			// of that cell.
			continue
		}
		row.Cells = append(row.Cells, *c)
		next = a + c.ColSpan
	}
	row.Print = strings.Join(prints, "\n")
	return row
}

// spanCols returns the first and last columns of a piece of text: those
// it covers by at least three runes, or the one it starts in. A header
// wider than its column's figures ("Thực hiện" over "312") reaches into
// the next column without spanning it.
func spanCols(s span, bounds []int, col func(int) int) (int, int) {
	a, z := col(s.from), col(s.to-1)
	overlap := func(k int) int {
		lo, hi := s.from, s.to
		if k > 0 {
			lo = max(lo, bounds[k-1])
		}
		if k < len(bounds) {
			hi = min(hi, bounds[k])
		}
		return hi - lo
	}
	for z > a && overlap(z) < 3 {
		z--
	}
	for a < z && overlap(a) < 3 {
		a++
	}
	return a, z
}

// onlyLabel reports a line with text in the label column only (and
// perhaps a row number before it).
func onlyLabel(l spacedLine, labelCol int, col func(int) int) bool {
	n := 0
	for _, s := range l.spans {
		switch c := col(s.from); {
		case c == labelCol && col(s.to-1) == labelCol:
			n++
		case c < labelCol && isRowNumber(s.text):
		default:
			return false
		}
	}
	return n == 1
}

// labelLower reports whether the line's text in the label column starts
// in lower case: it carries on a label begun on another line.
func labelLower(l spacedLine, labelCol int, col func(int) int) bool {
	for _, s := range l.spans {
		if col(s.from) == labelCol {
			r, _ := utf8.DecodeRuneInString(s.text)
			return unicode.IsLower(r)
		}
	}
	return false
}

// spacedBounds returns the rune columns that separate the table's
// columns: the middles of the runs of white space that no data row
// crosses; or, when that leaves fewer columns than most rows have cells
// (a label or a figure reaching into the next column now and then), the
// runs that at most one row in eight crosses. A column starts after each
// bound.
func spacedBounds(lines []spacedLine) []int {
	width, n := 0, 0
	cells := map[int]int{} // rows by their number of cells
	for _, l := range lines {
		if l.data {
			width = max(width, l.spans[len(l.spans)-1].to)
			n++
			cells[len(l.spans)]++
		}
	}
	mode := 0
	for k, c := range cells {
		if c > cells[mode] || c == cells[mode] && k > mode {
			mode = k
		}
	}
	cover := make([]int, width+1)
	for _, l := range lines {
		if !l.data {
			continue
		}
		for _, s := range l.spans {
			for x := s.from; x < s.to; x++ {
				cover[x]++
			}
		}
	}
	out := rivers(cover, 0)
	if len(out)+1 < mode {
		out = rivers(cover, n/8)
	}
	return out
}

// rivers returns the middles of the runs of columns covered at most
// allowed times, between covered ones.
func rivers(cover []int, allowed int) []int {
	var out []int
	start, left := -1, false
	for x := range cover {
		free := cover[x] <= allowed
		switch {
		case !free && !left:
			left = true
		case free && start < 0 && left:
			start = x
		case !free && start >= 0:
			out = append(out, (start+x)/2)
			start = -1
		}
	}
	return out
}

// spacedLabelColumn is the column whose data cells are mostly words:
// the row labels. textCols are the columns of words (labels, units of
// measure): more words than figures in the data rows.
func spacedLabelColumn(lines []spacedLine, col func(int) int) (int, map[int]bool) {
	words := map[int]int{}
	figures := map[int]int{}
	best, bestN := 0, -1
	for _, l := range lines {
		if !l.data {
			continue
		}
		for _, s := range l.spans {
			c := col(s.from)
			switch {
			case IsFigure(s.text):
				figures[c]++
			case isRowNumber(s.text):
			default:
				words[c]++
				if words[c] > bestN || words[c] == bestN && c < best {
					best, bestN = c, words[c]
				}
			}
		}
	}
	textCols := map[int]bool{}
	for c, n := range words {
		if n > figures[c] {
			textCols[c] = true
		}
	}
	return best, textCols
}

// continuesRow reports a line of words in lower case in the columns of
// words only: the rest of the cells of the row above.
func continuesRow(l spacedLine, textCols map[int]bool, col func(int) int) bool {
	for _, s := range l.spans {
		r, _ := utf8.DecodeRuneInString(s.text)
		if !textCols[col(s.from)] || col(s.to-1) != col(s.from) || !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// countData counts the data rows of lines and finds the first.
func countData(lines []spacedLine) (n, first int) {
	first = -1
	for i, l := range lines {
		if l.data {
			n++
			if first < 0 {
				first = i
			}
		}
	}
	return n, first
}

func sameTexts(a, b []span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].text != b[i].text {
			return false
		}
	}
	return true
}
