package review

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/ooxmltest"
	"github.com/chitieu/chitieu/internal/xlsxpkg"
)

// The review workbook opens clean (validate.sh, columns in order, a
// dimension over the data on both sheets) and its Tên chỉ tiêu formulas
// carry the names a reader that does not recalculate shows.
func TestOpensClean(t *testing.T) {
	fs := []facts.Fact{
		{Source: "a.txt", Unit: "Quận Ba Đình", Indicator: "thu_ngan_sach", Year: 2024, Kind: facts.Actual, Value: 1e12, UOM: facts.VND, Evidence: "thu 1.000 tỷ"},
		{Source: "a.txt", Unit: "Quận Ba Đình", Indicator: "THU_NGAN_SACH", Year: 2024, Kind: facts.Plan, Value: 9e11, UOM: facts.VND},
		{Source: "a.txt", Unit: "Quận Ba Đình", Indicator: "ma_la", Year: 2024, Kind: facts.Plan, Value: 3, UOM: facts.People},
	}
	var buf bytes.Buffer
	if err := Write(&buf, fs); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if err := xlsxpkg.CheckSheets(b); err != nil {
		t.Error(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	cell, _ := nameCell(dataColumns(), 2)
	col := cell[:len(cell)-1]
	for row, want := range map[string]string{"2": "Tổng thu ngân sách nhà nước trên địa bàn", "3": "Tổng thu ngân sách nhà nước trên địa bàn", "4": "(ngoài danh mục: mục Khác)"} {
		if got, _ := f.GetCellValue(DataSheet, col+row, excelize.Options{RawCellValue: true}); got != want {
			t.Errorf("%s%s cached %q, want %q", col, row, got, want)
		}
	}
	ooxmltest.Validate(t, "soat-xet.xlsx", b)
}

func TestWildMatch(t *testing.T) {
	for _, c := range []struct {
		pat, s string
		want   bool
	}{
		{"thu_ngan_sach", "thu_ngan_sach", true}, {"thu*", "thu_ngan_sach", true}, {"t?u_ngan_sach", "thu_ngan_sach", true},
		{"~*", "*", true}, {"~*", "a", false}, {"thu", "thu_ngan_sach", false}, {"", "", true},
	} {
		if got := wildMatch(c.pat, c.s); got != c.want {
			t.Errorf("wildMatch(%q, %q) = %v", c.pat, c.s, got)
		}
	}
}
