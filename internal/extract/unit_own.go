package extract

// Whether a unit named in a clause owns its figures: a former unit, a
// possessive ("của huyện X"), a unit compared with, a parent in brackets, a
// name followed by what it did, and the figure words after a name. Apart
// from unit_peer.go because these are the tests peerUnits (and the list
// readers in unit_list.go) ask of a mention once it is found.

import (
	"unicode/utf8"
)

// mergeM are the words that say what a unit was formed from: "hợp nhất
// 3 tỉnh …", "sáp nhập thị trấn … và các xã …", "sắp xếp các Phường 1,
// Phường 2 …".
var mergeM = newListMatcher([]string{"hợp nhất", "sáp nhập", "sát nhập", "sắp xếp", "thành lập từ"}, 1)

// formerUnit reports a unit mention toks[i:k] that is history, not a
// subject: one the text marks as former ("huyện Tam Nông cũ", "TP Hạ
// Long trước đây"), or one of the units another was formed from, listed
// after the word that says so ("hợp nhất 3 tỉnh Hà Nam, Nam Định, Ninh
// Bình"). Only place names, counts, level words and list words may stand
// between that word and the mention.
func formerUnit(text string, toks []tok, i, k int) bool {
	if k < len(toks) && (toks[k].s == "cũ" || toks[k].s == "trước" && k+1 < len(toks) && toks[k+1].s == "đây") {
		return true
	}
	for b := i - 1; b >= 0 && b >= i-24; b-- {
		t := toks[b]
		if !t.word {
			if t.s == "," || t.s == "-" || t.s == "." {
				continue
			}
			return false
		}
		if _, e, ok := mergeM.match(toks, b); ok && e <= i && e < len(toks) && toks[e].word {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(text[t.start:]); isUpper(r) || t.digits || isLevelFirst(t.s) || isLevelTok(t.s) {
			continue
		}
		switch t.s {
		case "và", "các", "của", "trấn", "xã", "phố", "khu", "một", "phần", "toàn", "bộ", "nhất", "nhập", "xếp", "từ", "lập":
			continue
		}
		return false
	}
	return false
}

// possessiveSubject reports a unit mention toks[i:k] that owns the
// indicator before it and is followed by its verb: "tốc độ tăng trưởng
// kinh tế của tỉnh đạt 7,2%", "tỷ lệ hộ nghèo của tỉnh Quảng Ninh là 0%".
// The verb must follow at once: in "bằng 105% dự toán của tỉnh, tăng 12%"
// the province is only the plan's owner.
//
// "Của toàn tỉnh" owns it as "của tỉnh" does, and so does the territory
// a total is counted on ("thu ngân sách trên địa bàn TP.HCM năm 2024 ước
// đạt …"). A time may stand before the verb ("năm 2024"), and the verb
// may open a bracket ("mức tăng trưởng chung của toàn tỉnh (ước đạt
// 9,5%)": see bracketAfter).
func possessiveSubject(toks []tok, i, k int) bool {
	b := i - 1
	whole := false
	if b >= 0 && (toks[b].s == "toàn" || toks[b].s == "cả") {
		b, whole = b-1, true // "thu ngân sách toàn tỉnh đạt …": the whole unit
	}
	territory := b >= 2 && toks[b].s == "bàn" && toks[b-1].s == "địa" && toks[b-2].s == "trên"
	if !whole && (b < 0 || toks[b].s != "của" && !territory) || k >= len(toks) {
		return false
	}
	if !whole && toks[b].s == "của" && ownsOpening(toks, b, k) {
		return true
	}
	if toks[k].s == "là" {
		return k+1 < len(toks) && toks[k+1].digits
	}
	if bracketAfter(toks, k) {
		return true
	}
	for k < len(toks) && (toks[k].digits || toks[k].s == "năm" || toks[k].s == "tháng" || toks[k].s == "đầu") {
		k++ // "trên địa bàn TP.HCM năm 2024 ước đạt"
	}
	return verbAt(toks, k)
}

// ownsOpening reports a unit after "của" (toks[b]) that owns the noun
// phrase its clause opens with, the clause going on after the unit with
// its predicate: "Tình hình kinh tế – xã hội của tỉnh cơ bản ổn định",
// "nhiều chỉ tiêu kinh tế - xã hội của Lâm Đồng tăng trưởng khá". The
// clause speaks of that unit, whatever its predicate (an adjective
// needs no verb). A clause that opens with a source ("Theo báo cáo của
// tỉnh cho thấy …"), that holds a figure before the unit, or that ends
// at the unit ("Dưới sự chỉ đạo của tỉnh, …"), or that has a subject and
// a verb before it ("Thành phố không còn hộ nghèo theo chuẩn nghèo của
// tỉnh …": "tăng trưởng" is a noun) names no subject so.
func ownsOpening(toks []tok, b, k int) bool {
	if k >= len(toks) || !toks[k].word || toks[k].digits || toks[k].s == "và" || toks[k].s == "cùng" || toks[k].s == "với" {
		return false // "chỉ đạo của Thành phố và Hội đồng nhân dân quận": several owners, no subject
	}
	first := -1
	for j := 0; j < b; j++ {
		if toks[j].digits && (j > 0 && (toks[j-1].s == "năm" || toks[j-1].s == "tháng") || j+1 < b && toks[j+1].s == "tháng") {
			continue // a time before the phrase: "Năm 2023", "Trong 10 tháng đầu năm 2025"
		}
		if toks[j].s == "," || toks[j].s == ";" || toks[j].s == ":" || toks[j].s == "(" {
			first = -1 // "Năm 2023, bức tranh kinh tế của tỉnh …": the part after a time or a lead-in
			continue
		}
		if toks[j].digits || isLevelFirst(toks[j].s) && levelAtTok(toks, j) {
			return false // a figure, or a unit named before: the clause's subject
		}
		if verbAt(toks, j) && !(toks[j].s == "tăng" && j+1 < len(toks) && toks[j+1].s == "trưởng") {
			return false // "Thành phố không còn hộ nghèo theo chuẩn của tỉnh": the unit owns an object
		}
		if toks[j].word && first < 0 {
			first = j
		}
	}
	return first >= 0 && first < b && !sourceWord[toks[first].s]
}

// sourceWord are the words a clause opens with when it names where its
// news comes from or under whom it happened, not what it speaks of:
// "Theo báo cáo của tỉnh", "Dưới sự chỉ đạo của tỉnh", "Với sự hỗ trợ
// của tỉnh", "Nhờ sự quan tâm của tỉnh".
var sourceWord = map[string]bool{"theo": true, "dưới": true, "với": true, "nhờ": true, "được": true, "qua": true}

// bracketAfter reports a bracket at toks[k] that opens on a verb: the
// figure in it is the unit's before it ("của toàn tỉnh (ước đạt 9,5%)").
func bracketAfter(toks []tok, k int) bool {
	return k+1 < len(toks) && toks[k].s == "(" && verbAt(toks, k+1)
}

// bracketClose is the position of the bracket that closes the one at
// toks[k], -1 if none.
func bracketClose(toks []tok, k int) int {
	for e := k + 1; e < len(toks); e++ {
		switch toks[e].s {
		case ")":
			return toks[e].start
		case "(":
			return -1
		}
	}
	return -1
}

// verbAt reports a list verb ("đạt", "thu", "tăng", …) right at toks[k].
func verbAt(toks []tok, k int) bool {
	if k >= len(toks) {
		return false
	}
	_, _, ok := listVerbM.match(toks, k)
	return ok
}

// comparedWith are words before a unit's name that make it a unit the
// subject is compared with ("sau tỉnh Bắc Giang", "so với huyện …", "cao
// hơn quận …"), not a subject.
var comparedWith = map[string]bool{"sau": true, "với": true, "hơn": true, "như": true, "trước": true}

// ownFigureAt reports a figure at toks[k], after at most three words of
// result ("tăng trưởng", "đạt", "với", "là", "ước"): a unit's own figure
// right after its name.
func ownFigureAt(toks []tok, k int) bool { return figureAfter(toks, k, ownFigureWord) }

var ownFigureWord = map[string]bool{"tăng": true, "trưởng": true, "đạt": true, "với": true, "là": true, "ước": true, "(": true}

// figureAfter reports a figure at toks[k], after at most three of the
// words lead ("đạt", "với", …).
func figureAfter(toks []tok, k int, lead map[string]bool) bool {
	for j := k; j < len(toks) && j <= k+3; j++ {
		switch {
		case toks[j].digits:
			return true
		case lead[toks[j].s]:
		default:
			return false
		}
	}
	return false
}

// The unit of figures that belong to a unit the text compares itself
// with (no facts), and the mention that ends such a stretch.
const (
	compareUnit = "\x00compared"
	restoreUnit = "\x00restore"
)

// parentInBrackets reports a unit mention toks[i:e] in brackets that hold
// only place names: "huyện Phú Tân (An Giang)", "Phường Tân Định
// (TP.HCM)", "thị trấn Phố Châu (huyện Hương Sơn, tỉnh Hà Tĩnh)" say where
// the unit before them lies; they are never the subject of the figures
// that follow. A bracket with a figure in it ("(huyện A đạt 10%)") is
// not one.
func parentInBrackets(toks []tok, i, e int) bool {
	placeTok := func(t tok) bool {
		return t.word && !t.digits || t.s == "," || t.s == "-" || t.s == "."
	}
	b := i - 1
	for b >= 0 && b >= i-8 && placeTok(toks[b]) {
		b--
	}
	if b <= 0 || toks[b].s != "(" {
		return false
	}
	for e < len(toks) && e < i+16 && placeTok(toks[e]) {
		e++
	}
	return e < len(toks) && toks[e].s == ")"
}

// predicateAfter reports a unit's name followed by what it did: a verb or
// a figure ("… cao nhất là huyện Ninh Sơn, đạt 167%", "huyện Thuận Bắc
// đạt 103%"): the unit is the subject of what follows.
func predicateAfter(toks []tok, k int) bool {
	if k < len(toks) && toks[k].s == "," {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if toks[k].digits {
		return true
	}
	if toks[k].s == "là" {
		// "Tỷ lệ hộ nghèo huyện Đakrông là 49,14%": the unit's figure.
		return k+1 < len(toks) && toks[k+1].digits
	}
	_, _, ok := listVerbM.match(toks, k)
	return ok
}
