package xlsx

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/language"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/internal/unitname"
	"github.com/chitieu/chitieu/internal/xlsxpkg"
)

// summary writes the first sheet: units × key indicators of the latest
// year (the actual, else the plan in italics with a note), and a total
// row that sums what can be summed.
func (x *writer) summary() {
	r, s := x.r, x.st
	name := SheetSummary
	// Sheet properties (fit to page) are written when the stream starts.
	x.page(name, 2+len(r.Key), 4, 5)
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		x.setErr(err)
		return
	}
	n := 2 + len(r.Key)
	rw := x.rows(name)
	x.setErr(sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 2, YSplit: 5, TopLeftCell: "C6", ActivePane: "bottomRight"}))
	x.setErr(sw.SetColWidth(1, 1, 5))
	x.setErr(sw.SetColWidth(2, 2, 28))
	// One format per column, its total's included; wide enough for the
	// largest figure and the total (bold: a tenth wider).
	widths := make([]float64, len(r.Key))
	decs := make([]int, len(r.Key))
	for i, k := range r.Key {
		var vs []float64
		for _, u := range r.Units {
			if f := u.Summary[i].Figure; f != nil {
				vs = append(vs, f.Value)
			}
		}
		decs[i] = decimalsOf(k.Measure, vs...)
		widths[i] = 14
		for _, v := range vs {
			// (+1: the star of a part-year figure, see partMark)
			widths[i] = math.Max(widths[i], fixedWidth(v, decs[i])+1)
		}
		if k.Sum {
			if _, total, _, _ := summaryTotal(r, i, colName(i+3), 6); total != 0 {
				widths[i] = math.Max(widths[i], math.Min(fixedWidth(total, decs[i])*1.1, maxWidth))
			}
		}
		x.setErr(sw.SetColWidth(i+3, i+3, widths[i]))
	}
	row := newRow(n)
	title := fmt.Sprintf("TỔNG HỢP CÁC CHỈ TIÊU CHỦ YẾU NĂM %d", r.Latest)
	tid := s.id(st{h: "center", bold: true, size: 14})
	row.set(1, title, tid)
	for c := 2; c <= n; c++ {
		row.set(c, nil, tid)
	}
	rw.row(1, row, 20)
	if n > 1 {
		x.setErr(sw.MergeCell("A1", cell(n, 1)))
	}
	row = newRow(n)
	sub := s.id(st{h: "center", italic: true})
	row.set(1, "Số thực hiện; chữ nghiêng là kế hoạch khi chưa có số thực hiện", sub)
	for c := 2; c <= n; c++ {
		row.set(c, nil, sub)
	}
	rw.row(2, row, 0)
	if n > 1 {
		x.setErr(sw.MergeCell("A2", cell(n, 2)))
	}
	row = newRow(n)
	row.set(n, "Đơn vị tiền: "+r.Money.Name, s.id(st{h: "right", italic: true}))
	rw.row(3, row, 0)

	head := s.id(st{h: "center", bold: true, wrap: true, border: true})
	h1, h2 := newRow(n), newRow(n)
	h1.set(1, "STT", head)
	h2.set(1, nil, head)
	h1.set(2, "Đơn vị", head)
	h2.set(2, nil, head)
	x.setErr(sw.MergeCell("A4", "A5"))
	x.setErr(sw.MergeCell("B4", "B5"))
	headH := 32.0
	for i, k := range r.Key {
		h1.set(i+3, k.Name, head)
		h2.set(i+3, k.UOM, s.id(st{h: "center", italic: true, border: true}))
		// Bold text is wider: estimate on a narrower column.
		headH = math.Max(headH, float64(lines(k.Name, widths[i]*0.85, 12))*15.75)
	}
	rw.row(4, h1, headH)
	rw.row(5, h2, 0)

	first := 6
	rowNo := first
	anyPart := false
	for i, u := range r.Units {
		row := newRow(n)
		row.set(1, i+1, s.id(st{h: "center", border: true}))
		row.set(2, u.Name, s.id(st{border: true, wrap: true}))
		for j, sc := range u.Summary {
			col := j + 3
			if sc.Figure == nil {
				row.set(col, nil, s.id(st{border: true}))
				continue
			}
			k := st{h: "right", border: true, numFmt: fixedFmt(decs[j]), italic: sc.IsPlan}
			if partOfYear(sc) {
				// Seen on paper and in a phone's preview too, where the
				// cell's note is not.
				k.numFmt += partMark
				anyPart = true
			}
			row.set(col, sc.Figure.Value, s.id(k))
			text := r.Note(sc.Figure)
			switch {
			case sc.IsPlan:
				text = fmt.Sprintf("Kế hoạch năm %d (chưa có số thực hiện)\n", r.Latest) + text
			case partOfYear(sc):
				text = fmt.Sprintf("Chưa phải số cả năm %d: không cộng vào Tổng cộng\n", r.Latest) + text
			}
			x.note(name, col, rowNo, text)
		}
		if text := noFigures(u, r.Latest); text != "" && n > 2 {
			// Say why the row is empty rather than leave it blank.
			row.set(3, text, s.id(st{border: true, italic: true}))
			if n > 3 {
				x.setErr(sw.MergeCell(cell(3, rowNo), cell(n, rowNo)))
			}
		}
		// A long name (an unnamed unit carries its document's name) wraps:
		// give the row its lines, or it overprints the next row.
		height := 0.0
		if l := lines(u.Name, 28, 12); l > 1 {
			height = float64(l) * 15.75
		}
		rw.row(rowNo, row, height)
		rowNo++
	}
	last := rowNo - 1
	row = newRow(n)
	tb := st{bold: true, border: true}
	row.set(1, nil, s.id(tb))
	row.set(2, "Tổng cộng", s.id(st{bold: true, border: true, h: "center"}))
	for j, k := range r.Key {
		col := j + 3
		if !k.Sum || last < first {
			row.set(col, nil, s.id(tb))
			continue
		}
		formula, total, note, plans := summaryTotal(r, j, colName(col), first)
		if formula == "" {
			row.set(col, nil, s.id(tb))
			if note != "" {
				x.note(name, col, rowNo, note)
			}
			continue
		}
		// A total of plans is a plan: italic like the figures it adds.
		row.formula(col, formula, total, s.id(st{h: "right", bold: true, italic: plans, border: true, numFmt: fixedFmt(decs[j])}))
		if note != "" {
			x.note(name, col, rowNo, note)
		}
	}
	rw.row(rowNo, row, 0)
	if anyPart {
		row = newRow(n)
		row.set(1, "(*) Số liệu chưa cả năm (một tháng, một quý hoặc lũy kế đến một ngày, xem ghi chú của ô): không cộng vào Tổng cộng", s.id(st{italic: true}))
		rw.row(rowNo+1, row, 0)
	}
	x.setErr(rw.err())
	x.setErr(sw.Flush())
	x.seal(name)
}

