package extract

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/unitname"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// shadow records a body figure that is no fact, so that a headline restating
// it is dropped too.
func (x *docReader) shadow(f *figure, in catalog.Indicator, kind facts.Kind, sign float64) {
	if f.p.header {
		return
	}
	x.shadows = append(x.shadows, facts.Fact{Unit: f.unit, Indicator: in.Code, Kind: kind, Value: sign * f.a.Value})
}

// restates reports whether a headline figure h is a rounded statement of
// body figure b: equal, rounded, or "trên 20%" for 23%.
func restates(h facts.Fact, b float64) bool {
	if h.Value == b || roundsTo(b, h.Value) {
		return true
	}
	lo, hi := math.Abs(h.Value), math.Abs(b)
	switch h.Qualifier {
	case facts.Over:
		return hi >= lo && hi <= lo*1.25
	case facts.Approx:
		return math.Abs(hi-lo) <= 0.1*lo
	case facts.Under:
		return hi <= lo && hi >= lo*0.8
	}
	return false
}

func (x *docReader) emit(f *figure, in catalog.Indicator, kind facts.Kind, sign float64) {
	if kind == facts.Actual && rangeTarget(f) && !x.estimate(f, kind) {
		// "kết nạp đảng viên mới từ 150 - 160 đảng viên": a count given
		// as a range, with no estimate word, is no result reported but
		// a target (a result counts one number).
		kind = facts.Plan
	}
	x.emitYear(f, in, kind, sign, x.finalYear(f, kind))
}

// rangeTarget reports a range of people or households ("từ 150 - 160
// đảng viên", "2.000 - 2.200 lao động") that no result word of its own
// clause reaches and no share of the plan follows: a target's figure. A
// range said of each year or each unit, of a period or a term, or of
// several units ("mỗi năm", "bình quân", "hằng năm", "nhiệm kỳ qua",
// "giai đoạn 2021-2024", "các chi bộ", "mỗi xã") may be what each did,
// a result spread over them, and stays no fact.
func rangeTarget(f *figure) bool {
	if f.a.Form != vnnum.Range || f.a.Max == 0 || f.a.UOM != "" || f.a.Noun == "" {
		return false
	}
	for _, t := range f.sentenceBefore() {
		switch t.s {
		case "mỗi", "bình", "hằng", "hàng", "qua", "đoạn", "kỳ", "các", "những", "từng":
			return false
		}
	}
	return !resultInClause(f) && !reachedShareAfter(f) && !reachedBefore(f)
}

// emitYear is emit for a year already decided (0: no fact).
func (x *docReader) emitYear(f *figure, in catalog.Indicator, kind facts.Kind, sign float64, year int) {
	if year == 0 {
		return
	}
	if f.a.Form == vnnum.Range && f.a.UOM == "" && kind != facts.Plan && !x.estimate(f, kind) {
		return // a range of people or households is a target's, or an estimate's (see fits)
	}
	uom := in.UOM
	if kind.IsRatio() {
		uom = facts.Percent
	}
	ft := facts.Fact{
		Source:    x.name,
		Unit:      f.unit,
		Indicator: in.Code,
		Year:      year,
		Kind:      kind,
		Value:     sign * f.a.Value,
		UOM:       uom,
		Estimate:  x.estimate(f, kind),
		Qualifier: f.a.Qualifier,
		AsOf:      x.asOf(year),
		Evidence:  f.evidence(),
	}
	if kind == facts.Plan || kind == facts.Actual && yearStartLevel(f.pre()) {
		// A plan is the year's, whatever part of it has passed; a level
		// at a year's start ("đầu năm 42,7%") the whole year's before.
		ft.AsOf = ""
	}
	if comparativeBefore(f) {
		ft.Qualifier = "" // "cao hơn 28% so với cùng kỳ": the "hơn" is the comparative's, not "more than"
	}
	if kind == facts.Actual && (samePeriodBefore(f.pre()) || samePeriodLevel(f.pre(), f.post()) || isBaseLevel(f)) {
		// "ước tăng 6,47%, cao hơn mức tăng 3,94% cùng kỳ năm 2023",
		// "dự kiến đạt 6,52% (cùng kỳ 6,27%)": the "ước" is this year's;
		// the same period's figure a year before is a result, no estimate.
		ft.Estimate = false
	}
	if f.a.Form == vnnum.Range && f.a.Max != 0 {
		m := sign * f.a.Max
		ft.ValueMax = &m
	}
	x.add(ft, f)
	x.sentInds[in.Code] = true
	if (kind == facts.Plan || kind == facts.Actual) && !bracketedAlone(f) && !bracketAside(f) && !(kind == facts.Plan && barePairPlan(f)) {
		// The plan of a result/plan pair ("798 tỷ/750 tỷ đồng") labels
		// the result before it: the clauses after go on with results.
		x.lastKind, x.lastKindYr = kind, year
	}
}

// reported reports a year the text has already given a result of.
func (x *docReader) reported(y int) bool {
	return y >= 2000 && y < 2064 && x.resultYears&(1<<(y-2000)) != 0
}

// bracketedAlone reports a figure alone in a bracket ("đạt 51,8% dự toán
// (23.600 tỷ đồng) và tăng 2,5% so với cùng kỳ"): an aside whose kind
// (the plan's figure) says nothing of the figures after it.
func bracketedAlone(f *figure) bool {
	post := f.post()
	return bracketOpensAt(f.pre()) && len(post) > 0 && post[0].s == ")"
}

// bracketAside reports a figure that ends a bracket of its sentence
// ("tăng 8,52%, vượt kế hoạch đề ra (Kế hoạch đề ra là 7,6%)"): an aside
// on the figure before the bracket, whose kind says nothing of the
// figures after it either.
func bracketAside(f *figure) bool {
	post := f.post()
	if len(post) == 0 || post[0].s != ")" {
		return false
	}
	pre := f.sentenceBefore()
	for i := len(pre) - 1; i >= 0; i-- {
		switch pre[i].s {
		case ")":
			return false
		case "(":
			return true
		}
	}
	return false
}

func (x *docReader) add(ft facts.Fact, f *figure) {
	if ft.Kind == facts.Plan {
		x.sentPlans++
		if ft.Indicator == "chi_tieu_hoan_thanh" {
			x.sentCountYear = ft.Year
		}
	} else {
		x.sentResults++
		if ft.Kind == facts.Actual && ft.Year >= 2000 && ft.Year < 2064 {
			x.resultYears |= 1 << (ft.Year - 2000)
		}
	}
	if ft.Unit == "" {
		ft.Unit = unknownUnit
	}
	ft.Unit = vnLetters(ft.Unit)
	ft.Line = f.p.line
	written := f.p.text[f.a.NumStart:f.a.End]
	x.out = append(x.out, candidate{Fact: ft, header: f.p.header, digits: sigDigits(written), placed: placedDigits(written), order: len(x.out),
		sent: f.p.line<<20 | f.sent.Start, at: f.a.NumStart})
}

// addAllReached adds a count of targets all reached: the count reached
// (an actual as of asOf) and the count assigned, the same number.
// otherPlan marks both as the count of a second plan of the sentence
// (see candidate.otherPlan).
func (x *docReader) addAllReached(f *figure, in catalog.Indicator, value float64, year int, asOf string, otherPlan bool) {
	base := facts.Fact{Source: x.name, Unit: f.unit, Indicator: in.Code, Year: year, UOM: in.UOM, Value: value, Evidence: f.evidence()}
	act := base
	act.Kind, act.Estimate, act.AsOf = facts.Actual, x.estimate(f, facts.Actual), asOf
	x.add(act, f)
	x.out[len(x.out)-1].otherPlan = otherPlan
	base.Kind = facts.Plan
	x.add(base, f)
	x.out[len(x.out)-1].otherPlan = otherPlan
}

// unknownUnit names the unit of facts from a text that names none; the
// user gives one with --unit.
const unknownUnit = unitname.Unknown

