package extract

// Plan or actual: mode, which decides it for a level, and the result
// notation that weighs results against targets ("17/18 chỉ tiêu", "đạt 141%
// kế hoạch"). Apart from kind.go because mode is the part of kindOf that
// reads past the figure's clause: the report's horizon (beyondReports), its
// headings and its target notation.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// reachedBefore reports a result verb right before a figure ("đạt",
// "hoàn thành"): a result, even in a paragraph of targets ("… đề ra các
// chỉ tiêu: …. Năm 2023, tăng trưởng đạt 7,5%").
func reachedBefore(f *figure) bool {
	pre := f.pre()
	if f.subjEnd > f.subjStart && f.subjEnd <= f.a.Start {
		// "Tỷ lệ hộ dân cư được công nhận "Gia đình văn hóa" 93-95%/năm":
		// a verb before the figure's subject names what the rate counts
		// (the households recognised); only a verb after it reports.
		pre = tokRange(f.ctoks, max(f.subjEnd, f.prevEnd), f.a.Start)
	}
	v, _, _ := lastPhrase(pre, verbM)
	return v == vReach || v == vAchieve
}

// reachedShareAfter reports a level followed in its sentence by its own
// share of the plan: "(mới), đạt 141% kế hoạch", "(bằng 102,5% dự toán)",
// ", vượt 5% chỉ tiêu", "đạt trên 100% so với kế hoạch".
func reachedShareAfter(f *figure) bool {
	post := tokRange(f.stoks, f.a.End, f.sent.End)
	k := 0
	for k < len(post) && k < 3 && post[k].word && !post[k].digits {
		k++ // the rest of the figure's noun: "215 đảng viên mới, đạt …"
	}
	if k < len(post) && (post[k].s == "," || post[k].s == "(") {
		k++
	}
	switch {
	case k < len(post) && (post[k].s == "đạt" || post[k].s == "bằng" || post[k].s == "vượt"):
		k++
	case k+1 < len(post) && post[k].s == "tương" && (post[k+1].s == "ứng" || post[k+1].s == "đương"):
		k += 2 // "…, tương ứng tỷ lệ 35% so với kế hoạch": the same level put as a share
	default:
		return false
	}
	if k+1 < len(post) && (post[k].s == "tỷ" || post[k].s == "tỉ") && post[k+1].s == "lệ" {
		k += 2 // "đạt tỷ lệ 98% kế hoạch"
	} else if k < len(post) && post[k].s == "với" {
		k++ // "tương ứng với 35% kế hoạch"
	}
	for k < len(post) && (post[k].s == "hơn" || post[k].s == "trên" || post[k].s == "gần" || post[k].s == "khoảng") {
		k++
	}
	if k >= len(post) || !post[k].digits {
		return false
	}
	k++
	for k+1 < len(post) && (post[k].s == "," || post[k].s == ".") && post[k+1].digits {
		k += 2
	}
	if k >= len(post) || post[k].s != "%" {
		return false
	}
	k++
	if k < len(post) && post[k].s == "so" {
		k++
		if k < len(post) && post[k].s == "với" {
			k++
		}
	}
	_, _, ok := planM.match(post, k)
	return ok
}

// compactSlash reports whether the text after a figure's slash goes on
// in report notation: a plan or period word, or another figure.
func compactSlash(after string) bool {
	after = strings.TrimLeft(after, " ")
	if after != "" && after[0] >= '0' && after[0] <= '9' {
		return true
	}
	toks := tokenize(lowerSameLen(after), nil)
	if len(toks) == 0 {
		return false
	}
	_, _, ok := slashM.match(toks, 0)
	return ok
}

// slashOf reads "/18 chỉ tiêu" after a count "17 chỉ tiêu": the number
// assigned, 0 if none.
func slashOf(f *figure) float64 {
	rest := strings.TrimLeft(f.p.text[f.a.End:min(len(f.p.text), f.a.End+40)], " ")
	if !strings.HasPrefix(rest, "/") {
		return 0
	}
	for _, b := range scan(rest[1:]) {
		if b.Start == 0 || strings.TrimSpace(rest[1:1+b.Start]) == "" {
			if b.Form == vnnum.Plain && b.UOM == "" && b.Value == float64(int(b.Value)) {
				return b.Value
			}
		}
		break
	}
	return 0
}

