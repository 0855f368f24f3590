package extract

import (
	"sort"
	"strings"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// indicatorSet is the catalog compiled for matching.
type indicatorSet struct {
	list      []catalog.Indicator
	cues      *matcher   // indicator cues (value: index) and other subjects (value: -1)
	nots      []*matcher // per indicator, its Not phrases (nil when none)
	countedBy map[string]int
	counts    []countNoun // countedBy as a list, in the order of the nouns
	one       []int       // one[i] == i, for oneInd
	names     [][]string  // per indicator, the words of its catalog name (see closerPart)
	// byCode is the position of each indicator code (the first, were a
	// code listed twice): rules ask for indicators by code figure after
	// figure, and a walk over the list compared code after code.
	byCode map[string]int
	// eventStarts is the starts bits (see matcher.starts) of the cues,
	// of settlementM and of "thu": appendEvents asks nearly every token
	// whether one of the three may start there, and most tokens are told
	// "no" by this one probe instead of three.
	eventStarts [startBits / 64]uint64
}

// mayStartEvent reports whether t may start one of appendEvents' events:
// false means it starts none (see eventStarts).
func (s *indicatorSet) mayStartEvent(t *tok) bool {
	b := t.h >> startShift
	return s.eventStarts[b/64]&(1<<(b%64)) != 0
}

// oneInd is []int{i} without an allocation (most cue events name one
// indicator): a piece of s.one holding i alone, with no room after it, so
// that an append copies it rather than writing into s.one. Nobody writes
// into an event's indicators.
func (s *indicatorSet) oneInd(i int) []int { return s.one[i : i+1 : i+1] }

// countNoun is a noun that counts an indicator ("chỉ tiêu").
type countNoun struct {
	noun, prefix string // prefix is noun and a space
	ind          int
}

// cueEvent is a subject cue found in a clause, tokens [at, end).
type cueEvent struct {
	at, end int
	inds    []int // the cue's indicator, then those of cues nested in it
	other   bool
	weak    bool // a weak cue: names the indicator only if nothing else is named
}

// compile builds the matchers of a catalog's cues.
func compile(cat *catalog.Catalog) *indicatorSet {
	s := &indicatorSet{list: cat.Indicators, cues: newMatcher(), countedBy: map[string]int{}, one: make([]int, len(cat.Indicators))}
	for i := range s.one {
		s.one[i] = i
	}
	s.byCode = make(map[string]int, len(cat.Indicators))
	for i, in := range cat.Indicators {
		if _, ok := s.byCode[in.Code]; !ok {
			s.byCode[in.Code] = i
		}
	}
	s.names = make([][]string, len(cat.Indicators))
	for i, in := range cat.Indicators {
		for _, t := range tokenize(lowerSameLen(in.Name), nil) {
			if t.word {
				s.names[i] = append(s.names[i], t.s)
			}
		}
	}
	for _, o := range otherSet {
		s.cues.add(o, -1)
	}
	// Every indicator's cues, spaced (" c "), for the "not" phrases they
	// hold below: made once, not once for each phrase they are compared
	// with (tens of thousands of strings each time a catalog is compiled,
	// half the start of a run).
	spaced := make([][]string, len(cat.Indicators))
	for i, o := range cat.Indicators {
		for _, c := range o.Cues {
			spaced[i] = append(spaced[i], " "+c+" ")
		}
	}
	for i, in := range cat.Indicators {
		for _, c := range in.Cues {
			if c == strings.ToLower(in.UOM) && countNouns[in.UOM] != nil {
				// A cue that is the indicator's own unit ("chỉ tiêu") names
				// it only as the noun of a count.
				s.countedBy[c] = i
				continue
			}
			s.cues.add(c, i)
		}
		for _, c := range in.WeakCues {
			s.cues.add(c, weakVal(i))
		}
		if _, ok := s.countedBy[strings.ToLower(in.UOM)]; ok && strings.ToLower(in.UOM) == "chỉ tiêu" {
			for _, n := range targetNouns {
				s.countedBy[n] = i
			}
		}
		var nm *matcher
		if len(in.Not) > 0 {
			nm = newListMatcher(in.Not, 1)
			// A cue that holds a "not" phrase ("tổng mức đầu tư toàn xã
			// hội" holds "tổng mức đầu tư", a project's cost) is the
			// indicator's own name: matched whole, it denies nothing. So
			// is another indicator's name that holds it ("tổng mức đầu
			// tư toàn xã hội" is the total investment, no project's cost,
			// where a disbursement is denied by "tổng mức đầu tư").
			nots := make([]string, len(in.Not))
			for k, n := range in.Not {
				nots[k] = " " + n + " "
			}
			for oi, o := range cat.Indicators {
				for ci, c := range o.Cues {
					if o.Code != in.Code && strings.Contains(c, "*") {
						continue
					}
					for k, n := range in.Not {
						if strings.Contains(spaced[oi][ci], nots[k]) && c != n {
							nm.add(c, 0)
							break
						}
					}
				}
			}
		}
		s.nots = append(s.nots, nm)
	}
	for n, i := range s.countedBy {
		s.counts = append(s.counts, countNoun{n, n + " ", i})
	}
	sort.Slice(s.counts, func(a, b int) bool { return s.counts[a].noun < s.counts[b].noun })
	for k := range s.eventStarts {
		s.eventStarts[k] = s.cues.starts[k] | settlementM.starts[k]
	}
	b := hashThu >> startShift
	s.eventStarts[b/64] |= 1 << (b % 64)
	return s
}

// weakVal encodes a weak cue of indicator i as a matcher value (-1 is
// another subject).
func weakVal(i int) int { return -2 - i }

// events finds the subject cues of a clause, leftmost-longest.
func (s *indicatorSet) events(toks []tok) []cueEvent { return s.appendEvents(nil, toks) }

// appendEvents is events appended to out (the sentence walk reuses one
// buffer, clause after clause).
func (s *indicatorSet) appendEvents(out []cueEvent, toks []tok) []cueEvent {
	return s.appendEventsBefore(out, toks, len(toks))
}

// appendEventsBefore is appendEvents for the events that start before
// token n: the same events, as the walk decides each from the tokens
// before it (and the cue's own, which may run past n).
func (s *indicatorSet) appendEventsBefore(out []cueEvent, toks []tok, n int) []cueEvent {
	// The last indicator cue read (its indicator and end), and the
	// indicator of the last cue read as joined to another (see joined).
	lastInd, lastEnd, joinedInd := -1, 0, -1
	for i := 0; i < n && i < len(toks); i++ {
		if !toks[i].word || !s.mayStartEvent(&toks[i]) || !s.cues.mayStart(&toks[i]) && !settlementM.mayStart(&toks[i]) && (toks[i].h != hashThu || toks[i].s != "thu") {
			continue // none of the cues, a list of areas or "thu" (see collected) starts here
		}
		v, e, ok := s.cues.match(toks, i)
		if ok && v >= 0 && s.lumped(toks, i, e, v) {
			// "Thu, chi ngân sách nhà nước ước đạt 2.565 tỷ đồng": two
			// quantities named with one noun, their sum none of them.
			v = -1
		}
		if ok && v >= 0 && s.sharedCount(toks, e, v) {
			// "trên 550 lao động được giải quyết việc làm và đào tạo
			// nghề": one count of people for two activities, their
			// sum, not the indicator's.
			v = -1
		}
		if ok && v == -1 && allSectors(toks, i, e) {
			// "kinh tế tỉnh … tăng đều cả 3 khu vực đạt 19.768 tỷ
			// đồng, tăng 4,77%", "các khu vực đều tăng": all the
			// sectors together are the economy, not another subject
			// nor a list of residential areas.
			i = e - 1
			continue
		}
		if fe, fok := familyList(toks, i); fok && (!ok || fe > e) {
			// "tỷ lệ gia đình, thôn, buôn, tổ dân phố, cơ quan, đơn vị
			// văn hóa đạt 96%": one rate of the cultural titles that
			// opens with the families, the families' (the list's other
			// kinds share it, not a rate of their own).
			if ti := s.index("ty_le_gia_dinh_van_hoa"); ti >= 0 {
				out = append(out, cueEvent{at: i, end: fe, inds: s.oneInd(ti)})
				i = fe - 1
				continue
			}
		}
		// settlementList opens on a phrase of settlementM: its filter
		// first, as most tokens here start another cue.
		if settlementM.mayStart(&toks[i]) {
			if se, sok := settlementList(toks, i); sok && (!ok || se > e) {
				// "thôn, buôn, tổ dân phố đạt chuẩn văn hóa": the cultural
				// residential areas, however many kinds the list names.
				if ti := s.index("ty_le_khu_dan_cu_van_hoa"); ti >= 0 {
					out = append(out, cueEvent{at: i, end: se, inds: s.oneInd(ti)})
					i = se - 1
					continue
				}
			}
		}
		if !ok {
			if ti := s.collected(toks, i); ti >= 0 {
				// "Thạch Thành thu 268 tỷ đồng": the verb "thu" right
				// before an amount is the budget revenue collected.
				out = append(out, cueEvent{at: i, end: i + 1, inds: s.oneInd(ti)})
			}
			continue
		}
		if v == -1 && toks[i].s == "cơ" && i > 0 && toks[i-1].s == "trong" {
			// "tỷ trọng thương mại - dịch vụ trong cơ cấu kinh tế chiếm
			// 51,3%": the whole the share is of, not another subject.
			i = e - 1
			continue
		}
		growth := ok && s.growthCue(v)
		if growth && wholeOfShare(toks, i) {
			// "khu vực dịch vụ chiếm 55,2% GRDP, tăng 1,2 điểm phần
			// trăm": the product named right after a percentage is the
			// whole the share is of, not the growth's subject.
			i = e - 1
			continue
		}
		if v >= 0 && i > 0 && (toks[i-1].s == "trong" || toks[i-1].s == "vào") && (toks[i].s == "grdp" || toks[i].s == "tổng") && s.list[v].Growth ||
			growth && contributionInto(toks, i) {
			// "tỷ trọng dịch vụ trong GRDP đạt 38%", "tỷ trọng công
			// nghiệp chế biến trong GRDP đạt 36%", "tỉ trọng đóng góp
			// của TFP vào GRDP đạt từ 36% trở lên": the whole a share
			// is of or goes into, not the growth.
			i = e - 1
			continue
		}
		if ok && v >= 0 {
			own := v
			switch {
			case lastInd >= 0 && lastInd != own && joined(toks, lastEnd, i):
				// "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp và
				// tổng mức bán lẻ … ước đạt trên 1.400 tỷ đồng": two
				// indicators' names joined by "và" share one figure,
				// their sum, a fact of neither.
				joinedInd, v = own, -1
			case joinedInd == own && listedRightAfter(toks, lastEnd, i):
				// "… và tổng mức bán lẻ, doanh thu dịch vụ ước đạt":
				// the joined name's own words, listed on.
				v = -1
			default:
				joinedInd = -1
			}
			lastInd, lastEnd = own, e
		}
		ev := cueEvent{at: i, end: e, other: v == -1}
		if v <= -2 {
			ev.weak, v = true, -2-v
		}
		if v >= 0 {
			ev.inds = s.oneInd(v)
			// Nested cues give fall-backs: "tỉ lệ hộ nghèo … (21 hộ)" is
			// a count of the households of "hộ nghèo".
			for k := i + 1; k < e; k++ {
				if v2, e2, ok := s.cues.match(toks, k); ok && e2 <= e && v2 >= 0 && !containsInt(ev.inds, v2) && !ev.weak {
					ev.inds = append(ev.inds, v2)
				}
			}
		}
		out = append(out, ev)
		i = e - 1
	}
	return out
}

func containsInt(l []int, v int) bool {
	for _, x := range l {
		if x == v {
			return true
		}
	}
	return false
}

// counted returns the indicator counted by noun ("chỉ tiêu"), or -1.
func (s *indicatorSet) counted(noun string) int {
	for i := range s.counts {
		c := &s.counts[i]
		// Either test needs noun as long as c.noun at least and opening
		// with its byte: most nouns are turned away so, for each noun of
		// the list, without a comparison of the strings.
		if len(noun) < len(c.noun) || noun[0] != c.noun[0] {
			continue
		}
		if noun == c.noun || strings.HasPrefix(noun, c.prefix) {
			return c.ind
		}
	}
	return -1
}

// fits reports whether amount a can be a figure of indicator i, and whether
// it would be a ratio (a percentage of a money or count indicator).
func (s *indicatorSet) fits(i int, a vnnum.Amount, noun string, allowRatio bool) (ok, ratio bool) {
	uom := s.list[i].UOM
	switch a.UOM {
	case "%":
		if uom == "%" {
			return a.Form != vnnum.Fraction, false
		}
		return allowRatio && a.Form != vnnum.Fraction, true
	case "VND":
		return uom == "VND" && a.Form != vnnum.Fraction, false
	case "":
		m := nounM[uom]
		if m == nil || a.Form != vnnum.Plain && !(a.Form == vnnum.Range && uom != "chỉ tiêu") {
			// A count is one number; a range of people or households
			// ("kết nạp từ 10-12 đảng viên mới", "giải quyết việc làm
			// cho 3.000 - 3.500 lao động") is a target's.
			return false, false
		}
		nt := tokenize(lowerSameLen(noun), nil)
		if len(nt) == 0 {
			return false, false
		}
		_, _, found := m.match(nt, 0)
		return found, false
	}
	return false, false
}

// denied reports whether one of indicator i's Not phrases occurs in bytes
// [from, to) of the clause.
func (s *indicatorSet) denied(i int, toks []tok, from, to int) bool {
	if s.nots[i] == nil {
		return false
	}
	r := tokRange(toks, from, to)
	// A not-word that names the figure just before it, in that figure's
	// clause, speaks of that figure: once a comma or semicolon has closed
	// the clause and the indicator is named afresh by its own cue ("có 25
	// hộ thoát cận nghèo, số hộ cận nghèo còn 480 hộ"), the figure after
	// is the indicator's. (A not-word opening the stretch with no figure
	// of its own, "Nông nghiệp tiếp tục là trụ đỡ, tăng trưởng …", still
	// speaks of what follows.)
	at := tokIndex(toks, from)
	// A figure in the clause so far: right before the stretch, perhaps
	// with its noun ("25 hộ | thoát cận nghèo").
	figure := false
	for b := min(at, len(toks)) - 1; b >= 0 && b >= at-3; b-- {
		if toks[b].digits {
			figure = true
			break
		}
		if !toks[b].word {
			break
		}
	}
	pending, closed := false, false
	for k := 0; k < len(r); k++ {
		switch {
		case r[k].s == "," || r[k].s == ";":
			figure = false
			if pending {
				closed = true
			}
		case r[k].digits:
			figure = true
		}
		if pending && closed && s.cues.mayStart(&r[k]) {
			if v, e, ok := s.cues.longest(r, k); ok && (v == i || v == weakVal(i)) {
				pending = false
				k = e - 1
				continue
			}
		}
		if e := figureAside(r, k); e > k {
			// "(trong đó … dịch vụ lưu trú ăn uống tăng 5,0%, …)": a
			// bracket that gives figures of its own, opened and closed
			// within the stretch, is their aside; its words are theirs.
			k = e - 1
			continue
		}
		if e := retailServices(r, k); e > k {
			// "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ăn uống,
			// lưu trú": the services a retail total joins are what the
			// total takes in; the ones it lists are no part.
			for e < len(r) {
				if r[e].s == "," || r[e].s == "và" {
					e++
					continue
				}
				if v2, e2, ok := s.nots[i].longest(r, e); ok && v2 != 0 {
					e = e2
					continue
				}
				break
			}
			k = e - 1
			continue
		}
		if !s.nots[i].mayStart(&r[k]) {
			continue
		}
		if v, e, ok := s.nots[i].longest(r, k); ok {
			if v != 0 && (allSectors(r, k, e) || yearlyAverage(r, k, e) || assignedBy(r, k, e)) {
				k = e - 1
				continue
			}
			if v != 0 {
				if !figure {
					return true
				}
				pending, closed = true, false
				k = e - 1
				continue
			}
			k = e - 1 // the indicator's own cue, read whole
		}
	}
	return pending
}

// retailServices is the end of "và doanh thu dịch vụ" at toks[k] right
// after retail goods ("hàng hóa", "bán lẻ"), k if none.
func retailServices(toks []tok, k int) int {
	if k < 1 || k+4 >= len(toks) || toks[k].s != "và" {
		return k
	}
	if p := toks[k-1].s; p != "hóa" && p != "hoá" && p != "lẻ" {
		return k
	}
	if toks[k+1].s != "doanh" || toks[k+2].s != "thu" || toks[k+3].s != "dịch" || toks[k+4].s != "vụ" {
		return k
	}
	return k + 5
}

// allSectors reports the words toks[k:e] as "khu vực" after a count or
// "các": "kinh tế tỉnh … tăng đều cả 3 khu vực đạt 19.768 tỷ đồng, tăng
// 4,77%", "các khu vực đều tăng" speak of all the sectors together,
// the whole economy, not of one sector.
func allSectors(toks []tok, k, e int) bool {
	return e == k+2 && toks[k].s == "khu" && toks[k+1].s == "vực" && k > 0 && (toks[k-1].digits || toks[k-1].s == "các" || toks[k-1].s == "ba")
}

// yearlyAverage reports the words toks[k:e] as "bình quân" right after a
// change verb: "tổng vốn đầu tư phát triển tăng bình quân 16,55%/năm",
// "thu ngân sách giảm bình quân 2%/năm" give the average yearly change
// of the total, not an amount per head or per project. So does "bình
// quân" right before the verb, with or without the year it averages over
// ("thu ngân sách bình quân tăng 12%/năm", "bình quân mỗi năm tăng 9%").
func yearlyAverage(toks []tok, k, e int) bool {
	if e != k+2 || toks[k].s != "bình" || toks[k+1].s != "quân" {
		return false
	}
	if k > 0 && (toks[k-1].s == "tăng" || toks[k-1].s == "giảm") {
		return true
	}
	j := e
	if j+1 < len(toks) && (toks[j].s == "mỗi" || toks[j].s == "hằng" || toks[j].s == "hàng") && toks[j+1].s == "năm" {
		j += 2
	}
	return j < len(toks) && (toks[j].s == "tăng" || toks[j].s == "giảm")
}

func (s *indicatorSet) growth(in catalog.Indicator) bool { return in.Growth }

// collected is the revenue indicator when toks[i] is the verb "thu"
// right before a figure ("thu 268 tỷ đồng", "thu được hơn 20 tỷ đồng"),
// else -1.
func (s *indicatorSet) collected(toks []tok, i int) int {
	if toks[i].s != "thu" || i+1 >= len(toks) || i > 0 && (toks[i-1].s == "truy" || toks[i-1].s == "doanh") {
		return -1 // "truy thu 23 triệu đồng": arrears an audit recovers; "doanh thu": turnover
	}
	k := i + 1
	// "số thu đạt 1.215 tỷ đồng": the sum collected, with its verb.
	sum := i > 0 && toks[i-1].s == "số"
	for k < len(toks) && k <= i+3 {
		switch toks[k].s {
		case "được", "về", "hơn", "gần", "khoảng", "trên":
			k++
			continue
		case "đạt", "ước", "là":
			if sum {
				k++
				continue
			}
		}
		break
	}
	if k >= len(toks) || !toks[k].digits {
		return -1
	}
	// The figure collected is money: "thu được trên 1 ha …" is a yield,
	// and so is a scale word before another unit ("thu về 647 ngàn tấn",
	// "thu hút 2 triệu lượt khách": a count in thousands or millions).
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		switch toks[j].s {
		case "đồng":
			return s.index("thu_ngan_sach")
		case "tỷ", "triệu", "nghìn", "ngàn":
			if j+1 < len(toks) && toks[j+1].word && !toks[j+1].digits && !moneyOrScale(toks[j+1].s) {
				return -1
			}
			return s.index("thu_ngan_sach")
		}
	}
	return -1
}

