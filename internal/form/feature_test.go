package form

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/report"
)

// featureForm is a form made the way an office would, in Excel: every kind
// of placeholder, merged cells, a picture below the repeated rows, a SUM
// under a repeated row, a rich-text cell, a note of the author, a
// validation and a format over the repeated row, a print area, and a
// second sheet that reads the form's total.
func featureForm(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	s := "Biểu 01"
	ok := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	ok(f.SetSheetName("Sheet1", s))
	set := func(ref string, v any) { ok(f.SetCellValue(s, ref, v)) }
	bold, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Family: "Times New Roman", Size: 14}, Alignment: &excelize.Alignment{Horizontal: "center"}})
	fixed := "#,##0.00"
	money, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &fixed, Border: []excelize.Border{{Type: "left", Style: 1, Color: "000000"}}})
	set("A1", "{{cap_tren}}")
	set("A2", "{{co_quan}}")
	ok(f.MergeCell(s, "A1", "C1"))
	ok(f.MergeCell(s, "A2", "C2"))
	set("E1", "{{ngay}}")
	set("E2", "{{ngay_thang}}")
	set("A4", "BÁO CÁO NĂM {{nam}} CỦA {{don_vi}} - {{tieu_de}}")
	ok(f.MergeCell(s, "A4", "N4"))
	ok(f.SetCellStyle(s, "A4", "A4", bold))
	set("F5", "Đơn vị: {{don_vi_tinh}}")
	ok(f.SetCellRichText(s, "B6", []excelize.RichTextRun{
		{Text: "So với năm "}, {Text: "{{nam@-1}}", Font: &excelize.Font{Bold: true}}}))
	for i, h := range []string{"STT", "Chỉ tiêu", "ĐVT", "KH", "TH", "TH/KH", "TH trước", "Cùng kỳ", "Tăng giảm", "Mã", "Nhóm", "Ghi chú", "", "TH×2"} {
		if h != "" {
			c, _ := excelize.CoordinatesToCellName(i+1, 8)
			set(c, h)
		}
	}
	ok(f.AddComment(s, excelize.Comment{Cell: "B8", Author: "Phòng TC-KH", Text: "Tên chỉ tiêu theo danh mục"}))
	row := map[string]string{"A9": "{{lap chi_tieu}}{{stt}}", "B9": "{{chi_tieu}}", "C9": "{{dvt}}", "D9": "{{.plan}}", "E9": "{{.actual}}",
		"F9": "{{.pct_of_plan}}", "G9": "{{.actual@-1}}", "H9": "{{.pct_of_prev}}", "I9": "{{.change_vs_prev}}", "J9": "{{ma}}", "K9": "{{nhom}}", "L9": "{{ghi_chu}}"}
	for ref, v := range row {
		set(ref, v)
	}
	ok(f.MergeCell(s, "L9", "M9"))
	ok(f.SetCellStyle(s, "D9", "D9", money))
	ok(f.SetCellFormula(s, "N9", `IF(ISNUMBER(E9),E9*2,"")`))
	set("B10", "Tổng")
	ok(f.SetCellFormula(s, "D10", "SUM(D9:D9)"))
	ok(f.SetCellFormula(s, "E10", "SUM(E9)"))
	ok(f.SetCellFormula(s, "N10", "SUM(N8:N9)"))
	for ref, v := range map[string]string{"A12": "{{lap so_lieu}}{{stt}}", "B12": "{{loai}}", "C12": "{{gia_tri}}", "D12": "{{nguon}}",
		"E12": "{{trich_dan}}", "F12": "{{tinh_trang}}", "G12": "{{uoc_tinh}}", "H12": "{{chi_tieu_hoan_thanh.actual}}", "I12": "{{nam}}"} {
		set(ref, v)
	}
	set("A14", "Chỉ tiêu hoàn thành: {{chi_tieu_hoan_thanh.actual}}/{{chi_tieu_hoan_thanh.plan}} {{khong_co}}")
	set("A15", "{{thu_ngan_sach.xyz}}")
	set("A16", "{{nam")
	set("A17", "{{stt}}")
	dv := excelize.NewDataValidation(true)
	dv.Sqref = "D9:E9"
	ok(dv.SetRange(0, 1e12, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween))
	ok(f.AddDataValidation(s, dv))
	ok(f.AddPictureFromBytes(s, "J14", &excelize.Picture{Extension: ".png", File: pngLogo(t), Format: &excelize.GraphicOptions{AltText: "logo"}}))
	ok(f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: "'Biểu 01'!$A$1:$N$17", Scope: s}))
	_, err := f.NewSheet("Tổng")
	ok(err)
	ok(f.SetCellFormula("Tổng", "A1", "'Biểu 01'!D10"))
	return xlsxBytes(t, f)
}

