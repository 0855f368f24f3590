package extract

import (
	"strconv"
	"strings"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// resolve decides whether a figure is a catalog fact, and which.
func (x *docReader) resolve(f *figure, subj subject, later []cueEvent) {
	a := f.a
	if perCapita(f) || f.unit == compareUnit || comparisonBase(f) || countedOtherwise(f.stoks) {
		return
	}
	noun := f.noun
	if ci := x.ind.counted(noun); ci >= 0 && a.UOM == "" {
		x.countTargets(f, ci)
		return
	}
	if a.Form == vnnum.Fraction && shareOfWhole(f) {
		// "16.113/506.184 hộ cận nghèo, tỷ lệ 3,18%": a count of the
		// whole, as its rate says, not a result against a target.
		f.a.Form, f.a.Of = vnnum.Plain, 0
		a = f.a
	} else if a.Form == vnnum.Fraction {
		x.resultPair(f, subj)
		return
	}
	ind, ratio := -1, false
	// Lowering keeps the length and collapsing spaces only shortens, so
	// a subject shorter than "hộ nghèo" is not it.
	if a.UOM == "%" && !subj.none && subj.end-subj.start >= len("hộ nghèo") && sameWords(lowerSameLen(f.p.text[subj.start:subj.end]), "hộ nghèo") {
		// "hộ nghèo giảm còn 6,25%", "11.015 hộ nghèo, chiếm tỷ lệ
		// 5,93%": a percentage of the poor households is their rate.
		if i := x.ind.index("ty_le_ho_ngheo"); i >= 0 {
			subj.inds = []int{i}
		}
	}
	if !subj.none {
		for _, i := range subj.inds {
			// The Not phrases are looked for from the words that led up
			// to the cue, for every figure the cue governs: "Các lĩnh vực
			// công nghiệp - xây dựng và dịch vụ tiếp tục tăng trưởng
			// mạnh, lần lượt đạt 7,19% và 3,93%" are both the sectors',
			// as is "sản xuất công nghiệp … duy trì đà tăng trưởng …,
			// tính chung 9 tháng tăng 6,9%" past the "9" of "9 tháng".
			if ok, r := x.ind.fits(i, a, noun, true); ok && !x.ind.denied(i, f.ctoks, x.denyFrom(f, subj), f.a.Start) {
				ind, ratio = i, r
				break
			}
		}
	}
	if ind >= 0 && a.UOM == "%" && ownShareItem(f, subj) {
		// "nông nghiệp chiếm 42%, dịch vụ chiếm 46%, công nghiệp chiếm
		// 12%": each item of a list of shares names its own part before
		// its "chiếm"; the services cue of an earlier item is not this
		// one's (its own item may still be the services', see
		// structureShare).
		ind, ratio = -1, false
	}
	if i := x.sharedCulture(f); i >= 0 {
		// "84,3% gia đình đạt chuẩn văn hóa, 71,6% thôn, tổ dân phố đạt
		// chuẩn văn hóa": each share belongs to the noun right after it.
		subj = subject{none: true}
		ind, ratio = i, false
	}
	if !subj.none && punctBetween(f.ctoks, subj.end, f.a.Start) {
		// A cue right after the figure is its own, rather than a
		// subject across a comma: "85,44% khu dân cư đạt chuẩn văn hóa,
		// 89,42% hộ đạt gia đình văn hóa".
		if i := x.cueAfter(f, later, noun); i >= 0 {
			ind, ratio = i, false
		}
	}
	if ind >= 0 && a.UOM == "" && f.a.Noun != "" {
		// A count's own noun names what it counts: "còn 312 hộ nghèo và
		// 1.046 hộ cận nghèo".
		if i := x.nounCue(f, later, noun); i >= 0 {
			ind, ratio = i, false
		}
	}
	if ind < 0 && a.UOM == "%" && bracketMove(f) {
		// "tỷ lệ hộ nghèo … giảm 6,26%, tương đương với 11.710 hộ nghèo
		// và cận nghèo (giảm từ 42,61% cuối năm 2023 xuống còn 36,35%
		// cuối năm 2024)": a move of a rate in a bracket is the move of
		// the rate the sentence gave a figure of, whatever count stands
		// between.
		ind = x.sentenceRate()
	}
	if ind < 0 && a.UOM == "%" && poorRightAfter(f.post()) && verbIs(f.pre(), vDecrease) {
		// "toàn tỉnh giảm được 4,44% hộ nghèo": the share of households
		// that left poverty, the poverty rate's fall in points.
		ind = x.ind.index("ty_le_ho_ngheo")
	}
	if ind < 0 {
		// The cue may follow the figure: "97% người dân tham gia bảo hiểm y
		// tế", "218 quần chúng ưu tú được kết nạp".
		ind = x.cueAfter(f, later, noun)
	}
	if ind < 0 && a.UOM == "%" && verbIs(f.pre(), vReach) {
		// "đạt trên 54,4% thu ngân sách nhà nước do trung ương giao": the
		// share of an amount's plan, named by the amount and "giao".
		if i := x.planShareAfter(f, later, noun); i >= 0 {
			ind, ratio = i, true
		}
	}
	if ind < 0 {
		ind = x.structureShare(f)
	}
	if ind < 0 {
		ind = x.servicesShareOfWhole(f)
	}
	if ind < 0 {
		return
	}
	in := x.ind.list[ind]
	if (in.Code == "ty_le_gia_dinh_van_hoa" || in.Code == "ty_le_khu_dan_cu_van_hoa") && otherCultureHolder(tokRange(f.ctoks, f.clause.Start, f.a.Start)) {
		return // "…, công sở văn hóa đạt 100%": offices' title, not the families' or the areas'
	}
	cueAt := f.a.Start
	if !subj.none && containsInt(subj.inds, ind) {
		cueAt = min(subj.start, f.a.Start)
		f.subjStart, f.subjEnd = subj.start, subj.end
	}
	if (in.Code == "dang_vien_moi" || in.Code == "viec_lam_moi" || in.Code == "ho_thoat_ngheo") && a.UOM == "" && a.Noun != "" && stockCount(f.pre(), f.post()) {
		// "Công tác phát triển đảng viên được quan tâm, đến nay, toàn
		// Đảng bộ có trên 36.800 đảng viên": what a unit has is a stock,
		// not the flow (admissions, jobs made, households lifted) that
		// the words before name.
		return
	}
	if in.Growth && currentPrices(f.sentenceBefore()) {
		return // "Theo giá hiện hành, GRDP năm 2020 đạt 134.018 tỷ đồng, tăng 7,8%"
	}
	if in.Growth && f.subjEnd > f.subjStart && exceptBracket(tokRange(f.ctoks, f.subjEnd, f.a.Start)) {
		// "tổng sản phẩm trên địa bàn (trừ dầu khí) tăng 2,41%": the
		// product less a sector, not the economy's growth. (A budget
		// "(trừ tạm ứng)" is the whole, cleared of an accounting item.)
		return
	}
	if indefiniteTime(tokRange(f.ctoks, f.clause.Start, f.a.Start)) {
		return // "có năm tăng trưởng trên 20%": some year, no year of its own
	}
	if a.UOM == "%" && in.UOM != facts.Percent && shareChange(f) {
		return // "chiếm 4,21% dân số (giảm 0,38% so với năm 2019)": the share's change, not the count's
	}
	if a.UOM == "%" && changeShare(f) {
		return // "(tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%)": the change's share, not the rate
	}
	if in.Growth && sectorExamples(tokRange(f.stoks, f.sent.Start, f.a.Start)) {
		return // "một số ngành có mức tăng trưởng thấp hơn mức tăng trưởng chung như: Thông tin truyền thông tăng 3,82%"
	}
	if (in.Growth || in.Code == "gia_tri_san_xuat") && a.UOM == "%" && shareBefore(f.pre()) {
		// "kinh tế số chiếm 30% GRDP": a share of the whole, never its
		// growth; the services' share when they are its sector ("mức
		// tăng trưởng của khu vực dịch vụ là 7,7%, chiếm 65,5% GRDP").
		i := x.servicesShareOfWhole(f)
		if i < 0 {
			return
		}
		ind, in, ratio = i, x.ind.list[i], false
	}
	if (in.Growth || in.Code == "gia_tri_san_xuat") && a.UOM == "%" && growthContribution(f.pre(), f.post()) {
		return // "ngành dịch vụ đóng góp 60% vào mức tăng GRDP": a part's share of the growth
	}
	if (in.Growth || in.Code == "gia_tri_san_xuat") && !growthCue(f) && !yearlyFigure(f) && perHead(tokRange(f.ctoks, min(cueAt, f.prevEnd), f.a.Start)) {
		return // "GRDP bình quân ước đạt 51 triệu đồng/người, đạt 102% kế hoạch"
	}
	if f.unit == x.unit && !f.listedOwn && unitsCounted(afterLastMark(tokRange(f.ctoks, f.clause.Start, cueAt))) {
		return // "3 phường trung tâm thu ngân sách …", "các xã đạt …": several units, not one
	}
	if f.unit == x.unit && !f.listedOwn && groupTopic(f.p.text, f.stoks, f.a.Start) {
		return // "Riêng 4 huyện nghèo … là A, B, C, D …, tỷ lệ hộ nghèo giảm 7,28%": the group's
	}
	if f.unit == x.unit && !f.listedOwn && f.subjEnd > f.subjStart && (f.subjEnd >= f.prevReal || f.prevReal <= f.a.Start && levelCount(tokRange(f.ctoks, f.subjEnd, f.prevReal))) && unitsCounted(wordsOnly(tokRange(f.ctoks, f.subjEnd, f.a.Start))) {
		return // "tỷ lệ giảm nghèo ở các huyện nghèo đạt 6,1%": a group of units, not the unit
	}
	if f.unit == x.unit && x.unitTier > tierCommune && f.subjEnd > f.subjStart && bareCommuneOf(f.p.text, tokRange(f.ctoks, f.subjEnd, f.a.Start)) {
		return // "Thu ngân sách của thị trấn đạt 30 tỷ đồng" in a district's text: one commune's, a part
	}
	if in.Code == "giai_ngan_dau_tu" && f.subjEnd > f.subjStart && (programmeFunds(f) || bareDisbursement(f) && x.ind.denied(ind, f.ctoks, f.clause.Start, f.subjStart)) {
		return // "Kinh phí thực hiện Chương trình MTQG … là 96 tỷ đồng, đã giải ngân 71 tỷ đồng"
	}
	if in.Code != "ty_trong_dich_vu" && x.partOfTotal(f, cueAt, ind) || !hasRequired(f, in.Code) || x.ind.denied(ind, f.ctoks, f.a.End, tailEnd(f)) {
		return // "giải ngân 120 tỷ đồng vốn vay ưu đãi cho hộ nghèo"
	}
	if in.Code == "gia_tri_san_xuat" && a.UOM == "%" && currentPrices(tokRange(f.ctoks, f.clause.Start, f.a.Start)) {
		return // "tính theo giá hiện hành, giá trị sản xuất tăng 12,6%": growth at current prices
	}
	if ratio && in.UOM != "VND" && hasRate(tokRange(f.ctoks, f.clause.Start, f.a.Start)) {
		// "tỷ lệ kết nạp đảng hằng năm đạt 8,7%", "hộ cận nghèo …, chiếm
		// tỷ lệ 3,37% (giảm 0,67%)": a rate of the count, not a ratio of it.
		return
	}
	if markAfterFigure(f) {
		return // "đạt 1.024 tỷ đồng, lần đầu tiên vượt mốc 1.000 tỷ đồng": the mark only rounds the figure
	}
	if m := nationScale[in.Code]; m > 0 && a.UOM == "VND" && a.Value > m {
		// The nation's level: neither it nor what its clause says of it
		// (its change, its share of the plan) is the unit's.
		x.nationPara, x.nationClause = f.p, f.clause.Start
		return
	}
	if x.nationPara == f.p && x.nationClause == f.clause.Start && containsInt(subj.inds, ind) {
		return
	}
	if in.Code == "ho_can_ngheo" && bothPoorAndNear(tokRange(f.ctoks, max(f.clause.Start, f.prevReal), min(f.nextStart, f.a.End+24))) {
		return // "tổng số hộ nghèo, hộ cận nghèo: 23.967 hộ": the two counted together
	}
	if sign, ok := countChangeRate(f); ok && in.UOM == facts.Percent && !x.ind.growth(in) {
		// "giảm 1.432 hộ nghèo (1,95%) so với đầu năm": the same fall
		// as a share, the rate's change in points.
		x.emit(f, in, facts.ChangeVsPrev, sign)
		return
	}
	if y, ok := x.fromLevel(f, in); ok {
		if y != 0 {
			x.emitYear(f, in, facts.Actual, 1, y)
		}
		return
	}
	x.plannedRise = false
	kind, sign, ok := x.kindOf(f, in, ratio)
	if !ok {
		if g := x.growthIndicator(); x.plannedRise && in.Code == "gia_tri_san_xuat" && a.UOM == "%" && f.prevReal <= f.clause.Start && g >= 0 && growthMeasuredBy(f) {
			// "phấn đấu đạt tốc độ tăng trưởng kinh tế theo giá trị sản
			// xuất từ 16,5-17,5%": the economy's growth, the production
			// value only what it is measured by. (A bare planned rise of
			// the production value, "giá trị sản xuất tăng 8% trở lên",
			// stays a planned change: the dev sets' annotators disagree
			// on it.)
			x.emit(f, x.ind.list[g], facts.Plan, 1)
		}
		return
	}
	if kind == facts.PctOfPlan && longerPlan(tokRange(f.ctoks, f.a.End, f.clause.End), x.finalYear(f, kind)) {
		return // "đạt 33,17% so với mục tiêu giai đoạn 2011 - 2015" of 2011: the way to a longer plan
	}
	if ws := writtenSign(f.p.text, a.NumStart); ws != 0 && a.UOM == "%" && (kind == facts.Actual || kind == facts.Plan || kind == facts.ChangeVsPrev) {
		// "so với cùng kỳ giảm (-9,28%)", "mức giảm lại tăng lên
		// (-7,56%)", "khu vực dịch vụ (+3,63%)": a sign written on the
		// figure is its sign, whatever verb stands before it (a verb's
		// "giảm" and the figure's minus are one fall, not two).
		sign = ws
	}
	if pre := f.pre(); len(pre) > 0 && pre[len(pre)-1].s == "âm" && a.UOM == "%" && (kind == facts.Actual || kind == facts.Plan || kind == facts.ChangeVsPrev) {
		// "mức tăng trưởng GRDP âm 10,5%", "tăng trưởng âm 2,3%": the
		// word "âm" (negative) is the figure's sign, as a minus is.
		sign = -1
	}
	x.emit(f, in, kind, sign)
}

// countChangeRate reports a percentage alone in a bracket right after a
// count that a change verb gives ("giảm 1.432 hộ nghèo (1,95%)", "tăng
// thêm 56 hộ (0,3%)"): the same change as a share of the whole. sign is
// the verb's.
func countChangeRate(f *figure) (float64, bool) {
	if f.a.UOM != "%" {
		return 0, false
	}
	pre := f.pre()
	if len(pre) != 1 || pre[0].s != "(" {
		return 0, false
	}
	if post := f.post(); len(post) == 0 || post[0].s != ")" {
		return 0, false
	}
	before := tokRange(f.ctoks, f.clause.Start, f.prevEnd)
	k := len(before)
	for n := 0; k > 0 && n < 3 && before[k-1].word && !isDigits(before[k-1].s); n++ {
		switch before[k-1].s {
		case "tỷ", "triệu", "nghìn", "ngàn", "đồng", "năm", "tháng":
			return 0, false // money or time, no count
		}
		k-- // the count's noun
	}
	digits := false
	for k > 0 && (isDigits(before[k-1].s) || before[k-1].s == "." || before[k-1].s == ",") {
		digits = digits || isDigits(before[k-1].s)
		k--
	}
	if !digits || k == 0 {
		return 0, false
	}
	v, at, ok := lastPhrase(before[:k], verbM)
	if !ok || at < k-3 {
		return 0, false
	}
	switch v {
	case vDecrease:
		return -1, true
	case vIncrease:
		return 1, true
	}
	return 0, false
}

// bracketOpensAt reports a bracket right before a figure, its sign
// aside: "… (-13,01%)".
func bracketOpensAt(pre []tok) bool {
	n := len(pre)
	if n > 0 && !pre[n-1].word && pre[n-1].s != "(" {
		n-- // the sign's own token
	}
	return n > 0 && pre[n-1].s == "("
}

// writtenSign is -1 for a figure written with a minus glued to its first
// digit ("(-9,28%)", "giảm -3%"), +1 for a plus ("(+3,63%)"), 0 for none.
// The sign must follow a bracket, a colon or a space that follows no
// number: a hyphen after a number is a range ("6-6,8%", "2021 -2023"),
// and a dash that opens a line is a bullet.
func writtenSign(text string, numStart int) float64 {
	var sign float64
	j := numStart
	switch {
	case j >= 1 && text[j-1] == '-':
		sign, j = -1, j-1
	case j >= 1 && text[j-1] == '+':
		sign, j = 1, j-1
	case j >= 3 && (text[j-3:j] == "−" || text[j-3:j] == "–"):
		sign, j = -1, j-3
	default:
		return 0
	}
	if j == 0 {
		return 0
	}
	switch text[j-1] {
	case '(', ':':
		return sign
	case ' ', '\t':
		k := j - 1
		for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t') {
			k--
		}
		if k == 0 || text[k-1] == '\n' {
			return 0 // a bullet
		}
		if c := text[k-1]; c >= '0' && c <= '9' || c == '%' || c == '-' {
			return 0
		}
		return sign
	}
	return 0
}

