package xlsx

import (
	"bytes"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// Save gives the same bytes twice and carries the notes.
func TestSave(t *testing.T) {
	write := func() []byte {
		f := excelize.NewFile()
		defer f.Close()
		if err := f.SetCellValue("Sheet1", "B2", 42.5); err != nil {
			t.Fatal(err)
		}
		n := NewNotes()
		n.Add("Sheet1", 2, 2, "Thực hiện 2024: 42,5 tỷ đồng\nNguồn: a.txt")
		n.Add("Sheet1", 3, 2, "")
		var buf bytes.Buffer
		if err := Save(f, &buf, time.Date(2025, 2, 5, 0, 0, 0, 0, time.UTC), n); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a, b := write(), write()
	if !bytes.Equal(a, b) {
		t.Error("two saves differ")
	}
	_, files := unzip(t, a)
	for _, zf := range files {
		if !zf.Modified.Equal(time.Date(2025, 2, 5, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s dated %v", zf.Name, zf.Modified)
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	cms, err := f.GetComments("Sheet1")
	if err != nil || len(cms) != 1 || cms[0].Cell != "B2" {
		t.Fatalf("notes %+v (%v), want one on B2", cms, err)
	}
}

// WriteParts re-packages an excelize workbook's parts with a note added.
func TestWriteParts(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetCellValue("Sheet1", "C3", 7); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	parts, _ := unzip(t, buf.Bytes())
	n := NewNotes()
	n.Add("Sheet1", 3, 3, "ghi chú")
	var out bytes.Buffer
	if err := WriteParts(&out, parts, time.Time{}, n); err != nil {
		t.Fatal(err)
	}
	g, err := excelize.OpenReader(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := g.GetCellValue("Sheet1", "C3"); v != "7" {
		t.Errorf("C3 = %q, want 7", v)
	}
	if cms, err := g.GetComments("Sheet1"); err != nil || len(cms) != 1 || cms[0].Cell != "C3" {
		t.Errorf("notes %+v (%v), want one on C3", cms, err)
	}
	_, files := unzip(t, out.Bytes())
	if files[0].Name != "[Content_Types].xml" || !files[0].Modified.Equal(ZipTime(time.Time{})) {
		t.Errorf("first part %s dated %v", files[0].Name, files[0].Modified)
	}
}
