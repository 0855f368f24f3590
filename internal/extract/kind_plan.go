package extract

// Plan and target words: plan nouns ("kế hoạch", "mục tiêu", "chỉ tiêu")
// and target verbs ("phấn đấu", "đề ra") near a figure, the brackets that
// open with them and the report headings about the plan. Apart from kind.go
// because they answer one question for kindOf and mode (kind_mode.go): is
// the figure a target?

import (
	"strconv"
	"strings"

	"github.com/chitieu/chitieu/internal/vnnum"
)

// verbBeforeSubject reports a verb at pre[at] that a comma follows, with
// the figure's subject (starting at byte subjStart) after that comma.
func verbBeforeSubject(pre []tok, at, subjStart int) bool {
	if at < 0 || subjStart <= 0 || pre[at].start >= subjStart {
		return false
	}
	for k := at + 1; k < len(pre) && pre[k].start < subjStart; k++ {
		if pre[k].s == "," {
			return true
		}
	}
	return false
}

// plannedRange reports a rate's change given as a range ("giảm 1,5 -
// 2%", "tỷ lệ giảm hộ nghèo bình quân hằng năm đạt 3 - 5%") with no
// estimate word in its clause: a measured change is one figure, a range
// is a target's, and a planned change is no fact. "ước giảm 1 - 1,5%"
// is an estimate's range.
func plannedRange(f *figure) bool {
	if f.a.Form != vnnum.Range || f.a.Max == 0 {
		return false
	}
	for _, e := range f.sentCues().est { // in order of position
		if e.pos >= f.a.Start {
			break
		}
		if e.pos >= f.clause.Start && e.val == 1 {
			return false
		}
	}
	return true
}

// resultInClause reports a result word as the kind word nearest before
// the figure, within the figure's clause (since its last semicolon).
func resultInClause(f *figure) bool {
	c, ok := f.sentCues().kindCueBefore(f.a.Start)
	return ok && c.val == cueActual && c.pos >= f.clause.Start
}

// bracketAfterPlan reports a bare percentage in a bracket right after a
// plan's figure in report notation ("286 ĐV/KH 250 (114,4%)"): the
// result's share of the plan.
func bracketAfterPlan(f *figure) bool {
	pre := f.clauseBefore()
	n := len(pre)
	if n < 4 || pre[n-1].s != "(" {
		return false
	}
	for k := n - 2; k >= 1 && k >= n-8; k-- {
		switch pre[k].s {
		case "kh", "dt", "nq":
			return pre[k-1].s == "/"
		case ",", ";", ":", "(", ")":
			return false
		}
	}
	return false
}

// targetVerb reports a target verb ("phấn đấu", "mục tiêu", "đề ra") as
// the kind word nearest before the figure in its sentence.
func (f *figure) targetVerb() bool {
	c, ok := f.sentCues().kindCueBefore(f.a.Start)
	return ok && c.val == cuePlan && !c.noun
}

// planNounSpent reports that the plan word governing a figure is a plan
// noun that has had its own figure before this one ("đạt 20,8 tỷ
// đồng/dự toán 26 tỷ đồng, đạt 80,1%, bằng 112,4% so CK"): the noun
// named the plan's figure, and what follows compares the result. A year
// after the noun is no figure of it ("Kế hoạch vốn đầu tư công năm 2024
// của huyện là 300 tỷ đồng" is the plan). A
// target verb ("phấn đấu …: X tăng 15%; Y tăng 22%") governs its whole
// list.
//
// A plan noun completed before a colon is spent too: after "các huyện
// đều hoàn thành vượt dự toán:" the list says what each did ("huyện A
// thu 6.852 tỷ đồng, …"), whereas a heading's plan noun ("Chỉ tiêu năm
// 2025: thu ngân sách …") governs its list.
func planNounSpent(f *figure) bool {
	c, ok := f.sentCues().kindCueBefore(f.a.Start)
	if !ok || !c.noun && !planParticiple(f.stoks, c.pos) {
		return false
	}
	if c.pos < f.clause.Start || c.pos < f.prevReal {
		return !headsList(f, c.pos)
	}
	before := tokRange(f.stoks, f.sent.Start, c.pos)
	between := tokRange(f.stoks, c.pos, f.a.Start)
	if !hasWord(between, ":") || len(before) == 0 {
		return false
	}
	v, at, found := lastPhrase(before, verbM)
	return found && (v == vAchieve || v == vExceed || v == vReach) && at >= len(before)-3
}