// reachedOnCount reads "N trên" right before a count of targets ("hoàn
// thành 21 trên 23 chỉ tiêu"): the words' way of writing "21/23", the
// number reached of the number assigned. 0 if there is none.
func reachedOnCount(f *figure) float64 {
	// vnnum reads "trên 23" as "over 23": the word is inside the figure.
	if strings.TrimSpace(lowerSameLen(f.p.text[f.a.Start:f.a.NumStart])) != "trên" {
		return 0
	}
	pre := f.clauseBefore()
	n := len(pre)
	if n < 1 || !pre[n-1].digits || len(pre[n-1].s) > 3 || pre[n-1].end == f.a.Start {
		return 0
	}
	v, err := strconv.Atoi(pre[n-1].s)
	if err != nil || v <= 0 {
		return 0
	}
	return float64(v)
}

// countTargets handles counts of targets: "18/18 chỉ tiêu" (reached of
// assigned), "giao cho quận 19 chỉ tiêu", "đề ra 24 chỉ tiêu", "Trong 25
// chỉ tiêu …" (assigned), "19 chỉ tiêu kế hoạch … đã … hoàn thành" (all
// assigned were reached). Counts of parts ("7 chỉ tiêu vượt kế hoạch", "có 8
// chỉ tiêu …") are not facts.
func (x *docReader) countTargets(f *figure, ci int) {
	in := x.ind.list[ci]
	// A "not" phrase speaks of the count it stands by, between the
	// figures before and after: "14/15 chỉ tiêu chủ yếu đạt kế hoạch và 01
	// chỉ tiêu thành phần không đạt" denies the component target only.
	if x.ind.denied(ci, f.ctoks, f.prevEnd, f.nextStart) {
		return
	}
	a := f.a
	if missedCount(tokRange(f.ctoks, a.End, f.nextStart)) {
		return // "01/15 chỉ tiêu không đạt": the targets missed, not those reached
	}
	if missedBefore(afterLastMark(f.clauseBefore())) {
		return // "không hoàn thành 3/20 chỉ tiêu", "còn 3/20 chỉ tiêu …": the targets missed
	}
	if a.Form == vnnum.Plain {
		if of := slashOf(f); of > 0 {
			a.Form, a.Of = vnnum.Fraction, of // "17 chỉ tiêu/18 chỉ tiêu"
		} else if n := reachedOnCount(f); n > 0 {
			a.Form, a.Value, a.Of = vnnum.Fraction, n, a.Value // "hoàn thành 21 trên 23 chỉ tiêu"
		} else if n := reachedOfTotal(f); n > 0 {
			a.Form, a.Value, a.Of = vnnum.Fraction, n, a.Value // "hoàn thành 17 trên tổng số 20 chỉ tiêu"
		}
	}
	if targetPart(f) {
		return
	}
	if a.Form == vnnum.Fraction {
		if a.Of <= 0 || a.Value > a.Of {
			return
		}
		if f.targetVerb() && !listHeadReached(f) || exceededThenReached(f) {
			// "phấn đấu hoàn thành 21/21 chỉ tiêu": the number assigned,
			// nothing reached yet. "hoàn thành vượt mức 10/25 chỉ tiêu;
			// có 13 chỉ tiêu hoàn thành kế hoạch": the targets exceeded,
			// a part of those reached; the count assigned stands.
			if year := x.finalYear(f, facts.Plan); year != 0 {
				x.add(facts.Fact{Source: x.name, Unit: f.unit, Indicator: in.Code, Year: year, UOM: in.UOM, Kind: facts.Plan, Value: a.Of, Evidence: f.evidence()}, f)
			}
			return
		}
		est := x.estimate(f, facts.Actual) || estimateRightAfter(f)
		year := x.finalYear(f, facts.Actual)
		if year == 0 {
			return
		}
		base := facts.Fact{Source: x.name, Unit: f.unit, Indicator: in.Code, Year: year, UOM: in.UOM, Evidence: f.evidence()}
		act := base
		act.Kind, act.Value, act.Estimate = facts.Actual, a.Value, est
		act.AsOf = x.asOf(year)
		plan := base
		plan.Kind, plan.Value = facts.Plan, a.Of
		x.add(act, f)
		x.add(plan, f)
		return
	}
	if a.Form != vnnum.Plain || a.Value != math.Trunc(a.Value) || a.Value <= 0 {
		return
	}
	if ofAfter(f.clauseAfter(), a.Value) {
		return // "Trong 22 chỉ tiêu …, có 19/22 chỉ tiêu đạt": the count after gives the plan
	}
	pre := tokRange(f.ctoks, f.clause.Start, a.Start)
	if n := len(pre); n >= 2 && (pre[n-2].s == "toàn" && pre[n-1].s == "diện" || pre[n-2].s == "đầy" && pre[n-1].s == "đủ") {
		pre = pre[:n-2] // "phấn đấu hoàn thành toàn diện 22 chỉ tiêu": how, not what
	}
	pre = pastGroupCount(pre)
	assigned := false
	n := len(pre)
	switch {
	case n >= 1 && (pre[n-1].s == "giao" || pre[n-1].s == "trong"):
		assigned = true
	case n >= 2 && (pre[n-2].s == "đề" || pre[n-2].s == "đặt") && pre[n-1].s == "ra":
		assigned = true
	case n >= 2 && (pre[n-2].s == "tổng" || pre[n-2].s == "trong") && pre[n-1].s == "số":
		assigned = true // "12 chỉ tiêu đạt … trên tổng số 15 chỉ tiêu", "Trong số 21 chỉ tiêu …, có 18 chỉ tiêu đạt"
	case n >= 1 && adoptVerb(pre):
		assigned = true // "kỳ họp thông qua 23 chỉ tiêu", "Đại hội xác định 20 chỉ tiêu"
	case adoptedWith(pre):
		assigned = true // "thông qua Nghị quyết chung của Kỳ họp với 21 chỉ tiêu": the resolution's targets
	case n >= 3 && pre[n-3].s == "giao" && pre[n-2].s == "cho":
		assigned = true
	case n >= 1 && pre[n-1].s == "gồm" && hasWord(pre, "giao"):
		assigned = true // "giao chỉ tiêu năm 2025 cho phường A gồm 11 chỉ tiêu": what was assigned
	case headsTargets(f):
		assigned = true // "Nghị quyết nêu … 12 chỉ tiêu chủ yếu đó là: (1) …": the targets listed
	case aimedCount(pre) || f.targetVerb() && (resultVerbEnds(pre) || reachedWhole(pre)):
		assigned = true // "Để hoàn thành 9 chỉ tiêu chủ yếu …, phường đề ra …": what is aimed at, the number assigned
	}
	if !assigned && f.countBefore && secondPlanCount(f) {
		// "hoàn thành 13/15 chỉ tiêu thành phố giao, 15 chỉ tiêu HĐND
		// huyện giao": the verb before the first plan's count governs the
		// second plan's too; named by the plan, all its targets reached.
		if year := x.finalYear(f, facts.Actual); year != 0 {
			x.addAllReached(f, in, a.Value, year, x.asOf(year), true)
		}
		return
	}
	if !assigned && wholeSet(pre) && (allReached(f.clauseAfter()) || doneAfter(f.clauseAfter())) {
		// "Toàn bộ 33 chỉ tiêu chủ yếu đều hoàn thành": all assigned,
		// all reached.
		if year := x.finalYear(f, facts.Actual); year != 0 {
			x.addAllReached(f, in, a.Value, year, "", false)
		}
		return
	}
	if !assigned && wholeSet(pre) && reachedWhole(pre) && !f.targetVerb() {
		// "đã hoàn thành và vượt toàn bộ 13 chỉ tiêu được giao", "đạt và
		// vượt cả 12 chỉ tiêu", "hoàn thành tất cả 15 chỉ tiêu": a result
		// verb that takes the whole set of targets reached them all, as
		// many as were assigned.
		if year := x.finalYear(f, facts.Actual); year != 0 {
			x.addAllReached(f, in, a.Value, year, "", false)
		}
		return
	}
	if !assigned && (allReached(pre) || allReached(f.clauseAfter())) {
		// The number reached, without the number assigned.
		if year := x.finalYear(f, facts.Actual); year != 0 {
			x.add(facts.Fact{Source: x.name, Unit: f.unit, Indicator: in.Code, Year: year, UOM: in.UOM, Value: a.Value,
				Kind: facts.Actual, Estimate: x.estimate(f, facts.Actual), AsOf: x.asOf(year), Evidence: f.evidence()}, f)
		}
		return
	}
	reached := false
	if !assigned {
		post := f.clauseAfter()
		i := 0
		for i < len(post) && (post[i].s == "chỉ" || post[i].s == "tiêu") {
			i++
		}
		if (i+1 < len(post) && post[i].s == "kế" && post[i+1].s == "hoạch" || i < len(post) && post[i].s == "kh") && !hasWord(post, "vượt") {
			for k := i; k+1 < len(post); k++ {
				if post[k].s == "hoàn" && post[k+1].s == "thành" {
					reached = true
				}
			}
		}
		if !reached {
			return
		}
	}
	year := x.finalYear(f, facts.Plan)
	if reached {
		year = x.finalYear(f, facts.Actual)
	}
	if year == 0 {
		return
	}
	base := facts.Fact{Source: x.name, Unit: f.unit, Indicator: in.Code, Year: year, UOM: in.UOM, Value: a.Value, Evidence: f.evidence()}
	if reached {
		act := base
		act.Kind = facts.Actual
		x.add(act, f)
	}
	plan := base
	plan.Kind = facts.Plan
	x.add(plan, f)
}