// bracketMove reports a percentage inside an open bracket of its clause
// that is a level of a move: "(giảm từ 42,61% … xuống còn 36,35% …)".
func bracketMove(f *figure) bool {
	before := tokRange(f.ctoks, f.clause.Start, f.a.Start)
	open := false
	for _, t := range before {
		switch t.s {
		case "(":
			open = true
		case ")":
			open = false
		}
	}
	if !open {
		return false
	}
	pre := f.pre()
	n := len(pre)
	if fromBefore(pre) {
		return n >= 2 && (pre[n-2].s == "giảm" || pre[n-2].s == "tăng")
	}
	return n >= 1 && (pre[n-1].s == "còn" || pre[n-1].s == "xuống" || pre[n-1].s == "lên") && !hasWord(pre, "từ") && hasWord(before, "từ")
}

// sentenceRate is the one rate indicator (in %, no growth rate) the
// current sentence has given a figure of, -1 if none or several.
func (x *docReader) sentenceRate() int {
	found := -1
	for code := range x.sentInds {
		i := x.ind.index(code)
		if i < 0 {
			continue
		}
		if in := x.ind.list[i]; in.UOM != facts.Percent || in.Growth {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// sameWords reports s is words, the words of w, whatever spaces stand
// between them ("hộ  nghèo" with a stray double space is "hộ nghèo").
// It is collapseSpace(s) == w, word by word without building the
// collapsed string: every percentage with a subject asks it, and the
// copies were most of the garbage of the sentence walk.
func sameWords(s, w string) bool {
	if s == w {
		return true
	}
	i := 0 // the words of s matched so far are w[:i]
	for f := range strings.FieldsSeq(s) {
		if i > 0 {
			if i >= len(w) || w[i] != ' ' {
				return false
			}
			i++
		}
		if !strings.HasPrefix(w[i:], f) {
			return false
		}
		i += len(f)
	}
	return i == len(w)
}

// poorRightAfter reports "hộ nghèo" (not near-poor) right after a figure.
func poorRightAfter(post []tok) bool {
	return len(post) >= 2 && post[0].s == "hộ" && post[1].s == "nghèo" && !(len(post) >= 4 && (post[2].s == "và" || post[2].s == ",") && (post[3].s == "cận" || post[3].s == "hộ"))
}

// verbIs reports v as the verb nearest before a figure.
func verbIs(pre []tok, v int) bool {
	got, _, ok := lastPhrase(pre, verbM)
	return ok && got == v
}

// samePeriodLevel reports a growth figure named as the same period's of
// an earlier year: "mức tăng (trưởng)" right before it and "(của) cùng kỳ"
// right after, without "so với" ("cao hơn mức tăng 3,94% cùng kỳ năm
// 2023").
func samePeriodLevel(pre, post []tok) bool {
	n := len(pre)
	if n >= 1 && pre[n-1].s == "trưởng" {
		n--
	}
	if n < 2 || pre[n-1].s != "tăng" || pre[n-2].s != "mức" {
		return false
	}
	return samePeriodNext(post) >= 0
}

// samePeriodNext is the index after "(của) cùng kỳ" at the start of post,
// -1 if post does not open so.
func samePeriodNext(post []tok) int {
	i := 0
	if i < len(post) && post[i].s == "của" {
		i++
	}
	if i+1 < len(post) && post[i].s == "cùng" && post[i+1].s == "kỳ" {
		return i + 2
	}
	return -1
}

// poorAndNearTotal reports a figure after "trong đó" whose total, the
// stretch before that "trong đó" back to the start of its item (a colon
// or a semicolon), counts the poor and the near-poor households together
// ("Tổng số hộ nghèo, hộ cận nghèo là 23.967 hộ, trong đó hộ nghèo …").
// The words of a heading before the item ("Kết quả rà soát hộ nghèo, hộ
// cận nghèo: Hộ nghèo có 10.689 hộ, …, trong đó có 3.373 hộ nghèo vùng
// đồng bào …") are not the total's.
func poorAndNearTotal(f *figure) bool {
	st := tokRange(f.stoks, f.sent.Start, f.a.Start)
	for k := len(st) - 2; k >= 0; k-- {
		if st[k].s == "trong" && st[k+1].s == "đó" {
			from := 0
			for j := k - 1; j >= 0; j-- {
				if st[j].s == ";" || st[j].s == ":" && !(j+1 < k && isDigits(st[j+1].s)) {
					// A colon right before the total's figure ends its
					// subject, not an item: "tổng số hộ nghèo, hộ cận
					// nghèo: 23.967 hộ, trong đó …".
					from = j + 1
					break
				}
			}
			return bothPoorAndNear(st[from:k]) || allHouseholds(st[from:k]) || peopleTotal(st[from:k]) && hasWord(st[k+2:], "hộ")
		}
	}
	return false
}

// poorAndNearBefore reports a sentence before the current one whose
// subject, the words before its first figure (a time's number, "năm
// 2023", is none), names the poor and the
// near-poor households together ("Tỷ lệ hộ nghèo, cận nghèo chiếm 40%
// số hộ. Trong đó, tỷ lệ hộ nghèo chiếm 30%"): a sentence that opens
// with "Trong đó" after it lists the two, each the whole of its own
// figure, as poorAndNearTotal reads within one sentence.
func (x *docReader) poorAndNearBefore() bool {
	ts := x.prevSent
	if ts.p == nil {
		return false
	}
	v := x.ownView(ts.p)
	st := tokRange(v.toks, ts.s.Start, ts.s.End)
	for k, t := range st {
		if isDigits(t.s) && !(k > 0 && (timeWord[st[k-1].s] || st[k-1].s == "ngày")) {
			return bothPoorAndNear(st[:k])
		}
	}
	return false
}

// peopleTotal reports a total that counts a unit's people, a number and
// the people's noun right before "trong đó" after "dân số" ("dân số toàn
// tỉnh đạt 1.624.100 người, trong đó có 9.701 hộ nghèo (chiếm tỷ lệ
// 2,17%)"): households are counted in another measure, so the households
// listed after it are no part of it but the unit's whole figures, as
// after a count of all its households (allHouseholds).
// endMarksTrimmed is len(toks) less the commas, colons and full stops
// that end them.
func endMarksTrimmed(toks []tok) int {
	n := len(toks)
	for n > 0 && (toks[n-1].s == "," || toks[n-1].s == ":" || toks[n-1].s == ".") {
		n--
	}
	return n
}

func peopleTotal(toks []tok) bool {
	n := endMarksTrimmed(toks)
	if n >= 2 && toks[n-1].s == "khẩu" && toks[n-2].s == "nhân" {
		n--
	}
	if n < 2 || !(toks[n-1].s == "người" || toks[n-1].s == "nhân" || toks[n-1].s == "khẩu") || !isDigits(toks[n-2].s) {
		return false
	}
	for k := 0; k+1 < n; k++ {
		if toks[k].s == "dân" && toks[k+1].s == "số" {
			return true
		}
	}
	return false
}

// allHouseholds reports a total that counts all the households of a unit,
// a number and the bare noun right before "trong đó" with no kind of
// household named ("có tổng số 3.109 hộ, trong đó: …", "Xã A có 820 hộ
// dân, trong đó …"): the households listed after it by kind (the poor,
// the near-poor, with their rates) are the unit's whole figures, not
// parts of an indicator's total.
func allHouseholds(toks []tok) bool {
	n := endMarksTrimmed(toks)
	if n >= 2 && (toks[n-1].s == "dân" || toks[n-1].s == "đình" && n >= 3 && toks[n-2].s == "gia") {
		n -= 1
		if toks[n].s == "đình" {
			n--
		}
	}
	if n < 2 || toks[n-1].s != "hộ" || !isDigits(toks[n-2].s) {
		return false
	}
	for _, t := range toks[:n] {
		if t.s == "nghèo" {
			return false // "có 500 hộ nghèo, trong đó …": the poor's parts
		}
	}
	return true
}

// bothPoorAndNear reports the poor and the near-poor households named
// together in toks ("hộ nghèo, hộ cận nghèo", "hộ nghèo và cận nghèo"): a
// count of both is no count of the near-poor.
func bothPoorAndNear(toks []tok) bool {
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].s != "nghèo" || !(toks[k+1].s == "," || toks[k+1].s == "và" || toks[k+1].s == "/" || toks[k+1].s == "-") {
			continue
		}
		j := k + 2
		if toks[j].s == "hộ" {
			j++
		}
		if j+1 < len(toks) && toks[j].s == "cận" && toks[j+1].s == "nghèo" {
			return true
		}
	}
	return false
}

// fromLevel reads the first figure of a rate's move, "tỷ lệ hộ nghèo giảm
// từ 31,17% vào cuối năm 2018 xuống còn 26,73% vào cuối năm 2019": the
// figure after "giảm/tăng từ" is the rate's level before the move, an
// actual of the year named right after it. It returns that year; ok is false for any other figure, and
// for a move set as a target ("phấn đấu giảm từ 5% xuống 4%").
func (x *docReader) fromLevel(f *figure, in catalog.Indicator) (int, bool) {
	if in.UOM != facts.Percent || f.a.UOM != "%" || x.ind.growth(in) {
		return 0, false
	}
	pre := f.pre()
	if !fromBefore(pre) {
		return 0, false
	}
	rest := tokRange(f.stoks, f.a.End, f.sent.End)
	if v, at, ok := lastPhrase(pre, verbM); !ok || v != vDecrease && v != vIncrease || at < len(pre)-4 {
		if !changeThenLevel(rest) {
			return 0, false
		}
		// "tỷ lệ hộ nghèo từ trên 54% đầu nhiệm kỳ đến nay giảm xuống
		// còn 36%": the verb may follow the level it left.
	}
	moved := false
	for k := 0; k+1 < len(rest) && k < 10 && !moved; k++ {
		// "xuống (còn) 26,73%", "lên 90%"; "từ 6% trở lên" is a floor.
		to := rest[k].s == "xuống" || rest[k].s == "còn" || rest[k].s == "lên" && (k == 0 || rest[k-1].s != "trở")
		if !to {
			continue
		}
		for j := k + 1; j < len(rest) && j <= k+3; j++ {
			if isDigits(rest[j].s) {
				moved = true
				break
			}
		}
	}
	if !moved || f.planned() {
		return 0, false
	}
	// Only a level dated right after it is read: undated, the move may
	// run over a term ("trong nhiệm kỳ, tỷ lệ hộ nghèo giảm từ 8% xuống
	// còn 2%") and the first level's year is not told.
	if len(f.after) > 0 && f.after[0].year != 0 && f.after[0].pos < f.nextStart {
		between := tokRange(f.ctoks, f.a.End, f.after[0].pos)
		if len(between) <= 4 && !punctBetween(f.ctoks, f.a.End, f.after[0].pos) {
			return f.after[0].year, true
		}
	}
	return 0, true // a level left, with no year told: no fact
}

// changeThenLevel reports a change verb and a level it moved to right
// after a figure ("… đầu nhiệm kỳ đến nay giảm xuống còn 36%", "đến năm
// 2020 tăng lên 92%"): the figure after "từ" is the level left.
func changeThenLevel(rest []tok) bool {
	for k := 0; k+1 < len(rest) && k < 10; k++ {
		if rest[k].s == ";" {
			return false
		}
		if s := rest[k].s; s == "giảm" || s == "tăng" {
			n := rest[k+1].s
			return n == "xuống" || n == "còn" || n == "lên"
		}
	}
	return false
}

// countedOtherwise reports a sentence that opens with a condition on
// what is counted: "Nếu tính gia hạn 1.400 tỷ đồng thì … thu ngân sách
// đạt trên 14.000 tỷ đồng", "Nếu không kể tiền sử dụng đất, thu ngân sách
// đạt 1.615 tỷ đồng". Its figures are the total reckoned another way, not
// the figure the unit reports. "Nếu như năm trước …, thì năm nay …" and
// "Nếu so với cùng kỳ …" compare and are not such a condition.
func countedOtherwise(stoks []tok) bool {
	for k := 0; k+1 < len(stoks) && k <= 3; k++ {
		if stoks[k].s != "nếu" {
			if stoks[k].word && (isDigits(stoks[k].s) || k >= 2) {
				return false
			}
			continue
		}
		j := k + 1
		if stoks[j].s == "không" || stoks[j].s == "chưa" || stoks[j].s == "chỉ" {
			j++
		}
		if j < len(stoks) {
			switch stoks[j].s {
			case "tính", "kể", "trừ", "loại", "cộng", "gồm", "bao":
				return true
			}
		}
		return false
	}
	return false
}

// markAfterFigure reports a mark passed ("vượt mốc", "vượt ngưỡng", "cán
// mốc") after a figure of the same measure in its sentence: the figure
// is the level, the mark a round number it passed. Alone, the mark is
// the level reached ("Tổng thu ngân sách lần đầu tiên vượt mốc 500.000
// tỷ đồng").
func markAfterFigure(f *figure) bool {
	pre := f.pre()
	n := len(pre)
	if n < 2 || !(pre[n-1].s == "mốc" || pre[n-1].s == "ngưỡng") || !(pre[n-2].s == "vượt" || pre[n-2].s == "cán") {
		return false
	}
	for _, t := range f.sentenceBefore()[:max(0, len(f.sentenceBefore())-n)] {
		if f.a.UOM == "VND" && (t.s == "đồng" || t.s == "tỷ") || f.a.UOM == "%" && t.s == "%" {
			return true
		}
	}
	return false
}

// hasRate reports "tỷ lệ" (a rate) in toks.
func hasRate(toks []tok) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].s == "tỷ" && toks[k+1].s == "lệ" {
			return true
		}
	}
	return false
}

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
	for k < len(post) && k < 3 && post[k].word && !isDigits(post[k].s) {
		k++ // the rest of the figure's noun: "215 đảng viên mới, đạt …"
	}
	if k < len(post) && (post[k].s == "," || post[k].s == "(") {
		k++
	}
	if k >= len(post) || post[k].s != "đạt" && post[k].s != "bằng" && post[k].s != "vượt" {
		return false
	}
	k++
	for k < len(post) && (post[k].s == "hơn" || post[k].s == "trên" || post[k].s == "gần" || post[k].s == "khoảng") {
		k++
	}
	if k >= len(post) || !isDigits(post[k].s) {
		return false
	}
	k++
	for k+1 < len(post) && (post[k].s == "," || post[k].s == ".") && isDigits(post[k+1].s) {
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

// currentPrices reports "giá hiện hành" after the last "giá so sánh"
// (or "giá SS") in toks.
func currentPrices(toks []tok) bool {
	cur := false
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].s != "giá" {
			continue
		}
		switch toks[k+1].s {
		case "hiện":
			cur = true
		case "so", "ss", "cố":
			cur = false
		}
	}
	return cur
}

