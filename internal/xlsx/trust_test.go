package xlsx

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/report"
)

func open(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// findCell returns the first cell of a sheet whose text is s.
func findCell(t *testing.T, f *excelize.File, sheet, s string) (col, row int) {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for r, cells := range rows {
		for c, v := range cells {
			if v == s {
				return c + 1, r + 1
			}
		}
	}
	t.Fatalf("%s: no cell %q", sheet, s)
	return 0, 0
}

func italic(t *testing.T, f *excelize.File, sheet, ref string) bool {
	t.Helper()
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return st.Font != nil && st.Font.Italic
}

func fct(unit, source, code string, kind facts.Kind, v float64, uom string) facts.Fact {
	return facts.Fact{Source: source, Unit: unit, Indicator: code, Year: 2024, Kind: kind, Value: v, UOM: uom}
}

// Tổng hợp: a total of plans alone is set in italics like the plans it
// adds; units known only by their level are not added into a total.
func TestSummaryTotals(t *testing.T) {
	fs := []facts.Fact{
		fct("Quận Hoàng Mai", "a.txt", "chi_ngan_sach", facts.Plan, 100e9, "VND"),
		fct("Quận Long Biên", "b.txt", "chi_ngan_sach", facts.Plan, 200e9, "VND"),
		fct("Quận Hoàng Mai", "a.txt", "thu_ngan_sach", facts.Actual, 300e9, "VND"),
		fct("Quận Long Biên", "b.txt", "thu_ngan_sach", facts.Actual, 400e9, "VND"),
		fct("Huyện", "c.txt", "thu_ngan_sach", facts.Actual, 500e9, "VND"),
	}
	_, b := build(t, fs, report.Options{})
	f := open(t, b)
	_, total := findCell(t, f, SheetSummary, "Tổng cộng")
	col := func(name string) string {
		c, _ := findCell(t, f, SheetSummary, name)
		return cell(c, total)
	}
	chi, thu := col("Tổng chi ngân sách"), col("Tổng thu ngân sách nhà nước trên địa bàn")
	if !italic(t, f, SheetSummary, chi) {
		t.Errorf("a total of plans only is not in italics (%s)", chi)
	}
	if italic(t, f, SheetSummary, thu) {
		t.Errorf("a total of actual figures is in italics (%s)", thu)
	}
	fm, _ := f.GetCellFormula(SheetSummary, thu)
	// Units sort as Huyện (c.txt), Quận Hoàng Mai, Quận Long Biên: rows 6-8.
	c := thu[:1]
	if fm != "SUM("+c+"7:"+c+"8)" {
		t.Errorf("total %s = %s, want the two named units only", thu, fm)
	}
	if notes := notesOf(f, SheetSummary); !strings.Contains(notes[thu], "chưa rõ tên") {
		t.Errorf("no note on %s saying an unnamed unit was left out: %+v", thu, notes)
	}
}

// notesOf is the text of each note (comment) of a sheet, by cell.
func notesOf(f *excelize.File, sheet string) map[string]string {
	notes := map[string]string{}
	cms, _ := f.GetComments(sheet)
	for _, cm := range cms {
		text := cm.Text
		for _, p := range cm.Paragraph {
			text += p.Text
		}
		notes[cm.Cell] = text
	}
	return notes
}

// Tổng hợp: a unit's figure for part of the year (to 31/10, or December
// alone) is not added into Tổng cộng with other units' whole years; its
// cell and the total say so.
func TestSummaryTotalLeavesPartYears(t *testing.T) {
	part := fct("Quận Long Biên", "b.txt", "thu_ngan_sach", facts.Actual, 400e9, "VND")
	part.AsOf = "2024-10-31"
	dec := fct("Quận Tây Hồ", "c.txt", "thu_ngan_sach", facts.Actual, 50e9, "VND")
	dec.AsOf = "2024-12-31"
	fs := []facts.Fact{
		fct("Quận Hoàng Mai", "a.txt", "thu_ngan_sach", facts.Actual, 300e9, "VND"), part, dec,
		fct("Quận Ba Đình", "d.txt", "thu_ngan_sach", facts.Actual, 700e9, "VND"),
	}
	_, b := build(t, fs, report.Options{})
	f := open(t, b)
	_, total := findCell(t, f, SheetSummary, "Tổng cộng")
	c, _ := findCell(t, f, SheetSummary, "Tổng thu ngân sách nhà nước trên địa bàn")
	thu := cell(c, total)
	// Units sort as Quận Ba Đình, Hoàng Mai, Long Biên, Tây Hồ: rows 6-9.
	l := thu[:1]
	if fm, _ := f.GetCellFormula(SheetSummary, thu); fm != "SUM("+l+"6:"+l+"7)" {
		t.Errorf("total %s = %s, want the two whole years only", thu, fm)
	}
	notes := notesOf(f, SheetSummary)
	if !strings.Contains(notes[thu], "Không cộng số liệu chưa cả năm của 2 đơn vị") {
		t.Errorf("total's note %q", notes[thu])
	}
	for _, r := range []int{8, 9} {
		if n := notes[cell(c, r)]; !strings.Contains(n, "Chưa phải số cả năm 2024") {
			t.Errorf("row %d's note %q", r, n)
		}
	}
	// Marked where no note shows (paper, a phone's preview): a star after
	// the figure, and a line under the table that says what it means.
	for r := 6; r <= 9; r++ {
		star := strings.HasSuffix(numFmtOf(t, f, SheetSummary, cell(c, r)), `"*"`)
		if star != (r >= 8) {
			t.Errorf("row %d: star %v", r, star)
		}
	}
	if v, _ := f.GetCellValue(SheetSummary, cell(1, total+1)); !strings.HasPrefix(v, "(*) Số liệu chưa cả năm") {
		t.Errorf("under the total: %q", v)
	}
}

// Kiểm tra names indicators as the report does, not by their codes.
func TestChecksSheetNames(t *testing.T) {
	fs := []facts.Fact{
		fct("Quận Hoàng Mai", "a.txt", "chi_ngan_sach", facts.PctOfPlan, 105, "%"),
		fct("Quận Hoàng Mai", "b.txt", "chi_ngan_sach", facts.PctOfPlan, 107, "%"),
	}
	_, b := build(t, fs, report.Options{})
	f := open(t, b)
	rows, _ := f.GetRows(SheetChecks)
	text := ""
	for _, r := range rows {
		text += strings.Join(r, "|") + "\n"
	}
	if strings.Contains(text, "chi_ngan_sach") || strings.Contains(text, "pct_of_plan") || !strings.Contains(text, "Tổng chi ngân sách") {
		t.Errorf("Kiểm tra:\n%s", text)
	}
}

// A part-year actual is not judged against the year's plan: Đánh giá says
// how far it runs instead of "Chưa đạt".
func TestPartYearIsNotJudged(t *testing.T) {
	part := fct("Quận Hoàng Mai", "a.txt", "thu_ngan_sach", facts.Actual, 800e9, "VND")
	part.AsOf = "2024-10-31"
	fs := []facts.Fact{
		fct("Quận Hoàng Mai", "a.txt", "thu_ngan_sach", facts.Plan, 1000e9, "VND"), part,
		fct("Quận Hoàng Mai", "a.txt", "chi_ngan_sach", facts.Plan, 1000e9, "VND"),
		fct("Quận Hoàng Mai", "a.txt", "chi_ngan_sach", facts.Actual, 800e9, "VND"),
	}
	_, b := build(t, fs, report.Options{})
	f := open(t, b)
	judge, _ := findCell(t, f, SheetCompare, "Đánh giá")
	code, _ := findCell(t, f, SheetCompare, "Mã chỉ tiêu")
	rows, _ := f.GetRows(SheetCompare)
	seen := 0
	for i, r := range rows {
		if len(r) < judge {
			continue
		}
		ref := cell(judge, i+1)
		fm, _ := f.GetCellFormula(SheetCompare, ref)
		v, _ := f.GetCellValue(SheetCompare, ref)
		switch r[code-1] {
		case "thu_ngan_sach":
			seen++
			if fm != "" || v != "Số liệu đến 31/10" {
				t.Errorf("part-year Đánh giá: formula %q value %q", fm, v)
			}
		case "chi_ngan_sach":
			seen++
			if !strings.Contains(fm, "Chưa đạt") {
				t.Errorf("full-year Đánh giá: formula %q", fm)
			}
		}
	}
	if seen != 2 {
		t.Errorf("%d rows seen", seen)
	}
}

// December's or the fourth quarter's figure alone (dated 31/12 of its
// year) is not the year's: So sánh neither derives TH/KH from it nor
// judges it, and says which period it is.
func TestYearEndPeriodIsNotJudged(t *testing.T) {
	q4 := fct("Quận Hoàng Mai", "a.txt", "thu_ngan_sach", facts.Actual, 300e9, "VND")
	q4.AsOf = "2024-12-31"
	fs := []facts.Fact{fct("Quận Hoàng Mai", "a.txt", "thu_ngan_sach", facts.Plan, 3000e9, "VND"), q4}
	_, b := build(t, fs, report.Options{})
	f := open(t, b)
	judge, _ := findCell(t, f, SheetCompare, "Đánh giá")
	code, _ := findCell(t, f, SheetCompare, "Mã chỉ tiêu")
	rows, _ := f.GetRows(SheetCompare)
	seen := 0
	for i, r := range rows {
		if len(r) < judge || r[code-1] != "thu_ngan_sach" {
			continue
		}
		seen++
		ref := cell(judge, i+1)
		fm, _ := f.GetCellFormula(SheetCompare, ref)
		v, _ := f.GetCellValue(SheetCompare, ref)
		if fm != "" || v != "Không phải cả năm" {
			t.Errorf("Đánh giá: formula %q value %q", fm, v)
		}
		pf, _ := f.GetCellFormula(SheetCompare, cell(judge-1, i+1))
		pv, _ := f.GetCellValue(SheetCompare, cell(judge-1, i+1))
		if pf != "" || pv != "" {
			t.Errorf("TH/KH of December alone: formula %q value %q", pf, pv)
		}
	}
	if seen != 1 {
		t.Errorf("%d rows seen", seen)
	}
}

// A report says it is one, so a later run can skip it in an input folder.
func TestIsReport(t *testing.T) {
	_, b := build(t, []facts.Fact{fct("Quận Hoàng Mai", "a.txt", "chi_ngan_sach", facts.Plan, 100e9, "VND")}, report.Options{})
	if !IsReport(b) {
		t.Error("a report is not recognised")
	}
	f := excelize.NewFile()
	var plain bytes.Buffer
	f.WriteTo(&plain)
	if IsReport(plain.Bytes()) || IsReport([]byte("not a zip")) {
		t.Error("a workbook chitieu did not write is taken for a report")
	}
}

func numFmtOf(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.CustomNumFmt == nil {
		return ""
	}
	return *st.CustomNumFmt
}

// One number format per column of Tổng hợp and per indicator on the other
// sheets, so decimals do not change from cell to cell; every column wide
// enough for its largest value (--money-unit dong makes big numbers).
func TestOneFormatPerColumnAndWideEnough(t *testing.T) {
	fs := []facts.Fact{
		fct("Quận Ba Đình", "a.txt", "thu_ngan_sach", facts.Actual, 1842e9, "VND"),
		fct("Quận Đống Đa", "b.txt", "thu_ngan_sach", facts.Actual, 310.5e9, "VND"),
		fct("Quận Hoàng Mai", "c.txt", "thu_ngan_sach", facts.Actual, 4435.98e9, "VND"),
		fct("Quận Hoàng Mai", "c.txt", "thu_ngan_sach", facts.Plan, 4000e9, "VND"),
		fct("Quận Hoàng Mai", "c.txt", "viec_lam_moi", facts.Actual, 1200, "người"),
		fct("Quận Hoàng Mai", "c.txt", "viec_lam_moi", facts.Plan, 1000, "người"),
	}
	for _, money := range []string{"ty", "dong"} {
		rep, b := build(t, fs, report.Options{MoneyUnit: money})
		f := open(t, b)
		// Tổng hợp: the revenue column, three units and the total.
		c, _ := findCell(t, f, SheetSummary, "Tổng thu ngân sách nhà nước trên địa bàn")
		want := numFmtOf(t, f, SheetSummary, cell(c, 6))
		for r := 6; r <= 9; r++ {
			if got := numFmtOf(t, f, SheetSummary, cell(c, r)); got != want {
				t.Errorf("%s: Tổng hợp %s format %q, %s has %q", money, cell(c, r), got, cell(c, 6), want)
			}
		}
		if money == "ty" && want != fixedFmt(2) {
			t.Errorf("Tổng hợp format %q, want 2 decimals for 4.435,98", want)
		}
		// The unit sheet: plan 4.000 and actual 4.435,98 alike.
		sheet := UnitSheets(rep)[rep.Units[2]]
		pc, pr := findCell(t, f, sheet, "Tổng thu ngân sách nhà nước trên địa bàn")
		plan, actual := numFmtOf(t, f, sheet, cell(pc+2, pr)), numFmtOf(t, f, sheet, cell(pc+3, pr))
		if plan != actual {
			t.Errorf("%s: unit sheet plan %q actual %q", money, plan, actual)
		}
		// So sánh KH-TH: one format per indicator.
		rows, _ := f.GetRows(SheetCompare)
		fmts := map[string]map[string]bool{}
		for i, r := range rows[1:] {
			if len(r) < 7 {
				continue
			}
			for _, col := range []int{6, 7} {
				if r[col-1] == "" {
					continue
				}
				if fmts[r[2]] == nil {
					fmts[r[2]] = map[string]bool{}
				}
				fmts[r[2]][numFmtOf(t, f, SheetCompare, cell(col, i+2))] = true
			}
		}
		for code, set := range fmts {
			if len(set) != 1 {
				t.Errorf("%s: So sánh KH-TH %s has formats %v", money, code, set)
			}
		}
		// Every figure column wide enough for its text: no ###.
		for _, sh := range []string{SheetSummary, sheet, SheetCompare, SheetSources} {
			fitsWidth(t, f, sh)
		}
	}
}

// fitsWidth checks that every number of a sheet fits its column as
// formatted (a digit is one character of width).
func fitsWidth(t *testing.T, f *excelize.File, sheet string) {
	t.Helper()
	rows, _ := f.GetRows(sheet)
	for r, cells := range rows {
		for c, text := range cells {
			ref := cell(c+1, r+1)
			if typ, _ := f.GetCellType(sheet, ref); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
				continue
			}
			if fm, _ := f.GetCellFormula(sheet, ref); fm != "" || text == "" {
				continue
			}
			if _, err := strconv.ParseFloat(strings.NewReplacer(".", "", ",", "").Replace(text), 64); err != nil {
				continue
			}
			w, _ := f.GetColWidth(sheet, colName(c+1))
			if need := float64(len(text)) + 1; w < need {
				t.Errorf("%s!%s %q needs width %v, column is %v", sheet, ref, text, need, w)
			}
		}
	}
}