// resultPair reads report notation that gives a result and its target as
// one pair after the indicator: "thu ngân sách nhà nước trên địa bàn
// 45.799/36.875 tỷ đồng", "phát triển đảng viên mới 8.793/6.500 đảng
// viên" — the figure reached, then the one set (as "17 chỉ tiêu/18 chỉ
// tiêu" is, see countTargets). The unit of measure after the pair is both
// figures'. Only where the sentence speaks of results against targets (a
// result verb or a plan word), only right after the subject's cue, and
// not for a target still to reach ("phấn đấu …").
func (x *docReader) resultPair(f *figure, subj subject) {
	a := f.a
	if subj.none || a.Value <= 0 || a.Of <= 0 || subj.end < f.prevReal || f.targetVerb() {
		return
	}
	mult, uom := 0.0, ""
	if a.Noun == "" {
		m, ok := moneyAfter(f.p.text, a.End)
		if !ok {
			return
		}
		mult, uom = m, "VND"
	}
	if !pairContext(f.stoks) {
		return
	}
	if uom == "" && a.Value < a.Of && !hasPhrase(f.stoks, planM) {
		// "giải quyết việc làm cho 300/350 lao động có nhu cầu": a count
		// below the second one may be a part of a whole (300 of the 350
		// who need work); the whole is a target only where the sentence
		// names one (money reached of money set is always so).
		return
	}
	for _, i := range subj.inds {
		in := x.ind.list[i]
		one := a
		one.Form, one.Of = vnnum.Plain, 0
		if uom == "VND" {
			one.UOM = "VND"
		}
		if ok, ratio := x.ind.fits(i, one, a.Noun, false); !ok || ratio {
			continue
		}
		if x.ind.denied(i, f.ctoks, min(subj.lead, subj.start, f.prevEnd), a.Start) || x.partOfTotal(f, min(subj.start, a.Start), i) || !hasRequired(f, in.Code) {
			return
		}
		f.subjStart, f.subjEnd = subj.start, subj.end
		scale := 1.0
		if mult > 0 {
			scale = mult
		}
		one.Value = vnnum.Scale(a.Value, scale)
		f.a = one
		// The target is the one the result was measured against: the
		// result's year, not the next term's.
		year := x.finalYear(f, facts.Actual)
		x.emitYear(f, in, facts.Actual, 1, year)
		f.a.Value = vnnum.Scale(a.Of, scale)
		x.emitYear(f, in, facts.Plan, 1, year)
		// The pair reports a result: the clauses after it go on with
		// results, not with the plan it was measured against.
		if x.lastKind == facts.Plan {
			x.lastKind = facts.Actual
		}
		return
	}
}

// moneyAfter reads the money unit right after a pair's end ("… 45.799/36.875
// tỷ đồng"): its multiplier.
func moneyAfter(text string, end int) (float64, bool) {
	rest := strings.TrimLeft(lowerSameLen(text[end:min(len(text), end+24)]), " ")
	for _, m := range []struct {
		w    string
		v    float64
		bare bool // money without the đồng named ("45.799/36.875 tỷ")
	}{{"nghìn tỷ", 1e12, true}, {"nghìn tỉ", 1e12, true}, {"ngàn tỷ", 1e12, true}, {"tỷ", 1e9, true}, {"tỉ", 1e9, true}, {"triệu", 1e6, false}} {
		r, ok := strings.CutPrefix(rest, m.w)
		if !ok {
			continue
		}
		for _, d := range []string{" đồng", " vnđ", " vnd", " đ"} {
			if after, ok := strings.CutPrefix(r, d); ok && !startsLetter(after) {
				return m.v, true
			}
		}
		if m.bare && !startsLetter(strings.TrimLeft(r, " ")) {
			return m.v, true
		}
		return 0, false
	}
	return 0, false
}