// shareBefore reports a percentage given by "chiếm" ("chiếm 30% GRDP",
// "chiếm khoảng 40%", "chiếm tỷ trọng trên 25%"): a share of the whole
// named around it, which is never the whole's growth or change, whichever
// cue (before the figure or after it) names the whole.
func shareBefore(pre []tok) bool {
	for k := len(pre) - 1; k >= 0; k-- {
		switch pre[k].s {
		case "chiếm":
			return true
		case "khoảng", "gần", "hơn", "trên", "dưới", "xấp", "xỉ", "tỷ", "lệ", "trọng", "ước", "đến", "tới", "được":
		default:
			return false
		}
	}
	return false
}

// stockCount reports a count that a unit has: "có" (perhaps with a
// qualifier) right before it, and nothing said of its noun after it (a
// mark or the end follows: "có trên 36.800 đảng viên (chiếm …)", "có
// 1.200 lao động."). "có 120 đảng viên mới", "có 500 lao động được giải
// quyết việc làm" go on with what the counted did.
func stockCount(pre, post []tok) bool {
	k := len(pre) - 1
	for k >= 0 && (pre[k].s == "trên" || pre[k].s == "hơn" || pre[k].s == "gần" || pre[k].s == "khoảng" || pre[k].s == "tổng" || pre[k].s == "số") {
		k--
	}
	if k < 0 || pre[k].s != "có" {
		return false
	}
	return len(post) == 0 || !post[0].word
}

// growthContribution reports a percentage that is a part's share of the
// growth, not the growth: its verb is "(đóng) góp" ("đóng góp 68,8%",
// "góp khoảng 2,1 điểm %"), or the words after it give what it went into,
// "vào" and a growth word ("60% vào mức tăng GRDP", "45% vào tăng trưởng
// chung").
func growthContribution(pre, post []tok) bool {
	for k := len(pre) - 1; k >= 0; k-- {
		s := pre[k].s
		if s == "góp" {
			return true
		}
		if s == "khoảng" || s == "gần" || s == "hơn" || s == "trên" || s == "xấp" || s == "xỉ" || s == "được" || s == "ước" || s == "đạt" {
			continue
		}
		break
	}
	if len(post) < 2 || post[0].s != "vào" {
		return false
	}
	for k := 1; k < len(post) && k <= 4; k++ {
		if post[k].s == "tăng" {
			return true
		}
	}
	return false
}

// shareChange reports a change that opens a bracket right after a share
// ("Hộ cận nghèo có 19.378 hộ, chiếm 4,21% dân số (giảm 0,38% so với
// năm 2019)", "…, chiếm tỷ lệ 2,1% (tăng 0,2%)"): the change of the
// share, in points, not a change of the count the share is of.
func shareChange(f *figure) bool {
	pre := f.pre()
	n := len(pre)
	if n < 2 || pre[n-2].s != "(" || pre[n-1].s != "tăng" && pre[n-1].s != "giảm" {
		return false
	}
	if f.prevReal <= f.clause.Start {
		return false
	}
	before := tokRange(f.ctoks, f.clause.Start, f.prevReal)
	k := len(before) - 1
	if k < 0 || before[k].s != "%" {
		return false
	}
	for k--; k >= 0 && (isDigits(before[k].s) || before[k].s == "," || before[k].s == "."); k-- {
	}
	if !shareBefore(before[:k+1]) {
		return false
	}
	// The share's own words may stand between it and the bracket ("dân
	// số trong tỉnh"), but no mark that ends its stretch.
	for _, t := range tokRange(f.ctoks, f.prevReal, f.a.Start) {
		if t.s == "," || t.s == ";" || t.s == ")" {
			return false
		}
	}
	return true
}

// changeShare reports a share ("chiếm (tỷ lệ) X%") stated right after a
// count's change, in the bracket that opens with the change ("(tăng 137
// hộ so với đầu năm, chiếm tỷ lệ 0,04%)", "(giảm 1.250 hộ, chiếm 0,6%)"):
// the change's share of the whole, not the level of the rate the count
// is of.
func changeShare(f *figure) bool {
	if f.prevReal <= f.clause.Start || !shareBefore(f.pre()) {
		return false
	}
	before := tokRange(f.ctoks, f.clause.Start, f.prevReal)
	k := len(before) - 1
	if k < 0 || !before[k].word || isDigits(before[k].s) {
		return false // the figure before is no count with its noun
	}
	for k >= 0 && before[k].word && !isDigits(before[k].s) {
		k-- // the count's noun
	}
	for k >= 0 && (isDigits(before[k].s) || before[k].s == ".") {
		k-- // the count
	}
	for k >= 0 && (before[k].s == "khoảng" || before[k].s == "hơn" || before[k].s == "gần" || before[k].s == "trên" || before[k].s == "thêm") {
		k--
	}
	if k < 1 || before[k].s != "tăng" && before[k].s != "giảm" {
		return false
	}
	// Both in one bracket that holds the change: outside it, the share
	// is the count's before the bracket ("54 hộ nghèo (giảm 235 hộ so với
	// năm trước), chiếm tỷ lệ 0,13%").
	if before[k-1].s != "(" {
		return false
	}
	for _, t := range tokRange(f.ctoks, before[k].start, f.a.Start) {
		if t.s == ")" {
			return false
		}
	}
	return true
}

// growthCue reports a subject cue that names a growth ("tốc độ tăng giá
// trị sản xuất bình quân …"): its "bình quân" is a yearly average.
func growthCue(f *figure) bool {
	if f.subjEnd <= f.subjStart {
		return false
	}
	for _, t := range tokRange(f.ctoks, f.subjStart, f.subjEnd) {
		if t.s == "tăng" || t.s == "trưởng" || t.s == "triển" {
			return true
		}
	}
	return false
}

// yearlyFigure reports a percentage said to be a year's ("7-8% mỗi
// năm", "10,1%/năm", "8% hằng năm"): after "GRDP bình quân" it is the
// average yearly growth, not a ratio of the amount per head.
func yearlyFigure(f *figure) bool {
	if f.a.UOM != "%" {
		return false
	}
	if perYear(f) {
		return true
	}
	post := f.post()
	return len(post) >= 2 && (post[0].s == "mỗi" || post[0].s == "hằng" || post[0].s == "hàng") && post[1].s == "năm"
}

// perHead reports "bình quân" after a level ("GRDP bình quân", "giá trị
// sản xuất bình quân"): an amount per head, unless a period follows
// ("bình quân hằng năm", "bình quân giai đoạn"): a yearly average.
func perHead(toks []tok) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].s != "quân" || toks[i-1].s != "bình" || i < 2 {
			continue
		}
		switch toks[i-2].s {
		case "grdp", "phẩm", "xuất", "nhập":
		default:
			continue
		}
		if i+1 < len(toks) {
			switch toks[i+1].s {
			case "hằng", "hàng", "mỗi", "năm", "giai", "cả", "chung", "thời":
				continue
			}
		}
		return true
	}
	return false
}

// moneyBefore reports an amount of money before the figure in its clause,
// after the subject's cue when known: the level of the subject.
func moneyBefore(f *figure) bool {
	from := f.clause.Start
	if f.subjEnd > f.subjStart {
		from = f.subjStart
	}
	for _, t := range tokRange(f.ctoks, from, f.a.Start) {
		if t.s == "đồng" {
			return true
		}
	}
	return false
}

// punctBetween reports a comma, semicolon or colon in bytes [from, to).
func punctBetween(toks []tok, from, to int) bool {
	for _, t := range tokRange(toks, from, to) {
		if t.s == "," || t.s == ";" || t.s == ":" {
			return true
		}
	}
	return false
}

// comparisonBase reports a figure right after "so với": what the
// subject is compared with ("giảm 3% so với 1,8% kế hoạch giao").
func comparisonBase(f *figure) bool {
	pre := f.pre()
	n := len(pre)
	return n >= 2 && pre[n-1].s == "với" && pre[n-2].s == "so" || n >= 1 && pre[n-1].s == "so"
}

// perCapita reports "21 triệu đồng/người/năm" and the like. A slash
// before a report word is compact notation, not a rate: "ước đạt 1.486 tỷ
// đồng/KH 1.300 tỷ đồng", "14,2%/CK", "17 chỉ tiêu/18 chỉ tiêu".
func perCapita(f *figure) bool {
	if f.a.Form != vnnum.Fraction && strings.Contains(f.p.text[f.a.NumStart:f.a.End], "/") {
		return true
	}
	rest := f.p.text[f.a.End:min(len(f.p.text), f.a.End+24)]
	rest = strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(rest, "/") {
		return false
	}
	return !compactSlash(rest[1:])
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

// nounOf is the noun after a count: vnnum's, else the words that follow.
func nounOf(f *figure) string {
	if f.a.Noun == "lượt" {
		// "9.240 lượt lao động": the turns of what follows.
		if post := tokRange(f.ctoks, f.a.End, f.clause.End); len(post) > 0 && post[0].word {
			n := "lượt " + post[0].s
			if len(post) > 1 && post[1].word {
				n += " " + post[1].s
			}
			return n
		}
	}
	if f.a.Noun != "" {
		return f.a.Noun
	}
	if f.a.UOM != "" {
		return ""
	}
	if pre := tokRange(f.ctoks, f.clause.Start, f.a.Start); len(pre) >= 3 {
		// "286 ĐV/KH 250": the plan counts what the result counted.
		n := len(pre)
		switch pre[n-1].s {
		case "kh", "dt", "nq":
			if pre[n-2].s == "/" && pre[n-3].word && !isDigits(pre[n-3].s) {
				return pre[n-3].s
			}
		}
	}
	post := tokRange(f.ctoks, f.a.End, f.clause.End)
	var words [3]string // on the stack: nounOf runs for every figure
	b := words[:0]
	for _, t := range post {
		if !t.word || len(b) == 3 {
			break
		}
		b = append(b, t.s)
	}
	return strings.Join(b, " ")
}

// cueAfter finds an indicator named right after a figure (within a few
// words, before any punctuation), for figures of the indicator's own unit.
func (x *docReader) cueAfter(f *figure, later []cueEvent, noun string) int {
	// The cue may begin at the count's noun, which the amount includes
	// ("19 hộ thoát nghèo"): look from the first word after the digits.
	endTok := len(f.ctoks)
	// No token at or before the digits' start (nor, then, at the
	// amount's end) can be it: the search starts after them.
	for k := tokIndex(f.ctoks, f.a.NumStart+1); k < len(f.ctoks); k++ {
		if t := &f.ctoks[k]; t.start >= f.a.End || (t.start > f.a.NumStart && t.word && !isDigits(t.s)) {
			endTok = k
			break
		}
	}
	for _, e := range later {
		if e.at < endTok || e.at-endTok > 10 || f.ctoks[e.at].start >= f.nextStart {
			break
		}
		stop := false
		for k := endTok; k < e.at; k++ {
			if s := f.ctoks[k].s; s == "," || s == ";" || s == "(" || s == ")" || s == ":" || s == "và" {
				stop = true // "… 32,79% và thương mại dịch vụ chiếm …": the next item's subject
			}
		}
		if stop || e.other {
			break
		}
		if e.weak {
			continue
		}
		for _, i := range e.inds {
			if ok, r := x.ind.fits(i, f.a, noun, false); ok && !r && !x.ind.denied(i, f.ctoks, f.prevEnd, f.ctoks[e.end-1].end) {
				return i
			}
		}
	}
	return -1
}

// planShareAfter is the indicator of an amount named right after a
// percentage and followed by its plan ("54,4% thu ngân sách nhà nước do
// trung ương giao", "95% kế hoạch vốn đầu tư công được giao" is planM's):
// the cue starts at the next word, and "giao" or a plan noun follows it
// within a few words; -1 otherwise.
func (x *docReader) planShareAfter(f *figure, later []cueEvent, noun string) int {
	post := f.post()
	for _, e := range later {
		at := f.ctoks[e.at].start
		if at < f.a.End {
			continue
		}
		if len(post) == 0 || post[0].start != at || e.other || e.weak {
			return -1
		}
		tail := tokRange(f.ctoks, f.ctoks[e.end-1].end, f.nextStart)
		planned := false
		for k := 0; k < len(tail) && k < 8; k++ {
			if s := tail[k].s; s == "," || s == ";" || s == "." {
				break
			}
			if _, _, ok := planM.match(tail, k); ok || tail[k].s == "giao" {
				planned = true
				break
			}
		}
		if !planned {
			return -1
		}
		for _, i := range e.inds {
			if ok, r := x.ind.fits(i, f.a, noun, true); ok && r && !x.ind.denied(i, f.ctoks, f.a.End, f.ctoks[e.end-1].end) {
				return i
			}
		}
		return -1
	}
	return -1
}

// structureShare reads the services item of a list of the economy's
// structure ("Cơ cấu kinh tế: công nghiệp - xây dựng 48%; thương mại -
// dịch vụ 45,5%; …", "cơ cấu giá trị sản xuất …, dịch vụ 37,1%"): the
// services share, or -1.
func (x *docReader) structureShare(f *figure) int {
	if f.a.UOM != "%" || !hasPhrase(f.sentenceBefore(), structureM) {
		return -1
	}
	item := afterLastMark(tokRange(f.ctoks, f.clause.Start, f.a.Start))
	if compactPlan(f) && f.prevReal > f.clause.Start {
		// "thương mại - dịch vụ 21,9%/NQ 24%": the plan after the slash
		// is the item's whose figure stands before it.
		toks := tokRange(f.ctoks, f.clause.Start, f.prevReal)
		n := len(toks)
		for n > 0 && (isDigits(toks[n-1].s) || toks[n-1].s == "," || toks[n-1].s == "." || toks[n-1].s == "%") {
			n--
		}
		item = afterLastMark(toks[:n])
	}
	if !servicesItem(item) && !respectiveServices(f) {
		return -1
	}
	return x.ind.index("ty_trong_dich_vu")
}

// ownShareItem reports a percentage that ends a list item of its own
// ("…, công nghiệp - xây dựng chiếm 12%"): after the subject and another
// figure, the words since the last mark name a part and end in "chiếm".
func ownShareItem(f *figure, subj subject) bool {
	if subj.none || f.prevReal <= subj.end || f.prevReal > f.a.Start {
		return false
	}
	item := afterLastMark(tokRange(f.ctoks, max(f.prevReal, f.clause.Start), f.a.Start))
	for len(item) > 0 && (item[0].s == ";" || item[0].s == "và") {
		item = item[1:]
	}
	n := len(item)
	if n < 2 || item[n-1].s != "chiếm" || item[0].start < subj.end {
		return false
	}
	for _, t := range item[:n-1] {
		if !t.word && t.s != "-" && t.s != "–" || isDigits(t.s) {
			return false
		}
	}
	return true
}

// servicesShareOfWhole reads a share of the whole economy given after the
// services named as the sentence's sector ("thương mại – dịch vụ được xác
// định là thế mạnh của thành phố, chiếm trên 81% cơ cấu kinh tế", "mức
// tăng trưởng của khu vực dịch vụ là 7,7%, chiếm 65,5% GRDP"): the
// services share, or -1. The share must say what whole it is of, and the
// sector named last before it must be the services, named whole (not
// "doanh thu dịch vụ lưu trú").
func (x *docReader) servicesShareOfWhole(f *figure) int {
	if f.a.UOM != "%" {
		return -1
	}
	pre := f.pre()
	if len(pre) == 0 || pre[len(pre)-1].s != "chiếm" {
		return -1
	}
	post := f.post()
	k := 0
	if k < len(post) && (post[k].s == "trong" || post[k].s == "của") {
		k++
	}
	if k >= len(post) {
		return -1
	}
	if _, _, ok := wholeEconomyM.match(post, k); !ok {
		return -1
	}
	toks := tokRange(f.stoks, f.sent.Start, f.a.Start)
	last := false
	for i := 0; i < len(toks); i++ {
		if _, e, ok := servicesM.match(toks, i); ok {
			last = !(i > 0 && toks[i-1].s == "thu") && (e >= len(toks) || !toks[e].word || sectorEnds[toks[e].s])
			i = e - 1
			continue
		}
		if _, e, ok := otherSectorM.match(toks, i); ok {
			last = false
			i = e - 1
		}
	}
	if !last {
		return -1
	}
	return x.ind.index("ty_trong_dich_vu")
}

// wholeEconomyM names the whole a sector's share is of.
var wholeEconomyM = newListMatcher([]string{"cơ cấu kinh tế", "cơ cấu grdp", "cơ cấu tổng sản phẩm", "cơ cấu giá trị tăng thêm", "grdp", "gdp", "tổng sản phẩm", "giá trị tăng thêm", "tổng giá trị tăng thêm"}, 1)

// otherSectorM names the sectors other than services.
var otherSectorM = newListMatcher([]string{"công nghiệp", "nông nghiệp", "nông, lâm", "nông - lâm", "nông lâm", "lâm nghiệp", "thủy sản", "xây dựng", "du lịch", "kinh tế số", "thuế sản phẩm"}, 1)

// sectorEnds are the words that may follow a sector named whole: a verb,
// not a noun that narrows it ("dịch vụ lưu trú").
var sectorEnds = map[string]bool{"là": true, "được": true, "chiếm": true, "có": true, "vẫn": true, "tiếp": true, "luôn": true, "giữ": true, "đạt": true, "tăng": true, "đóng": true, "trở": true}

// exceptBracket reports a bracket that takes a part out of the subject
// before the figure: "(trừ dầu khí)", "(không kể tiền sử dụng đất)",
// "(không bao gồm …)", "(loại trừ …)".
func exceptBracket(toks []tok) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].s != "(" {
			continue
		}
		switch w := toks[k+1].s; {
		case w == "trừ":
			return true
		case (w == "không" || w == "loại") && k+2 < len(toks):
			switch toks[k+2].s {
			case "kể", "bao", "tính", "trừ":
				return true
			}
		}
	}
	return false
}

