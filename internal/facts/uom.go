package facts

import (
	"math"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// displayUnit is a unit of measure as people type it in a fact file's
// Đơn vị tính column ("tỷ đồng", "nghìn người"): the canonical unit it
// stands for and the factor that scales a value to it.
type displayUnit struct {
	uom   string
	scale float64
}

// displayUnits maps the spellings of units of measure (lower case, NFC,
// single spaces, no dots) to the contract's canonical units. A bare
// "triệu" or "tỷ" is not here: it could be people as well as money.
var displayUnits = func() map[string]displayUnit {
	m := map[string]displayUnit{}
	add := func(uom string, scale float64, names ...string) {
		for _, n := range names {
			m[uomKey(n)] = displayUnit{uom, scale}
		}
	}
	add(VND, 1, "VND", "VNĐ", "đồng", "đ", "việt nam đồng")
	add(VND, 1e3, "nghìn đồng", "ngàn đồng", "nghìn VND", "ngàn VND", "nghìn VNĐ", "ngàn VNĐ", "1000 đồng", "1.000 đồng")
	add(VND, 1e6, "triệu đồng", "triệu VND", "triệu VNĐ", "tr.đ", "trđ", "tr đồng")
	add(VND, 1e9, "tỷ đồng", "tỉ đồng", "tỷ VND", "tỷ VNĐ", "tỉ VND", "tỉ VNĐ", "tỷ đ", "tỉ đ")
	add(VND, 1e12, "nghìn tỷ đồng", "ngàn tỷ đồng", "nghìn tỉ đồng", "ngàn tỉ đồng", "nghìn tỷ", "ngàn tỷ")
	add(Percent, 1, "%", "phần trăm")
	add(People, 1, "người")
	add(People, 1e3, "nghìn người", "ngàn người")
	add(People, 1e6, "triệu người")
	add(House, 1, "hộ", "hộ gia đình")
	add(House, 1e3, "nghìn hộ", "ngàn hộ")
	add(Targets, 1, "chỉ tiêu")
	return m
}()

// uomKey is the spelling-blind form of a unit of measure: "Tỷ  Đồng" and
// "tỷ đồng" (NFD) are the same unit; dots are dropped so "tr.đ" and "trđ"
// meet.
func uomKey(s string) string {
	s = strings.ToLower(norm.NFC.String(s))
	s = strings.ReplaceAll(s, ".", "")
	return strings.Join(strings.Fields(s), " ")
}

// canonicalUOM rewrites a display unit of measure to the canonical one,
// scaling the value (and value_max) to it. A unit chitieu does not know is
// left as written: an indicator outside the catalog may have any unit, and
// the report judges whether a unit fits its indicator.
func (f *Fact) canonicalUOM() {
	d, ok := displayUnits[uomKey(f.UOM)]
	if !ok {
		return
	}
	f.UOM = d.uom
	// Ratios (% of plan, change) are percentages whatever the indicator's
	// unit; a factor on them would turn 105 % into 105 billion.
	if d.scale == 1 || f.Kind.IsRatio() {
		return
	}
	f.Value = scaled(f.Value, d.scale)
	if f.ValueMax != nil {
		m := scaled(*f.ValueMax, d.scale)
		f.ValueMax = &m
	}
}

// scaled multiplies by a power of ten without binary noise: 4435.98 tỷ is
// 4435980000000 đồng, not 4435980000000.0005.
func scaled(v, scale float64) float64 {
	p := v * scale
	if r := math.Round(p); math.Abs(p-r) < 1e-6*math.Max(1, math.Abs(p)) && math.Abs(p) < 1e18 {
		return r
	}
	return p
}
