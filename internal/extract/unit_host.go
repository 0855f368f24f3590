package extract

// Mentions that are no subject: a unit named as the host of a congress or
// ceremony, a council's session, or a governing body or official before a
// commune. Apart from unit.go because scan asks these of a mention after
// reading it, each with its own words.

// congressOf reports a unit named at toks[i:end] as the party
// organisation whose congress is held: "Đại hội (đại biểu) Đảng bộ phường
// Kinh Môn lần thứ I", "Đảng bộ phường Tân An (long trọng) tổ chức Đại
// hội". Said in the lead, the congress is what the text reports on, and
// its results are that unit's, however often the visiting officials of
// the province or city are named with their offices ("Phó Chủ tịch UBND
// TP Hải Phòng"): the unit counts as the headline's.
func congressOf(toks []tok, i, end int) bool {
	k := i - 1
	if k < 1 || toks[k].s != "bộ" || toks[k-1].s != "đảng" {
		return false
	}
	k -= 2
	// The congress's designation may stand between: "Đại hội đại biểu
	// lần thứ XIII, nhiệm kỳ 2020 - 2025 Đảng bộ xã Tham Đôn".
	if k >= 4 && toks[k-1].s == "-" && toks[k].digits && toks[k-2].digits && toks[k-3].s == "kỳ" && toks[k-4].s == "nhiệm" {
		k -= 5
		if k >= 0 && toks[k].s == "," {
			k--
		}
	}
	if k >= 2 && toks[k-1].s == "thứ" && toks[k-2].s == "lần" {
		k -= 3
	}
	if k >= 1 && toks[k].s == "biểu" && toks[k-1].s == "đại" {
		k -= 2
	}
	if k >= 1 && toks[k].s == "hội" && toks[k-1].s == "đại" {
		return true
	}
	k = parentApposition(toks, end)
	for from := k; k < len(toks) && k < from+3 && ceremonyWord(toks[k].s); {
		k++
	}
	return k+3 < len(toks) && toks[k].s == "tổ" && toks[k+1].s == "chức" && toks[k+2].s == "đại" && toks[k+3].s == "hội"
}

// hostOf reports a unit, named right before toks[end] (with its parent in
// brackets, "(Lâm Đồng)", "(tỉnh Lâm Đồng)", and "long trọng", "đã"
// between), that holds the event a text reports: "UBND huyện Lâm Hà (Lâm
// Đồng) tổ chức hội nghị tổng kết", "HĐND phường Tân An tổ chức kỳ họp
// thứ 5", "huyện Lâm Hà tổ chức Đại hội". Said in the lead, the event is
// what the text reports on and its results are the host's, however often
// the visiting officials of the province are named with their offices
// ("Phó Chủ tịch UBND tỉnh Lâm Đồng"): the host counts as the headline's,
// as a congress's party organisation does (congressOf). Fresh-text kind
// K8 of docs/fresh-errors.md: a lower unit's text taken for its parent's.
func hostOf(toks []tok, i, end int) bool {
	// (Only a lead with one host: see main.)
	if sessionBefore(toks, i) {
		return true
	}
	if i > 1 && toks[i-1].s == "," && toks[i-2].word && !toks[i-2].digits {
		// "huyện Ba Tơ, tỉnh Quảng Ngãi khai mạc …": the parent in
		// apposition holds nothing. (After a date, "Trong 2 ngày
		// 9-10/6, xã Đa Quyn, huyện Đức Trọng đã tổ chức đại hội", the
		// comma opens the sentence's subject.)
		return false
	}
	k := end
	if k < len(toks) && toks[k].s == "(" {
		for k < len(toks) && k < end+6 && toks[k].s != ")" {
			k++
		}
		if k >= len(toks) || toks[k].s != ")" {
			return false
		}
		k++
	}
	k = parentApposition(toks, k)
	for k < len(toks) && ceremonyWord(toks[k].s) {
		k++
	}
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k].s + " " + toks[k+1].s {
	case "khai mạc", "tổng kết":
		// "HĐND xã Tân Hà (Lâm Đồng) khai mạc kỳ họp thứ 3", "huyện
		// Lâm Hà (Lâm Đồng) tổng kết công tác năm 2023".
		return true
	case "tổ chức":
	default:
		return false
	}
	if k+2 >= len(toks) {
		return false
	}
	switch k += 2; toks[k].s {
	case "lễ", "buổi":
		return true
	case "hội", "kỳ", "đại", "phiên":
		if k+1 >= len(toks) {
			return false
		}
		switch toks[k].s + " " + toks[k+1].s {
		case "hội nghị", "hội thảo", "kỳ họp", "đại hội", "phiên họp":
			return true
		}
	}
	return false
}

// ceremonyWord reports a word that may stand between a unit and the
// event it holds: "(long trọng) tổ chức", "đã (chính thức) khai mạc".
func ceremonyWord(w string) bool {
	switch w {
	case "long", "trọng", "đã", "chính", "thức":
		return true
	}
	return false
}