// indefiniteTime reports a clause that puts its figure at some time it
// does not name: "có" (there was) before a time noun not followed by its
// number ("có năm tăng trưởng trên 20%", "có thời điểm giảm 5%", "có
// những tháng đạt 200 tỷ đồng").
func indefiniteTime(toks []tok) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].s != "có" {
			continue
		}
		j := k + 1
		if toks[j].s == "những" || toks[j].s == "nhiều" {
			j++
		}
		if j >= len(toks) {
			return false
		}
		n := 1
		switch toks[j].s {
		case "năm", "lúc", "tháng", "quý":
		case "thời", "giai":
			if j+1 >= len(toks) || toks[j+1].s != "điểm" && toks[j+1].s != "kỳ" && toks[j+1].s != "đoạn" {
				continue
			}
			n = 2
		default:
			continue
		}
		if j+n < len(toks) && isDigits(toks[j+n].s) {
			continue // "có năm 2020 …" names its year
		}
		return true
	}
	return false
}

// servicesItem reports the words of a structure list's item that name the
// services ("thương mại - dịch vụ", "khu vực dịch vụ chiếm").
func servicesItem(item []tok) bool {
	for len(item) > 0 && (item[0].s == ";" || item[0].s == ",") {
		item = item[1:]
	}
	if n := len(item); n > 0 && (item[n-1].s == "chiếm" || item[n-1].s == "là" || item[n-1].s == "đạt") {
		item = item[:n-1]
	}
	if n := len(item); n > 0 && item[n-1].s == "ước" {
		item = item[:n-1] // "thương mại dịch vụ ước chiếm": the estimate's hedge
	}
	if len(item) == 0 {
		return false
	}
	_, e, ok := servicesM.match(item, 0)
	return ok && e == len(item)
}

// respectiveServices reads a list of shares given "respectively" after a
// structure list ("khu vực nông, lâm nghiệp và thủy sản chiếm 17,70%; …;
// khu vực dịch vụ 35,68%; … (Cơ cấu tương ứng năm 2023: 18,44%; 42,61%;
// 35,90%; 3,05%)"): the share in the services item's place, when both
// lists have as many shares.
func respectiveServices(f *figure) bool {
	resp := -1
	for k := 0; k+1 < len(f.stoks) && f.stoks[k].start < f.a.Start; k++ {
		if f.stoks[k].s == "tương" && f.stoks[k+1].s == "ứng" {
			resp = f.stoks[k].start
		}
	}
	if resp < 0 {
		return false
	}
	var before, after []vnnum.Amount
	for _, a := range vnnum.Scan(f.p.text[f.sent.Start:f.sent.End]) {
		if a.UOM != "%" {
			continue
		}
		a.Start, a.End = a.Start+f.sent.Start, a.End+f.sent.Start
		if a.Start < resp {
			before = append(before, a)
		} else {
			after = append(after, a)
		}
	}
	if len(before) < 2 || len(before) != len(after) {
		return false
	}
	si := -1
	prev := f.sent.Start
	for i, a := range before {
		if servicesItem(afterLastMark(tokRange(f.stoks, prev, a.Start))) {
			si = i
		}
		prev = a.End
	}
	return si >= 0 && after[si].Start == f.a.Start
}

// sharedCulture reads a share followed by the households or the
// residential areas it counts, in a clause that says "… văn hóa" after
// it ("89,5% hộ gia đình và 70% ấp, khu phố đạt chuẩn văn hóa"): the
// indicator of the noun, or -1.
func (x *docReader) sharedCulture(f *figure) int {
	if f.a.UOM != "%" {
		return -1
	}
	post := tokRange(f.ctoks, f.a.End, f.clause.End)
	if len(post) < 3 {
		return -1
	}
	code := ""
	switch post[0].s {
	case "hộ", "gia":
		if post[0].s == "gia" && post[1].s != "đình" {
			return -1
		}
		code = "ty_le_gia_dinh_van_hoa"
	case "thôn", "làng", "bản", "buôn", "ấp", "khu", "tổ", "khối", "cụm", "xóm":
		code = "ty_le_khu_dan_cu_van_hoa"
	default:
		return -1
	}
	holder := true // in the noun that holds the title, up to its verb
	for k := 1; k+1 < len(post); k++ {
		if holder && holderEnds(post[k]) {
			holder = false
		}
		if holder && !cultureHolderWord[post[k].s] {
			return -1 // "67% khu nhà trọ đạt văn hóa": boarding houses, no residential area
		}
		if post[k].s == "văn" && post[k+1].s == "hóa" {
			return x.ind.index(code)
		}
	}
	return -1
}

// cultureHolderWord holds the words of the nouns that hold the cultural
// titles the catalog counts: families and households ("hộ gia đình"),
// residential areas ("thôn, ấp, khu dân cư, tổ dân phố"), and the marks
// that list them.
var cultureHolderWord = map[string]bool{
	"hộ": true, "gia": true, "đình": true, "dân": true, "cư": true,
	"thôn": true, "làng": true, "bản": true, "buôn": true, "ấp": true, "khu": true, "tổ": true,
	"khối": true, "cụm": true, "xóm": true, "phố": true, "khóm": true, "sóc": true, "phum": true,
	",": true, "và": true, "/": true, "-": true, "–": true,
}

// holderEnds reports a token that ends the noun holding a cultural title
// in a share's stretch: its verb ("đạt", "được", "là"), the title itself
// ("văn hóa", "chuẩn"), or another figure of the list.
func holderEnds(t tok) bool {
	switch t.s {
	case "đạt", "được", "là", "văn", "chuẩn", "danh", "có", "%", ";", ".", ":":
		return true
	}
	return isDigits(t.s)
}

// shareBeforeAt reports a share or a count of a whole ("91%", "480/662")
// among toks[:end]: a figure of an earlier item, not a year.
func shareBeforeAt(toks []tok, end int) bool {
	for k := 0; k+1 < end; k++ {
		if isDigits(toks[k].s) && (toks[k+1].s == "%" || toks[k+1].s == "/") {
			return true
		}
	}
	return false
}

// otherCultureHolder reports a figure whose own stretch (after the last
// comma, semicolon or colon before it) names the holder of a cultural
// title as its subject, "… văn hóa đạt" right before the figure, with no
// word of the families or the residential areas in it: "…, công sở văn
// hóa đạt 100%", "…; trường học văn hóa đạt 90%". An item of a list of
// titles, each with its figure, that names offices, schools or firms is
// not the families' rate the list began with. The stretch must follow an
// earlier figure of the clause: holders listed before one figure ("tỷ lệ
// gia đình, cơ quan, đơn vị văn hóa đạt 94,5%") share it.
func otherCultureHolder(toks []tok) bool {
	cut := -1
	for k := len(toks) - 1; k >= 0; k-- {
		if s := toks[k].s; s == "," || s == ";" || s == ":" {
			cut = k
			break
		}
	}
	if cut < 0 || !shareBeforeAt(toks, cut) {
		return false
	}
	toks = toks[cut+1:]
	n := len(toks)
	if n < 4 || toks[n-1].s != "đạt" || toks[n-2].s != "hóa" || toks[n-3].s != "văn" {
		return false
	}
	for _, t := range toks[:n-3] {
		if !t.word || cultureHolderWord[t.s] || t.s == "tỷ" || t.s == "lệ" || isDigits(t.s) {
			return false
		}
	}
	return true
}

// nounCue is the indicator whose cue starts at a count's noun ("1.046 hộ
// cận nghèo"), or -1.
func (x *docReader) nounCue(f *figure, later []cueEvent, noun string) int {
	for _, e := range later {
		at := f.ctoks[e.at].start
		if at < f.a.NumStart {
			continue
		}
		if at >= f.a.End || e.other || e.weak {
			return -1
		}
		for _, i := range e.inds {
			if ok, r := x.ind.fits(i, f.a, noun, false); ok && !r {
				return i
			}
		}
		return -1
	}
	return -1
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
		rest := lowerSameLen(f.p.text[a.End:min(len(f.p.text), a.End+24)])
		rest = strings.TrimLeft(rest, " ")
		for _, m := range []struct {
			w string
			v float64
		}{{"nghìn tỷ đồng", 1e12}, {"nghìn tỉ đồng", 1e12}, {"tỷ đồng", 1e9}, {"tỉ đồng", 1e9}, {"triệu đồng", 1e6}} {
			if strings.HasPrefix(rest, m.w) {
				mult, uom = m.v, "VND"
				break
			}
		}
		if uom == "" {
			return
		}
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
		one.Value = a.Value * scale
		f.a = one
		// The target is the one the result was measured against: the
		// result's year, not the next term's.
		year := x.finalYear(f, facts.Actual)
		x.emitYear(f, in, facts.Actual, 1, year)
		f.a.Value = a.Of * scale
		x.emitYear(f, in, facts.Plan, 1, year)
		return
	}
}

// pairContext reports a sentence that weighs results against targets: a
// result verb ("đạt", "vượt", "hoàn thành") or a plan word ("chỉ tiêu",
// "kế hoạch", "nghị quyết").
func pairContext(stoks []tok) bool {
	for k, t := range stoks {
		switch t.s {
		case "đạt", "vượt":
			return true
		case "thành", "tiêu", "hoạch", "quyết":
			if k > 0 {
				switch stoks[k-1].s + " " + t.s {
				case "hoàn thành", "chỉ tiêu", "kế hoạch", "nghị quyết":
					return true
				}
			}
		}
	}
	return false
}