// moneyOrScale reports a word that may follow a scale word in an amount
// of money ("tỷ đồng", "nghìn tỷ", "triệu đ").
func moneyOrScale(w string) bool {
	switch w {
	case "đồng", "đ", "vnđ", "vnd", "tỷ", "tỉ", "triệu", "nghìn", "ngàn":
		return true
	}
	return false
}

// settlementM are the words for a residential area below the commune.
var settlementM = newListMatcher([]string{"thôn", "làng", "bản", "buôn", "ấp", "xóm", "sóc", "khối", "khu phố",
	"khối phố", "tổ dân phố", "khu dân cư", "cụm dân cư", "tổ dân cư", "khu", "khu vực", "tổ phố", "tổ"}, 1)

// settlementList reads a list of two or more kinds of residential area
// that ends on "văn hóa" ("làng, cụm dân cư văn hóa", "thôn, buôn, tổ dân
// phố đạt chuẩn văn hóa", "khu phố, thôn văn hóa") at toks[i], returning
// the index after it.
func settlementList(toks []tok, i int) (int, bool) {
	n := 0
	k := i
	for {
		_, e, ok := settlementM.match(toks, k)
		if !ok {
			return 0, false
		}
		n++
		k = e
		if k < len(toks) && (toks[k].s == "," || toks[k].s == "và" || toks[k].s == "-") {
			k++
			continue
		}
		break
	}
	listEnd := k
	reached := false // the title is named as a standard reached ("đạt chuẩn")
	if k+1 < len(toks) && toks[k].s == "đạt" && (toks[k+1].s == "chuẩn" || toks[k+1].s == "danh") {
		k += 2
		if k < len(toks) && toks[k].s == "hiệu" {
			k++
		}
		reached = true
	} else if k+2 < len(toks) && toks[k].s == "đạt" && toks[k+1].s == "tiêu" && toks[k+2].s == "chuẩn" {
		k += 3 // "thôn, bản, tổ phố đạt tiêu chuẩn văn hóa"
		reached = true
	}
	if n < 2 && !reached {
		// One kind with "văn hóa" right after it is the catalog's cue
		// or another thing ("khu văn hóa", a cultural site).
		return 0, false
	}
	if k+1 < len(toks) && toks[k].s == "văn" && toks[k+1].s == "hóa" {
		// "ấp, khu phố đạt chuẩn văn hóa"; one kind, too, when it
		// reaches the standard: "khu phố đạt tiêu chuẩn văn hóa".
		return k + 2, true
	}
	if n < 2 {
		return 0, false
	}
	if e, ok := titleAnaphor(toks, listEnd); ok && hasRun(toks[:max(0, min(i, len(toks)))], "văn", "hóa") {
		// "trong tổng số 120 thôn, tổ dân phố đăng ký danh hiệu văn hóa,
		// có 118 thôn, tổ dân phố đạt danh hiệu này": "này" points back
		// to the cultural title named before in the clause.
		return e, true
	}
	return 0, false
}