// startsLetter reports s starting with a letter (or a combining mark):
// the word before it goes on.
func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// pairContext reports a sentence that weighs results against targets: a
// result verb ("đạt", "vượt", "hoàn thành"), a plan word ("chỉ tiêu",
// "kế hoạch", "nghị quyết", "dự toán") or report notation's initials for
// them ("TH", "KH", "ƯTH", "DT").
func pairContext(stoks []tok) bool {
	for k, t := range stoks {
		switch t.s {
		case "đạt", "vượt", "kh", "th", "ưth", "dt", "nq":
			// report notation names the plan and the result by their
			// initials ("TH 1.265/KH 1.100 tỷ đồng", "TH/KH", "ƯTH", "DT")
			return true
		case "thành", "tiêu", "hoạch", "quyết", "toán":
			if k > 0 {
				switch stoks[k-1].s + " " + t.s {
				case "hoàn thành", "chỉ tiêu", "kế hoạch", "nghị quyết", "dự toán":
					return true
				}
			}
		}
	}
	return false
}

// mode decides between plan and actual for a figure that is a level.
func (x *docReader) mode(f *figure) facts.Kind {
	y, explicit := x.yearOf(f)
	c, hasCue := f.sentCues().kindCueBefore(f.a.Start)
	if hasCue && c.pos < f.clause.Start && closedBracketAt(f.sentenceBefore(), c.pos) {
		// "… đạt 90,7% (vượt 2,7% so với chỉ tiêu … đề ra là 88%); có
		// 205/232 tổ dân phố … đạt 88,4%": a kind word inside an aside
		// that a bracket closed in an earlier clause speaks of the aside,
		// not of the clauses after it.
		hasCue = false
	}
	if hasCue && c.val == cueActual && c.pos < f.prevReal && floorTarget(f) {
		// "tỷ lệ chi bộ … đạt trên 80%, phát triển từ 10 đảng viên trở
		// lên/năm": a floor is a target; a result verb of a clause
		// before does not make it a result.
		return facts.Plan
	}
	if hasCue && c.val == cueExpect && f.subjEnd > 0 {
		if first := f.sentCues().kind[0]; first.val == cuePlan && first.noun && first.pos < f.subjStart && accordingToPlan(f.stoks, first.pos) {
			// "Theo kịch bản tăng trưởng năm 2026, GRDP của tỉnh dự
			// kiến tăng 10,6%", "Theo kế hoạch, năm 2024 thu ngân sách
			// dự kiến đạt 500 tỷ đồng": what is expected by the plan the
			// sentence opens with is that plan's figure.
			return facts.Plan
		}
	}
	if hasCue && !planNounSpent(f) {
		switch c.val {
		case cuePlan:
			// "Về thực hiện kế hoạch, thu ngân sách đạt 1.300 tỷ đồng": a
			// plan noun before the subject, then a result verb, reports
			// how the plan went, unless the year is still to come.
			// "Theo kế hoạch năm 2023, thu ngân sách đạt 116.442 tỷ
			// đồng": a plan noun after a "Theo" that opens the sentence
			// says what the figures after it are by the plan, its
			// targets, whatever verb gives them.
			if c.noun && f.subjEnd > 0 && c.pos < f.subjStart && accordingToPlan(f.stoks, c.pos) {
				return facts.Plan
			}
			if c.noun && f.subjEnd > 0 && c.pos >= f.subjStart && reachedBefore(f) && reachedShareAfter(f) {
				// "Giá trị giải ngân thuộc kế hoạch năm 2023 … đạt 24.044 tỷ
				// đồng, tương ứng tỷ lệ 35% so với kế hoạch": a plan noun
				// inside the subject says which plan's money is spent; a
				// level reached and then measured against the plan is the
				// result, never the plan itself.
				return facts.Actual
			}
			if c.noun && f.subjEnd > 0 && c.pos < f.subjStart && !(explicit && x.pubY != 0 && y > x.pubY) {
				pre := f.pre()
				if v, _, _ := lastPhrase(pre, verbM); v == vReach || v == vAchieve || len(pre) > 0 && pre[len(pre)-1].s == "cho" {
					return facts.Actual // "đạt 1.300 tỷ đồng", "giải quyết việc làm cho 3.000 lao động"
				}
			}
			return facts.Plan
		case cueActual:
			if explicit && x.beyondReports(f, y) {
				// "(4). Tỷ lệ người dân tham gia bảo hiểm y tế đến năm
				// 2025 đạt 80%" in a text that reports on no year as
				// late: a horizon no result has reached is a target's.
				return facts.Plan
			}
			if explicit && (x.pubY != 0 && y > x.pubY+1 || x.pubY == 0 && x.termEnd != 0 && y >= x.termEnd) && x.estimate(f, facts.Actual) {
				// "tổng giá trị sản xuất đến năm 2030 ước đạt 2.900 tỷ
				// đồng" in a 2025 text, or at an undated congress opening
				// the 2025-2030 term: an estimate for a year still to
				// come is a projection, a plan, never a result. (The
				// next year is left: a text's year guessed from a day
				// and month may be a year short.)
				return facts.Plan
			}
			return facts.Actual
		case cueExpect:
			if x.pubY == 0 && explicit && x.reported(y) {
				// "Tổng thu ngân sách năm 2020 ước đạt 1.615 tỷ đồng. Tỷ
				// lệ hộ nghèo đến cuối năm 2020 dự kiến giảm còn 1,24%":
				// in an undated text, a year whose results it has given is
				// one it reports on; what is expected of it by year end
				// is its estimated result.
				return facts.Actual
			}
			if x.pubY == 0 || y > x.pubY {
				return facts.Plan
			}
			if byPlanOpening(f.stoks) && c.pos > f.stoks[0].start {
				// "Theo kịch bản tăng trưởng năm 2026, GRDP của tỉnh dự
				// kiến tăng 10,6%", "Theo kế hoạch, năm 2025 thu ngân
				// sách dự kiến đạt …": what is expected by the plan or
				// the scenario the sentence opens with is its target.
				return facts.Plan
			}
			return facts.Actual
		}
	}
	if !hasCue && toDateBefore(f.sentenceBefore()) {
		// "Nghị quyết phấn đấu năm 2019 tỷ lệ hộ nghèo còn dưới 0,3%.
		// Song, đến nay, tỷ lệ hộ nghèo chỉ còn 0,18%": a level stated
		// as of now, with no target word of its own, is a result, not
		// the target the sentence before set.
		return facts.Actual
	}
	if floorTarget(f) {
		return facts.Plan // "kết nạp mới từ 25 đảng viên trở lên": a floor set as a target
	}
	if reachedShareAfter(f) {
		// "kết nạp thêm 17 đảng viên, đạt 141% kế hoạch": a level whose
		// share of the plan follows has been reached, whatever year or
		// month the text is guessed to be from.
		return facts.Actual
	}
	if explicit && x.beyondReports(f, y) {
		return facts.Plan // "Tỷ lệ … đến năm 2025 đạt 80%" where no year as late is reported on
	}
	if !hasCue && x.planPara == f.p && !reachedBefore(f) && !(explicit && x.pubY != 0 && y < x.pubY) {
		// "Đại hội đề ra các chỉ tiêu chủ yếu: …. Mỗi năm giải quyết việc
		// làm cho 38.000 lao động": the paragraph goes on listing targets.
		// A year of the figure's own before the text's ("Năm 2024, Huế
		// thu ngân sách 12.710 tỷ đồng" on a page of 2025) is no target
		// any more: that year's result.
		return facts.Plan
	}
	if !hasCue && x.listsTargets(f) {
		// "Trong năm 2021, huyện phấn đấu hoàn thành 17 chỉ tiêu chủ
		// yếu. Trong đó, tốc độ tăng trưởng kinh tế đạt 14%": the list
		// of the targets just counted.
		return facts.Plan
	}
	if !hasCue && x.inTargets() {
		// "… thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, …; tỷ lệ
		// tham gia bảo hiểm y tế đạt 100%": the sentence after one that
		// set a term's targets, with no kind word or other year of its
		// own, lists them; "đạt" there is what the targets reach, as no
		// other year is named to report on.
		return facts.Plan
	}
	if explicit && x.pubY != 0 && y > x.pubY {
		// A year after the report's has no results yet, whatever part of
		// this year the report ran to.
		return facts.Plan
	}
	if x.planYear != 0 && (y >= x.planYear || !explicit) {
		return facts.Plan // "II. Kế hoạch năm 2025 / Tốc độ tăng trưởng GTSX 9-9,5%; …"
	}
	if x.period != 0 {
		return facts.Actual
	}
	if explicit && x.pubY != 0 {
		switch {
		case y > x.pubY:
			return facts.Plan
		case y < x.pubY:
			return facts.Actual
		case x.pubM <= 2 && x.monthSent == x.sentNo && x.month >= 1 && x.month < x.pubM:
			// "Tổng thu ngân sách tháng 1/2024 đạt …" on a page of
			// February 2024: a month already past is reported on.
			return facts.Actual
		case x.pubM <= 2:
			return facts.Plan
		default:
			return facts.Actual
		}
	}
	if x.lastKind != "" && y == x.lastKindYr {
		return x.lastKind
	}
	return facts.Actual
}

