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