// partMark follows a part-year figure on Tổng hợp ("5.606*"), and the line
// under the table says what the star means.
const partMark = `"*"`

// partOfYear reports a unit's summary figure that is an actual for part
// of the year only (to 31/10, or December alone).
func partOfYear(sc report.SummaryCell) bool {
	return sc.Figure != nil && !sc.IsPlan && sc.Figure.PartYear != ""
}

// compareColumns are the plan-versus-actual table's columns.
// tableColumn is a column of a flat table sheet: its heading and width.
type tableColumn struct {
	title string
	width float64
}

// tableHead sets the columns' widths (the given ones, fitted to the data,
// or else the columns' own) and returns the heading row, n cells wide, in
// the bold centred boxed style of every flat table.
func (x *writer) tableHead(sw *excelize.StreamWriter, n int, cols []tableColumn, widths []float64) *rowOut {
	for i, c := range cols {
		w := c.width
		if widths != nil {
			w = widths[i]
		}
		x.setErr(sw.SetColWidth(i+1, i+1, w))
	}
	head := x.st.id(st{h: "center", bold: true, wrap: true, border: true})
	row := newRow(n)
	for i, c := range cols {
		row.set(i+1, c.title, head)
	}
	return row
}

var compareColumns = []tableColumn{
	{"Đơn vị", 22}, {"Năm", 7}, {"Mã chỉ tiêu", 27}, {"Chỉ tiêu", 40}, {"Đơn vị tính", 11},
	{"Kế hoạch", 13}, {"Thực hiện", 13}, {"TH/KH (%)", 11}, {"Đánh giá", 11}, {"Ước tính (x)", 9}, {"Nguồn", 30},
}

