package extract

// Changes and their signs: a figure that moves a level ("tăng", "giảm từ …
// xuống", "cao hơn", "điểm phần trăm", "%/năm"), the bracketed change after
// a figure and the verb that gives a rate's change its sign. Apart from
// kind.go because these tests read the verbs and brackets around a figure,
// not what it counts.

import (
	"strconv"
	"strings"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
)

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
	for n := 0; k > 0 && n < 3 && before[k-1].word && !before[k-1].digits; n++ {
		switch before[k-1].s {
		case "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "đồng", "vnđ", "vnd", "năm", "tháng":
			return 0, false // money or time, no count
		}
		k-- // the count's noun
	}
	digits := false
	for k > 0 && (before[k-1].digits || before[k-1].s == "." || before[k-1].s == ",") {
		digits = digits || before[k-1].digits
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
	before := f.clauseBefore()
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
		if !changeThenLevel(rest) && !moveAfterChange(f) {
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
			if rest[j].digits {
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
		if f.a.UOM == "VND" && (t.s == "đồng" || t.s == "tỷ" || t.s == "tỉ" || t.s == "vnđ" || t.s == "vnd") || f.a.UOM == "%" && t.s == "%" {
			return true
		}
	}
	return false
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
	// The growth named before a cue that is the product alone: "tốc độ
	// tăng trưởng GRDP bình quân", "tăng trưởng GRDP", "tốc độ tăng GRDP".
	before := tokRange(f.ctoks, f.clause.Start, f.subjStart)
	for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
		if t := before[k].s; t == "tăng" || t == "trưởng" {
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

// overYears reports a change stated over several years, with no base
// named: after or within a count of years ("sau 16 năm", "trong 5 năm",
// "qua 3 năm thực hiện", "10 năm qua", "giảm 2% sau 3 năm"), or in a
// period of years that opens its sentence ("Giai đoạn 2016-2020, tỷ lệ hộ
// nghèo giảm 4,2%"). Such a change is the difference from the span's
// start, not from the previous period. An average ("bình quân", "mỗi
// năm", "hằng năm") is a yearly change and left to perYear.
func overYears(f *figure) bool {
	before := f.sentenceBefore()
	after := f.clauseAfter()
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
			if !toks[k].digits || toks[k+1].s != "năm" {
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

// fromBefore reports "từ" right before a figure: "giảm từ 3,2% xuống 2,1%".
func fromBefore(pre []tok) bool {
	return len(pre) > 0 && pre[len(pre)-1].s == "từ"
}

// moveAfterChange reports a figure after ", từ" or "(từ" that follows a
// change in its clause ("giảm 0,9 điểm phần trăm, từ 3,8% xuống 2,9%",
// "giảm được 4.264 hộ nghèo (từ 5,09% xuống còn 3,19%)"): the change's
// move told level by level, the first the level it left.
func moveAfterChange(f *figure) bool {
	pre := f.pre()
	n := len(pre)
	if n < 2 || !fromBefore(pre) || pre[n-2].s != "," && pre[n-2].s != "(" || f.prevReal <= f.clause.Start || f.prevReal > f.a.Start {
		return false
	}
	v, _, ok := lastPhrase(tokRange(f.ctoks, f.clause.Start, f.prevReal), verbM)
	return ok && (v == vDecrease || v == vIncrease)
}

// rateLevelAfterMove reports a rate's figure that is the level it moved
// to, not the move: "lên" (or "lên mức") right before the figure after the
// change verb at pre[vAt] ("tăng lên 93,5%"), or a verb that follows "theo
// hướng" and so names the direction a structure moves in ("chuyển dịch
// theo hướng tăng tỷ trọng dịch vụ (55,2%)"), not the amount.
func rateLevelAfterMove(pre []tok, vAt int) bool {
	n := len(pre)
	if n >= 2 && pre[n-1].s == "mức" {
		n--
	}
	if n >= 1 && pre[n-1].s == "lên" && n-1 > vAt {
		return true
	}
	return vAt >= 2 && pre[vAt-1].s == "hướng" && pre[vAt-2].s == "theo"
}
