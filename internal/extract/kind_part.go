package extract

import "github.com/chitieu/chitieu/internal/facts"

// Parts of totals: a figure of a sector, a funding source or a group listed
// after "trong đó" or "riêng", or qualified by words after its cue, is no
// figure of the whole. Apart from kind.go because partOfTotal and
// closerPart are one question with their own word lists.

// contrastLink skips the words that open a clause set beside the one
// before ("trong khi", "còn", "khi đó", "trong lúc"): the clause's subject
// follows them.
func contrastLink(seg []tok) []tok {
	switch {
	case len(seg) >= 2 && seg[0].s == "trong" && (seg[1].s == "khi" || seg[1].s == "lúc"):
		return seg[2:]
	case len(seg) >= 2 && seg[0].s == "khi" && seg[1].s == "đó":
		return seg[2:]
	case len(seg) >= 1 && (seg[0].s == "còn" || seg[0].s == "riêng"):
		return seg[1:]
	}
	return seg
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
			if !x.closerPart(f, ind, x.totalSent, -1, f.clause.Start) && !x.poorAndNearBefore() {
				return true
			}
		} else if !x.closerPart(f, ind, x.curSent, f.clause.Start, f.clause.Start) {
			return true
		}
	}
	partRate := false // the rate of the part of a stated total (see statedTotalAt)
	if in := x.ind.list[ind]; in.UOM != "chỉ tiêu" {
		c, k := statedTotalAt(f)
		partRate = k >= 0 && in.UOM == facts.Percent && !in.Growth && partRateAt(f, c, k)
		if k >= 0 && !partRate {
			return true // "Trong tổng số 2.500 lao động được giải quyết việc làm có 1.600 lao động …"
		}
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
	c := f.clauseBefore() // the clause up to the figure, asked for below
	if len(c) >= 2 && c[0].s == "riêng" && !timeWord[c[1].s] && !levelWithin(c[1:min(len(c), 4)]) {
		return true // "…; riêng vốn các chương trình MTQG giải ngân 31,5 tỷ đồng"
	}
	if seg := contrastLink(lead[from:]); nationAt(seg, 0) {
		// "Cả nước có 1,2 triệu hộ thoát nghèo", "…, trong khi cả nước
		// giải quyết việc làm cho khoảng 1,6 triệu lao động": the
		// nation's figure, also after a word that sets it beside the
		// unit's.
		return true
	}
	if f.unit == x.unit && !f.listedOwn && nationOpens(c) {
		return true // "Trên toàn quốc, giải ngân vốn đầu tư công đạt 84% kế hoạch"
	}
	nation := f.words.mayHave(hashNuoc) || f.words.mayHave(hashQuoc) // a word nationAt reads second
	if between := tokRange(f.ctoks, cueAt, f.a.Start); nation && hasNation(between) || domesticProduct(c) {
		return true // "tăng trưởng kinh tế của cả nước đạt 5,05%"
	}
	if regionOpens(f.p.text, lead[from:]) {
		return true // "Vùng Đông Nam Bộ có tỷ lệ hộ nghèo thấp nhất cả nước (4,6%)": a region's figure
	}
	afterCue := tokRange(f.ctoks, cueEnd, f.a.Start)
	if partRate {
		// "Trong số …": the stated total's words, not a part of it.
		for from < len(lead) && !lead[from].digits {
			from++
		}
	}
	if hasPart(lead[from:]) || hasPart(afterCue) {
		return true
	}
	if f.unit == x.unit && f.subjEnd > f.subjStart && narrowedAfterCue(afterCue, !totalCue(f.ctoks, f.subjStart)) {
		return true // "giá trị sản xuất một số ngành kinh tế tăng 13%", "thu ngân sách từ thuế, phí đạt 166 tỷ đồng"
	}
	area := f.p.words.mayHave(hashKhu) || f.p.words.mayHave(hashVung)   // the paragraph's signature (see para.words)
	if area && x.areaMayOpen(f.ptoks) && areaOpen(f.ptoks, f.a.Start) { // an area of the unit opened the paragraph's parts before the figure
		return true // "Theo khu vực thành thị, tỷ lệ nghèo 3,29%, trong đó tỷ lệ hộ nghèo 1,44%; tỷ lệ hộ cận nghèo 1,85%"
	}
	if x.ownBudgetAfterTotal(f, ind, afterCue) {
		return true // "Tổng thu ngân sách nhà nước trên địa bàn đạt gần 411 tỷ đồng …; thu ngân sách huyện, xã đạt hơn 2.390 tỷ đồng"
	}
	if agencyOwn(lead[from:]) || agencyOwn(afterCue) {
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
			if inThatAt(between, k) {
				// "Tổng thu … đạt 3.000 tỷ đồng, trong đó thu … trên
				// địa bàn 2.200 tỷ đồng": the part may be the indicator.
				return !x.closerPart(f, ind, x.curSent, between[k].start, between[k].start)
			}
		}
	}
	return false
}

