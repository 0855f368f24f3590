package form

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"

	"github.com/chitieu/chitieu/internal/report"
)

// A plan or actual of part of the year is text that says so; a whole
// year's figure stays a number.
func TestFigureResultMarksPartYear(t *testing.T) {
	for _, c := range []struct {
		fig      report.Figure
		wantText string
	}{
		{report.Figure{Value: 5606}, ""},
		{report.Figure{Value: 5606, PartYear: "31/10/2024"}, "5.606 (đến 31/10/2024)"},
		{report.Figure{Value: 300.5, PartYear: "31/12/2024", YearEndPeriod: true}, "300,5 (chỉ kỳ kết thúc 31/12/2024)"},
	} {
		r := figureResult(Figure{Value: c.fig.Value, Measure: report.Money, Period: periodText(&c.fig)})
		switch {
		case c.wantText == "" && (!r.isNum || r.num != c.fig.Value || !r.figure):
			t.Errorf("%+v: result %+v, want the number", c.fig, r)
		case c.wantText != "" && (r.isNum || r.text != strings.Replace(c.wantText, " (", "\n(", 1) || r.format()+" ("+r.period+")" != c.wantText):
			t.Errorf("%+v: result %+v, want text %q", c.fig, r, c.wantText)
		}
	}
}

func TestWrappedLines(t *testing.T) {
	for _, c := range []struct {
		text string
		per  int
		want int
	}{
		{"5.606", 10, 1},
		{"(đến 31/10/2024)", 16, 1},
		// Words move whole: "(đến" then "31/10/2024)", not "(đến 31/10/202" and "4)".
		{"(đến 31/10/2024)", 12, 2},
		{"(đến 31/10/2024)", 8, 3}, // "31/10/2024)" is longer than a line: broken
		{"", 8, 1},
	} {
		if got := wrappedLines(c.text, c.per); got != c.want {
			t.Errorf("wrappedLines(%q, %d) = %d, want %d", c.text, c.per, got, c.want)
		}
	}
}

// A figure of part of the year in a row whose height the form fixed grows
// the row so both lines show, and a formula over it says what it leaves
// out, on the cell and as a warning.
func TestPartYearFixedRowAndFormula(t *testing.T) {
	f := excelize.NewFile()
	sh := f.GetSheetName(0)
	f.SetCellValue(sh, "A1", "{{don_vi}}")
	f.SetCellValue(sh, "B2", "{{thu_ngan_sach.actual}}")
	f.SetCellFormula(sh, "B3", "SUM(B1:B2)")
	f.SetColWidth(sh, "B", "B", 12)
	f.SetRowHeight(sh, 2, 15.75)
	out, ps := fill(t, "mau.xlsx", xlsxBytes(t, f), seedReport(t, "ty"), Options{Year: 2024})
	checkValid(t, out)
	g, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	name := "Q. Thanh Xuân"
	if v, _ := g.GetCellValue(name, "B2"); v != "5.606\n(đến 31/10/2024)" {
		t.Fatalf("B2 = %q", v)
	}
	if h, _ := g.GetRowHeight(name, 2); h < 40 {
		t.Errorf("row 2 is %v pt high: the two lines do not show", h)
	}
	found := false
	cs, _ := g.GetComments(name)
	for _, c := range cs {
		if c.Cell == "B3" {
			text := c.Text
			for _, r := range c.Paragraph {
				text += r.Text
			}
			found = strings.Contains(text, "Không gồm B2 (Quận Thanh Xuân, đến 31/10/2024)")
		}
	}
	if !found {
		t.Errorf("no note on B3 naming what it leaves out: %+v", cs)
	}
	warned := false
	for _, p := range ps {
		warned = warned || p.Format == leftOutFormat
	}
	if !warned {
		t.Errorf("no warning of the formula: %v", ps)
	}
}

// A TH/cùng kỳ the report would not derive leaves its placeholder empty,
// and the message says why.
func TestUnsurePrevRatioSaysWhy(t *testing.T) {
	const ty = 1e9
	fs := []facts.Fact{
		{Source: "a.txt", Unit: "Quận Hoàng Mai", Indicator: "thu_ngan_sach", Year: 2024, Kind: facts.Actual, Value: 300 * ty, UOM: facts.VND, AsOf: "2024-10-31"},
		{Source: "a.txt", Unit: "Quận Hoàng Mai", Indicator: "thu_ngan_sach", Year: 2023, Kind: facts.Actual, Value: 2500 * ty, UOM: facts.VND, AsOf: "2023-10-31"},
	}
	rep, ps := report.Build(fs, catalog.Default(), report.Options{Date: testDate})
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	f := excelize.NewFile()
	f.SetCellValue(f.GetSheetName(0), "A1", "{{thu_ngan_sach.pct_of_prev}}")
	out, _ := fill(t, "mau.xlsx", xlsxBytes(t, f), rep, Options{})
	g, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	rows, _ := g.GetRows("Kiểm tra")
	text := fmt.Sprint(rows)
	if !strings.Contains(text, "có thể không cùng kỳ") {
		t.Errorf("Kiểm tra does not say why: %s", text)
	}
}

// Inside text a figure of part of the year is the number, and what part
// of the year follows the text.
func TestPartYearInsideText(t *testing.T) {
	f := excelize.NewFile()
	sh := f.GetSheetName(0)
	f.SetCellValue(sh, "A1", "Thu: {{thu_ngan_sach.actual}} tỷ đồng, chi: {{chi_ngan_sach.actual}} tỷ đồng")
	out, _ := fill(t, "mau.xlsx", xlsxBytes(t, f), seedReport(t, "ty"), Options{Year: 2024})
	g, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	want := "Thu: 5.606 tỷ đồng, chi: 1.204,5 tỷ đồng (đến 31/10/2024)"
	if v, _ := g.GetCellValue("Q. Thanh Xuân", "A1"); v != want {
		t.Errorf("A1 = %q, want %q", v, want)
	}
}