// compare writes the flat plan-versus-actual table with its status
// colours and a chart of TH/KH for the key indicators of the latest year.
func (x *writer) compare() {
	r, s := x.r, x.st
	name := SheetCompare
	// A title and the money unit above the table (headRow), the chart
	// under it: both printed; the chart's data, right of the table, not.
	const headRow = 3
	x.page(name, len(compareColumns), headRow, headRow)
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		x.setErr(err)
		return
	}
	n := len(compareColumns)
	x.setErr(sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 1, YSplit: headRow, TopLeftCell: cell(2, headRow+1), ActivePane: "bottomRight"}))
	widths := make([]float64, n)
	for i, c := range compareColumns {
		widths[i] = c.width
	}
	// One format per indicator for its figures, and one for its TH/KH
	// (one decimal, two where a stated share has them).
	decs, pdecs := decimalsBy{}, decimalsBy{}
	for _, cr := range r.Compare {
		for _, fig := range []*report.Figure{cr.Cells.Plan, cr.Cells.Actual} {
			if fig != nil {
				decs.add(cr.Code, cr.Measure, fig.Value)
			}
		}
		pdecs[cr.Code] = max(pdecs[cr.Code], 1)
		if st := cr.Cells.OfPlan.Stated; st != nil && !cr.Cells.OfPlan.Derived {
			pdecs.add(cr.Code, report.Percent, st.Value)
		}
	}
	for _, cr := range r.Compare {
		// Rows keep the default height (a table sheet of thousands of rows
		// is not measured row by row), so a unit name must fit its column
		// rather than wrap over the next row.
		widths[0] = math.Max(widths[0], math.Min(float64(utf8.RuneCountInString(cr.Unit.Name))+2, maxWidth))
		for i, fig := range []*report.Figure{cr.Cells.Plan, cr.Cells.Actual} {
			if fig != nil {
				widths[5+i] = math.Max(widths[5+i], fixedWidth(fig.Value, decs[cr.Code]))
			}
		}
		if op := cr.Cells.OfPlan; op.Valid {
			widths[7] = math.Max(widths[7], fixedWidth(op.Value, pdecs[cr.Code]))
		}
		if m := periodMark(cr.Cells); m != "" {
			widths[8] = math.Max(widths[8], float64(utf8.RuneCountInString(m))+2)
		}
	}
	// The chart's data block sits right of the table, after a gap column.
	chartKeys, chartData := x.chartData()
	dataCol := n + 2
	width := n
	if len(chartKeys) > 0 {
		width = dataCol + len(chartKeys)
	}
	row := x.tableHead(sw, width, compareColumns, widths)
	if len(chartKeys) > 0 {
		x.setErr(sw.SetColWidth(dataCol, dataCol, 22))
		x.setErr(sw.SetColWidth(dataCol+1, dataCol+len(chartKeys), 14))
	}
	tr := newRow(n)
	tr.set(1, "SO SÁNH KẾ HOẠCH VÀ THỰC HIỆN CÁC CHỈ TIÊU "+strings.ToUpper(yearsText(r.Years)), s.id(st{h: "center", bold: true, size: 14}))
	x.setErr(sw.SetRow("A1", tr.anys(), excelize.RowOpts{Height: 22}))
	x.setErr(sw.MergeCell("A1", cell(n, 1)))
	ur := newRow(n)
	ur.set(n, "Đơn vị tiền: "+r.Money.Name, s.id(st{h: "right", italic: true}))
	x.setErr(sw.SetRow("A2", ur.anys()))
	x.setErr(sw.SetRow(cell(1, headRow), row.anys(), excelize.RowOpts{Height: 32}))
	text := s.id(st{border: true, wrap: true})
	plain := s.id(st{border: true})
	mid := s.id(st{border: true, h: "center"})
	pcts := x.decStyles(st{border: true, h: "right"})
	nums := x.decStyles(st{border: true, h: "right"})
	stated := x.decStyles(st{border: true, h: "right", italic: true})
	rowOf := map[*report.CompareRow]int{}
	for i, cr := range r.Compare {
		rowOf[cr] = headRow + 1 + i
	}
	last := len(r.Compare) + headRow
	printLast := last
	var chartRows func(rw *rowWriter)
	lastRow := last
	if len(chartKeys) > 0 {
		var chartLast int
		chartRows, chartLast = x.chart(chartKeys, chartData, rowOf, dataCol, last, widths)
		printLast = chartLast
		lastRow = chartDataLast(len(chartData), last)
	}
	x.pkg.DefinedName(name, "_xlnm.Print_Area", fmt.Sprintf("%s!$A$1:$%s$%d", quoteSheet(name), colName(n), printLast))
	// TH/KH and Đánh giá are formulas shared down runs of rows of the same
	// formula (written once a run, as Excel writes a filled-down column).
	ratioKey := func(i int) string {
		if r.Compare[i].Cells.OfPlan.Derived {
			return "ratio"
		}
		return ""
	}
	statusKey := func(i int) string {
		if cr := r.Compare[i]; periodMark(cr.Cells) == "" {
			return fmt.Sprint(cr.LowerBetter)
		}
		return ""
	}
	ratioEnd, statusEnd := runEnds(len(r.Compare), ratioKey), runEnds(len(r.Compare), statusKey)
	gen := func(rw *rowWriter) error {
		row := newRow(n)
		for i, cr := range r.Compare {
			rn := headRow + 1 + i
			row.reset()
			row.set(1, cr.Unit.Name, text)
			row.set(2, cr.Year, mid)
			row.set(3, cr.Code, plain)
			row.set(4, cr.Name, text)
			row.set(5, cr.UOM, mid)
			for j, fig := range []*report.Figure{cr.Cells.Plan, cr.Cells.Actual} {
				if fig == nil {
					row.set(6+j, nil, plain)
					continue
				}
				row.set(6+j, fig.Value, nums[decs[cr.Code]])
			}
			ofPlan := ofPlanResult(cr)
			switch op := cr.Cells.OfPlan; {
			case op.Derived:
				row.shared(8, i, ratioKey, ratioEnd, headRow+1, guardedRatio(cell(7, rn), cell(6, rn)), ofPlan, pcts[pdecs[cr.Code]])
			case op.Stated != nil:
				row.set(8, op.Value, stated[pdecs[cr.Code]])
			default:
				row.set(8, nil, plain)
			}
			h := cell(8, rn)
			// Rounded as displayed, so 99,99 shown as 100,0 is not called
			// "Chưa đạt" while the cell reads 100.
			// Where less is better (the poverty rate) beating the plan
			// means staying under it.
			beats := ">"
			if cr.LowerBetter {
				beats = "<"
			}
			if m := periodMark(cr.Cells); m != "" {
				// A figure to 31/10 is not judged against the year's plan.
				row.set(9, m, mid)
			} else {
				row.shared(9, i, statusKey, statusEnd, headRow+1, fmt.Sprintf(`IF(ISNUMBER(%[1]s),IF(ROUND(%[1]s,1)%[2]s100,"Vượt",IF(ROUND(%[1]s,1)=100,"Đạt","Chưa đạt")),"")`, h, beats),
					status(ofPlan, cr.LowerBetter), mid)
			}
			est := ""
			if cr.Estimate {
				est = "x"
			}
			row.set(10, est, mid)
			row.set(11, cr.Files, text)
			rw.row(rn, row, 0)
		}
		if chartRows != nil {
			chartRows(rw)
		}
		return rw.err()
	}
	if len(r.Compare) > 0 {
		x.rowsLater(name, cell(1, headRow+1)+":"+cell(width, lastRow), gen)
		off := false
		x.setErr(sw.AddTable(&excelize.Table{
			Range: cell(1, headRow) + ":" + cell(n, last), Name: "SoSanhKHTH", StyleName: "TableStyleLight1",
			ShowRowStripes: &off,
		}))
		green, _ := x.f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: "006100", Bold: true, Family: font}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"C6EFCE"}}})
		blue, _ := x.f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: "1F4E79", Family: font}})
		red, _ := x.f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: "9C0006", Bold: true, Family: font}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}})
		x.setErr(x.f.SetConditionalFormat(name, cell(9, headRow+1)+":"+cell(9, last), []excelize.ConditionalFormatOptions{
			{Type: "cell", Criteria: "==", Value: `"Vượt"`, Format: &green},
			{Type: "cell", Criteria: "==", Value: `"Đạt"`, Format: &blue},
			{Type: "cell", Criteria: "==", Value: `"Chưa đạt"`, Format: &red},
		}))
	}
	x.setErr(sw.Flush())
}

