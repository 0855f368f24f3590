package document

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tables in plain text. A table copied out of Word, a browser or a PDF
// reader arrives in one of three shapes, all recognised here:
//
//   - one row a line, cells separated by tabs (a browser's or Word's copy);
//   - one row a line, cells separated by " | " (chitieu's own rendering of
//     DOCX and HTML tables, and Markdown-style tables);
//   - one cell a line, or a few lines, cells separated by blank lines (the
//     copy of a web page's table): rows are not marked at all and are
//     recovered from the order of the cells, see cellTable.
//
// Recognising a table is structure, not meaning: a cell is text, a number
// or a row number, and nothing here knows what an indicator is.

// minTextTableRows is the fewest rows that make a run of separated lines a
// table: one line with a tab or a " | " is a paragraph.
const minTextTableRows = 2

// textTables returns the blocks of a run of lines (blank lines included as
// blocks without text): the tables found in it and the remaining non-blank
// lines as paragraphs.
func textTables(run []Block) []Block {
	// Each block of run gives at most one block out (a table takes the
	// place of its lines).
	out := make([]Block, 0, len(run))
	start := 0 // first block not yet given out
	// cells gives out the blocks in [start, end), searching them for
	// tables of one cell a line.
	cells := func(end int) {
		stretch := run[start:end]
		if !anyFigure(stretch) {
			// Such a table starts at a label followed by a group of
			// figures (see cellTable), and a group is figures only when
			// each of its lines is one: a stretch without a single line
			// of figures holds none, and grouping its lines (a string
			// joined and trimmed for each) was most of the time spent on
			// a plain-text article. Its lines are given out as below.
			for _, b := range stretch {
				if b.Text != "" {
					out = append(out, b)
				}
			}
			start = end
			return
		}
		groups := cellGroups(stretch)
		yearRows(groups)
		from := 0 // blocks of stretch given out
		for k := 0; k < len(groups); {
			t, hs, next := cellTable(stretch, groups, k)
			if t == nil {
				break
			}
			for _, b := range stretch[from:groups[hs].from] {
				if b.Text != "" {
					out = append(out, b)
				}
			}
			out = append(out, Block{Line: t.Rows[0].Line, Table: t})
			from = groups[next-1].to
			k = next
		}
		for _, b := range stretch[from:] {
			if b.Text != "" {
				out = append(out, b)
			}
		}
		start = end
	}
	spacedFrom := 0 // run[:spacedFrom] holds no table of space-separated cells
	for i := 0; i < len(run); {
		t, n := separatedTable(run[i:], "\t")
		if t == nil {
			t, n = separatedTable(run[i:], "|")
		}
		if t == nil && i >= spacedFrom && run[i].Text != "" {
			st, first, end, skip := spacedTable(run[i:])
			if st == nil {
				spacedFrom = i + skip
			} else {
				cells(i + first)
				out = append(out, Block{Line: st.Rows[0].Line, Table: st})
				i += end
				start = i
				continue
			}
		}
		if t == nil {
			i++
			continue
		}
		cells(i)
		out = append(out, Block{Line: run[i].Line, Table: t})
		i += n
		start = i
	}
	cells(len(run))
	return out
}

// separatedTable reads a table of one row a line at the start of run,
// cells separated by sep ("\t", or "|" for " | " and Markdown tables). It
// returns nil unless at least minTextTableRows lines in a row have a
// separator; n is the number of blocks read.
func separatedTable(run []Block, sep string) (*Table, int) {
	n := 0
	for n < len(run) && hasSeparator(run[n].Text, sep) {
		n++
	}
	if n < minTextTableRows {
		return nil, 0
	}
	// Markdown rows start with a pipe; in a table whose rows mostly do
	// not, a row that does has an empty first cell (" | Tổng số | 12").
	piped := 0
	for _, b := range run[:n] {
		if strings.HasPrefix(strings.TrimSpace(b.Text), "|") {
			piped++
		}
	}
	outer := 2*piped > n
	t := &Table{Source: "text"}
	for _, b := range run[:n] {
		parts := splitRow(b.Text, sep, outer)
		if parts == nil {
			continue // a Markdown rule line |---|---|
		}
		row := Row{Line: b.Line, Lines: 1, Print: b.Text}
		for k, p := range parts {
			row.Cells = append(row.Cells, Cell{Text: p, Col: k, ColSpan: 1, RowSpan: 1})
		}
		t.Cols = min(max(t.Cols, len(parts)), maxTableCols)
		t.Rows = append(t.Rows, row)
	}
	if len(t.Rows) < minTextTableRows {
		return nil, 0
	}
	return t, n
}

