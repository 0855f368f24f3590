package pipeline

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestBuildTablesAndPDF: a report table printed to PDF (LibreOffice) and a
// table copied into a text file go through the build to unit sheets with
// the tables' figures in the columns of their year and kind.
func TestBuildTablesAndPDF(t *testing.T) {
	dir := filepath.Join("..", "extract", "testdata", "tables")
	out := filepath.Join(t.TempDir(), "r.xlsx")
	t.Setenv("SOURCE_DATE_EPOCH", "1733011200")
	res, ps := Build(BuildOptions{Inputs: Inputs{Paths: []string{
		filepath.Join(dir, "bieu-kinh-te-xa-hoi.pdf"), filepath.Join(dir, "bao-cao-6-thang.txt")}}, Output: out})
	if ps.Err() != nil {
		t.Fatal(messages(ps))
	}
	if res.Facts < 30 {
		t.Errorf("%d facts, want the 23 of the PDF and 8 of the text table", res.Facts)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Each row: the indicator's label and the figures of the row as the
	// sheet shows them (money in tỷ đồng).
	want := map[string][]string{
		"H. Đông Anh": {
			"Tổng thu ngân sách nhà nước trên địa bàn|2105.4|2250|2418.6",
			"Tổng chi ngân sách|1410|1520.5|1498.2",
			"Số lao động được tạo việc làm mới|4120|4200|4350",
			"Tỷ lệ hộ nghèo|0.45|0.3|0.28",
		},
		"X. Tân Lập": {
			"Tổng vốn đầu tư phát triển|85|41.2",
			"Tổng thu ngân sách nhà nước trên địa bàn|12.8|6.95",
		},
	}
	for sheet, rows := range want {
		got, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatalf("%s: %v", sheet, err)
		}
		for _, w := range rows {
			parts := strings.Split(w, "|")
			found := false
			for _, r := range got {
				line := strings.Join(r, "|")
				if !strings.Contains(line, parts[0]) {
					continue
				}
				found = true
				for _, v := range parts[1:] {
					if !containsCell(r, v) {
						t.Errorf("%s: row %q lacks %s", sheet, line, v)
					}
				}
			}
			if !found {
				t.Errorf("%s: no row %q", sheet, parts[0])
			}
		}
	}
}

func containsCell(row []string, v string) bool {
	for _, c := range row {
		if c == v {
			return true
		}
	}
	return false
}
