package extract

// Whose figure: the nation, a region, a group of units or an area named as
// where a figure is, rather than the reporting unit ("cả nước", "5 xã",
// "khu vực nông thôn"). Apart from kind_part.go because these name places,
// not parts of a total.

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

// groupNamed reports a level word made a kind by a group word after it
// ("xã đặc biệt khó khăn", "huyện nghèo") among toks, with no name after
// the kind ("huyện nghèo Đakrông" is one district): a group of units.
func groupNamed(orig string, toks []tok) bool {
	for i := range toks {
		if !levelFirstTok(&toks[i]) {
			continue
		}
		if _, end, ok := matchLevel(orig, toks, i); ok && groupWordAt(orig, toks, end) && epithetEnd(orig, toks, end) == end {
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
	plural := k < len(stoks) && (pluralBefore[stoks[k].s] && stoks[k].s != "cấp" || stoks[k].digits && len(stoks[k].s) <= 3)
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
		if !groupWordAt(orig, stoks, e2) && !pluralBefore[stoks[i-1].s] && !stoks[i-1].digits {
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
	return n >= 2 && toks[n-2].digits && isLevelTok(toks[n-1].s)
}

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

// areaMayOpen reports whether paragraph tokens ptoks name an area at
// all as areaOpen reads one ("khu vực" or "vùng" and an area word):
// without one, areaOpen is false at every figure, so the paragraph is
// scanned once rather than up to each figure.
func (x *docReader) areaMayOpen(ptoks []tok) bool {
	if len(ptoks) == 0 {
		return false
	}
	if len(x.areaToks) == len(ptoks) && &x.areaToks[0] == &ptoks[0] {
		return x.areaAny
	}
	x.areaToks, x.areaAny = ptoks, false
	for k := range ptoks {
		j := k + 1
		switch ptoks[k].s {
		case "khu":
			if j >= len(ptoks) || ptoks[j].s != "vực" {
				continue
			}
			j++
		case "vùng":
		default:
			continue
		}
		if j+1 < len(ptoks) && areaWord(ptoks[j].s, ptoks[j+1].s) {
			x.areaAny = true
			break
		}
	}
	return x.areaAny
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