func hasSeparator(line, sep string) bool {
	// Most lines hold neither separator: one quick search for its byte
	// settles them without trimming and searching for " | ".
	if strings.IndexByte(line, sep[0]) < 0 {
		return false
	}
	if sep == "\t" {
		return strings.Contains(strings.Trim(line, " \t"), "\t")
	}
	t := strings.TrimSpace(line)
	return strings.Contains(t, " | ") || strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 2
}

// splitRow splits a line into its cells, trimmed; nil for a Markdown rule
// line. Outer pipes of a Markdown row ("| a | b |") are dropped when outer
// is set.
func splitRow(line, sep string, outer bool) []string {
	if sep == "|" {
		t := strings.TrimSpace(line)
		if outer && strings.HasPrefix(t, "|") {
			t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
			if strings.Trim(t, "|-: ") == "" {
				return nil
			}
		}
		line = t
	} else {
		line = strings.TrimRight(strings.TrimLeft(line, " "), " ")
	}
	parts := strings.Split(line, sep)
	if len(parts) > maxTableCols {
		parts = parts[:maxTableCols]
	}
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// A cell of a one-cell-a-line table is a group of up to maxCellLines
// non-blank lines between blank lines, each at most maxCellRunes long.
const (
	maxCellLines = 3
	maxCellRunes = 160
	// minCellRows is the fewest rows with figures that make a table.
	minCellRows = 3
)

// cellKind is what a cell of a one-cell-a-line table holds.
type cellKind int

const (
	cText   cellKind = iota
	cNumber          // figures or a placeholder ("-", "…")
	cMarker          // a row number: I, II, 1, 2., a), -, +
	cLong            // prose: ends a table
)

// group is one cell of a one-cell-a-line table: lines [from, to) of the run.
type group struct {
	from, to int
	kind     cellKind
	text     string // lines joined by "\n"
}

// cellTable recognises a table copied one cell a line, cells separated by
// blank lines, in groups[k:] of run. Rows are rebuilt from the order of
// cells: a row number starts a row, a label starts one unless the row has
// no label yet, figures belong to the row they follow. The column headers
// are the cells just before the first row, one for each column (row
// number, label, as many value columns as the widest row).
//
// It returns the table, the index of its first group (its headers) and
// the index after its last; nil when groups[k:] holds no such table.
func cellTable(run []Block, groups []group, k int) (*Table, int, int) {
	for ; k+1 < len(groups); k++ {
		// The first row: a label followed by a figure, with its row
		// number if one comes just before.
		if groups[k].kind != cText || groups[k+1].kind != cNumber {
			continue
		}
		first := k
		if k > 0 && groups[k-1].kind == cMarker {
			first = k - 1
			// A section's heading row just before ("I", "Kinh tế") is a
			// row of the table, not one of its column headers.
			if first >= 2 && groups[first-1].kind == cText && groups[first-2].kind == cMarker && sectionNumber(groups[first-2].text) {
				first -= 2
			}
		}
		if t, hs, end := cellRows(run, groups, first); t != nil {
			return t, hs, end
		}
	}
	return nil, 0, 0
}

// crow is a row of a one-cell-a-line table: indexes of its groups.
type crow struct {
	marker, label int // -1 when absent
	values        []int
}

func (r crow) last() int {
	if len(r.values) > 0 {
		return r.values[len(r.values)-1]
	}
	if r.label >= 0 {
		return r.label
	}
	return r.marker
}

// cellRows reads the rows of a one-cell-a-line table whose first row
// starts at groups[first]; see cellTable.
func cellRows(run []Block, groups []group, first int) (*Table, int, int) {
	var rows []crow
	end := first // groups used: through the last figure
	dry := 0     // rows since the last row with figures
	lastNo := 0  // the last arabic row number
	for i := first; i < len(groups); i++ {
		kind := groups[i].kind
		if kind == cLong {
			break
		}
		last := len(rows) - 1
		if kind == cMarker {
			// A small number after a label or a figure is a figure
			// unless it continues the numbering ("0" never numbers a
			// row).
			if n, ok := arabic(groups[i].text); ok {
				if last >= 0 && (rows[last].label >= 0 || len(rows[last].values) > 0) && n != lastNo+1 && n != 1 {
					kind = cNumber
				} else {
					lastNo = n
				}
			}
		}
		switch kind {
		case cMarker:
			rows = append(rows, crow{marker: i, label: -1})
		case cText:
			if last >= 0 && rows[last].label < 0 && len(rows[last].values) == 0 {
				rows[last].label = i
			} else {
				rows = append(rows, crow{marker: -1, label: i})
			}
		default:
			if last < 0 {
				rows = append(rows, crow{marker: -1, label: -1})
				last = 0
			}
			rows[last].values = append(rows[last].values, i)
			dry = 0
			end = i + 1
			continue
		}
		// Rows without figures (headings, items left blank) may stand
		// between rows with figures, but a long stretch ends the table.
		if len(rows) > last+1 {
			if dry++; dry > 8 {
				break
			}
		}
	}
	// Drop rows past the last figure.
	width, withFigures, markers := 0, 0, false
	kept := rows[:0]
	for _, r := range rows {
		if r.last() >= end {
			break
		}
		kept = append(kept, r)
		if len(r.values) > 0 {
			withFigures++
		}
		width = max(width, len(r.values))
		markers = markers || r.marker >= 0
	}
	if withFigures < minCellRows || width > 32 {
		return nil, 0, 0
	}
	lead := 1 // columns before the figures
	if markers {
		lead = 2
	}
	cols := lead + width
	t := &Table{Source: "text", Cols: cols}
	// quote gives the lines of groups [a, b] verbatim.
	quote := func(a, b int) (line, lines int, print string) {
		from, to := groups[a].from, groups[b].to
		var ls []string
		for _, bl := range run[from:to] {
			ls = append(ls, bl.Text)
		}
		return run[from].Line, run[to-1].Line - run[from].Line + 1, strings.Join(ls, "\n")
	}
	// Column headers: the cells just before the first row, if they are
	// short texts, one for each column.
	hstart := first
	for hstart > 0 && first-hstart < cols && (groups[hstart-1].kind == cText || groups[hstart-1].kind == cMarker) {
		hstart--
	}
	col := cols - (first - hstart) // headers stand over the last columns
	if markers {
		// The headers of a numbered table open with the number column's
		// heading ("STT", "TT"): from there they stand over the columns
		// in order, and a column of remarks after the figures ("Đánh
		// giá") adds one at the end.
		for h := first - 1; h >= 0 && first-h <= cols+1 && (groups[h].kind == cText || groups[h].kind == cMarker); h-- {
			// One heading a column, or one more for the remarks: a header
			// of two rows ("Năm 2023" over "KH", "TH") is left as before.
			if numberHeading(groups[h].text) && first-h >= cols {
				hstart, col = h, 0
				t.Cols = max(cols, first-h)
				break
			}
		}
	}
	if first-hstart >= 2 {
		row := Row{}
		row.Line, row.Lines, row.Print = quote(hstart, first-1)
		for _, g := range groups[hstart:first] {
			row.Cells = append(row.Cells, Cell{Text: g.text, Col: col, ColSpan: 1, RowSpan: 1})
			col++
		}
		t.Rows = append(t.Rows, row)
	} else {
		hstart = first
	}
	for _, r := range kept {
		row := Row{}
		start := r.marker
		if r.marker >= 0 {
			row.Cells = append(row.Cells, Cell{Text: groups[r.marker].text, Col: 0, ColSpan: 1, RowSpan: 1})
		}
		if r.label >= 0 {
			row.Cells = append(row.Cells, Cell{Text: groups[r.label].text, Col: lead - 1, ColSpan: 1, RowSpan: 1})
			start = r.label // the row number is a cell, not part of the quote
		}
		for k, v := range r.values {
			row.Cells = append(row.Cells, Cell{Text: groups[v].text, Col: lead + k, ColSpan: 1, RowSpan: 1})
			if start < 0 {
				start = v
			}
		}
		row.Line, row.Lines, row.Print = quote(start, r.last())
		if r.marker >= 0 {
			row.Lines += row.Line - run[groups[r.marker].from].Line
			row.Line = run[groups[r.marker].from].Line
		}
		t.Rows = append(t.Rows, row)
	}
	return t, hstart, kept[len(kept)-1].last() + 1
}

// numberHeading reports the heading of a row-number column: "STT", "TT",
// "Số TT", "Số thứ tự".
func numberHeading(s string) bool {
	s = strings.TrimSpace(s)
	// Lowering shortens a rune at most threefold (the Kelvin sign to
	// "k"), so a longer line is no heading and is not lowered: cellGroups
	// asks this of every paragraph.
	if len(s) > 3*len("số thứ tự") {
		return false
	}
	switch strings.ToLower(s) {
	case "stt", "tt", "số tt", "số thứ tự", "s.t.t", "stt.":
		return true
	}
	return false
}

// sectionNumber reports a row number that numbers a table's sections: a
// Roman numeral ("I", "II") or a capital letter ("A", "B.").
func sectionNumber(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	if len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' {
		return true
	}
	return s != "" && strings.Trim(s, "IVX") == ""
}