// parentApposition is the index after the province a lower unit is
// placed in by apposition at toks[k] (", tỉnh Quảng Ngãi", ", thành phố
// Hà Nội"), or k: "Đảng bộ huyện Ba Tơ, tỉnh Quảng Ngãi đã khai mạc Đại
// hội" is the district's congress, as with the province in brackets.
func parentApposition(toks []tok, k int) int {
	if k+2 >= len(toks) || toks[k].s != "," {
		return k
	}
	e := k + 1
	switch {
	case toks[e].s == "tỉnh", toks[e].s == "huyện", toks[e].s == "quận":
		// (", huyện Đức Trọng": the district a commune lies in.)
		e++
	case toks[e].s == "thành" && toks[e+1].s == "phố", toks[e].s == "thị" && toks[e+1].s == "xã":
		e += 2
	case levelAbbrevAt(toks, e):
		// ", H. Đức Trọng", ", TX. Sơn Tây", ", TP. Đà Lạt", ", TP Huế":
		// the level word as an office abbreviates it.
		e++
		if toks[e].s == "." {
			e++
		}
	default:
		return k
	}
	n := 0
	for e < len(toks) && n < 4 && toks[e].word && !ceremonyWord(toks[e].s) && toks[e].s != "khai" && toks[e].s != "tổ" && toks[e].s != "tổng" {
		e++
		n++
	}
	if n == 0 {
		return k
	}
	return e
}

// sessionBefore reports a council's session named before the unit at
// toks[i]: "(Tại) kỳ họp thứ 12 HĐND huyện Lâm Hà" — the unit whose
// session the text reports (see hostOf).
func sessionBefore(toks []tok, i int) bool {
	k := i - 1
	if b := councilAt(toks, k); b >= 0 {
		k = b - 1
	}
	if k == i-1 {
		return false // a session of a unit is its council's
	}
	for j := k; j >= 1 && j >= k-3; j-- {
		if toks[j].s == "họp" && toks[j-1].s == "kỳ" {
			return true
		}
	}
	return false
}

// councilAt returns the index of the first token of a people's council's
// name ending at toks[k], as an office abbreviates it or writes it out:
// "HĐND", "Hội đồng nhân dân"; -1 if none.
func councilAt(toks []tok, k int) int {
	switch {
	case k < 0:
		return -1
	case toks[k].s == "hđnd":
		return k
	case k >= 3 && toks[k].s == "dân" && toks[k-1].s == "nhân" && toks[k-2].s == "đồng" && toks[k-3].s == "hội":
		return k - 3
	}
	return -1
}

// ownCommuneBefore reports the words before a bare commune level at
// toks[i] that make it the commune itself (see scan).
func ownCommuneBefore(toks []tok, i int) bool {
	if i == 0 {
		return false
	}
	if councilAt(toks, i-1) >= 0 {
		return true // "HĐND xã", "Hội đồng nhân dân xã"
	}
	switch toks[i-1].s {
	case "ubnd", "của", "toàn", "bàn":
		return true
	case "ủy", "bộ":
		// "Đảng ủy xã", and "Đảng bộ phường" (the ward's party
		// organisation, whose meetings a ward's article reports).
		return i > 1 && toks[i-2].s == "đảng"
	}
	return false
}

// bodyBefore reports a governing body's or an official's word before a
// bare level word at toks[i]: "UBND tỉnh", "Ủy ban nhân dân tỉnh", "lãnh
// đạo tỉnh", "Thường trực Tỉnh ủy". A district's article names its
// province's bodies as they visit, assign and direct; such a mention says
// less about what the text is about than "toàn tỉnh" or "của tỉnh". Only
// the province's are discounted: "UBND TX" may be all a town's report
// says of the town.
func bodyBefore(toks []tok, i int) bool {
	switch toks[i-1].s {
	case "ubnd", "hđnd", "đạo", "trực", "mttq":
		return true
	case "dân":
		return i > 1 && toks[i-2].s == "nhân"
	}
	return false
}

// venueOf reports a unit named at toks[i:end] as the venue of an event
// the lead reports: right after "tại", closed by a comma, in a stretch
// that names a session, conference or congress and, as its owner,
// another unit by its name ("Sáng 11/7, tại thành phố Đà Lạt, khai mạc
// Kỳ họp thứ 10 … của HĐND tỉnh Lâm Đồng", "Chiều 5/12, tại thị xã Gia
// Nghĩa, HĐND tỉnh Đắk Nông khai mạc kỳ họp"): the venue is where the
// owner meets. With no other unit named ("tại huyện Krông Pắc, UBND
// huyện tổ chức hội nghị") the venue is the host itself.
func venueOf(orig string, toks []tok, i, end int, venue string) bool {
	if i < 1 || toks[i-1].s != "tại" || end >= len(toks) || toks[end].s != "," {
		return false
	}
	event, owner := false, false
	for k := end + 1; k < len(toks) && toks[k].s != "."; k++ {
		if k+1 < len(toks) {
			a, b := toks[k].s, toks[k+1].s
			if pairIs(a, b, "kỳ họp") || pairIs(a, b, "hội nghị") || pairIs(a, b, "đại hội") || pairIs(a, b, "khai mạc") || pairIs(a, b, "phiên họp") {
				event = true
			}
		}
		if isLevelFirst(toks[k].s) {
			if _, nm, _, _, e, ok := readUnit(orig, toks, k); ok && nm != "" && nm != venue {
				owner = true
				k = e - 1
			}
		}
		if event && owner {
			return true
		}
	}
	return false
}

// levelAbbrevAt reports a level word abbreviated at toks[k]: "H.", "Q.",
// "TX.", "TP." with the dot right after, or "TP" without one.
func levelAbbrevAt(toks []tok, k int) bool {
	switch toks[k].s {
	case "h", "q", "tx", "tp":
	default:
		return false
	}
	if k+1 < len(toks) && toks[k+1].s == "." && toks[k+1].start == toks[k].end {
		return true
	}
	return toks[k].s == "tp"
}