// planParticiple reports a target verb at byte pos that follows a plan
// noun and completes it ("nghị quyết đề ra", "chỉ tiêu đặt ra", "dự toán
// giao"): with it, the verb names the plan, as the noun does, rather than
// setting a target itself. "chỉ tiêu phấn đấu" names targets still to
// strive for and stays a target verb.
func planParticiple(stoks []tok, pos int) bool {
	k := tokIndex(stoks, pos)
	if k >= len(stoks) || stoks[k].s != "đề" && stoks[k].s != "đặt" && stoks[k].s != "giao" {
		return false // "29 chỉ tiêu phấn đấu, …: …": the verb heads the targets to strive for
	}
	return planNounEndsAt(stoks, k) || stoks[k].s == "giao" && capitalBefore(stoks, k)
}

// capitalBefore reports "vốn" among the few words right before toks[k]
// ("vốn đầu tư công năm 2021 giao cho tỉnh …", "tổng vốn … giao"): the
// verb after it says whom the capital went to, a participle naming the
// capital assigned, not a verb setting targets.
func capitalBefore(toks []tok, k int) bool {
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		if !toks[j].word {
			return false
		}
		if toks[j].s == "vốn" {
			return true
		}
	}
	return false
}

// planNounEndsAt reports a plan noun (planM, one or two words) that ends
// right before toks[end].
func planNounEndsAt(toks []tok, end int) bool {
	for _, j := range []int{end - 1, end - 2} {
		if j < 0 {
			continue
		}
		if _, e, ok := planM.match(toks, j); ok && e == end {
			return true
		}
	}
	return false
}

// headsList reports a plan noun at byte pos that opens its sentence and
// heads a list after a colon ("KH 2024: GTSX …; thu NSNN 7.450 tỷ đồng;
// GQVL 5.100 LĐ"): it governs every item, not only the first.
func headsList(f *figure, pos int) bool {
	head := tokRange(f.stoks, pos, f.a.Start)
	if before := tokRange(f.stoks, f.sent.Start, pos); len(before) > 0 && before[len(before)-1].s == "(" {
		// "(KH 2023: 18-19%; 46-47%; 29-30%)": a bracket the plan noun
		// opens heads the list in it, to its close.
		if hasWord(head, ")") {
			return false
		}
	} else if len(before) > 1 {
		return false // a bullet's dash may come first
	}
	for k := 0; k < len(head) && k < 5; k++ {
		if head[k].s == ":" {
			return true
		}
	}
	return false
}

// afterColon is toks after the last colon: a heading's words ("Giảm
// nghèo: Tỷ lệ hộ nghèo đầu năm 42,7%") govern no figure after it.
func afterColon(toks []tok) []tok {
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].s == ":" {
			return toks[k+1:]
		}
	}
	return toks
}

// floorTarget reports a figure written as a floor, "từ 25 đảng viên trở
// lên", "9%/năm trở lên": how targets are set (results say "trên",
// "hơn").
func floorTarget(f *figure) bool {
	if strings.Contains(lowerSameLen(f.p.text[f.a.NumStart:f.a.End]), "trở lên") {
		return true // read with the figure as its qualifier
	}
	tail := f.clauseAfter()
	for k := 0; k+1 < len(tail) && k < 6; k++ {
		switch tail[k].s {
		case ",", ";", ":", "(", ")":
			return false
		case "trở":
			return tail[k+1].s == "lên"
		}
	}
	return false
}

// parenOpensPlan reports a figure in a bracket that opens with a plan
// noun ("(chỉ tiêu năm 91,5%)", "(KH 9-10%)"): the plan's figure beside a
// result.
func parenOpensPlan(pre []tok) bool {
	for k := len(pre) - 1; k >= 0; k-- {
		switch pre[k].s {
		case ")":
			return false
		case "(":
			if k+1 < len(pre) {
				_, _, ok := planM.match(pre, k+1)
				return ok
			}
			return false
		}
	}
	return false
}