// titleAnaphor reads a title or standard named by a demonstrative at
// toks[k] ("đạt tiêu chuẩn này", "được công nhận danh hiệu đó", "đạt
// chuẩn trên"), returning the index after it: the words point back to
// a title the text named before, not to one of their own.
func titleAnaphor(toks []tok, k int) (int, bool) {
	for n := 0; n < 3 && k < len(toks) && (toks[k].s == "đạt" || toks[k].s == "được" || toks[k].s == "công" || toks[k].s == "nhận"); n++ {
		k++
	}
	switch {
	case k+1 < len(toks) && (toks[k].s == "danh" && toks[k+1].s == "hiệu" || toks[k].s == "tiêu" && toks[k+1].s == "chuẩn"):
		k += 2
	case k < len(toks) && toks[k].s == "chuẩn":
		k++
	default:
		return 0, false
	}
	if k < len(toks) && (toks[k].s == "này" || toks[k].s == "đó" || toks[k].s == "trên") {
		return k + 1, true
	}
	return 0, false
}

// hasRun reports the words, in a row, among toks ("hộ nghèo", "văn
// hóa", "số hộ nghèo").
func hasRun(toks []tok, words ...string) bool {
next:
	for k := 0; k+len(words) <= len(toks); k++ {
		for j, w := range words {
			if toks[k+j].s != w {
				continue next
			}
		}
		return true
	}
	return false
}

