package extract

// Shares of a whole: "chiếm 30% GRDP", the structure of the economy and its
// services item, shares of the plan named after an amount, the households
// holding a cultural title, fractions of a count. Apart from kind.go
// because a share is a ratio of another figure, read from words after the
// figure.

import (
	"slices"
	"strings"

	"github.com/chitieu/chitieu/internal/vnnum"
)

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
	for k--; k >= 0 && (before[k].digits || before[k].s == "," || before[k].s == "."); k-- {
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
	if k < 0 || !before[k].word || before[k].digits {
		return false // the figure before is no count with its noun
	}
	for k >= 0 && before[k].word && !before[k].digits {
		k-- // the count's noun
	}
	for k >= 0 && (before[k].digits || before[k].s == ".") {
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
	if f.a.UOM != "%" {
		return -1
	}
	// The structure is named by "cơ cấu …" (structureM) or opened by "tỷ
	// trọng" (sectorSharesOpen): without their words in the sentence,
	// neither walk can find them.
	structure := !structureM.absentFrom(f.words) && hasPhrase(f.sentenceBefore(), structureM)
	if !structure && x.structItems != f.p && !(f.words.mayHave(hashTrong) && sectorSharesOpen(f.sentenceBefore())) {
		return -1
	}
	item := afterLastMark(f.clauseBefore())
	if len(item) == 0 {
		// "+ Ngành dịch vụ: 40,62%": the item's label before a colon.
		item = itemLabel(f.clauseBefore())
	}
	if compactPlan(f) && f.prevReal > f.clause.Start {
		// "thương mại - dịch vụ 21,9%/NQ 24%": the plan after the slash
		// is the item's whose figure stands before it.
		toks := tokRange(f.ctoks, f.clause.Start, f.prevReal)
		n := len(toks)
		for n > 0 && (toks[n-1].digits || toks[n-1].s == "," || toks[n-1].s == "." || toks[n-1].s == "%") {
			n--
		}
		item = afterLastMark(toks[:n])
	}
	if !servicesItem(item) && f.prevReal > f.clause.Start && f.prevReal <= f.a.Start {
		// "khu vực 2 chiếm 17,95% khu vực 3 chiếm 60,68%": items with
		// no mark between them begin after the figure before.
		if since := afterLastMark(tokRange(f.ctoks, f.prevReal, f.a.Start)); servicesItem(since) {
			item = since
		}
	}
	if !servicesItem(item) && !servicesItem(commaLabel(tokRange(f.ctoks, max(f.clause.Start, f.prevReal), f.a.Start))) && !respectiveServices(f) {
		return -1
	}
	return x.ind.index("ty_trong_dich_vu")
}

// sectorSharesOpen reports "tỷ trọng" right before a sector that is not
// the services ("tỷ trọng nông nghiệp 34,4%; công nghiệp - xây dựng
// 31,1%; dịch vụ 34,5%", "tỷ trọng ngành công nghiệp …"): a list of the
// sectors' shares opens, the structure of the economy as "cơ cấu kinh
// tế" opens it.
func sectorSharesOpen(toks []tok) bool {
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].s != "tỷ" && toks[k].s != "tỉ" || toks[k+1].s != "trọng" {
			continue
		}
		j := k + 2
		if toks[j].s == "ngành" || toks[j].s == "các" {
			j++
		}
		if j < len(toks) && (toks[j].s == "nông" || toks[j].s == "công" || toks[j].s == "lâm" || toks[j].s == "thủy") {
			return true
		}
	}
	return false
}

// commaLabel is a list item's label whose sector names a comma joins
// ("…; dịch vụ, thương mại 34,5%"): the words since the last ";", ":" or
// "(" when they are words, commas and dashes only; none otherwise.
func commaLabel(toks []tok) []tok {
	from := 0
	for k := len(toks) - 1; k >= 0; k-- {
		if s := toks[k].s; s == ";" || s == ":" || s == "(" || s == ")" {
			from = k + 1
			break
		}
	}
	for _, t := range toks[from:] {
		if !t.word && t.s != "," && t.s != "-" && t.s != "–" || t.digits {
			return nil
		}
	}
	return toks[from:]
}

// itemLabel is the label of a "label: value" item whose colon ends toks
// (the words before a figure): the words since the mark before the
// colon, without a list marker ("+", "-", "a)"). Nil when toks does not
// end in a colon.
func itemLabel(toks []tok) []tok {
	n := len(toks)
	if n < 2 || toks[n-1].s != ":" {
		return nil
	}
	item := afterLastMark(toks[:n-1])
	i := 0
	for i < len(item) && listMarker(item, i) {
		i++
	}
	return item[i:]
}