// pastGroupCount drops a count of other things coordinated right before
// a count of targets ("đề ra 4 nhóm và 22 chỉ tiêu", "xác định 3 đột phá
// với 20 chỉ tiêu", "gồm 5 lĩnh vực, 18 chỉ tiêu"): the verb before the
// first count governs the second too. The other count is a number and one
// to three words, joined by "và", "với" or a comma.
func pastGroupCount(pre []tok) []tok {
	n := len(pre)
	if n < 3 {
		return pre
	}
	if j := pre[n-1].s; j != "và" && j != "với" && j != "," {
		return pre
	}
	for k := n - 2; k >= max(0, n-5); k-- {
		if !pre[k].word {
			return pre
		}
		if isDigits(pre[k].s) {
			if k == n-2 {
				return pre // "và 22 chỉ tiêu" with no noun of its own
			}
			return pre[:k]
		}
	}
	return pre
}

// resultVerbEnds reports words that end with a result verb: "… hoàn
// thành", "… thực hiện", "… đạt".
func resultVerbEnds(pre []tok) bool {
	n := len(pre)
	return n >= 1 && pre[n-1].s == "đạt" || n >= 2 && (pre[n-2].s == "hoàn" && pre[n-1].s == "thành" || pre[n-2].s == "thực" && pre[n-1].s == "hiện")
}

// aimedCount reports a plain count of targets right after a result verb
// in a clause of purpose ("Để hoàn thành 9 chỉ tiêu …, xã đề ra …",
// "nhằm thực hiện thắng lợi 12 chỉ tiêu …"): the verb says what is aimed
// at, so the count is of the targets assigned, none reached yet. The
// purpose word ("để", "nhằm") stands right before the verb, or opens the
// clause a few words before it ("Để xã hoàn thành …").
func aimedCount(pre []tok) bool {
	n := len(pre)
	if n >= 2 && (pre[n-1].s == "lợi" && pre[n-2].s == "thắng" || pre[n-1].s == "tốt") {
		// "thực hiện thắng lợi", "hoàn thành tốt": how, not what
		if pre[n-1].s == "tốt" {
			pre = pre[:n-1]
		} else {
			pre = pre[:n-2]
		}
	}
	if !resultVerbEnds(pre) {
		return false
	}
	n = len(pre)
	v := n - 2
	if pre[n-1].s == "đạt" {
		v = n - 1
	}
	return v >= 1 && purposeWord(pre[v-1].s) || v <= 4 && purposeWord(pre[0].s) // "Để phường hoàn thành …"
}

// secondPlanCount reports a plain count of targets listed right after a
// count reached of another plan's, each named by the body that set it:
// "đạt 13/15 chỉ tiêu thành phố giao, 15 chỉ tiêu HĐND huyện giao", "12/14
// chỉ tiêu Nghị quyết Đảng bộ đề ra và 16 chỉ tiêu HĐND xã giao" (several
// plans in one sentence are several facts). The first count is a
// fraction whose item ends with its plan's giver ("… giao", "… đề ra")
// before the comma or "và"; the second item is "chỉ tiêu", its giver,
// and nothing said of how its targets went (a grading or a miss after
// it, "5 chỉ tiêu vượt", "2 chỉ tiêu chưa đạt", counts a part). A target
// verb ("phấn đấu") governs plans, not results.
func secondPlanCount(f *figure) bool {
	lead := f.pre()
	n := len(lead)
	if n < 3 || lead[n-1].s != "," && lead[n-1].s != "và" || !planGiverEnds(lead[:n-1]) {
		return false
	}
	// The previous figure is a fraction of targets: "13/15 chỉ tiêu"
	// right before the lead.
	before := tokRange(f.ctoks, f.clause.Start, f.prevEnd)
	m := len(before)
	for m > 0 && before[m-1].word && !before[m-1].digits && len(before)-m < 3 {
		m--
	}
	if m < 3 || !before[m-1].digits || before[m-2].s != "/" || !before[m-3].digits {
		return false
	}
	if c, ok := f.sentCues().kindCueBefore(before[m-3].start); ok && c.val == cuePlan && !c.noun {
		return false // "phấn đấu hoàn thành …": plans, no result
	}
	for _, t := range lead {
		if gradeWord(t.s) {
			return false
		}
	}
	post := f.post() // after the count and its noun
	end := len(post)
	for k, t := range post {
		if !t.word {
			end = k
			break
		}
	}
	item := post[:end]
	for _, t := range item {
		if gradeWord(t.s) {
			return false
		}
	}
	return planGiverEnds(item)
}

// planGiverEnds reports words that end with a plan's giver's verb:
// "… giao", "… đề ra", "… đặt ra".
func planGiverEnds(toks []tok) bool {
	n := len(toks)
	return n >= 1 && toks[n-1].s == "giao" || n >= 2 && toks[n-1].s == "ra" && (toks[n-2].s == "đề" || toks[n-2].s == "đặt")
}

// gradeWord reports a word that says how targets went ("đạt", "vượt",
// "không", "chưa", "hoàn" of "hoàn thành"): a count it stands by counts
// those targets, a part.
func gradeWord(w string) bool {
	switch w {
	case "đạt", "vượt", "không", "chưa", "hoàn", "còn":
		return true
	}
	return false
}

// missedCount reports "(chỉ tiêu) (chủ yếu) không/chưa đạt" right after a
// count of targets: it counts the targets missed ("01/15 chỉ tiêu không
// đạt"), which is neither the number reached nor, alone, the plan.
func missedCount(post []tok) bool {
	i := 0
	for i < len(post) && i < 4 && (post[i].s == "chỉ" || post[i].s == "tiêu" || post[i].s == "chủ" || post[i].s == "yếu" || post[i].s == "còn") {
		i++
	}
	return i+1 < len(post) && (post[i].s == "không" || post[i].s == "chưa") && (post[i+1].s == "đạt" || post[i+1].s == "hoàn")
}

// adoptVerbs adopt or set a plan's targets: a count right after them is
// the number assigned.
var adoptVerbM = newListMatcher([]string{"thông qua", "xác định", "thống nhất", "quyết nghị", "biểu quyết",
	"phấn đấu thực hiện", "phấn đấu hoàn thành", "phấn đấu đạt", "mục tiêu hoàn thành"}, 1)

// planDocM are the documents that set targets.
var planDocM = newListMatcher([]string{"nghị quyết", "kế hoạch", "nq", "chương trình hành động"}, 1)

// adoptedWith reports a count of targets after "với" or "gồm" that ends
// the object of an adopting verb, a document that sets targets:
// "thông qua Nghị quyết chung của Kỳ họp với 21 chỉ tiêu", "ban hành kế
// hoạch năm 2024 gồm 18 chỉ tiêu". Only words (and a year) stand between
// the verb and the count.
func adoptedWith(pre []tok) bool {
	n := len(pre)
	if n < 3 || pre[n-1].s != "với" && pre[n-1].s != "gồm" {
		return false
	}
	doc := false
	for k := n - 2; k >= 0 && k >= n-14; k-- {
		if !pre[k].word && pre[k].s != "-" {
			return false
		}
		if isDigits(pre[k].s) && len(pre[k].s) != 4 {
			return false
		}
		if _, _, ok := planDocM.match(pre, k); ok {
			doc = true
		}
		if !doc {
			continue
		}
		if _, _, ok := adoptVerbM.match(pre, k); ok {
			return true
		}
		if k+1 < n && (pre[k].s == "ban" && pre[k+1].s == "hành" || pre[k].s == "đề" && pre[k+1].s == "ra") {
			return true
		}
	}
	return false
}

