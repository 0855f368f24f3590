package form

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// simpleForm is a small valid form.
func simpleForm(t *testing.T) []byte {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetCellValue("Sheet1", "A1", "{{don_vi}}"); err != nil {
		t.Fatal(err)
	}
	return xlsxBytes(t, f)
}

// rezip rewrites a package: parts replaced or added by edit.
func rezip(t *testing.T, b []byte, edit map[string][]byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	done := map[string]bool{}
	write := func(name string, data []byte) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	for _, zf := range zr.File {
		if d, ok := edit[zf.Name]; ok {
			write(zf.Name, d)
			done[zf.Name] = true
			continue
		}
		rc, _ := zf.Open()
		var buf bytes.Buffer
		_, _ = buf.ReadFrom(rc)
		rc.Close()
		write(zf.Name, buf.Bytes())
	}
	for n, d := range edit {
		if !done[n] {
			write(n, d)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestHostileTemplates: what is not a plain XLSX form is refused with a
// message naming the file, before anything is unpacked past the limits.
func TestHostileTemplates(t *testing.T) {
	good := simpleForm(t)
	ct := func() []byte {
		zr, _ := zip.NewReader(bytes.NewReader(good), int64(len(good)))
		for _, zf := range zr.File {
			if zf.Name == "[Content_Types].xml" {
				rc, _ := zf.Open()
				var b bytes.Buffer
				_, _ = b.ReadFrom(rc)
				return b.Bytes()
			}
		}
		return nil
	}()
	macro := rezip(t, good, map[string][]byte{
		"xl/vbaProject.bin":   []byte("\xd0\xcf\x11\xe0 not run"),
		"[Content_Types].xml": bytes.Replace(ct, []byte("sheet.main+xml"), []byte("sheet.macroEnabled.main+xml"), 1),
	})
	// A part that unpacks to 40 MB of spaces: a zip bomb in small.
	bomb := rezip(t, good, map[string][]byte{"xl/worksheets/sheet1.xml": bytes.Repeat([]byte(" "), 40<<20)})
	// A sheet of a million rows.
	var rows strings.Builder
	rows.WriteString(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for i := 1; i <= 1000000; i++ {
		fmt.Fprintf(&rows, `<row r="%d"/>`, i)
	}
	rows.WriteString(`</sheetData></worksheet>`)
	million := rezip(t, good, map[string][]byte{"xl/worksheets/sheet1.xml": []byte(rows.String())})
	encrypted := func() []byte {
		f, _ := excelize.OpenReader(bytes.NewReader(good))
		defer f.Close()
		var b bytes.Buffer
		if _, err := f.WriteTo(&b, excelize.Options{Password: "mat-khau"}); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}()
	ods := rezip(t, good, map[string][]byte{"mimetype": []byte("application/vnd.oasis.opendocument.spreadsheet")})
	tests := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"macro renamed", "bieu.xlsx", macro, "macro-enabled workbook (it holds VBA macros)"},
		{"xlsm", "bieu.xlsm", good, "macro-enabled workbook (.xlsm)"},
		{"zip bomb", "bieu.xlsx", bomb, "part xl/worksheets/sheet1.xml unpacks to more than 32 MB"},
		{"million rows", "bieu.xlsx", million, "has 1,000,000 rows; a form may have at most 100,000"},
		{"encrypted", "bieu.xlsx", encrypted, "password-protected"},
		{"legacy", "bieu.xlsx", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), "Excel 97-2003 (.xls) or other OLE file"},
		{"text", "bieu.xlsx", []byte("STT,Chỉ tiêu\n"), "not an XLSX workbook"},
		{"empty", "bieu.xlsx", nil, "the file is empty"},
		{"truncated", "bieu.xlsx", good[:len(good)/2], "not a readable XLSX workbook"},
		{"ods content", "bieu.xlsx", ods, "an OpenDocument file"},
		{"ods name", "bieu.ods", good, "OpenDocument spreadsheet (.ods)"},
		{"bad part name", "bieu.xlsx", rezip(t, good, map[string][]byte{"../evil.xml": []byte("<x/>")}), "bad part name"},
	}
	for _, tt := range tests {
		_, err := ReadTemplate(tt.file, tt.data)
		if err == nil {
			t.Errorf("%s: accepted", tt.name)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, tt.want) || !strings.HasPrefix(msg, tt.file) {
			t.Errorf("%s: error %q, want %q naming %s", tt.name, msg, tt.want, tt.file)
		}
	}
	if _, err := ReadTemplate("bieu.xlsx", good); err != nil {
		t.Errorf("a good form refused: %v", err)
	}
}

// TestNoPlaceholder: a form without placeholders is an error, not a copy.
func TestNoPlaceholder(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	_ = f.SetCellValue("Sheet1", "A1", "Báo cáo")
	tpl, err := ReadTemplate("trong.xlsx", xlsxBytes(t, f))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := Fill(tpl, seedReport(t, "ty"), Options{}); err == nil || !strings.Contains(err.Error(), "no placeholder") {
		t.Errorf("err = %v, want no placeholder", err)
	}
}

// Formulas in a form are never evaluated: a form whose formula would
// take forever to compute fills at once, the formula kept as written.
func TestFormulasNotEvaluated(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	_ = f.SetCellValue("Sheet1", "A1", "{{don_vi}}")
	_ = f.SetCellFormula("Sheet1", "B1", "SUMPRODUCT(ROW(A1:XFD1048576))")
	out, _ := fill(t, "f.xlsx", xlsxBytes(t, f), seedReport(t, "ty"), Options{})
	g, _ := excelize.OpenReader(bytes.NewReader(out))
	defer g.Close()
	if fm, _ := g.GetCellFormula("Q. Hoàng Mai", "B1"); fm != "SUMPRODUCT(ROW(A1:XFD1048576))" {
		t.Errorf("formula %q", fm)
	}
}

// FuzzTemplate: whatever the bytes, reading and filling a form fails
// cleanly or gives a workbook; it never panics.
func FuzzTemplate(f *testing.F) {
	t := &testing.T{}
	f.Add(simpleForm(t))
	f.Add(featureForm(t))
	rep := seedReport(t, "ty")
	f.Fuzz(func(t *testing.T, data []byte) {
		tpl, err := ReadTemplate("f.xlsx", data)
		if err != nil {
			return
		}
		filled, _, err := Fill(tpl, rep, Options{})
		if err != nil {
			return
		}
		var b bytes.Buffer
		_ = filled.Write(&b)
	})
}

// FuzzSheetXML: a form sheet of any XML is filled or refused, never a
// panic.
func FuzzSheetXML(f *testing.F) {
	t := &testing.T{}
	good := simpleForm(t)
	f.Add([]byte(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>{{lap chi_tieu}}{{.plan}}</t></is></c><c><f>SUM(B2:B2)</f></c></row></sheetData><mergeCells><mergeCell ref="B2:C2"/></mergeCells></worksheet>`))
	rep := seedReport(t, "ty")
	f.Fuzz(func(t *testing.T, sheet []byte) {
		data := rezip(t, good, map[string][]byte{"xl/worksheets/sheet1.xml": sheet})
		tpl, err := ReadTemplate("f.xlsx", data)
		if err != nil {
			return
		}
		filled, _, err := Fill(tpl, rep, Options{})
		if err != nil {
			return
		}
		var b bytes.Buffer
		_ = filled.Write(&b)
	})
}
