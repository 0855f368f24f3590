package review

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/language"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/facts"
)

func loadFacts(t testing.TB, path string) []facts.Fact {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var fs []facts.Fact
	dec := json.NewDecoder(bytes.NewReader(data))
	for dec.More() {
		var f facts.Fact
		if err := dec.Decode(&f); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		fs = append(fs, f)
	}
	if len(fs) == 0 {
		t.Fatalf("%s: no facts", path)
	}
	return fs
}

func ptr(v float64) *float64 { return &v }

// extra covers what the gold files lack: a negative value, a fraction of a
// large amount, qualifier under, an unknown indicator and unit, text that
// a spreadsheet could take for a formula or an escape, a line break.
var extra = []facts.Fact{
	{Source: "x.txt", Unit: "Huyện Gia Lâm", Indicator: "tang_truong_kinh_te", Year: 2024, Kind: facts.ChangeVsPrev,
		Value: -3.25, UOM: "%", Qualifier: facts.Under, ValueMax: ptr(-1.5), Evidence: "giảm 3,25 đến 1,5%"},
	{Source: "x.txt", Unit: "Phường Bến Nghé", Indicator: "chi_so_moi", Year: 2025, Kind: facts.Plan,
		Value: 123.456, UOM: "cây", Estimate: true, AsOf: "2025-02-28",
		Evidence: "=SUM(A1) _x0041_ _x005F_ dòng 1\ndòng 2\r\n\"ngoặc\" <b>&amp;\x0b\x01 \tcuối"},
	{Source: "y.txt", Unit: "Tỉnh Quảng Ninh", Indicator: "thu_ngan_sach", Year: 2023, Kind: facts.Actual,
		Value: 1204500000000.5, UOM: "VND", Evidence: ""},
	{Source: "y.txt", Unit: "Thị xã", Indicator: "thu_ngan_sach", Year: 2023, Kind: facts.PctOfPrev,
		Value: 0.1 + 0.2, UOM: "%", Qualifier: facts.Approx},
}

func allFacts(t testing.TB) []facts.Fact {
	fs := loadFacts(t, "testdata/gold.jsonl")
	fs = append(fs, loadFacts(t, "testdata/dev_gold.jsonl")...)
	return append(fs, extra...)
}

// readable is fs as a workbook gives it back: line ends are \n.
func readable(fs []facts.Fact) []facts.Fact {
	out := append([]facts.Fact(nil), fs...)
	for i := range out {
		out[i].Evidence = strings.ReplaceAll(out[i].Evidence, "\r\n", "\n")
	}
	return out
}

func write(t testing.TB, fs []facts.Fact) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, fs); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// stripOrigin returns fs without Origin, after checking each Origin names
// the file and the row the fact is expected on.
func stripOrigin(t *testing.T, fs []facts.Fact, name string, rows []int) []facts.Fact {
	t.Helper()
	out := make([]facts.Fact, len(fs))
	for i, f := range fs {
		if rows != nil && i < len(rows) {
			if want := fmt.Sprintf("%s:%d", name, rows[i]); f.Origin != want {
				t.Errorf("fact %d: Origin %q, want %q", i, f.Origin, want)
			}
		}
		f.Origin = ""
		out[i] = f
	}
	return out
}

func seq(from, n int) []int {
	var r []int
	for i := range n {
		r = append(r, from+i)
	}
	return r
}

func diffFacts(t *testing.T, got, want []facts.Fact) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d facts, want %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if !reflect.DeepEqual(got[i], want[i]) {
			g, _ := json.Marshal(got[i])
			w, _ := json.Marshal(want[i])
			t.Errorf("fact %d:\n got %s\nwant %s", i, g, w)
		}
	}
}

// messages renders ps in English, after checking that each also has a
// Vietnamese text (the printer falls back to English where none is
// registered).
func messages(t testing.TB, ps diag.List) []string {
	t.Helper()
	var s []string
	vi := diag.Printer(language.Vietnamese)
	for _, p := range ps {
		if p.Message(vi) == p.Error() {
			t.Errorf("no Vietnamese text for %q", p.Format)
		}
		s = append(s, p.Error())
	}
	return s
}