// periodMark is what Đánh giá says of a row whose actual covers part of
// the year only (or, with no actual, whose stated share of the plan
// does), instead of judging it against the year's plan: "Số liệu đến
// 31/10" for a figure to a date before the year's end, "Không phải cả
// năm" for December's or the fourth quarter's figure alone (Ghi chú says
// which); "" for a full year. Not "Lũy kế" (the year to date): facts.md dates October's figure
// alone at 31/10 as well, so the date does not say which it is.
func periodMark(c *report.YearCells) string {
	f := c.Actual
	if f == nil {
		f = c.OfPlan.Stated
	}
	switch {
	case f == nil || len(f.PartYear) < 5:
		return ""
	case f.YearEndPeriod:
		return "Không phải cả năm"
	}
	return "Số liệu đến " + f.PartYear[:5]
}

// chartRow is one unit of the chart: its compare rows per key indicator.
type chartRow struct {
	unit *report.Unit
	rows []*report.CompareRow // parallel to the chart's keys; nil when none
}

// chartData picks the key indicators with a TH/KH in the latest year and
// the units that have one.
func (x *writer) chartData() ([]report.Indicator, []chartRow) {
	r := x.r
	has := map[string]bool{}
	byUnit := map[*report.Unit]map[string]*report.CompareRow{}
	for _, cr := range r.Compare {
		// A part-year share of the plan is no bar beside full years'.
		if cr.Year != r.Latest || !cr.Cells.OfPlan.Valid && !cr.Cells.OfPlan.Derived || periodMark(cr.Cells) != "" {
			continue
		}
		has[cr.Code] = true
		if byUnit[cr.Unit] == nil {
			byUnit[cr.Unit] = map[string]*report.CompareRow{}
		}
		byUnit[cr.Unit][cr.Code] = cr
	}
	var keys []report.Indicator
	for _, k := range r.Key {
		if has[k.Code] {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil, nil
	}
	var rows []chartRow
	for _, u := range r.Units {
		m := byUnit[u]
		if m == nil {
			continue
		}
		cr := chartRow{unit: u}
		some := false
		for _, k := range keys {
			cr.rows = append(cr.rows, m[k.Code])
			some = some || m[k.Code] != nil
		}
		if some {
			rows = append(rows, cr)
		}
	}
	return keys, rows
}

// chartHeight is the chart's height in pixels, and chartRows the rows of
// default height (15 pt = 20 px) it covers, with a row to spare.
const (
	chartHeight = 360
	chartRows   = chartHeight/20 + 2
)

// chart writes a clustered column chart under the table, within its
// columns so that it prints with it, and its data block (unit, then TH/KH
// of each key indicator as formulas on the table, so the chart follows a
// user's edits) right of the table, below its last row: the stream writer
// takes rows in order only. It returns the rows' generator and the last
// row the chart covers.
func (x *writer) chart(keys []report.Indicator, rows []chartRow, rowOf map[*report.CompareRow]int, dataCol, tableLast int, widths []float64) (func(rw *rowWriter), int) {
	s := x.st
	name := SheetCompare
	start := chartDataLast(0, tableLast)
	width := dataCol + len(keys)
	head := s.id(st{h: "center", bold: true, wrap: true, border: true})
	hr := newRow(width)
	hr.set(dataCol, "Đơn vị", head)
	for i, k := range keys {
		hr.set(dataCol+1+i, k.Name, head)
	}
	title := s.id(st{bold: true})
	tr := newRow(width)
	tr.set(dataCol, fmt.Sprintf("Số liệu biểu đồ: TH/KH (%%) năm %d", x.r.Latest), title)
	pct := s.id(st{border: true, h: "right", numFmt: fixedFmt(1)})
	text := s.id(st{border: true})
	gen := func(rw *rowWriter) {
		rw.row(start-1, tr, 0)
		rw.row(start, hr, 48)
		for i, cr := range rows {
			row := newRow(width)
			row.set(dataCol, x.sheet[cr.unit], text)
			for j, c := range cr.rows {
				if c == nil {
					row.set(dataCol+1+j, nil, pct)
					continue
				}
				var v any = xlsxpkg.NA
				if h, ok := ofPlanResult(c).(float64); ok {
					v = h
				}
				row.formula(dataCol+1+j, fmt.Sprintf("IF(ISNUMBER(H%[1]d),H%[1]d,NA())", rowOf[c]), v, pct)
			}
			rw.row(start+1+i, row, 0)
		}
	}
	first, last := start+1, start+len(rows)
	q := quoteSheet(name)
	var series []excelize.ChartSeries
	for i := range keys {
		c := colName(dataCol + 1 + i)
		series = append(series, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$%d", q, c, start),
			Categories: fmt.Sprintf("%s!$%s$%d:$%s$%d", q, colName(dataCol), first, colName(dataCol), last),
			Values:     fmt.Sprintf("%s!$%s$%d:$%s$%d", q, c, first, c, last),
		})
	}
	tnr := func(size float64, bold bool) excelize.Font {
		return excelize.Font{Family: font, Size: size, Bold: bold, Color: "000000"}
	}
	lf := tnr(10, false)
	// As wide as the bars need, at most as wide as the table (a column
	// width unit is about 7 pixels).
	tableW := 0.0
	for _, c := range widths {
		tableW += c * 7
	}
	w := uint(640)
	if n := len(rows) * len(keys) * 14; n > 560 {
		w = uint(min(n+80, 4000))
	}
	w = min(w, uint(tableW)-8)
	zero := 0.0
	anchor := tableLast + 2
	x.setErr(x.f.AddChart(name, cell(1, anchor), &excelize.Chart{
		Type:   excelize.Col,
		Series: series,
		Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{
			Text: fmt.Sprintf("Tỷ lệ thực hiện so với kế hoạch (%%) năm %d", x.r.Latest), Font: ptr(tnr(12, true)),
		}}},
		Legend: excelize.ChartLegend{Position: "bottom", Font: &lf},
		XAxis:  excelize.ChartAxis{Font: tnr(10, false)},
		// A percent axis starts at 0: bars from 72 exaggerate.
		YAxis:        excelize.ChartAxis{Font: tnr(10, false), MajorGridLines: true, Minimum: &zero},
		Dimension:    excelize.ChartDimension{Width: w, Height: chartHeight},
		Format:       excelize.GraphicOptions{OffsetX: 4, OffsetY: 4},
		ShowBlanksAs: "gap",
	}))
	return gen, anchor + chartRows
}