// parenAfterPlan reports "kế hoạch đề ra (" right before a figure: the
// bracket gives the plan's own figure.
func parenAfterPlan(pre []tok) bool {
	n := len(pre)
	if n < 2 || pre[n-1].s != "(" {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-6; k-- {
		if _, _, ok := planM.match(pre, k); ok {
			return true
		}
	}
	// "chỉ tiêu Ủy ban nhân dân tỉnh giao (": the giver named in full,
	// words only, closed by "giao", as well as by its initials ("chỉ
	// tiêu UBND tỉnh giao (").
	if n < 3 || pre[n-2].s != "giao" {
		return false
	}
	for k := n - 3; k >= 0 && k >= n-11; k-- {
		if !pre[k].word || pre[k].digits {
			return false
		}
		if _, _, ok := planM.match(pre, k); ok {
			return true
		}
	}
	return false
}

// longerPlan reports a ratio whose plan is a period's ("mục tiêu giai
// đoạn 2011 - 2015", "kế hoạch nhiệm kỳ 2021-2025") that ends after the
// figure's year: in 2011, "đạt 33,17% so với mục tiêu giai đoạn 2011 -
// 2015" is the share of a longer plan done so far, not the year's ratio
// to its plan. At the period's end (a 5-year report, of its last year)
// it is the period's ratio, a fact.
func longerPlan(post []tok, year int) bool {
	if year == 0 {
		return false
	}
	plan := false
	for k := 0; k+3 < len(post); k++ {
		t := post[k].s
		if t == "," || t == ";" || t == "." || t == "(" {
			return false
		}
		if !plan {
			if _, e, ok := planM.match(post, k); ok {
				plan, k = true, e-1
			}
			continue
		}
		if !(t == "đoạn" && post[k-1].s == "giai" || t == "kỳ" && post[k-1].s == "nhiệm") {
			continue
		}
		j := k + 1
		if y := post[j].s; len(y) != 4 || !isDigits(y) || post[j+1].s != "-" && post[j+1].s != "đến" || j+2 >= len(post) {
			return false
		}
		last, err := strconv.Atoi(post[j+2].s)
		return err == nil && last > year
	}
	return false
}

// planNounRightBefore reports a plan noun that names the figure right
// after it: "kế hoạch (đề ra) (là) (từ) <figure>", "thấp hơn mục tiêu
// <figure>", "(số vốn) được giao là <figure>". Only linking words may
// stand between.
func planNounRightBefore(pre []tok) bool {
	n := len(pre)
	given, is := false, false
	for n > 0 && planLink[pre[n-1].s] {
		given = given || pre[n-1].s == "giao"
		is = is || pre[n-1].s == "là"
		n--
	}
	if given && n > 0 && pre[n-1].s == "được" {
		return true // "(số vốn) được giao là …"
	}
	if is && n >= 2 && (pre[n-1].s == "bổ" && pre[n-2].s == "phân" || pre[n-1].s == "trí" && pre[n-2].s == "bố") {
		return true // "(tổng số vốn) được phân bổ là …", "vốn bố trí là …": allocated, assigned
	}
	if given {
		// "dự toán tỉnh giao là …", "kế hoạch UBND tỉnh giao …": the
		// plan noun, then the body that assigned it.
		m := n
		for m > 0 && n-m < 4 && assignerWord[pre[m-1].s] {
			m--
		}
		if m < n && planNounEndsAt(pre, m) {
			return true
		}
	}
	return planNounEndsAt(pre, n) || assignedBefore(pre[:n])
}

// assignerWord are the words that name who assigns a plan, between the
// plan noun and "giao": a level ("tỉnh", "thành phố", "Trung ương") or
// its body ("HĐND", "UBND").
var assignerWord = map[string]bool{"tỉnh": true, "huyện": true, "quận": true, "thị": true, "xã": true, "thành": true, "phố": true, "phường": true, "trung": true, "ương": true, "hđnd": true, "ubnd": true, "cấp": true, "trên": true}

// assignedBefore reports a figure assigned from above, its object named
// between the verb and the figure: "được Trung ương giao thu ngân sách
// (là) <figure>", "được tỉnh phân bổ vốn đầu tư công <figure>". What a
// unit is given to reach is its plan. Only words may stand between the
// verb and the figure (no figure, no punctuation), none a result verb
// ("được giao …, đã đạt …" reports the result).
func assignedBefore(pre []tok) bool {
	n := len(pre)
	for k := n - 1; k >= 1 && k >= n-10; k-- {
		t := pre[k]
		if !t.word || t.digits {
			return false
		}
		switch t.s {
		case "đạt", "hiện", "hoàn", "ước", "còn", "tăng", "giảm":
			return false
		}
		verb := t.s == "giao" || t.s == "bổ" && pre[k-1].s == "phân"
		if !verb {
			if t.s == "được" {
				return false // "giải ngân được": a result
			}
			continue
		}
		v := k
		if t.s == "bổ" {
			v--
		}
		// "được (Trung ương, UBND tỉnh) giao": the passive, its agent at
		// most three words.
		for j := v - 1; j >= 0 && j >= v-4; j-- {
			if !pre[j].word {
				return false
			}
			if pre[j].s == "được" {
				return true
			}
		}
		return false
	}
	return false
}

// planLink are the words that may link a plan noun to its figure.
var planLink = map[string]bool{"đề": true, "ra": true, "là": true, "từ": true, "đặt": true, "giao": true, "hơn": true, "trên": true, "khoảng": true}

// accordingToPlan reports a plan noun at pos that follows a "Theo"
// opening the sentence ("Theo kế hoạch năm 2023, …", "Theo dự toán
// được giao, …"), with a comma closing that phrase before any figure.
func accordingToPlan(stoks []tok, pos int) bool {
	k := tokIndex(stoks, pos)
	if k != 1 || stoks[0].s != "theo" {
		return false
	}
	for j := k + 1; j < len(stoks) && j < k+10; j++ {
		if stoks[j].s == "," {
			return true
		}
		if stoks[j].digits && !(stoks[j-1].s == "năm") {
			return false
		}
	}
	return false
}

// comparedPlanLevel reports a figure right after a plan noun that a
// comparison word governs ("thấp hơn mục tiêu 10%", "vượt mục tiêu 8,5%",
// "cao hơn kế hoạch đề ra 8%"), right after a result in the same measure
// in its clause that it is at least half of: the plan's own level the
// result is set against. A figure less than half the result is the margin
// (see exceededMargin).
func comparedPlanLevel(f *figure, pre []tok) bool {
	if !resultJustBefore(f) || f.a.Value*2 < f.prevAmt.Value {
		return false
	}
	for j := len(pre) - 2; j >= 0; j-- {
		w := pre[j].s
		if w != "vượt" && !(w == "hơn" && j > 0 && (pre[j-1].s == "cao" || pre[j-1].s == "thấp")) {
			continue
		}
		k := j + 1
		if k+1 < len(pre) && pre[k].s == "so" && pre[k+1].s == "với" {
			k += 2 // "thấp hơn so với mục tiêu 10%"
		}
		return planNamedAt(pre, k)
	}
	return false
}

// resultJustBefore reports a figure whose clause gave a positive result
// just before it, in the same unit of measure (or counting the same
// noun): the result a plan's level or a margin is told against.
func resultJustBefore(f *figure) bool {
	return f.prevReal > f.clause.Start && f.prevAmt.End == f.prevReal && f.prevAmt.UOM == f.a.UOM &&
		!(f.a.UOM == "" && (f.a.Noun == "" || f.prevAmt.Noun != f.a.Noun)) && f.prevAmt.Value > 0
}

// planNamedAt reports a plan noun at pre[k] followed by words only, up to
// the figure it names ("vượt kế hoạch đề ra là 0,34%").
func planNamedAt(pre []tok, k int) bool {
	_, e, ok := planM.match(pre, k)
	if !ok {
		return false
	}
	for _, t := range pre[e:] {
		if !t.word || t.digits {
			return false
		}
	}
	return planNounRightBefore(pre)
}

// byPlanOpening reports a sentence that opens with "Theo" and a plan or
// a scenario ("Theo kế hoạch (năm 2025), …", "Theo kịch bản tăng
// trưởng năm 2026, …", "Theo mục tiêu đề ra, …", "Theo dự toán, …") set
// off by a comma: the figures after it are by the plan.
func byPlanOpening(stoks []tok) bool {
	if len(stoks) < 4 || stoks[0].s != "theo" {
		return false
	}
	switch stoks[1].s + " " + stoks[2].s {
	case "kế hoạch", "kịch bản", "mục tiêu", "dự toán", "chỉ tiêu":
	default:
		return false
	}
	return accordingToPlan(stoks, stoks[1].start)
}

// planHeadM start the heading of a report's part about the plan.
var planHeadM = newListMatcher([]string{"kế hoạch", "chỉ tiêu", "mục tiêu", "phương hướng", "nhiệm vụ", "dự toán"}, 1)

// planHeading reads a paragraph that is a report's heading, a short line
// with no sentence in it ("II. Kế hoạch năm 2025", "I. Kết quả năm
// 2024"), and returns the year of the plan it heads (the figures under
// it with no kind word, of that year or later, are the plan's), 0 for a
// heading of another part. ok is false for a paragraph that changes
// nothing: no heading, or a sub-heading with no year ("1. Về kinh tế").
func planHeading(toks []tok) (year int, ok bool) {
	i := 0
	roman := false
	for i < len(toks) && listMarker(toks, i) {
		if toks[i].word && isRoman(strings.ToUpper(toks[i].s)) {
			roman = true
		}
		i++
	}
	words := 0
	for k := i; k < len(toks); k++ {
		switch {
		case toks[k].word && toks[k].digits && k+1 < len(toks) && (toks[k+1].s == "tháng" || toks[k+1].s == "quý"):
			words++ // "6 tháng đầu năm 2025": a period
		case toks[k].word && toks[k].digits:
			if len(toks[k].s) != 4 {
				return 0, false // a figure: a sentence, not a heading
			}
			if y, err := strconv.Atoi(toks[k].s); err == nil && y > 1990 && y < 2100 {
				year = y
			}
			words++
		case toks[k].word:
			words++
		case toks[k].s == "." || toks[k].s == ";" || toks[k].s == "%":
			if k != len(toks)-1 || toks[k].s != "." {
				return 0, false
			}
		}
	}
	if words == 0 || words > 12 || year == 0 && !roman {
		return 0, false
	}
	if i < len(toks) && (toks[i].s == "các" || toks[i].s == "những") {
		i++ // "* Các chỉ tiêu chủ yếu đến năm 2025:": the plural of the plan's heading
	}
	if _, _, plan := planHeadM.match(toks, i); !plan || year == 0 {
		return 0, true
	}
	return year, true
}

// targetHeadsSubject reports "chỉ tiêu" right before the figure's subject
// and no verb between that subject and the figure but a linking one:
// "Chỉ tiêu thu ngân sách năm 2024 là 500 tỷ đồng", "chỉ tiêu kết nạp
// đảng viên mới là 45 đồng chí", "chỉ tiêu giải quyết việc làm (được
// giao) 2.000 lao động". The words name the target and give its figure,
// the plan. "Chỉ tiêu" also names the indicator itself, which a result
// verb then reports on ("chỉ tiêu thu ngân sách đạt 520 tỷ đồng",
// "chỉ tiêu … đã kết nạp 52"), as does a level measured against the plan
// right after it ("…: 520 tỷ đồng, đạt 104% dự toán"); and "đạt/vượt/
// hoàn thành chỉ tiêu …" is the target reached.
func targetHeadsSubject(f *figure) bool {
	if f.subjEnd <= f.subjStart || f.subjEnd > f.a.Start || f.subjStart < f.clause.Start || f.prevReal > f.subjStart {
		return false
	}
	before := tokRange(f.stoks, f.sent.Start, f.subjStart)
	n := len(before)
	if n >= 1 && before[n-1].s == "về" {
		n-- // "chỉ tiêu về giải quyết việc làm"
	}
	if n < 2 || before[n-1].s != "tiêu" || before[n-2].s != "chỉ" {
		return false
	}
	if n >= 3 {
		switch before[n-3].s {
		case "đạt", "thành", "vượt", "hiện", "các", "những", "nhiều", "số":
			// "hoàn thành chỉ tiêu …", "thực hiện chỉ tiêu …", "các chỉ
			// tiêu …" (the indicators named in a list)
			return false
		}
	}
	for _, t := range tokRange(f.ctoks, f.subjEnd, f.a.Start) {
		switch t.s {
		case "đạt", "thực", "ước", "hoàn", "vượt", "tăng", "giảm", "còn", "đã", "chiếm", "bằng", "tương", "quả", "lên", "xuống", "mới":
			if t.s == "mới" {
				continue // "đảng viên mới", "việc làm mới": the subject's own word
			}
			return false
		}
	}
	return !reachedShareAfter(f)
}

// capitalLead are the words of a money figure's own stretch: from the
// last comma, semicolon, colon or opening bracket before it (a colon
// right before the figure keeps the words before it: "Vốn đầu tư công
// năm 2021 giao cho tỉnh: 4.820 tỷ đồng").
func capitalLead(f *figure) []tok {
	pre := tokRange(f.ctoks, max(f.clause.Start, f.prevReal), f.a.Start)
	end := len(pre)
	if end > 0 && pre[end-1].s == ":" {
		end--
	}
	return afterLastMark(pre[:end]) // pre is within one clause: no ";" in it
}

// assignWord reports the verbs that give a unit its capital: "giao"
// (not "giao thông"), "phân bổ", "bố trí".
func assignWord(toks []tok, k int) bool {
	switch toks[k].s {
	case "giao":
		return k+1 >= len(toks) || toks[k+1].s != "thông"
	case "bổ":
		return k > 0 && toks[k-1].s == "phân"
	case "trí":
		return k > 0 && toks[k-1].s == "bố"
	}
	return false
}

// capitalSpentWords in a capital's stretch make it spent or another pot:
// a result, or capital carried over or matched from elsewhere.
var capitalSpentWords = map[string]bool{"đạt": true, "thực": true, "ước": true, "ngân": true, "đã": true, "hoàn": true, "còn": true,
	"chuyển": true, "kéo": true, "ứng": true, "hạn": true, "mức": true, "tăng": true, "giảm": true, "nhu": true, "đăng": true, "dự": true, "kiến": true}

// assignedCapital reports a money figure that names the capital assigned
// to a unit for public investment, the plan its disbursement is measured
// against, where the sentence reports the disbursement ("giải ngân") or
// the stretch names the public investment's capital itself: "kế hoạch
// vốn năm 2024 là 350 tỷ đồng, giải ngân được 320 tỷ đồng", "tổng số vốn
// được giao là 68.634 tỷ đồng", "Tổng vốn đầu tư công năm 2024 được giao
// là 350 tỷ đồng", "huyện được giao 350 tỷ đồng vốn đầu tư công", "trên
// tổng vốn 1.860 tỷ đồng được giao, huyện đã giải ngân …". The stretch
// names the capital ("kế hoạch vốn", "KH vốn", or "vốn" and a verb that
// assigns it) or the figure is followed by "vốn" after a passive
// "được … giao"; a result verb, capital carried over or matched
// ("chuyển nguồn", "kéo dài", "đối ứng"), a medium-term plan ("trung
// hạn") or a project's cost ("tổng mức đầu tư") in the stretch is
// something else. One programme's or one source's capital is a part,
// denied by the indicator's own not-phrases.
func (x *docReader) assignedCapital(f *figure) int {
	gi := x.ind.index("giai_ngan_dau_tu")
	if gi < 0 || f.a.UOM != "VND" || !f.words.mayHave(hashVon) {
		return -1 // the capital is named "vốn", before the figure or after it
	}
	lead := capitalLead(f)
	if len(lead) == 0 {
		return -1
	}
	capital, assigned, public := false, false, false
	for k, t := range lead {
		if capitalSpentWords[t.s] {
			return -1
		}
		switch {
		case t.s == "vốn":
			capital = true
			if k >= 2 && lead[k-1].s == "hoạch" && lead[k-2].s == "kế" || k >= 1 && lead[k-1].s == "kh" ||
				k+2 < len(lead) && lead[k+1].s == "kế" && lead[k+2].s == "hoạch" {
				assigned = true // "kế hoạch vốn", "KH vốn", "vốn kế hoạch"
			}
			if k+3 < len(lead) && lead[k+1].s == "đầu" && lead[k+2].s == "tư" && lead[k+3].s == "công" || k+1 < len(lead) && (lead[k+1].s == "đtc" || lead[k+1].s == "xdcb") {
				public = true
			}
		case capital && assignWord(lead, k):
			assigned = true
		}
	}
	post := f.post()
	if !capital {
		// "huyện được giao 350 tỷ đồng vốn đầu tư công": the passive
		// verb before the figure, the capital after it.
		n := len(lead)
		given := n >= 2 && assignWord(lead, n-1)
		if given {
			given = false
			for j := n - 2; j >= 0 && j >= n-5; j-- {
				if lead[j].s == "được" {
					given = true
					break
				}
			}
		}
		k := 0
		for k < len(post) && k < 2 && post[k].word && (post[k].s == "tỷ" || post[k].s == "tỉ" || post[k].s == "triệu" || post[k].s == "đồng" || post[k].s == "nghìn") {
			k++
		}
		if !given || k >= len(post) || post[k].s != "vốn" {
			return -1
		}
		capital, assigned = true, true
		public = k+3 < len(post) && post[k+1].s == "đầu" && post[k+2].s == "tư" && post[k+3].s == "công"
	}
	if capital && !assigned && assignedWhole(f) {
		assigned = true // "trên tổng vốn 1.860 tỷ đồng được giao, huyện đã giải ngân …"
	}
	if !capital || !assigned {
		return -1
	}
	if !public && !hasRun(f.stoks, "giải", "ngân") {
		return -1
	}
	from := f.a.Start
	if len(lead) > 0 {
		from = lead[0].start
	}
	if x.ind.denied(gi, f.ctoks, from, f.a.End) || x.ind.denied(gi, f.ctoks, f.a.End, tailEnd(f)) {
		return -1
	}
	return gi
}

// assignedWhole reports a money figure after "trên/trong tổng (số)
// (vốn)" that the words after it say was assigned ("… được giao", "…
// kế hoạch vốn được giao", "… dự toán giao"): the whole a result before
// it is measured against, its plan ("giải ngân 320 tỷ đồng trên tổng số
// 350 tỷ đồng kế hoạch vốn được giao").
func assignedWhole(f *figure) bool {
	if f.a.UOM != "VND" {
		return false
	}
	pre := f.pre()
	n := len(pre)
	if n > 0 && pre[n-1].s == "vốn" {
		n--
	}
	if n > 0 && pre[n-1].s == "số" {
		n--
	}
	if n < 2 || pre[n-1].s != "tổng" || pre[n-2].s != "trên" && pre[n-2].s != "trong" {
		return false
	}
	post := f.post()
	for k := 0; k < len(post) && k < 8; k++ {
		if !post[k].word || post[k].digits {
			return false
		}
		if assignWord(post, k) {
			return true
		}
	}
	return false
}

// planOfYearBefore reports a plan noun and its year right before the
// linking word of a figure ("đạt 103% kế hoạch năm là 4.000 lao động",
// "bằng 104% dự toán năm 2024 là 500 tỷ đồng"): the plan's own figure,
// as "kế hoạch là …" is (see planNounRightBefore), the year between
// them naming which plan.
func planOfYearBefore(toks []tok) bool {
	n := len(toks)
	k := n
	for k > 0 && (toks[k-1].s == "là" || toks[k-1].s == ":") {
		k--
	}
	if k == n {
		return false
	}
	if k > 0 && toks[k-1].digits && len(toks[k-1].s) == 4 {
		k--
	}
	if k == 0 || toks[k-1].s != "năm" {
		return false
	}
	return planNounEndsAt(toks, k-1)
}

// exceededPlanNamed reports a figure right after "vượt" and a plan noun
// that the words after it say was set or assigned: "vượt chỉ tiêu 150
// đảng viên được giao", "vượt kế hoạch 4.000 lao động đề ra", "vượt dự
// toán 500 tỷ đồng tỉnh giao". The figure is the plan beaten, not a
// margin over it: a margin ("vượt dự toán 20 tỷ đồng") is set by no one.
func exceededPlanNamed(pre, post []tok) bool {
	n := len(pre)
	k := -1
	for _, j := range []int{n - 1, n - 2} {
		if j >= 1 {
			if _, e, ok := planM.match(pre, j); ok && e == n && pre[j-1].s == "vượt" {
				k = j
			}
		}
	}
	if k < 0 {
		return false
	}
	for j := 0; j < len(post) && j < 4; j++ {
		t := post[j]
		if !t.word || t.digits {
			return false
		}
		switch t.s {
		case "giao":
			return assignWord(post, j)
		case "ra":
			return j > 0 && (post[j-1].s == "đề" || post[j-1].s == "đặt")
		case "đạt", "vượt", "tăng", "giảm", "hoàn", "thực":
			return false
		}
	}
	return false
}

// exceededMargin reports a figure told after "vượt" and the plan it beat
// ("vượt kế hoạch đề ra là 0,34%", "vượt dự toán giao là 12 tỷ đồng")
// that is less than half the result the clause gave just before, in the
// same unit of measure (or counting the same noun): the margin by which the result beat the plan,
// not the plan itself. The plan beaten is a figure near the result
// ("ước đạt trên 10%, vượt chỉ tiêu Nghị quyết đề ra là 8,5%").
func exceededMargin(f *figure, pre []tok) bool {
	if !resultJustBefore(f) || f.a.Value*2 >= f.prevAmt.Value {
		return false
	}
	for j := len(pre) - 2; j >= 0; j-- {
		if pre[j].s == "vượt" {
			return planNamedAt(pre, j+1)
		}
	}
	return false
}
