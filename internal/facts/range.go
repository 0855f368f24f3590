package facts

import (
	"strconv"

	"github.com/chitieu/chitieu/internal/diag"
)

// Bounds beyond which a figure cannot be a socio-economic indicator of a
// Vietnamese unit: a typo (a value typed in đồng under "tỷ đồng"), a sign
// slipped in, or a number no report could print. Figures inside the bounds
// but unusual (a rate over 100 %) are the report's to flag as warnings.
const (
	maxMoney   = 1e17 // đồng: about ten times the country's yearly GDP
	maxCount   = 1e10 // people, households, targets: a hundred times the population
	maxPercent = 1000 // a percentage or a ratio to a plan or a year before
	maxOther   = 1e15 // an indicator outside the catalog, in its own unit
)

// bounds returns the range a figure of f's kind and unit of measure must
// lie in.
func (f *Fact) bounds() (lo, hi float64) {
	switch {
	case f.Kind == PctOfPlan || f.Kind == PctOfPrev:
		return 0, maxPercent
	case f.Kind == ChangeVsPrev:
		return -maxPercent, maxPercent
	}
	switch f.UOM {
	case VND:
		return 0, maxMoney
	case People, House, Targets:
		return 0, maxCount
	case Percent:
		return -maxPercent, maxPercent
	}
	return -maxOther, maxOther
}

// checkRange reports a value (or value_max) outside bounds.
func (f *Fact) checkRange(field string, v float64) diag.List {
	lo, hi := f.bounds()
	if v >= lo && v <= hi {
		return nil
	}
	format := "value %s is out of range: a %s figure in %s lies between %s and %s"
	if field == "value_max" {
		format = "value_max %s is out of range: a %s figure in %s lies between %s and %s"
	}
	return diag.List{diag.Errorf("", 0, format, num(v), string(f.Kind), f.UOM, num(lo), num(hi))}
}

func num(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func init() {
	diag.Register(map[string]string{
		"value %s is out of range: a %s figure in %s lies between %s and %s":     "giá trị %s nằm ngoài khoảng cho phép: số liệu loại %s tính bằng %s phải từ %s đến %s",
		"value_max %s is out of range: a %s figure in %s lies between %s and %s": "giá trị tối đa %s nằm ngoài khoảng cho phép: số liệu loại %s tính bằng %s phải từ %s đến %s",
	})
}
