package xlsx

import (
	"reflect"
	"testing"

	"github.com/chitieu/chitieu/internal/report"
)

// TestAddedTiers: the summary's total adds units of one administrative
// level only; a centrally-run city ranks with the provinces, a provincial
// city with the districts, and units without a figure or a name count for
// none.
func TestAddedTiers(t *testing.T) {
	fig := &report.Figure{Value: 1}
	unit := func(name string, f *report.Figure) *report.Unit {
		return &report.Unit{Name: name, Summary: []report.SummaryCell{{Figure: f}}}
	}
	cases := []struct {
		units []*report.Unit
		want  []string
	}{
		{[]*report.Unit{unit("Huyện Ân Thi", fig), unit("Thị xã Mỹ Hào", fig), unit("Thành phố Bắc Ninh", fig)}, []string{"cấp huyện"}},
		{[]*report.Unit{unit("Thành phố Hà Nội", fig), unit("Quận Ba Đình", fig)}, []string{"cấp tỉnh", "cấp huyện"}},
		{[]*report.Unit{unit("Phường Bến Nghé", fig), unit("Quận 12", fig)}, []string{"cấp xã", "cấp huyện"}},
		{[]*report.Unit{unit("Tỉnh Nghệ An", fig), unit("Huyện Nghi Lộc", nil)}, []string{"cấp tỉnh"}},
		{[]*report.Unit{unit("Xã Tân Lập", fig), {Name: "Huyện", Unnamed: true, Summary: []report.SummaryCell{{Figure: fig}}}}, []string{"cấp xã"}},
	}
	for _, c := range cases {
		got := addedTiers(&report.Report{Units: c.units}, 0)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%v: tiers %v, want %v", c.units[0].Name, got, c.want)
		}
	}
}