// chartDataLast is the last row of the chart's data block of n units
// under a table ending at tableLast: a gap row, the block's title and
// heading rows, then a row a unit.
func chartDataLast(n, tableLast int) int { return tableLast + 3 + n }

func ptr[T any](v T) *T { return &v }

// sourcesColumns are the sources sheet's columns.
var sourcesColumns = []tableColumn{
	{"STT", 7}, {"Đơn vị", 18}, {"Năm", 7}, {"Mã", 26}, {"Chỉ tiêu", 30}, {"Loại", 11}, {"Giá trị", 13},
	{"Đơn vị tính", 10}, {"Ước tính", 8}, {"Định tính", 11}, {"Đến ngày", 11}, {"Nguồn", 26},
	{"Dòng", 16}, {"Tình trạng", 14}, {"Câu trích dẫn", 70},
}

// sources lists every input fact, one row each, in input order.
func (x *writer) sources() {
	r, s := x.r, x.st
	n := len(sourcesColumns)
	// One format per indicator and kind of figure (a share of the plan is
	// not formatted as the money it compares); Giá trị as wide as its
	// largest value (đồng make long numbers) and Tình trạng as its longest.
	decs := sourceDecimals{}
	for i := range r.Facts {
		src := r.Source(i)
		decs.add(src)
	}
	widths := make([]float64, n)
	for i, c := range sourcesColumns {
		widths[i] = c.width
	}
	for i := range r.Facts {
		src := r.Source(i)
		widths[6] = math.Max(widths[6], fixedWidth(src.Value, decs.of(src)))
		widths[13] = math.Max(widths[13], float64(utf8.RuneCountInString(src.Status))+3)
	}
	text := s.id(st{border: true, wrap: true})
	plain := s.id(st{border: true})
	mid := s.id(st{border: true, h: "center"})
	date := s.id(st{border: true, h: "center", numFmt: "dd/mm/yyyy"})
	quote := s.id(st{border: true, wrap: true, v: "top", size: 11})
	nums := x.decStyles(st{border: true, h: "right"})
	// A sheet holds MaxRows rows: the facts past it continue on
	// "Nguồn (2)", and so on, each sheet with its heading.
	for part, name := range sourceSheets(len(r.Facts)) {
		lo := part * maxSourceRows
		hi := min(len(r.Facts), lo+maxSourceRows)
		x.page(name, n, 1, 1)
		sw, err := x.f.NewStreamWriter(name)
		if err != nil {
			x.setErr(err)
			return
		}
		x.setErr(sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}))
		row := x.tableHead(sw, n, sourcesColumns, widths)
		x.setErr(sw.SetRow("A1", row.anys(), excelize.RowOpts{Height: 32}))
		if hi > lo {
			x.rowsLater(name, "A2:"+cell(n, hi-lo+1), func(rw *rowWriter) error {
				return x.sourceRows(rw, lo, hi, sourceStyles{text, plain, mid, date, quote, nums}, decs)
			})
			off := false
			table := "Nguon"
			if part > 0 {
				table += strconv.Itoa(part + 1)
			}
			x.setErr(sw.AddTable(&excelize.Table{Range: "A1:" + cell(n, hi-lo+1), Name: table, StyleName: "TableStyleLight1", ShowRowStripes: &off}))
		}
		x.setErr(sw.Flush())
	}
}