// structureHead reports a paragraph that heads a list of the economy's
// structure on the lines after it ("(2) Cơ cấu kinh tế:"): it names the
// structure, ends in a colon and gives no figure.
func structureHead(toks []tok) bool {
	n := len(toks)
	if n < 3 || toks[n-1].s != ":" || !hasPhrase(toks, structureM) {
		return false
	}
	for i := range toks {
		if toks[i].digits && !listMarker(toks, i) && !(i > 0 && toks[i-1].s == "(" && i+1 < n && toks[i+1].s == ")") {
			return false
		}
	}
	return true
}

// bulletItem reports a paragraph that opens with a bullet ("+", "-",
// "–", "•", "*"): an item of the list the paragraph before it heads.
func bulletItem(toks []tok) bool {
	if len(toks) == 0 {
		return false
	}
	switch toks[0].s {
	case "+", "-", "–", "•", "*":
		return true
	}
	return false
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
		if !t.word && t.s != "-" && t.s != "–" || t.digits {
			return false
		}
	}
	return true
}

// otherSectorItem reports a percentage that ends a list item labelled by
// a sector of its own other than the services ("…, công nghiệp – tiểu
// thủ công nghiệp 40% và nông nghiệp 18%"): after the subject and another
// figure, the words since the last mark (or "và"), perhaps ending in
// "chiếm", are words only and name a sector.
func otherSectorItem(f *figure, subj subject) bool {
	if subj.none || f.prevReal <= subj.end || f.prevReal > f.a.Start {
		return false
	}
	item := afterLastMark(tokRange(f.ctoks, max(f.prevReal, f.clause.Start), f.a.Start))
	for len(item) > 0 && (item[0].s == ";" || item[0].s == "và") {
		item = item[1:]
	}
	if len(item) == 0 || item[0].start < subj.end || servicesItem(item) {
		return false
	}
	sector := false
	for k, t := range item {
		if !t.word && t.s != "-" && t.s != "–" || t.digits {
			return false
		}
		switch t.s {
		case "nghiệp", "sản", "dựng", "vụ", "mại", "lịch":
			// công/nông/lâm nghiệp, thủy sản, xây dựng, dịch vụ,
			// thương mại, du lịch
			sector = sector || k > 0
		}
	}
	return sector
}

// otherSectorSince reports a sector other than the services named
// between the services' cue and a percentage ("…, tiếp đến là công
// nghiệp và xây dựng (hơn 22%) và nông lâm thuỷ sản (0,6%)", "tăng tỷ
// trọng dịch vụ (55,2%), giảm tỷ trọng nông nghiệp (14,7%)"): the sector
// named last before a share is the share's, not the services.
func otherSectorSince(f *figure, subj subject) bool {
	if subj.none || subj.end > f.a.Start {
		return false
	}
	toks := tokRange(f.ctoks, subj.end, f.a.Start)
	other := false
	for i := 0; i < len(toks); i++ {
		if _, e, ok := servicesM.match(toks, i); ok {
			other = false
			i = e - 1
			continue
		}
		if _, e, ok := otherBranchM.match(toks, i); ok {
			other = true
			i = e - 1
		}
	}
	return other
}

// otherBranchM names the economy's other branches in a structure list
// (tourism is part of the services: "dịch vụ - du lịch").
var otherBranchM = newListMatcher(economyBranches, 1)

// economyBranches are the branches of the economy besides the services
// (the tokenizer writes "thuỷ" as "thủy").
var economyBranches = []string{"công nghiệp", "nông nghiệp", "nông, lâm", "nông - lâm", "nông lâm", "lâm nghiệp", "thủy sản", "xây dựng", "thuế sản phẩm"}

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
	toks := f.sentenceBefore()
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
var otherSectorM = newListMatcher(append(slices.Clip(economyBranches), "du lịch", "kinh tế số"), 1)

// sectorEnds are the words that may follow a sector named whole: a verb,
// not a noun that narrows it ("dịch vụ lưu trú").
var sectorEnds = map[string]bool{"là": true, "được": true, "chiếm": true, "có": true, "vẫn": true, "tiếp": true, "luôn": true, "giữ": true, "đạt": true, "tăng": true, "đóng": true, "trở": true}