// arabic reads a row number of digits ("2", "3."), false for others.
func arabic(s string) (int, bool) {
	s = strings.TrimRight(strings.TrimSpace(s), ".)")
	if s == "" || len(s) > 3 || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n, true
}

// anyFigure reports a block of run whose text is a figure (IsFigure): a
// cell of figures in a table of one cell a line.
func anyFigure(run []Block) bool {
	for _, b := range run {
		if IsFigure(b.Text) {
			return true
		}
	}
	return false
}

// cellGroups splits a run of lines into groups of non-blank lines between
// blank lines.
func cellGroups(run []Block) []group {
	out := make([]group, 0, len(run)/2+1) // groups are mostly a line and a blank
	var lines []string                    // one group's lines, reused: cellGroup keeps none
	for i := 0; i < len(run); {
		if cellGap(run[i].Text) {
			i++
			continue
		}
		j := i
		for j < len(run) && !cellGap(run[j].Text) {
			j++
		}
		// The lines trimmed, and the last too long for a cell (-1: none),
		// each line read once.
		lines = lines[:0]
		m := -1
		for k, b := range run[i:j] {
			t := strings.TrimSpace(b.Text)
			if len(t) > maxCellRunes && runesOver(t, maxCellRunes) {
				m = i + k
			}
			lines = append(lines, t)
		}
		if m >= i && m+1 < j {
			// Prose right above a table's first cell, with no blank line
			// between ("… cụ thể như sau:" over "Stt"): the lines through
			// the prose are a group of their own, the cells start after.
			out = append(out, group{from: i, to: m + 1, kind: cLong, text: lines[m-i]})
			i = m + 1
			continue
		}
		if j-i > 1 && j-i <= maxCellLines && numberHeading(lines[j-1-i]) {
			// The heading of the number column ("Stt") under a title or an
			// introduction with no blank line between opens the table's
			// headers: a cell of its own. (It is short: m is -1.)
			j--
			lines = lines[:j-i]
		}
		long := m >= 0 // the last line, if any
		figures := 0
		for _, t := range lines {
			if strings.Contains(t, "\t") || hasCellBar(t) {
				long = true
			}
			if IsFigure(t) {
				figures++
			}
		}
		if j-i > maxCellLines && !long && figures >= minCellRows {
			// A table copied one cell a line with no blank lines between
			// cells: every line is a cell.
			for k := i; k < j; k++ {
				out = append(out, cellGroup(k, k+1, lines[k-i:k-i+1]))
			}
			i = j
			continue
		}
		g := cellGroup(i, j, lines)
		if long || j-i > maxCellLines {
			g.kind = cLong
		}
		out = append(out, g)
		i = j
	}
	return out
}

