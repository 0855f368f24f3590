package extract

import (
	"sync"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/unitname"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// Real pages misprint amounts now and then: "thu ngân sách … ước đạt
// 269.505 tỷ đồng" for a commune (surely 269,505 tỷ), "tổng giá trị sản
// xuất … 8.010.609 tỷ đồng" for a district (its sectors add up to
// 8.010,609 tỷ), "140 nghìn 900 tỷ" for a district's revenue. Read as
// written, such a figure is larger than any unit of its level has, and on
// an official page it would mislead more than a blank: it is left out,
// and a warning names it. Four of the first six real batches had one.

// budgetCeiling and outputCeiling are amounts in VND beyond what any unit
// of a tier has had: the state budget collected or spent on its territory
// (the largest province's is about 500 000 tỷ a year, the largest
// district's and town's about 50 000 tỷ), and its production value,
// investment, retail sales or disbursement (the largest province's
// production value is a few million tỷ). The margins are wide: only
// figures off by orders of magnitude are caught.
var (
	budgetCeiling = map[unitname.Tier]float64{unitname.Province: 2e15, unitname.District: 1e14, unitname.Commune: 5e13}
	outputCeiling = map[unitname.Tier]float64{unitname.Province: 2e16, unitname.District: 3e15, unitname.Commune: 5e14}
)

// budgetIndicators are the catalog's budget amounts; the other VND
// indicators take outputCeiling.
var budgetIndicators = map[string]bool{"thu_ngan_sach": true, "chi_ngan_sach": true}

// misprinted clears keep for the amounts (actual or plan, in VND) that
// exceed the ceiling of their unit's tier, and adds a warning for each.
// A unit without a level word is taken as a province: the widest bound;
// so is a level word alone that some province also bears ("Thành phố"
// with no name is a centrally-run city as often as a provincial one: a
// Hà Nội page says "UBND Thành phố" throughout).
func (x *docReader) misprinted(keep []bool) {
	for i := range x.out {
		f := &x.out[i].Fact
		if f.UOM != "VND" || f.Kind != facts.Actual && f.Kind != facts.Plan {
			continue
		}
		tier, ok := unitname.TierOf(f.Unit)
		if !ok || unitname.IsBare(f.Unit) && provinceLevelWord(f.Unit) {
			tier = unitname.Province
		}
		ceiling := outputCeiling[tier]
		if budgetIndicators[f.Indicator] {
			ceiling = budgetCeiling[tier]
		}
		v := f.Value
		if f.ValueMax != nil {
			v = max(v, *f.ValueMax)
		}
		if v <= ceiling {
			continue
		}
		keep[i] = false
		x.notes = append(x.notes, diag.Warnf("", f.Line, misprintNote[tier], f.Indicator, f.Kind, f.Unit, vnnum.Format(v/1e9, 0)))
	}
}

// provinceLevelWord reports whether the level word unit is also the level
// word of a province (a centrally-run city's "Thành phố").
func provinceLevelWord(unit string) bool {
	return provinceLevelWords()[unitname.Key(unit)]
}

// provinceLevelWords are the level words provinces bear, by unitname.Key,
// gathered once: misprinted asks for every amount.
var provinceLevelWords = sync.OnceValue(func() map[string]bool {
	words := map[string]bool{}
	for _, w := range unitname.Provinces {
		words[unitname.Key(w)] = true
	}
	return words
})

// misprintNote are the warnings of misprinted, one a tier, so that the
// message catalog translates each whole (see messages.go).
var misprintNote = map[unitname.Tier]string{
	unitname.Province: "left out %s %s of %s read as %s tỷ đồng: more than any province has (a misprint?); its other figures are kept",
	unitname.District: "left out %s %s of %s read as %s tỷ đồng: more than any district or town has (a misprint?); its other figures are kept",
	unitname.Commune:  "left out %s %s of %s read as %s tỷ đồng: more than any commune or ward has (a misprint?); its other figures are kept",
}