// servicesItem reports the words of a structure list's item that name the
// services ("thương mại - dịch vụ", "khu vực dịch vụ chiếm").
func servicesItem(item []tok) bool {
	for len(item) > 0 && (item[0].s == ";" || item[0].s == ",") {
		item = item[1:]
	}
	if n := len(item); n >= 3 && item[n-3].s == "chiếm" && (item[n-2].s == "tỷ" || item[n-2].s == "tỉ") && item[n-1].s == "trọng" {
		item = item[:n-2] // "dịch vụ chiếm tỷ trọng 60,68%"
	}
	if n := len(item); n > 1 && (item[n-1].s == "từ" || item[n-1].s == "khoảng" || item[n-1].s == "trên" || item[n-1].s == "dưới") {
		item = item[:n-1] // "dịch vụ từ 17,2% - 17,4%": the figure's own qualifier
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
	if len(item) == 3 && item[0].s == "khu" && item[1].s == "vực" && (item[2].s == "3" || item[2].s == "iii") {
		// "khu vực 1 chiếm 21,19%, khu vực 2 …, khu vực 3 chiếm
		// 60,68%": the sectors by their statistical numbers, the
		// third the services.
		return true
	}
	if _, e, ok := servicesM.match(item, 0); ok && e == len(item) {
		return true
	}
	if len(item) > 1 && item[0].s == "ngành" || len(item) > 2 && (item[0].s == "khu" && item[1].s == "vực" || item[0].s == "lĩnh" && item[1].s == "vực") {
		// "ngành thương mại - dịch vụ 17,2%": the sector's head noun
		// before any name of the services.
		from := 1
		if item[0].s != "ngành" {
			from = 2
		}
		_, e, ok := servicesM.match(item, from)
		return ok && e == len(item)
	}
	return false
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
	post := f.clauseAfter()
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
			if post[k].s == "có" && post[k+1].s != "văn" && post[k+1].s != "danh" {
				// "100% thôn, bản có nhà văn hóa", "… có sân thể thao, nhà
				// văn hóa": what the areas have (a building, a ground) is
				// no title they hold.
				return -1
			}
		}
		if holder && code == "ty_le_khu_dan_cu_van_hoa" && post[k].s == "tương" && post[k+1].s == "đương" && post[k-1].s == "và" {
			// "98,18% thôn, ấp, khu phố và tương đương được công nhận
			// …": the units that rank as such are residential areas too
			// (units, not households: "hộ gia đình và tương đương" is
			// no family).
			k++
			continue
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
	return t.digits
}

// shareBeforeAt reports a share or a count of a whole ("91%", "480/662")
// among toks[:end]: a figure of an earlier item, not a year.
func shareBeforeAt(toks []tok, end int) bool {
	for k := 0; k+1 < end; k++ {
		if toks[k].digits && (toks[k+1].s == "%" || toks[k+1].s == "/") {
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
		if !t.word || cultureHolderWord[t.s] || t.s == "tỷ" || t.s == "lệ" || t.digits {
			return false
		}
	}
	return true
}

// shareOfWhole reports a fraction N/M of a count ("16.113/506.184 hộ cận
// nghèo") whose clause goes on, before any other figure, to a percentage
// that is N of M, given as a rate or a share ("tỷ lệ 3,18%", "chiếm
// 3,2%"): the count of a part of a whole M, not a
// result N against a target M. Money is no count of a whole, and a
// percentage of a plan ("2.532/2.579 tỷ đồng, đạt tỷ lệ 98,2% kế
// hoạch") is the result's ratio to its target.
func shareOfWhole(f *figure) bool {
	a := f.a
	if a.UOM != "" || a.Of <= 0 || a.Value <= 0 || a.Value >= a.Of {
		return false
	}
	if _, money := moneyAfter(f.p.text, a.End); money {
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
	if afterPct := tokenize(lowerSameLen(f.p.text[f.a.End+next[0].End:end]), nil); len(afterPct) > 0 {
		if _, _, ok := planNounM.match(afterPct, 0); ok {
			return false
		}
	}
	share := 100 * a.Value / a.Of
	d := share - next[0].Value
	return d < 0.06 && d > -0.06
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
		case t.digits:
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

// labelListShare reads shares given by position after a list of the
// sectors' names ("Tỷ trọng nông - lâm - thủy sản; công nghiệp - xây
// dựng; dịch vụ trong GRDP ước đạt 19,5%; 44,8%; 31% (KH 2023: 18-19%;
// 46-47%; 29-30%)", "tỷ trọng nông nghiệp, công nghiệp, dịch vụ lần
// lượt là 25%, 35%, 40%"): in each group of as many percentages as
// names (the figures outside brackets, the figures of each bracket), the
// one in the services' place is the services' share. The services
// share, or -1.
func (x *docReader) labelListShare(f *figure) int {
	if f.a.UOM != "%" || !f.words.mayHave(hashTrong) && !f.words.mayHave(hashCau) {
		return -1 // the list is labelled by "tỷ trọng" or "cơ cấu"
	}
	st := f.sentenceBefore()
	at := -1
	for k := 0; k+1 < len(st); k++ {
		if (st[k].s == "tỷ" || st[k].s == "tỉ") && st[k+1].s == "trọng" || st[k].s == "cơ" && st[k+1].s == "cấu" {
			at = k + 2
			break
		}
	}
	if at < 0 || at >= len(st) {
		return -1
	}
	if st[at].s == "kinh" && at+1 < len(st) && st[at+1].s == "tế" {
		at += 2
	}
	// The names: items split by ";" or ",", up to the first figure or a
	// word that ends the list (a bracket, "trong", "lần lượt", "ước").
	var items [][]tok
	cur := []tok{}
	k := at
	for ; k < len(st); k++ {
		t := st[k]
		if t.digits {
			break
		}
		if t.s == ";" || t.s == "," {
			items = append(items, cur)
			cur = []tok{}
			continue
		}
		if t.s == "(" || t.s == ":" || labelListEnd[t.s] {
			break
		}
		cur = append(cur, t)
	}
	items = append(items, cur)
	if len(items) < 2 {
		return -1
	}
	si := -1
	for i, it := range items {
		if len(it) == 0 {
			return -1
		}
		if servicesItem(it) {
			si = i
		}
	}
	if si < 0 {
		return -1
	}
	// The groups of percentages after the names: outside brackets, and
	// each bracket's own.
	text := f.p.text[f.sent.Start:f.sent.End]
	from := 0
	if k < len(st) {
		from = st[k].start - f.sent.Start
	} else {
		from = f.a.Start - f.sent.Start
	}
	var outside []vnnum.Amount
	groups := map[int][]vnnum.Amount{}
	for _, a := range vnnum.Scan(text) {
		if a.UOM != "%" || a.Start < from {
			continue
		}
		b := bracketOpenBefore(text, a.Start)
		if b < 0 {
			outside = append(outside, a)
		} else {
			groups[b] = append(groups[b], a)
		}
	}
	pos := f.a.Start - f.sent.Start
	pick := func(g []vnnum.Amount) bool {
		return len(g) == len(items) && g[si].Start == pos
	}
	if pick(outside) {
		return x.ind.index("ty_trong_dich_vu")
	}
	for _, g := range groups {
		if pick(g) {
			return x.ind.index("ty_trong_dich_vu")
		}
	}
	return -1
}

// labelListEnd are the words that end a list of the sectors' names before
// their figures.
var labelListEnd = map[string]bool{"trong": true, "lần": true, "tương": true, "ước": true, "đạt": true, "là": true, "chiếm": true, "theo": true, "năm": true}

// bracketOpenBefore is the byte offset of the bracket open at pos in
// text, -1 if pos lies in none.
func bracketOpenBefore(text string, pos int) int {
	open := -1
	for i := 0; i < pos && i < len(text); i++ {
		switch text[i] {
		case '(':
			open = i
		case ')':
			open = -1
		}
	}
	return open
}

// commerceRevenue reads a bare revenue ("(tổng) doanh thu") that a
// clause whose subject is the commerce-and-services sector gives a figure
// ("thương mại - dịch vụ tiếp tục giữ vai trò chủ lực với tổng doanh thu
// ước đạt gần 29.730 tỷ đồng", "Hoạt động thương mại, dịch vụ sôi động,
// tổng doanh thu đạt 3.100 tỷ đồng", with its unit and year between: "… của
// thị xã Từ Sơn năm 2020 tiếp tục sôi động với tổng doanh thu ước 14.260
// tỷ đồng"): the sector's revenue, the total of
// retail sales and services, as "doanh thu thương mại - dịch vụ" names it.
// Another sector as the subject ("Du lịch …, doanh thu đạt …") or the
// services alone give none.
func (x *docReader) commerceRevenue(f *figure) int {
	if f.a.UOM != "VND" {
		return -1
	}
	c := tokRange(f.ctoks, max(f.clause.Start, f.prevReal), f.a.Start)
	n := len(c)
	for n > 0 {
		switch c[n-1].s {
		case "ước", "đạt", "được", "là", "khoảng", "gần", "hơn", "trên", "xấp", "xỉ", "thực", "hiện":
			n--
			continue
		case "tính": // "ước tính (đạt)": the estimate's verb, as "ước đạt"
			if n >= 2 && c[n-2].s == "ước" {
				n -= 2
				continue
			}
		}
		break
	}
	if n < 2 || c[n-2].s != "doanh" || c[n-1].s != "thu" {
		return -1
	}
	n -= 2
	if n > 0 && c[n-1].s == "tổng" {
		n--
	}
	if n == 0 || c[n-1].s != "với" && c[n-1].s != "," {
		return -1
	}
	n--
	k := skipLead(c[:n], 0)
	if k+1 < n && (c[k].s == "hoạt" && c[k+1].s == "động" || c[k].s == "lĩnh" && c[k+1].s == "vực") {
		k += 2
	} else if k < n && c[k].s == "ngành" {
		k++
	}
	if k >= n {
		return -1
	}
	_, e, ok := servicesM.match(c[:n], k)
	if !ok || e-k < 2 || !hasWord(c[k:e], "thương") && !strings.HasPrefix(c[k].s, "tm") {
		return -1 // the services alone, or no sector
	}
	for j, t := range c[e:n] {
		if t.digits && j > 0 && c[e+j-1].s == "năm" && len(t.s) == 4 {
			continue // "thương mại, dịch vụ của thị xã năm 2020 …": the year
		}
		if !t.word || t.digits {
			return -1 // the subject's clause must run to the revenue with words only
		}
	}
	return x.ind.index("tong_muc_ban_le")
}

// registeredShare reports a share of the households that registered for
// or pledged to the cultural-family title ("đăng ký", "ký cam kết"), not
// of those recognised: reading the figure's clause up to the figure, and
// after it the words up to the next mark, the last such word comes after
// any recognition ("được công nhận", "đạt danh hiệu", "đạt chuẩn", "đạt
// gia đình văn hóa") and any rate named afresh ("tỷ lệ gia đình văn hóa").
func registeredShare(f *figure) bool {
	reg := false
	step := func(toks []tok, k int) {
		switch t := toks[k].s; {
		case t == "đăng" && k+1 < len(toks) && toks[k+1].s == "ký", t == "cam" && k+1 < len(toks) && toks[k+1].s == "kết":
			reg = true
		case t == "công" && k+1 < len(toks) && toks[k+1].s == "nhận":
			reg = false
		case t == "đạt" && k+1 < len(toks) && (toks[k+1].s == "danh" || toks[k+1].s == "chuẩn" || toks[k+1].s == "tiêu" || toks[k+1].s == "gia" || toks[k+1].s == "gđvh"):
			reg = false
		case (t == "tỷ" || t == "tỉ") && k+1 < len(toks) && toks[k+1].s == "lệ":
			named := false
			for j := k + 2; j < len(toks) && j <= k+4; j++ {
				named = named || toks[j].s == "đăng" || toks[j].s == "cam"
			}
			if !named {
				reg = false
			}
		}
	}
	pre := f.clauseBefore()
	for k := range pre {
		step(pre, k)
	}
	post := f.post()
	for k := range post {
		if s := post[k].s; s == "," || s == ";" || s == "(" || s == ")" || s == "." || post[k].digits {
			break
		}
		step(post, k)
	}
	return reg
}

// percentChain reports a percentage in a chain of three or more joined by
// dashes ("14,7% - 30,1% - 55,2%", "6,1 - 7,2 - 8,3%"): a dash right
// after it and another percentage, or a percentage and a dash right
// before it, beside a figure read as a range (two of them) or after one.
func percentChain(pre, post []tok) bool {
	dash := func(t tok) bool { return t.s == "-" || t.s == "–" || t.s == "—" }
	if len(post) >= 2 && dash(post[0]) && post[1].digits {
		for k := 2; k < len(post) && k <= 5; k++ {
			if post[k].s == "%" {
				return true
			}
			if !post[k].digits && post[k].s != "," && post[k].s != "." {
				break
			}
		}
	}
	n := len(pre)
	return n >= 2 && dash(pre[n-1]) && pre[n-2].s == "%"
}