func TestRoundTrip(t *testing.T) {
	in := allFacts(t)
	got, ps := Read("review.xlsx", bytes.NewReader(write(t, in)))
	if len(ps) > 0 {
		t.Fatalf("problems: %q", messages(t, ps))
	}
	diffFacts(t, stripOrigin(t, got, "review.xlsx", seq(2, len(in))), readable(in))
}

func TestWriteEmpty(t *testing.T) {
	got, ps := Read("r.xlsx", bytes.NewReader(write(t, nil)))
	if len(got) != 0 || len(ps) != 0 {
		t.Errorf("empty workbook: got %d facts, problems %q", len(got), messages(t, ps))
	}
}

func TestWriteRefusesWhatACellCannotHold(t *testing.T) {
	long := facts.Fact{Source: "a", Unit: "b", Indicator: "c", Year: 2024, Kind: facts.Plan, UOM: "%",
		Evidence: strings.Repeat("ữ", maxCellChars+1)}
	if err := Write(&bytes.Buffer{}, []facts.Fact{long}); err == nil {
		t.Error("evidence longer than a cell: no error")
	}
	nan := long
	nan.Evidence = ""
	nan.Value = nan.Value / nan.Value
	if err := Write(&bytes.Buffer{}, []facts.Fact{nan}); err == nil {
		t.Error("NaN value: no error")
	}
}

func TestReproducible(t *testing.T) {
	in := allFacts(t)
	a := write(t, in)
	b := write(t, in)
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same facts differ")
	}
	// The package's fixed time, not the clock, dates the document and
	// every part of the zip.
	if !bytes.Contains(unzipped(t, a, "docProps/core.xml"), []byte(fixedTime)) {
		t.Error("docProps/core.xml does not carry the fixed time")
	}
	zr, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	must(t, err)
	for _, z := range zr.File {
		if !z.Modified.Equal(zipTime) {
			t.Errorf("%s dated %v, want %v", z.Name, z.Modified, zipTime)
		}
	}
}

func unzipped(t *testing.T, data []byte, part string) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v, ok := f.Pkg.Load(part)
	if !ok {
		t.Fatalf("no part %s", part)
	}
	return v.([]byte)
}