// familyList reads a list of kinds that opens with the families and ends
// on "văn hóa" at toks[i] ("gia đình, thôn, buôn tổ dân phố, cơ quan, đơn
// vị, doanh nghiệp văn hóa", "hộ gia đình, cơ quan đạt chuẩn văn hóa"),
// returning the index after it.
func familyList(toks []tok, i int) (int, bool) {
	k := i
	if k < len(toks) && toks[k].s == "hộ" {
		k++
	}
	if k+2 >= len(toks) || toks[k].s != "gia" || toks[k+1].s != "đình" || toks[k+2].s != "," {
		return 0, false
	}
	k += 3
	for words := 0; k < len(toks) && words <= 16; k++ {
		t := toks[k]
		if t.s == "văn" && k+1 < len(toks) && toks[k+1].s == "hóa" {
			return k + 2, words > 0
		}
		if t.s == "đạt" && k+1 < len(toks) && (toks[k+1].s == "chuẩn" || toks[k+1].s == "danh") {
			k++
			if k+1 < len(toks) && toks[k+1].s == "hiệu" {
				k++
			}
			continue
		}
		switch {
		case t.s == "," || t.s == "-" || t.s == "và":
		case t.word && !t.digits:
			words++
		default:
			return 0, false
		}
	}
	return 0, false
}

