package report

import (
	"math"
	"strconv"
	"strings"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/facts"
)

// Figures within the fact contract's bounds (facts.Fact.Check) that are
// still unlikely to be what the source meant: each is shown, with a
// warning at its line and a row on the checks sheet, for a person to
// confirm.
const (
	// maxPlausibleRatio is the highest share of a plan or of the year
	// before that is not more likely a typo (1.050 for 105,0); small
	// plans are beaten by far (19 households out of poverty for 5
	// planned: 380 %).
	maxPlausibleRatio = 500
	// maxPlausibleRate bounds a rate (tỷ lệ, tỷ trọng, growth) in %.
	maxPlausibleRate = 100
)

// plausible checks one fact placed on the indicator's row.
func (b *builder) plausible(i int, ra *rowAcc) {
	f := b.rep.Facts[i]
	u := b.unitOf[i].name
	yr := strconv.Itoa(f.Year)
	warn := func(format string, v float64) {
		b.check(i, "Số liệu bất thường", diag.Warnf(place(f), line(f), format,
			u, ra.ind.Name, yr, facts.KindTitles[f.Kind], FormatNumber(v, 4)))
	}
	switch f.Kind {
	case facts.PctOfPlan, facts.PctOfPrev:
		if f.Value > maxPlausibleRatio {
			warn("%s, %s %s, %s: %s%% is unusually high; check the figure", f.Value)
		}
	case facts.ChangeVsPrev:
		if f.Value < -100 {
			warn("%s, %s %s, %s: a fall of %s%% is more than the whole; check the figure", -f.Value)
		}
	case facts.Plan, facts.Actual:
		switch ra.ind.Measure {
		case Percent:
			share := strings.HasPrefix(ra.ind.Name, "Tỷ lệ") || strings.HasPrefix(ra.ind.Name, "Tỷ trọng")
			if math.Abs(f.Value) > maxPlausibleRate || share && f.Value < 0 {
				warn("%s, %s %s, %s: a rate of %s%% is outside 0 to 100; check the figure", f.Value)
			}
		case Count:
			// People, households and targets are counted; an indicator in
			// its own unit (km, ha) may well have decimals.
			whole := ra.ind.rawUOM == facts.People || ra.ind.rawUOM == facts.House || ra.ind.rawUOM == facts.Targets
			if whole && f.Value != math.Trunc(f.Value) {
				warn("%s, %s %s, %s: a count of %s is not a whole number; check the figure", f.Value)
			}
		}
	}
}

// noPrevRatio reports whether TH/cùng kỳ (%) means nothing for an
// indicator: a ratio of two rates (10,74 % over 9,54 %) or of two counts
// of targets (18 over 19 of different plans). Reports give the change of
// a rate in points instead, in words.
func noPrevRatio(ind Indicator) bool {
	return ind.Measure == Percent || ind.rawUOM == facts.Targets
}

// pointRemarks is Ghi chú's comparison with the year before for a row
// without TH/cùng kỳ: the change of a rate in points, from the two years'
// figures when both are on the sheet, and what the source stated.
func (b *builder) pointRemarks(u *Unit, row *Row, i int, suffix string) []string {
	var out []string
	c := row.Years[i]
	ra := b.accOf[u].rows[row.Code]
	if pi := u.Years[i].PrevIndex; pi >= 0 && row.Measure == Percent {
		if p := row.Years[pi].Actual; p != nil && c.Actual != nil && samePeriod(p, c.Actual) {
			d := math.Round((c.Actual.Value-p.Value)*100) / 100
			y := strconv.Itoa(row.Years[pi].Year)
			switch {
			case d > 0:
				out = append(out, "Tăng "+FormatNumber(d, 2)+" điểm % so với năm "+y)
			case d < 0:
				out = append(out, "Giảm "+FormatNumber(-d, 2)+" điểm % so với năm "+y)
			default:
				out = append(out, "Bằng năm "+y)
			}
		}
	}
	if s := b.figure(ra, c.Year, facts.ChangeVsPrev); s != nil {
		unit := "%"
		if row.Measure == Percent {
			// The contract: a rate's change is in points.
			unit = " điểm %"
		}
		word := "tăng "
		if s.Value < 0 {
			word = "giảm "
		}
		out = append(out, "Báo cáo nêu: "+word+FormatNumber(math.Abs(s.Value), 2)+unit+" so với cùng kỳ"+suffix)
	}
	if s := b.figure(ra, c.Year, facts.PctOfPrev); s != nil {
		out = append(out, "Báo cáo nêu: bằng "+FormatNumber(s.Value, 2)+"% cùng kỳ"+suffix)
	}
	return out
}
