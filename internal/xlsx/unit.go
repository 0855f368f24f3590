package xlsx

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/internal/xlsxpkg"
)

// Rows of the unit sheet's fixed parts (1-based), as in the mock-up.
const (
	rowGov      = 1
	rowIssuer   = 2
	rowDate     = 4
	rowTitle    = 6
	rowSubtitle = 7
	rowMoney    = 8
	rowHead1    = 9
	rowHead2    = 10
	rowNumbers  = 11
	rowFirst    = 12
)

// Page setup shared by every sheet: A4, margins of Decree 30/2020 (left
// 30 mm, right 15 mm, top and bottom 20 mm), page numbers in the footer.
const (
	mmPerInch  = 25.4
	paperA4    = 9
	wideTable  = 9 // columns above which a sheet prints landscape
	footerText = "&C&\"Times New Roman,Regular\"Trang &P/&N"
)

// column is one column of a unit sheet's table.
type column struct {
	kind  string // "stt", "name", "uom", "plan", "actual", "ofplan", "ofprev", "remark"
	year  int    // index in Unit.Years
	width float64
	title string
}

func unitColumns(u *report.Unit) []column {
	cols := []column{{kind: "stt", width: 5, title: "STT"}, {kind: "name", width: 34, title: "Chỉ tiêu"}, {kind: "uom", width: 9, title: "Đơn vị tính"}}
	for i, y := range u.Years {
		th := "Thực hiện"
		if y.EstimateTH {
			th = "Ước TH"
		}
		cols = append(cols, column{kind: "plan", year: i, width: 10, title: "Kế hoạch"},
			column{kind: "actual", year: i, width: 10, title: th},
			column{kind: "ofplan", year: i, width: 10, title: "TH/KH (%)"})
		if y.Prev {
			cols = append(cols, column{kind: "ofprev", year: i, width: 11, title: "TH/cùng kỳ (%)"})
		}
	}
	cols = append(cols, column{kind: "remark", width: 20, title: "Ghi chú"})
	return cols
}

// pageSetup is the print setup of a sheet ncols wide: A4, landscape when
// wide, fit to the page's width, margins of Decree 30/2020, page numbers
// in the footer.
func (x *writer) pageSetup(ncols int) xlsxpkg.Page {
	in := func(mm float64) float64 { return math.Round(mm/mmPerInch*1000) / 1000 }
	return xlsxpkg.Page{
		Paper: paperA4, Landscape: ncols > wideTable, FitToPage: true, FitToWidth: 1, FitToHeight: 0,
		Margins: [6]float64{in(30), in(15), in(20), in(20), in(8), in(8)},
		Footer:  footerText,
	}
}

// page sets up printing of a sheet excelize writes (see pageSetup) and
// its print titles (rows first..last repeated on every page; 0 for none).
func (x *writer) page(sheet string, ncols, first, last int) {
	f := x.f
	pg := x.pageSetup(ncols)
	size, orient := pg.Paper, "portrait"
	if pg.Landscape {
		orient = "landscape"
	}
	x.setErr(f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &pg.FitToWidth, FitToHeight: &pg.FitToHeight}))
	x.setErr(f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &pg.FitToPage}))
	m := pg.Margins
	x.setErr(f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &m[0], Right: &m[1], Top: &m[2], Bottom: &m[3], Header: &m[4], Footer: &m[5],
	}))
	x.setErr(f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: pg.Footer}))
	x.printTitles(sheet, first, last)
}

// printTitles repeats rows first..last on every printed page (none when
// first is 0).
func (x *writer) printTitles(sheet string, first, last int) {
	if first > 0 {
		x.pkg.DefinedName(sheet, "_xlnm.Print_Titles", fmt.Sprintf("%s!$%d:$%d", quoteSheet(sheet), first, last))
	}
}