// maxSourceRows is how many facts one sources sheet lists: Excel's rows
// less the heading (a variable, so tests can make a small workbook split).
var maxSourceRows = xlsxpkg.MaxRows - 1

// sourceSheets names the sources sheets of n facts: "Nguồn", then
// "Nguồn (2)", "Nguồn (3)", … for the facts one sheet cannot hold.
func sourceSheets(n int) []string {
	names := []string{SheetSources}
	for k := 2; (k-1)*maxSourceRows < n; k++ {
		names = append(names, SheetSources+" ("+strconv.Itoa(k)+")")
	}
	return names
}

// sourceStyles are the styles of a sources row's cells.
type sourceStyles struct {
	text, plain, mid, date, quote int
	nums                          [3]int
}

// sourceDecimals are the decimals of the sources sheet's figures: one
// format per indicator and kind of figure (a share of the plan is not
// formatted as the money it compares).
type sourceDecimals map[sourceGroup]int

type sourceGroup struct {
	code    string
	measure report.Measure
}

func (d sourceDecimals) add(s report.Source) {
	k := sourceGroup{s.Fact.Indicator, s.Measure}
	d[k] = max(d[k], decimals(s.Measure, s.Value))
}

func (d sourceDecimals) of(s report.Source) int { return d[sourceGroup{s.Fact.Indicator, s.Measure}] }

