package xlsxpkg

import (
	"archive/zip"
	"bytes"
	"hash/crc32"
	"io"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/ooxmltest"
)

var stamp = time.Date(2025, 2, 5, 9, 30, 0, 0, time.UTC)

func TestCrcCat(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	for _, n := range [][2]int{{0, 0}, {0, 5}, {5, 0}, {1, 1}, {100, 10000}, {9000, 3}} {
		a, b := make([]byte, n[0]), make([]byte, n[1])
		rnd.Read(a)
		rnd.Read(b)
		want := crc32.ChecksumIEEE(append(append([]byte{}, a...), b...))
		if got := crcCat(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b))); got != want {
			t.Errorf("lengths %v: crcCat %08x, want %08x", n, got, want)
		}
	}
}

func TestRound(t *testing.T) {
	for _, c := range []struct {
		x    float64
		d    int
		want float64
	}{
		{1.005, 2, 1.01}, {2.675, 2, 2.68}, {99.95, 1, 100}, {99.94999, 1, 99.9}, {100.04999999, 1, 100},
		{-1.5, 0, -2}, {-2.5, 0, -3}, {0.05, 1, 0.1}, {0.04, 1, 0}, {1234.5, -1, 1230}, {1e20 / 3, 1, 1e20 / 3},
		{0, 1, 0}, {104.99999999999999, 1, 105}, {7, 1, 7},
	} {
		if got := Round(c.x, c.d); got != c.want {
			t.Errorf("Round(%v, %d) = %v, want %v", c.x, c.d, got, c.want)
		}
	}
}