// index is the position of the indicator with code, -1 if the catalog
// has none.
func (s *indicatorSet) index(code string) int {
	if i, ok := s.byCode[code]; ok {
		return i
	}
	return -1
}

// figureAside returns the end (past its ")") of a bracket that opens at
// r[k], closes within r and holds a number, or k when there is none.
func figureAside(r []tok, k int) int {
	if r[k].s != "(" {
		return k
	}
	depth, digit := 0, false
	for j := k; j < len(r); j++ {
		switch {
		case r[j].s == "(":
			depth++
		case r[j].s == ")":
			depth--
			if depth == 0 {
				if digit {
					return j + 1
				}
				return k
			}
		case r[j].digits:
			digit = true
		}
	}
	return k
}

// joined reports the cue at toks[i] joined by "và" to an indicator cue
// that ended at toks[from], with only the earlier name's words between
// (no figure, verb or clause mark): one subject naming two quantities.
func joined(toks []tok, from, i int) bool {
	if i < 1 || from >= i || toks[i-1].s != "và" {
		return false
	}
	for _, t := range toks[from : i-1] {
		if t.s == "-" || t.s == "–" {
			continue
		}
		if !t.word || t.digits || verbWords[t.s] != 0 || t.s == "và" {
			return false
		}
	}
	return true
}