// kindOf decides the kind of a figure of indicator in; sign is -1 for a
// decrease.
func (x *docReader) kindOf(f *figure, in catalog.Indicator, ratio bool) (facts.Kind, float64, bool) {
	if barePairPlan(f) {
		// "thu ngân sách đạt 17,1 tỷ đồng/13,5 tỷ đồng, đạt 126,7% KH":
		// the plan the result before the slash was measured against,
		// where the sentence weighs results against targets.
		if ratio || !pairContext(f.stoks) || f.targetVerb() {
			return "", 0, false
		}
		return facts.Plan, 1, true
	}
	pre, post := afterColon(f.pre()), f.post()
	verb, vAt, found := lastPhrase(pre, verbM)
	if found && verbBeforeSubject(pre, vAt, f.subjStart) {
		// "công tác thu ngân sách tăng vượt bậc, tổng thu ngân sách thực
		// hiện gần 1.310 tỉ đồng": a verb that a comma and then the
		// figure's own subject follow was said of something before; the
		// figure has no verb of its own.
		verb, found = 0, false
	}
	if !found && ratio && ratioAfterTime(f) {
		// "thu ngân sách đạt 103,9% năm 2022 và 87,8% trong 6 tháng đầu
		// năm 2023": a ratio listed after another, with only the first's
		// time between them, shares the first's verb.
		verb, _, _ = lastPhrase(tokRange(f.ctoks, f.clause.Start, f.prevReal), verbM)
	}
	if comparativeBefore(f) {
		verb = vExceed // "cao hơn 6,2% so với cùng kỳ": "hơn" was read as the figure's qualifier
	}
	if verb == vDecrease && f.a.Qualifier == "under" && f.a.UOM == "%" && !ratio && strings.HasPrefix(lowerSameLen(f.p.text[f.a.Start:f.a.End]), "dưới") {
		verb = vLevel // "tỷ lệ hộ nghèo giảm dưới 0,5%": down to a level under 0,5%, not down by it
	}
	if ratio && verb == vGrowth {
		verb = vIncrease // "thu ngân sách tăng trưởng 15%"
	}
	if verb == vExceed && writtenSign(f.p.text, f.a.NumStart) != 0 {
		// "giảm nhiều hơn (-13,01%)", "tăng cao hơn (+8,2%)": a
		// comparative right after a change verb says the change was
		// larger than before; the signed figure in its bracket is the
		// change itself, not a difference.
		if _, at, ok := lastPhrase(pre, verbM); ok && at >= 1 && bracketOpensAt(pre) {
			if w := pre[at-1].s; w == "tăng" || w == "giảm" {
				verb = verbWords[w]
			}
		}
	}
	// "so với kế hoạch năm 2024 (8%)": a year may name the plan before
	// the bracket (pre starts after the year, a figure of its own).
	parenPlan := parenAfterPlan(pre) || f.prevReal < f.prevEnd && parenAfterPlan(tokRange(f.ctoks, f.prevReal, f.a.Start))
	cmpPlan, cmpPrev, compared := comparator(post)
	if !compared && bracketedAlone(f) {
		// "ước đạt hơn 181 tỷ đồng (gần 52%) so dự toán tỉnh giao": the
		// ratio alone in its bracket, the plan named after it. (A base
		// of the period before is left: "giảm 45 tỷ đồng (4,8%) so với
		// năm 2022" is a change, not a ratio.)
		if plan, _, _ := comparator(post[1:]); plan {
			cmpPlan, compared = true, true
		}
	}
	if cmpPrev && compared && shareBefore(pre) && !timeBase(post) {
		// "chiếm hơn 11% so với dân số", "chiếm 10% so với toàn tỉnh": a
		// share compared with a whole, not with a period before, as "so
		// với tổng số …" (see comparator).
		cmpPrev = false
	}
	if !compared && verb == vReach {
		// "tăng trưởng so với năm 2020 đạt 7,9%": the comparison named
		// before the verb, a rise against the previous period.
		lead := tokRange(f.ctoks, f.prevReal, f.a.Start)
		if s, ok := riseComparedBefore(lead); ok {
			if _, prev, _ := comparator(lead[s:]); prev {
				if !x.baseYearIsPrev(f, lead[s:]) {
					return "", 0, false // "tăng trưởng so với năm 2018 đạt 45%" of 2023: over five years
				}
				cmpPrev, compared, verb = true, true, vIncrease
			}
		}
	}
	if cmpPrev && compared && x.baseNotPrev(f) {
		// "tăng 5% so với tháng 3/2022", "tăng 31,09% so với năm 2011"
		// (of 2020): compared with another period than the previous
		// one, a change or ratio is no fact.
		return "", 0, false
	}
	if ratio {
		k, sign, ok := x.ratioKind(f, in, verb, parenPlan, cmpPlan, cmpPrev, compared)
		if ok && (k == facts.ChangeVsPrev || k == facts.PctOfPrev) && x.mode(f) == facts.Plan && !planNounSpent(f) {
			// A planned change ("phấn đấu thu ngân sách tăng 22%", "KH
			// tăng 9-11%") is no fact. A planned rise of the production
			// value is the planned growth rate, a fact (see emitFigure).
			x.plannedRise = k == facts.ChangeVsPrev && sign > 0
			return "", 0, false
		}
		if ok && k == facts.PctOfPlan && f.targetVerb() && !cmpPlan && !parenPlan {
			return "", 0, false // "phấn đấu kết nạp đảng viên mới đạt từ 7%": a share set as a target
		}
		if ok && k == facts.PctOfPlan && f.targetVerb() {
			// "Năm 2026, phấn đấu giải ngân đạt 100% kế hoạch": a target
			// for a year to come is no fact; said of this year, it is the
			// expected outcome (an estimate).
			if y, _ := x.yearOf(f); x.pubY != 0 && y > x.pubY {
				return "", 0, false
			}
		}
		return k, sign, ok
	}
	if parenPlan || parenOpensPlan(f.pre()) && verb != vIncrease && verb != vDecrease && !perYear(f) {
		// "kế hoạch đề ra (8,79%)", "dự toán (4.435,98 tỷ đồng)", and a
		// bracket that opens with the plan: "đạt 90,6% (chỉ tiêu năm 91,5%)";
		// a change there ("(KH giảm 4-5%)") is a planned change.
		return facts.Plan, 1, true
	}
	if planNounRightBefore(pre) && verb != vIncrease && verb != vDecrease && verb != vExceed && !perYear(f) {
		// "chưa đạt kế hoạch đề ra từ 9-10%", "tổng số vốn được giao là
		// 68.634 tỷ đồng": the plan's own figure, though a result verb
		// ("đạt") governs the plan noun before it. Not a margin over the
		// plan ("vượt mục tiêu 0,36%") nor a yearly change set as the
		// target ("chỉ tiêu là 1,5%/năm").
		return facts.Plan, 1, true
	}
	if f.a.UOM == "%" && x.ind.growth(in) && f.a.Form == vnnum.Range && f.a.Max != 0 && !cmpPlan && !resultInClause(f) {
		// "Tốc độ tăng giá trị sản xuất bình quân 5 năm 12 - 13%/năm": a
		// growth rate given as a range, with no result word, is a target.
		// The result word must be the figure's clause's own: in "Trong
		// đó, tổng sản phẩm ước đạt 64.400- 64.920 tỉ đồng; tăng trưởng
		// kinh tế 6- 6,8%" the "ước đạt" is the product's.
		return facts.Plan, 1, true
	}
	if f.a.UOM == "%" {
		// A percentage indicator: the figure is its level.
		if cmpPlan {
			// "Tỷ lệ hộ nghèo giảm 1,89%, đạt 125% so với chỉ tiêu":
			// the stated ratio to the plan; a change compared with the
			// plan is none.
			if verb == vIncrease || verb == vDecrease || verb == vExceed {
				return "", 0, false
			}
			if x.ind.growth(in) && moneyBefore(f) {
				// "GRDP 9 tháng ước đạt 47.411 tỷ đồng, đạt 67,8% so với
				// kế hoạch và tăng 7,72% so với cùng kỳ": the ratio is the
				// product's level's to its plan, not the growth rate's;
				// the level is no catalog figure, so neither is its ratio.
				return "", 0, false
			}
			return facts.PctOfPlan, 1, true
		}
		if sign := comparativeSign(f, pre); sign != 0 && cmpPrev && (!x.ind.growth(in) || inPoints(f)) {
			// "chiếm tỷ lệ 5,93%, thấp hơn 1,89% so với năm 2021": the
			// rate's change in points.
			if f.planned() {
				return "", 0, false
			}
			return facts.ChangeVsPrev, sign, true
		}
		if verb == vExceed {
			return "", 0, false
		}
		if perYear(f) && !x.ind.growth(in) && verb != vIncrease && verb != vDecrease && f.a.Value < 50 {
			// "chỉ tiêu là 1,5%/năm": a yearly change, not a level. A
			// share of half or more a year ("Tỷ lệ hộ gia đình văn hóa
			// 93-95%/năm") cannot be a yearly change in points: it is the
			// level to hold each year.
			return "", 0, false
		}
		if verb == vIncrease || verb == vDecrease {
			if x.ind.growth(in) && samePeriodLevel(pre, post) {
				// "GRDP ước tăng 6,47%, cao hơn mức tăng 3,94% cùng kỳ năm
				// 2023": the growth the same period had a year before.
				return facts.Actual, 1, true
			}
			if x.ind.growth(in) {
				// "tăng trưởng đạt 9,8%, tăng 0,4% so với năm trước": once
				// the sentence gave the growth rate, a change compared
				// with last year is the change of the rate, in points
				// whether or not the text says "điểm phần trăm" (rates
				// change in points); a planned change is none.
				// A clause that names the growth afresh after the last
				// figure ("…; 9 tháng đầu năm 2024, tốc độ tăng trưởng kinh
				// tế của tỉnh tăng 6,32% so cùng kỳ") gives a level of its
				// own, another period's.
				fresh := f.subjEnd > f.subjStart && f.subjStart >= f.prevReal
				if cmpPrev && x.sentInds[in.Code] && !fresh {
					if f.planned() || x.mode(f) == facts.Plan {
						return "", 0, false
					}
					return facts.ChangeVsPrev, signOf(verb), true
				}
				// A growth rate is itself a change: the economy that
				// shrank ("GRDP giảm 9,28% so với cùng kỳ", "kinh tế
				// tăng trưởng âm, giảm 2,1%") grew by a negative rate.
				k := x.mode(f)
				if k == facts.Actual {
					return k, signOf(verb), true
				}
				return k, 1, true
			}
			if compared && !cmpPrev {
				return "", 0, false // compared with another base than last year's
			}
			if !compared && overYears(f) {
				return "", 0, false // "sau 16 năm, tỷ lệ hộ nghèo đã giảm 30,3%": the fall over the years
			}
			// A rate changes in points ("tỷ lệ hộ nghèo giảm 1,24%"); a
			// planned change is no fact ("phấn đấu giảm 1,5%"), and "giảm
			// từ 3,2%" gives last year's level.
			if k := f.cues.kindBefore(f.a.Start); k == cuePlan || k == cueExpect || fromBefore(pre) || x.mode(f) == facts.Plan && !planNounSpent(f) || plannedRange(f) {
				return "", 0, false
			}
			return facts.ChangeVsPrev, signOf(verb), true
		}
		giamNgheo := giamNgheoOwn(f)
		if giamNgheo && plannedRange(f) {
			return "", 0, false // "tỷ lệ giảm hộ nghèo bình quân hằng năm đạt 3 - 5%": a target's
		}
		if sign := changeBeforeCue(f, pre); sign != 0 && !x.ind.growth(in) {
			// "Ước kết quả thực hiện giảm tỷ lệ hộ nghèo năm 2022 là
			// 0,47%": the verb before the rate names its change.
			if f.planned() || x.mode(f) == facts.Plan && !planNounSpent(f) {
				return "", 0, false // "phấn đấu giảm tỷ lệ hộ nghèo 1,5%": a planned change
			}
			return facts.ChangeVsPrev, sign, true
		}
		if giamNgheo {
			if f.a.Value >= 50 && hasPhrase(f.sentenceBefore(), planM) {
				// "tỷ lệ giảm nghèo vượt kế hoạch cao nhất là huyện
				// Ninh Sơn, đạt 167%": the fall's share of its plan.
				return facts.PctOfPlan, 1, true
			}
			return facts.ChangeVsPrev, -1, true // "tỷ lệ giảm nghèo đạt 5,7%"
		}
	} else {
		if compared && !cmpPlan && !(in.Code == "ho_thoat_ngheo" && verb == vDecrease) {
			// "cao hơn 330 tỷ đồng so với …": a difference; "giảm 612 hộ
			// nghèo so với cuối năm 2022" is the households that escaped.
			return "", 0, false
		}
		if verb == vExceed {
			return "", 0, false
		}
		if f.a.UOM == "VND" && (verb == vIncrease || verb == vDecrease) {
			return "", 0, false
		}
		if f.a.UOM == "" && (verb == vIncrease || verb == vDecrease) && !(in.Code == "ho_thoat_ngheo" && verb == vDecrease) {
			return "", 0, false // "12.947 hộ cận nghèo (giảm 2.539 hộ)": a count's change, not its level
		}
	}
	return x.mode(f), 1, true
}

// ratioKind is the kind of a percentage of a money or count indicator.
func (x *docReader) ratioKind(f *figure, in catalog.Indicator, verb int, parenPlan, cmpPlan, cmpPrev, compared bool) (facts.Kind, float64, bool) {
	switch {
	case parenPlan:
		return facts.PctOfPlan, 1, true
	case verb == vExceed:
		x.shadow(f, in, facts.ChangeVsPrev, 1)
		return "", 0, false
	case cmpPlan:
		if verb == vIncrease || verb == vDecrease {
			// Compared with a plan: no catalog fact, and neither is
			// a headline that rounds it.
			x.shadow(f, in, facts.ChangeVsPrev, signOf(verb))
			return "", 0, false
		}
		return facts.PctOfPlan, 1, true
	case cmpPrev:
		switch verb {
		case vIncrease:
			return facts.ChangeVsPrev, 1, true
		case vDecrease:
			return facts.ChangeVsPrev, -1, true
		}
		return facts.PctOfPrev, 1, true
	case compared:
		return "", 0, false
	}
	if (verb == vIncrease || verb == vDecrease) && overYears(f) {
		return "", 0, false // "sau 5 năm, thu ngân sách tăng 60%": the growth over the years
	}
	switch verb {
	case vIncrease:
		return facts.ChangeVsPrev, 1, true
	case vDecrease:
		return facts.ChangeVsPrev, -1, true
	case vReach, vAchieve:
		return facts.PctOfPlan, 1, true
	}
	if bracketAfterPlan(f) {
		return facts.PctOfPlan, 1, true // "5.230 LĐ/KH 5.000 LĐ (104,6%)"
	}
	return "", 0, false
}

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
	for _, e := range f.cues.est { // in order of position
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
	c, ok := f.cues.kindCueBefore(f.a.Start)
	return ok && c.val == cueActual && c.pos >= f.clause.Start
}