func adoptVerb(pre []tok) bool {
	// The phrases run to four words ("phấn đấu hoàn thành").
	for k := max(0, len(pre)-4); k < len(pre); k++ {
		if _, e, ok := adoptVerbM.match(pre, k); ok && e == len(pre) {
			return true
		}
	}
	return false
}

// wholeSet reports "toàn bộ", "tất cả", "cả" right before a count: the
// whole of the plan's targets.
func wholeSet(pre []tok) bool {
	n := len(pre)
	return n >= 1 && (pre[n-1].s == "cả" || pre[n-1].s == "bộ" && n >= 2 && pre[n-2].s == "toàn")
}

// reachedWhole reports a result verb right before the whole-set words
// that end pre ("hoàn thành toàn bộ", "hoàn thành và vượt toàn bộ", "đạt
// và vượt cả", "hoàn thành vượt mức tất cả", "đạt được cả"), not denied
// ("chưa hoàn thành toàn bộ").
func reachedWhole(pre []tok) bool {
	n := len(pre)
	switch {
	case n >= 2 && pre[n-1].s == "bộ" && pre[n-2].s == "toàn":
		n -= 2
	case n >= 2 && pre[n-1].s == "cả" && pre[n-2].s == "tất":
		n -= 2
	case n >= 1 && pre[n-1].s == "cả":
		n--
	default:
		return false
	}
	if n >= 1 && pre[n-1].s == "được" {
		n--
	}
	if n >= 2 && pre[n-1].s == "mức" && pre[n-2].s == "vượt" {
		n--
	}
	if n < 1 {
		return false
	}
	switch {
	case pre[n-1].s == "đạt" || pre[n-1].s == "vượt":
	case n >= 2 && pre[n-2].s == "hoàn" && pre[n-1].s == "thành":
	default:
		return false
	}
	for k := max(0, n-5); k < n; k++ {
		if pre[k].s == "chưa" || pre[k].s == "không" {
			return false
		}
	}
	return true
}

// doneAfter reports "(chủ yếu) (đều) hoàn thành", "(đều) đạt" after a
// count of targets.
func doneAfter(post []tok) bool {
	for i, t := range post {
		if i > 5 || !t.word {
			return false
		}
		switch t.s {
		case "hoàn", "đạt":
			return true
		}
	}
	return false
}

// allReached reports "đạt và vượt" (reached or exceeded: all the targets
// reached) at the end of pre or at the start of what follows a count
// ("thực hiện đạt và vượt 19 chỉ tiêu", "12 chỉ tiêu đạt và vượt kế
// hoạch").
func allReached(toks []tok) bool {
	n := len(toks)
	if n >= 3 && toks[n-1].s == "vượt" && (toks[n-2].s == "và" || toks[n-2].s == ",") && (toks[n-3].s == "đạt" || toks[n-3].s == "thành") {
		return true
	}
	i := 0
	for i < len(toks) && (toks[i].s == "chỉ" || toks[i].s == "tiêu" || toks[i].s == "đều" || toks[i].s == "đã") {
		i++
	}
	if i+2 < len(toks) && toks[i].s == "đạt" && (toks[i+1].s == "và" || toks[i+1].s == ",") && toks[i+2].s == "vượt" {
		return true
	}
	return i+3 < len(toks) && toks[i].s == "hoàn" && toks[i+1].s == "thành" && toks[i+2].s == "và" && (toks[i+3].s == "vượt" || toks[i+3].s == "hoàn")
}

// listHeadReached reports a count of targets reached ("Nhóm chỉ tiêu
// kinh tế - xã hội: năm 2023 huyện đạt 17/19") after the targets' own
// noun heading a list (see targetList) with no target verb of its own:
// the list's items are the targets, each with its own figure, so a count
// of the targets themselves after a result verb reports how many were
// reached, not a target.
func listHeadReached(f *figure) bool {
	c, ok := f.sentCues().kindCueBefore(f.a.Start)
	if !ok {
		return false
	}
	st := f.stoks
	i := tokIndex(st, c.pos)
	if i >= len(st) || st[i].s != "chỉ" && !resultVerb(st[i].s) {
		return false
	}
	head := -1
	for k := i; k >= 0; k-- {
		if st[k].s == "chỉ" && targetList(st, k) {
			head = k
			break
		}
		if targetGoverns(st, k) {
			return false
		}
	}
	if head < 0 {
		return false
	}
	return resultVerbEnds(f.clauseBefore())
}

// targetPart reports a count of the targets of one field ("8/8 chỉ tiêu
// kinh tế", "19/19 tiêu chí nông thôn mới"), not of the whole plan.
func targetPart(f *figure) bool {
	before := f.clauseBefore()
	// The targets exceeded are a part of those reached when the count
	// reached was given first ("20/22 chỉ tiêu đạt …, trong đó 8/22 chỉ
	// tiêu vượt kế hoạch"); alone, they are what the text reports
	// ("huyện Đầm Dơi vượt 14/17 chỉ tiêu"). "Đạt và vượt", "hoàn thành
	// vượt" are all the targets reached.
	if n := len(before); f.countBefore && n > 0 && before[n-1].s == "vượt" && (n < 2 || before[n-2].s != "và" && before[n-2].s != "thành") {
		return true
	}
	if after := f.clauseAfter(); len(after) > 0 && f.countBefore {
		i := 0
		for i < len(after) && (after[i].s == "chỉ" || after[i].s == "tiêu" || after[i].s == "đã" || after[i].s == "được") {
			i++
		}
		if i < len(after) && after[i].s == "vượt" {
			return true
		}
	}
	if f.countBefore && (f.a.Form == vnnum.Fraction || slashOf(f) > 0) {
		// "19/19 chỉ tiêu đạt và vượt, trong đó có 14/19 chỉ tiêu hoàn
		// thành vượt mức", "…, trong số đó 6/25 chỉ tiêu đạt cao": after
		// a count, a count of the same total after "trong đó" / "trong
		// số" grades some of the targets. A plain count there is the
		// count reached of those assigned ("đề ra 22 chỉ tiêu, trong đó
		// thực hiện đạt và vượt 19 chỉ tiêu").
		lead := f.pre()
		for k := 0; k+1 < len(lead); k++ {
			if lead[k].s == "trong" && (lead[k+1].s == "đó" || lead[k+1].s == "số") {
				return true
			}
		}
	}
	if criteriaOfCommune(f) {
		return true // "xã Tuy Lộc đã hoàn thành 19/19 tiêu chí": a commune's new-rural criteria
	}
	if criteriaSet(f) {
		return true // "Theo bộ tiêu chí nông thôn mới …, xã đạt 13/19 tiêu chí, 47/57 chỉ tiêu"
	}
	if n := f.noun; strings.HasPrefix(n, "tiêu chí") && hasPhrase(afterLastMark(before), nongThonM) {
		return true // "Chương trình xây dựng nông thôn mới đạt 15/19 tiêu chí"
	}
	if criteriaInProgramme(f) {
		return true // "Về xây dựng NTM, toàn huyện đạt 100/190 tiêu chí"
	}
	post := tokRange(f.ctoks, f.a.NumStart, f.clause.End)
	// Skip the number and its noun.
	i := 0
	for i < len(post) && (!post[i].word || post[i].digits) {
		i++
	}
	for n := 0; i < len(post) && n < 3 && post[i].word; n++ {
		if s := post[i].s; s == "chỉ" || s == "tiêu" || s == "chí" || s == "nhóm" {
			i++
			continue
		}
		break
	}
	if hasPhrase(post[i:min(len(post), i+6)], nongThonM) {
		return true
	}
	// A bracket after the noun that gives counts of its own lists the
	// fields' parts of the count: "đạt 18/20 chỉ tiêu (kinh tế 7/8, văn
	// hóa - xã hội 9/10 …)". The field it names is not the count's.
	skip := i < len(post) && post[i].s == "(" && bracketCounts(post[i+1:])
	for k := i; !skip && k < len(post) && k <= i+1; k++ {
		if _, _, ok := wholeM.match(post, k); ok {
			return false
		}
		if post[k].s == "về" && k+1 < len(post) {
			// "21 chỉ tiêu về phát triển kinh tế - xã hội": "về" names
			// the field, here the whole plan's.
			if _, _, ok := wholeM.match(post, k+1); ok {
				return false
			}
			if spansFields(post[k+1:]) {
				// "32 chỉ tiêu về kinh tế, văn hóa - xã hội, môi trường,
				// an ninh trật tự và xây dựng Đảng": the fields listed
				// together make up the whole plan.
				return false
			}
		}
		if _, _, ok := fieldM.match(post, k); ok {
			return true
		}
	}
	if fieldLabel(f) || fieldTopic(f) || afterMainTargets(f) {
		return true
	}
	// A field named before the count: "Nhóm chỉ tiêu kinh tế đạt 6/6 chỉ
	// tiêu", "Các chỉ tiêu về văn hóa - xã hội đạt 10/10".
	lead := afterLastMark(before)
	for k := 1; k+1 < len(lead); k++ {
		if lead[k].s != "tiêu" || lead[k-1].s != "chỉ" {
			continue
		}
		j := k + 1
		if lead[j].s == "về" || lead[j].s == "thuộc" {
			j++
		}
		if j >= len(lead) {
			break
		}
		if _, _, ok := wholeM.match(lead, j); ok {
			return false
		}
		if _, _, ok := fieldM.match(lead, j); ok {
			return true
		}
	}
	return false
}