func (x *writer) unitSheet(u *report.Unit) {
	s := x.st
	cols := unitColumns(u)
	n := len(cols)
	sheet := x.sheet[u]
	// Widen figure columns to their widest number so nothing shows ####.
	for _, sec := range u.Sections {
		for _, row := range sec.Rows {
			for ci := range cols {
				c := &cols[ci]
				var fig *report.Figure
				switch c.kind {
				case "plan":
					fig = row.Years[c.year].Plan
				case "actual":
					fig = row.Years[c.year].Actual
				}
				if fig != nil {
					d, _ := rowDecimals(row)
					c.width = math.Max(c.width, fixedWidth(fig.Value, d))
				}
			}
		}
	}
	// The right-hand header block spans the last columns wide enough for
	// the national motto in bold capitals; the left block is STT to Đơn vị
	// tính. A narrow table gets a wider Ghi chú column to make room.
	const mottoWidth = 58
	rs := n
	for w := 0.0; rs > 4; rs-- {
		w += cols[rs-1].width
		if w >= mottoWidth {
			break
		}
	}
	rs = max(rs, 4)
	if w := blockWidth(cols, rs); w < mottoWidth {
		cols[n-1].width += mottoWidth - w
	}
	// The sheet is written whole by the package writer (excelize's
	// per-sheet work grows with the number of sheets), after the summary
	// and the units before it.
	fr := xlsxpkg.Frame{XSplit: 2, YSplit: rowFirst - 1, Page: x.pageSetup(n)}
	for i, c := range cols {
		fr.Cols = append(fr.Cols, xlsxpkg.Col{Min: i + 1, Max: i + 1, Width: c.width})
	}
	ps := x.pkg.NewSheet(sheet, SheetSummary, fr)
	x.printTitles(sheet, rowHead1, rowNumbers)
	merge := func(c1, r1, c2, r2 int) { ps.Merge(c1, r1, c2, r2) }
	center := st{h: "center", wrap: true}
	put := func(r *rowOut, row, c1, c2 int, v any, k st) {
		id := s.id(k)
		r.set(c1, v, id)
		if k.border {
			// The cells under a merge carry the box for its edges; without
			// one they would say nothing.
			for c := c1 + 1; c <= c2; c++ {
				r.set(c, nil, id)
			}
		}
		if c2 > c1 {
			merge(c1, row, c2, row)
		}
	}
	rw := x.rows(sheet)
	lay := &sheetLayout{heights: map[int]float64{}, headings: map[int]bool{},
		titleFirst: rowHead1, titleLast: rowNumbers, firstData: rowFirst}
	for _, c := range cols {
		lay.widths = append(lay.widths, c.width)
	}
	emit := func(row int, r *rowOut, opts ...excelize.RowOpts) {
		h := 0.0
		if len(opts) > 0 {
			h = opts[0].Height
		}
		lay.heights[row] = h
		rw.row(row, r, h)
	}

	r := newRow(n)
	gov := center
	put(r, rowGov, 1, 3, u.Governing, gov)
	hb := center
	hb.bold = true
	put(r, rowGov, rs, n, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", hb)
	emit(rowGov, r)
	r = newRow(n)
	put(r, rowIssuer, 1, 3, u.Issuer, hb)
	motto := hb
	motto.size = 13
	put(r, rowIssuer, rs, n, "Độc lập - Tự do - Hạnh phúc", motto)
	emit(rowIssuer, r)
	r = newRow(n)
	put(r, rowDate, rs, n, u.DateLine, st{h: "center", italic: true, size: 13})
	emit(rowDate, r)
	r = newRow(n)
	put(r, rowTitle, 1, n, x.r.Title, st{h: "center", v: "center", bold: true, size: 14, wrap: true})
	emit(rowTitle, r, excelize.RowOpts{Height: titleHeight(x.r.Title, cols)})
	r = newRow(n)
	put(r, rowSubtitle, 1, n, u.Subtitle, st{h: "center", bold: true, italic: true, size: 13})
	emit(rowSubtitle, r)
	r = newRow(n)
	put(r, rowMoney, max(4, n-2), n, "Đơn vị tiền: "+x.r.Money.Name, st{h: "right", italic: true})
	emit(rowMoney, r)

	// Two header rows: the year groups merged over their columns.
	head := s.id(st{h: "center", bold: true, wrap: true, border: true})
	h1, h2 := newRow(n), newRow(n)
	for i := 0; i < n; i++ {
		c := cols[i]
		switch c.kind {
		case "stt", "name", "uom", "remark":
			h1.set(i+1, c.title, head)
			h2.set(i+1, nil, head)
			merge(i+1, rowHead1, i+1, rowHead2)
		default:
			h2.set(i+1, c.title, head)
			if i == 0 || cols[i-1].year != c.year || cols[i-1].kind == "uom" {
				j := i
				for j+1 < n && cols[j+1].year == c.year && cols[j+1].kind != "remark" {
					j++
				}
				h1.set(i+1, "Năm "+strconv.Itoa(u.Years[c.year].Year), head)
				for k := i + 1; k <= j; k++ {
					h1.set(k+1, nil, head)
				}
				if j > i {
					merge(i+1, rowHead1, j+1, rowHead1)
				}
			}
		}
	}
	emit(rowHead1, h1)
	h2Height := 32.0
	for _, y := range u.Years {
		if y.Prev {
			h2Height = 48
		}
	}
	emit(rowHead2, h2, excelize.RowOpts{Height: h2Height})

	// Column numbers, with the derived columns' formula in words.
	num := s.id(st{h: "center", italic: true, size: 11, border: true})
	nr := newRow(n)
	for i, c := range cols {
		label := "(" + strconv.Itoa(i+1) + ")"
		switch c.kind {
		case "ofplan":
			label += fmt.Sprintf("=(%d)/(%d)", i, i-1)
		case "ofprev":
			if py := u.Years[c.year].PrevIndex; u.Years[c.year].PrevDerived && py >= 0 {
				label += fmt.Sprintf("=(%d)/(%d)", colOf(cols, "actual", c.year)+1, colOf(cols, "actual", py)+1)
			}
		}
		nr.set(i+1, label, num)
	}
	emit(rowNumbers, nr)

	x.runs = newUnitRuns(u, cols)
	rowNo := rowFirst
	boxBold := st{bold: true, border: true}
	for _, sec := range u.Sections {
		r := newRow(n)
		r.set(1, sec.Numeral, s.id(st{h: "center", bold: true, border: true}))
		// One cell across the table, so no column border crosses the
		// heading; the cells under the merge keep the box for its edges.
		r.set(2, sec.Name, s.id(st{bold: true, border: true}))
		for c := 3; c <= n; c++ {
			r.set(c, nil, s.id(boxBold))
		}
		merge(2, rowNo, n, rowNo)
		lay.headings[rowNo] = true
		emit(rowNo, r)
		rowNo++
		for _, row := range sec.Rows {
			lay.heights[rowNo] = x.unitRow(rw, u, cols, row, rowNo)
			rowNo++
		}
	}
	lay.lastData = rowNo - 1

	// Signature block, with room to sign.
	rowNo++
	r = newRow(n)
	sig := st{h: "center", bold: true}
	put(r, rowNo, 1, 3, "NGƯỜI LẬP BIỂU", sig)
	put(r, rowNo, rs, n, "TM. ỦY BAN NHÂN DÂN", sig)
	emit(rowNo, r)
	rowNo++
	r = newRow(n)
	put(r, rowNo, 1, 3, "(Ký, ghi rõ họ tên)", st{h: "center", italic: true})
	put(r, rowNo, rs, n, "CHỦ TỊCH", sig)
	emit(rowNo, r)
	lay.sigLast = rowNo
	if b := lay.signatureBreak(); b > 0 {
		ps.PageBreak(b)
	}
	x.setErr(rw.err())
	x.seal(sheet)
}

// blockWidth is the width of columns from (1-based) col to the end.
func blockWidth(cols []column, col int) float64 {
	w := 0.0
	for _, c := range cols[col-1:] {
		w += c.width
	}
	return w
}

// colOf is the 0-based index of a year's column of a kind, or -1.
func colOf(cols []column, kind string, year int) int {
	for i, c := range cols {
		if c.kind == kind && c.year == year {
			return i
		}
	}
	return -1
}

// titleHeight gives the title row room for a long custom title.
func titleHeight(title string, cols []column) float64 {
	w := 0.0
	for _, c := range cols {
		w += c.width
	}
	lines := math.Ceil(float64(utf8.RuneCountInString(title)) * 1.35 / w)
	return math.Max(1, lines) * 20
}

// lines estimates how many lines text wraps to in a column of width w
// (in characters of the default font) at the given point size: neither
// Excel nor LibreOffice grows rows for wrapped text in a file they did not
// lay out themselves.
func lines(text string, w, size float64) int {
	per := math.Max(1, math.Floor(w*12/size))
	n := 0
	for _, l := range strings.Split(text, "\n") {
		n += int(math.Max(1, math.Ceil(float64(utf8.RuneCountInString(l))/per)))
	}
	return n
}

// unitRow writes one indicator's row and returns the height it set (0 for
// the default).
func (x *writer) unitRow(rw *rowWriter, u *report.Unit, cols []column, row *report.Row, rowNo int) float64 {
	figDec, ratioDec := rowDecimals(row)
	s := x.st
	n := len(cols)
	r := newRow(n)
	height := 1
	box := st{border: true}
	for i, c := range cols {
		col := i + 1
		switch c.kind {
		case "stt":
			r.set(col, row.No, s.id(st{h: "center", border: true}))
		case "name":
			r.set(col, row.Name, s.id(st{border: true, wrap: true}))
			height = max(height, lines(row.Name, c.width, 12))
		case "uom":
			r.set(col, row.UOM, s.id(st{h: "center", border: true, wrap: true}))
		case "plan", "actual":
			fig := row.Years[c.year].Plan
			if c.kind == "actual" {
				fig = row.Years[c.year].Actual
			}
			if fig == nil {
				r.set(col, nil, s.id(box))
				continue
			}
			k := st{h: "right", border: true, numFmt: fixedFmt(figDec)}
			r.set(col, fig.Value, s.id(k))
			x.note(x.sheet[u], col, rowNo, x.r.Note(fig))
		case "ofplan", "ofprev":
			cells := row.Years[c.year]
			ratio := cells.OfPlan
			var num, den string
			numFig, denFig := cells.Actual, cells.Plan
			if c.kind == "ofplan" {
				num, den = cell(col-1, rowNo), cell(col-2, rowNo)
			} else {
				ratio = cells.OfPrev
				num = cell(colOf(cols, "actual", c.year)+1, rowNo)
				denFig = nil
				if py := u.Years[c.year].PrevIndex; py >= 0 {
					den = cell(colOf(cols, "actual", py)+1, rowNo)
					denFig = row.Years[py].Actual
				}
			}
			switch {
			case ratio.Derived:
				x.runs.put(r, col, rowNo, guardedRatio(num, den), guardedResult(numFig, denFig), s.id(st{h: "right", border: true, numFmt: fixedFmt(1)}))
				if ratio.Stated != nil {
					x.note(x.sheet[u], col, rowNo, x.r.Note(ratio.Stated))
				}
			case ratio.Stated != nil:
				k := st{h: "right", border: true, italic: true, numFmt: fixedFmt(ratioDec)}
				r.set(col, ratio.Value, s.id(k))
				x.note(x.sheet[u], col, rowNo, x.r.Note(ratio.Stated))
			default:
				r.set(col, nil, s.id(box))
			}
		case "remark":
			text := strings.Join(row.Remarks, "\n")
			r.set(col, text, s.id(st{border: true, wrap: true, italic: true, size: 10}))
			if text != "" {
				height = max(height, int(math.Ceil(float64(lines(text, c.width, 10))*13/15.75)))
			}
		}
	}
	h := 0.0
	if height > 1 {
		h = float64(height) * 15.75
	}
	rw.row(rowNo, r, h)
	return h
}

// rowDecimals are the decimals of a row's figures (plans and actuals of
// every year) and of its ratios (one, or two where a stated one has
// them): one format per indicator, whatever the cell.
func rowDecimals(row *report.Row) (fig, ratio int) {
	ratio = 1
	for _, c := range row.Years {
		for _, f := range []*report.Figure{c.Plan, c.Actual} {
			if f != nil {
				fig = max(fig, decimals(row.Measure, f.Value))
			}
		}
		for _, r := range []report.Ratio{c.OfPlan, c.OfPrev} {
			if r.Stated != nil && !r.Derived {
				ratio = max(ratio, report.Decimals(r.Value, 2))
			}
		}
	}
	return fig, ratio
}

// guardedRatio is num/den*100, empty when either is missing or den is 0,
// as the mock-up writes it, so a user who clears a figure sees a blank,
// not #DIV/0!.
func guardedRatio(num, den string) string {
	return fmt.Sprintf(`IF(AND(ISNUMBER(%[2]s),%[2]s<>0,ISNUMBER(%[1]s)),%[1]s/%[2]s*100,"")`, num, den)
}

// unitRuns are the runs of a unit sheet's rows whose ratio (TH/KH, TH/cùng
// kỳ) in a column is a formula: each run's formula is written once, shared
// down the run, as Excel writes a filled-down column. Section headings
// break runs.
type unitRuns struct {
	keys map[int]func(int) string // by column: "d" for a row whose ratio is derived
	ends map[int][]int
}

func newUnitRuns(u *report.Unit, cols []column) *unitRuns {
	var flat []*report.Row // by row from rowFirst; nil for a section heading
	for _, sec := range u.Sections {
		flat = append(flat, nil)
		flat = append(flat, sec.Rows...)
	}
	ur := &unitRuns{keys: map[int]func(int) string{}, ends: map[int][]int{}}
	for ci, c := range cols {
		if c.kind != "ofplan" && c.kind != "ofprev" {
			continue
		}
		key := func(j int) string {
			row := flat[j]
			if row == nil {
				return ""
			}
			ratio := row.Years[c.year].OfPlan
			if c.kind == "ofprev" {
				ratio = row.Years[c.year].OfPrev
			}
			if ratio.Derived {
				return "d"
			}
			return ""
		}
		ur.keys[ci+1] = key
		ur.ends[ci+1] = runEnds(len(flat), key)
	}
	return ur
}

// put writes a row's derived ratio formula in column col.
func (ur *unitRuns) put(r *rowOut, col, rowNo int, f string, result any, style int) {
	r.shared(col, rowNo-rowFirst, ur.keys[col], ur.ends[col], rowFirst, f, result, style)
}