// bracketAfterPlan reports a bare percentage in a bracket right after a
// plan's figure in report notation ("286 ĐV/KH 250 (114,4%)"): the
// result's share of the plan.
func bracketAfterPlan(f *figure) bool {
	pre := tokRange(f.ctoks, f.clause.Start, f.a.Start)
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
	c, ok := f.cues.kindCueBefore(f.a.Start)
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
	c, ok := f.cues.kindCueBefore(f.a.Start)
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
	return planNounEndsAt(stoks, k)
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
	if len(tokRange(f.stoks, f.sent.Start, pos)) > 1 {
		return false // a bullet's dash may come first
	}
	head := tokRange(f.stoks, pos, f.a.Start)
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
	tail := tokRange(f.ctoks, f.a.End, f.clause.End)
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

// comparativeSign is +1 for "cao hơn", "nhiều hơn" before a figure, -1
// for "thấp hơn", "ít hơn", 0 otherwise (the "hơn" may have been read as
// the figure's qualifier).
func comparativeSign(f *figure, pre []tok) float64 {
	n := len(pre)
	k := n - 1
	if n > 0 && pre[k].s == "hơn" {
		k--
	} else if !comparativeBefore(f) {
		return 0
	}
	if k < 0 {
		return 0
	}
	switch pre[k].s {
	case "cao", "nhiều", "lớn":
		return 1
	case "thấp", "ít", "nhỏ":
		return -1
	}
	return 0
}

// inPoints reports a figure written in percentage points ("0,4 điểm phần
// trăm"): a rate's change, never its level.
func inPoints(f *figure) bool {
	return strings.Contains(f.p.text[f.a.NumStart:f.a.End], "điểm")
}

// perYear reports "%/năm" after a figure: a rate of change per year.
func perYear(f *figure) bool {
	rest := strings.TrimLeft(f.p.text[f.a.End:min(len(f.p.text), f.a.End+12)], " ")
	if !strings.HasPrefix(rest, "/") {
		return false
	}
	rest = strings.TrimLeft(rest[1:], " ")
	return strings.HasPrefix(rest, "năm")
}

// comparativeBefore reports "cao hơn", "thấp hơn", "nhiều hơn" … whose
// "hơn" the number reader took for the figure's qualifier ("more than").
func comparativeBefore(f *figure) bool {
	if f.a.Qualifier != facts.Over || !strings.HasPrefix(lowerSameLen(f.p.text[f.a.Start:f.a.NumStart]), "hơn") {
		return false
	}
	pre := f.pre()
	if len(pre) == 0 {
		return false
	}
	switch pre[len(pre)-1].s {
	case "cao", "thấp", "nhiều", "ít", "lớn", "nhỏ":
		return true
	}
	return false
}

func signOf(verb int) float64 {
	if verb == vDecrease {
		return -1
	}
	return 1
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

// comparator reads what follows a figure: "(so với) dự toán" → plan, "so
// với cùng kỳ/năm 2023" or "CK" → previous period; compared is true for
// any "so với".
// baseYearIsPrev reports a comparison's words that name no year, or the
// year before the figure's ("so với năm 2022" of a 2023 figure).
func (x *docReader) baseYearIsPrev(f *figure, base []tok) bool {
	for k := 0; k+1 < len(base); k++ {
		if base[k].s == "năm" && len(base[k+1].s) == 4 && isDigits(base[k+1].s) {
			b, _ := strconv.Atoi(base[k+1].s)
			y, _ := x.yearOf(f)
			return b == y-1
		}
	}
	return true
}

// riseComparedBefore reads "tăng (trưởng) so với <base> đạt" at the end
// of lead, the words right before a figure: the index of "so", and ok
// when the rise and its base come before the verb "đạt" with no comma
// between.
func riseComparedBefore(lead []tok) (int, bool) {
	n := len(lead)
	if n < 4 || lead[n-1].s != "đạt" {
		return 0, false
	}
	for k := n - 2; k >= 1 && k >= n-8; k-- {
		switch lead[k].s {
		case ",", ";", ":", "(", ")":
			return 0, false
		case "so":
			if lead[k+1].s != "với" {
				return 0, false
			}
			j := k - 1
			if lead[j].s == "trưởng" && j >= 1 {
				j--
			}
			return k, lead[j].s == "tăng"
		}
	}
	return 0, false
}

func comparator(post []tok) (plan, prev, compared bool) {
	i := 0
	if i < len(post) && post[i].s == "so" {
		compared = true
		i++
		if i < len(post) && post[i].s == "với" {
			i++
		}
		if i+1 < len(post) && post[i].s == "số" {
			// "đạt 49,5% so với số kế hoạch vốn do Thủ tướng Chính phủ
			// giao": "số" (the amount of) before a plan noun names the
			// plan's figure, the base of the ratio.
			if _, _, ok := planM.match(post, i+1); ok {
				return true, false, true
			}
		}
		if i < len(post) {
			if _, _, ok := planM.match(post, i); ok {
				return true, false, true
			}
			if post[i].s == "tổng" {
				return false, false, true // "chiếm 5,43% so tổng số hộ": a share
			}
			if (post[i].s == "tháng" || post[i].s == "quý" || post[i].s == "quí") && i+1 < len(post) && post[i+1].s == "trước" {
				return false, false, true // "so với tháng trước": not the same period of last year
			}
			if post[i].s == "ước" || post[i].s == "ưth" {
				// "tăng 8% so với ước thực hiện năm 2023": a target is set
				// against last year's estimate; results are compared with
				// its actual.
				return false, false, true
			}
		}
		return false, true, true
	}
	if i < len(post) {
		if _, _, ok := planM.match(post, i); ok {
			return true, false, false
		}
		if _, _, ok := prevM.match(post, i); ok {
			return false, true, false
		}
	}
	return false, false, false
}

// timeBase reports a comparison ("so (với) …" opening post) whose base is
// a time: "cùng kỳ", "năm 2022", "tháng trước", "quý I", "đầu năm",
// "6 tháng đầu năm 2023", "kỳ trước", "giai đoạn …".
func timeBase(post []tok) bool {
	i := 0
	if i < len(post) && post[i].s == "so" {
		i++
	}
	if i < len(post) && post[i].s == "với" {
		i++
	}
	if i >= len(post) {
		return false
	}
	switch post[i].s {
	case "cùng", "năm", "tháng", "quý", "quí", "kỳ", "đầu", "cuối", "giai", "thời", "hết", "trước", "nhiệm":
		return true
	}
	return isDigits(post[i].s)
}

// overYears reports a change stated over several years, with no base
// named: after or within a count of years ("sau 16 năm", "trong 5 năm",
// "qua 3 năm thực hiện", "10 năm qua", "giảm 2% sau 3 năm"), or in a
// period of years that opens its sentence ("Giai đoạn 2016-2020, tỷ lệ hộ
// nghèo giảm 4,2%"). Such a change is the difference from the span's
// start, not from the previous period. An average ("bình quân", "mỗi
// năm", "hằng năm") is a yearly change and left to perYear.
func overYears(f *figure) bool {
	before := f.sentenceBefore()
	after := tokRange(f.ctoks, f.a.End, f.clause.End)
	for k, t := range after {
		if t.s == "," || t.s == ";" || t.s == "." || t.s == "(" {
			after = after[:k]
			break
		}
	}
	for _, t := range before {
		switch t.s {
		case "bình", "mỗi", "hằng", "hàng":
			return false
		}
	}
	years := func(toks []tok) bool {
		for k := 0; k+1 < len(toks); k++ {
			if !isDigits(toks[k].s) || toks[k+1].s != "năm" {
				continue
			}
			n, _ := strconv.Atoi(toks[k].s)
			if n < 2 || n > 50 {
				continue
			}
			if k+2 < len(toks) && (toks[k+2].s == "qua" || toks[k+2].s == "vừa" || toks[k+2].s == "trở") {
				return true // "10 năm qua", "5 năm vừa qua", "3 năm trở lại đây"
			}
			if k+2 < len(toks) && (toks[k+2].s == "tới" || toks[k+2].s == "sau" || toks[k+2].s == "tiếp") {
				continue // "5 năm tới": years to come
			}
			b := k - 1
			for b >= 0 && (toks[b].s == "hơn" || toks[b].s == "gần" || toks[b].s == "khoảng") {
				b--
			}
			if b >= 0 && (toks[b].s == "sau" || toks[b].s == "trong" || toks[b].s == "qua") {
				return true // "sau 16 năm", "trong 5 năm", "qua hơn 3 năm thực hiện"
			}
		}
		return false
	}
	if years(before) || years(after) {
		return true
	}
	// A period that opens the sentence ("Giai đoạn 2016-2020, …"); after a
	// noun it qualifies the noun ("chuẩn nghèo giai đoạn 2016-2020").
	for k := 0; k < len(before) && k <= 3; k++ {
		if _, _, ok := spanAt(before, k); ok {
			return true
		}
	}
	return false
}

// changeBeforeCue is the sign of a rate's change named by a verb right
// before the rate's cue, the figure being given by "là", "đạt", "được"
// (or nothing) after it: "giảm tỷ lệ hộ nghèo năm 2022 là 0,47%", "giảm
// tỷ lệ hộ nghèo đa chiều đạt 5,48%", "tăng tỷ lệ bao phủ bảo hiểm y tế
// là 1,2%". The figure reached by "xuống (còn)", "còn", "lên", "từ", "ở
// mức" is the level, and "tăng … đạt" reads as a level reached; 0 for
// none.
func changeBeforeCue(f *figure, pre []tok) float64 {
	if f.subjEnd <= f.subjStart || f.subjEnd > f.a.Start {
		return 0
	}
	var sign float64
	before := tokRange(f.ctoks, f.clause.Start, f.subjStart)
	// The rate's name may open before its cue: "tỷ lệ dân số tham gia |bảo
	// hiểm y tế|".
	for k := len(before) - 2; k >= 0 && k >= len(before)-7; k-- {
		if before[k].s == "tỷ" && before[k+1].s == "lệ" {
			before = before[:k]
			break
		}
		if !before[k].word {
			break
		}
	}
	if n := len(before); n > 0 {
		switch before[n-1].s {
		case "giảm", "hạ":
			sign = -1
		case "tăng":
			sign = 1
		}
		if n > 1 && before[n-2].s == "tốc" {
			return 0 // "tốc độ tăng …": a growth rate's name
		}
	}
	if sign == 0 {
		return 0
	}
	for _, t := range tokRange(f.ctoks, f.subjEnd, f.a.Start) {
		switch t.s {
		case "còn", "xuống", "lên", "từ", "mức", "giảm", "tăng", ",", ";", "(":
			return 0
		}
	}
	if v, at, ok := lastPhrase(pre, verbM); ok {
		switch w := pre[at].s; {
		case w == "là" || w == "được":
		case w == "đạt" || v == vReach && w == "ước":
			if sign > 0 {
				return 0 // "tăng tỷ lệ bao phủ đạt 92%": the level reached
			}
		default:
			return 0
		}
	}
	return sign
}

// baseNotPrev reports a figure compared ("so với …") with a time that is
// not the previous period's: a month or quarter of the figure's own year
// or of no year ("so với tháng 3/2022" of April 2022, "so với quý I"), a
// year before the previous one ("so với năm 2011", "so với cuối năm 2015",
// "so với cùng kỳ năm 2019" of a figure of 2021), or the start of a term
// ("so với đầu nhiệm kỳ"). Only the previous year's, its end or the
// year's start ("so với năm 2021", "cuối năm 2021", "đầu năm"), the same
// period of it ("cùng kỳ", "tháng 4/2021") or the previous term is the
// previous period.
func (x *docReader) baseNotPrev(f *figure) bool {
	toks := f.ctoks
	i := 0
	for i < len(toks) && toks[i].start < f.a.End {
		i++
	}
	if i < len(toks) && toks[i].s == "so" {
		i++
	}
	if i < len(toks) && toks[i].s == "với" {
		i++
	}
	at := func(k int, w string) bool { return k < len(toks) && toks[k].s == w }
	if at(i, "cùng") && at(i+1, "kỳ") {
		i += 2
	}
	if at(i, "cuối") || at(i, "đầu") || at(i, "hết") {
		if at(i+1, "nhiệm") && at(i+2, "kỳ") {
			return true // "so với đầu nhiệm kỳ": the change over the term
		}
		i++
	}
	// yearAfter reads a year right after toks[k] ("/2022", "-2022", "năm
	// 2022"), 0 for none.
	yearAfter := func(k int) int {
		if k+1 < len(toks) && (toks[k].s == "/" || toks[k].s == "-" || toks[k].s == "năm") && len(toks[k+1].s) == 4 && isDigits(toks[k+1].s) {
			y, _ := strconv.Atoi(toks[k+1].s)
			return y
		}
		return 0
	}
	y, explicit := x.yearOf(f)
	switch {
	case at(i, "năm") && i+1 < len(toks) && len(toks[i+1].s) == 4 && isDigits(toks[i+1].s):
		base, _ := strconv.Atoi(toks[i+1].s)
		return explicit && base < y-1
	case (at(i, "tháng") || at(i, "quý") || at(i, "quí")) && i+1 < len(toks) && (isDigits(toks[i+1].s) || isRoman(strings.ToUpper(toks[i+1].s))):
		base := yearAfter(i + 2)
		if base == 0 {
			return true // "so với tháng 3", "so với quý I": the period before, this year
		}
		return explicit && base != y-1
	}
	return false
}

func hasWord(toks []tok, w string) bool {
	for _, t := range toks {
		if t.s == w {
			return true
		}
	}
	return false
}

// planNounRightBefore reports a plan noun that names the figure right
// after it: "kế hoạch (đề ra) (là) (từ) <figure>", "thấp hơn mục tiêu
// <figure>", "(số vốn) được giao là <figure>". Only linking words may
// stand between.
func planNounRightBefore(pre []tok) bool {
	n := len(pre)
	given := false
	for n > 0 && planLink[pre[n-1].s] {
		given = given || pre[n-1].s == "giao"
		n--
	}
	if given && n > 0 && pre[n-1].s == "được" {
		return true // "(số vốn) được giao là …"
	}
	return planNounEndsAt(pre, n) || assignedBefore(pre[:n])
}

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
		if !t.word || isDigits(t.s) {
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

// mode decides between plan and actual for a figure that is a level.
func (x *docReader) mode(f *figure) facts.Kind {
	y, explicit := x.yearOf(f)
	c, hasCue := f.cues.kindCueBefore(f.a.Start)
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
			if x.pubY == 0 || y > x.pubY {
				return facts.Plan
			}
			return facts.Actual
		}
	}
	if !hasCue && toDateBefore(tokRange(f.stoks, f.sent.Start, f.a.Start)) {
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
	if !hasCue && x.planPara == f.p && !reachedBefore(f) {
		// "Đại hội đề ra các chỉ tiêu chủ yếu: …. Mỗi năm giải quyết việc
		// làm cho 38.000 lao động": the paragraph goes on listing targets.
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
	for z, n := range x.years {
		if n > 0 && z >= y {
			return false
		}
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
		if isDigits(stoks[j].s) && !(stoks[j-1].s == "năm") {
			return false
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
		case toks[k].word && isDigits(toks[k].s) && k+1 < len(toks) && (toks[k+1].s == "tháng" || toks[k+1].s == "quý"):
			words++ // "6 tháng đầu năm 2025": a period
		case toks[k].word && isDigits(toks[k].s):
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

func (x *docReader) estimate(f *figure, kind facts.Kind) bool {
	return f.cues.estimateBefore(f.a.Start, kind)
}

// fromBefore reports "từ" right before a figure: "giảm từ 3,2% xuống 2,1%".
func fromBefore(pre []tok) bool {
	return len(pre) > 0 && pre[len(pre)-1].s == "từ"
}

// giamNgheo reports "tỷ lệ giảm nghèo" (the fall of the poverty rate)
// before a figure.
func giamNgheo(toks []tok) bool { return hasPhrase(toks, giamNgheoM) }

// giamNgheoOwn reports "tỷ lệ giảm nghèo" (or "giảm tỷ lệ hộ nghèo
// đạt") as the figure's own subject: looked for from the subject's cue
// (and the word before it) to the figure, not in the whole sentence, so
// that in "Tỷ lệ giảm nghèo … đạt 1,5 - 2%, tỷ lệ hộ nghèo còn 2,1%" the
// level after its own cue stays a level. A figure whose subject is not
// known looks at the sentence before it.
func giamNgheoOwn(f *figure) bool {
	if f.subjEnd <= f.subjStart {
		return giamNgheo(f.sentenceBefore())
	}
	k := tokIndex(f.stoks, f.subjStart)
	if k > 0 {
		k--
	}
	return giamNgheo(f.stoks[k:tokIndex(f.stoks, f.a.Start)])
}

// partOfTotal reports a figure of a part: a sector, a funding source or a
// party sub-committee named in the stretch of its clause that leads to the
// cue (from the last comma before it), or anything after "trong đó" once
// the clause has given a figure ("tổng thu 1.500 tỷ đồng, trong đó …").
// After a count of the poor and the near-poor households together ("tổng
// số hộ nghèo, hộ cận nghèo: 23.967 hộ, trong đó: … hộ cận nghèo là 9.927
// hộ"), "trong đó" lists the two, each the whole of its own count.
//
// A part whose own words name the indicator ind more closely than its
// total's do is no part of it but the indicator itself (see closerPart).
func (x *docReader) partOfTotal(f *figure, cueAt, ind int) bool {
	if f.parts && f.unit == x.unit && !poorAndNearTotal(f) {
		// "…; trong đó doanh thu bán lẻ hàng hóa đạt 40.000 tỷ đồng". A
		// unit named there speaks of its own figure (it goes to that unit).
		if k := tokIndex(f.stoks, f.clause.Start); k == 0 {
			// "Trong đó, …" opens the sentence: its total is the
			// sentence before. A total of the poor and the near-poor
			// together there lists the two, as within one sentence.
			if !x.closerPart(f, ind, x.prevSent, -1, f.clause.Start) && !x.poorAndNearBefore() {
				return true
			}
		} else if !x.closerPart(f, ind, x.curSent, f.clause.Start, f.clause.Start) {
			return true
		}
	}
	if x.ind.list[ind].UOM != "chỉ tiêu" && ofStatedTotal(f) {
		return true // "Trong tổng số 2.500 lao động được giải quyết việc làm có 1.600 lao động …"
	}
	// The words before an earlier figure of the clause are that figure's.
	leadFrom := f.clause.Start
	if f.prevReal > leadFrom && f.prevReal < cueAt {
		leadFrom = f.prevReal
	}
	lead := tokRange(f.ctoks, leadFrom, cueAt)
	from := 0
	for k := len(lead) - 1; k >= 0; k-- {
		if s := lead[k].s; s == "," || s == ":" || s == "(" {
			from = k + 1
			break
		}
	}
	cueEnd := cueAt
	if f.subjEnd > cueAt && f.subjEnd <= f.a.Start {
		cueEnd = f.subjEnd
	}
	if c := tokRange(f.ctoks, f.clause.Start, f.a.Start); len(c) >= 2 && c[0].s == "riêng" && !timeWord[c[1].s] && !levelWithin(c[1:min(len(c), 4)]) {
		return true // "…; riêng vốn các chương trình MTQG giải ngân 31,5 tỷ đồng"
	}
	if seg := lead[from:]; nationAt(seg, 0) {
		return true // "Cả nước có 1,2 triệu hộ thoát nghèo": the nation's figure
	}
	if f.unit == x.unit && !f.listedOwn && nationOpens(tokRange(f.ctoks, f.clause.Start, f.a.Start)) {
		return true // "Trên toàn quốc, giải ngân vốn đầu tư công đạt 84% kế hoạch"
	}
	if between := tokRange(f.ctoks, cueAt, f.a.Start); hasNation(between) || domesticProduct(tokRange(f.ctoks, f.clause.Start, f.a.Start)) {
		return true // "tăng trưởng kinh tế của cả nước đạt 5,05%"
	}
	if regionOpens(f.p.text, lead[from:]) {
		return true // "Vùng Đông Nam Bộ có tỷ lệ hộ nghèo thấp nhất cả nước (4,6%)": a region's figure
	}
	if hasPart(lead[from:]) || hasPart(tokRange(f.ctoks, cueEnd, f.a.Start)) {
		return true
	}
	if f.unit == x.unit && f.subjEnd > f.subjStart && narrowedAfterCue(tokRange(f.ctoks, cueEnd, f.a.Start), !totalCue(f.ctoks, f.subjStart)) {
		return true // "giá trị sản xuất một số ngành kinh tế tăng 13%", "thu ngân sách từ thuế, phí đạt 166 tỷ đồng"
	}
	if areaOpen(f.ptoks, f.a.Start) { // an area of the unit opened the paragraph's parts before the figure
		return true // "Theo khu vực thành thị, tỷ lệ nghèo 3,29%, trong đó tỷ lệ hộ nghèo 1,44%; tỷ lệ hộ cận nghèo 1,85%"
	}
	if agencyOwn(lead[from:]) || agencyOwn(tokRange(f.ctoks, cueEnd, f.a.Start)) {
		return true // "…, Chi cục Thuế khu vực Gia Lâm thu được 800 tỷ đồng": the office's own collection
	}
	// "Nghị quyết đề ra 25 chỉ tiêu, trong đó tăng trưởng 8%": what
	// follows a count of targets lists the targets, not parts.
	if f.firstEnd > 0 && f.firstEnd <= f.a.Start && !f.firstTargets && !poorAndNearTotal(f) {
		between := tokRange(f.ctoks, f.firstEnd, f.a.Start)
		for k := 0; k+1 < len(between); k++ {
			if between[k].s == "riêng" {
				return true
			}
			if between[k].s == "trong" && between[k+1].s == "đó" {
				// "Tổng thu … đạt 3.000 tỷ đồng, trong đó thu … trên
				// địa bàn 2.200 tỷ đồng": the part may be the indicator.
				return !x.closerPart(f, ind, x.curSent, between[k].start, between[k].start)
			}
		}
	}
	return false
}

// growthMeasuredBy reports a figure whose subject's cue follows "theo"
// after a growth word of its clause: "tốc độ tăng trưởng kinh tế theo
// giá trị sản xuất từ 16,5-17,5%", "tăng trưởng kinh tế (tính) theo tổng
// giá trị sản xuất đạt 12%". The cue names the measure of the growth,
// not the subject.
func growthMeasuredBy(f *figure) bool {
	if f.subjEnd <= f.subjStart || f.subjStart <= f.clause.Start {
		return false
	}
	pre := tokRange(f.ctoks, f.clause.Start, f.subjStart)
	if len(pre) < 3 || pre[len(pre)-1].s != "theo" {
		return false
	}
	for k := 0; k+1 < len(pre); k++ {
		if pre[k].s == "tăng" && pre[k+1].s == "trưởng" {
			return true
		}
	}
	return false
}

// ofStatedTotal reports a figure of a clause that opens with the total
// it is counted in: "Trong tổng số 2.500 lao động được giải quyết việc
// làm, có 1.600 lao động làm việc trong tỉnh", "Trong số 300 đảng viên
// mới có 120 đảng viên nữ". The figures after that total are its parts;
// the total itself (the number right after "trong (tổng) số") is not.
// (Counts of targets read "Trong 25 chỉ tiêu, có 20 chỉ tiêu đạt" as
// reached of assigned, see countTargets; the caller leaves them out.)
func ofStatedTotal(f *figure) bool {
	c := tokRange(f.ctoks, f.clause.Start, f.a.Start)
	k := 0
	if k >= len(c) || c[k].s != "trong" {
		return false
	}
	k++
	if k < len(c) && c[k].s == "tổng" {
		k++
	}
	if k >= len(c) || c[k].s != "số" {
		return false
	}
	k++
	return k < len(c) && isDigits(c[k].s) && c[k].start < f.a.NumStart
}

// closerPart reports a figure f listed after "trong đó" (from partAt on)
// whose own words name indicator ind, by the catalog's name for it, more
// closely than the words of its total do: "Tổng thu ngân sách nhà nước
// đạt 3.000 tỷ đồng, trong đó thu ngân sách nhà nước trên địa bàn 2.200
// tỷ đồng" (the catalog's "Tổng thu ngân sách nhà nước trên địa bàn": the
// part is the indicator, the total a broader sum); "Tổng doanh thu
// thương mại, dịch vụ đạt … Trong đó, tổng mức bán lẻ hàng hóa và dịch
// vụ đạt …". The total's words are those of sentence ts before totalEnd
// (all of it for -1); closeness is the longest run of the name's words
// that the words give in order. When the part is the closer, the facts of
// ind already read from the total's words are dropped: the total is not
// the indicator. The usual part ("tổng thu 1.500 tỷ đồng, trong đó thu
// nội địa 1.100 tỷ đồng", "tổng mức bán lẻ … đạt 6.000 tỷ đồng; trong
// đó doanh thu bán lẻ hàng hóa …") names the indicator less closely
// than its total and stays a part.
func (x *docReader) closerPart(f *figure, ind int, ts sentAt, totalEnd, partAt int) bool {
	if ts.p == nil || ind < 0 || ind >= len(x.ind.names) {
		return false
	}
	name := x.ind.names[ind]
	if len(name) == 0 {
		return false
	}
	part := nameRun(tokRange(f.stoks, partAt, f.a.Start), name)
	if part < 2 {
		return false
	}
	var ttoks []tok
	if ts.p == f.p && ts.s == f.sent {
		ttoks = tokRange(f.stoks, f.sent.Start, totalEnd)
	} else {
		v := x.ownView(ts.p)
		ttoks = tokRange(v.toks, ts.s.Start, ts.s.End)
	}
	if part <= nameRun(ttoks, name) {
		return false
	}
	key := ts.p.line<<20 | ts.s.Start
	code := x.ind.list[ind].Code
	unit := f.unit
	if unit == "" {
		unit = unknownUnit
	}
	unit = vnLetters(unit)
	n := 0
	for _, c := range x.out {
		if c.sent == key && c.Indicator == code && c.Unit == unit && (totalEnd < 0 || c.at < totalEnd) {
			continue
		}
		x.out[n] = c
		n++
	}
	x.out = x.out[:n]
	return true
}

// nameRun is the length of the longest run of words of name that toks
// give in the same order (a longest common subsequence of words).
func nameRun(toks []tok, name []string) int {
	prev := make([]int, len(name)+1)
	cur := make([]int, len(name)+1)
	for _, t := range toks {
		if !t.word {
			continue
		}
		for j, w := range name {
			switch {
			case t.s == w:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(name)]
}

// regionOpens reports a stretch that opens with a region named with its
// word and a capitalised name ("Vùng Tây Bắc có …", "ở khu vực Tây
// Nguyên, …", "miền Trung …"): its figures are the region's, which is no
// administrative unit of the text (a region of the nation, or an area of
// the unit). A region named after the subject ("Lai Châu là tỉnh vùng Tây
// Bắc có …") only describes it.
func regionOpens(orig string, seg []tok) bool {
	k := 0
	for k < len(seg) && (seg[k].s == "ở" || seg[k].s == "tại" || seg[k].s == "trên" || seg[k].s == "các") {
		k++
	}
	switch {
	case k < len(seg) && (seg[k].s == "vùng" || seg[k].s == "miền"):
		k++
	case k+1 < len(seg) && seg[k].s == "khu" && seg[k+1].s == "vực":
		k += 2
	default:
		return false
	}
	return k < len(seg) && seg[k].word && upperAt(orig, seg[k].start)
}

// nationOpens reports a clause that opens with the nation as where its
// figures hold: "Trên toàn quốc, …", "Trên phạm vi cả nước, …", "Tại
// cả nước, …", "Toàn quốc: …".
func nationOpens(c []tok) bool {
	k := 0
	for k < len(c) && k < 3 {
		switch c[k].s {
		case "trên", "tại", "ở", "trong", "phạm", "vi":
			k++
			continue
		}
		break
	}
	if k+2 >= len(c) || !nationAt(c, k) {
		return false
	}
	return c[k+2].s == "," || c[k+2].s == ":"
}

// nationScale are amounts no local unit reaches: a figure above one is the
// nation's ("Theo báo cáo của Tổng cục Thống kê, … tổng thu ngân sách Nhà
// nước ước đạt hơn 2 triệu tỷ đồng" in a city's article). The largest
// cities collect about 0,6 triệu tỷ đồng of revenue and sell about 1,3
// triệu tỷ đồng at retail a year; the nation about 2 and 6.
var nationScale = map[string]float64{
	"thu_ngan_sach":   1e15,
	"chi_ngan_sach":   1e15,
	"von_dau_tu":      1.5e15,
	"tong_muc_ban_le": 3e15,
}

// hasNation reports "cả nước" or "toàn quốc" in toks, the subject's
// owner rather than a ranking's field: a rank ("đứng thứ 6 cả nước",
// "thứ 3/63 toàn quốc") or a superlative ("giảm nhanh nhất cả nước",
// "cao nhất trong cả nước", "dẫn đầu toàn quốc", "đứng đầu cả nước")
// places the subject among the nation's units and does not name the
// nation's figure.
func hasNation(toks []tok) bool {
	for k := 0; k+1 < len(toks); k++ {
		if nationAt(toks, k) {
			return !rankField(toks, k)
		}
	}
	return false
}

// rankField reports the nation at toks[k] as the field of a ranking: after
// a rank or a superlative, with or without "trong".
func rankField(toks []tok, k int) bool {
	b := k - 1
	if b >= 0 && toks[b].s == "trong" {
		b--
	}
	if b < 0 {
		return false
	}
	switch p := toks[b].s; {
	case p == "thứ" || p == "nhất" || p == "đầu":
		return true // "thứ 6", "nhanh nhất", "dẫn đầu", "tốp đầu"
	case isDigits(p) && b > 0 && (toks[b-1].s == "thứ" || toks[b-1].s == "/"):
		return true // "thứ 6 cả nước", "3/63 toàn quốc"; not a year ("năm 2020 toàn quốc")
	}
	return false
}

// nationAt reports the nation named at toks[k]: "cả nước", "toàn quốc",
// the latter also with its first word's tone mistyped ("toán quốc",
// "toan quốc": no other phrase is spelt so).
func nationAt(toks []tok, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k].s {
	case "cả":
		return toks[k+1].s == "nước"
	case "toàn", "toán", "toan", "toản", "toạn", "toãn":
		return toks[k+1].s == "quốc"
	}
	return false
}

// timeWord are words that start a time ("riêng năm 2024", "riêng tháng
// 10"), not a part.
var timeWord = map[string]bool{"năm": true, "tháng": true, "quý": true, "quí": true, "trong": true}

// levelWithin reports a level word among toks ("riêng Đảng bộ huyện
// Ninh Sơn": a unit, not a part).
func levelWithin(toks []tok) bool {
	for _, t := range toks {
		if isLevelFirst(t.s) {
			return true
		}
	}
	return false
}

// afterLastMark is toks after the last comma, colon or bracket.
func afterLastMark(toks []tok) []tok {
	for k := len(toks) - 1; k >= 0; k-- {
		if s := toks[k].s; s == "," || s == ":" || s == "(" {
			return toks[k+1:]
		}
	}
	return toks
}

// unitsCounted reports a subject that is several units: a number or a
// plural word before a level word ("3 phường trung tâm", "các xã", "6 xã
// đạt 19/19 tiêu chí").
func unitsCounted(toks []tok) bool {
	for i := 1; i < len(toks); i++ {
		switch toks[i].s {
		case "xã", "phường", "huyện", "quận", "tỉnh", "thị", "đơn", "địa":
		case "đảng", "chi":
			if i+1 >= len(toks) || toks[i+1].s != "bộ" {
				continue
			}
		default:
			continue
		}
		if p := toks[i-1].s; isDigits(p) && len(p) <= 3 && (i < 2 || toks[i-2].s != "năm") || p == "các" || p == "những" || p == "nhiều" {
			return true
		}
	}
	return false
}

// groupTopic reports a sentence, or an item of its list (after a colon or
// a semicolon), that opens with a group of units as its topic, before the
// figure at byte offset pos: a count or a plural before a level word or a
// party organisation ("Riêng 4 huyện nghèo thụ hưởng Nghị quyết 30a là A,
// B, C, D …, tỷ lệ hộ nghèo giảm 7,28%", "…: Đối với các đảng bộ xã,
// phường kết nạp ít nhất 12 quần chúng") or a level word made a kind by
// the word after it ("Huyện nghèo theo Quyết định …: Tỷ lệ hộ nghèo là
// 31,72%; …", "Xã đặc biệt khó khăn …"). The figures after it are the
// group's, however many commas, colons or semicolons (its members' names,
// a list) stand between, unless a unit is named before the figure ("…,
// toàn huyện còn 2%", "huyện A đạt …"); other groups named there ("huyện
// nghèo, xã đặc biệt khó khăn") go on with it.
func groupTopic(orig string, stoks []tok, pos int) bool {
	item := 0 // the item the figure stands in: after the last ":" or ";" before it
	for k := tokIndex(stoks, pos) - 1; k >= 0; k-- {
		if s := stoks[k].s; s == ":" || s == ";" {
			item = k + 1
			break
		}
	}
	if item > 0 {
		if e, ok := groupAt(orig, stoks, item, pos); ok && ownedByGroup(orig, stoks, e, pos) {
			return true
		}
	}
	e, ok := groupAt(orig, stoks, 0, pos)
	return ok && ownedByGroup(orig, stoks, e, pos)
}

// groupAt reads a group of units opening at stoks[k] (see groupTopic),
// after a bullet and "Riêng", "Đối với", "Tại", "Ở"; it returns the index
// after the group's words ("các đảng bộ xã, phường").
func groupAt(orig string, stoks []tok, k, pos int) (int, bool) {
	for k < len(stoks) && !stoks[k].word {
		k++ // a bullet
	}
	switch {
	case k < len(stoks) && (stoks[k].s == "riêng" || stoks[k].s == "tại" || stoks[k].s == "ở"):
		k++
	case k+1 < len(stoks) && stoks[k].s == "đối" && stoks[k+1].s == "với":
		k += 2
	}
	plural := k < len(stoks) && (pluralBefore[stoks[k].s] && stoks[k].s != "cấp" || isDigits(stoks[k].s) && len(stoks[k].s) <= 3)
	if plural {
		k++
	}
	if k >= len(stoks) || stoks[k].start >= pos {
		return 0, false
	}
	var e int
	if plural && k+1 < len(stoks) && (stoks[k].s == "đảng" || stoks[k].s == "chi") && stoks[k+1].s == "bộ" {
		e = k + 2 // "các đảng bộ", "từng chi bộ"
	} else if _, end, ok := matchLevel(orig, stoks, k); ok && (plural || groupWordAt(orig, stoks, end)) {
		e = end
	} else {
		return 0, false
	}
	// The group's own level words: "các đảng bộ xã, phường", "các xã,
	// thị trấn".
	for e < len(stoks) && stoks[e].start < pos {
		j := e // the level word, after a "," or "và" between two
		if s := stoks[e].s; s == "," || s == "và" {
			j = e + 1
		}
		if j >= len(stoks) || !levelFirstTok(&stoks[j]) {
			break
		}
		_, end, ok := matchLevel(orig, stoks, j)
		if !ok || end < len(stoks) && upperAt(orig, stoks[end].start) {
			break
		}
		e = end
	}
	return e, true
}

// ownedByGroup reports that no unit is named between stoks[e] and byte
// offset pos: the figure there is still the group's.
func ownedByGroup(orig string, stoks []tok, e, pos int) bool {
	for i := e; i < len(stoks) && stoks[i].start < pos; i++ {
		if !levelFirstTok(&stoks[i]) {
			continue
		}
		_, e2, ok := matchLevel(orig, stoks, i)
		if !ok {
			continue
		}
		if !groupWordAt(orig, stoks, e2) && !pluralBefore[stoks[i-1].s] && !isDigits(stoks[i-1].s) {
			return false // a unit of its own, or the whole ("toàn huyện")
		}
		i = e2 - 1
	}
	return true
}

// bareCommuneOf reports a commune's level word without a name after
// "của", "ở" or "tại" ("thu ngân sách của thị trấn", "tỷ lệ hộ nghèo ở
// xã"): in a higher unit's text, one of its communes, not itself.
func bareCommuneOf(orig string, toks []tok) bool {
	for i := 1; i < len(toks); i++ {
		switch toks[i-1].s {
		case "của", "ở", "tại":
		default:
			continue
		}
		if lv, name, _, _, _, ok := readUnit(orig, toks, i); ok && name == "" && lv.tier == tierCommune {
			return true
		}
	}
	return false
}

// levelCount reports toks ending in a count of units ("ở 5 xã", "của 3
// phường"): vnnum reads it as a figure, but it names whose the figure
// after it is ("Tỷ lệ hộ nghèo ở 5 xã vùng cao còn 12%").
func levelCount(toks []tok) bool {
	n := len(toks)
	return n >= 2 && isDigits(toks[n-2].s) && isLevelTok(toks[n-1].s)
}

// agencyOwn reports a collecting agency of the state (the tax office,
// customs, the treasury) as the subject of the figure in toks: what it
// collects or pays out is its own share of the total, a part ("Chi cục
// Thuế khu vực Gia Lâm thu được 800 tỷ đồng", "số thu do Cục Hải quan
// thực hiện"). Not the agency as the source of the figure ("Theo (báo
// cáo của) Cục Thuế, …", "Cục Thuế tỉnh cho biết thu ngân sách đạt …").
func agencyOwn(toks []tok) bool {
	for i := 0; i < len(toks); i++ {
		if !agencyM.mayStart(&toks[i]) {
			continue
		}
		_, e, ok := agencyM.longest(toks, i)
		if !ok {
			continue
		}
		for k := max(0, i-4); k < i; k++ {
			if _, _, ok := reportVerbM.match(toks, k); ok || toks[k].s == "theo" || toks[k].s == "liệu" {
				return false // "Theo (báo cáo của) Kho bạc …", "số liệu của Cục Thuế"
			}
		}
		return !hasPhrase(toks[e:], reportVerbM) // "Cục Thuế tỉnh cho biết …"
	}
	return false
}

// hasPart reports a part word in toks ("ngành nông nghiệp", "lĩnh vực"),
// unless it names them all ("trên các lĩnh vực", "mọi lĩnh vực").
func hasPart(toks []tok) bool {
	for i := range toks {
		if !partM.mayStart(&toks[i]) {
			continue
		}
		if _, _, ok := partM.longest(toks, i); ok && (i == 0 || !pluralBefore[toks[i-1].s] && toks[i-1].s != "mọi") {
			return true
		}
	}
	return false
}

// hasRequired reports whether a figure of an indicator with required
// words (see requiredWords) has one before it in its clause or right
// after it.
func hasRequired(f *figure, code string) bool {
	words := requiredWords[code]
	if words == nil {
		return true
	}
	before := tokRange(f.ctoks, f.clause.Start, f.a.Start)
	after := tokRange(f.ctoks, f.a.Start, f.clause.End)
	after = after[:min(len(after), 6)]
	for _, w := range words {
		if hasWord(before, w) || hasWord(after, w) {
			return true
		}
	}
	return false
}

// tailEnd is where the words that qualify a figure end: the first mark of
// punctuation after it, the next figure, or six words on. A bracket right
// after the figure that says what it includes qualifies it too ("1.126 tỷ
// đồng (gồm thu bổ sung từ ngân sách tỉnh …)").
func tailEnd(f *figure) int {
	post := tokRange(f.ctoks, f.a.End, f.clause.End)
	end := f.a.End
	if len(post) > 1 && post[0].s == "(" && (post[1].s == "gồm" || post[1].s == "bao" && len(post) > 2 && post[2].s == "gồm") {
		for k, t := range post[1:] {
			if !t.word || k >= 8 {
				break
			}
			end = t.end
		}
		return end
	}
	post = tokRange(f.ctoks, f.a.End, f.nextStart)
	for k, t := range post {
		if !t.word || k >= 6 || partsOpenAt(post, k) {
			break
		}
		end = t.end
	}
	return end
}

// narrowedAfterCue reports words right after an indicator's cue (toks,
// up to the figure) that narrow it to a part of the text's own unit (a
// subset of units named one by one is no part: each item is that unit's
// figure): a subset ("một số", "một
// vài", "một phần" and a noun: "giá trị sản xuất một số ngành kinh tế
// tăng 13%"; only when subset: a cue opened by "tổng" declares its sum
// the total, see totalCue) or a source ("từ" and a noun: "thu ngân sách từ thuế, phí
// đạt 166 tỷ đồng", "vốn đầu tư từ ngân sách tỉnh"). Not all of them
// ("từ các nguồn", "từ mọi nguồn"), and not a time or a range ("từ đầu
// năm", "từ ngày 1/1", "từ 7%").
func narrowedAfterCue(toks []tok, subset bool) bool {
	for k := 0; k+2 < len(toks) && k < 4; k++ {
		t := toks[k]
		if !t.word {
			return false
		}
		if subset && t.s == "một" && (toks[k+1].s == "số" || toks[k+1].s == "vài" || toks[k+1].s == "phần") && toks[k+2].word && !isDigits(toks[k+2].s) {
			return true
		}
		if t.s == "từ" {
			n := toks[k+1]
			for _, m := range toks[k+1 : min(len(toks), k+4)] {
				if isDigits(m.s) {
					return false // "từ trên 54% đầu nhiệm kỳ …", "từ 1/1": a level or a date it started from
				}
			}
			return n.word && !sourceAll[n.s] && !timeWord[n.s]
		}
	}
	return false
}

// totalCue reports "tổng" opening the cue at byte subjStart, or right
// before it: "Tổng giá trị sản xuất một số ngành chủ yếu ước đạt 4.200
// tỷ đồng" declares its sum the total, whatever sectors it adds up.
func totalCue(toks []tok, subjStart int) bool {
	k := tokIndex(toks, subjStart)
	return k < len(toks) && toks[k].s == "tổng" || k > 0 && k <= len(toks) && toks[k-1].s == "tổng"
}

// sourceAll: after "từ", words that take every source or a time, not one
// source ("từ các nguồn", "từ đầu năm", "từ nay").
var sourceAll = map[string]bool{"các": true, "mọi": true, "tất": true, "đầu": true, "nay": true, "khi": true, "sau": true, "trước": true, "cuối": true, "giữa": true, "ngày": true, "tháng": true, "năm": true, "quý": true, "mức": true, "con": true, "số": true}

// areaOpen reports a figure at pos of a paragraph (tokens ptoks) that
// comes after the paragraph named an area of the unit as what its
// figures break down (see areaHeads: "Theo khu vực thành thị, …", "Tỷ lệ
// nghèo đa chiều theo khu vực nông thôn chiếm 11,5%, trong đó …; tỷ lệ
// hộ cận nghèo …", "Ở vùng đô thị …"): the clauses and sentences after it, to the
// paragraph's end, speak of that area — a part, not the unit's total —
// until the paragraph turns back to the whole ("toàn tỉnh", "cả
// huyện", "chung toàn …", "tính chung").
func areaOpen(ptoks []tok, pos int) bool {
	open := false
	for k := 0; k < len(ptoks) && ptoks[k].start < pos; k++ {
		switch ptoks[k].s {
		case "khu", "vùng":
			j := k + 1
			if ptoks[k].s == "khu" {
				if j >= len(ptoks) || ptoks[j].s != "vực" {
					continue
				}
				j++
			}
			if j+1 < len(ptoks) && ptoks[j+1].start < pos && areaWord(ptoks[j].s, ptoks[j+1].s) && (j+2 >= len(ptoks) || ptoks[j+2].s != "mới") && areaHeads(ptoks, k) {
				open = true
			}
		case "toàn", "cả", "chung":
			if k+1 < len(ptoks) && (wholeLevel[ptoks[k+1].s] || ptoks[k+1].s == "toàn") {
				open = false
			}
		}
	}
	return open
}

// areaHeads reports an area named at ptoks[k] as what the figures after
// it break down by: after "theo" ("tỷ lệ nghèo theo khu vực thành thị"),
// or opening its clause, bare or after a preposition ("Ở khu vực nông
// thôn, …", "Đối với vùng đô thị, …"). An area after a noun qualifies
// that noun only ("tỷ lệ thất nghiệp khu vực thành thị 2,3%").
func areaHeads(ptoks []tok, k int) bool {
	if k > 0 && (ptoks[k-1].s == "theo" || ptoks[k-1].s == "xét") {
		return true
	}
	p := k - 1
	if p >= 0 && areaPrep[ptoks[p].s] {
		p--
		if p >= 0 && ptoks[p].s == "đối" {
			p--
		}
	}
	return p < 0 || !ptoks[p].word
}

// areaPrep are the prepositions that may lead an area opening its clause.
var areaPrep = map[string]bool{"ở": true, "tại": true, "với": true, "riêng": true, "trong": true, "xét": true}

// wholeLevel are the level words after "toàn"/"cả" that name the whole unit.
var wholeLevel = map[string]bool{"tỉnh": true, "huyện": true, "thành": true, "thị": true, "quận": true, "xã": true, "phường": true, "tp": true, "tx": true}

// areaWord: the two words after "khu vực" or "vùng" name an area of a
// unit by its settlement (thành thị, nông thôn, đô thị).
func areaWord(a, b string) bool {
	return a == "thành" && b == "thị" || a == "nông" && b == "thôn" || a == "đô" && b == "thị"
}

// partsOpenAt reports "trong đó" or "riêng" at toks[k], which open the
// parts of the figure before it ("… đạt trên 92% trong đó BHYT học sinh
// đạt 100%", "… đạt 95,2% riêng người nghèo đạt 100%"): the words after
// it name a part, not the figure before it.
func partsOpenAt(toks []tok, k int) bool {
	return toks[k].s == "riêng" || toks[k].s == "trong" && k+1 < len(toks) && toks[k+1].s == "đó"
}

// wordsOnly is toks if they hold no punctuation, else nil.
func wordsOnly(toks []tok) []tok {
	for _, t := range toks {
		if !t.word {
			return nil
		}
	}
	return toks
}

// programmeFunds reports a bare "giải ngân" (no capital named after it)
// in a sentence whose subject before it is a programme's funds ("Tổng
// kinh phí thực hiện Chương trình mục tiêu quốc gia …, đã giải ngân …"):
// they are not the public investment capital.
func programmeFunds(f *figure) bool {
	return bareDisbursement(f) && hasPhrase(tokRange(f.stoks, f.sent.Start, f.subjStart), programmeM)
}

// bareDisbursement reports a subject "giải ngân" with no capital named
// after it: it disburses the capital its clause named before ("Vốn ngân
// sách tỉnh hỗ trợ 50 tỷ đồng, giải ngân đạt 100%" is one source's).
func bareDisbursement(f *figure) bool {
	if after := tokRange(f.ctoks, f.subjEnd, f.a.Start); len(after) > 0 && after[0].s == "vốn" {
		return false
	}
	return lowerSameLen(f.p.text[f.subjStart:f.subjEnd]) == "giải ngân"
}

// shareOfWhole reports a fraction N/M of a count ("16.113/506.184 hộ cận
// nghèo") whose clause goes on, before any other figure, to a percentage
// that is N of M, given as a rate or a share ("tỷ lệ 3,18%", "chiếm
// 3,2%"): the count of a part of a whole M, not a
// result N against a target M.
func shareOfWhole(f *figure) bool {
	a := f.a
	if a.UOM != "" || a.Of <= 0 || a.Value <= 0 || a.Value >= a.Of {
		return false
	}
	end := min(f.clause.End, len(f.p.text))
	if f.a.End >= end {
		return false
	}
	next := vnnum.Scan(f.p.text[f.a.End:end])
	if len(next) == 0 || next[0].UOM != "%" || next[0].Form != vnnum.Plain {
		return false
	}
	between := lowerSameLen(f.p.text[f.a.End : f.a.End+next[0].Start])
	if !strings.Contains(between, "tỷ lệ") && !strings.Contains(between, "tỉ lệ") && !strings.Contains(between, "chiếm") {
		return false // "cho 300/350 lao động, đạt 85,71%": a result against its target
	}
	share := 100 * a.Value / a.Of
	d := share - next[0].Value
	return d < 0.06 && d > -0.06
}

// denyFrom is where the words that may deny the subject's indicator to
// figure f start: where they lead up to its cue, but past a heading's
// colon for a share ("Kết quả rà soát hộ nghèo, hộ cận nghèo: Hộ nghèo
// có 10.689 hộ, chiếm 3,20%"). A count keeps its heading's words, whose
// verbs would also be read as its own ("Về giảm nghèo, hỗ trợ hộ cận
// nghèo: số hộ nghèo là 640 hộ" counts no household lifted out).
func (x *docReader) denyFrom(f *figure, subj subject) int {
	from := min(subj.lead, subj.start, f.prevEnd)
	if f.a.UOM != "%" {
		return from
	}
	return afterHeading(f.ctoks, from, subj.start)
}

// afterHeading is from, or the end of the last colon between from and
// the subject's cue at: the words before such a colon head a list ("Kết
// quả rà soát hộ nghèo, hộ cận nghèo: Hộ nghèo có 10.689 hộ, chiếm
// 3,20%") and are not the words that lead up to the cue after it. So
// are the words of a source that opens the stretch, to its last comma
// before the cue ("Theo kết quả rà soát hộ nghèo, hộ cận nghèo trên địa
// bàn tỉnh năm 2019, tổng số hộ nghèo còn …, chiếm tỷ lệ 19,93%").
func afterHeading(toks []tok, from, at int) int {
	lead := tokRange(toks, from, at)
	source := len(lead) > 0 && lead[0].s == "theo"
	for _, t := range lead {
		if t.s == ":" || source && t.s == "," {
			from = t.end
		}
	}
	return from
}

// ratioAfterTime reports a percentage listed right after another one of
// its clause, with nothing between them but the first one's time and a
// joiner ("103,9% năm 2022 và 87,8% …", "98% năm 2023, 101% năm 2024").
func ratioAfterTime(f *figure) bool {
	if f.a.UOM != "%" || f.prevReal <= f.clause.Start || f.prevReal > f.a.Start || f.p.text[f.prevReal-1] != '%' {
		return false
	}
	pre := tokRange(f.ctoks, f.prevReal, f.a.Start)
	n := len(pre)
	if n < 3 || (pre[n-1].s != "và" && pre[n-1].s != ",") {
		return false
	}
	year := false
	for _, t := range pre[:n-1] {
		switch {
		case isDigits(t.s):
			year = year || len(t.s) == 4
		case t.s == "năm" || t.s == "tháng" || t.s == "quý" || t.s == "đầu" || t.s == "cuối" || t.s == "trong" || t.s == "/" || t.s == "-":
		default:
			return false
		}
	}
	return year
}

// sectorExamples reports a figure among the examples that "như" (such
// as) gives of a group of sectors named before it ("một số ngành có mức
// tăng trưởng thấp hơn mức tăng trưởng chung như: Thông tin truyền thông
// tăng 3,82%; …", "các lĩnh vực tăng khá như công nghiệp tăng 9%"): each
// example is one sector's, whatever growth the group's words name.
func sectorExamples(toks []tok) bool {
	at := -1
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].s == "như" && k+1 < len(toks) && (toks[k+1].s == ":" || toks[k+1].word) && !(k > 0 && toks[k-1].s == "cũng") {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	for k := 1; k < at; k++ {
		switch toks[k].s {
		case "ngành", "lĩnh", "khu":
			if toks[k].s != "ngành" && !(k+1 < at && (toks[k+1].s == "vực")) {
				continue
			}
			if p := toks[k-1].s; p == "các" || p == "những" || p == "nhiều" || p == "số" && k >= 2 && toks[k-2].s == "một" {
				return true
			}
		}
	}
	return false
}

// domesticProduct reports the product named "trong nước" (the domestic
// product, GDP: the nation's account) in toks: "tổng sản phẩm trong nước
// (GDP) quý I tăng 3,3%". A province's or a district's product is "trên
// địa bàn"; "trong nước" right after "sản phẩm" names the country's.
func domesticProduct(toks []tok) bool {
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].s == "phẩm" && toks[k-1].s == "sản" && toks[k+1].s == "trong" && toks[k+2].s == "nước" {
			return true
		}
	}
	return false
}