// Nguồn's Tình trạng is as wide as "Khác, không dùng", not clipped.
func TestSourcesStatusNotClipped(t *testing.T) {
	fs := []facts.Fact{
		fct("Quận Hoàng Mai", "a.txt", "chi_ngan_sach", facts.Plan, 100e9, "VND"),
		fct("Quận Hoàng Mai", "b.txt", "chi_ngan_sach", facts.Plan, 120e9, "VND"),
	}
	_, b := build(t, fs, report.Options{})
	f := open(t, b)
	c, _ := findCell(t, f, SheetSources, "Tình trạng")
	findCell(t, f, SheetSources, report.StatusConflict)
	w, _ := f.GetColWidth(SheetSources, colName(c))
	if need := float64(len([]rune(report.StatusConflict))) + 2; w < need {
		t.Errorf("Tình trạng is %v wide, %q needs %v", w, report.StatusConflict, need)
	}
}

// A section heading (IV. XÂY DỰNG ĐẢNG, CHÍNH QUYỀN) is one cell across
// the table, not crossed by the column borders.
func TestSectionRowsMerged(t *testing.T) {
	fs := []facts.Fact{
		fct("Quận Hoàng Mai", "a.txt", "thu_ngan_sach", facts.Plan, 100e9, "VND"),
		fct("Quận Hoàng Mai", "a.txt", "dang_vien_moi", facts.Actual, 200, "người"),
	}
	rep, b := build(t, fs, report.Options{})
	f := open(t, b)
	sheet := UnitSheets(rep)[rep.Units[0]]
	merges, _ := f.GetMergeCells(sheet)
	cols, _ := f.GetCols(sheet)
	last := colName(len(cols))
	for _, name := range []string{"THU, CHI NGÂN SÁCH", "XÂY DỰNG ĐẢNG, CHÍNH QUYỀN"} {
		c, r := findCell(t, f, sheet, name)
		want := cell(c, r) + ":" + last + strconv.Itoa(r)
		found := false
		for _, m := range merges {
			if m.GetStartAxis()+":"+m.GetEndAxis() == want {
				found = true
			}
		}
		if !found {
			t.Errorf("section %q: no merge %s", name, want)
		}
	}
}