// sourceRows writes facts lo..hi-1 of the report, from row 2.
func (x *writer) sourceRows(rw *rowWriter, lo, hi int, sty sourceStyles, decs sourceDecimals) error {
	text, plain, mid, date, quote, nums := sty.text, sty.plain, sty.mid, sty.date, sty.quote, sty.nums
	n := len(sourcesColumns)
	row := newRow(n)
	{
		for i := lo; i < hi; i++ {
			rn := i - lo + 2
			src := x.r.Source(i)
			f := src.Fact
			row.reset()
			row.set(1, i+1, mid)
			row.set(2, f.Unit, text)
			row.set(3, f.Year, mid)
			row.set(4, f.Indicator, plain)
			row.set(5, src.Name, text)
			row.set(6, src.KindTitle, mid)
			row.set(7, src.Value, nums[decs.of(src)])
			row.set(8, src.UOM, mid)
			est := ""
			if f.Estimate {
				est = "x"
			}
			row.set(9, est, mid)
			row.set(10, src.Qualifier, mid)
			if t, err := time.Parse(time.DateOnly, f.AsOf); err == nil {
				row.set(11, t, date)
			} else {
				row.set(11, f.AsOf, mid)
			}
			row.set(12, f.Source, text)
			// The line of the document the sentence is on; for a fact
			// read from a file, the file and line it was read from.
			if f.Line > 0 {
				row.set(13, f.Line, mid)
			} else {
				row.set(13, f.Origin, plain)
			}
			row.set(14, src.Status, mid)
			row.set(15, f.Evidence, quote)
			h := max(lines(f.Evidence, 70, 11), lines(src.Name, 30, 12), lines(f.Source, 26, 12))
			height := 0.0
			if h > 1 {
				height = float64(h) * 15
			}
			rw.row(rn, row, height)
		}
	}
	return rw.err()
}

// checks lists the warnings: conflicts, unknown indicators, units of
// measure that do not fit, stated ratios that disagree with the figures.
func (x *writer) checks() {
	r, s := x.r, x.st
	name := SheetChecks
	x.page(name, 8, 1, 1)
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		x.setErr(err)
		return
	}
	cols := []tableColumn{{"STT", 6}, {"Vấn đề", 20}, {"Đơn vị", 18}, {"Năm", 7}, {"Chỉ tiêu", 26}, {"Loại", 12}, {"Nội dung", 70}, {"Vị trí", 22}}
	n := len(cols)
	rw := x.rows(name)
	x.setErr(sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}))
	rw.row(1, x.tableHead(sw, n, cols, nil), 20)
	pr := diag.Printer(language.Vietnamese)
	text := s.id(st{border: true, wrap: true})
	mid := s.id(st{border: true, h: "center"})
	if len(r.Checks) == 0 {
		row := newRow(n)
		row.set(2, "Không phát hiện xung đột hay cảnh báo nào.", s.id(st{italic: true}))
		rw.row(2, row, 0)
	}
	for i, c := range r.Checks {
		row := newRow(n)
		row.set(1, i+1, mid)
		row.set(2, c.What, text)
		row.set(3, c.Unit, text)
		row.set(4, c.Year, mid)
		name := c.Name
		if name == "" {
			name = c.Code
		}
		row.set(5, name, text)
		row.set(6, report.KindTitle(facts.Kind(c.Kind)), mid)
		msg := pr.Sprintf(c.Problem.Format, c.Problem.Args...)
		row.set(7, msg, text)
		where := c.Problem.File
		if c.Problem.Line > 0 {
			where += ":" + strconv.Itoa(c.Problem.Line)
		}
		row.set(8, where, text)
		h := 0.0
		if l := lines(msg, 70, 12); l > 1 {
			h = float64(l) * 15.75
		}
		rw.row(i+2, row, h)
	}
	x.setErr(rw.err())
	x.setErr(sw.Flush())
	x.seal(name)
}

// noFigures is what a unit's summary row says when it has no figure to
// show: no figures at all for the year, or none of the key indicators; ""
// when it shows some.
func noFigures(u *report.Unit, year int) string {
	for _, sc := range u.Summary {
		if sc.Figure != nil {
			return ""
		}
	}
	for i, y := range u.Years {
		if y.Year != year {
			continue
		}
		for _, sec := range u.Sections {
			for _, row := range sec.Rows {
				if c := row.Years[i]; c.Plan != nil || c.Actual != nil {
					return fmt.Sprintf("Chưa có số liệu các chỉ tiêu chủ yếu năm %d", year)
				}
			}
		}
	}
	return fmt.Sprintf("Chưa có số liệu năm %d", year)
}

// ofPlanResult is the TH/KH of a plan-versus-actual row as its cell
// holds it: what the formula computes from the figures, or the stated
// ratio, or "" (an empty cell).
func ofPlanResult(cr *report.CompareRow) any {
	switch op := cr.Cells.OfPlan; {
	case op.Derived:
		return guardedResult(cr.Cells.Actual, cr.Cells.Plan)
	case op.Stated != nil:
		return op.Value
	}
	return ""
}

