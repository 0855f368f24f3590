package templates

import (
	"bytes"
	"flag"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/xlsx"
)

var update = flag.Bool("update", false, "rewrite the built-in forms from the generator")

// genDate dates the generated files, so they are the same on every run.
var genDate = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// TestGenerate makes every built-in form and compares it with the file in
// this folder; -update writes the files.
func TestGenerate(t *testing.T) {
	for _, f := range Forms {
		if f.File == "" {
			continue
		}
		gen := generators[f.Name]
		if gen == nil {
			t.Fatalf("no generator for %s", f.Name)
		}
		b := build(t, f, gen)
		if *update {
			if err := os.WriteFile(f.File, b, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(f.File)
		if err != nil {
			t.Fatalf("%s: %v (run go test ./templates -update)", f.File, err)
		}
		if !bytes.Equal(got, b) {
			t.Errorf("%s differs from what the generator makes: edit gen_test.go, not the file, and run go test ./templates -update", f.File)
		}
	}
}

func TestForms(t *testing.T) {
	for _, f := range Forms {
		if f.File == "" {
			if f.Name != Builtin {
				t.Errorf("%s has no file", f.Name)
			}
			continue
		}
		b, err := f.Bytes()
		if err != nil || len(b) == 0 {
			t.Errorf("%s: %v", f.Name, err)
		}
		if f.Description == "" || f.MoTa == "" {
			t.Errorf("%s has no description", f.Name)
		}
	}
	if _, ok := Find("khong-co"); ok {
		t.Error("Find found a form that does not exist")
	}
	if _, err := Forms[0].Bytes(); err == nil {
		t.Error("the built-in layout gave a file")
	}
}

// sheetName is the form sheet's name in every built-in form.
const sheetName = "Biểu"

// gen draws one form on sheet sheetName.
type gen func(g *form)

var generators = map[string]gen{
	"don-vi":           unitForm,
	"chi-tieu-chu-yeu": mainIndicators,
	"ngan-sach":        budget,
	"tong-hop-don-vi":  allUnits,
	"so-lieu":          factList,
}

// form is a form being drawn.
type form struct {
	t    *testing.T
	f    *excelize.File
	ids  map[style]int
	ncol int
}

// style is a cell style of the built-in forms (Times New Roman throughout).
type style struct {
	size         float64
	bold, italic bool
	h            string
	wrap, border bool
	numFmt       string
}

func build(t *testing.T, meta Form, draw gen) []byte {
	f := excelize.NewFile()
	defer f.Close()
	g := &form{t: t, f: f, ids: map[style]int{}}
	g.check(f.SetDefaultFont("Times New Roman"))
	g.check(f.SetSheetName("Sheet1", sheetName))
	draw(g)
	d := genDate.Format(time.RFC3339)
	g.check(f.SetDocProps(&excelize.DocProperties{
		Title: meta.Name, Subject: meta.MoTa, Description: meta.Description,
		Creator: "chitieu", LastModifiedBy: "chitieu", Created: d, Modified: d, Language: "vi-VN",
	}))
	g.check(f.SetAppProps(&excelize.AppProperties{Application: "chitieu"}))
	var buf bytes.Buffer
	if err := xlsx.Save(f, &buf, genDate, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func (g *form) check(err error) {
	g.t.Helper()
	if err != nil {
		g.t.Fatal(err)
	}
}

func (g *form) id(s style) int {
	if s.size == 0 {
		s.size = 12
	}
	if id, ok := g.ids[s]; ok {
		return id
	}
	x := &excelize.Style{
		Font:      &excelize.Font{Family: "Times New Roman", Size: s.size, Bold: s.bold, Italic: s.italic},
		Alignment: &excelize.Alignment{Horizontal: s.h, Vertical: "center", WrapText: s.wrap},
	}
	if s.border {
		for _, side := range []string{"left", "right", "top", "bottom"} {
			x.Border = append(x.Border, excelize.Border{Type: side, Color: "000000", Style: 1})
		}
	}
	if s.numFmt != "" {
		nf := s.numFmt
		x.CustomNumFmt = &nf
	}
	id, err := g.f.NewStyle(x)
	g.check(err)
	g.ids[s] = id
	return id
}

func cell(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

// put writes v over columns c1..c2 of a row (merged when wider than one),
// every cell of the merge styled so borders show.
func (g *form) put(row, c1, c2 int, v any, s style) {
	id := g.id(s)
	for c := c1; c <= c2; c++ {
		g.check(g.f.SetCellStyle(sheetName, cell(c, row), cell(c, row), id))
	}
	if v != nil {
		g.check(g.f.SetCellValue(sheetName, cell(c1, row), v))
	}
	if c2 > c1 {
		g.check(g.f.MergeCell(sheetName, cell(c1, row), cell(c2, row)))
	}
}

// box writes a boxed cell.
func (g *form) box(row, col int, v any, s style) {
	s.border = true
	g.put(row, col, col, v, s)
}

func (g *form) widths(ws ...float64) {
	g.ncol = len(ws)
	for i, w := range ws {
		c := cell(i+1, 1)
		c = strings.TrimRight(c, "0123456789")
		g.check(g.f.SetColWidth(sheetName, c, c, w))
	}
}

func (g *form) height(row int, h float64) { g.check(g.f.SetRowHeight(sheetName, row, h)) }

// page sets A4 (landscape for wide forms), the margins of Decree 30/2020,
// page numbers, fit to width, and the rows repeated on every page.
func (g *form) page(landscape bool, titleFirst, titleLast int) {
	size, orient := 9, "portrait"
	if landscape {
		orient = "landscape"
	}
	one, zero := 1, 0
	g.check(g.f.SetPageLayout(sheetName, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}))
	fit := true
	g.check(g.f.SetSheetProps(sheetName, &excelize.SheetPropsOptions{FitToPage: &fit}))
	in := func(mm float64) *float64 { v := math.Round(mm/25.4*1000) / 1000; return &v }
	g.check(g.f.SetPageMargins(sheetName, &excelize.PageLayoutMarginsOptions{
		Left: in(30), Right: in(15), Top: in(20), Bottom: in(20), Header: in(8), Footer: in(8)}))
	g.check(g.f.SetHeaderFooter(sheetName, &excelize.HeaderFooterOptions{OddFooter: `&C&"Times New Roman,Regular"Trang &P/&N`}))
	if titleFirst > 0 {
		g.check(g.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheetName,
			RefersTo: "'" + sheetName + "'!$" + itoa(titleFirst) + ":$" + itoa(titleLast)}))
	}
}

func itoa(n int) string { return strings.TrimLeft(cell(1, n), "A") }

// header writes the header block of Decree 30/2020: governing and issuing
// body left, national motto right, the date line under it; left spans
// columns 1..lw, right spans rc..ncol.
func (g *form) header(lw, rc int) {
	n := g.ncol
	center := style{h: "center"}
	bold := style{h: "center", bold: true}
	g.put(1, 1, lw, "{{cap_tren}}", center)
	g.put(1, rc, n, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold)
	g.put(2, 1, lw, "{{co_quan}}", bold)
	g.put(2, rc, n, "Độc lập - Tự do - Hạnh phúc", style{h: "center", bold: true, size: 13})
	g.put(4, rc, n, "{{ngay}}", style{h: "center", italic: true, size: 13})
}

// signature writes the signature block from row.
func (g *form) signature(row, lw, rc int) {
	sig := style{h: "center", bold: true}
	g.put(row, 1, lw, "NGƯỜI LẬP BIỂU", sig)
	g.put(row, rc, g.ncol, "TM. ỦY BAN NHÂN DÂN", sig)
	g.put(row+1, 1, lw, "(Ký, ghi rõ họ tên)", style{h: "center", italic: true})
	g.put(row+1, rc, g.ncol, "CHỦ TỊCH", sig)
}

var (
	head   = style{h: "center", bold: true, wrap: true, border: true}
	numRow = style{h: "center", italic: true, size: 11, border: true}
	value  = style{h: "right", border: true}
	text   = style{border: true, wrap: true}
	mid    = style{h: "center", border: true, wrap: true}
)

// unitForm is the built-in report's unit sheet for one year.
func unitForm(g *form) {
	g.widths(5, 36, 10, 13, 13, 13, 10, 11, 22)
	g.header(3, 5)
	n := g.ncol
	g.put(6, 1, n, "{{tieu_de}} NĂM {{nam}}", style{h: "center", bold: true, size: 14, wrap: true})
	g.height(6, 36)
	g.put(7, 1, n, "{{don_vi}}", style{h: "center", bold: true, italic: true, size: 13})
	g.put(8, 7, n, "Đơn vị tiền: {{don_vi_tinh}}", style{h: "right", italic: true})
	for i, t := range []string{"STT", "Chỉ tiêu", "Đơn vị tính"} {
		g.box(9, i+1, t, head)
		g.box(10, i+1, nil, head)
		g.check(g.f.MergeCell(sheetName, cell(i+1, 9), cell(i+1, 10)))
	}
	g.box(9, 4, "Năm {{nam@-1}}", head)
	g.box(10, 4, "Thực hiện", head)
	g.put(9, 5, 6, "Năm {{nam}}", style{h: "center", bold: true, wrap: true, border: true})
	g.box(10, 5, "Kế hoạch", head)
	g.box(10, 6, "Thực hiện", head)
	g.put(9, 7, 8, "So sánh (%)", style{h: "center", bold: true, wrap: true, border: true})
	g.box(10, 7, "TH/KH", head)
	g.box(10, 8, "TH/cùng kỳ", head)
	g.box(9, 9, "Ghi chú", head)
	g.box(10, 9, nil, head)
	g.check(g.f.MergeCell(sheetName, cell(9, 9), cell(9, 10)))
	g.height(10, 32)
	for i, t := range []string{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)=(6)/(5)", "(8)=(6)/(4)", "(9)"} {
		g.box(11, i+1, t, numRow)
	}
	row := 12
	g.box(row, 1, "{{lap chi_tieu}}{{stt}}", mid)
	g.box(row, 2, "{{chi_tieu}}", text)
	g.box(row, 3, "{{dvt}}", mid)
	g.box(row, 4, "{{.actual@-1}}", value)
	g.box(row, 5, "{{.plan}}", value)
	g.box(row, 6, "{{.actual}}", value)
	g.box(row, 7, "{{.pct_of_plan}}", value)
	g.box(row, 8, "{{.pct_of_prev}}", value)
	g.box(row, 9, "{{ghi_chu}}", style{border: true, wrap: true, italic: true, size: 10})
	g.signature(14, 3, 6)
	g.page(true, 9, 11)
}

// mainIndicators is the form of the main socio-economic indicators: the
// catalog's indicators in fixed rows by section.
func mainIndicators(g *form) {
	g.widths(6, 48, 11, 13, 13, 13, 12, 13, 16)
	n := g.ncol
	g.header(3, 5)
	g.put(5, 8, n, "Biểu số 01", style{h: "right", bold: true})
	g.put(6, 1, n, "CÁC CHỈ TIÊU CHỦ YẾU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM {{nam}}", style{h: "center", bold: true, size: 14, wrap: true})
	g.height(6, 24)
	g.put(7, 1, n, "{{don_vi}}", style{h: "center", bold: true, italic: true, size: 13})
	g.put(8, 7, n, "Đơn vị tính tiền: {{don_vi_tinh}}", style{h: "right", italic: true})
	for i, t := range []string{"STT", "Chỉ tiêu", "Đơn vị tính", "TH năm {{nam@-1}}", "KH năm {{nam}}", "Ước TH năm {{nam}}"} {
		g.box(9, i+1, t, head)
		g.box(10, i+1, nil, head)
		g.check(g.f.MergeCell(sheetName, cell(i+1, 9), cell(i+1, 10)))
	}
	g.put(9, 7, 8, "So sánh (%)", style{h: "center", bold: true, wrap: true, border: true})
	g.box(10, 7, "Ước TH/KH", head)
	g.box(10, 8, "Ước TH/TH năm trước", head)
	g.box(9, 9, "Ghi chú", head)
	g.box(10, 9, nil, head)
	g.check(g.f.MergeCell(sheetName, cell(9, 9), cell(9, 10)))
	g.height(10, 32)
	for i, t := range []string{"A", "B", "C", "1", "2", "3", "4=3/2", "5=3/1", "D"} {
		g.box(11, i+1, t, numRow)
	}
	cat := catalog.Default()
	row := 12
	romans := []string{"I", "II", "III", "IV", "V", "VI"}
	for si, sec := range cat.Sections {
		g.box(row, 1, romans[si], style{h: "center", bold: true, border: true})
		g.box(row, 2, sec.Name, style{bold: true, border: true})
		for c := 3; c <= n; c++ {
			g.box(row, c, nil, style{border: true})
		}
		row++
		k := 0
		for _, ind := range cat.Indicators {
			if ind.Section != sec.ID {
				continue
			}
			k++
			uom := ind.UOM
			if uom == facts.VND {
				uom = "{{don_vi_tinh}}"
			}
			c := ind.Code
			g.box(row, 1, k, mid)
			g.box(row, 2, ind.Name, text)
			g.box(row, 3, uom, mid)
			g.box(row, 4, "{{"+c+".actual@-1}}", value)
			g.box(row, 5, "{{"+c+".plan}}", value)
			g.box(row, 6, "{{"+c+".actual}}", value)
			g.box(row, 7, "{{"+c+".pct_of_plan}}", value)
			g.box(row, 8, "{{"+c+".pct_of_prev}}", value)
			g.box(row, 9, nil, style{border: true})
			row++
		}
	}
	g.signature(row+1, 3, 6)
	g.page(true, 9, 11)
}

// budget is the budget execution form in the style of the disclosure
// forms: letters over text columns, numbers and their formulas over
// figure columns.
func budget(g *form) {
	g.widths(7, 50, 15, 15, 13, 13)
	n := g.ncol
	g.header(2, 3)
	g.put(5, 5, n, "Biểu số …/CK-NSNN", style{h: "right", bold: true})
	g.put(6, 1, n, "THỰC HIỆN THU, CHI NGÂN SÁCH NĂM {{nam}}", style{h: "center", bold: true, size: 14})
	g.put(7, 1, n, "{{don_vi}}", style{h: "center", bold: true, italic: true, size: 13})
	g.put(8, 5, n, "Đơn vị: {{don_vi_tinh}}", style{h: "right", italic: true})
	for i, t := range []string{"STT", "Nội dung", "Dự toán năm", "Ước thực hiện"} {
		g.box(9, i+1, t, head)
		g.box(10, i+1, nil, head)
		g.check(g.f.MergeCell(sheetName, cell(i+1, 9), cell(i+1, 10)))
	}
	g.put(9, 5, 6, "So sánh ước thực hiện với (%)", style{h: "center", bold: true, wrap: true, border: true})
	g.box(10, 5, "Dự toán năm", head)
	g.box(10, 6, "Cùng kỳ năm trước", head)
	g.height(9, 32)
	g.height(10, 32)
	for i, t := range []string{"A", "B", "1", "2", "3=2/1", "4"} {
		g.box(11, i+1, t, numRow)
	}
	rows := []struct {
		no, name, code string
		bold, italic   bool
	}{
		{"A", "TỔNG THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN", "thu_ngan_sach", true, false},
		{"B", "TỔNG CHI NGÂN SÁCH", "chi_ngan_sach", true, false},
		{"", "Trong đó: giải ngân vốn đầu tư công", "giai_ngan_dau_tu", false, true},
	}
	for i, r := range rows {
		row := 12 + i
		g.box(row, 1, r.no, style{h: "center", bold: r.bold, border: true})
		g.box(row, 2, r.name, style{bold: r.bold, italic: r.italic, border: true, wrap: true})
		vs := style{h: "right", bold: r.bold, italic: r.italic, border: true}
		g.box(row, 3, "{{"+r.code+".plan}}", vs)
		g.box(row, 4, "{{"+r.code+".actual}}", vs)
		g.box(row, 5, "{{"+r.code+".pct_of_plan}}", vs)
		g.box(row, 6, "{{"+r.code+".pct_of_prev}}", vs)
		if r.bold {
			g.height(row, 32)
		}
	}
	g.signature(17, 2, 3)
	g.page(false, 9, 11)
}

// allUnits is one sheet for all units, a row per unit and a total.
func allUnits(g *form) {
	g.widths(6, 26, 8, 14, 14, 10, 14, 12, 13)
	n := g.ncol
	g.put(1, 1, 3, "{{co_quan}}", style{h: "center", bold: true})
	g.put(1, 5, n, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style{h: "center", bold: true})
	g.put(2, 5, n, "Độc lập - Tự do - Hạnh phúc", style{h: "center", bold: true, size: 13})
	g.put(3, 5, n, "{{ngay}}", style{h: "center", italic: true, size: 13})
	g.put(5, 1, n, "TỔNG HỢP MỘT SỐ CHỈ TIÊU CHỦ YẾU CỦA CÁC ĐƠN VỊ", style{h: "center", bold: true, size: 14})
	g.put(6, 7, n, "Đơn vị tiền: {{don_vi_tinh}}", style{h: "right", italic: true})
	for i, t := range []string{"STT", "Đơn vị", "Năm"} {
		g.box(7, i+1, t, head)
		g.box(8, i+1, nil, head)
		g.check(g.f.MergeCell(sheetName, cell(i+1, 7), cell(i+1, 8)))
	}
	g.put(7, 4, 6, "Thu ngân sách nhà nước", style{h: "center", bold: true, wrap: true, border: true})
	g.box(8, 4, "Kế hoạch", head)
	g.box(8, 5, "Thực hiện", head)
	g.box(8, 6, "TH/KH (%)", head)
	for i, t := range []string{"Chi ngân sách (TH)", "Tăng trưởng kinh tế (%)", "Lao động có việc làm mới (người)"} {
		g.box(7, 7+i, t, head)
		g.box(8, 7+i, nil, head)
		g.check(g.f.MergeCell(sheetName, cell(7+i, 7), cell(7+i, 8)))
	}
	g.height(7, 32)
	g.height(8, 32)
	row := 9
	g.box(row, 1, "{{lap don_vi}}{{stt}}", mid)
	g.box(row, 2, "{{don_vi}}", text)
	g.box(row, 3, "{{nam}}", mid)
	for i, p := range []string{"thu_ngan_sach.plan", "thu_ngan_sach.actual", "thu_ngan_sach.pct_of_plan", "chi_ngan_sach.actual", "tang_truong_kinh_te.actual", "viec_lam_moi.actual"} {
		g.box(row, 4+i, "{{"+p+"}}", value)
	}
	total := row + 1
	g.box(total, 1, nil, style{border: true})
	g.box(total, 2, "Tổng cộng", style{h: "center", bold: true, border: true})
	g.box(total, 3, nil, style{border: true})
	tot := style{h: "right", bold: true, border: true, numFmt: "[$-42A]#,##0.00"}
	for _, c := range []int{4, 5, 7, 9} {
		col := strings.TrimRight(cell(c, 1), "1")
		format := tot
		if c == 9 {
			format.numFmt = "[$-42A]#,##0"
		}
		g.box(total, c, nil, format)
		g.check(g.f.SetCellFormula(sheetName, cell(c, total), "SUM("+col+itoa(row)+":"+col+itoa(row)+")"))
	}
	g.box(total, 6, nil, style{border: true})
	g.box(total, 8, nil, style{border: true})
	g.put(total+2, 1, n, "Tổng cộng chỉ cộng các ô có số liệu; thu ngân sách và chi ngân sách tính bằng {{don_vi_tinh}}.", style{italic: true, size: 11})
	g.page(true, 7, 8)
}

// factList lists a unit's facts of the year.
func factList(g *form) {
	g.widths(6, 30, 12, 14, 8, 11, 28, 60)
	n := g.ncol
	g.put(1, 1, 3, "{{co_quan}}", style{h: "center", bold: true})
	g.put(2, 1, n, "SỐ LIỆU CHỈ TIÊU NĂM {{nam}}: {{don_vi}}", style{h: "center", bold: true, size: 14})
	g.put(3, 1, n, "Mỗi dòng là một số liệu, kèm văn bản nguồn và câu trích dẫn", style{h: "center", italic: true})
	for i, t := range []string{"STT", "Chỉ tiêu", "Loại", "Giá trị", "Ước tính", "Đơn vị tính", "Nguồn", "Câu trích dẫn"} {
		g.box(5, i+1, t, head)
	}
	g.height(5, 32)
	g.box(6, 1, "{{lap so_lieu}}{{stt}}", mid)
	g.box(6, 2, "{{chi_tieu}}", text)
	g.box(6, 3, "{{loai}}", mid)
	g.box(6, 4, "{{gia_tri}}", value)
	g.box(6, 5, "{{uoc_tinh}}", mid)
	g.box(6, 6, "{{dvt}}", mid)
	g.box(6, 7, "{{nguon}}", text)
	g.box(6, 8, "{{trich_dan}}", style{border: true, wrap: true, size: 11})
	g.page(true, 5, 5)
}
