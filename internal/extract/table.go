package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/unitname"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// The table reader. A report's table says in its structure what prose says
// in words: the row label names the indicator (and often the unit of
// measure), the column header the kind and the year, the cell the figure.
// A table row is a sentence (spec, "Settled cases"); its evidence is the
// row as printed.
//
// A table may instead list units, one a row (a district's wards, a
// province's districts): then the column header or the table's title
// names the indicator, and each row's label its unit.
//
// Precision comes first, as in prose: parts of totals (rows after "Trong
// đó", "Phân theo …", a second row of an indicator already read, the urban
// or rural part of a unit), figures without a unit of measure that fits,
// placeholders and zeros are left out.

// tableContextLines is how many paragraphs before a table are read for its
// title (year, kind) and its unit line ("Đơn vị tính: triệu đồng").
const tableContextLines = 6

// tableLines returns the lines of Text that belong to data tables (those
// the table reader reads), which the prose reader leaves alone.
func tableLines(doc document.Document) map[int]bool {
	var out map[int]bool
	for _, b := range doc.Blocks {
		if b.Table == nil || !isDataTable(b.Table) {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		for _, r := range b.Table.Rows {
			for l := r.Line; l < r.Line+r.Lines; l++ {
				out[l] = true
			}
		}
	}
	return out
}

// isDataTable reports whether a table has figures under a row label: a
// letterhead or a layout table has none, and is read as prose.
func isDataTable(t *document.Table) bool {
	if len(t.Rows) < 2 || t.Cols < 2 {
		return false
	}
	n := 0
	for _, r := range t.Rows {
		label, figure := false, false
		for _, c := range r.Cells {
			txt := strings.TrimSpace(c.Text)
			switch {
			case txt == "":
			case document.IsFigure(txt) && strings.ContainsAny(txt, "0123456789"):
				if label {
					figure = true
				}
			default:
				label = true
			}
		}
		if figure {
			n++
		}
	}
	return n >= 1
}

// readTables reads the facts of the document's data tables that start on
// lines [from, to) of its text.
func (x *docReader) readTables(doc document.Document, from, to int) {
	if !hasDataTable(doc, from, to) {
		return // most articles: spare collecting the titles
	}
	var context []string // paragraphs since the last table
	var last []string    // the title lines of the last data table
	for _, b := range doc.Blocks {
		if b.Table == nil {
			if !isPageNumber(b.Text) {
				context = append(context, b.Text)
			}
			continue
		}
		if isDataTable(b.Table) {
			title := context[max(0, len(context)-tableContextLines):]
			if len(title) == 0 {
				// Nothing between two tables but a page break: the
				// table goes on, under the same title.
				title = last
			}
			if b.Line >= from && b.Line < to {
				x.readTable(doc, b.Table, title)
			}
			last = append([]string(nil), title...)
			context = context[:0]
		} else {
			for _, r := range b.Table.Rows {
				context = append(context, r.Print)
			}
		}
	}
}

// hasDataTable reports whether a data table starts on lines [from, to).
func hasDataTable(doc document.Document, from, to int) bool {
	for _, b := range doc.Blocks {
		if b.Table != nil && b.Line >= from && b.Line < to && isDataTable(b.Table) {
			return true
		}
	}
	return false
}

// isPageNumber reports a page's number printed between the parts of a
// table that runs over pages: "2", "- 2 -", "Trang 2", "2/5".
func isPageNumber(l string) bool {
	t := strings.Trim(strings.TrimSpace(lowerSameLen(l)), "-– ")
	t = strings.TrimSpace(strings.TrimPrefix(t, "trang"))
	if i := strings.IndexByte(t, '/'); i > 0 {
		t = t[:i]
	}
	return t != "" && len(t) <= 3 && isDigits(t)
}

// tableReading is the state of reading one table.
type tableReading struct {
	x       *docReader
	doc     document.Document
	t       *document.Table
	grid    [][]*document.Cell
	from    []int // the table row of each grid row
	cols    []column
	style   []numStyle // per column
	tstyle  numStyle   // the table's
	head    int        // rows [0, head) are the header
	label   int        // the label column
	number  int        // the row-number column, -1
	uomCol  int        // -1
	noteCol int        // -1
	ctx     tableTitle
	seen    map[string]bool  // unit|indicator|column already read
	cur     []*document.Cell // the row being read
	rateRow bool             // its label starts "Tỷ lệ"
	change  float64          // -1 for a label "Giảm tỷ lệ …", +1 for "Tăng …", else 0
}

// tableTitle is what the lines above a table say of all of it.
type tableTitle struct {
	year      int
	period    bool
	kind      facts.Kind
	uom       uomSpec
	indicator int    // -1
	indText   string // the line that names indicator
	month     int
	paperYear int // the year the paper the table goes with was signed ("Kèm theo Báo cáo … ngày 04/12/2020"), or 0
}

func (x *docReader) readTable(doc document.Document, t *document.Table, context []string) {
	r := &tableReading{x: x, doc: doc, t: t, number: -1, uomCol: -1, noteCol: -1, seen: map[string]bool{}}
	r.grid, r.from = splitAligned(t)
	r.ctx = x.readTitle(context)
	r.findHead()
	if r.head >= len(r.grid) {
		return
	}
	r.findColumns()
	if r.label < 0 {
		return
	}
	if r.ctx.uom.uom == "" {
		// "Tỷ đồng" over the row labels, as yearbooks print it: the
		// unit of the whole table.
		if u, ok := uomOf(r.cols[r.label].head); ok {
			r.ctx.uom = u
		}
	}
	r.readRows()
}

// splitAligned returns the table's grid, with rows whose cells (two or
// more) hold the same number of lines split into one row per line: "Cơ sở văn hóa / - Xã
// văn hóa / - Ấp văn hóa" beside "- / 1 / 11" is three rows.
//
// It also returns, for each row of the grid, the index of the table row it
// came from.
func splitAligned(t *document.Table) ([][]*document.Cell, []int) {
	g := t.Grid()
	var out [][]*document.Cell
	var from []int
	for i, row := range g {
		n := 0     // lines of the cells that have more than one
		multi := 0 // cells that have more than one
		split := true
		for c, cell := range row {
			if cell == nil || cell.RowSpan > 1 || cell.ColSpan > 1 && cell.Col != c {
				continue
			}
			k := len(cell.Lines())
			if k <= 1 {
				continue
			}
			multi++
			if n == 0 {
				n = k
			} else if k != n {
				split = false
			}
		}
		// A label wrapped over two lines beside one figure is one row.
		if n <= 1 || !split || multi < 2 || i == 0 {
			out = append(out, row)
			from = append(from, i)
			continue
		}
		for l := range n {
			sub := make([]*document.Cell, len(row))
			for c, cell := range row {
				if cell == nil {
					continue
				}
				lines := cell.Lines()
				text := ""
				switch {
				case len(lines) == n:
					text = lines[l]
				case l == 0 && len(lines) == 1:
					text = lines[0]
				}
				cp := *cell
				cp.Text = text
				sub[c] = &cp
			}
			out = append(out, sub)
			from = append(from, i)
		}
	}
	return out, from
}

// text is a cell's text on one line, white space collapsed.
func cellText(c *document.Cell) string {
	if c == nil {
		return ""
	}
	return collapseSpace(c.Text)
}

// findHead finds the header rows: those before the first row that has a
// label and, right of it, a figure that is not a year or a column number.
func (r *tableReading) findHead() {
	for i, row := range r.grid {
		label := false
		first := true
		for c, cell := range row {
			if cell == nil || cell.Col != c && cell.ColSpan > 1 {
				continue
			}
			s := cellText(cell)
			if s == "" {
				continue
			}
			if _, _, ok := yearLabel(s); (ok && first) || !isValueText(s) {
				// A year heads the row of a series by year ("2013 |
				// 29.695.002 | …").
				label = true
				first = false
				continue
			}
			first = false
			if label && !isYearOrColumnNo(s) {
				r.head = i
				return
			}
		}
	}
	r.head = len(r.grid)
}

// isValueText reports a cell that holds a figure (possibly with a
// qualifier and unit: "Dưới 5%", "250 trở lên", "< 1", "6.000 – 8.000").
func isValueText(s string) bool {
	if document.IsFigure(s) {
		return strings.ContainsAny(s, "0123456789")
	}
	_, ok := cellAmount(s, styleUnknown)
	return ok
}

// isYearOrColumnNo reports header figures: a year, a column number.
func isYearOrColumnNo(s string) bool {
	s = strings.Trim(s, "()")
	if len(s) == 4 && isDigits(s) {
		y, _ := strconv.Atoi(s)
		return y >= 1990 && y <= 2100
	}
	return len(s) <= 2 && isDigits(s)
}

// findColumns reads the header of each column and finds the label, row
// number, unit of measure and note columns.
func (r *tableReading) findColumns() {
	n := r.t.Cols
	r.cols = make([]column, n)
	r.style = make([]numStyle, n)
	r.label = -1
	for c := range n {
		var parts []string
		var last *document.Cell
		for i := 0; i < r.head; i++ {
			cell := r.grid[i][c]
			if cellText(cell) == "" {
				cell = r.flattenedSpan(i, c, cell)
			}
			if cell == nil || cell == last {
				continue
			}
			last = cell
			s := cellText(cell)
			if s != "" && !isColumnNumber(r.grid[i]) {
				parts = append(parts, s)
			}
		}
		r.cols[c] = readHead(strings.Join(parts, " "))
		// A unit over a group of columns ("Xã Hải Minh" over KH | TH):
		// the figures under it are the unit's.
		for _, p := range parts {
			if u := r.unitOfLabel(p); u != "" {
				r.cols[c].unit = u
				break
			}
		}
	}
	// Data cells decide what the header leaves open.
	texts := make([]int, n)
	numbers := make([]int, n)
	figures := make([]int, n)
	uoms := make([]int, n)
	en, vi := 0, 0
	for _, row := range r.grid[r.head:] {
		first := true
		for c, cell := range row {
			if cell == nil || cell.Col != c {
				continue
			}
			s := cellText(cell)
			_, _, year := yearLabel(s)
			year = year && first
			if s != "" {
				first = false
			}
			switch {
			case s == "":
			case year:
				texts[c]++
			case isRowNumberText(s):
				numbers[c]++
			case isValueText(s):
				figures[c]++
				switch cellStyle(s) {
				case styleEnglish:
					en++
					if r.style[c] != styleVietnamese {
						r.style[c] = styleEnglish
					}
				case styleVietnamese:
					vi++
					if r.style[c] != styleEnglish {
						r.style[c] = styleVietnamese
					}
				}
			default:
				if _, ok := uomOf(s); ok {
					uoms[c]++
				} else {
					texts[c]++
				}
			}
		}
	}
	switch {
	case en > 0 && vi == 0:
		r.tstyle = styleEnglish
	case vi > 0 && en == 0:
		r.tstyle = styleVietnamese
	}
	for c := range n {
		switch {
		case r.cols[c].role == roleNote:
			if r.noteCol < 0 {
				r.noteCol = c
			}
		case r.cols[c].role == roleUOM && figures[c] == 0 && texts[c] <= uoms[c]:
			if r.uomCol < 0 {
				r.uomCol = c
			}
		case r.label < 0 && (r.cols[c].role == roleNumber || numbers[c] > 0 && numbers[c] >= texts[c]) && figures[c] <= numbers[c]:
			if r.number < 0 {
				r.number = c
			}
		case r.label < 0 && texts[c] > 0 && texts[c] >= figures[c]:
			r.label = c
		case r.label >= 0 && r.uomCol < 0 && uoms[c] > 0 && figures[c] == 0 && texts[c] <= uoms[c]:
			r.uomCol = c
		}
	}
	for c := range n {
		if c == r.label || c == r.number || c == r.uomCol || c == r.noteCol {
			r.cols[c].role = max(r.cols[c].role, roleLabel)
			continue
		}
		r.cols[c].role = roleValue
	}
}

// flattenedSpan returns, for an empty cell of an upper header row of a
// table recognised in text, the group header left of it that a copy
// flattened ("\tNăm 2023\t\tNăm 2024" over "KH\tTH\tKH\tTH": "Năm 2023"
// spans KH and TH): the nearest cell to the left across empty ones, when
// it names a year and the header's last row has a cell under both; else
// cell itself.
func (r *tableReading) flattenedSpan(i, c int, cell *document.Cell) *document.Cell {
	if r.t.Source != "text" || i >= r.head-1 || cellText(r.grid[r.head-1][c]) == "" {
		return cell
	}
	for k := c - 1; k >= 1; k-- {
		left := r.grid[i][k]
		s := cellText(left)
		if s == "" {
			continue
		}
		if yearToks(tokenize(lowerSameLen(s), nil)) == 0 || cellText(r.grid[r.head-1][k]) == "" {
			return cell
		}
		return left
	}
	return cell
}

// isColumnNumber reports a row of column numbers: "A | B | 1 | 2 | 3" or
// "(1) | (2) | (3)=(2)/(1)".
func isColumnNumber(row []*document.Cell) bool {
	n := 0
	for c, cell := range row {
		if cell == nil || cell.Col != c {
			continue
		}
		s := strings.Trim(cellText(cell), "()")
		if s == "" {
			continue
		}
		if len(s) > 12 || strings.ContainsAny(s, " ") {
			return false
		}
		if !(isDigits(s) && len(s) <= 2 || len(s) == 1 || strings.Contains(s, "=")) {
			return false
		}
		n++
	}
	return n >= 2
}

// isRowNumberText reports a row-number cell: I, II, 1, 2., a), -, +.
func isRowNumberText(s string) bool {
	s = strings.TrimSpace(s)
	t := strings.TrimRight(s, ".)")
	if t == "" {
		return s == "-" || s == "+" || s == "*"
	}
	if len(t) <= 3 && isDigits(t) {
		return t != "0" && (len(t) < 3 || t != s)
	}
	if len(t) <= 5 && strings.Trim(t, "IVXivx") == "" {
		return true
	}
	return len(t) == 1 && t[0] >= 'a' && t[0] <= 'z' && t != s
}

// readTitle reads the lines above a table, nearest first: the year or
// term of the whole table ("NĂM 2008", "nhiệm kỳ 2001 – 2005"), the kind
// its title gives ("DỰ TOÁN", "KẾ HOẠCH"), its unit line ("Đơn vị tính:
// Tỷ đồng", "Triệu đồng - Millions of dong") and an indicator its title
// names ("Doanh thu bán lẻ hàng hóa và dịch vụ tiêu dùng …").
func (x *docReader) readTitle(lines []string) tableTitle {
	var t tableTitle
	t.indicator = -1
	for k := len(lines) - 1; k >= 0; k-- {
		l := strings.TrimSpace(lines[k])
		if l == "" {
			continue
		}
		lower := lowerSameLen(l)
		toks := tokenize(lower, nil)
		if startsWithDate(toks) || strings.Contains(lower, ", ngày") || strings.HasPrefix(lower, "ngày ") {
			continue // a dateline: the page's date, not the table's
		}
		if t.uom.uom == "" {
			if u, ok := uomOf(strings.SplitN(l, " - ", 2)[0]); ok {
				t.uom = u
				continue
			}
			if u := uomIn(lower); u.uom != "" {
				t.uom = u
			}
		}
		if t.paperYear == 0 && (isCoverNote(lower) || isMethodNote(lower)) {
			t.paperYear = signedYear(toks)
		}
		if t.year == 0 && !isCoverNote(lower) && !isMethodNote(lower) {
			t.year, t.period = titleYear(toks)
			if t.month == 0 {
				t.month = headMonth(toks)
			}
		}
		if t.kind == "" {
			c := readHead(l)
			if c.kind == facts.Plan || c.kind == facts.Actual {
				t.kind = c.kind
			}
		}
		if t.indicator < 0 && len(toks) <= 40 {
			if i, ok := x.labelIndicator(l, ""); ok {
				t.indicator, t.indText = i, l
			}
		}
	}
	return t
}

// isCoverNote reports the line under an annex's title that names the
// paper it goes with ("(Kèm theo Báo cáo số 215/BC-UBND ngày 28/11/2024
// của UBND huyện)"): its date is when that paper was signed, not the
// table's year.
func isCoverNote(lower string) bool {
	return strings.HasPrefix(strings.TrimLeft(lower, " (["), "kèm theo")
}

// signedYear is the year of the date after "ngày" in a cover note
// ("… ngày 04/12/2020 của UBND tỉnh"), or 0.
func signedYear(toks []tok) int {
	for i, t := range toks {
		if t.s != "ngày" {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+8; k++ {
			if isYearTok(toks[k]) {
				y, _ := strconv.Atoi(toks[k].s)
				return y
			}
		}
	}
	return 0
}

// isMethodNote reports the line under a title that says by what standard
// or at what prices the figures are counted ("(Theo chuẩn nghèo đa chiều
// giai đoạn 2022-2025)", "(theo giá so sánh 2010)"): the years in it are
// the standard's, not the table's.
func isMethodNote(lower string) bool {
	return strings.HasPrefix(strings.TrimLeft(lower, " (["), "theo ")
}

// titleYear reads the year of a title: "năm 2008", "FY 2008", the end of a
// term or span ("nhiệm kỳ II (2001 – 2005)", "giai đoạn 2021-2025").
func titleYear(toks []tok) (int, bool) {
	for i := 0; i < len(toks); i++ {
		if !isYearTok(toks[i]) {
			continue
		}
		y, _ := strconv.Atoi(toks[i].s)
		if i+2 < len(toks) && toks[i+1].s == "-" && isYearTok(toks[i+2]) {
			y2, _ := strconv.Atoi(toks[i+2].s)
			if y2 > y {
				return y2, true
			}
		}
		if i > 0 {
			if k, ok := yearMention(toks, i-1, 0); ok && k == y {
				return y, false
			}
		}
		if i > 0 && (toks[i-1].s == "fy" || toks[i-1].s == "/") {
			return y, false
		}
	}
	return 0, false
}

// labelIndicator finds the catalog indicator a row label names, or -1:
// the first cue of the label, unless another subject comes first ("Thu
// nội địa") or one of the indicator's Not phrases occurs in the label.
// parent is the label of the row the row belongs to, for a share of a
// structure ("Cơ cấu kinh tế … / Dịch vụ" is the services share).
func (x *docReader) labelIndicator(label, parent string) (int, bool) {
	lower := lowerSameLen(label)
	toks := tokenize(lower, nil)
	if i, ok := x.cueOf(toks); ok {
		return i, true
	}
	pl := lowerSameLen(parent)
	if strings.Contains(pl, "cơ cấu") || strings.Contains(pl, "tỷ trọng") {
		if i, ok := x.cueOf(tokenize("tỷ trọng "+strings.TrimLeft(lower, "-+*. "), nil)); ok {
			return i, true
		}
	}
	return -1, false
}

func (x *docReader) cueOf(toks []tok) (int, bool) {
	evs := x.ind.events(toks)
	for _, e := range evs {
		if e.other && e.at > 0 {
			continue // "Hộ gia đình đạt chuẩn gia đình văn hóa": a label has one subject, its start
		}
		if e.other {
			// "Tỷ lệ …" heads the label of a rate: the rate of what
			// follows, not another subject.
			if e.end == e.at+2 && toks[e.at].s == "tỷ" && toks[e.at+1].s == "lệ" {
				continue
			}
			return -1, false
		}
		if e.weak && len(evs) > 1 {
			continue
		}
		i := e.inds[0]
		if x.ind.denied(i, toks, 0, toks[len(toks)-1].end) {
			return -1, false
		}
		return i, true
	}
	return -1, false
}

// labelHasRequired reports whether a row label and column header have
// one of the words their indicator needs (requiredWords): "Số hộ nghèo"
// counts the poor, "Số hộ thoát nghèo" and "Giảm hộ nghèo" those who left
// poverty.
func labelHasRequired(code string, toks []tok) bool {
	words, ok := requiredWords[code]
	if !ok {
		return true
	}
	for _, t := range toks {
		for _, w := range words {
			if t.s == w {
				return true
			}
		}
	}
	return false
}

// partLeads start the label of a row that breaks a total down ("Trong
// đó", "Phân theo ngành", "Chia ra"): the rows under it are parts.
var partLeads = []string{"trong đó", "phân theo", "chia theo", "chia ra", "bao gồm", "theo ngành", "theo nguồn",
	"theo lĩnh vực", "theo khu vực", "theo loại hình", "theo thành phần", "khu vực thành thị", "khu vực nông thôn",
	"thành thị", "nông thôn"}

func startsPart(lower string) bool {
	lower = strings.TrimLeft(lower, "-+*. 0123456789ivx")
	for _, p := range partLeads {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// totalLabels name the row of the whole: in a table of one indicator it
// takes the indicator of the title; in a table of units, the main unit.
var totalLabels = []string{"tổng số", "tổng cộng", "tổng", "cộng", "toàn tỉnh", "toàn huyện", "toàn thành phố",
	"toàn quận", "toàn thị xã", "toàn xã", "toàn phường", "chung", "total"}

func isTotalLabel(lower string) bool {
	lower = strings.Trim(lower, " :.-")
	// "Cộng toàn huyện", "Tổng số toàn tỉnh", "Cả huyện": the whole of
	// the level named (not "cả nước", the nation).
	for _, lead := range []string{"tổng cộng ", "tổng số ", "tổng ", "cộng ", "chung "} {
		if rest, ok := strings.CutPrefix(lower, lead); ok && strings.HasPrefix(rest, "toàn ") {
			lower = rest
			break
		}
	}
	if rest, ok := strings.CutPrefix(lower, "cả "); ok {
		lower = "toàn " + rest
	}
	for _, t := range totalLabels {
		if lower == t || strings.HasPrefix(lower, t+" -") || strings.HasPrefix(lower, t+" (") {
			return true
		}
	}
	return false
}

// readRows reads the data rows.
func (r *tableReading) readRows() {
	units := r.unitRows()
	parent := ""     // label of the last numbered row
	inPart := false  // under a "Trong đó" / "Phân theo" row
	onePart := false // the "Trong đó" row has its own figures: it is the part
	seenUnit := map[string]int{}
	for _, u := range units {
		if u != "" {
			seenUnit[u]++
		}
	}
	var section uomSpec // the unit a row of its own gives the rows under it ("Triệu đồng - Mill. dongs")
	for i := r.head; i < len(r.grid); i++ {
		g := r.grid[i]
		row := &r.t.Rows[r.from[i]]
		label := cellText(g[r.label])
		lower := lowerSameLen(label)
		numbered := r.number >= 0 && isRowNumberText(cellText(g[r.number])) || startsNumbered(label)
		hasFig := false
		for c, cell := range g {
			if r.cols[c].role == roleValue && cell != nil && isValueText(cellText(cell)) {
				hasFig = true
			}
		}
		if !hasFig {
			if u, ok := uomOf(label); ok {
				section = u
			} else if u := uomIn(lower); u.uom != "" {
				section = u
			}
		}
		if y, est, ok := yearLabel(label); ok && units == nil {
			if hasFig {
				r.readYearRow(g, row, r.x.unit, y, est, section)
			}
			continue
		}
		// A numbered row starts a new item: the parts of the one before
		// end there.
		if numbered && !startsPart(lower) {
			inPart = false
		}
		// "Trong đó: thu ngân sách phường (Tỷ đồng) | 412 | 455,6" names
		// its part and gives its figures: the rows after it are parts
		// only as sub-items ("- …", "+ …").
		if inPart && onePart && !startsPart(lower) && !r.subItem(g, label) {
			inPart = false
		}
		if startsPart(lower) {
			inPart, onePart = true, hasFig
			if !hasFig {
				continue
			}
		}
		if inPart {
			continue
		}
		if numbered && !strings.HasPrefix(strings.TrimSpace(label), "-") {
			parent = label
		}
		unit := r.x.unit
		ind := -1
		if units != nil {
			u := units[i-r.head]
			switch {
			case isTotalLabel(lower):
			case u == "" || seenUnit[u] > 1:
				continue // a part of a unit, or a unit named twice (its parts)
			default:
				unit = u
			}
		} else {
			var ok bool
			ind, ok = r.x.labelIndicator(label, parent)
			if !ok && isTotalLabel(lower) {
				ind = r.ctx.indicator
			}
			if ind < 0 {
				ind = r.targetCount(g, lower)
			}
			if ind < 0 {
				continue
			}
		}
		r.readRow(g, row, unit, ind, label, parent)
	}
}

// targetCount returns the count-of-targets indicator for a row that
// counts the plan's targets in the unit "chỉ tiêu" ("Tổng số chỉ tiêu đạt
// và vượt | Chỉ tiêu | 12 | 10"), unless the targets are one field's
// ("Số chỉ tiêu kinh tế đạt"); -1 otherwise.
func (r *tableReading) targetCount(g []*document.Cell, lower string) int {
	i, ok := r.x.ind.countedBy["chỉ tiêu"]
	if !ok {
		return -1
	}
	u := uomIn(lower)
	if r.uomCol >= 0 {
		if cu, ok := uomOf(cellText(g[r.uomCol])); ok {
			u = cu
		}
	}
	if u.uom != facts.Targets {
		return -1
	}
	toks := tokenize(lower, nil)
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].s != "chỉ" || toks[k+1].s != "tiêu" {
			continue
		}
		if k+2 < len(toks) {
			_, _, field := fieldM.match(toks, k+2)
			_, _, whole := wholeM.match(toks, k+2)
			if field && !whole {
				return -1
			}
		}
		return i
	}
	return -1
}

// yearLabel reads the label of a row of a series by year: "2013", "Năm
// 2013", "Sơ bộ - Prel. 2018" (an estimate).
func yearLabel(s string) (year int, estimate, ok bool) {
	toks := tokenize(lowerSameLen(s), nil)
	if len(toks) == 0 || len(toks) > 6 || !isYearTok(toks[len(toks)-1]) {
		return 0, false, false
	}
	for _, t := range toks[:len(toks)-1] {
		switch t.s {
		case "năm", "-", ".", "(", ")", ":":
		case "sơ", "bộ", "prel", "ước", "tính", "preliminary", "est":
			estimate = true
		default:
			return 0, false, false
		}
	}
	year, _ = strconv.Atoi(toks[len(toks)-1].s)
	return year, estimate, true
}

// readYearRow reads a row of a series by year ("2013 | 29.695.002 |
// 21.922.332 | …"): the year's actual of the indicator each column's
// header names; the first column, when its header names none ("Tổng số",
// "Total"), is the total of the indicator the title names, and the
// columns beside it are its parts.
func (r *tableReading) readYearRow(g []*document.Cell, row *document.Row, unit string, year int, estimate bool, section uomSpec) {
	r.cur = g
	r.rateRow, r.change = false, 0
	first := true
	for c, cell := range g {
		col := r.cols[c]
		if col.role != roleValue || col.diff || col.ratio || col.growth || col.year != 0 || col.kind != "" && col.kind != facts.Actual {
			continue
		}
		isFirst := first
		first = false
		in, ok := r.x.labelIndicator(col.head, "")
		if !ok {
			head := lowerSameLen(col.head)
			if !isFirst || r.ctx.indicator < 0 || head != "" && !isTotalLabel(head) && !strings.HasPrefix(head, "tổng") {
				continue
			}
			in = r.ctx.indicator
		}
		if cell == nil {
			continue
		}
		style := r.style[c]
		if style == styleUnknown {
			style = r.tstyle
		}
		a, ok := cellAmount(cellText(cell), style)
		if !ok || a.Value == 0 || a.Form == vnnum.Fraction {
			continue
		}
		yc := col
		yc.year, yc.kind, yc.estimate = year, facts.Actual, estimate
		r.emitCell(unit, in, yc, c, a, section, 0, row)
	}
}

// subItem reports a row marked as an item under the one before: "-",
// "+", "*" or "•" before its label or in the row-number column.
func (r *tableReading) subItem(g []*document.Cell, label string) bool {
	mark := strings.TrimSpace(label)
	if r.number >= 0 && r.number != r.label {
		if n := cellText(g[r.number]); n != "" {
			mark = n
		}
	}
	for _, m := range []string{"-", "+", "*", "•", "–"} {
		if strings.HasPrefix(mark, m) {
			return true
		}
	}
	return false
}

func startsNumbered(label string) bool {
	t := strings.TrimSpace(label)
	i := 0
	for i < len(t) && (isDigitByte(t[i]) || t[i] == 'I' || t[i] == 'V' || t[i] == 'X' || t[i] == '*') {
		i++
	}
	return i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')')
}

func isRoman(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	return s != "" && len(s) <= 5 && strings.Trim(s, "IVX") == ""
}

func isRomanLead(label string) bool {
	t := strings.TrimSpace(label)
	i := 0
	for i < len(t) && strings.IndexByte("IVX", t[i]) >= 0 {
		i++
	}
	return i > 0 && i < len(t) && t[i] == '.'
}

// unitRows returns, when the table lists units one a row, each data row's
// unit ("" for a row that names none); nil for a table of indicators.
func (r *tableReading) unitRows() []string {
	if r.x.units == nil {
		return nil
	}
	var out []string
	named := 0
	levelCount := map[string]int{}
	var bare []int // rows whose label is a name without its level word
	for k, g := range r.grid[r.head:] {
		label := cellText(g[r.label])
		u := r.unitOfLabel(label)
		if u != "" {
			named++
			if lv, _, ok := unitname.Split(u); ok {
				levelCount[lv.Word]++
			}
		} else if lv, name := bareName(label); name != "" {
			if lv != "" {
				u = lv + " " + name
				named++
				levelCount[lv]++
			} else {
				bare = append(bare, k)
			}
		}
		out = append(out, u)
	}
	// A name without its level word ("Đông Hưng", "Tân Triều") in a
	// table of units is a unit of the level the label column's header
	// names first ("Huyện, thành phố"), else of its siblings' level.
	lv := ""
	if hl := headLevels(r.cols[r.label].head); len(hl) > 0 {
		lv = hl[0]
	} else if named >= 2 {
		for w, n := range levelCount {
			if n > levelCount[lv] || n == levelCount[lv] && w < lv {
				lv = w
			}
		}
	} else if len(bare) >= 2 && unitsHead(r.cols[r.label].head) && r.hasTotalRow() {
		// "Đơn vị" over bare names and a "Toàn huyện" row: the units
		// one tier below the document's own.
		lv = r.levelBelow()
	}
	if lv != "" {
		for _, k := range bare {
			_, name := bareName(cellText(r.grid[r.head+k][r.label]))
			if f, ok := r.x.units.fold[name]; ok {
				name = f
			}
			out[k] = lv + " " + name
			named++
		}
	}
	if named < 2 {
		return nil
	}
	return out
}

// unitsHead reports a label column's header that says its rows are
// places without saying their level: "Đơn vị", "Địa phương", "Địa bàn",
// "Tên đơn vị", "Đơn vị hành chính".
func unitsHead(head string) bool {
	switch strings.Trim(collapseSpace(lowerSameLen(head)), " :.") {
	case "đơn vị", "địa phương", "địa bàn", "tên đơn vị", "đơn vị hành chính", "tên địa phương":
		return true
	}
	return false
}

// hasTotalRow reports a data row of the whole ("Tổng số", "Toàn huyện").
func (r *tableReading) hasTotalRow() bool {
	for _, g := range r.grid[r.head:] {
		if isTotalLabel(lowerSameLen(cellText(g[r.label]))) {
			return true
		}
	}
	return false
}

// levelBelow is the level word of the units the document's unit is made
// of, as its text names them, else as a province is made of districts, a
// district of communes and an urban district of wards; "" when unknown.
func (r *tableReading) levelBelow() string {
	if r.x.units.listLevelOK {
		return r.x.units.listLevel
	}
	lv, _, ok := unitname.Split(r.x.unit)
	if !ok {
		return ""
	}
	switch lv.Word {
	case "Tỉnh":
		return "Huyện"
	case "Huyện":
		return "Xã"
	case "Quận":
		return "Phường"
	}
	return ""
}

// headLevels reads a label column's header that lists the levels of the
// units its rows name ("Huyện, thành phố", "Xã, thị trấn", "Quận/huyện",
// "Đơn vị (xã, phường)"): their level words in order; nil when it says
// anything else.
func headLevels(head string) []string {
	toks := tokenize(lowerSameLen(head), nil)
	var out []string
	for i := 0; i < len(toks); i++ {
		t := toks[i].s
		if !toks[i].word || t == "và" || t == "các" {
			continue
		}
		if t == "đơn" && i+1 < len(toks) && toks[i+1].s == "vị" {
			i++
			continue
		}
		found := false
		for _, lv := range levels {
			if !lv.upper && !lv.dot && lv.at(toks, i) {
				out = append(out, lv.name)
				i += len(lv.toks) - 1
				found = true
				break
			}
		}
		if !found {
			return nil
		}
	}
	return out
}

// bareName reads a row label that is a place's name without its level
// word, after its row number ("Đông Hưng", "3. Tả Thanh Oai"): one to four
// words each starting with a capital, no word in capitals only, and
// neither a total nor a part; "" otherwise. A name after "TT" or "TT."
// (how tables shorten thị trấn: "TT Văn Điển") comes with its level.
func bareName(label string) (lv, name string) {
	f := strings.Fields(label)
	for len(f) > 0 && (isRowNumberText(f[0]) || isDigits(strings.TrimRight(f[0], ".)"))) {
		f = f[1:]
	}
	if len(f) > 0 && (f[0] == "TT" || f[0] == "TT.") {
		lv, f = "Thị trấn", f[1:]
	} else if len(f) > 0 && strings.HasPrefix(f[0], "TT.") {
		lv, f[0] = "Thị trấn", strings.TrimPrefix(f[0], "TT.")
	}
	if len(f) == 0 || len(f) > 4 {
		return "", ""
	}
	name = strings.Join(f, " ")
	lower := lowerSameLen(name)
	if isTotalLabel(lower) || startsPart(lower) {
		return "", ""
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !isUpper(r) || utf8.RuneCountInString(w) > 1 && isUpperCase(w) {
			return "", ""
		}
		for _, c := range w {
			if !unicode.IsLetter(c) {
				return "", ""
			}
		}
	}
	return lv, name
}

// unitOfLabel reads a row label that is a unit ("Huyện Bình Sơn", "1. TP.
// Quảng Ngãi"), or "".
func (r *tableReading) unitOfLabel(label string) string {
	lower := lowerSameLen(label)
	toks := tokenize(lower, nil)
	i := 0
	for i < len(toks) && (!toks[i].word || toks[i].digits || isRoman(strings.ToUpper(toks[i].s))) && i < 3 {
		i++
	}
	if i >= len(toks) {
		return ""
	}
	lv, name, _, _, k, ok := readUnit(label, toks, i)
	if !ok || name == "" || k < len(toks) && toks[k].word {
		return ""
	}
	if f, ok := r.x.units.fold[name]; ok {
		name = f
	}
	return lv.name + " " + name
}

// readRow reads the figures of one data row.
func (r *tableReading) readRow(g []*document.Cell, row *document.Row, unit string, ind int, label, parent string) {
	r.cur = g
	lead := strings.TrimLeft(lowerSameLen(label), "-+*.0123456789 ")
	r.rateRow = strings.HasPrefix(lead, "tỷ lệ") || strings.HasPrefix(lead, "tỉ lệ")
	r.change = 0
	switch {
	case strings.HasPrefix(lead, "giảm ") || strings.HasPrefix(lead, "mức giảm "):
		r.change = -1
	case strings.HasPrefix(lead, "tăng ") || strings.HasPrefix(lead, "mức tăng "):
		r.change = 1
	}
	rowUOM := uomSpec{}
	if r.uomCol >= 0 {
		rowUOM, _ = uomOf(cellText(g[r.uomCol]))
	}
	if rowUOM.uom == "" {
		rowUOM = uomIn(lowerSameLen(label))
	}
	noteYear := 0
	if r.noteCol >= 0 {
		noteYear, _ = titleYear(tokenize(lowerSameLen(cellText(g[r.noteCol])), nil))
		if noteYear == 0 {
			if y, ok := bareYear(cellText(g[r.noteCol])); ok {
				noteYear = y
			}
		}
	}
	for c, cell := range g {
		col := r.cols[c]
		if col.role != roleValue || cell == nil || col.diff {
			continue
		}
		if r.cutAtEnd(row, g, c) {
			continue
		}
		s := cellText(cell)
		style := r.style[c]
		if style == styleUnknown {
			style = r.tstyle
		}
		a, ok := cellAmount(s, style)
		if !ok || a.Value == 0 || a.Form == vnnum.Fraction {
			continue
		}
		in := ind
		if in < 0 {
			// A table of units: the column or the title names the
			// indicator, and must say what "hộ nghèo" counts (its
			// rate is the rate of the poor).
			named := col.head
			in, ok = r.x.labelIndicator(col.head, "")
			if !ok {
				in, named = r.ctx.indicator, r.ctx.indText+" "+col.head
			}
			if in < 0 || col.uom.uom != facts.Percent && !labelHasRequired(r.x.ind.list[in].Code, tokenize(lowerSameLen(named), nil)) {
				continue
			}
		}
		// A row "Số hộ nghèo" counts the poor; under "Giảm" (or as "Số
		// hộ thoát nghèo", or in a section "Giảm nghèo") it counts
		// households that left poverty. (A table of units takes its
		// indicator from a column or the title, which say so.)
		if ind >= 0 && !labelHasRequired(r.x.ind.list[in].Code, tokenize(lowerSameLen(label+" "+col.head+" "+parent), nil)) {
			continue
		}
		u := unit
		if col.unit != "" && ind >= 0 {
			u = col.unit
		}
		r.emitCell(u, in, col, c, a, rowUOM, noteYear, row)
	}
}

// cutAtEnd reports the cell g[c] of row as the last thing in a page
// excerpt cut short (document.CutShort), in the table's last row, which
// holds fewer figures than the table's other rows: the excerpt was cut at
// a length, and its last figure may be cut mid-number ("Tỷ lệ tham gia
// BHYT (%) | 99,3" of 99,35). Such a figure is not read.
func (r *tableReading) cutAtEnd(row *document.Row, g []*document.Cell, c int) bool {
	text := strings.TrimRight(r.doc.Text, "\n")
	if !r.doc.CutShort || text == "" || row != &r.t.Rows[len(r.t.Rows)-1] {
		return false
	}
	for k := c + 1; k < len(g); k++ {
		if g[k] != nil && strings.TrimSpace(cellText(g[k])) != "" {
			return false
		}
	}
	last := strings.TrimSpace(text[strings.LastIndexByte(text, '\n')+1:])
	if last == "" || strings.TrimSpace(cellText(g[c])) != last || row.Line+row.Lines-1 != strings.Count(text, "\n")+1 {
		return false
	}
	figures := func(rw *document.Row) int {
		n := 0
		for _, cl := range rw.Cells {
			if document.IsFigure(cl.Text) {
				n++
			}
		}
		return n
	}
	have := figures(row)
	for i := range r.t.Rows[:len(r.t.Rows)-1] {
		if figures(&r.t.Rows[i]) > have {
			return true
		}
	}
	return false
}

// bareYear reads a note that is only a year, possibly with a word before
// it ("cuối 2007", "năm 2008").
func bareYear(s string) (int, bool) {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 {
		return 0, false
	}
	last := f[len(f)-1]
	if len(last) == 4 && isDigits(last) {
		y, _ := strconv.Atoi(last)
		return y, y >= 1990 && y <= 2100
	}
	return 0, false
}

// emitCell makes the fact of one value cell.
func (r *tableReading) emitCell(unit string, ind int, col column, c int, a vnnum.Amount, rowUOM uomSpec, noteYear int, row *document.Row) {
	x := r.x
	in := x.ind.list[ind]
	kind := col.kind
	year := r.colYear(col)
	estimate := col.estimate
	switch {
	case col.growth:
		// A growth column beside the production value is the economy's
		// growth rate (spec: either reading of such a figure counts).
		g := x.growthIndicator()
		if g < 0 || in.Code != "gia_tri_san_xuat" && !in.Growth {
			return
		}
		ind, in = g, x.ind.list[g]
		kind = r.kindOfYear(year, c)
	case col.ratio:
		kind = r.ratioKind(c, year, a.Value)
		if kind == "" {
			return
		}
	case col.expect:
		// "Dự kiến" is a plan, unless the table has the year's actual:
		// then it is the expected outcome, an estimate.
		if r.hasKind(year, facts.Actual, c) {
			kind, estimate = facts.Actual, true
		}
	case kind == "" && col.period && r.ctx.kind != "":
		// "Giai đoạn 2026-2030" beside the years of a plan: the
		// period's figures are of the title's kind.
		kind = r.ctx.kind
	case kind == "" && year != 0 && col.year != 0:
		kind = facts.Actual // a year column of a time series
	case kind == "":
		kind = r.ctx.kind
	}
	if kind == "" || year == 0 {
		return
	}
	if kind == facts.Actual && estimate && r.ctx.paperYear != 0 && year > r.ctx.paperYear {
		// "Ước TH năm 2021" in a paper signed in December 2020: the
		// estimate of a year not yet begun is its target.
		kind, estimate = facts.Plan, false
	}
	if col.period && kind == facts.Actual && !estimate && r.estimatedYear(year, c) {
		// "Giai đoạn 2021-2025" beside "Ước năm 2025": the period's
		// figure includes the estimated year.
		estimate = true
	}
	if r.change != 0 && in.UOM == facts.Percent && !in.Growth {
		// "Giảm tỷ lệ hộ nghèo | % | 1,5 - 2 | 1,82": the change of a
		// rate, in points (spec, "Rates change in points"); a planned
		// change is no fact.
		if kind != facts.Actual {
			return
		}
		kind = facts.ChangeVsPrev
		a.Value = r.change * max(a.Value, -a.Value)
	}
	if kind == facts.Plan && noteYear != 0 {
		year = noteYear // "năm 2008" in Ghi chú: when the target falls due
	}
	value := a.Value
	uom := in.UOM
	if kind.IsRatio() {
		if in.Growth || a.UOM != "" && a.UOM != facts.Percent {
			return // a ratio of two rates means nothing
		}
		uom = facts.Percent
	} else {
		spec := a.UOM
		scale := 1.0
		if spec == "" && col.uom.uom == facts.Percent {
			spec = facts.Percent // a percent column, whatever the row counts
		}
		if spec == "" {
			for _, u := range []uomSpec{rowUOM, col.uom, r.ctx.uom} {
				if u.uom != "" {
					spec, scale = u.uom, u.scale
					break
				}
			}
		}
		if spec == facts.Percent && in.UOM != facts.Percent {
			// "Giảm hộ nghèo | Dưới 5%": a percentage of a count is the
			// rate of the same thing, when the catalog has one.
			k := x.rateOf(ind)
			switch {
			case k >= 0:
				ind, in, uom = k, x.ind.list[k], facts.Percent
			case in.UOM == facts.VND && r.rateRow && kind == facts.Actual:
				// "Tỷ lệ giải ngân vốn đầu tư công | % | 95,2": a rate
				// of money is its share of the plan; in a plan column
				// it is a planned ratio, no fact.
				kind, uom, spec = facts.PctOfPlan, facts.Percent, ""
			default:
				return
			}
		}
		switch {
		case kind.IsRatio():
		case spec == in.UOM:
			value = vnnum.Scale(value, scale)
		case spec == "" && in.UOM != facts.VND:
			// A count or a rate with no unit printed anywhere: the
			// label says what it counts.
		default:
			return
		}
	}
	key := unit + "|" + in.Code + "|" + strconv.Itoa(c) + "|" + string(kind) + "|" + strconv.Itoa(year)
	if r.seen[key] {
		return // a second row of the indicator: a part of it
	}
	r.seen[key] = true
	ft := facts.Fact{
		Source:    x.name,
		Unit:      unit,
		Indicator: in.Code,
		Year:      year,
		Kind:      kind,
		Value:     value,
		UOM:       uom,
		Estimate:  estimate,
		Qualifier: a.Qualifier,
		Evidence:  row.Print,
		Line:      r.doc.SourceLine(row.Line),
	}
	month := col.month
	if month == 0 && kind.IsRatio() {
		// "So KH năm (%)" beside "Thực hiện 9 tháng": the ratio of the
		// part-year figure shares its date.
		month = r.partMonth(year, c)
	}
	if month > 0 {
		ft.AsOf = strconv.Itoa(year) + "-" + twoDigits(month) + "-" + twoDigits(monthEnd(year, month))
	}
	if a.Form == vnnum.Range && a.Max != 0 {
		m := a.Max
		if !kind.IsRatio() && uom == in.UOM && a.UOM == "" {
			m = a.Max * value / a.Value
		}
		ft.ValueMax = &m
	}
	if ft.Unit == "" {
		ft.Unit = unknownUnit
	}
	if len(ft.Check()) > 0 {
		return // out of the contract's range: a misread cell, not a figure
	}
	x.out = append(x.out, candidate{Fact: ft, digits: 4, order: len(x.out)})
}

// partMonth is the month of the table's one part-year actual column of
// year (other than column skip); 0 when it has none or several, or also
// the year's whole actual (the ratio may be of either).
func (r *tableReading) partMonth(year, skip int) int {
	month := 0
	for c, col := range r.cols {
		if c == skip || col.role != roleValue || col.kind != facts.Actual || col.ratio || col.growth || col.diff || r.colYear(col) != year {
			continue
		}
		if col.month == 0 || month != 0 && month != col.month {
			return 0
		}
		month = col.month
	}
	return month
}

// colYear is the year of a column's figures: its header's, else the
// table title's (the year before for "TH năm trước").
func (r *tableReading) colYear(col column) int {
	if col.year != 0 {
		return col.year
	}
	y := r.ctx.year
	if col.prevYear && y != 0 {
		y--
	}
	return y
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// growthIndicator is the catalog's growth rate of the economy, or -1.
func (x *docReader) growthIndicator() int {
	for i, in := range x.ind.list {
		if in.Growth && in.UOM == facts.Percent {
			return i
		}
	}
	return -1
}

// rateOf returns the rate indicator of the thing count indicator i counts
// ("tỷ lệ hộ nghèo" for "hộ nghèo"): a % indicator one of whose cues
// contains one of i's cues; -1 when there is none.
func (x *docReader) rateOf(i int) int {
	if x.ind.list[i].UOM == facts.Percent {
		return i
	}
	for k, in := range x.ind.list {
		if in.UOM != facts.Percent {
			continue
		}
		for _, rc := range in.Cues {
			for _, c := range x.ind.list[i].Cues {
				if strings.HasSuffix(rc, " "+c) {
					return k
				}
			}
		}
	}
	return -1
}

// kindOfYear is the kind of the table's plan or actual column of year
// (other than column skip): the kind of a growth column beside it.
func (r *tableReading) kindOfYear(year, skip int) facts.Kind {
	for c, col := range r.cols {
		if c != skip && col.role == roleValue && r.colYear(col) == year && !col.growth && !col.ratio && (col.kind == facts.Plan || col.kind == facts.Actual) {
			return col.kind
		}
	}
	return facts.Actual
}

// estimatedYear reports a column (other than skip) of year's actual that
// is an estimate.
func (r *tableReading) estimatedYear(year, skip int) bool {
	for c, col := range r.cols {
		if c != skip && col.role == roleValue && !col.period && r.colYear(col) == year && col.kind == facts.Actual && col.estimate {
			return true
		}
	}
	return false
}

func (r *tableReading) hasKind(year int, kind facts.Kind, skip int) bool {
	for c, col := range r.cols {
		if c != skip && col.role == roleValue && r.colYear(col) == year && col.kind == kind && !col.expect {
			return true
		}
	}
	return false
}

// ratioKind decides what a "So sánh (%)" column compares from the row's
// own figures: the actual over the plan of its year, or over the previous
// year's actual; "" when neither fits.
func (r *tableReading) ratioKind(c, year int, ratio float64) facts.Kind {
	value := func(kind facts.Kind, y int) (float64, bool) {
		for k, col := range r.cols {
			if k == c || col.role != roleValue || r.colYear(col) != y || col.kind != kind || col.ratio || col.growth || col.diff {
				continue
			}
			style := r.style[k]
			if style == styleUnknown {
				style = r.tstyle
			}
			if a, ok := cellAmount(cellText(r.cur[k]), style); ok && a.Value != 0 {
				return a.Value, true
			}
		}
		return 0, false
	}
	near := func(num, den float64) bool {
		q := num / den * 100
		return q-ratio < 0.1 && ratio-q < 0.1 || q/ratio > 0.995 && q/ratio < 1.005
	}
	act, ok := value(facts.Actual, year)
	if !ok {
		return ""
	}
	if plan, ok := value(facts.Plan, year); ok && near(act, plan) {
		return facts.PctOfPlan
	}
	if prev, ok := value(facts.Actual, year-1); ok && near(act, prev) {
		return facts.PctOfPrev
	}
	return ""
}
