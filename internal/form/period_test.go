package form

import (
	"strings"
	"testing"

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
		case c.wantText != "" && (r.isNum || r.text != strings.Replace(c.wantText, " (", "\n(", 1) || r.format() != c.wantText):
			t.Errorf("%+v: result %+v, want text %q", c.fig, r, c.wantText)
		}
	}
}
