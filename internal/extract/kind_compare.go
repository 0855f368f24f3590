package extract

// Comparisons: what a figure is compared with ("so với cùng kỳ", "so với
// năm 2022", "so với dự toán") and whether that base is the period before.
// Apart from kind.go because the base decides between growth and a share of
// the plan, a question of its own.

import (
	"strconv"
	"strings"
)

// samePeriodLevel reports a growth figure named as the same period's of
// an earlier year: "mức tăng (trưởng)" right before it and "(của) cùng kỳ"
// right after, without "so với" ("cao hơn mức tăng 3,94% cùng kỳ năm
// 2023").
func samePeriodLevel(pre, post []tok) bool {
	n := len(pre)
	if n >= 1 && pre[n-1].s == "trưởng" {
		n--
	}
	if n >= 2 && pre[n-1].s == "tăng" && pre[n-2].s == "mức" {
		return samePeriodNext(post) >= 0
	}
	// "cao hơn mức 6,3% của cùng kỳ năm trước": the level a comparison
	// names, of the same period.
	n = len(pre)
	if n < 3 || pre[n-1].s != "mức" || pre[n-2].s != "hơn" {
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
	if i < len(post) && post[i].s == "ck" {
		return i + 1 // "CK", a report's abbreviation of "cùng kỳ"
	}
	return -1
}

// comparisonBase reports a figure right after "so với": what the
// subject is compared with ("giảm 3% so với 1,8% kế hoạch giao").
func comparisonBase(f *figure) bool {
	pre := f.pre()
	n := len(pre)
	return n >= 2 && pre[n-1].s == "với" && pre[n-2].s == "so" || n >= 1 && pre[n-1].s == "so"
}

// baseYearIsPrev reports a comparison's words that name no year, or the
// year before the figure's ("so với năm 2022" of a 2023 figure).
func (x *docReader) baseYearIsPrev(f *figure, base []tok) bool {
	for k := 0; k+1 < len(base); k++ {
		if base[k].s == "năm" && len(base[k+1].s) == 4 && base[k+1].digits {
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

// comparator reads what follows a figure: "(so với) dự toán" → plan, "so
// với cùng kỳ/năm 2023" or "CK" → previous period; compared is true for
// any "so với".
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
			if post[i].s == "tổng" && !assignedBase(post[i:]) {
				// "chiếm 5,43% so tổng số hộ": a share. "so với tổng số
				// vốn được giao" is what was assigned (below).
				return false, false, true
			}
			if periodBefore(post, i) {
				return false, false, true // "so với tháng trước": not the same period of last year
			}
			if otherLevelBase(post[i:]) {
				return false, false, true // "thấp hơn 1,3% so với bình quân chung của tỉnh": another level, not last year
			}
			if assignedBase(post[i:]) {
				// "đạt 115% so với Hội đồng nhân dân huyện giao": what an
				// organ or a tier assigned is a plan, named or not.
				return true, false, true
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
		if periodBefore(post, i) {
			// "bằng 96,3% tháng trước": the base written without "so
			// với" is the month before still, no plan and not the same
			// period of last year.
			return false, false, true
		}
		if _, _, ok := planM.match(post, i); ok {
			return true, false, false
		}
		if _, _, ok := prevM.match(post, i); ok {
			return false, true, false
		}
	}
	return false, false, false
}

// periodBefore reports the month or quarter just before the figure's as
// a comparison's base at post[i]: "tháng trước", "quý trước", "tháng liền
// kề", "tháng liền trước".
func periodBefore(post []tok, i int) bool {
	if i+1 >= len(post) || post[i].s != "tháng" && post[i].s != "quý" && post[i].s != "quí" {
		return false
	}
	return post[i+1].s == "trước" || post[i+1].s == "liền"
}

// assignedBase reports a comparison's base (the words after "so (với)")
// that is what someone assigned: a short run of words naming no time and
// no figure, closed by "giao" ("HĐND huyện giao", "tỉnh giao", "cấp trên
// giao"). Assigned amounts are plans even when no plan noun is written.
func assignedBase(base []tok) bool {
	if timeBase(base) {
		return false
	}
	for k := 0; k < len(base) && k <= 6; k++ {
		t := base[k]
		if !t.word || t.digits {
			return false
		}
		if t.s == "giao" {
			return k > 0
		}
		if k > 0 && k+1 < len(base) && (t.s == "phân" && base[k+1].s == "bổ" || t.s == "bố" && base[k+1].s == "trí") {
			return true // "so với tổng số vốn được phân bổ", "so với tổng vốn đã bố trí": allocated, assigned
		}
	}
	return false
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
	return post[i].digits
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
		if k+1 < len(toks) && (toks[k].s == "/" || toks[k].s == "-" || toks[k].s == "năm") && len(toks[k+1].s) == 4 && toks[k+1].digits {
			y, _ := strconv.Atoi(toks[k+1].s)
			return y
		}
		return 0
	}
	y, explicit := x.yearOf(f)
	switch {
	case at(i, "năm") && i+1 < len(toks) && len(toks[i+1].s) == 4 && toks[i+1].digits:
		base, _ := strconv.Atoi(toks[i+1].s)
		return explicit && base < y-1
	case (at(i, "tháng") || at(i, "quý") || at(i, "quí")) && i+1 < len(toks) && (toks[i+1].digits || isRoman(strings.ToUpper(toks[i+1].s))):
		base := yearAfter(i + 2)
		if base == 0 {
			return true // "so với tháng 3", "so với quý I": the period before, this year
		}
		return explicit && base != y-1
	}
	return false
}

// baseLevel reads a figure alone in a bracket right after the base of a
// comparison that names a period ("cao hơn cùng kỳ năm 2023 (6,15%)",
// "tăng 2,8% so với quý I/2024 (1,74%)", "cao hơn nhiều so với quý
// I-2021 (7,11%)", "tăng 20% so với năm 2022 (500 tỷ đồng)"): the level
// the base period had, of the year the base names. The bracket must be
// in the compared figure's measure, or an amount after a percentage
// change: a percentage after a difference in amount ("tăng 100 tỷ đồng
// so với năm 2022 (20%)") is that difference again, as a share, and a
// count after a rate's fall is the fall counted. It returns that year, 0 for the same period
// of the year before named without a year ("so với cùng kỳ (6,1%)").
// A base that is no period ("so với kế hoạch năm 2024 (8%)", "so với
// bình quân cả nước (6,42%)") is none.
func baseLevel(f *figure) (int, bool) {
	if f.prevReal <= f.clause.Start || f.prevReal > f.a.Start {
		return 0, false
	}
	post := f.post()
	if len(post) == 0 || post[0].s != ")" {
		return 0, false
	}
	pre := f.pre()
	v := levelVerbLen(pre)
	if !bracketOpensAt(pre[:len(pre)-v]) {
		return 0, false
	}
	prev := lowerSameLen(strings.TrimRight(f.p.text[f.clause.Start:f.prevReal], " "))
	prevPct := strings.HasSuffix(prev, "%") || strings.HasSuffix(prev, "phần trăm")
	switch {
	case f.a.UOM == "%" && !prevPct:
		return 0, false // "tăng 100 tỷ đồng so với năm 2022 (20%)": the difference again, as a share
	case f.a.UOM == "VND" && !prevPct && !endsMoney(prev),
		f.a.UOM == "" && (prevPct || endsMoney(prev)):
		return 0, false // "giảm 15% tỷ lệ hộ nghèo so với đầu năm 2024 (21 hộ)": the change in another measure
	}
	lead := tokRange(f.ctoks, f.prevReal, f.a.Start)
	n := len(lead) - 1 - v // the "("
	if n >= 0 && n < len(lead)-1 && lead[len(lead)-1].s != "(" && !lead[len(lead)-1].word {
		n-- // the sign's own token
	}
	if n < 2 || lead[n].s != "(" {
		return 0, false
	}
	k, year := n-1, 0
	if t := lead[k].s; len(t) == 4 && isDigits(t) {
		year, _ = strconv.Atoi(t)
		if year < 1990 || year > 2100 {
			return 0, false
		}
		k--
	}
	var words []string // the period's words, last first
	for ; k >= 0; k-- {
		switch s := lead[k].s; s {
		case "so", "với", "hơn":
			if year != 0 && len(words) > 0 && !yearStart(words) {
				return year, true
			}
			if year == 0 && samePeriodWords(words) {
				return 0, true
			}
			return 0, false
		case "năm", "quý", "quí", "tháng", "cùng", "kỳ", "đầu", "cuối", "trước", "/", "-", ".", "i", "ii", "iii", "iv": // "quý I/2024", "quý I.2024"
			words = append(words, s)
		case "ck": // "so với CK", a report's "cùng kỳ"
			words = append(words, "kỳ", "cùng")
		case "ngoái": // "năm ngoái", the year before
			words = append(words, "trước")
		default:
			if !isDigits(s) || len(s) > 2 {
				return 0, false
			}
			words = append(words, s)
		}
	}
	return 0, false
}

// levelVerbLen is the length of the verb that opens a bracket before its
// figure and says the figure is a level the period had ("so với năm 2022
// (đạt 6,5%)", "(là 700 tỷ đồng)", "(ở mức 5,9%)", "(chỉ đạt 3,1%)"):
// 0 when pre ends in no such verb.
func levelVerbLen(pre []tok) int {
	n := len(pre)
	if n > 0 && !pre[n-1].word && pre[n-1].s != "(" {
		n-- // the sign's own token
	}
	k := n
	if k > 0 && pre[k-1].s == "mức" {
		k--
		if k > 0 && (pre[k-1].s == "ở" || pre[k-1].s == "đạt") {
			k--
		}
	} else if k > 0 && (pre[k-1].s == "đạt" || pre[k-1].s == "là") {
		k--
		if k > 0 && pre[k-1].s != "(" && (pre[k-1].s == "chỉ" || pre[k-1].s == "mới" || pre[k-1].s == "cũng") {
			k--
		}
	}
	if k == n || k == 0 || pre[k-1].s != "(" {
		return 0
	}
	return n - k
}

// yearStart reports a base, its words last first, that is the start of
// a year ("so với đầu năm 2024"): the level the year before ended with,
// left alone. "6 tháng đầu năm 2023" is a period of that year.
func yearStart(w []string) bool {
	n := len(w)
	return n >= 2 && w[0] == "năm" && w[1] == "đầu" && (n == 2 || w[2] != "tháng")
}

// samePeriodWords reports a base, its words last first, that names the
// same period of the year before without a year: "cùng kỳ", "cùng kỳ
// năm trước", "năm trước" (baseLevel reads "CK" as "cùng kỳ" and
// "năm ngoái" as "năm trước").
func samePeriodWords(w []string) bool {
	s := strings.Join(w, " ")
	return s == "kỳ cùng" || s == "trước năm kỳ cùng" || s == "trước năm"
}

// isBaseLevel is baseLevel's ok alone.
func isBaseLevel(f *figure) bool {
	_, ok := baseLevel(f)
	return ok
}

// endsMoney reports lower-case text that ends on an amount of money's
// unit: the đồng however written ("tỷ đồng", "tỷ VNĐ", "tỷ đ") or a bare
// "tỷ".
func endsMoney(s string) bool {
	for _, w := range []string{"đồng", "vnđ", "vnd", " đ", " tỷ", " tỉ"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// otherLevelBase reports a comparison's base (the words after "so với")
// that is not the period before: an average ("bình quân (chung) của
// tỉnh", "mức trung bình cả nước", "bình quân giai đoạn 2016-2020") or a
// wider whole ("toàn tỉnh", "cả nước", "toàn quốc"). A difference from it
// is a gap from another level, no change over the year.
func otherLevelBase(base []tok) bool {
	k := 0
	for k < len(base) && k < 3 && (base[k].s == "mức" || base[k].s == "tỷ" || base[k].s == "lệ") {
		k++
	}
	if k+1 >= len(base) {
		return false
	}
	switch a, b := base[k].s, base[k+1].s; {
	case a == "bình" && b == "quân", a == "trung" && b == "bình":
		return true
	case a == "cả" || a == "toàn":
		return b == "nước" || b == "quốc" || b == "tỉnh" || b == "vùng"
	}
	return false
}