// ownBudgetAfterTotal reports a budget revenue figure whose subject names a
// level of budget right after its cue ("thu ngân sách huyện, xã đạt hơn
// 2.390 tỷ đồng", "Thu ngân sách theo chỉ tiêu HĐND phường ước đạt 13,9
// tỷ đồng") in a paragraph that has already given the same indicator's
// result for the same unit: the first is the total collected on the
// territory, the second the budget of the levels named, another
// quantity. A level followed by a name ("thu ngân sách huyện Gia Lâm")
// names a unit, and "trên địa bàn huyện", "toàn huyện" the territory; a
// paragraph's only budget figure is left to the catalog's words.
func (x *docReader) ownBudgetAfterTotal(f *figure, ind int, afterCue []tok) bool {
	code := x.ind.list[ind].Code
	if code != "thu_ngan_sach" || f.subjEnd <= f.subjStart {
		return false
	}
	level := false
	for k := 0; k < len(afterCue) && k < 10; k++ {
		t := afterCue[k]
		if t.digits || t.s == "đạt" || t.s == "ước" || t.s == "là" || t.s == "bằng" || t.s == "thực" || t.s == ";" {
			break
		}
		if !levelAt(afterCue, k) {
			continue
		}
		if k > 0 && (afterCue[k-1].s == "bàn" || afterCue[k-1].s == "toàn" || afterCue[k-1].s == "của" || afterCue[k-1].s == "tại") {
			return false // "trên địa bàn huyện", "toàn huyện": the territory
		}
		if k+1 < len(afterCue) && afterCue[k+1].word && !lowerStart(f.p.text[afterCue[k+1].start:]) {
			return false // "thu ngân sách huyện Gia Lâm": a unit named
		}
		level = true
		break
	}
	if !level {
		return false
	}
	for i := len(x.out) - 1; i >= 0; i-- {
		c := &x.out[i]
		if c.sent>>20 != f.p.line {
			break
		}
		if c.Indicator == code && c.Kind == facts.Actual && c.Unit == vnLetters(f.unit) && c.at < f.subjStart {
			return true // a result of another subject, given before this one's cue
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

// A stated total: a clause may open with the total its figures are
// counted in: "Trong tổng số 2.500 lao động được giải quyết việc
// làm, có 1.600 lao động làm việc trong tỉnh", "Trong số 300 đảng viên
// mới có 120 đảng viên nữ". The figures after that total are its parts;
// the total itself (the number right after "trong (tổng) số", an
// approximator such as "trên" or "gần" before it or not) is not. A time
// phrase may open the clause before it ("Năm 2024, trong số …"). A
// share given inside the total's own words ("Trong số hơn 5.000 hộ đăng
// ký …(chiếm 91% số hộ) thì …") is the pool's, a part too.
//
// One figure is no part: the percentage that follows the part's own
// count ("… thì có M hộ được công nhận danh hiệu này (đạt 93%)") when
// the subject cue of a rate indicator stands after the total's number,
// in its words or the part's (rate true, the caller's indicator
// measured in %). The total names what is counted (the title, the
// standard); the part, the ones that reached it ("danh hiệu này", "tiêu
// chuẩn đó" or nothing point back to it); its percentage is the rate.
// (Counts of targets read "Trong 25 chỉ tiêu, có 20 chỉ tiêu đạt" as
// reached of assigned, see countTargets; the caller leaves them out.)
// partOfTotal reads it with statedTotalAt and partRateAt.
//
// statedTotalAt is the clause of f up to the figure and the index in it
// of the number of the total the clause opens with ("Trong (tổng) số
// (trên) N …"), or -1 when it opens with none or the figure is that
// number.
func statedTotalAt(f *figure) ([]tok, int) {
	c := f.clauseBefore()
	k := timeLead(c)
	if k >= len(c) || c[k].s != "trong" {
		return c, -1
	}
	k++
	if k < len(c) && c[k].s == "tổng" {
		k++
	}
	if k >= len(c) || c[k].s != "số" {
		return c, -1
	}
	k++
	for k < len(c) && approxBefore[c[k].s] {
		k++
	}
	if !(k < len(c) && c[k].digits && c[k].start < f.a.NumStart) {
		return c, -1
	}
	return c, k
}

// partRateAt reports the percentage f that follows the part's own count
// after the stated total at c[k], its subject cue named after the
// total's number (in the total's words or the part's).
func partRateAt(f *figure, c []tok, k int) bool {
	if f.a.UOM != "%" || f.subjEnd <= f.subjStart || f.subjStart <= c[k].start {
		return false
	}
	return partCountAt(c, k+1) > 0
}

// timeLead is the index after a leading time phrase and its comma
// ("Năm 2024, …", "Tính đến cuối năm, …"): words and a year at most, no
// figure; 0 when the clause opens with none.
func timeLead(c []tok) int {
	for k := 0; k < len(c) && k < 8; k++ {
		switch t := c[k]; {
		case t.s == ",":
			if k == 0 || !timeWord[c[0].s] && c[0].s != "tính" && c[0].s != "đến" {
				return 0
			}
			return k + 1
		case t.digits && (len(t.s) != 4 || k+1 < len(c) && !c[k+1].word && c[k+1].s != ","):
			return 0 // a figure, not a year
		case !t.word:
			return 0
		}
	}
	return 0
}

// approxBefore holds the words that may stand before a number to say
// it is rounded: "trên 49.300 hộ", "gần 400 xóm".
var approxBefore = map[string]bool{"trên": true, "hơn": true, "gần": true, "khoảng": true, "ngót": true}

// partCountAt is the index in c (from k on) of the number of the part
// that "có" opens after a stated total ("… thì có 47.074 hộ", "…, có
// trên 390 thôn"), or -1.
func partCountAt(c []tok, k int) int {
	for ; k+1 < len(c); k++ {
		if c[k].s != "có" {
			continue
		}
		j := k + 1
		for j < len(c) && approxBefore[c[j].s] {
			j++
		}
		if j < len(c) && c[j].digits {
			return j
		}
	}
	return -1
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
	if f.prevReal > partAt && f.subjStart > f.prevReal && f.subjStart < f.a.Start {
		// "Trong đó, doanh thu bán lẻ hàng hóa đạt 29.787 tỷ đồng, …,
		// doanh thu dịch vụ khác đạt 1.671 tỷ đồng": an item whose cue
		// follows the figure before it has its own words from there on.
		partAt = f.prevReal
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
	before := f.clauseBefore()
	rest := tokRange(f.ctoks, f.a.Start, f.clause.End)
	// Five words after the figure's digits, however they are grouped:
	// "7.640 hộ vươn lên thoát nghèo" as "640 hộ vươn lên thoát nghèo".
	num := 1
	for num < len(rest) && !(rest[num].start > f.a.NumStart && rest[num].word && !rest[num].digits) {
		num++
	}
	after := rest[:min(len(rest), num+5)]
	for _, w := range words {
		if hasWord(before, w) {
			return true
		}
		for k, t := range after {
			// A verb after the figure with a number of its own is the
			// next figure's: in "hộ nghèo … là 614 hộ giảm 182 hộ" (or
			// "…, đã giảm được 182 hộ", "giảm thêm khoảng 182 hộ") the
			// 614 counts the poor, the 182 those lifted.
			if t.s == w && !numberAfterVerb(rest[k+1:]) {
				return true
			}
		}
	}
	return false
}

// numberAfterVerb reports a number right after a verb, past its
// particles ("được", "thêm", "tiếp", "đi") and a qualifier ("hơn",
// "trên", "gần", "khoảng", "xấp xỉ"): "giảm được 182 hộ", "giảm thêm
// hơn 180 hộ".
func numberAfterVerb(toks []tok) bool {
	for _, t := range toks {
		switch t.s {
		case "được", "thêm", "tiếp", "đi", "hơn", "trên", "gần", "khoảng", "xấp", "xỉ":
			continue
		}
		return t.digits
	}
	return false
}

// tailEnd is where the words that qualify a figure end: the first mark of
// punctuation after it, the next figure, a cause word (causeWord), or six
// words on. A bracket right
// after the figure that says what it includes qualifies it too ("1.126 tỷ
// đồng (gồm thu bổ sung từ ngân sách tỉnh …)").
func tailEnd(f *figure) int {
	post := f.clauseAfter()
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
		if !t.word || k >= 6 || partsOpenAt(post, k) || causeWord[t.s] {
			break
		}
		end = t.end
	}
	return end
}

// causeWord: words that open the cause of a figure ("tăng 9% do giá xăng
// dầu tăng", "tăng 11% nhờ dịch vụ lữ hành phục hồi"); the words after
// them say why the figure moved, not what it is of.
var causeWord = map[string]bool{"do": true, "nhờ": true, "vì": true, "bởi": true}

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
		if subset && t.s == "một" && (toks[k+1].s == "số" || toks[k+1].s == "vài" || toks[k+1].s == "phần") && toks[k+2].word && !toks[k+2].digits {
			return true
		}
		if t.s == "từ" {
			n := toks[k+1]
			for _, m := range toks[k+1 : min(len(toks), k+4)] {
				if m.digits {
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

// partsOpenAt reports "trong đó" ("trong số đó") or "riêng" at toks[k], which open the
// parts of the figure before it ("… đạt trên 92% trong đó BHYT học sinh
// đạt 100%", "… đạt 95,2% riêng người nghèo đạt 100%"): the words after
// it name a part, not the figure before it.
func partsOpenAt(toks []tok, k int) bool {
	return toks[k].s == "riêng" || inThatAt(toks, k)
}

// inThatAt reports "trong đó" or "trong số đó" ("of which") at toks[k].
func inThatAt(toks []tok, k int) bool {
	return toks[k].s == "trong" && k+1 < len(toks) && (toks[k+1].s == "đó" || k+2 < len(toks) && toks[k+1].s == "số" && toks[k+2].s == "đó")
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
// they are not the public investment capital. A sentence that names no
// money before its bare "giải ngân" ("Qua 2 năm thực hiện đã giải ngân
// hơn 33,3 tỷ đồng") disburses what the sentence before it in the
// paragraph named: a programme's funds there ("Huyện cân đối kinh phí …
// cho công tác giảm nghèo bền vững với tổng nguồn vốn … 43,5 tỷ đồng")
// make it the programme's too.
func programmeFunds(f *figure) bool {
	if !bareDisbursement(f) {
		return false
	}
	before := tokRange(f.stoks, f.sent.Start, f.subjStart)
	if hasPhrase(before, programmeM) {
		return true
	}
	for _, t := range before {
		switch t.s {
		case "vốn", "ngân", "kinh", "nguồn", "tiền":
			return false // the sentence names its own money
		}
	}
	return hasPhrase(sentenceBeforeIn(f.ptoks, f.sent.Start), programmeM)
}

// sentenceBeforeIn are the tokens of the sentence that ends before byte
// pos in a paragraph's tokens (nil at the paragraph's start).
func sentenceBeforeIn(ptoks []tok, pos int) []tok {
	k := tokIndex(ptoks, pos) - 1
	for k >= 0 && (ptoks[k].s == "." || ptoks[k].s == "!" || ptoks[k].s == "?" || ptoks[k].s == ";") {
		k--
	}
	start := k
	for start >= 0 && ptoks[start].s != "." && ptoks[start].s != "!" && ptoks[start].s != "?" {
		start--
	}
	return ptoks[start+1 : k+1]
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

// namedPot reports a bare "giải ngân" measured against the plan of a
// capital the sentence named before it ("… tổng vốn chuyển nguồn là
// 42,117 tỷ đồng; giải ngân đến ngày 15/4 là 18,163 tỷ đồng, đạt 43,13%
// kế hoạch vốn chuyển nguồn"): its clause's "kế hoạch vốn X" repeats a
// "vốn X" of the sentence before the subject, a pot of its own, so the
// amount and the ratio are that pot's, a part. A plan of the whole
// public investment ("kế hoạch vốn đầu tư công", "kế hoạch vốn năm
// 2024", "kế hoạch vốn được giao") names no pot.
func namedPot(f *figure) bool {
	if !bareDisbursement(f) {
		return false
	}
	after := tokRange(f.ctoks, f.subjEnd, f.clause.End)
	for k := 0; k+2 < len(after); k++ {
		if !(after[k].s == "hoạch" && k > 0 && after[k-1].s == "kế" || after[k].s == "kh") || after[k+1].s != "vốn" {
			continue
		}
		var q []string
		for j := k + 2; j < len(after) && len(q) < 3 && after[j].word && !after[j].digits; j++ {
			q = append(q, after[j].s)
		}
		if len(q) == 0 {
			return false
		}
		switch q[0] {
		case "đầu", "năm", "được", "giao", "đã", "của":
			return false
		}
		for _, w := range q {
			if w == "giao" {
				return false
			}
		}
		before := tokRange(f.stoks, f.sent.Start, f.subjStart)
		for i := 0; i+len(q) < len(before); i++ {
			if before[i].s != "vốn" {
				continue
			}
			same := true
			for j, w := range q {
				if before[i+1+j].s != w {
					same = false
					break
				}
			}
			if same {
				return true
			}
		}
		return false
	}
	return false
}

// sectorTopic reports a bare cue that opens a later clause of its
// sentence after a first stretch with no figure whose subject is one
// sector ("sản xuất công nghiệp – xây dựng đạt mức tăng trưởng khá; giá
// trị sản xuất ước đạt …", "Ngành nông nghiệp phát triển ổn định; giá trị
// sản xuất đạt …"): the clause goes on about that sector, its figure a
// part of the total, as when a comma joins the two. A cue of its own
// ("tổng giá trị sản xuất"), words between the clause's start and the
// cue, or a figure before it leave the figure alone.
func (x *docReader) sectorTopic(f *figure, ind int) bool {
	if f.clause.Start <= f.sent.Start || f.subjEnd <= f.subjStart || f.subjStart < f.clause.Start {
		return false
	}
	c := tokRange(f.ctoks, f.clause.Start, f.subjStart)
	for len(c) > 0 && c[0].s == ";" {
		c = c[1:]
	}
	if skipLead(c, 0) != len(c) {
		return false // words of its own before the cue
	}
	if cue := tokRange(f.ctoks, f.subjStart, f.subjEnd); len(cue) == 0 || cue[0].s == "tổng" {
		return false
	}
	before := tokRange(f.stoks, f.sent.Start, f.clause.Start)
	for k, t := range before {
		if t.digits && !(len(t.s) == 4 && k > 0 && before[k-1].s == "năm") {
			return false // a figure (not a year) before: its own subject
		}
	}
	j := 0
	for j < len(before) {
		if k := skipLead(before, j); k > j {
			j = k
			continue
		}
		if before[j].s == "cụ" && j+1 < len(before) && before[j+1].s == "thể" {
			j += 2
			continue
		}
		if s := before[j].s; s != "về" && s != "trong" && s != "," {
			break
		}
		j++
	}
	if j >= len(before) {
		return false
	}
	e := min(len(before), j+4)
	return x.ind.denied(ind, before, before[j].start, before[e-1].end)
}