// spansFields reports a list of the plan's fields at the start of toks,
// up to the next figure or the clause's end, that names the economy and
// at least two other of its groups (society and culture, environment,
// defence and security, the Party): "kinh tế, văn hóa - xã hội, môi
// trường, an ninh trật tự và xây dựng Đảng". One or two fields ("kinh
// tế", "văn hóa - xã hội") are a part.
func spansFields(toks []tok) bool {
	groups := map[string]bool{}
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.digits || t.s == ";" || t.s == "(" || t.s == ":" {
			break
		}
		_, e, ok := fieldM.match(toks, k)
		if !ok {
			continue
		}
		w := toks[k].s
		for _, t := range toks[k+1 : e] {
			w += " " + t.s
		}
		switch w {
		case "kinh tế":
			groups["econ"] = true
		case "xã hội", "văn hóa", "y tế", "giáo dục":
			groups["social"] = true
		case "môi trường":
			groups["env"] = true
		case "quốc phòng", "an ninh":
			groups["security"] = true
		case "xây dựng đảng", "đảng", "chính trị":
			groups["party"] = true
		}
		k = e - 1
	}
	return groups["econ"] && len(groups) >= 3
}

// criteriaOfCommune reports a count of "tiêu chí" whose subject is a
// commune ("xã Tuy Lộc đã hoàn thành 19/19 tiêu chí") or a village (thôn,
// ấp, làng): the criteria of a new-rural commune or model village, not a
// plan's targets.
func criteriaOfCommune(f *figure) bool {
	if n := f.noun; n != "tiêu chí" && !(len(n) > len("tiêu chí ") && n[:len("tiêu chí ")] == "tiêu chí ") {
		return false
	}
	c := f.clauseBefore()
	for k, t := range c {
		if t.s == "xã" || t.s == "phường" {
			return true
		}
		// A village's: "3 thôn đạt 9/10 tiêu chí (khu dân cư kiểu
		// mẫu)", "ấp Bình An đạt 10/10 tiêu chí" ("nông thôn" is no
		// village).
		if (t.s == "thôn" && (k == 0 || c[k-1].s != "nông") || t.s == "ấp" || t.s == "làng") && t.word {
			return true
		}
	}
	return false
}

// criteriaInProgramme reports a count of "tiêu chí" in a sentence that
// has named the new-rural programme before it, in an earlier clause too
// ("Thực hiện chương trình xây dựng NTM, toàn huyện đạt 100/190 tiêu
// chí": the criteria its communes met, summed), unless the count's own
// clause ties it to a resolution or plan ("…, 15/19 tiêu chí đạt kế
// hoạch Nghị quyết"), whose targets a "tiêu chí" count may be.
func criteriaInProgramme(f *figure) bool {
	if n := f.noun; !strings.HasPrefix(n, "tiêu chí") {
		return false
	}
	if !hasPhrase(f.sentenceBefore(), nongThonM) {
		return false
	}
	for _, t := range tokRange(f.ctoks, f.clause.Start, f.clause.End) {
		if t.s == "quyết" || t.s == "hoạch" || t.s == "giao" || t.s == "nq" || t.s == "kh" {
			return false // nghị quyết, kế hoạch, chỉ tiêu giao, and their initials
		}
	}
	return true
}

// criteriaSet reports a count measured against the new-rural criteria,
// not a plan: one after "bộ tiêu chí" in its sentence ("Theo bộ tiêu chí
// nông thôn mới cấp xã …, xã đạt … 47/57 chỉ tiêu", "so với Bộ tiêu chí
// quốc gia, xã đạt 45/57 chỉ tiêu"), or one listed right after a count of
// a commune's or new-rural criteria, joined by a comma or "và" only ("xã
// đạt 13/19 tiêu chí, 47/57 chỉ tiêu"): the criteria's own indicators,
// whatever noun counts them.
func criteriaSet(f *figure) bool {
	sb := f.sentenceBefore()
	for k := 0; k+2 < len(sb); k++ {
		if sb[k].s == "bộ" && sb[k+1].s == "tiêu" && sb[k+2].s == "chí" {
			return true
		}
	}
	if namedCriteriaBefore(f.clauseBefore()) {
		return true
	}
	for _, t := range f.pre() {
		if t.s != "," && t.s != "và" && t.s != ";" {
			return false
		}
	}
	before := tokRange(f.ctoks, f.clause.Start, f.prevEnd)
	n := len(before)
	if n < 3 || before[n-2].s != "tiêu" || before[n-1].s != "chí" {
		return false
	}
	if hasPhrase(tokRange(f.stoks, f.sent.Start, f.prevEnd), nongThonM) {
		return true
	}
	for _, t := range before {
		if t.s == "xã" || t.s == "phường" {
			return true
		}
	}
	return false
}

// estimateRightAfter reports "19/19 chỉ tiêu ước hoàn thành".
func estimateRightAfter(f *figure) bool {
	post := f.clauseAfter()
	for i, t := range post {
		if i > 4 || !t.word {
			break
		}
		if t.s == "ước" {
			return true
		}
	}
	return false
}

// sigDigits counts the digits written in a figure, to tell the precise of
// two twins ("12.170 tỷ" against "12 nghìn tỷ").
func sigDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// placedDigits counts the digits written in a figure up to its last
// non-zero one: "12.700" has three, "12.733" five.
func placedDigits(s string) int {
	n, placed := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
			if s[i] != '0' {
				placed = n
			}
		}
	}
	return placed
}

// finish removes duplicates and returns the facts in text order.
func (x *docReader) finish() []facts.Fact {
	keep := make([]bool, len(x.out))
	for i := range keep {
		keep[i] = true
	}
	// One unit, one name, before facts are compared: a page that spells
	// it "Hoằng Hoá" here and "Hoằng Hóa" there states one figure twice.
	for i := range x.out {
		x.out[i].Unit = officialSpelling(x.out[i].Unit)
	}
	for i := range x.shadows {
		x.shadows[i].Unit = officialSpelling(vnLetters(x.shadows[i].Unit))
	}
	x.misprinted(keep)
	// Twins share unit, indicator and kind: compare within those groups.
	type groupKey struct {
		unit, ind string
		kind      facts.Kind
	}
	groups := map[groupKey][]int{}
	for i := range x.out {
		k := groupKey{x.out[i].Unit, x.out[i].Indicator, x.out[i].Kind}
		groups[k] = append(groups[k], i)
	}
	for _, idx := range groups {
		x.twins(idx, keep)
	}
	x.dropShadowed(keep)
	n := 0
	for _, k := range keep {
		if k {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]facts.Fact, 0, n)
	for i := range x.out {
		if keep[i] {
			out = append(out, x.out[i].Fact)
		}
	}
	return out
}