func TestLayout(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(write(t, extra)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !reflect.DeepEqual(got, []string{DataSheet, GuideSheet}) {
		t.Errorf("sheets %q", got)
	}
	head, _ := f.GetRows(DataSheet)
	want := []string{"STT", "Nguồn", "Đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Năm", "Loại số liệu", "Giá trị",
		"Đơn vị tính", "Ước tính", "Định tính", "Giá trị tối đa", "Đến ngày", "Câu trích dẫn"}
	if !reflect.DeepEqual(head[0], want) {
		t.Errorf("header %q", head[0])
	}
	// Numbers are numbers, so a person can sum and sort them.
	for _, cell := range []string{"F2", "H2", "L2", "H4"} {
		if ty, _ := f.GetCellType(DataSheet, cell); ty != excelize.CellTypeUnset && ty != excelize.CellTypeNumber {
			t.Errorf("%s has type %v, want a number", cell, ty)
		}
	}
	checks := map[string]string{"G2": "Tăng/giảm so cùng kỳ (%)", "K2": "dưới", "J3": "x", "J2": "", "M3": "2025-02-28"}
	for cell, want := range checks {
		if got, _ := f.GetCellValue(DataSheet, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	if fm, _ := f.GetCellFormula(DataSheet, "E2"); !strings.Contains(fm, "VLOOKUP(D2,") {
		t.Errorf("E2 formula %q", fm)
	}
	panes, _ := f.GetPanes(DataSheet)
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header row not frozen: %+v", panes)
	}
	dvs, _ := f.GetDataValidations(DataSheet)
	var kindList bool
	for _, dv := range dvs {
		if strings.HasPrefix(dv.Sqref, "G2:") && strings.Contains(dv.Formula1, "Kế hoạch") {
			kindList = true
		}
	}
	if !kindList {
		t.Errorf("no drop-down of kinds on column G: %+v", dvs)
	}
	if dn := f.GetDefinedName(); len(dn) == 0 {
		t.Error("no defined names (print titles, filter)")
	}
}

// edit opens a written workbook, applies fn to it and returns the bytes.
func edit(t *testing.T, data []byte, fn func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fn(f)
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestReadEdited(t *testing.T) {
	in := loadFacts(t, "testdata/gold.jsonl")[:8]
	// Rows: fact i is on row i+2. The edits, as a person makes them:
	//   row 3 value typed as Vietnamese text "4.435,98";
	//   row 5 deleted (fact 3), so facts below move up one row;
	//   fact 5, now on row 6, gets the year "2O24" (letter O);
	//   fact 6, now on row 7, loses its unit;
	//   a new fact on row 10, after the last (row 8) and a blank row.
	data := edit(t, write(t, in), func(f *excelize.File) {
		must(t, f.SetCellStr(DataSheet, "H3", "4.435,98"))
		must(t, f.RemoveRow(DataSheet, 5))
		must(t, f.SetCellStr(DataSheet, "F6", "2O24"))
		must(t, f.SetCellStr(DataSheet, "C7", ""))
		row := []any{nil, "new.txt", "Huyện Gia Lâm", "viec_lam_moi", nil, "2024", "Thực hiện", "1.200", "người", "x", "hơn", nil, "31/10/2024", "tạo việc làm mới cho hơn 1.200 lao động"}
		must(t, f.SetSheetRow(DataSheet, "A10", &row))
	})
	got, ps := Read("review.xlsx", bytes.NewReader(data))

	want := append([]facts.Fact(nil), in[0], in[1], in[2], in[4], in[7])
	want[1].Value = 4435.98
	added := facts.Fact{Source: "new.txt", Unit: "Huyện Gia Lâm", Indicator: "viec_lam_moi", Year: 2024, Kind: facts.Actual,
		Value: 1200, UOM: "người", Estimate: true, Qualifier: facts.Over, AsOf: "2024-10-31",
		Evidence: "tạo việc làm mới cho hơn 1.200 lao động"}
	want = append(want, added)
	diffFacts(t, stripOrigin(t, got, "review.xlsx", []int{2, 3, 4, 5, 8, 10}), want)

	wantPs := []string{
		`review.xlsx:6: year "2O24" is not a whole number`,
		`review.xlsx:7: column "Đơn vị" is empty`,
	}
	if g := messages(t, ps); !reflect.DeepEqual(g, wantPs) {
		t.Errorf("problems\n got %q\nwant %q", g, wantPs)
	}
	vi := ps[0].Message(diag.Printer(language.Vietnamese))
	if vi != `review.xlsx:6: năm "2O24" không phải là số nguyên` {
		t.Errorf("Vietnamese message %q", vi)
	}
}

func TestReadCollectsAllProblems(t *testing.T) {
	in := loadFacts(t, "testdata/gold.jsonl")[:4]
	data := edit(t, write(t, in), func(f *excelize.File) {
		must(t, f.SetCellStr(DataSheet, "H2", "abc"))
		must(t, f.SetCellInt(DataSheet, "F2", 20233)) // and a bad year in the same row
		must(t, f.SetCellStr(DataSheet, "G3", "dự báo"))
		must(t, f.SetCellStr(DataSheet, "K4", "chừng"))
		must(t, f.SetCellStr(DataSheet, "M4", "31/02/2024"))
		must(t, f.SetCellFloat(DataSheet, "F5", 2023.5, -1, 64))
		must(t, f.SetCellStr(DataSheet, "J5", "có lẽ"))
	})
	got, ps := Read("review.xlsx", bytes.NewReader(data))
	if len(got) != 0 {
		t.Errorf("got %d facts from bad rows", len(got))
	}
	want := []string{
		`review.xlsx:2: year 20233 is out of range (1900-2200)`,
		`review.xlsx:2: value "abc" is not a number`,
		`review.xlsx:3: unknown kind "dự báo" (want plan, actual, pct_of_plan, pct_of_prev or change_vs_prev)`,
		`review.xlsx:4: unknown qualifier "chừng" (want approx, over or under)`,
		`review.xlsx:4: as_of "31/02/2024" is not a date YYYY-MM-DD`,
		`review.xlsx:5: year "2023.5" is not a whole number`,
		`review.xlsx:5: estimate "có lẽ" is not yes/no (x, true, 1 or empty)`,
	}
	if g := messages(t, ps); !reflect.DeepEqual(g, want) {
		t.Errorf("problems\n got %q\nwant %q", g, want)
	}
}

// sheetFrom builds a workbook with one sheet of the given rows.
func sheetFrom(t *testing.T, sheet string, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if sheet != "Sheet1" {
		_, err := f.NewSheet(sheet)
		must(t, err)
		must(t, f.DeleteSheet("Sheet1"))
	}
	for i, r := range rows {
		must(t, f.SetSheetRow(sheet, fmt.Sprintf("A%d", i+1), &r))
	}
	var b bytes.Buffer
	_, err := f.WriteTo(&b)
	must(t, err)
	return b.Bytes()
}

func TestReadEnglishHeaderAnyOrder(t *testing.T) {
	data := sheetFrom(t, "Facts", [][]any{
		{"value", "Note", "UOM", "kind", "year", "indicator", "unit", "source", "as_of", "qualifier", "value_max", "estimate"},
		{"123.456", "mine", "VND", "plan", 2024, "thu_ngan_sach", "Quận Ba Đình", "a.txt", "2024-06-30", "approx", nil, "true"},
		{123.456, "", "%", "pct_of_prev", "2024", "khac_1", "Quận Ba Đình", "a.txt", 45473, "trên", "130,5", nil},
		{nil, "only a note", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil},
	})
	got, ps := Read("en.xlsx", bytes.NewReader(data))
	if len(ps) > 0 {
		t.Fatalf("problems: %q", messages(t, ps))
	}
	want := []facts.Fact{
		// Text "123.456" is Vietnamese grouping; the number cell is a number.
		{Source: "a.txt", Unit: "Quận Ba Đình", Indicator: "thu_ngan_sach", Year: 2024, Kind: facts.Plan, Value: 123456,
			UOM: "VND", Estimate: true, Qualifier: facts.Approx, AsOf: "2024-06-30"},
		{Source: "a.txt", Unit: "Quận Ba Đình", Indicator: "khac_1", Year: 2024, Kind: facts.PctOfPrev, Value: 123.456,
			UOM: "%", Qualifier: facts.Over, ValueMax: ptr(130.5), AsOf: "2024-06-30"},
	}
	// Row 4 has only the unknown column filled: skipped, not reported.
	diffFacts(t, stripOrigin(t, got, "en.xlsx", []int{2, 3}), want)
}

func TestReadFindsSheet(t *testing.T) {
	header := []any{"Nguồn", "Đơn vị", "Mã chỉ tiêu", "Năm", "Loại số liệu", "Giá trị", "Đơn vị tính"}
	row := []any{"a.txt", "Quận 1", "thu_ngan_sach", 2024, "Kế hoạch", 5, "VND"}
	f := excelize.NewFile()
	defer f.Close()
	// Sheet1 holds a note, then comes the data under another name.
	must(t, f.SetCellStr("Sheet1", "B3", "Ghi chú của tôi"))
	_, err := f.NewSheet("Số liệu")
	must(t, err)
	must(t, f.SetSheetRow("Số liệu", "B4", &header))
	must(t, f.SetSheetRow("Số liệu", "B5", &row))
	var b bytes.Buffer
	_, err = f.WriteTo(&b)
	must(t, err)
	got, ps := Read("x.xlsx", &b)
	if len(ps) > 0 || len(got) != 1 || got[0].Origin != "x.xlsx:5" || got[0].Value != 5 {
		t.Errorf("got %+v, problems %q", got, messages(t, ps))
	}
}

func TestReadMergedCells(t *testing.T) {
	in := loadFacts(t, "testdata/gold.jsonl")[:3]
	// A person merges the source column of the three rows: each row shows
	// (and must read as) the same source.
	data := edit(t, write(t, in), func(f *excelize.File) {
		must(t, f.MergeCell(DataSheet, "B2", "B4"))
	})
	got, ps := Read("m.xlsx", bytes.NewReader(data))
	if len(ps) > 0 || len(got) != 3 {
		t.Fatalf("got %d facts, problems %q", len(got), messages(t, ps))
	}
	for _, f := range got {
		if f.Source != in[0].Source {
			t.Errorf("%s: source %q, want %q", f.Origin, f.Source, in[0].Source)
		}
	}
}

func TestReadBadFiles(t *testing.T) {
	ok := sheetFrom(t, DataSheet, [][]any{{"Nguồn", "Đơn vị", "Mã chỉ tiêu", "Năm", "Loại số liệu", "Giá trị"}})
	dup := sheetFrom(t, DataSheet, [][]any{{"Nguồn", "Đơn vị", "Mã chỉ tiêu", "Năm", "Loại số liệu", "Giá trị", "uom", "value"}})
	cases := []struct {
		name string
		data []byte
		want []string
	}{
		{"empty", nil, []string{"f.xlsx: the file is empty"}},
		{"text", []byte("source,unit\na,b\n"), []string{"f.xlsx: not an Excel workbook (.xlsx)"}},
		{"xls", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest"), []string{"f.xlsx: this is an Excel 97-2003 (.xls) or password-protected workbook: save it as Excel Workbook (.xlsx) without a password"}},
		{"ods", []byte("PK\x03\x04\x14\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet"),
			[]string{"f.xlsx: this is an OpenDocument spreadsheet (.ods): save it as Excel 2007-365 (.xlsx)"}},
		{"truncated", write(t, extra)[:500], nil},
		{"missing uom", ok, []string{`f.xlsx:1: the header has no column "Đơn vị tính" (uom)`}},
		{"duplicate", dup, []string{`f.xlsx:1: column "value" appears twice (columns F and H)`}},
		{"no header", sheetFrom(t, "Sheet1", [][]any{{"a", "b"}, {1, 2}}),
			[]string{`f.xlsx: no sheet has a header row of fact columns (expected a sheet named "Dữ liệu")`}},
		{"empty data sheet", sheetFrom(t, DataSheet, nil), []string{`f.xlsx: the sheet "Dữ liệu" is empty`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ps := Read("f.xlsx", bytes.NewReader(c.data))
			if len(got) != 0 {
				t.Errorf("got %d facts", len(got))
			}
			g := messages(t, ps)
			if len(ps) != 1 {
				t.Fatalf("want one problem, got %q", g)
			}
			if c.want == nil {
				if !strings.HasPrefix(g[0], "f.xlsx: ") || ps[0].Line != 0 {
					t.Errorf("problem %q does not name the file", g[0])
				}
				return
			}
			if !reflect.DeepEqual(g, c.want) {
				t.Errorf("\n got %q\nwant %q", g, c.want)
			}
		})
	}
}

// TestLibreOffice saves the written workbook through LibreOffice, as a
// person who opens it there and saves it does, and reads it back.
func TestLibreOffice(t *testing.T) {
	soffice, err := lookSoffice()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("LibreOffice is required in CI: %v", err)
		}
		t.Skip("soffice not installed")
	}
	in := allFacts(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "in", "review.xlsx")
	must(t, os.MkdirAll(filepath.Dir(src), 0o755))
	must(t, os.WriteFile(src, write(t, in), 0o644))
	out := filepath.Join(dir, "out")
	if msg, err := convert(soffice, dir, out, src); err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	data, err := os.ReadFile(filepath.Join(out, "review.xlsx"))
	must(t, err)
	if bytes.Equal(data, write(t, in)) {
		t.Fatal("LibreOffice returned the file unchanged; the test proves nothing")
	}
	got, ps := Read("review.xlsx", bytes.NewReader(data))
	if len(ps) > 0 {
		t.Fatalf("problems: %q", messages(t, ps))
	}
	diffFacts(t, stripOrigin(t, got, "review.xlsx", seq(2, len(in))), readable(in))
}

func manyFacts(b *testing.B, n int) []facts.Fact {
	base := allFacts(b)
	fs := make([]facts.Fact, n)
	for i := range fs {
		fs[i] = base[i%len(base)]
	}
	return fs
}

func BenchmarkWrite(b *testing.B) {
	fs := manyFacts(b, 2000)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, fs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRead(b *testing.B) {
	data := write(b, manyFacts(b, 2000))
	b.ReportAllocs()
	for b.Loop() {
		if fs, ps := Read("r.xlsx", bytes.NewReader(data)); len(fs) != 2000 || len(ps) > 0 {
			b.Fatalf("%d facts, problems %v", len(fs), ps)
		}
	}
}

// TestReadAsTyped covers what spreadsheets make of what a person types: a
// percentage typed as "10,74%" is stored as 0.1074 in a percent-formatted
// cell (or kept as text where the locale does not read it), and a date
// becomes a serial number.
func TestReadAsTyped(t *testing.T) {
	in := loadFacts(t, "testdata/gold.jsonl")[:4]
	data := edit(t, write(t, in), func(f *excelize.File) {
		pct, err := f.NewStyle(&excelize.Style{NumFmt: 10})
		must(t, err)
		custom := `#,##0.0"x"%`
		pct2, err := f.NewStyle(&excelize.Style{CustomNumFmt: &custom})
		must(t, err)
		quoted := `0.00" %"`
		notPct, err := f.NewStyle(&excelize.Style{CustomNumFmt: &quoted})
		must(t, err)
		must(t, f.SetCellFloat(DataSheet, "H2", 0.1074, -1, 64))
		must(t, f.SetCellStyle(DataSheet, "H2", "H2", pct))
		must(t, f.SetCellFloat(DataSheet, "L2", 1.185, -1, 64))
		must(t, f.SetCellStyle(DataSheet, "L2", "L2", pct2))
		must(t, f.SetCellStr(DataSheet, "H3", "10,74%"))
		must(t, f.SetCellFloat(DataSheet, "H4", 84.72, -1, 64))
		must(t, f.SetCellStyle(DataSheet, "H4", "H4", notPct))
		must(t, f.SetCellFloat(DataSheet, "M4", 45596, -1, 64)) // 2024-10-31
		must(t, f.SetCellStr(DataSheet, "M5", "30/6/2024"))
		must(t, f.SetCellStr(DataSheet, "H5", "abc"))
	})
	got, ps := Read("review.xlsx", bytes.NewReader(data))
	want := append([]facts.Fact(nil), in[:3]...)
	want[0].Value, want[0].ValueMax = 10.74, ptr(118.5)
	want[1].Value = 10.74
	want[2].Value, want[2].AsOf = 84.72, "2024-10-31"
	diffFacts(t, stripOrigin(t, got, "review.xlsx", []int{2, 3, 4}), want)
	if len(ps) != 1 {
		t.Fatalf("problems %q", messages(t, ps))
	}
	if vi := ps[0].Message(diag.Printer(language.Vietnamese)); vi != `review.xlsx:5: giá trị "abc" không phải là số` {
		t.Errorf("Vietnamese message %q", vi)
	}
}