// beyondReports reports a figure whose sentence sets it by a horizon
// ("đến năm 2025") that is its year y and later than every year the text
// reports on: the text's date, the start of the latest term it names and
// each year it names as such ("năm 2023"; horizons and periods such as "giai đoạn 2016 - 2020" are not
// reports). No result of that year can be in the text yet.
func (x *docReader) beyondReports(f *figure, y int) bool {
	if y <= x.pubY || y <= x.termStart {
		return false // a term that opens in y reports on y ("Đại hội … nhiệm kỳ 2025 - 2030")
	}
	if y <= x.lastYear {
		return false // the text names y, or a later year, as such
	}
	for i := range f.stoks {
		if f.stoks[i].start >= f.a.Start {
			break
		}
		if h, ok := horizonAt(f.stoks, i); ok && h == y {
			return true
		}
	}
	return false
}

// toDateBefore reports "đến nay" or "hiện nay" (to date, now) among toks.
func toDateBefore(toks []tok) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k+1].s == "nay" && (toks[k].s == "đến" || toks[k].s == "hiện") {
			return true
		}
	}
	return false
}

func (x *docReader) estimate(f *figure, kind facts.Kind) bool {
	return f.sentCues().estimateBefore(f.a.Start, kind)
}

// closedBracketAt reports byte offset pos inside a bracket that closes
// among toks (the words before a figure): "(…)" opened before pos and
// closed after it.
func closedBracketAt(toks []tok, pos int) bool {
	depth := 0
	for k := tokIndex(toks, pos); k < len(toks); k++ {
		switch toks[k].s {
		case "(":
			depth++
		case ")":
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// futureTarget reports a figure whose year, named in its sentence or
// one before, is after the text's own and that mode reads as a plan:
// nothing of that year has been reached yet. A figure after another in
// its clause goes with that one's kind: "Năm 2024, huyện giải ngân 300
// tỷ đồng, đạt 60% kế hoạch" reports the share of a result.
func (x *docReader) futureTarget(f *figure) bool {
	y, explicit := x.yearOf(f)
	if !explicit || x.pubY == 0 || y <= x.pubY {
		return false
	}
	if f.prevReal > f.clause.Start {
		line := f.p.line<<20 | f.sent.Start
		for i := len(x.out) - 1; i >= 0 && x.out[i].sent == line; i-- {
			if x.out[i].at == f.prevAmt.NumStart {
				return x.out[i].Kind == facts.Plan
			}
		}
	}
	return x.mode(f) == facts.Plan
}