// hasCellBar reports " | ", the cell separator of a rendered table row,
// searching first for the rare "|" (a search for " | " stops at every
// space).
func hasCellBar(s string) bool {
	return strings.IndexByte(s, '|') >= 0 && strings.Contains(s, " | ")
}

// cellGap reports a line that separates the cells of a one-cell-a-line
// table: a blank line, or a line that is a lone "|" (a web page's table
// as a text store returns it: "Stt\n|\nChỉ tiêu\n|\nTH năm 2023\n|\n…",
// where the pipes stand between cells and two in a row between empty
// cells).
func cellGap(line string) bool {
	return line == "" || strings.TrimSpace(line) == "|"
}

// yearRows finds the years that head the rows of a series by year copied
// one cell a line ("2013", five figures, "2014", five figures, …): three
// or more bare years at equal steps of two or more cells, with figures
// only between them, are the rows' labels, not figures.
func yearRows(groups []group) {
	isYear := func(g group) bool {
		if g.kind != cNumber || len(g.text) != 4 {
			return false
		}
		y, err := strconv.Atoi(g.text)
		return err == nil && y >= 1990 && y <= 2100
	}
	for i := 0; i < len(groups); i++ {
		if !isYear(groups[i]) {
			continue
		}
		// The step to the next year, with figures only between.
		step := 0
		for k := i + 1; k < len(groups) && groups[k].kind == cNumber; k++ {
			if isYear(groups[k]) {
				step = k - i
				break
			}
		}
		if step < 2 {
			continue
		}
		n := 1
		for k := i + step; k < len(groups) && isYear(groups[k]); k += step {
			ok := true
			for m := k - step + 1; m < k; m++ {
				if groups[m].kind != cNumber || isYear(groups[m]) {
					ok = false
				}
			}
			if !ok {
				break
			}
			n++
		}
		if n < 3 {
			continue
		}
		for k := 0; k < n; k++ {
			groups[i+k*step].kind = cText
		}
		i += (n - 1) * step
	}
}