// twins clears keep for the less precise or headline twin of each pair of
// facts of one group (same unit, indicator and kind). Equal values are
// settled first, in one pass; rounded twins are looked for only among
// values within 10% of each other (roundsTo's reach), so a long document
// that repeats its figures costs no more than one that does not.
func (x *docReader) twins(idx []int, keep []bool) {
	if len(idx) < 2 {
		return // no twin (most groups): spare the maps and the sort
	}
	// Equal values: the body's first of each year wins; a headline goes
	// when the body states the value in any year.
	type vk struct {
		v      float64
		year   int
		header bool
	}
	x.unstatedYears(idx)
	firstOf := map[vk]int{}
	bodyHas := map[float64]bool{}
	bodyYear := map[vk]bool{}
	for _, i := range idx {
		c := &x.out[i]
		if !c.header {
			bodyHas[c.Value] = true
			bodyYear[vk{c.Value, c.Year, false}] = true
		}
	}
	for _, i := range idx {
		c := &x.out[i]
		if c.header && bodyHas[c.Value] && (bodyYear[vk{c.Value, c.Year, false}] || !namesOwnYear(c)) {
			keep[i] = false
			continue
		}
		k := vk{c.Value, c.Year, c.header}
		if j, seen := firstOf[k]; seen {
			if o := &x.out[j]; !(c.otherPlan || o.otherPlan) || o.at == c.at || o.sent != c.sent {
				keep[i] = false
				continue
			}
			// "hoàn thành … 13/15 chỉ tiêu thành phố giao, 15 chỉ tiêu
			// HĐND huyện giao": the second plan's count is not the
			// first's stated twice. (An equal ratio to two plans, "đạt
			// 77,14% dự toán thành phố giao; đạt 77,14% dự toán HĐND
			// quận giao", stays one fact, as the seeds' gold reads it.)
		}
		firstOf[k] = i
	}
	// A headline's bound ("phấn đấu kết nạp trên 200 đảng viên mới")
	// that a later paragraph's figure meets ("từ 230 đảng viên mới trở
	// lên", in the lead or the body) is that figure stated loosely (see
	// restates), not a second one.
	for _, i := range idx {
		h := &x.out[i]
		if !keep[i] || !h.header || h.Qualifier == "" {
			continue
		}
		for _, j := range idx {
			if b := &x.out[j]; keep[j] && b.Line > h.Line && (b.Year == h.Year || !namesOwnYear(h)) && restates(h.Fact, b.Value) {
				keep[i] = false
				break
			}
		}
	}
	var rest []int
	for _, i := range idx {
		if keep[i] {
			rest = append(rest, i)
		}
	}
	sort.SliceStable(rest, func(a, b int) bool { return math.Abs(x.out[rest[a]].Value) < math.Abs(x.out[rest[b]].Value) })
	for ai, i := range rest {
		a := &x.out[i]
		for _, dir := range []int{-1, 1} {
			for bj := ai + dir; bj >= 0 && bj < len(rest); bj += dir {
				j := rest[bj]
				b := &x.out[j]
				if math.Abs(math.Abs(a.Value)-math.Abs(b.Value)) > 0.1*math.Abs(b.Value) {
					break // sorted: no value further on is within reach
				}
				if !keep[i] {
					break
				}
				if !keep[j] || (a.Year != b.Year && !(a.header && !b.header && !namesOwnYear(a))) || a.Value == b.Value {
					continue
				}
				// "hơn 12.700 tỷ đồng" beside "12.733 tỷ đồng": a figure
				// the text marks as approximate (hơn, trên, khoảng, gần)
				// and writes with trailing zeros is the precise one
				// rounded, though both have five digits.
				approx := a.Qualifier != "" && b.Qualifier == "" && a.placed < b.placed
				if roundsTo(b.Value, a.Value) && (a.digits < b.digits || a.header && !b.header || approx) {
					keep[i] = false
				}
			}
		}
	}
}

// namesOwnYear reports a headline fact whose year its own words name
// ("HĐND huyện xác định 3 giải pháp, 10 chỉ tiêu KT-XH năm 2024"): a body
// figure of another year ("năm 2023, huyện hoàn thành 10/10 chỉ tiêu")
// with the same or a nearby value is another year's, not the one the
// headline restates.
func namesOwnYear(c *candidate) bool {
	return c.header && c.Year != 0 && strings.Contains(c.Evidence, strconv.Itoa(c.Year))
}

// unstatedYears gives a figure stated again with a year the text never
// names the year the text names for its other statement, so that the two
// are one fact: the lede's "tổng thu ngân sách Nhà nước đạt hơn 62.700
// tỷ đồng", dated by "trong vòng 4 năm qua" from the page's clock, and
// the headline's or the body's "năm 2024 … hơn 62.700 tỷ đồng" are one
// fact, of 2024. Only figures written with three digits or more (up to
// the last non-zero one), whose equality means a restatement: a small
// count or a round rate ("18 chỉ tiêu", "100%") may be two years' figures.
func (x *docReader) unstatedYears(idx []int) {
	for _, i := range idx {
		a := &x.out[i]
		if a.placed < 3 || x.years[a.Year] > 0 {
			continue
		}
		for _, j := range idx {
			if b := &x.out[j]; j != i && b.Value == a.Value && b.Year != a.Year && x.years[b.Year] > 0 {
				a.Year = b.Year
				a.AsOf = b.AsOf
				break
			}
		}
	}
}

// dropShadowed clears keep for headline facts that restate a body figure
// found to be no fact.
func (x *docReader) dropShadowed(keep []bool) {
	for i := range x.out {
		c := &x.out[i]
		if !c.header {
			continue
		}
		for _, s := range x.shadows {
			if s.Unit == c.Unit && s.Indicator == c.Indicator && s.Kind == c.Kind && restates(c.Fact, s.Value) {
				keep[i] = false
			}
		}
	}
}

// roundsTo reports whether short is precise rounded (or cut) to the
// precision short is written with: 12e12 of 12.17e12, 6617 of 6617.2,
// 115075.8 of 115075.897.
func roundsTo(precise, short float64) bool {
	if precise == 0 || short == 0 || (precise < 0) != (short < 0) {
		return false
	}
	p, s := math.Abs(precise), math.Abs(short)
	if math.Abs(p-s)/p > 0.1 {
		return false
	}
	// The precision of short is its last non-zero decimal place.
	for step := 1e15; step >= 1e-6; step /= 10 {
		if q := s / step; math.Round(q) != 0 && math.Abs(q-math.Round(q)) < 1e-9*math.Max(1, q) {
			r := math.Round(p/step) * step
			t := math.Floor(p/step) * step
			return math.Abs(r-s) <= 1e-9*p || math.Abs(t-s) <= 1e-9*p
		}
	}
	return false
}

// ofAfter reports a count of targets "X/N" among toks whose total N is n:
// the plan a count before it named.
func ofAfter(toks []tok, n float64) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].s == "/" && toks[k+1].digits && strconv.Itoa(int(n)) == toks[k+1].s {
			return true
		}
	}
	return false
}

// fieldLabel reports a count of targets labelled by one field of the plan
// as an item of a list ("…; trong đó, kinh tế 4/4 chỉ tiêu; văn hóa - xã
// hội 9/10 chỉ tiêu; quốc phòng - an ninh 2/2 chỉ tiêu và xây dựng Đảng
// 3/3 chỉ tiêu", "lĩnh vực kinh tế đạt 5/6"): the item opens (after a
// mark, the clause's start or the previous item's noun and joiner) with
// field names only, joined by dashes, commas or "và", and at most a verb
// before the count. A whole plan's name ("kinh tế - xã hội") or any other
// word ("Đảng bộ xã đạt 18/18") is no field label.
func fieldLabel(f *figure) bool {
	lead := afterLastMark(f.pre())
	if k := len(lead) - 1; k >= 0 && lead[k].s == "/" {
		return false
	}
	i := 0
	// The previous item's noun and the joiner: "… 2/2 chỉ tiêu và xây dựng Đảng 3/3".
	for i < len(lead) && (lead[i].s == "chỉ" || lead[i].s == "tiêu" || lead[i].s == "và" || lead[i].s == ";") {
		i++
	}
	fields := 0
	for i < len(lead) {
		if _, _, ok := wholeM.match(lead, i); ok {
			return false
		}
		if s := lead[i].s; s == "về" || s == "thuộc" {
			return false // "về" and "thuộc" follow a noun: "chỉ tiêu về kinh tế" is read above
		}
		if _, e, ok := fieldM.match(lead, i); ok {
			fields++
			i = e
			continue
		}
		if s := lead[i].s; fields > 0 && (s == "-" || s == "–" || s == "và" || s == "," || s == "&") {
			i++
			continue
		}
		break
	}
	if fields == 0 {
		return false
	}
	// At most one verb of reaching between the label and the count.
	rest := lead[i:]
	switch {
	case len(rest) == 0:
		return true
	case len(rest) == 1:
		return rest[0].s == "đạt" || rest[0].s == "có"
	case len(rest) == 2:
		return rest[0].s == "hoàn" && rest[1].s == "thành" || rest[0].s == "đạt" && rest[1].s == "được"
	}
	return false
}