// maxSumRuns bounds the ranges of one SUM: Excel takes at most 255
// arguments.
const maxSumRuns = 200

// summaryTotal is the total of summary column j: a plan and an actual do
// not add up, so where some units show only their plan (in italics) the
// total adds the actual figures alone and says so in a note; where every
// unit shows a plan it is the total of the plans (plans is true). A unit
// known only by its level (Unit.Unnamed) is never added: it may be a unit
// counted already under its name.
func summaryTotal(r *report.Report, j int, col string, first int) (formula string, total float64, note string, plans bool) {
	var nPlans, nActuals, nUnnamed, nPart int
	for _, u := range r.Units {
		switch sc := u.Summary[j]; {
		case sc.Figure == nil:
		case u.Unnamed:
			nUnnamed++
		case sc.IsPlan:
			nPlans++
		case partOfYear(sc):
			// The year to 31/10, or December alone, beside other units'
			// whole years adds up to no period at all.
			nPart++
		default:
			nActuals++
		}
	}
	// What no total adds, said in the total's note either way.
	var left []string
	if nUnnamed > 0 {
		left = append(left, fmt.Sprintf("Không cộng %d đơn vị chưa rõ tên (văn bản chỉ nêu cấp, không nêu tên đơn vị)", nUnnamed))
	}
	if nPart > 0 {
		left = append(left, fmt.Sprintf("Không cộng số liệu chưa cả năm của %d đơn vị (xem ghi chú từng ô)", nPart))
	}
	if nPlans+nActuals == 0 {
		if nPart > 0 {
			return "", 0, strings.Join(left, "\n"), false
		}
		return "", 0, "", false
	}
	if tiers := addedTiers(r, j); len(tiers) > 1 {
		// A district's revenue and a province's do not add up: the
		// province's already holds the district's, or they are
		// unrelated places.
		return "", 0, "Không cộng: các đơn vị thuộc các cấp hành chính khác nhau (" + strings.Join(tiers, ", ") + ")", false
	}
	plans = nActuals == 0
	// Runs of consecutive rows holding the figures added.
	var runs []string
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		if start == end {
			runs = append(runs, fmt.Sprintf("%s%d", col, first+start))
		} else {
			runs = append(runs, fmt.Sprintf("%s%d:%s%d", col, first+start, col, first+end))
		}
		start = -1
	}
	for i, u := range r.Units {
		// Empty cells add nothing: they join a run, so the usual total
		// stays one range (SUM(E6:E10)).
		sc := u.Summary[j]
		if sc.Figure == nil || !u.Unnamed && sc.IsPlan == plans && !partOfYear(sc) {
			if sc.Figure != nil {
				total += sc.Figure.Value
			}
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i - 1)
	}
	flush(len(r.Units) - 1)
	if len(runs) > maxSumRuns {
		return "", 0, "", false
	}
	var notes []string
	switch {
	case plans:
		notes = append(notes, fmt.Sprintf("Tổng số kế hoạch năm %d: chưa đơn vị nào có số thực hiện cả năm", r.Latest))
	case nPlans > 0:
		notes = append(notes, fmt.Sprintf("Chỉ cộng số thực hiện của %d đơn vị; không cộng số kế hoạch (in nghiêng) của %d đơn vị", nActuals, nPlans))
	}
	notes = append(notes, left...)
	return "SUM(" + strings.Join(runs, ",") + ")", total, strings.Join(notes, "\n"), plans
}

// addedTiers names the administrative levels (tỉnh, huyện, xã) of the
// named units with a figure in summary column j; a unit whose name starts
// with no level word counts for none. A centrally-run city ranks as a
// province.
func addedTiers(r *report.Report, j int) []string {
	seen := map[unitname.Tier]bool{}
	var names []string
	for _, u := range r.Units {
		if u.Summary[j].Figure == nil || u.Unnamed {
			continue
		}
		t, ok := unitname.TierOf(u.Name)
		if !ok {
			continue
		}
		if !seen[t] {
			seen[t] = true
			names = append(names, tierNames[t])
		}
	}
	return names
}

var tierNames = map[unitname.Tier]string{unitname.Province: "cấp tỉnh", unitname.District: "cấp huyện", unitname.Commune: "cấp xã"}

// yearsText names the years of a table: "năm 2024", "năm 2022 - 2024",
// "năm 2022, 2024".
func yearsText(ys []int) string {
	switch {
	case len(ys) == 0:
		return ""
	case len(ys) == 1:
		return "năm " + strconv.Itoa(ys[0])
	case ys[len(ys)-1]-ys[0] == len(ys)-1:
		return fmt.Sprintf("năm %d - %d", ys[0], ys[len(ys)-1])
	}
	s := make([]string, len(ys))
	for i, y := range ys {
		s[i] = strconv.Itoa(y)
	}
	return "năm " + strings.Join(s, ", ")
}