// listedRightAfter reports only a comma, "và" or a dash between the cue
// that ended at toks[from] and the one at toks[i].
func listedRightAfter(toks []tok, from, i int) bool {
	if from >= i {
		return false
	}
	for _, t := range toks[from:i] {
		if t.s != "," && t.s != "và" && t.s != "-" {
			return false
		}
	}
	return true
}

// lumped reports a cue toks[i:e] of indicator v whose head word is
// coordinated with the word before it ("thu, chi ngân sách", "thu và chi
// ngân sách", "chi - thu ngân sách", and with "tổng" opening each side:
// "tổng thu, tổng chi ngân sách"), where that word with the rest of
// the cue (a part of it at least) names another indicator: the figure is of the two lumped
// together, a fact of neither.
// sharedCount reports a counted indicator's cue (people, households)
// that "và" joins to another activity ending the clause: "được giải
// quyết việc làm và đào tạo nghề;", "hỗ trợ … tạo việc làm và xuất khẩu
// lao động.". The activity after "và" is words only, one to four of
// them, with no figure and nothing after them in the clause.
func (s *indicatorSet) sharedCount(toks []tok, e, v int) bool {
	if u := s.list[v].UOM; u != "người" && u != "hộ" {
		return false
	}
	if e < len(toks) && (toks[e].s == "mới" || toks[e].s == "thêm") {
		e++ // "giải quyết việc làm mới và đào tạo nghề"
	}
	if e >= len(toks) || toks[e].s != "và" {
		return false
	}
	n := 0
	for k := e + 1; k < len(toks); k++ {
		t := toks[k]
		if !t.word {
			if t.s == "," || t.s == ";" || t.s == "." || t.s == ")" {
				break
			}
			return false
		}
		if isDigits(t.s) {
			return false
		}
		if n++; n > 4 {
			return false
		}
	}
	if n == 0 {
		return false
	}
	// The activity names no indicator: "hộ nghèo và hộ cận nghèo" are
	// two indicators' names (see joined), "tạo việc làm và việc làm mới"
	// the indicator's own again.
	for k := e + 1; k <= e+n; k++ {
		if w, _, ok := s.cues.match(toks, k); ok && w != -1 {
			return false
		}
	}
	return true
}