// So sánh KH-TH has a title, prints its chart (inside the print area) and
// starts the chart's percent axis at 0.
func TestCompareSheetTitleAndChart(t *testing.T) {
	fs := []facts.Fact{
		fct("Quận Hoàng Mai", "a.txt", "thu_ngan_sach", facts.Plan, 1000e9, "VND"),
		fct("Quận Hoàng Mai", "a.txt", "thu_ngan_sach", facts.Actual, 900e9, "VND"),
		fct("Quận Long Biên", "b.txt", "thu_ngan_sach", facts.PctOfPlan, 95, "%"),
	}
	_, b := build(t, fs, report.Options{})
	f := open(t, b)
	if v, _ := f.GetCellValue(SheetCompare, "A1"); !strings.HasPrefix(v, "SO SÁNH KẾ HOẠCH VÀ THỰC HIỆN") {
		t.Errorf("A1 = %q, want the sheet's title", v)
	}
	parts, _ := unzip(t, b)
	var area string
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Area" && dn.Scope == SheetCompare {
			area = dn.RefersTo
		}
	}
	// The chart's anchor: <xdr:to><xdr:col>C</xdr:col>…<xdr:row>R</xdr:row>.
	d := string(parts["xl/drawings/drawing1.xml"])
	to := d[strings.Index(d, "<xdr:to>"):]
	col := atoiBetween(t, to, "<xdr:col>", "</xdr:col>")
	row := atoiBetween(t, to, "<xdr:row>", "</xdr:row>")
	var lastCol string
	var lastRow int
	if _, err := fmt.Sscanf(strings.ReplaceAll(area[strings.LastIndex(area, ":")+1:], "$", " "), " %s %d", &lastCol, &lastRow); err != nil {
		t.Fatalf("print area %q: %v", area, err)
	}
	if col+1 > len(compareColumns) || row+1 > lastRow || lastCol != colName(len(compareColumns)) {
		t.Errorf("chart ends at column %d row %d, print area %q", col+1, row+1, area)
	}
	c := string(parts["xl/charts/chart1.xml"])
	i := strings.Index(c, "valAx>")
	if i < 0 {
		t.Fatalf("no value axis in %.300s", c)
	}
	va := c[i:]
	if !strings.Contains(va, `min val="0"`) {
		t.Errorf("value axis does not start at 0: %.300s", va)
	}
}