// fieldTopic reports a count of targets in a sentence that opens on one
// field of the plan as its topic ("Về kinh tế, có 6/7 chỉ tiêu đạt …",
// "Trên lĩnh vực văn hóa - xã hội, 9/10 chỉ tiêu …", "Về lĩnh vực kinh
// tế, …", "Đối với khối văn hóa - xã hội, …"): the field's
// targets, a part. The whole plan as the topic ("Về kinh tế - xã hội,
// …") is no field.
func fieldTopic(f *figure) bool {
	sb := f.sentenceBefore()
	// The topic opens the sentence or, after a time or other lead, any of
	// its clauses before the count: "Năm 2023, về kinh tế, có 6/7 chỉ
	// tiêu …", "…; về xã hội có 8/8 chỉ tiêu đạt".
	for k := 0; k < len(sb); k++ {
		if k == 0 || sb[k-1].s == "," || sb[k-1].s == ";" || sb[k-1].s == ":" {
			if fieldTopicAt(sb[k:]) {
				return true
			}
		}
	}
	return false
}

// fieldTopicAt reports sb opening on a field topic (see fieldTopic).
func fieldTopicAt(sb []tok) bool {
	// The topic's preposition ("Về", "Trên", "Trong", "Ở", "Đối với"),
	// then perhaps the word for a field ("lĩnh vực", "khối"): "Về kinh
	// tế, …", "Về lĩnh vực kinh tế, …", "Đối với khối văn hóa - xã hội,
	// …", "Lĩnh vực văn hóa, …". "Trên"/"Trong"/"Ở" need the field word.
	i := 0
	prep := false
	switch {
	case len(sb) > 0 && sb[0].s == "về":
		i, prep = 1, true
	case len(sb) > 1 && sb[0].s == "đối" && sb[1].s == "với":
		i, prep = 2, true
	case len(sb) > 0 && (sb[0].s == "trên" || sb[0].s == "trong" || sb[0].s == "ở"):
		i = 1
	}
	switch {
	case i+1 < len(sb) && sb[i].s == "lĩnh" && sb[i+1].s == "vực":
		i += 2
	case i < len(sb) && sb[i].s == "khối" && i > 0:
		i++
	case targetsHead(sb, i) > i:
		// "Nhóm chỉ tiêu kinh tế: …", "Các chỉ tiêu về văn hóa - xã
		// hội: …", "Về nhóm chỉ tiêu kinh tế, …": the targets' own noun
		// heads the field.
		i = targetsHead(sb, i)
	case !prep:
		return false
	}
	fields := 0
	for i < len(sb) {
		if _, _, ok := wholeM.match(sb, i); ok {
			return false
		}
		if s := sb[i].s; s == "về" || s == "thuộc" || s == "lĩnh" {
			return false
		}
		if _, e, ok := fieldM.match(sb, i); ok {
			fields++
			i = e
			continue
		}
		if s := sb[i].s; fields > 0 && (s == "-" || s == "–" || s == "và" || s == "&") {
			i++
			continue
		}
		break
	}
	// The topic ends with a comma or, as report headings write it, a
	// colon: "Về kinh tế: có 6/7 chỉ tiêu đạt …". After a preposition,
	// the verb of the count may follow it straight: "về xã hội có 8/8
	// chỉ tiêu đạt".
	if fields == 0 || i >= len(sb) {
		return false
	}
	if sb[i].s == "," || sb[i].s == ":" {
		return true
	}
	return prep && i == len(sb)-1 && (sb[i].s == "có" || sb[i].s == "đạt")
}

// targetsHead returns the index after the head of a field's targets at
// sb[i] ("nhóm chỉ tiêu", "các chỉ tiêu", "chỉ tiêu", "nhóm các chỉ
// tiêu", each perhaps with "về" or "thuộc" after it), or i when there is
// none.
func targetsHead(sb []tok, i int) int {
	k := i
	if k < len(sb) && (sb[k].s == "nhóm" || sb[k].s == "các") {
		k++
	}
	if k < len(sb) && sb[k].s == "các" {
		k++
	}
	if k+1 >= len(sb) || sb[k].s != "chỉ" || sb[k+1].s != "tiêu" {
		return i
	}
	k += 2
	if k < len(sb) && (sb[k].s == "về" || sb[k].s == "thuộc") {
		k++
	}
	return k
}

// afterMainTargets reports a count of targets listed right after the
// count of the plan's main targets, with a kind of its own named after
// its noun: "16/17 chỉ tiêu chủ yếu, 39/40 chỉ tiêu giải pháp". The main
// targets ("chủ yếu") are the plan's count; the other list is not.
func afterMainTargets(f *figure) bool {
	lead := f.sentenceBefore()
	n := len(lead)
	if n < 5 || lead[n-1].s != "," && lead[n-1].s != "và" && lead[n-1].s != ";" {
		return false
	}
	if !mainTargetsEnd(lead[:n-1]) {
		return false
	}
	post := tokRange(f.ctoks, f.a.NumStart, f.clause.End)
	i := 0
	for i < len(post) && (!post[i].word || post[i].digits) {
		i++
	}
	if i+2 >= len(post) || post[i].s != "chỉ" || post[i+1].s != "tiêu" {
		return false
	}
	w := post[i+2]
	return w.word && !w.digits && !mainTargetsAfter[w.s]
}

// mainTargetsEnd reports toks ending with the plan's main targets, as
// reports name them: "chỉ tiêu chủ yếu", "chỉ tiêu chính", "chỉ tiêu cơ
// bản", "chỉ tiêu kinh tế - xã hội chủ yếu", perhaps with who set them
// after ("… chủ yếu đề ra", "… chính được giao").
func mainTargetsEnd(toks []tok) bool {
	k := len(toks) - 1
	for k >= 0 && (toks[k].s == "đề" || toks[k].s == "ra" || toks[k].s == "được" || toks[k].s == "giao") {
		k--
	}
	switch {
	case k >= 1 && toks[k].s == "yếu" && toks[k-1].s == "chủ", k >= 1 && toks[k].s == "bản" && toks[k-1].s == "cơ":
		k -= 2
	case k >= 0 && toks[k].s == "chính":
		k--
	default:
		return false
	}
	for j := k; j >= 1 && j >= k-6; j-- {
		if toks[j].digits {
			return false
		}
		if toks[j].s == "tiêu" && toks[j-1].s == "chỉ" {
			return true
		}
	}
	return false
}

// mainTargetsAfter are the words after "chỉ tiêu" that keep a count the
// plan's: its grading or verb, its giver, the whole plan's name.
var mainTargetsAfter = map[string]bool{"chủ": true, "đạt": true, "vượt": true, "hoàn": true, "đều": true, "được": true, "đã": true, "chưa": true, "không": true,
	"của": true, "theo": true, "so": true, "do": true, "đề": true, "giao": true, "nghị": true, "nq": true, "kế": true, "kh": true, "hđnd": true, "ubnd": true, "đại": true,
	"huyện": true, "tỉnh": true, "xã": true, "thị": true, "thành": true, "phường": true, "quận": true, "cơ": true, "quan": true, "trọng": true,
	"kinh": true, "phát": true, "về": true, "và": true, "trên": true, "trong": true, "với": true, "là": true, "như": true, "gồm": true}