// pngLogo is a small picture for the form.
func pngLogo(t *testing.T) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 40, 20))
	for x := range 40 {
		for y := range 20 {
			img.Set(x, y, color.RGBA{200, 30, 30, 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestFeatureForm fills the feature form for every unit and reads it back.
func TestFeatureForm(t *testing.T) {
	rep := seedReport(t, "ty")
	out, ps := fill(t, "bieu.xlsx", featureForm(t), rep, Options{})
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	hm := "Q. Hoàng Mai"
	want := []string{hm, "Q. Ngô Quyền", "Q. Thanh Xuân", "Thị xã - 003_7c16cafb3a7db5e6", "Tổng", "Kiểm tra"}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets %q, want %q", got, want)
	}
	val := func(sheet, ref string) string {
		v, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		return v
	}
	formula := func(sheet, ref string) string {
		v, _ := f.GetCellFormula(sheet, ref)
		return v
	}
	// Hoàng Mai reports 2023 (its latest year): three indicators, four facts.
	checks := []struct{ ref, want string }{
		{"A1", "UBND THÀNH PHỐ HÀ NỘI"}, {"A2", "UBND QUẬN HOÀNG MAI"},
		{"E1", "Hoàng Mai, ngày 05 tháng 02 năm 2025"}, {"E2", "ngày 05 tháng 02 năm 2025"},
		{"A4", "BÁO CÁO NĂM 2023 CỦA Quận Hoàng Mai - " + report.DefaultTitle},
		{"F5", "Đơn vị: tỷ đồng"}, {"B6", "So với năm 2022"},
		{"A9", "1"}, {"B9", "Tốc độ tăng trưởng kinh tế"}, {"C9", "%"}, {"E9", "10.74"}, {"G9", "9.54"}, {"J9", "tang_truong_kinh_te"}, {"K9", "I. KINH TẾ"},
		{"A10", "2"}, {"F10", "105"}, {"J10", "thu_ngan_sach"}, {"K10", "II. THU, CHI NGÂN SÁCH"},
		{"A11", "3"}, {"D11", "18"}, {"E11", "18"}, {"F11", "100"},
		{"B12", "Tổng"},
		{"A14", "1"}, {"A17", "4"}, {"I14", "2023"}, {"H14", "18"},
		{"A19", "Chỉ tiêu hoàn thành: 18/18 {{khong_co}}"}, {"A20", "{{thu_ngan_sach.xyz}}"}, {"A21", "{{nam"}, {"A22", "{{stt}}"},
	}
	for _, c := range checks {
		if got := val(hm, c.ref); got != c.want {
			t.Errorf("%s!%s = %q, want %q", hm, c.ref, got, c.want)
		}
	}
	// Figures are numbers (in the form's own format where it has one).
	for _, ref := range []string{"E9", "D11", "F10", "A9", "I14"} {
		if typ, _ := f.GetCellType(hm, ref); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Errorf("%s is not a number (%v)", ref, typ)
		}
	}
	if st, _ := f.GetCellStyle(hm, "D11"); st != 0 {
		if s, _ := f.GetStyle(st); s.CustomNumFmt == nil || *s.CustomNumFmt != "#,##0.00" {
			t.Errorf("D11 lost the form's number format: %+v", s.CustomNumFmt)
		}
	}
	if st, _ := f.GetCellStyle(hm, "E9"); st != 0 {
		if s, _ := f.GetStyle(st); s.CustomNumFmt == nil || *s.CustomNumFmt != "[$-42A]#,##0.00" {
			t.Errorf("E9 (General in the form) format %v, want [$-42A]#,##0.00", s.CustomNumFmt)
		}
	}
	if st, _ := f.GetCellStyle(hm, "A4"); st == 0 {
		t.Error("A4 lost its style")
	} else if s, _ := f.GetStyle(st); s.Font == nil || !s.Font.Bold {
		t.Error("A4 is no longer bold")
	}
	// Formulas: copied with the row, the SUM stretched over the block, the
	// other sheet following the total row.
	for ref, want := range map[string]string{"N9": `IF(ISNUMBER(E9),E9*2,"")`, "N11": `IF(ISNUMBER(E11),E11*2,"")`,
		"D12": "SUM(D9:D11)", "E12": "SUM(E9)", "N12": "SUM(N8:N11)"} {
		if got := formula(hm, ref); got != want {
			t.Errorf("%s!%s = %q, want %q", hm, ref, got, want)
		}
	}
	if got := formula("Tổng", "A1"); got != "'Q. Hoàng Mai'!D12" {
		t.Errorf("Tổng!A1 = %q, want 'Q. Hoàng Mai'!D12", got)
	}
	// Merges: the header's, and the repeated row's on every copy.
	merges, _ := f.GetMergeCells(hm)
	var ms []string
	for _, m := range merges {
		ms = append(ms, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	for _, m := range []string{"A1:C1", "A2:C2", "A4:N4", "L9:M9", "L10:M10", "L11:M11"} {
		if !strings.Contains(" "+strings.Join(ms, " ")+" ", " "+m+" ") {
			t.Errorf("merge %s missing: %v", m, ms)
		}
	}
	// The picture moved down with the rows above it, on every copy.
	for _, sh := range want[:4] {
		cells, err := f.GetPictureCells(sh)
		if err != nil || len(cells) != 1 {
			t.Errorf("%s: pictures at %v (%v), want one", sh, cells, err)
		}
	}
	if cells, _ := f.GetPictureCells(hm); len(cells) == 1 && cells[0] != "J19" {
		t.Errorf("picture at %s, want J19 (J14 + 2 indicator rows + 3 fact rows)", cells[0])
	}
	// Notes: the evidence on figures, the author's note kept.
	cms, _ := f.GetComments(hm)
	notes := map[string]string{}
	for _, c := range cms {
		txt := c.Text
		for _, p := range c.Paragraph {
			txt += p.Text
		}
		notes[c.Cell] = txt
	}
	if !strings.Contains(notes["E9"], "10,74") || !strings.Contains(notes["E9"], "Nguồn: ") {
		t.Errorf("E9 note %q lacks the figure and its source", notes["E9"])
	}
	if !strings.Contains(notes["B8"], "Tên chỉ tiêu theo danh mục") {
		t.Errorf("the author's note on B8 is lost: %q", notes["B8"])
	}
	if notes["C14"] == "" {
		t.Error("the fact value C14 has no note")
	}
	// Defined names: a print area for each copy, grown with the rows.
	areas := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Area" {
			areas[dn.Scope] = dn.RefersTo
		}
	}
	if areas[hm] != "'Q. Hoàng Mai'!$A$1:$N$22" || len(areas) != 4 {
		t.Errorf("print areas %v", areas)
	}
	// Validation stretched over the filled rows.
	dvs, _ := f.GetDataValidations(hm)
	if len(dvs) != 1 || dvs[0].Sqref != "D9:E11" {
		t.Errorf("validations %+v, want one over D9:E11", dvs)
	}
	// Problems: each placeholder not understood named; the Kiểm tra sheet lists them.
	text := ""
	for _, p := range ps {
		text += p.Error() + "\n"
	}
	for _, w := range []string{"Q. Hoàng Mai!A19: {{khong_co}}: not understood: no field khong_co",
		"Q. Hoàng Mai!A20: {{thu_ngan_sach.xyz}}: not understood: no kind xyz",
		"Q. Hoàng Mai!A21: {{nam: not understood: no closing }}",
		"Q. Hoàng Mai!A22: {{stt}}: not understood: {{stt}} belongs in a repeated row"} {
		if !strings.Contains(text, w) {
			t.Errorf("problems lack %q:\n%s", w, text)
		}
	}
	rows, _ := f.GetRows("Kiểm tra")
	found := false
	for _, r := range rows {
		if len(r) > 5 && r[2] == hm && r[3] == "A19" && strings.Contains(r[5], "không có trường khong_co") {
			found = true
		}
	}
	if !found {
		t.Errorf("Kiểm tra lacks the unknown placeholder of A19 (in Vietnamese): %q", rows)
	}
	checkValid(t, out)
	checkLibreOffice(t, out, hm)
}

// checkLibreOffice opens the filled form in LibreOffice, which computes
// the formulas and saves it again; the values, merges and picture must
// come through.
func checkLibreOffice(t *testing.T, b []byte, hm string) {
	bin := soffice(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "filled.xlsx")
	if err := os.WriteFile(in, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out := convert(t, bin, in, t.TempDir(), "xlsx:Calc MS Excel 2007 XML")
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	num := func(sheet, ref string) float64 {
		v, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Errorf("LibreOffice: %s!%s = %q, not a number", sheet, ref, v)
		}
		return x
	}
	// D9:D11 hold the plans: none, none, 18.
	if got := num(hm, "D12"); got != 18 {
		t.Errorf("LibreOffice: SUM over the block = %v, want 18", got)
	}
	if got := num(hm, "N12"); got != 10.74*2+36 {
		t.Errorf("LibreOffice: SUM(N8:N11) = %v, want %v", got, 10.74*2+36)
	}
	if got := num("Tổng", "A1"); got != 18 {
		t.Errorf("LibreOffice: Tổng!A1 = %v, want 18", got)
	}
	if v, _ := f.GetCellValue(hm, "B9"); v != "Tốc độ tăng trưởng kinh tế" {
		t.Errorf("LibreOffice: B9 = %q", v)
	}
	if cells, _ := f.GetPictureCells(hm); len(cells) != 1 {
		t.Errorf("LibreOffice: pictures at %v, want one", cells)
	}
	merges, _ := f.GetMergeCells(hm)
	if len(merges) < 6 {
		t.Errorf("LibreOffice: %d merges", len(merges))
	}
	if st, _ := f.GetCellStyle(hm, "A4"); st == 0 {
		t.Error("LibreOffice: A4 lost its style")
	} else if s, _ := f.GetStyle(st); s.Font == nil || !s.Font.Bold {
		t.Error("LibreOffice: A4 is not bold")
	}
}

// soffice finds LibreOffice; without it the test is skipped, except on CI.
func soffice(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("CI: LibreOffice (soffice) is not installed")
	}
	t.Skip("LibreOffice (soffice) not installed: skipping")
	return ""
}

// convert runs LibreOffice on in, writing format into dir, with a private
// profile so parallel runs do not meet.
func convert(t *testing.T, bin, in, dir, format string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	profile := "file://" + filepath.Join(t.TempDir(), "profile")
	cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation="+profile, "--headless", "--convert-to", format, "--outdir", dir, in)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice --convert-to %s: %v\n%s", format, err, out)
	}
	ext := format
	if i := strings.IndexByte(ext, ':'); i >= 0 {
		ext = ext[:i]
	}
	res := filepath.Join(dir, strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))+"."+ext)
	if st, err := os.Stat(res); err != nil || st.Size() == 0 {
		t.Fatalf("soffice wrote no %s: %v\n%s", res, err, out)
	}
	return res
}

// validator is the shared OOXML check (schemas, and Excel's repair
// triggers).
const validator = "../../../shared/tools/ooxml/validate.sh"

// checkValid runs validate.sh on a workbook: exit 0 or the test fails.
// Without the shared tools or python3-lxml it is skipped, except on CI.
func checkValid(t *testing.T, b []byte) {
	t.Helper()
	if _, err := os.Stat(validator); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI: %s missing", validator)
		}
		t.Logf("%s not found: workbook not validated", validator)
		return
	}
	if err := exec.Command("/usr/bin/python3", "-c", "import lxml").Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI: python3-lxml is not installed")
		}
		t.Log("python3-lxml missing: workbook not validated")
		return
	}
	in := filepath.Join(t.TempDir(), "filled.xlsx")
	if err := os.WriteFile(in, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(validator, "--no-java", in).CombinedOutput()
	if err != nil {
		t.Errorf("validate.sh: %v\n%s", err, out)
	}
}
