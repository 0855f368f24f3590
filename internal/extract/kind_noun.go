package extract

// What a figure counts: the noun after a count, the indicator cue named
// right after it or at its noun, money, per-capita and per-head amounts,
// and the sentences that count another way ("Nếu không kể …", "(trừ dầu
// khí)", "có năm …"). Apart from kind.go because these read what a figure
// counts, not which kind of figure it is.

import (
	"strings"

	"github.com/chitieu/chitieu/internal/vnnum"
)

// countedOtherwise reports a sentence that opens with a condition on
// what is counted: "Nếu tính gia hạn 1.400 tỷ đồng thì … thu ngân sách
// đạt trên 14.000 tỷ đồng", "Nếu không kể tiền sử dụng đất, thu ngân sách
// đạt 1.615 tỷ đồng". Its figures are the total reckoned another way, not
// the figure the unit reports. "Nếu như năm trước …, thì năm nay …" and
// "Nếu so với cùng kỳ …" compare and are not such a condition.
func countedOtherwise(stoks []tok) bool {
	for k := 0; k+1 < len(stoks) && k <= 3; k++ {
		if stoks[k].s != "nếu" {
			if stoks[k].word && (stoks[k].digits || k >= 2) {
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

// currentPrices reports "giá hiện hành" (or "giá thực tế") after the
// last "giá so sánh" (or "giá SS") in toks.
func currentPrices(toks []tok) bool {
	cur := false
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].s != "giá" {
			continue
		}
		switch toks[k+1].s {
		case "hiện":
			cur = true
		case "thực":
			// "giá thực tế": the prices of the day, as "giá hiện hành"
			if k+2 < len(toks) && toks[k+2].s == "tế" {
				cur = true
			}
		case "so", "ss", "cố":
			cur = false
		}
	}
	return cur
}

// pricesBracket reads a bracket right after a figure that names its price
// basis: current prices ("(giá hiện hành)", "(theo giá thực tế)") or
// comparable ones ("(giá so sánh 2010)"); named is false for no such
// bracket.
func pricesBracket(post []tok) (cur, named bool) {
	if len(post) < 2 || post[0].s != "(" {
		return false, false
	}
	end := len(post)
	for k, t := range post {
		if t.s == ")" {
			end = k
			break
		}
	}
	if end > 6 {
		return false, false
	}
	for k := 1; k+1 < end; k++ {
		if post[k].s == "giá" {
			return currentPrices(post[1:end]), true
		}
	}
	return false, false
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
	toks := tokRange(f.ctoks, from, f.a.Start)
	for k := range toks {
		if moneyTok(toks, k) {
			return true
		}
	}
	return false
}

// moneyTok reports toks[k] as the last word of an amount of money: the
// đồng however written ("đồng", "VNĐ", "đ" after a scale or a number), or
// a bare "tỷ" right after a number, as headlines and offices write
// billions of đồng ("ước đạt 47.411 tỷ, đạt 67,8% kế hoạch").
func moneyTok(toks []tok, k int) bool {
	switch toks[k].s {
	case "đồng", "vnđ", "vnd":
		return true
	case "đ":
		return k > 0 && (toks[k-1].digits || moneyOrScale(toks[k-1].s))
	case "tỷ", "tỉ":
		if k == 0 || !toks[k-1].digits && toks[k-1].s != "nghìn" && toks[k-1].s != "ngàn" {
			return false
		}
		return k+1 == len(toks) || !toks[k+1].word || moneyOrScale(toks[k+1].s)
	}
	return false
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

// nounOf is the noun after a count: vnnum's, else the words that follow.
func nounOf(f *figure) string {
	if f.a.Noun == "lượt" {
		// "9.240 lượt lao động": the turns of what follows.
		if post := f.clauseAfter(); len(post) > 0 && post[0].word {
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
	if pre := f.clauseBefore(); len(pre) >= 3 {
		// "286 ĐV/KH 250": the plan counts what the result counted.
		n := len(pre)
		switch pre[n-1].s {
		case "kh", "dt", "nq":
			if pre[n-2].s == "/" && pre[n-3].word && !pre[n-3].digits {
				return pre[n-3].s
			}
		}
	}
	if f.prevNoun != "" && planBracketOf(tokRange(f.ctoks, f.prevReal, f.a.Start), f.clauseAfter()) {
		// "kết nạp 152 đảng viên (chỉ tiêu 150)", "giải quyết việc làm
		// cho 4.120 lao động (KH: 4.000)": the plan in the bracket right
		// after a count counts what the count counted.
		return f.prevNoun
	}
	post := f.clauseAfter()
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
		if t := &f.ctoks[k]; t.start >= f.a.End || (t.start > f.a.NumStart && t.word && !t.digits) {
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
		if last := f.ctoks[e.end-1].s; last == "chiếm" || e.end < len(f.ctoks) && f.ctoks[e.end].s == "chiếm" {
			// "công nghiệp chiếm 17,95% dịch vụ chiếm 60,68%": a name
			// with its own verb of share heads the next figure, not
			// the one before it.
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
		if j+n < len(toks) && toks[j+n].digits {
			continue // "có năm 2020 …" names its year
		}
		return true
	}
	return false
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

// planBracketOf reports the words between a count and a bare number that
// open a bracket with a plan noun and nothing else ("(chỉ tiêu", "(KH:",
// "(kế hoạch giao", "(chỉ tiêu được giao:"), the number closing the
// bracket (post starts with ")").
func planBracketOf(between, post []tok) bool {
	if len(between) > 0 && between[0].s == "mới" {
		between = between[1:] // "152 đảng viên mới (kế hoạch 150)"
	}
	if len(between) < 2 || between[0].s != "(" || len(post) == 0 || post[0].s != ")" {
		return false
	}
	_, e, ok := planM.match(between, 1)
	if !ok {
		return false
	}
	for _, t := range between[e:] {
		switch t.s {
		case ":", "giao", "được", "đề", "ra", "năm", "là":
		default:
			return false
		}
	}
	return true
}
