package extract

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// resolve decides whether a figure is a catalog fact, and which.
func (x *docReader) resolve(f *figure, subj subject, later []cueEvent) {
	a := f.a
	if perCapita(f) || f.unit == compareUnit || comparisonBase(f) || f.words.mayHave(hashNeu) && countedOtherwise(f.stoks) {
		return
	}
	if a.UOM == "%" && percentChain(f.clauseBefore(), f.clauseAfter()) {
		// "nông nghiệp - công nghiệp - dịch vụ: 14,7% - 30,1% - 55,2%":
		// three or more percentages joined by dashes are a list of
		// parts, not a range and its end.
		return
	}
	if f.words.mayHave(hashQuote) && x.sentQuoted(f.stoks) && quotedName(f.stoks, f.a.Start, f.a.End) {
		return // "góp mặt vào \"CLB 1.000 tỉ đồng\" thu ngân sách": a name that holds an amount
	}
	if bareRate(f, subj, x.ind) {
		// "tỷ lệ bao phủ BHYT tính đến 20/9/2023 toàn huyện đạt được
		// 89,86": a rate's decimal right after its verb, the sign left off.
		f.a.UOM = "%"
		a = f.a
	}
	noun := f.noun
	if i := x.namedAfterPair(f, later); i >= 0 {
		x.pairOfIndicator(f, i, later)
		return
	}
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
	//
	// The cue starts at a word, never at a space, and only 'H' lowers to
	// 'h': a subject whose first byte is neither is not it either, and
	// needs no lower-case copy (most percentages have a subject).
	if a.UOM == "%" && !subj.none && subj.end-subj.start >= len("hộ nghèo") && (f.p.text[subj.start]|0x20) == 'h' && sameWords(lowerSameLen(f.p.text[subj.start:subj.end]), "hộ nghèo") {
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
			if ok, r := x.ind.fits(i, a, noun, true); ok && !x.ind.denied(i, f.ctoks, x.denyFrom(f, subj), f.a.Start) ||
				ok && x.stockThenLifted(f, i, x.denyFrom(f, subj)) {
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
	if ind >= 0 && a.UOM == "%" && x.ind.list[ind].Code == "ty_trong_dich_vu" && otherSectorItem(f, subj) {
		// "tỷ trọng ngành thương mại - dịch vụ chiếm 42%, công nghiệp
		// 40% và nông nghiệp 18%": in a list of sector shares each item
		// is labelled by its own sector, with or without "chiếm"; the
		// services label of the first item is not the later ones'.
		ind, ratio = -1, false
	}
	if ind >= 0 && a.UOM == "%" && x.ind.list[ind].Code == "ty_trong_dich_vu" && otherSectorSince(f, subj) {
		// "Khu vực thương mại dịch vụ chiếm tỷ trọng lớn nhất (64%) …,
		// tiếp đến là công nghiệp và xây dựng (hơn 22%)": the sector
		// named last before a share is the share's.
		ind, ratio = -1, false
	}
	if i := x.sharedCulture(f); i >= 0 {
		// "84,3% gia đình đạt chuẩn văn hóa, 71,6% thôn, tổ dân phố đạt
		// chuẩn văn hóa": each share belongs to the noun right after it.
		subj = subject{none: true}
		ind, ratio = i, false
	}
	if !subj.none && punctBetween(f.ctoks, subj.end, f.a.Start) {
		// (The mark and the cue after the figure are asked once for
		// both tests below.)
		if i := x.cueAfter(f, later, noun); i >= 0 {
			// A cue right after the figure is its own, rather than a
			// subject across a comma: "85,44% khu dân cư đạt chuẩn văn
			// hóa, 89,42% hộ đạt gia đình văn hóa".
			ind, ratio = i, false
		} else if ind >= 0 && a.UOM == "%" && countedRightAfter(f.pre(), f.post()) {
			// "người dân tham gia BHYT đạt hơn 95%, có 93,5% số hộ dân
			// sử dụng nhà tiêu hợp vệ sinh": a share followed by the
			// people or things it counts is a share of those, not of
			// the subject named before a comma.
			ind, ratio = -1, false
		}
	}
	if ind >= 0 && !subj.none && a.UOM == "" && f.a.Noun != "" && f.prevReal > subj.end && f.prevReal <= f.a.Start && someOfCount(f) {
		// "Giải quyết việc làm cho trên 1.900 lao động, có 15 lao động
		// làm việc tại thị trường Nhật Bản": "có" before a count of the
		// same noun as the figure before counts some of those, a part.
		ind, ratio = -1, false
	}
	if ind >= 0 && a.UOM == "" && f.a.Noun != "" {
		// A count's own noun names what it counts: "còn 312 hộ nghèo và
		// 1.046 hộ cận nghèo".
		if i := x.nounCue(f, later, noun); i >= 0 {
			ind, ratio = i, false
		}
	}
	if ind < 0 && a.UOM == "%" && f.words.mayHave(hashOpen) && bracketMove(f) { // a move inside a bracket
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
	if ind < 0 && a.UOM == "%" && poorFallRate(f) {
		// "giảm được 210 hộ nghèo, đạt tỷ lệ 2%": the rate of the
		// households that left poverty, the poverty rate's fall.
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
		ind = x.commerceRevenue(f)
	}
	if ind < 0 {
		ind = x.structureShare(f)
	}
	if ind < 0 {
		ind = x.labelListShare(f)
	}
	if ind < 0 {
		ind = x.servicesShareOfWhole(f)
	}
	assigned := false
	if ind < 0 {
		// "kế hoạch vốn năm 2024 là 350 tỷ đồng, giải ngân được 320 tỷ
		// đồng": the capital assigned, the disbursement's plan.
		ind = x.assignedCapital(f)
		assigned = ind >= 0
	}
	if ind < 0 {
		return
	}
	in := x.ind.list[ind]
	if in.Code == "ty_le_ho_ngheo" && a.UOM == "%" && shareOfPoor(f) {
		return // "hộ nghèo DTTS chiếm 65% tổng số hộ nghèo": a share of the poor, not their rate
	}
	if !subj.none && containsInt(subj.inds, ind) && comparedObject(tokRange(f.ctoks, f.clause.Start, subj.start)) {
		// "Mức này còn lớn hơn thu ngân sách năm 2023 của 4 tỉnh … cộng
		// lại (khoảng 6.595 tỷ đồng)": the indicator named after a
		// comparative is what the unit's figure is compared with, and
		// the figure its own is the compared one's.
		return
	}
	if in.Code == "ty_trong_dich_vu" && jointShare(tokRange(f.ctoks, max(f.clause.Start, f.prevReal), f.a.Start)) {
		return // "tỷ trọng công nghiệp - xây dựng và dịch vụ chiếm 78,31%": two sectors' share together
	}
	if in.Code == "ty_trong_dich_vu" && !subj.none && containsInt(subj.inds, ind) && subj.start < f.prevReal && jointShare(tokRange(f.ctoks, max(f.clause.Start, subj.lead), f.a.Start)) {
		return // "… và thương mại-dịch vụ chiếm 90,95% (tăng 0,45%)": the joint share's change is theirs too
	}
	if (in.Code == "ty_le_gia_dinh_van_hoa" || in.Code == "ty_le_khu_dan_cu_van_hoa") && otherCultureHolder(f.clauseBefore()) {
		return // "…, công sở văn hóa đạt 100%": offices' title, not the families' or the areas'
	}
	if in.Code == "ty_le_gia_dinh_van_hoa" && a.UOM == "%" && registeredShare(f) {
		// "97,3% hộ gia đình ký cam kết xây dựng gia đình văn hóa", "có
		// 3.184 hộ đăng ký xây dựng gia đình văn hóa, chiếm 96,46%": the
		// households that registered for the title, not those recognised.
		return
	}
	cueAt := f.a.Start
	if !subj.none && containsInt(subj.inds, ind) {
		cueAt = min(subj.start, f.a.Start)
		f.subjStart, f.subjEnd = subj.start, subj.end
	}
	if in.Code == "ho_thoat_ngheo" && a.UOM == "" && pledgedLift(f) {
		return // "85 hộ nghèo đăng ký thoát nghèo": households that pledged to leave poverty, not those that left
	}
	if (in.Code == "dang_vien_moi" || in.Code == "viec_lam_moi" || in.Code == "ho_thoat_ngheo") && a.UOM == "" && a.Noun != "" && stockCount(f.pre(), f.post()) {
		// "Công tác phát triển đảng viên được quan tâm, đến nay, toàn
		// Đảng bộ có trên 36.800 đảng viên": what a unit has is a stock,
		// not the flow (admissions, jobs made, households lifted) that
		// the words before name.
		return
	}
	if cur, named := pricesBracket(f.post()); in.Growth && (named && cur || !named && currentPrices(f.sentenceBefore())) {
		// "Theo giá hiện hành, GRDP năm 2020 đạt 134.018 tỷ đồng, tăng
		// 7,8%", "tăng trưởng đạt 12% (giá hiện hành)": the price basis
		// named last before the figure, or in a bracket right after it,
		// decides; "…, theo giá so sánh đạt 8,1%" is the real growth.
		return
	}
	if in.Growth && f.subjEnd > f.subjStart && exceptBracket(tokRange(f.ctoks, f.subjEnd, f.a.Start)) {
		// "tổng sản phẩm trên địa bàn (trừ dầu khí) tăng 2,41%": the
		// product less a sector, not the economy's growth. (A budget
		// "(trừ tạm ứng)" is the whole, cleared of an accounting item.)
		return
	}
	if indefiniteTime(f.clauseBefore()) {
		return // "có năm tăng trưởng trên 20%": some year, no year of its own
	}
	if a.UOM == "%" && in.UOM != facts.Percent && shareChange(f) {
		return // "chiếm 4,21% dân số (giảm 0,38% so với năm 2019)": the share's change, not the count's
	}
	if a.UOM == "%" && changeShare(f) {
		return // "(tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%)": the change's share, not the rate
	}
	if in.Growth && sectorSubject(f.clauseBefore()) {
		return // "Ngoại trừ ngành kinh doanh bất động sản có mức tăng trưởng âm 6,38%": the sector's growth
	}
	if in.Growth && sectorExamples(f.sentenceBefore()) {
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
	if !f.listedOwn && f.subjEnd > f.subjStart && f.subjEnd <= f.a.Start && groupNamed(f.p.text, tokRange(f.ctoks, f.subjEnd, f.a.Start)) {
		return // "tỷ lệ nghèo đa chiều xã đặc biệt khó khăn vùng bãi ngang: 9,61%": a kind of unit, a group
	}
	if f.unit == x.unit && x.unitTier > tierCommune && f.subjEnd > f.subjStart && bareCommuneOf(f.p.text, tokRange(f.ctoks, f.subjEnd, f.a.Start)) {
		return // "Thu ngân sách của thị trấn đạt 30 tỷ đồng" in a district's text: one commune's, a part
	}
	if in.Code == "giai_ngan_dau_tu" && f.subjEnd > f.subjStart && (programmeFunds(f) || bareDisbursement(f) && x.ind.denied(ind, f.ctoks, f.clause.Start, f.subjStart) || namedPot(f)) {
		return // "Kinh phí thực hiện Chương trình MTQG … là 96 tỷ đồng, đã giải ngân 71 tỷ đồng"
	}
	if in.Code == "gia_tri_san_xuat" && x.sectorTopic(f, ind) {
		return // "sản xuất công nghiệp – xây dựng đạt mức tăng trưởng khá; giá trị sản xuất ước đạt 11.498 tỷ đồng"
	}
	if in.Code != "ty_trong_dich_vu" && x.partOfTotal(f, cueAt, ind) || !hasRequired(f, in.Code) || x.ind.denied(ind, f.ctoks, f.a.End, tailEnd(f)) {
		return // "giải ngân 120 tỷ đồng vốn vay ưu đãi cho hộ nghèo"
	}
	if in.Code == "tong_muc_ban_le" && (goodsOnlyRetail(f.clauseBefore()) || oneCommodityRetail(f.clauseBefore())) {
		return // "doanh thu bán lẻ hàng hóa đạt 4.310 tỷ đồng": the goods alone, a part of the total with services
	}
	if in.Code == "von_dau_tu" && projectCapital(f, cueAt) {
		return // "Thu hút đầu tư: cấp mới 25 dự án, tổng vốn đầu tư 12.500 tỷ đồng": the projects' registered capital
	}
	if in.Code == "gia_tri_san_xuat" && a.UOM == "%" && currentPrices(f.clauseBefore()) {
		return // "tính theo giá hiện hành, giá trị sản xuất tăng 12,6%": growth at current prices
	}
	if ratio && in.UOM != "VND" && hasRate(tokRange(f.ctoks, ownItemStart(f), f.a.Start)) && !pairShare(f) && !(planBaseAfter(f.post()) && !rateLevelBefore(tokRange(f.stoks, f.sent.Start, f.a.Start))) {
		// "tỷ lệ kết nạp đảng hằng năm đạt 8,7%", "hộ cận nghèo …, chiếm
		// tỷ lệ 3,37% (giảm 0,67%)": a rate of the count, not a ratio of
		// it. A plan named right after as the base ("kết nạp 113 đảng
		// viên mới, đạt tỷ lệ hơn 61% so với chỉ tiêu") makes it the
		// ratio to the plan all the same.
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
	kind, sign, ok, plannedRise := x.kindOf(f, in, ratio)
	if assigned || !ratio && assignedWhole(f) {
		// "trên tổng số 350 tỷ đồng kế hoạch vốn được giao": the capital
		// assigned, a plan whatever verb the sentence reports with. It
		// is what a result is measured against: the clauses after it go
		// on in the kind they had ("kế hoạch vốn … là 350 tỷ đồng;
		// khối lượng giải ngân đạt 320 tỷ đồng" reports a result).
		k, y := x.lastKind, x.lastKindYr
		defer func() { x.lastKind, x.lastKindYr = k, y }()
		kind, sign, ok = facts.Plan, 1, true
	}
	if !ok {
		if g := x.growthIndicator(); plannedRise && in.Code == "gia_tri_san_xuat" && a.UOM == "%" && f.prevReal <= f.clause.Start && g >= 0 && growthMeasuredBy(f) {
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
	kind = x.termKind(f, kind)
	if kind == facts.PctOfPlan && (in.UOM == facts.Percent || in.Code == "ho_can_ngheo") && ratioOfCountChange(f) {
		// "giảm 128 hộ so với năm 2022, đạt 256% chỉ tiêu": the ratio
		// of the count's change just given, not of the rate; nor of
		// the near-poor households' stock, whose fall ("giảm 150 hộ
		// cận nghèo, đạt 120% kế hoạch") is no fact of the catalog.
		return
	}
	if kind == facts.Plan && in.Code == "ty_le_ho_ngheo" && a.UOM == "%" && planAfterFall(f) {
		return // "tỷ lệ hộ nghèo giảm 0,8% (kế hoạch 0,5%)": the planned fall, no fact
	}
	if kind == facts.ChangeVsPrev && in.Code == "ho_can_ngheo" && a.UOM == "%" {
		// "số hộ cận nghèo còn 702 hộ, giảm 0,45% so với năm 2022",
		// "hộ cận nghèo giảm 1,2%": a percentage said of the near-poor
		// is their rate, and this its fall in points; the near-poor
		// are counted in households, their rate is no catalog figure.
		return
	}
	if kind == facts.PctOfPlan && in.Code == "ty_le_ho_ngheo" && countBeforeRatio(f) {
		return // "hỗ trợ xây 45 nhà cho hộ nghèo, đạt 100% kế hoạch": the count's ratio, not the rate's
	}
	if kind == facts.PctOfPlan && longerPlan(f.clauseAfter(), x.finalYear(f, kind)) {
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

// ownItemStart is where the words that weigh a figure start: the
// clause's start, or the last colon before the figure when the list item
// after it gives a count of its own before the figure ("Một số Đảng bộ
// đạt tỷ lệ kết nạp cao như: Đảng bộ xã A kết nạp 10 đảng viên, đạt
// 83%": the rate the list is picked by is not the item's ratio).
func ownItemStart(f *figure) int {
	for _, t := range slices.Backward(f.clauseBefore()) {
		if t.s == ":" {
			if f.prevReal > t.end {
				return t.end
			}
			break
		}
	}
	return f.clause.Start
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

// verbIs reports v as the verb nearest before a figure.
func verbIs(pre []tok, v int) bool {
	got, _, ok := lastPhrase(pre, verbM)
	return ok && got == v
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

// someOfCount reports a count after "có" that follows a mark after the
// clause's figure before, of the same noun ("… cho 1.900 lao động, có 15
// lao động làm việc tại …"), with words after it that say which: some of
// the count before.
func someOfCount(f *figure) bool {
	pre := f.pre()
	n := len(pre)
	if n > 0 && approxBefore[pre[n-1].s] {
		n--
	}
	if n < 2 || pre[n-1].s != "có" || pre[n-2].s != "," && pre[n-2].s != ";" {
		return false
	}
	post := f.post()
	if len(post) == 0 || !post[0].word {
		return false
	}
	before := lowerSameLen(f.p.text[:f.prevReal])
	return strings.HasSuffix(before, " "+f.a.Noun)
}

// countedRightAfter reports a share's figure that opens its item ("có
// 93,5% số hộ dân …", ", 90% hộ gia đình …") followed by the people or
// things it counts.
func countedRightAfter(pre, post []tok) bool {
	if n := len(pre); n > 0 && approxBefore[pre[n-1].s] {
		pre = pre[:n-1]
	}
	if n := len(pre); n == 0 || pre[n-1].s != "có" && pre[n-1].s != "," && pre[n-1].s != ";" {
		// "chiếm 1,91% dân số", "đạt 95% số hộ": the base a share is
		// of, after its verb.
		return false
	}
	k := 0
	if k < len(post) && post[k].s == "số" {
		k++
	}
	if k >= len(post) {
		return false
	}
	switch post[k].s {
	case "dân":
		return k+1 < len(post) && post[k+1].s != "số" // "dân số" is the base
	case "hộ", "người", "gia", "trẻ", "học", "trường", "xã", "phường", "thôn", "lao", "cơ", "doanh", "cán", "đảng", "hợp", "đơn", "khu", "tổ", "làng", "bản", "ấp":
		return true
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

// kindOf decides the kind of a figure of indicator in; sign is -1 for a
// decrease; ok is false for no fact. The last result, with ok false,
// reports a planned rise ("phấn đấu … tăng 8%"): no fact of in, but
// resolve may still take it for the economy's planned growth.
func (x *docReader) kindOf(f *figure, in catalog.Indicator, ratio bool) (facts.Kind, float64, bool, bool) {
	if barePairPlan(f) {
		// "thu ngân sách đạt 17,1 tỷ đồng/13,5 tỷ đồng, đạt 126,7% KH":
		// the plan the result before the slash was measured against,
		// where the sentence weighs results against targets.
		if ratio || !pairContext(f.stoks) || f.targetVerb() {
			return "", 0, false, false
		}
		return facts.Plan, 1, true, false
	}
	if !ratio && bracketPairResult(f) && pairContext(f.stoks) && !f.targetVerb() {
		// "giải ngân đạt 100% kế hoạch (814,3/814,3 tỷ đồng)": the first of
		// a bracketed result/plan pair is the result, whatever plan noun
		// stands before the bracket.
		return facts.Actual, 1, true, false
	}
	if !ratio && slashPairResult(f) {
		// "giải ngân … là 2.532,015/2.579,003 tỷ đồng": the first of a
		// result/plan pair outside a bracket (see decimalMoneyPairs) is
		// the result where the sentence weighs results against targets;
		// after a target verb the pair is a target's, as resultPair
		// leaves a whole-number pair.
		if !pairContext(f.stoks) || f.targetVerb() {
			return "", 0, false, false
		}
		return facts.Actual, 1, true, false
	}
	if _, ok := baseLevel(f); ok && !ratio {
		// "cao hơn nhiều so với quý I-2021 (7,11%)": the base period's
		// own level, whatever comparative or change stands before it.
		return facts.Actual, 1, true, false
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
	if found && (verb == vIncrease || verb == vDecrease) && !ratio && f.a.UOM == "%" && in.UOM == facts.Percent && !x.ind.growth(in) && rateLevelAfterMove(pre, vAt) {
		// "tỷ lệ bao phủ bảo hiểm y tế tăng lên 93,5%", "theo hướng
		// tăng tỷ trọng dịch vụ (55,2%)": the level a rate rose to, or
		// stands at in the direction a structure moves, not its change.
		verb = vLevel
	}
	vPre := pre // the words the verb was read from
	if !found && f.a.UOM == "%" && len(pre) == 1 && pre[0].s == "và" && f.prevReal == f.prevEnd && f.prevReal > f.clause.Start {
		// "giảm ít nhất là 0,52% và 1,55%", "tăng 3% và 5%": a
		// percentage joined by "và" to the one before, no verb of its
		// own, shares that one's verb.
		vPre = tokRange(f.ctoks, f.clause.Start, f.prevReal)
		if n := len(vPre); n > 0 && vPre[n-1].s == "%" {
			verb, vAt, found = lastPhrase(vPre, verbM)
		}
	}
	if found && verb == vLevel && vAt < len(vPre) && vPre[vAt].s == "là" {
		if v, ok := superlativeChange(vPre[:vAt]); ok {
			// "có tỷ lệ hộ nghèo giảm nhiều nhất trên toàn huyện là
			// 9,1%": "là" names the amount of the change the superlative
			// ranks, not a level.
			verb = v
		}
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
	if verb == vExceed && ratio && reachAndExceed(f, pre, vAt) {
		verb = vReach // "đã đạt và vượt chỉ tiêu huyện giao 208%": the ratio reached
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
					return "", 0, false, false // "tăng trưởng so với năm 2018 đạt 45%" of 2023: over five years
				}
				cmpPrev, compared, verb = true, true, vIncrease
			}
		}
	}
	if cmpPrev && compared && x.baseNotPrev(f) {
		// "tăng 5% so với tháng 3/2022", "tăng 31,09% so với năm 2011"
		// (of 2020): compared with another period than the previous
		// one, a change or ratio is no fact.
		return "", 0, false, false
	}
	if ratio {
		k, sign, ok := x.ratioKind(f, in, verb, parenPlan, cmpPlan, cmpPrev, compared)
		if ok && (k == facts.ChangeVsPrev || k == facts.PctOfPrev) && (x.mode(f) == facts.Plan || x.termKind(f, facts.Actual) == facts.Plan) && !planNounSpent(f) {
			// A planned change ("phấn đấu thu ngân sách tăng 22%", "KH
			// tăng 9-11%", or a change with no kind word of its own
			// among the targets of the term a congress opens) is no fact. A planned rise of the production
			// value is the planned growth rate, a fact (see emitFigure).
			return "", 0, false, k == facts.ChangeVsPrev && sign > 0
		}
		if ok && k == facts.PctOfPlan && f.targetVerb() && !cmpPlan && !parenPlan {
			return "", 0, false, false // "phấn đấu kết nạp đảng viên mới đạt từ 7%": a share set as a target
		}
		if ok && k == facts.PctOfPlan && x.futureTarget(f) {
			// "Năm 2026, phấn đấu kết nạp từ 45 đảng viên trở lên. Thu
			// ngân sách đạt trên 154 tỷ đồng; tỷ lệ giải ngân vốn đầu tư
			// công đạt trên 97%" on a page of 2025: a share told for a
			// year still to come is set as a target, as the levels
			// beside it are; no result yet.
			return "", 0, false, false
		}
		if ok && k == facts.PctOfPlan && f.targetVerb() {
			// "Năm 2026, phấn đấu giải ngân đạt 100% kế hoạch": a target
			// for a year to come is no fact; said of this year, it is the
			// expected outcome (an estimate).
			if y, _ := x.yearOf(f); x.pubY != 0 && y > x.pubY {
				return "", 0, false, false
			}
		}
		return k, sign, ok, false
	}
	if parenPlan || parenOpensPlan(f.pre()) && verb != vIncrease && verb != vDecrease && !perYear(f) {
		// "kế hoạch đề ra (8,79%)", "dự toán (4.435,98 tỷ đồng)", and a
		// bracket that opens with the plan: "đạt 90,6% (chỉ tiêu năm 91,5%)";
		// a change there ("(KH giảm 4-5%)") is a planned change.
		return facts.Plan, 1, true, false
	}
	if verb == vExceed && f.a.UOM != "%" && exceededPlanNamed(pre, post) {
		// "vượt chỉ tiêu 150 đảng viên được giao": the plan beaten, named
		// with its figure and who set it.
		return facts.Plan, 1, true, false
	}
	if exceededMargin(f, pre) {
		// "đạt 8,34%, vượt kế hoạch đề ra là 0,34%": what the result
		// beat the plan by, no fact.
		return "", 0, false, false
	}
	if verb == vExceed && !perYear(f) && comparedPlanLevel(f, pre) {
		// "dự kiến đạt 9 – 9,5%, thấp hơn mục tiêu 10%", "ước đạt 8,8%,
		// vượt mục tiêu 8,5%": the plan the result is set against,
		// named with its figure, in the result's measure and near it.
		return facts.Plan, 1, true, false
	}
	if (planNounRightBefore(pre) || planOfYearBefore(tokRange(f.ctoks, max(f.clause.Start, f.prevReal), f.a.Start))) && verb != vIncrease && verb != vDecrease && verb != vExceed && !perYear(f) {
		// "chưa đạt kế hoạch đề ra từ 9-10%", "tổng số vốn được giao là
		// 68.634 tỷ đồng": the plan's own figure, though a result verb
		// ("đạt") governs the plan noun before it. Not a margin over the
		// plan ("vượt mục tiêu 0,36%") nor a yearly change set as the
		// target ("chỉ tiêu là 1,5%/năm").
		return facts.Plan, 1, true, false
	}
	if targetHeadsSubject(f) && verb != vIncrease && verb != vDecrease && verb != vExceed && !perYear(f) {
		// "Chỉ tiêu thu ngân sách năm 2024 là 500 tỷ đồng": the target
		// the words name, its figure the plan.
		return facts.Plan, 1, true, false
	}
	if f.a.UOM == "%" && x.ind.growth(in) && f.a.Form == vnnum.Range && f.a.Max != 0 && !cmpPlan && !resultInClause(f) && !x.expectedOutcome(f) {
		// "Tốc độ tăng giá trị sản xuất bình quân 5 năm 12 - 13%/năm": a
		// growth rate given as a range, with no result word, is a target.
		// The result word must be the figure's clause's own: in "Trong
		// đó, tổng sản phẩm ước đạt 64.400- 64.920 tỉ đồng; tăng trưởng
		// kinh tế 6- 6,8%" the "ước đạt" is the product's.
		return facts.Plan, 1, true, false
	}
	if f.a.UOM == "%" {
		// A percentage indicator: the figure is its level.
		if x.ind.growth(in) && !cmpPlan && verb != vIncrease && verb != vDecrease && samePeriodLevel(pre, post) {
			// "tăng trưởng 7,02%, cao hơn mức 6,3% của cùng kỳ năm
			// trước": the growth the same period had a year before.
			return facts.Actual, 1, true, false
		}
		if cmpPlan {
			// "Tỷ lệ hộ nghèo giảm 1,89%, đạt 125% so với chỉ tiêu":
			// the stated ratio to the plan; a change compared with the
			// plan is none.
			if verb == vIncrease || verb == vDecrease || verb == vExceed {
				return "", 0, false, false
			}
			if x.ind.growth(in) && moneyBefore(f) {
				// "GRDP 9 tháng ước đạt 47.411 tỷ đồng, đạt 67,8% so với
				// kế hoạch và tăng 7,72% so với cùng kỳ": the ratio is the
				// product's level's to its plan, not the growth rate's;
				// the level is no catalog figure, so neither is its ratio.
				return "", 0, false, false
			}
			return facts.PctOfPlan, 1, true, false
		}
		if sign := comparativeSign(f, pre); sign != 0 && cmpPrev && (!x.ind.growth(in) || inPoints(f)) {
			// "chiếm tỷ lệ 5,93%, thấp hơn 1,89% so với năm 2021": the
			// rate's change in points. How much a growth rate rose against
			// last year's ("tăng trưởng 7,3%, cao hơn 1,2 điểm phần trăm
			// so với năm 2023") is no fact: the growth rate is itself the
			// change, and the report derives its difference.
			if f.planned() || x.ind.growth(in) {
				return "", 0, false, false
			}
			return facts.ChangeVsPrev, sign, true, false
		}
		if verb == vExceed {
			return "", 0, false, false
		}
		if perYear(f) && !x.ind.growth(in) && verb != vIncrease && verb != vDecrease && f.a.Value < 50 {
			// "chỉ tiêu là 1,5%/năm": a yearly change, not a level. A
			// share of half or more a year ("Tỷ lệ hộ gia đình văn hóa
			// 93-95%/năm") cannot be a yearly change in points: it is the
			// level to hold each year.
			return "", 0, false, false
		}
		if verb == vIncrease || verb == vDecrease {
			if x.ind.growth(in) && samePeriodLevel(pre, post) {
				// "GRDP ước tăng 6,47%, cao hơn mức tăng 3,94% cùng kỳ năm
				// 2023": the growth the same period had a year before.
				return facts.Actual, 1, true, false
			}
			if x.ind.growth(in) {
				// "tăng trưởng đạt 9,8%, tăng 0,4% so với năm trước": once
				// the sentence gave the growth rate, a change compared
				// with last year is the change of the rate, which is no
				// fact (the growth rate is itself a change; the report
				// derives the difference of two years' rates).
				// A clause that names the growth afresh after the last
				// figure ("…; 9 tháng đầu năm 2024, tốc độ tăng trưởng kinh
				// tế của tỉnh tăng 6,32% so cùng kỳ") gives a level of its
				// own, another period's.
				fresh := f.subjEnd > f.subjStart && f.subjStart >= f.prevReal
				if cmpPrev && x.sentInds[in.Code] && !fresh {
					return "", 0, false, false
				}
				// A growth rate is itself a change: the economy that
				// shrank ("GRDP giảm 9,28% so với cùng kỳ", "kinh tế
				// tăng trưởng âm, giảm 2,1%") grew by a negative rate.
				k := x.mode(f)
				if k == facts.Actual {
					return k, signOf(verb), true, false
				}
				return k, 1, true, false
			}
			if compared && !cmpPrev {
				return "", 0, false, false // compared with another base than last year's
			}
			if !compared && overYears(f) {
				return "", 0, false, false // "sau 16 năm, tỷ lệ hộ nghèo đã giảm 30,3%": the fall over the years
			}
			// A rate changes in points ("tỷ lệ hộ nghèo giảm 1,24%"); a
			// planned change is no fact ("phấn đấu giảm 1,5%"), and "giảm
			// từ 3,2%" gives last year's level.
			if k := f.sentCues().kindBefore(f.a.Start); k == cuePlan || k == cueExpect || fromBefore(pre) || x.mode(f) == facts.Plan && !planNounSpent(f) || plannedRange(f) || planOpensChange(pre) {
				return "", 0, false, false
			}
			return facts.ChangeVsPrev, signOf(verb), true, false
		}
		giamNgheo := giamNgheoOwn(f)
		if !giamNgheo && poorFallRate(f) {
			if f.planned() || x.mode(f) == facts.Plan {
				return "", 0, false, false // "phấn đấu giảm 200 hộ nghèo, tỷ lệ 2%": a planned change
			}
			giamNgheo = true
		}
		if giamNgheo && plannedRange(f) {
			return "", 0, false, false // "tỷ lệ giảm hộ nghèo bình quân hằng năm đạt 3 - 5%": a target's
		}
		if sign := changeBeforeCue(f, pre); sign != 0 && !x.ind.growth(in) {
			// "Ước kết quả thực hiện giảm tỷ lệ hộ nghèo năm 2022 là
			// 0,47%": the verb before the rate names its change.
			if f.planned() || x.mode(f) == facts.Plan && !planNounSpent(f) {
				return "", 0, false, false // "phấn đấu giảm tỷ lệ hộ nghèo 1,5%": a planned change
			}
			return facts.ChangeVsPrev, sign, true, false
		}
		if giamNgheo {
			if f.a.Value >= 50 && hasPhrase(f.sentenceBefore(), planM) {
				// "tỷ lệ giảm nghèo vượt kế hoạch cao nhất là huyện
				// Ninh Sơn, đạt 167%": the fall's share of its plan.
				return facts.PctOfPlan, 1, true, false
			}
			return facts.ChangeVsPrev, -1, true, false // "tỷ lệ giảm nghèo đạt 5,7%"
		}
	} else {
		if compared && !cmpPlan && !(in.Code == "ho_thoat_ngheo" && verb == vDecrease) {
			// "cao hơn 330 tỷ đồng so với …": a difference; "giảm 612 hộ
			// nghèo so với cuối năm 2022" is the households that escaped.
			return "", 0, false, false
		}
		if verb == vExceed {
			return "", 0, false, false
		}
		if f.a.UOM == "VND" && (verb == vIncrease || verb == vDecrease) {
			return "", 0, false, false
		}
		if f.a.UOM == "" && (verb == vIncrease || verb == vDecrease) && !(in.Code == "ho_thoat_ngheo" && verb == vDecrease) {
			return "", 0, false, false // "12.947 hộ cận nghèo (giảm 2.539 hộ)": a count's change, not its level
		}
		if f.a.UOM == "" && in.Code == "ho_can_ngheo" && fallGovernsList(f) {
			return "", 0, false, false // "giảm 100 hộ nghèo và 80 hộ cận nghèo": the near-poor's fall, not their number
		}
	}
	return x.mode(f), 1, true, false
}

// reachAndExceed reports a percentage of 100 or more after "vượt" joined
// to a reach verb before it ("đạt và vượt", "đạt, vượt", "hoàn thành và
// vượt"), with a plan noun on either side of the figure ("đã đạt và vượt
// chỉ tiêu quận giao 208%", "đạt và vượt 135% kế hoạch"): the ratio the
// result reached, not a margin over the plan ("vượt 10% so với dự toán",
// a derived ratio, has no reach verb and stays none).
func reachAndExceed(f *figure, pre []tok, at int) bool {
	if f.a.UOM != "%" || f.a.Value < 100 || at < 2 || pre[at].s != "vượt" {
		return false
	}
	j := at - 1
	if pre[j].s == "và" || pre[j].s == "," {
		j--
	}
	if j == at-1 && pre[j].s != "thành" {
		return false // "hoàn thành vượt" joins with no word; "đạt vượt" is rare
	}
	if !(pre[j].s == "đạt" || pre[j].s == "thành" && j > 0 && pre[j-1].s == "hoàn") {
		return false
	}
	if hasPhrase(pre[at+1:], planM) {
		return true
	}
	post := f.post()
	if plan, _, _ := comparator(post); plan {
		return true
	}
	_, _, ok := planM.match(post, 0)
	return ok
}

// ratioKind is the kind of a percentage of a money or count indicator.
func (x *docReader) ratioKind(f *figure, in catalog.Indicator, verb int, parenPlan, cmpPlan, cmpPrev, compared bool) (facts.Kind, float64, bool) {
	switch {
	case parenPlan || pairShare(f):
		return facts.PctOfPlan, 1, true
	case verb == vExceed:
		if sign := comparativeSign(f, afterColon(f.pre())); sign != 0 && cmpPrev && !f.planned() && !afterRatio(f) {
			// "đạt 420 tỷ đồng, cao hơn 18% so với cùng kỳ", "thấp hơn
			// 5% so năm trước": a comparative with the period before as
			// its base is the amount's change; "vượt" by so much says
			// the excess, no fact. Right after a ratio ("bằng 71,3% kế
			// hoạch, cao hơn 6,2% so với cùng kỳ") it may compare the
			// ratio with last year's, in points: no fact either.
			return facts.ChangeVsPrev, sign, true
		}
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
		if otherBase(f.post()) {
			// "bằng 67% dự toán, bằng 96% cùng kỳ, bằng 95% kịch bản": a
			// ratio names its base right after it; a base that is no
			// plan, no period before and nothing assigned (a scenario,
			// a programme) makes it a ratio of neither kind.
			return "", 0, false
		}
		if growthHeadsRatio(f.clauseBefore()) {
			// "…, tốc độ tăng bình quân hàng năm đạt 10,7%", "…, tăng
			// trưởng đạt 14,2%": a rate of growth reached, not a share
			// of the plan.
			return "", 0, false
		}
		if in.UOM != "VND" && in.UOM != facts.Percent && f.a.UOM == "%" && f.a.Value < 100 && (f.sentCues().kindBefore(f.a.Start) == cuePlan || targetWordBefore(f) || thresholdAfter(f.post())) {
			// "mục tiêu: kết nạp đảng viên đạt từ 3% trở lên": a count's
			// target with no base after its percentage is a rate to
			// reach (of the members, of the workers), not a ratio to the
			// plan: no target aims below its own plan. A target verb
			// anywhere before it in the sentence, or a threshold ("X%
			// trở lên") marks the target.
			return "", 0, false
		}
		return facts.PctOfPlan, 1, true
	}
	if bracketAfterPlan(f) {
		return facts.PctOfPlan, 1, true // "5.230 LĐ/KH 5.000 LĐ (104,6%)"
	}
	return "", 0, false
}

// projectCapital reports a bare "tổng vốn đầu tư" at byte cueAt (no
// "phát triển", "toàn xã hội", "thực hiện", "xây dựng cơ bản" or "trên
// địa bàn" after it) in a sentence that speaks of projects attracted,
// licensed or registered before the figure ("dự án", "thu hút", "cấp
// mới", "cấp phép", "chấp thuận", "đăng ký", "FDI"): the capital the
// projects registered, not the development investment realised on the
// territory.
func projectCapital(f *figure, cueAt int) bool {
	k := tokIndex(f.ctoks, cueAt)
	t := f.ctoks
	if k+4 > len(t) || t[k].s != "tổng" || t[k+1].s != "vốn" || t[k+2].s != "đầu" || t[k+3].s != "tư" {
		return false
	}
	if k+4 < len(t) {
		switch t[k+4].s {
		case "phát", "toàn", "xã", "thực", "xây", "trên", "của", "huy", "đtpt", "ptxh":
			return false
		}
	}
	before := tokRange(f.stoks, f.sent.Start, f.a.Start)
	for j := range before {
		switch before[j].s {
		case "thu":
			if j+1 < len(before) && before[j+1].s == "hút" {
				return true
			}
		case "dự":
			if j+1 < len(before) && before[j+1].s == "án" {
				return true
			}
		case "cấp":
			if j+1 < len(before) && (before[j+1].s == "mới" || before[j+1].s == "phép") {
				return true
			}
		case "chấp":
			if j+1 < len(before) && before[j+1].s == "thuận" {
				return true
			}
		case "đăng":
			if j+1 < len(before) && before[j+1].s == "ký" {
				return true
			}
		case "fdi", "ddi":
			return true
		}
	}
	return false
}

// growthHeadsRatio reports a growth noun ("tốc độ tăng", "mức tăng",
// "tăng trưởng") heading the stretch of clause c after its last mark of
// punctuation, before the verb of a percentage with no base: "tổng giá
// trị sản xuất đạt trên 33 nghìn tỷ đồng, tốc độ tăng bình quân hàng năm
// đạt 10,7%" gives a rate of growth, which no reader takes for a share of
// the plan.
func growthHeadsRatio(c []tok) bool {
	seg := afterLastMark(c) // c is within one clause: no ";" in it
	for k := 0; k+1 < len(seg) && k < 3; k++ {
		switch {
		case (seg[k].s == "độ" || seg[k].s == "mức") && seg[k+1].s == "tăng":
			return true // "tốc độ tăng", "mức tăng"
		case seg[k].s == "tăng" && seg[k+1].s == "trưởng":
			return true
		}
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

// otherBase reports a ratio's base named right after its figure (post,
// the words up to the next figure) that is neither a plan ("dự toán",
// "tổng kế hoạch", "xã giao": what an organ assigned), nor the period
// before, nor a time the ratio was reached in: the words up to the first
// mark, opened by a noun ("kịch bản", "phương án điều hành"), not by a
// joining word ("và bằng …", "trong 6 tháng") or an indicator's name
// that an assignment closes ("thu ngân sách … do trung ương giao").
func otherBase(post []tok) bool {
	n := 0
	for n < len(post) && post[n].word && n < 14 {
		n++
	}
	base := post[:n]
	if len(base) == 0 || timeWord[base[0].s] || baseJoin[base[0].s] || base[0].digits {
		return false
	}
	if hasPhrase(base, planM) || hasPhrase(base, prevM) {
		return false
	}
	for _, t := range base {
		if t.s == "giao" || t.s == "đề" || t.s == "ra" || t.s == "so" {
			return false
		}
	}
	return true
}

// baseJoin: words that, right after a ratio, join or place it rather
// than name its base.
var baseJoin = map[string]bool{"và": true, "với": true, "của": true, "tại": true, "ở": true, "trong": true, "so": true, "đến": true, "tính": true, "theo": true, "hơn": true, "cho": true, "vào": true, "là": true, "thì": true, "nhưng": true, "đạt": true, "bằng": true, "tăng": true, "giảm": true, "vượt": true, "trên": true, "dưới": true, "khoảng": true, "gần": true, "do": true}

// quotedName reports a figure at bytes [start, end) inside a short quoted
// name (stoks, its sentence's tokens): between a pair of quotes that
// hold other words beside the figure, no more than six words, and no
// verb and no mark ("CLB 1.000 tỷ đồng", "câu lạc bộ nghìn tỷ"). A quoted
// statement ("\"Thu ngân sách đạt 1.200 tỷ đồng\"") has its verb and
// keeps its figures.
func quotedName(stoks []tok, start, end int) bool {
	open := -1
	for k, t := range stoks {
		if t.start >= start {
			break
		}
		if t.s == "\"" {
			if open >= 0 {
				open = -1 // a quote closed before the figure
			} else {
				open = k
			}
		}
	}
	if open < 0 {
		return false
	}
	words, others := 0, 0
	for _, t := range stoks[open+1:] {
		if t.s == "\"" {
			return others > 0 && words <= 6
		}
		if t.start >= start && t.end <= end {
			continue // the figure's own digits, marks and unit
		}
		if !t.word {
			return false
		}
		if verbWords[t.s] != 0 {
			return false
		}
		words++
		if !t.digits {
			others++
		}
	}
	return false
}

// sentQuoted reports a quote among the sentence's tokens stoks, looked
// for once a sentence (x.quoteToks is reset when a sentence begins):
// without one, quotedName is false for every figure of it.
func (x *docReader) sentQuoted(stoks []tok) bool {
	if len(stoks) == 0 {
		return false
	}
	if len(x.quoteToks) == len(stoks) && &x.quoteToks[0] == &stoks[0] {
		return x.quoteAny
	}
	x.quoteToks, x.quoteAny = stoks, false
	for k := range stoks {
		if stoks[k].h == hashQuote && stoks[k].s == "\"" {
			x.quoteAny = true
			break
		}
	}
	return x.quoteAny
}

// goodsOnlyRetail reports words before a figure that name the retail
// turnover of goods alone: "doanh thu bán lẻ hàng hóa" with no services
// ("dịch vụ") after it. The retail total of the catalog is goods and
// services together ("doanh thu bán lẻ hàng hóa và dịch vụ", "tổng mức
// bán lẻ hàng hóa"); the goods' share is one of its parts.
func goodsOnlyRetail(toks []tok) bool {
	for i := 0; i+4 < len(toks); i++ {
		if toks[i].s != "thu" || toks[i+1].s != "bán" || toks[i+2].s != "lẻ" || toks[i+3].s != "hàng" || toks[i+4].s != "hóa" && toks[i+4].s != "hoá" {
			continue
		}
		if i == 0 || toks[i-1].s != "doanh" {
			continue
		}
		rest := toks[i+5:]
		for k := 0; k+1 < len(rest); k++ {
			if rest[k].s == "dịch" && rest[k+1].s == "vụ" {
				return false
			}
		}
		return true
	}
	return false
}

// oneCommodityRetail reports words before a figure that name the retail
// sales of one commodity or group of goods: "doanh thu bán (lẻ)" right
// before the goods ("nhóm xăng dầu", "mặt hàng lương thực", "xăng dầu",
// "ô tô", "xe máy", "lương thực, thực phẩm"). Such sales are a part of
// the catalog's retail total of all goods and services.
func oneCommodityRetail(toks []tok) bool {
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].s != "bán" || toks[i-1].s != "thu" || toks[i-2].s != "doanh" {
			continue
		}
		k := i + 1
		if toks[k].s == "lẻ" {
			k++
		}
		if k < len(toks) && commodityWord.has(toks[k].s) {
			return true
		}
	}
	return false
}

// commodityWord are the first words of a commodity or a group of goods
// whose retail sales are a part of the total ("nhóm", "mặt hàng",
// "xăng dầu", "ô tô", "xe máy", "lương thực").
var commodityWord = newWordSet("nhóm", "mặt", "xăng", "ô", "xe", "lương", "điện", "vàng")

// sectorSubject reports a stretch (toks, the clause's words before a
// growth figure) whose last part, from its last mark, opens with one
// sector as its subject — "ngành", "lĩnh vực" or "khu vực" and the
// sector's own words, after at most two words that lead in ("ngoại trừ",
// "riêng", "trong đó"): "Ngoại trừ ngành kinh doanh bất động sản có mức
// tăng trưởng âm 6,38%", "Ngành sản xuất điện là động lực tăng trưởng
// của toàn nền kinh tế với tốc độ tăng 30,85%". The growth is that
// sector's, not the economy's. Not sectors taken together ("các ngành",
// "toàn ngành"), and not where the economy is named after the sector as
// a subject of its own ("ngành du lịch phục hồi giúp kinh tế tăng
// trưởng 9%"; "của (toàn) nền kinh tế" is only what the sector drives).
// A subset of the sectors ("một số ngành", "một vài lĩnh vực") anywhere
// in the stretch is a part too: "giá trị sản xuất một số ngành kinh tế
// tăng 13%" ("ngành kinh tế" is the sectors, no economy as subject),
// unless "tổng" before it makes their sum the total.
func sectorSubject(toks []tok) bool {
	from := 0
	for k := len(toks) - 1; k >= 0; k-- {
		if s := toks[k].s; s == "," || s == ";" || s == ":" || s == "(" || s == "." {
			from = k + 1
			break
		}
	}
	st := toks[from:]
	head := -1
	for k := 0; k < len(st) && k <= 2; k++ {
		if !st[k].word {
			return false
		}
		n := 1
		switch {
		case st[k].s == "ngành":
		case (st[k].s == "lĩnh" || st[k].s == "khu") && k+1 < len(st) && st[k+1].s == "vực":
			n = 2
		default:
			continue
		}
		if k > 0 && (pluralBefore[st[k-1].s] || st[k-1].s == "toàn" || st[k-1].s == "mọi" || st[k-1].s == "số") {
			return false
		}
		if k+n+1 < len(st) && st[k+n].word && !st[k+n].digits && !(st[k+n].s == "kinh" && st[k+n+1].s == "tế") {
			head = k + n
		}
		break
	}
	for k := 2; head < 0 && k+1 < len(st); k++ {
		// "giá trị sản xuất một số ngành kinh tế của thị xã tăng 13%":
		// a subset of the sectors, wherever the subject names it. A
		// subject opened by "tổng" declares its sum the total ("tốc độ
		// tăng tổng giá trị sản xuất của một số ngành chủ yếu đạt
		// 8,6%", as totalCue).
		if st[k-2].s == "tổng" {
			break
		}
		if st[k-2].s == "một" && (st[k-1].s == "số" || st[k-1].s == "vài") && (st[k].s == "ngành" || st[k].s == "lĩnh" && st[k+1].s == "vực") {
			head = k
		}
	}
	if head < 0 {
		return false
	}
	for k := head + 1; k < len(st); k++ {
		econ := st[k].s == "grdp" || st[k].s == "kinh" && k+1 < len(st) && st[k+1].s == "tế" || st[k].s == "sản" && k > 0 && st[k-1].s == "tổng" && k+1 < len(st) && st[k+1].s == "phẩm"
		if !econ {
			continue
		}
		if p := st[k-1].s; p != "nền" && p != "của" && p != "tổng" && p != "ngành" {
			return false
		}
	}
	return true
}

// expectedOutcome reports a figure whose kind word is "dự kiến" (or
// "dự tính") and that the text's year makes an expected result, not a
// target (see mode): "dự kiến năm 2022, tốc độ tăng trưởng kinh tế của
// tỉnh sẽ đạt 8-8,5%" in a text that reports on 2022 is its estimate,
// range or not.
func (x *docReader) expectedOutcome(f *figure) bool {
	return f.sentCues().kindBefore(f.a.Start) == cueExpect && x.mode(f) == facts.Actual
}

// jointShare reports a share's subject (toks, the words before its
// figure) that joins two sectors by "và" under one "tỷ trọng": "tỷ trọng
// công nghiệp - xây dựng và dịch vụ chiếm 78,31%", "tỉ trọng dịch vụ và
// công nghiệp đạt 80%". The figure is their share together, of neither
// (as two indicators' names joined share their sum). One side names no
// services ("thương mại", "du lịch", "dịch vụ"): "tỷ trọng thương mại và
// dịch vụ chiếm 45%" is one sector's name. Without "tỷ trọng" the
// clause's words before the verb are the subject: "…; ngành công
// nghiệp-xây dựng và thương mại-dịch vụ chiếm 90,95%", "…; công nghiệp,
// xây dựng và dịch vụ chiếm 80%".
func jointShare(toks []tok) bool {
	head := 0
	for k := len(toks) - 1; k >= 1; k-- {
		if toks[k].s == "trọng" && (toks[k-1].s == "tỷ" || toks[k-1].s == "tỉ") {
			head = k + 1
			break
		}
	}
	// The subject opens after "tỷ trọng" or after the figure or mark
	// before the words before the figure's verb, whichever is later
	// ("nông nghiệp chiếm 20%, công nghiệp và dịch vụ chiếm 80%").
	k := len(toks) - 1
	for k >= 0 && (verbWords[toks[k].s] != 0 || toks[k].s == "chiếm" || toks[k].s == "là") {
		k--
	}
	for k >= 0 && (toks[k].word && !toks[k].digits || toks[k].s == "-" || toks[k].s == ",") {
		k--
	}
	if k < 0 || toks[k].s != "(" {
		head = max(head, k+1) // (a change in a bracket after the share is read from the share's subject, below)
	}
	for head < len(toks) && toks[head].s == "," {
		head++
	}
	// The subject runs to its verb or the figure; only words, dashes and
	// the commas of a list of sectors ("công nghiệp, xây dựng và dịch vụ").
	end := head
	for end < len(toks) && (toks[end].word || toks[end].s == "-" || toks[end].s == "," && end > head) && verbWords[toks[end].s] == 0 && toks[end].s != "chiếm" && toks[end].s != "là" {
		if toks[end].digits {
			return false
		}
		end++
	}
	subj := toks[head:end]
	for k, t := range subj {
		if t.s != "và" || k == 0 || k == len(subj)-1 {
			continue
		}
		if !servicesWords(subj[:k]) || !servicesWords(subj[k+1:]) {
			return servicesWords(subj[:k]) || servicesWords(subj[k+1:])
		}
	}
	return false
}

// servicesWords reports a word of the services sector in toks.
func servicesWords(toks []tok) bool {
	for k, t := range toks {
		if t.s == "dịch" && k+1 < len(toks) && toks[k+1].s == "vụ" || t.s == "thương" && k+1 < len(toks) && toks[k+1].s == "mại" || t.s == "du" && k+1 < len(toks) && toks[k+1].s == "lịch" {
			return true
		}
	}
	return false
}

// ratioOfCountChange reports a ratio whose clause gave, right before it,
// a count's change — "giảm 128 hộ (so với năm 2022), đạt 256% chỉ tiêu",
// "tăng 3.200 người, bằng 110% kế hoạch", "giảm 693 hộ nghèo, đạt 192,5%
// chỉ tiêu tỉnh giao": a verb of change, a number and its noun (with its
// "nghèo"), an excess over the target in that noun perhaps, then only a comparison with the period before, marks and the
// ratio's verb. The ratio is that change's, not the rate's its sentence
// speaks of. (A level's count, "727.215 người, đạt 102,4% kế hoạch", is
// left: the level and the rate are one quantity.)
func ratioOfCountChange(f *figure) bool {
	if f.prevReal <= f.clause.Start || f.prevReal > f.a.Start {
		return false
	}
	seg := f.clauseBefore()
	// The count is the last noun of a count before the ratio; after it
	// only a comparison and ratios listed before this one ("đạt 256% chỉ
	// tiêu của huyện và 246% chỉ tiêu của tỉnh").
	// The excess over the target may stand between the change and its
	// ratio ("giảm 693 hộ so với năm 2023, vượt 333 hộ và đạt 192,5%
	// so với tỉnh giao"): the same comparison, counted in the change's
	// noun.
	for end, excess := len(seg), 0; excess < 2; excess++ {
		j := end - 1
		for j >= 1 && countTail(seg[j]) {
			j--
		}
		if j >= 3 && seg[j].s == "chiều" && seg[j-1].s == "đa" {
			j -= 2 // "giảm 693 hộ nghèo đa chiều, đạt …"
		}
		if j >= 3 && seg[j].s == "nghèo" && seg[j-1].s == "cận" && seg[j-2].s == "hộ" {
			j -= 2 // "giảm 150 hộ cận nghèo, đạt …"
		} else if j >= 2 && seg[j].s == "nghèo" && seg[j-1].s == "hộ" {
			j-- // "giảm 693 hộ nghèo, đạt …"
		}
		if j < 1 || !seg[j].word || seg[j].digits || (seg[j].s != "hộ" && seg[j].s != "người" && seg[j].s != "động" && seg[j].s != "lượt" && seg[j].s != "viên") {
			return false
		}
		k := j - 1
		if seg[j].s == "động" || seg[j].s == "viên" && seg[k].s == "đảng" {
			k-- // "lao động", "đảng viên"
		} else if seg[j].s == "viên" {
			return false
		}
		if k < 0 || !seg[k].digits {
			return false
		}
		for k >= 0 && (seg[k].digits || seg[k].s == "." || seg[k].s == ",") {
			k--
		}
		for k >= 0 && (seg[k].s == "được" || seg[k].s == "thêm" || seg[k].s == "hơn" || seg[k].s == "trên" || seg[k].s == "gần" || seg[k].s == "khoảng" || seg[k].s == "xỉ" || seg[k].s == "xấp") {
			k--
		}
		if k >= 0 && (seg[k].s == "giảm" || seg[k].s == "tăng") {
			return true
		}
		if k < 1 || seg[k].s != "vượt" {
			return false
		}
		end = k
	}
	return false
}

// countTail: the words that may follow a count's change before its ratio
// (see ratioOfCountChange): a comparison with the period before, marks,
// the ratio's verb and earlier ratios of plans with their owners.
func countTail(t tok) bool {
	switch t.s {
	case ",", "so", "với", "năm", "cùng", "kỳ", "trước", "đạt", "bằng", "và", "ước", "(", ")", "%", "của", "giao", "đề", "ra",
		"đầu", "cuối", "ngoái", "ck", "quý", "tháng", "/", "-", "nq", "dt", "hđnd", "ubnd",
		"chỉ", "tiêu", "kế", "hoạch", "dự", "toán", "mục", "nghị", "quyết", "kh", "huyện", "tỉnh", "thành", "phố", "xã", "thị", "cấp", "trên":
		return true
	}
	return t.digits
}

// comparedObject reports words before a subject's cue (toks) that end
// with a comparative — "lớn hơn", "cao hơn", "nhiều hơn", "thấp hơn",
// "ít hơn" — so that the cue names the object of a comparison, not the
// subject of its figure.
func comparedObject(toks []tok) bool {
	n := len(toks)
	if n < 2 || toks[n-1].s != "hơn" {
		return false
	}
	switch toks[n-2].s {
	case "lớn", "cao", "nhiều", "thấp", "ít", "nhỏ":
		return true
	}
	return false
}

// targetWordBefore reports a target verb ("phấn đấu", "mục tiêu") before
// figure f in its sentence, whatever kind words come between.
func targetWordBefore(f *figure) bool {
	for _, k := range f.sentCues().kind {
		if k.pos >= f.a.Start {
			break
		}
		if k.val == cuePlan && !k.noun {
			return true
		}
	}
	return false
}

// thresholdAfter reports "trở lên" (or more) right after a figure: a
// level to reach, as targets set it ("đạt từ 3% trở lên").
func thresholdAfter(post []tok) bool {
	return len(post) >= 2 && post[0].s == "trở" && post[1].s == "lên"
}

// afterRatio reports that the figure before f in its clause is a
// percentage ("bằng 71,3% kế hoạch, cao hơn 6,2% …").
func afterRatio(f *figure) bool {
	return f.prevReal > 0 && f.prevReal <= f.a.Start && strings.HasSuffix(strings.TrimSpace(f.p.text[:f.prevReal]), "%")
}

// namedAfterPair reads a pair "N/M" of a count whose indicator is named
// right after it: "đạt 12/9 chỉ tiêu phát triển đảng viên được giao", "với
// 38/37 đồng chí được kết nạp". The pair counts what that indicator counts
// (people, households), the result and then its target — not targets met
// of targets set, nor anything of the subject before. The noun after the
// pair is the targets noun or one the indicator counts; only "được", "đã"
// or "mới" may stand between it and the indicator's cue. It returns the
// indicator, or -1.
func (x *docReader) namedAfterPair(f *figure, later []cueEvent) int {
	a := f.a
	if a.Form != vnnum.Fraction || a.UOM != "" || a.Noun == "" || a.Value <= 0 || a.Of <= 0 || len(later) == 0 {
		return -1
	}
	k := sort.Search(len(f.ctoks), func(k int) bool { return f.ctoks[k].start >= a.End })
	for k < len(f.ctoks) && (f.ctoks[k].s == "được" || f.ctoks[k].s == "đã" || f.ctoks[k].s == "mới") {
		k++
	}
	e := later[0]
	if e.at != k || e.other || len(e.inds) == 0 {
		return -1
	}
	i := e.inds[0]
	uom := x.ind.list[i].UOM
	if uom == "%" || uom == "VND" || uom == "chỉ tiêu" {
		return -1
	}
	if x.ind.counted(a.Noun) >= 0 {
		return i // "12/9 chỉ tiêu phát triển đảng viên"
	}
	one := a
	one.Form, one.Of = vnnum.Plain, 0
	if ok, _ := x.ind.fits(i, one, a.Noun, false); ok {
		return i // "38/37 đồng chí được kết nạp"
	}
	return -1
}

// pairOfIndicator emits the result and target of a pair read by
// namedAfterPair for indicator i, as resultPair does for a pair after
// its cue; after a target verb the pair is the target's alone.
func (x *docReader) pairOfIndicator(f *figure, i int, later []cueEvent) {
	a := f.a
	in := x.ind.list[i]
	f.subjStart, f.subjEnd = f.ctoks[later[0].at].start, f.ctoks[later[0].end-1].end
	year := x.finalYear(f, facts.Actual) // of the pair itself (see termOfPair)
	one := a
	one.Form, one.Of, one.Noun = vnnum.Plain, 0, ""
	f.a = one
	// The target first: the result is what the sentence reports, and the
	// kind a later figure with no kind word of its own goes on with.
	f.a.Value = a.Of
	x.emitYear(f, in, facts.Plan, 1, year)
	if !f.targetVerb() {
		f.a.Value = a.Value
		x.emitYear(f, in, facts.Actual, 1, year)
	}
}

// pairShare reports a rate right after a pair "N/M" (result/target) of
// the indicator named after it: "đạt 12/9 chỉ tiêu phát triển đảng viên
// được giao trong năm 2024 với tỉ lệ 133,33%", "38/37 đồng chí được kết
// nạp đạt tỉ lệ 102,70%" — the result's share of its target.
func pairShare(f *figure) bool {
	pre := f.sentenceBefore()
	n := len(pre)
	if n < 4 || pre[n-1].s != "lệ" || pre[n-2].s != "tỷ" && pre[n-2].s != "tỉ" || pre[n-3].s != "với" && pre[n-3].s != "đạt" {
		return false
	}
	return pairNamedBefore(pre[:n-3], f.a.Start)
}

// bareRate reports a decimal written with no unit (no %, no noun) right
// after the result verb of a rate the clause is speaking of ("tỷ lệ … đạt
// (được) 89,86", ending the clause): a percentage whose sign was left off.
// Whole numbers and figures with words after them are left as they are.
func bareRate(f *figure, subj subject, ind *indicatorSet) bool {
	a := f.a
	if a.Form != vnnum.Plain || a.UOM != "" || a.Noun != "" || subj.none || len(subj.inds) == 0 || a.Value == math.Trunc(a.Value) || a.Value <= 0 || a.Value > 100 {
		return false
	}
	if ind.list[subj.inds[0]].UOM != "%" || ind.growth(ind.list[subj.inds[0]]) {
		return false
	}
	if !strings.Contains(f.p.text[a.NumStart:a.End], ",") {
		return false // "89.86": a dot is no Vietnamese decimal mark here
	}
	pre := tokRange(f.ctoks, subj.end, a.Start)
	n := len(pre)
	if n >= 2 && pre[n-1].s == "được" && pre[n-2].s == "đạt" {
		n--
	}
	if n == 0 || pre[n-1].s != "đạt" {
		return false
	}
	post := f.clauseAfter()
	return len(post) == 0 || !post[0].word
}

// superlativeChange reads a change verb ranked by a superlative at the
// end of toks ("giảm nhiều nhất", "tăng cao nhất trên toàn tỉnh", "giảm
// ít nhất"), a scope after it or not, returning the verb.
func superlativeChange(toks []tok) (int, bool) {
	for k := len(toks) - 1; k >= 2 && k >= len(toks)-6; k-- {
		if toks[k].s != "nhất" {
			if !toks[k].word || toks[k].digits {
				return 0, false
			}
			continue
		}
		if w := toks[k-2].s; w == "tăng" || w == "giảm" {
			return verbWords[w], true
		}
		return 0, false
	}
	return 0, false
}

// planBaseAfter reports a plan right after a percentage as its base, with
// or without "so với", in any of the words and initials a ratio to plan
// names it by (comparator): "61% so với chỉ tiêu", "80% kế hoạch", "95% so
// với dự toán", "104,5% so KH", "105% so với Nghị quyết", "105% NQ".
func planBaseAfter(post []tok) bool {
	if plan, _, _ := comparator(post); plan {
		return true
	}
	k := 0
	if len(post) >= 2 && post[0].s == "so" && post[1].s == "với" {
		k = 2
	}
	if k+1 < len(post) && (post[k].s == "chỉ" || post[k].s == "mục") && post[k+1].s == "tiêu" {
		return true
	}
	if k >= len(post) {
		return false
	}
	_, _, ok := planNounM.match(post, k)
	return ok
}

// rateLevelBefore reports a percentage as the figure right before in
// pre (the sentence up to a figure): "tỷ lệ kết nạp đảng viên bình quân
// hằng năm là 7%, đạt 100% so với Nghị quyết" measures the rate against
// its plan, not a count.
func rateLevelBefore(pre []tok) bool {
	for k := len(pre) - 1; k > 0; k-- {
		if pre[k].digits {
			return false
		}
		if pre[k].s == "%" && pre[k-1].digits {
			return true
		}
	}
	return false
}

// stockThenLifted reports a count of the households lifted out of
// poverty that follows the stock of the poor in the same stretch: "số hộ
// nghèo còn 614 hộ, giảm 182 hộ", "hộ nghèo còn lại 614 hộ, đã giảm được
// 182 hộ". The "còn" that denies the households lifted governs the stock
// it counts, not the figure after it with a verb of its own, which is
// then read from the stock's end (as "là 614 hộ, giảm 182 hộ" is); the
// words before the "còn" still deny it ("số hộ nghèo được hỗ trợ nhà ở
// còn 40 hộ, giảm 12 hộ").
func (x *docReader) stockThenLifted(f *figure, i, from int) bool {
	if f.prevEnd <= from || f.prevEnd > f.a.Start || f.a.UOM != "hộ" && f.noun != "hộ" {
		return false
	}
	own := false
	for _, t := range tokRange(f.ctoks, f.prevEnd, f.a.Start) {
		switch t.s {
		case "giảm", "thoát":
			own = true
		}
	}
	if !own {
		return false
	}
	stretch := tokRange(f.ctoks, from, f.prevEnd)
	k := len(stretch) - 1
	if k >= 0 && stretch[k].s == "%" {
		k-- // the rate of the poor as their level: "tỷ lệ hộ nghèo giảm còn 2,51%, giảm 182 hộ"
		for k >= 0 && (stretch[k].digits || stretch[k].s == ",") {
			k--
		}
	}
	for k >= 0 && (stretch[k].digits || stretch[k].s == "." || stretch[k].s == "hộ" || stretch[k].s == "nghèo") {
		k-- // "614 hộ (nghèo)", "1.245"
	}
	for k >= 0 && approxBefore[stretch[k].s] {
		k--
	}
	if k >= 0 && stretch[k].s == "lại" {
		k--
	}
	if k < 0 || stretch[k].s != "còn" || k+1 >= len(stretch) || stretch[k+1].s == "hộ" {
		return false
	}
	return !x.ind.denied(i, f.ctoks, from, stretch[k].start) && !x.ind.denied(i, f.ctoks, f.prevEnd, f.a.Start)
}