func atoiBetween(t *testing.T, s, a, b string) int {
	t.Helper()
	i := strings.Index(s, a)
	j := strings.Index(s[i:], b)
	n, err := strconv.Atoi(s[i+len(a) : i+j])
	if i < 0 || j < 0 || err != nil {
		t.Fatalf("no %s…%s in %.200s", a, b, s)
	}
	return n
}

// "Số liệu đến 31/10" fits its column.
func TestPartYearJudgementFits(t *testing.T) {
	part := fct("Quận Hoàng Mai", "a.txt", "thu_ngan_sach", facts.Actual, 800e9, "VND")
	part.AsOf = "2024-10-31"
	_, b := build(t, []facts.Fact{fct("Quận Hoàng Mai", "a.txt", "thu_ngan_sach", facts.Plan, 1000e9, "VND"), part}, report.Options{})
	f := open(t, b)
	c, _ := findCell(t, f, SheetCompare, "Số liệu đến 31/10")
	if w, _ := f.GetColWidth(SheetCompare, colName(c)); w < float64(len([]rune("Số liệu đến 31/10")))+1 {
		t.Errorf("Đánh giá is %v wide", w)
	}
}

// A unit name that wraps on Tổng hợp (an unnamed unit carries its
// document's name) gets a row tall enough for its lines, so it does not
// print over the next row.
func TestSummaryRowFitsLongName(t *testing.T) {
	fs := []facts.Fact{
		fct("Thị xã (003_7c16cafb3a7db5e6.txt)", "003_7c16cafb3a7db5e6.txt", "thu_ngan_sach", facts.Actual, 1e12, facts.VND),
		fct("Quận Hoàng Mai", "a.txt", "thu_ngan_sach", facts.Actual, 2e12, facts.VND),
	}
	_, b := build(t, fs, report.Options{})
	f := open(t, b)
	_, long := findCell(t, f, SheetSummary, "Thị xã (003_7c16cafb3a7db5e6.txt)")
	_, short := findCell(t, f, SheetSummary, "Quận Hoàng Mai")
	hl, err := f.GetRowHeight(SheetSummary, long)
	if err != nil {
		t.Fatal(err)
	}
	hs, _ := f.GetRowHeight(SheetSummary, short)
	if hl < 2*15 || hs > 15.75 {
		t.Errorf("row heights: long name %v pt (want ≥ 30), short name %v pt (want default)", hl, hs)
	}
	// So sánh KH-TH keeps default row heights: the name fits its column.
	w, err := f.GetColWidth(SheetCompare, "A")
	if err != nil {
		t.Fatal(err)
	}
	if w < float64(len([]rune("Thị xã (003_7c16cafb3a7db5e6.txt)"))) {
		t.Errorf("%s column A is %v wide: the unit name wraps over the next row", SheetCompare, w)
	}
}