func cellGroup(from, to int, lines []string) group {
	g := group{from: from, to: to, text: strings.Join(lines, "\n")}
	switch {
	case len(lines) == 1 && isRowNumber(lines[0]):
		g.kind = cMarker
	case allFigures(lines):
		g.kind = cNumber
	default:
		g.kind = cText
	}
	return g
}

// isRowNumber reports a row-number cell: a Roman numeral (I–XXX), a
// number of at most three digits with an optional dot or parenthesis
// ("1", "2.", "3)"), a letter with a dot or parenthesis ("a)", "b."), a
// capital letter numbering the sections of a budget form ("A", "B."), or
// a bullet.
func isRowNumber(s string) bool {
	s = strings.TrimSpace(s)
	switch s {
	case "-", "+", "*", "•", "–":
		return true
	}
	s = strings.TrimRight(s, ".)")
	if s == "" || len(s) > 5 {
		return false
	}
	if len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' {
		return true
	}
	if strings.Trim(s, "0123456789") == "" && len(s) <= 3 {
		return true
	}
	if strings.Trim(s, "IVXivx") == "" {
		return true
	}
	return len(s) == 1 && s[0] >= 'a' && s[0] <= 'z'
}

// allFigures reports whether every line is a figure or a placeholder.
func allFigures(lines []string) bool {
	for _, l := range lines {
		if !IsFigure(l) {
			return false
		}
	}
	return true
}

// IsFigure reports whether a cell's text is only a figure or a
// placeholder: digits with their separators, signs, a percent sign,
// brackets, a range dash; or "-", "…", "x" standing for no figure.
func IsFigure(s string) bool {
	s = strings.TrimSpace(s)
	switch s {
	case "", "…", "...", "x", "X", "*":
		return s != ""
	}
	if r, n := utf8.DecodeRuneInString(s); n == len(s) && isDash(r) {
		return true
	}
	digits := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case r == '.' || r == ',' || r == '%' || isDash(r) || r == '+' || r == '(' || r == ')' || unicode.IsSpace(r):
		default:
			return false
		}
	}
	return digits
}

// isDash reports a hyphen or any of the dashes that stand for one
// between figures ("6–6,8%", "10—12", a minus sign): typists and word
// processors write them all.
func isDash(r rune) bool {
	return r == '-' || r >= '\u2010' && r <= '\u2015' || r == '\u2212'
}

// runesOver reports utf8.RuneCountInString(s) > n, counting no further
// than it must: prose lines run to hundreds of runes, and every line of
// a document is asked whether it is longer than a table cell. A rune (or
// an invalid byte, counted as one) takes at most 4 bytes, so 4(n+1)
// bytes hold more than n.
func runesOver(s string, n int) bool {
	switch {
	case len(s) <= n:
		return false // a rune takes at least a byte
	case len(s) >= 4*(n+1):
		return true
	}
	// Every rune starts with a byte that is no continuation byte
	// (10xxxxxx), and in valid UTF-8 every such byte starts a rune; an
	// invalid byte is a rune of its own, so the count is a floor. Counting
	// them eight at a time spares decoding each rune of the prose lines,
	// which are a few hundred bytes long.
	if leadBytes(s) > n {
		return true
	}
	if utf8.ValidString(s) {
		return false // the count is exact
	}
	for range s {
		if n--; n < 0 {
			return true
		}
	}
	return false
}

// RunesOver is runesOver for the extractor, which asks the same of every
// line of a page (see extract's isProse).
func RunesOver(s string, n int) bool { return runesOver(s, n) }

// leadBytes counts the bytes of s that are not UTF-8 continuation bytes.
func leadBytes(s string) int {
	const hi, lo = 0x8080808080808080, 0x4040404040404040
	n := len(s)
	for ; len(s) >= 8; s = s[8:] {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		// A continuation byte has its top bit set and the next clear.
		n -= bits.OnesCount64(w & hi &^ (w & lo << 1))
	}
	for i := range len(s) {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}