// headsTargets reports a plain count of targets that heads the list of
// them after a colon (see targetListHead): the number set, whatever verb
// introduced it.
func headsTargets(f *figure) bool {
	toks := tokRange(f.stoks, f.a.NumStart, f.sent.End)
	return len(toks) > 0 && targetListHead(toks) == 0
}

// exceededThenReached reports a count of targets exceeded ("vượt (mức)
// (kế hoạch) 10/25 chỉ tiêu", "12/15 chỉ tiêu vượt kế hoạch") that the
// sentence follows with a count of other targets reached without
// exceeding ("…; có 13 chỉ tiêu hoàn thành kế hoạch", "…, 3 chỉ tiêu đạt
// kế hoạch"): the report splits the targets reached into those exceeded
// and those met, so the first count is a part, not the number reached.
// "Đạt và vượt", "hoàn thành và vượt" grade all the targets reached and
// are no such split.
func exceededThenReached(f *figure) bool {
	exceeded := false
	lead := afterLastMark(f.clauseBefore())
	n := len(lead)
	if n >= 2 && (lead[n-1].s == "hoạch" && lead[n-2].s == "kế") {
		n -= 2
	} else if n >= 1 && lead[n-1].s == "kh" {
		n--
	}
	if n >= 1 && lead[n-1].s == "mức" {
		n--
	}
	if n >= 1 && lead[n-1].s == "vượt" && (n < 2 || lead[n-2].s != "và" && lead[n-2].s != "," && lead[n-2].s != "hoặc") {
		exceeded = true
	}
	after := tokRange(f.stoks, f.a.End, f.sent.End)
	i := 0
	for i < len(after) && i < 4 && (after[i].s == "chỉ" || after[i].s == "tiêu" || after[i].s == "đã" || after[i].s == "được" || after[i].s == "chủ" || after[i].s == "yếu") {
		i++
	}
	if i < len(after) && after[i].s == "vượt" {
		exceeded = true
	}
	if !exceeded {
		return false
	}
	for k := i; k+2 < len(after); k++ {
		if after[k].s == "trong" && (after[k+1].s == "đó" || after[k+1].s == "số") {
			return false // "…, trong đó …": the parts of what came before
		}
		if !after[k].digits || after[k+1].s != "chỉ" || after[k+2].s != "tiêu" {
			continue
		}
		// The grade after the count: "13 chỉ tiêu (chủ yếu) đạt/hoàn
		// thành", not "… đạt và vượt", "… không đạt".
		j := k + 3
		for j < len(after) && j < k+5 && (after[j].s == "chủ" || after[j].s == "yếu" || after[j].s == "đã") {
			j++
		}
		if metOnly(after, j) {
			return true
		}
		// The grade before it: "…, đạt 13 chỉ tiêu", "hoàn thành 13 chỉ tiêu".
		b := k
		if b >= 1 && (after[b-1].s == "đạt" && (b < 2 || after[b-2].s != "không" && after[b-2].s != "chưa" && after[b-2].s != "và") ||
			b >= 2 && after[b-1].s == "thành" && after[b-2].s == "hoàn" && (b < 3 || after[b-3].s != "không" && after[b-3].s != "chưa" && after[b-3].s != "và")) {
			return true
		}
	}
	return false
}

// metOnly reports "đạt" or "hoàn thành" at toks[j] not followed by "và
// vượt" or ", vượt": targets met without more.
func metOnly(toks []tok, j int) bool {
	e := j
	switch {
	case j < len(toks) && toks[j].s == "đạt":
		e = j + 1
	case j+1 < len(toks) && toks[j].s == "hoàn" && toks[j+1].s == "thành":
		e = j + 2
	default:
		return false
	}
	if e+1 < len(toks) && (toks[e].s == "và" || toks[e].s == ",") && (toks[e+1].s == "vượt" || toks[e+1].s == "hoàn") {
		return false
	}
	return !(e < len(toks) && toks[e].s == "vượt")
}

// bracketCounts reports a number among the first words of a bracket
// (toks start after its "("), before it closes.
func bracketCounts(toks []tok) bool {
	for k := 0; k < len(toks) && k < 8; k++ {
		if toks[k].s == ")" {
			return false
		}
		if toks[k].digits {
			return true
		}
	}
	return false
}

// missedBefore reports a count of targets right after a denied result
// verb ("không hoàn thành 3/20 chỉ tiêu", "chưa đạt được 2/21 chỉ tiêu",
// "không thực hiện được 1 chỉ tiêu") or after "còn" (still left: "còn
// 3/20 chỉ tiêu chưa hoàn thành"): it counts the targets missed, neither
// the number reached nor the plan. "Còn lại" (the rest) is no such word.
func missedBefore(lead []tok) bool {
	n := len(lead)
	if n >= 1 && lead[n-1].s == "còn" {
		return true
	}
	if n >= 1 && lead[n-1].s == "được" {
		n--
	}
	if !resultVerbEnds(lead[:n]) {
		return false
	}
	v := n - 2 // "hoàn thành", "thực hiện"
	if lead[n-1].s == "đạt" {
		v = n - 1
	}
	return v >= 1 && (lead[v-1].s == "không" || lead[v-1].s == "chưa")
}

// criteriaQualifier are the words that name a set of new-rural criteria
// after "tiêu chí": "nông thôn mới (nâng cao, kiểu mẫu)", "NTM", "cấp xã".
var criteriaQualifier = map[string]bool{"nông": true, "thôn": true, "mới": true, "ntm": true, "nâng": true, "cao": true,
	"kiểu": true, "mẫu": true, "cấp": true, "xã": true}

// namedCriteriaBefore reports a count listed right after a count of
// new-rural criteria named as such, joined by a comma or "và" ("xã đạt
// 16/19 tiêu chí nông thôn mới nâng cao, 45/57 chỉ tiêu"): the criteria's
// own indicators, whatever noun counts them. before is the clause up to
// the count.
func namedCriteriaBefore(before []tok) bool {
	n := len(before)
	if n < 6 || before[n-1].s != "," && before[n-1].s != "và" {
		return false
	}
	k := n - 2
	named := false
	for k >= 0 && criteriaQualifier[before[k].s] {
		if before[k].s == "ntm" || before[k].s == "mới" && k >= 2 && before[k-1].s == "thôn" && before[k-2].s == "nông" {
			named = true
		}
		k--
	}
	return named && k >= 2 && before[k].s == "chí" && before[k-1].s == "tiêu" && before[k-2].digits
}

// reachedOfTotal reads "N trên/trong (tổng) số M chỉ tiêu" after a result
// verb ("hoàn thành 17 trên tổng số 20 chỉ tiêu", "đạt 15 trong số 18
// chỉ tiêu") or after "có" with the targets reached said after the count
// ("có 17 trong tổng số 20 chỉ tiêu đạt và vượt kế hoạch"): the words' way
// of writing "17/20", the number reached of the number assigned. 0 if
// there is none; a count graded otherwise after it ("… vượt", "… không
// đạt") is left to the rules of parts and misses.
func reachedOfTotal(f *figure) float64 {
	pre := f.clauseBefore()
	n := len(pre)
	if n < 4 || pre[n-1].s != "số" {
		return 0
	}
	k := n - 2
	if pre[k].s == "tổng" {
		k--
	}
	if k < 1 || pre[k].s != "trên" && pre[k].s != "trong" {
		return 0
	}
	d := pre[k-1]
	if !d.digits || len(d.s) > 3 {
		return 0
	}
	v, err := strconv.Atoi(d.s)
	if err != nil || v <= 0 || float64(v) > f.a.Value {
		return 0
	}
	lead := pre[:k-1]
	if m := len(lead); m >= 1 && lead[m-1].s == "được" {
		lead = lead[:m-1]
	}
	if resultVerbEnds(lead) && !missedBefore(lead) {
		return float64(v)
	}
	post := f.clauseAfter()
	i := 0
	for i < len(post) && i < 4 && (post[i].s == "chỉ" || post[i].s == "tiêu" || post[i].s == "chủ" || post[i].s == "yếu" || post[i].s == "đã" || post[i].s == "đều") {
		i++
	}
	if m := len(lead); m >= 1 && lead[m-1].s == "có" && (metOnly(post, i) || allReached(post)) {
		return float64(v)
	}
	return 0
}