func (s *indicatorSet) lumped(toks []tok, i, e, v int) bool {
	if i < 2 || e-i < 2 || !toks[i-2].word {
		return false
	}
	switch toks[i-1].s {
	case ",", "và", "-", "/":
	default:
		return false
	}
	alt := make([]tok, 0, e-i)
	alt = append(alt, toks[i-2])
	alt = append(alt, toks[i+1:e]...)
	w, ae, ok := s.cues.match(alt, 0)
	if ok && ae >= 2 && w >= 0 && w != v {
		return true
	}
	if toks[i].s != "tổng" || e-i < 3 || i < 3 || toks[i-3].s != "tổng" {
		return false
	}
	// "Tổng thu, tổng chi ngân sách …": each side opened by "tổng",
	// the noun shared after the second.
	alt = append(alt[:1], toks[i+2:e]...)
	w, ae, ok = s.cues.match(alt, 0)
	return ok && ae >= 2 && w >= 0 && w != v
}

// growthCue reports a cue's matcher value v, strong or weak ("tăng
// trưởng" alone), as a growth rate's.
func (s *indicatorSet) growthCue(v int) bool {
	if v <= -2 {
		v = -2 - v
	}
	return v >= 0 && v < len(s.list) && s.list[v].Growth
}

// contributionInto reports a growth cue at toks[i] that a contribution
// goes into: "vào" right before it (past "mức", "tốc độ", "tăng
// trưởng": "vào tăng trưởng GRDP") and "góp"
// ("đóng góp", "góp") before that in its clause: "đóng góp của TFP vào
// tăng trưởng kinh tế đạt 36%", "đóng góp 68,8% vào mức tăng GRDP", "TFP
// đóng góp vào tốc độ tăng trưởng khoảng 38%". The cue names the whole,
// not the growth.
func contributionInto(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].s == "mức" || toks[k].s == "tốc" || toks[k].s == "độ" || toks[k].s == "tăng" || toks[k].s == "trưởng") {
		k--
	}
	if k < 1 || toks[k].s != "vào" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		switch toks[j].s {
		case ",", ";", ":", ".":
			return false
		case "góp":
			return true
		}
	}
	return false
}