func TestEscaped(t *testing.T) {
	for in, want := range map[string]string{
		"a<b & c>d":       "a&lt;b &amp; c&gt;d",
		"x\x01y":          "x_x0001_y",
		"lit _x0041_ end": "lit _x005F_x0041_ end",
		"_x12_ short":     "_x12_ short",
		"dòng\r\nmới\t":   "dòng&#xD;\nmới\t",
		"bad \xff byte":   "bad \uFFFD byte",
	} {
		if got := string(appendEscaped(nil, in)); got != want {
			t.Errorf("appendEscaped(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClamp(t *testing.T) {
	long := strings.Repeat("ả", MaxCellChars+10)
	c := clamp(long)
	if n := len([]rune(c)); n != MaxCellChars || !strings.HasSuffix(c, "…") || !TooLong(long) {
		t.Errorf("clamp kept %d runes (suffix %q)", n, c[len(c)-3:])
	}
	if s := strings.Repeat("a", MaxCellChars); clamp(s) != s || TooLong(s) {
		t.Error("a text of exactly the limit was cut")
	}
}

// book builds a workbook the way the report writer does: excelize
// frames (a stream writer with its columns set last first), rows, a
// formula with its result, notes, rows generated at save time.
func book(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	p := New(stamp)
	var out bytes.Buffer
	p.Attach(f, &out)
	if _, err := f.NewSheet("Dài"); err != nil {
		t.Fatal(err)
	}
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	for c := 1; c <= 4; c++ {
		if err := sw.SetColWidth(c, c, float64(8+c)); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.SetRow("A1", []any{"Tên", "Giá trị"}); err != nil {
		t.Fatal(err)
	}
	s := p.Sheet("Sheet1")
	rw := s.Rows()
	r := NewRow(4)
	r.Set(1, "Thu ngân sách", 0)
	r.Set(2, 4435.98, 0)
	r.Set(3, nil, 0)
	r.Formula(4, "B2/2", 4435.98/2, 0)
	rw.Write(2, r, 0)
	r.Reset()
	r.Set(1, "Thu ngân sách", 0) // the same text: one shared string
	r.Formula(2, `IF(ISNUMBER(Z3),Z3,NA())`, NA, 0)
	r.Formula(3, `IF(B2>0,"Vượt","")`, "Vượt", 0)
	rw.Write(3, r, 20)
	s.Note(2, 2, "Thực hiện 2024: 4.435,98 tỷ đồng\nNguồn: a.txt")
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := s.Seal(); err != nil {
		t.Fatal(err)
	}
	sw2, err := f.NewStreamWriter("Dài")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw2.Flush(); err != nil {
		t.Fatal(err)
	}
	p.Sheet("Dài").RowsLater("A1:B500", func(rw *Rows) error {
		r := NewRow(2)
		for i := 1; i <= 500; i++ {
			r.Reset()
			r.Set(1, i, 0)
			r.Set(2, "dòng "+strings.Repeat("x", i%7), 0)
			rw.Write(i, r, 0)
		}
		return nil
	})
	p.DefinedName("Dài", "_xlnm.Print_Titles", "'Dài'!$1:$1")
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestWorkbook(t *testing.T) {
	b := book(t)
	if !bytes.Equal(b, book(t)) {
		t.Error("two writes of one workbook differ")
	}
	if err := CheckSheets(b); err != nil {
		t.Error(err)
	}
	ls, _ := Layouts(b)
	if l := ls["Sheet1"]; l.Dimension != "A1:D3" || strings.Join(l.Cols, " ") != "1-1 2-2 3-3 4-4" {
		t.Errorf("Sheet1 layout %+v", l)
	}
	if l := ls["Dài"]; l.Dimension != "A1:B500" {
		t.Errorf("Dài layout %+v", l)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	for ref, want := range map[string]string{"A1": "Tên", "A2": "Thu ngân sách", "B2": "4435.98", "D2": "2217.99", "A3": "Thu ngân sách", "B3": "#N/A", "C3": "Vượt"} {
		if got, _ := f.GetCellValue("Sheet1", ref, excelize.Options{RawCellValue: true}); got != want {
			t.Errorf("Sheet1!%s = %q, want %q", ref, got, want)
		}
	}
	if fm, _ := f.GetCellFormula("Sheet1", "D2"); fm != "B2/2" {
		t.Errorf("D2 formula %q", fm)
	}
	if got, _ := f.GetCellValue("Dài", "B500"); got != "dòng xxx" {
		t.Errorf("Dài!B500 = %q", got)
	}
	cms, err := f.GetComments("Sheet1")
	if err != nil || len(cms) != 1 || cms[0].Cell != "B2" {
		t.Errorf("notes %+v (%v)", cms, err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	var names []string
	for _, zf := range zr.File {
		names = append(names, zf.Name)
		if !zf.Modified.Equal(stamp) {
			t.Errorf("%s dated %v", zf.Name, zf.Modified)
		}
		if zf.Name == "xl/sharedStrings.xml" {
			rc, _ := zf.Open()
			sst, _ := io.ReadAll(rc)
			rc.Close()
			if n := strings.Count(string(sst), "Thu ngân sách"); n != 1 {
				t.Errorf("shared strings hold the repeated text %d times", n)
			}
		}
		if strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			rc, _ := zf.Open()
			x, _ := io.ReadAll(rc)
			rc.Close()
			if bytes.Contains(x, []byte("xmlns:xr=")) || bytes.Contains(x, []byte("inlineStr><is><t>Thu")) {
				t.Errorf("%s keeps unused namespaces or inline text", zf.Name)
			}
		}
	}
	if names[0] != "[Content_Types].xml" || names[len(names)-1] != "xl/sharedStrings.xml" {
		t.Errorf("part order %v", names)
	}
	ooxmltest.Validate(t, "book.xlsx", b)
}

func TestErrors(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	p := New(stamp)
	rw := p.Sheet("Sheet1").Rows()
	r := NewRow(1)
	r.Set(1, 1, 0)
	rw.Write(3, r, 0)
	rw.Write(2, r, 0)
	if rw.Err() == nil || p.Sheet("Sheet1").Seal() == nil {
		t.Error("rows out of order accepted")
	}
	r.Set(1, mathInf(), 0)
	rw2 := p.Sheet("X").Rows()
	rw2.Write(1, r, 0)
	if rw2.Err() == nil {
		t.Error("an infinite value accepted")
	}
	rw3 := p.Sheet("Y").Rows()
	rw3.Write(MaxRows+1, NewRow(1), 0)
	if rw3.Err() == nil {
		t.Error("a row past Excel's last accepted")
	}

	// Generated rows must cover what they declared.
	g := excelize.NewFile()
	defer g.Close()
	q := New(stamp)
	var out bytes.Buffer
	q.Attach(g, &out)
	q.Sheet("Sheet1").RowsLater("A1:A3", func(rw *Rows) error {
		r := NewRow(1)
		r.Set(1, "x", 0)
		rw.Write(1, r, 0)
		return nil
	})
	if _, err := g.WriteTo(&out); err == nil || !strings.Contains(err.Error(), "declared") {
		t.Errorf("rows short of their declared range: %v", err)
	}
}

func mathInf() float64 { var z float64; return 1 / z }

// Formulas excelize wrote get their results, and excelize's own shared
// strings join the table of the rows written here.
func TestCachedAndAdopted(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetCellStr("Sheet1", "A1", "chung"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr("Sheet1", "A2", "riêng"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellFormula("Sheet1", "B1", `IF(A1="","",A1)`); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellFormula("Sheet1", "C1", `LEN(A1)`); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("Hai"); err != nil {
		t.Fatal(err)
	}
	p := New(stamp)
	var out bytes.Buffer
	p.Attach(f, &out)
	p.Sheet("Sheet1").Cached("B1", "chung")
	p.Sheet("Sheet1").Cached("C1", 5)
	sh := p.Sheet("Hai")
	r := NewRow(1)
	r.Set(1, "chung", 0)
	sh.Rows().Write(1, r, 0)
	if err := sh.Seal(); err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	b := out.Bytes()
	g, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sheet, ref, want string }{
		{"Sheet1", "A1", "chung"}, {"Sheet1", "A2", "riêng"}, {"Sheet1", "B1", "chung"}, {"Sheet1", "C1", "5"}, {"Hai", "A1", "chung"},
	} {
		if got, _ := g.GetCellValue(c.sheet, c.ref, excelize.Options{RawCellValue: true}); got != c.want {
			t.Errorf("%s!%s = %q, want %q", c.sheet, c.ref, got, c.want)
		}
	}
	if err := CheckSheets(b); err != nil {
		t.Error(err)
	}
	ooxmltest.Validate(t, "cached.xlsx", b)
}

// A shared formula is written once and read back, translated, in every
// cell of its run; a cell cannot join a run that is not open.
func TestSharedFormula(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	p := New(stamp)
	var out bytes.Buffer
	p.Attach(f, &out)
	s := p.Sheet("Sheet1")
	rw := s.Rows()
	for i := 1; i <= 3; i++ {
		r := NewRow(2)
		r.Set(1, float64(i), 0)
		if i == 1 {
			r.SharedFormula(2, "A1*2", 2.0, 0, 3)
		} else {
			r.Shared(2, float64(2*i), 0)
		}
		rw.Write(i, r, 0)
	}
	if err := s.Seal(); err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	g, err := excelize.OpenReader(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if fm, _ := g.GetCellFormula("Sheet1", "B3"); fm != "A3*2" {
		t.Errorf("B3 formula %q, want A3*2", fm)
	}
	if v, _ := g.GetCellValue("Sheet1", "B3", excelize.Options{RawCellValue: true}); v != "6" {
		t.Errorf("B3 = %q", v)
	}
	q := New(stamp)
	bad := q.Sheet("Sheet1").Rows()
	r := NewRow(1)
	r.Shared(1, 1.0, 0)
	bad.Write(1, r, 0)
	if bad.Err() == nil {
		t.Error("a cell joined a shared formula that was never begun")
	}
}

// wholeBook is a workbook with sheets written whole between excelize's:
// "Một" and "Hai" after Sheet1, "Ba" after "Cuối".
func wholeBook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if _, err := f.NewSheet("Cuối"); err != nil {
		t.Fatal(err)
	}
	p := New(stamp)
	var out bytes.Buffer
	p.Attach(f, &out)
	fr := Frame{
		Cols:   []Col{{3, 3, 12}, {1, 1, 5}, {2, 2, 12}},
		XSplit: 2, YSplit: 3,
		Page: Page{Paper: 9, Landscape: true, FitToPage: true, FitToWidth: 1, Margins: [6]float64{1.181, 0.591, 0.787, 0.787, 0.315, 0.315}, Footer: `&C&"Times New Roman,Regular"Trang &P/&N`},
	}
	for _, name := range []string{"Một", "Hai"} {
		s := p.NewSheet(name, "Sheet1", fr)
		rw := s.Rows()
		r := NewRow(3)
		r.Set(1, "Tiêu đề "+name, 0)
		r.Set(2, nil, 0)
		rw.Write(1, r, 20)
		s.Merge(1, 1, 3, 1)
		for i := 2; i <= 40; i++ {
			r.Reset()
			r.Set(1, i, 0)
			r.Set(2, float64(i)/3, 0)
			r.Formula(3, "B"+strconv.Itoa(i)+"*3", float64(i), 0)
			rw.Write(i, r, 0)
		}
		s.Note(2, 5, "Nguồn: a.txt, dòng 5")
		s.PageBreak(30)
		if err := s.Seal(); err != nil {
			t.Fatal(err)
		}
	}
	s := p.NewSheet("Ba", "Cuối", Frame{})
	r := NewRow(1)
	r.Set(1, "một ô", 0)
	s.Rows().Write(1, r, 0)
	p.DefinedName("Hai", "_xlnm.Print_Titles", "'Hai'!$1:$3")
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestWholeSheets(t *testing.T) {
	b := wholeBook(t)
	if !bytes.Equal(b, wholeBook(t)) {
		t.Error("two writes of one workbook differ")
	}
	if err := CheckSheets(b); err != nil {
		t.Error(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(f.GetSheetList(), ","); got != "Sheet1,Một,Hai,Cuối,Ba" {
		t.Errorf("sheets %s", got)
	}
	for _, c := range []struct{ sheet, ref, want string }{
		{"Một", "A1", "Tiêu đề Một"}, {"Hai", "A1", "Tiêu đề Hai"}, {"Hai", "C40", "40"}, {"Ba", "A1", "một ô"},
	} {
		if got, _ := f.GetCellValue(c.sheet, c.ref, excelize.Options{RawCellValue: true}); got != c.want {
			t.Errorf("%s!%s = %q, want %q", c.sheet, c.ref, got, c.want)
		}
	}
	ls, _ := Layouts(b)
	if l := ls["Hai"]; l.Dimension != "A1:C40" || strings.Join(l.Cols, " ") != "1-1 2-3" {
		t.Errorf("Hai layout %+v", l)
	}
	pl, _ := f.GetPageLayout("Hai")
	pm, _ := f.GetPageMargins("Hai")
	if *pl.Size != 9 || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pm.Left != 1.181 {
		t.Errorf("page %+v margins %+v", pl, pm)
	}
	panes, _ := f.GetPanes("Hai")
	if !panes.Freeze || panes.XSplit != 2 || panes.YSplit != 3 || panes.TopLeftCell != "C4" {
		t.Errorf("panes %+v", panes)
	}
	merges, _ := f.GetMergeCells("Hai")
	if len(merges) != 1 || merges[0].GetStartAxis() != "A1" || merges[0].GetEndAxis() != "C1" {
		t.Errorf("merges %v", merges)
	}
	cms, _ := f.GetComments("Hai")
	if len(cms) != 1 || cms[0].Cell != "B5" {
		t.Errorf("notes %+v", cms)
	}
	dn := f.GetDefinedName()
	if len(dn) != 1 || dn[0].Scope != "Hai" {
		t.Errorf("defined names %+v", dn)
	}
	parts, _ := unzipParts(b)
	if x := string(parts[ls["Hai"].Part]); !strings.Contains(x, `<rowBreaks count="1" manualBreakCount="1"><brk id="29" max="16383" man="1"/></rowBreaks><legacyDrawing r:id="rIdXlsxpkgVml"/></worksheet>`) {
		t.Errorf("Hai's tail: %s", x[max(0, len(x)-300):])
	}
	ooxmltest.Validate(t, "whole.xlsx", b)

	// Mistakes are errors, not broken files.
	g := excelize.NewFile()
	defer g.Close()
	q := New(stamp)
	var out bytes.Buffer
	q.Attach(g, &out)
	q.NewSheet("Sheet1", "Sheet1", Frame{})
	if _, err := g.WriteTo(&out); err == nil || !strings.Contains(err.Error(), "two sheets") {
		t.Errorf("a sheet named like another: %v", err)
	}
	for i, bad := range []func(q *Writer){
		func(q *Writer) { q.NewSheet("A[1]", "Sheet1", Frame{}) },
		func(q *Writer) { q.NewSheet("X", "Không có", Frame{}) },
		func(q *Writer) { q.NewSheet("X", "Sheet1", Frame{Cols: []Col{{1, 3, 5}, {2, 2, 5}}}) },
		func(q *Writer) { s := q.NewSheet("X", "Sheet1", Frame{}); s.Merge(1, 1, 1, 1) },
		func(q *Writer) { s := q.NewSheet("X", "Sheet1", Frame{}); _ = s.Seal(); s.Note(1, 1, "muộn") },
	} {
		g := excelize.NewFile()
		q := New(stamp)
		var out bytes.Buffer
		q.Attach(g, &out)
		bad(q)
		if _, err := g.WriteTo(&out); err == nil {
			t.Errorf("case %d: no error", i)
		}
		g.Close()
	}
}

func unzipParts(b []byte) (map[string][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return nil, err
		}
		out[zf.Name], err = io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