// assignedBy reports a denying phrase r[k:e] that ends on a level and
// stands between a plan noun and "giao" ("kế hoạch vốn tỉnh giao", "KH
// vốn huyện giao", "KH vốn Trung ương giao"): the level is who
// assigned the plan, not a funding source the figure is a part of.
func assignedBy(r []tok, k, e int) bool {
	if k < 1 || e >= len(r) || r[e].s != "giao" || !isLevelTok(r[e-1].s) && r[e-1].s != "ương" {
		return false
	}
	switch r[k-1].s {
	case "hoạch", "kh", "toán", "dt":
		return true
	}
	return false
}

// wholeOfShare reports a cue at toks[i] right after a share given by
// "chiếm" ("chiếm 55,2% GRDP", "chiếm 40% của tổng sản phẩm"): the whole
// the share is of.
func wholeOfShare(toks []tok, i int) bool {
	k := i - 1
	if k >= 0 && (toks[k].s == "của" || toks[k].s == "trong") {
		k--
	}
	if k < 2 || toks[k].s != "%" || !toks[k-1].digits {
		return false
	}
	j := k - 1
	for j >= 0 && (toks[j].digits || toks[j].s == "," || toks[j].s == ".") {
		j-- // the number's parts: "55", ",", "2"
	}
	for stop := j - 4; j >= 0 && j >= stop; j-- {
		switch toks[j].s {
		case "chiếm":
			return true
		case "khoảng", "gần", "hơn", "trên", "dưới", "xấp", "xỉ", "tỷ", "tỉ", "lệ", "trọng", "ước", "đến", "tới", "được":
		default:
			return false
		}
	}
	return false
}
