package extract

// Peer units: the units of the main unit's tier named in a clause
// (peerUnits), the brackets that name one, the unit a paragraph named last,
// and a bare "thành phố" as a subject. Apart from unit.go because these
// read a sentence's clause for its subject, not the document for its unit.

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/chitieu/chitieu/internal/unitname"
)

// unitMention is a peer unit named in a clause.
type unitMention struct {
	pos  int
	unit string
	// listed marks the text's own unit named again in a list of peers,
	// each with its own figure (see afterPeer): the figure after it is
	// the unit's though the clause speaks of several units.
	listed bool
}

// peerUnits finds the units of the main unit's tier named in a clause:
// "quận Ba Đình đạt 12.000 tỷ đồng; huyện Đông Anh đạt …" gives each figure
// its own unit. Other tiers are parents or parts, never the subject here.
func (x *docReader) peerUnits(p *para, toks []tok) []unitMention {
	if x.units == nil {
		return nil
	}
	// The answer is read before the next clause asks: one buffer serves
	// clause after clause (see x.peers).
	out := x.peers[:0]
	start := 0
	if len(toks) > 0 && strings.TrimSpace(p.text[:toks[0].start]) == "" {
		start = datelineEnd(p.text, toks) // the paragraph's own start
	}
	var heads []int // the clause's list heads, found once (see listNameAt)
	if x.unitTier > tierCommune {
		var buf [8]int
		heads = listHeads(toks, buf[:0])
	}
	// A text that names its unit only by its level word ("toàn tỉnh")
	// still has that level's tier: its parts may be subjects ("Đảng bộ
	// huyện Ninh Sơn kết nạp …" in a province's round-up).
	ownTier := x.unitTier
	if ownTier < 0 {
		ownTier = bareLevelTier(x.unit)
	}
	// The end and tier of the last unit named, for a parent in apposition
	// after it (see appositionParent).
	lastEnd, lastTier := -1, tier(-1)
	rank := ranking{at: -2} // the clause's ranking words, found when first asked
	for i := start; i < len(toks); i++ {
		// Only a word in capitals or a level word may start a unit: the
		// others, most words, are passed over before any reading.
		if !toks[i].word || !upperAt(p.text, toks[i].start) && !levelFirstTok(&toks[i]) {
			continue
		}
		if placeOfUnnamed(p.text, toks, i) {
			// "Một xã ở Hà Nội thu ngân sách đạt hơn 600% dự toán": the
			// place an unnamed unit lies in, not the unit spoken of.
			continue
		}
		var (
			lv   level
			name string
			t    tier
			j, k int
			ok   bool
		)
		if pn, e, isProv := provinceAt(p.text, toks, i); isProv && !outletBefore(toks, i) && !parentInBrackets(toks, i, e) {
			// "GRDP Khánh Hòa tăng 20,7%", "Hà Nội dẫn đầu … với 376.430
			// tỷ đồng": a province named without its level word.
			lv = level{name: unitname.Provinces[pn], tier: tierProvince}
			name, t, j, k, ok = pn, tierProvince, i, e, true
			if appositionParent(toks, i, lastEnd, lastTier, t) {
				lastEnd, i = e, e-1 // "xã A, huyện B, tỉnh C": each parent in turn
				continue
			}
			lastEnd, lastTier = e, t
			if x.unit == lv.name+" "+pn {
				if afterPeer(out, x.unit, toks, i) {
					out = append(out, unitMention{pos: toks[i].start, unit: x.unit, listed: true})
				}
				i = e - 1
				continue // the text's own unit, named again
			}
		} else if ln, lvl, e, isList := x.listNameAt(p.text, toks, i, heads); isList {
			out = append(out, unitMention{pos: toks[i].start, unit: lvl + " " + ln})
			i = e - 1
			continue
		} else if ln, lvl, e, isRanked := x.rankedName(p.text, toks, i, &rank); isRanked {
			out = append(out, unitMention{pos: toks[i].start, unit: lvl + " " + ln})
			i = e - 1
			continue
		} else {
			if !levelFirstTok(&toks[i]) {
				continue
			}
			lv, name, t, j, k, ok = readUnit(p.text, toks, i)
			if !ok {
				continue
			}
			if name != "" && parentInBrackets(toks, i, k) {
				i = k - 1
				continue
			}
			if name != "" {
				if appositionParent(toks, i, lastEnd, lastTier, t) {
					lastEnd, i = k, k-1 // "xã A, huyện B, tỉnh C": each parent in turn
					continue
				}
				lastEnd, lastTier = k, t
			}
		}
		if name != "" && formerUnit(p.text, toks, i, k) {
			i = k - 1
			continue
		}
		subjectPos := clauseSubjectAt(toks, i) || name != "" && predicateAfter(toks, k) || possessiveSubject(toks, i, k)
		if name == "" {
			// A bare level word as the subject: "Toàn tỉnh thu …" in a
			// district's article speaks of the province, "huyện đạt …"
			// of the district again.
			if !subjectPos || x.unitTier < 0 || (j < len(toks) && notSubjectAfter[toks[j].s]) || groupWordAt(p.text, toks, j) || tierList(p.text, toks, i, j) || superlativeScope(toks, i) {
				i = j - 1
				continue
			}
			switch {
			case lv.name == "Thành phố" && !strings.HasPrefix(x.unit, "Thành phố "):
				// "UBND thành phố, Ban Thường vụ Quận ủy đã …" is the
				// governing body: the city is the subject only as "toàn
				// thành phố", "của thành phố đạt", or before its verb.
				whole := i > 0 && (toks[i-1].s == "toàn" || toks[i-1].s == "cả")
				if !whole && !possessiveSubject(toks, i, k) && !verbAt(toks, k) {
					break
				}
				if u := x.cityAbove(); u != "" {
					out = append(out, unitMention{pos: toks[i].start, unit: u})
				}
			case t > x.unitTier && lv.name != "Thành phố":
				u := x.units.tierName[t]
				if u == "" || !strings.HasPrefix(u, lv.name+" ") {
					u = lv.name
				}
				out = append(out, unitMention{pos: toks[i].start, unit: u})
				if bracketAfter(toks, k) {
					// The bracket holds the parent's figure; the text's
					// own unit comes back after it.
					if c := bracketClose(toks, k); c >= 0 {
						out = append(out, unitMention{pos: c, unit: x.unit})
					}
				}
			case t == x.unitTier && strings.HasPrefix(x.unit, lv.name):
				// "HĐND xã Long Điền B cũng tổ chức kỳ họp …; kinh tế xã
				// Long Điền B …. Đến nay, toàn xã còn 80 hộ nghèo": the
				// level word alone refers back to the unit of its level
				// the paragraph named last, a peer as well as the text's
				// own.
				// A name glued to the next word by a typo ("xã Nghĩa
				// Táđã") is the text's own unit still.
				u := x.unit
				if v := x.namedBefore(p, toks[i].start, lv.name); v != "" && !strings.HasPrefix(v, x.unit) {
					u = v
				}
				out = append(out, unitMention{pos: toks[i].start, unit: u})
			case t < x.unitTier && !(i > 0 && (pluralBefore[toks[i-1].s] || toks[i-1].digits)):
				// "phường Bàn Cờ duy trì …. Năm 2025, phường đạt số thu
				// …": a part's level word alone refers back to the part
				// the paragraph named last ("3 phường", "các phường" are
				// several).
				if u := x.namedBefore(p, toks[i].start, lv.name); u != "" {
					out = append(out, unitMention{pos: toks[i].start, unit: u})
				}
			}
			i = j - 1
			continue
		}
		// A unit of the main unit's tier is a peer wherever it stands; a
		// part (a district of a province) or a parent only as the
		// clause's subject ("Đảng bộ huyện A kết nạp 118 ĐV; …", "Tỉnh
		// Hà Giang có tốc độ tăng trưởng 7,5%, huyện đạt 8,2%").
		if t != x.unitTier && !(ownTier >= 0 && (subjectPos || t < ownTier && rank.item(toks, i, k))) {
			continue
		}
		if f, ok := x.units.fold[name]; ok {
			name = f
		}
		if i > 0 && comparedWith[toks[i-1].s] && !(i > 1 && toks[i-2].s == "đối") && lv.name+" "+name != x.unit {
			// "đứng thứ 2 cả nước (sau tỉnh Bắc Giang tăng trưởng
			// 13,85%)": another unit compared with, up to the next
			// mark of punctuation; its figures are no facts here.
			m := compareUnit
			if toks[i-1].s == "sau" && ownFigureAt(toks, k) {
				// "(sau tỉnh Bắc Giang tăng trưởng 13,85%)": the place
				// ahead in a ranking, stated with its own figure, is that
				// unit's fact (K6 of docs/fresh-errors.md); a place named
				// without a figure of its own, or a difference ("cao hơn
				// tỉnh X 1,2 điểm"), gives none.
				m = lv.name + " " + name
				// The ranking may go on with more places, each with its
				// own figure ("sau Trà Vinh tăng 10% và Hậu Giang tăng
				// 8,76%"): they are read as any other mention, and the
				// bracket around them (see bracketed) ends their stretch.
				out = append(out, unitMention{pos: toks[i].start, unit: m})
				i = k - 1
				continue
			}
			out = append(out, unitMention{pos: toks[i].start, unit: m})
			e := k
			for e < len(toks) && toks[e].word || e < len(toks) && toks[e].s == "%" {
				e++
			}
			for e < len(toks) && !(toks[e].s == "," || toks[e].s == ")" || toks[e].s == ";") {
				e++
			}
			if e < len(toks) {
				out = append(out, unitMention{pos: toks[e].start, unit: restoreUnit})
			}
			i = e
			continue
		}
		out = append(out, unitMention{pos: toks[i].start, unit: lv.name + " " + name})
		i = k - 1
	}
	out = bracketed(toks, out)
	// A bracket's close (see bracketAfter) may come after mentions in it.
	slices.SortStableFunc(out, func(a, b unitMention) int { return cmp.Compare(a.pos, b.pos) })
	x.peers = out
	return out
}

// tierList reports a bare level word at toks[i:j] listed with another
// bare level word ("của tỉnh, huyện nói chung", "tỉnh và huyện", "huyện,
// xã"): tiers of government named together, none of them a unit the
// figures after belong to.
func tierList(orig string, toks []tok, i, j int) bool {
	joint := listJoint
	if i >= 2 && joint(toks[i-1].s) && isLevelTok(toks[i-2].s) {
		return true
	}
	if j+1 < len(toks) && joint(toks[j].s) && levelFirstTok(&toks[j+1]) {
		if _, e, ok := matchLevel(orig, toks, j+1); ok && !(e < len(toks) && capitalAt(orig, toks, e)) {
			return true
		}
	}
	return false
}

// afterPeer reports a clause whose last unit named so far is another
// than own, with a figure of its own after it: the text's own unit named
// at toks[i] after it, in a list of units each with its own figure
// ("Quảng Ninh với 40.680 tỷ đồng, … và Bắc Ninh với 20.040 tỷ đồng" in
// Bắc Ninh's article), takes the figures after it back from that peer, as
// any other unit named in the list would. Units named together with no
// figure between ("Thanh Hóa và Nghệ An có …") are no such list.
func afterPeer(out []unitMention, own string, toks []tok, i int) bool {
	for k := len(out) - 1; k >= 0; k-- {
		switch out[k].unit {
		case openBracket, closeBracket:
			continue
		case compareUnit, restoreUnit:
			return false
		}
		if out[k].unit == own {
			return false
		}
		for j := i - 1; j >= 0 && toks[j].start > out[k].pos; j-- {
			if toks[j].digits {
				return true
			}
		}
		return false
	}
	return false
}

// appositionParent reports a unit named at toks[i], of tier t, right
// after a comma that follows a lower unit's name ending at lastEnd: "thị
// xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu đã có …", "quận Cầu Giấy, TP. Hà Nội
// đạt …" say where the first unit lies; the parent is not the subject.
func appositionParent(toks []tok, i, lastEnd int, lastTier, t tier) bool {
	return lastEnd >= 0 && i == lastEnd+1 && toks[lastEnd].s == "," && t > lastTier
}

// The marks around a bracket that names a unit (see bracketed).
const (
	openBracket  = "\x00open"
	closeBracket = "\x00close"
)

// bracketed marks the brackets of a clause that name a unit: such a unit
// speaks only inside them ("tỷ lệ hộ nghèo còn 2,1% (toàn tỉnh 1,8%), tỷ
// lệ … đạt 92%": the 92% is the text's unit's again). The unit before the
// bracket comes back at its close.
func bracketed(toks []tok, ms []unitMention) []unitMention {
	if len(ms) == 0 {
		return ms // most clauses name no unit: no bracket to mark
	}
	// mark[k] is the last bracket, "(" or ")", before token k (-1: none).
	var mark []int
	for k, t := range toks {
		if t.s == "(" && mark == nil {
			mark = make([]int, len(toks)+1)
			for b := 0; b <= k; b++ {
				mark[b] = -1
			}
		}
		if mark != nil && k+1 <= len(toks) {
			mark[k+1] = mark[k]
			if t.s == "(" || t.s == ")" {
				mark[k+1] = k
			}
		}
	}
	if mark == nil {
		return ms // no bracket opens in the clause
	}
	n := len(ms)
	lastOpen := -1
	for i := 0; i < n; i++ {
		m := ms[i]
		if m.unit == compareUnit || m.unit == restoreUnit {
			continue
		}
		k0 := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.pos })
		if k0 < len(toks) && toks[k0].start == m.pos && toks[k0].s == ")" {
			continue // the text's unit back at a bracket's close (see bracketAfter)
		}
		open := mark[k0]
		if open < 0 || toks[open].s != "(" || open == lastOpen {
			continue
		}
		close := -1
		for k := open + 1; k < len(toks); k++ {
			if toks[k].s == "(" {
				break
			}
			if toks[k].s == ")" {
				close = k
				break
			}
		}
		if close < 0 {
			continue
		}
		lastOpen = open
		ms = append(ms, unitMention{pos: toks[open].start, unit: openBracket}, unitMention{pos: toks[close].start, unit: closeBracket})
	}
	return ms
}

// placeOfUnnamed reports a place at toks[i] after "một <level word> ở"
// (tại, thuộc, của): "Một xã ở Hà Nội", "một huyện thuộc tỉnh Nghệ An"
// name the place an unnamed unit of that level lies in.
func placeOfUnnamed(orig string, toks []tok, i int) bool {
	// The preposition stands one to three tokens before i (before the
	// place's level word, if any, of one or two words) and after three
	// tokens at least: asked of every capital and level word, most are
	// turned away so before the level words are read.
	if i < 3 || !unnamedPrep(toks[i-1].s) && !unnamedPrep(toks[i-2].s) && !unnamedPrep(toks[i-3].s) {
		return false
	}
	at := i // the preposition stands before the place's level word, if any
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if _, end, ok := matchLevel(orig, toks, j); ok && end == i {
			at = j
		}
	}
	if at < 3 {
		return false
	}
	if !unnamedPrep(toks[at-1].s) {
		return false
	}
	for k := at - 2; k >= 1 && k >= at-3; k-- {
		if toks[k-1].s != "một" {
			continue
		}
		if _, end, ok := matchLevel(orig, toks, k); ok && end == at-1 {
			return true
		}
	}
	return false
}

// unnamedPrep reports the prepositions of placeOfUnnamed.
func unnamedPrep(w string) bool {
	switch w {
	case "ở", "tại", "thuộc", "của":
		return true
	}
	return false
}

// namedBefore is the unit of level lvName the paragraph names last
// before byte offset pos ("Phường Bàn Cờ"), "" if none.
func (x *docReader) namedBefore(p *para, pos int, lvName string) string {
	text := p.text[:pos]
	// The paragraph's tokens before pos, when it keeps them (see view):
	// pos starts one of them, so they are the tokens of text. Tokenizing
	// text anew at each bare level word cost a fortieth of a run.
	var toks []tok
	if p.toks != nil {
		toks = tokRange(p.toks, 0, pos)
	} else {
		toks = tokenize(lowerSameLen(text), nil)
	}
	last := ""
	for i := 0; i < len(toks); i++ {
		if !levelFirstTok(&toks[i]) {
			continue
		}
		lv, name, _, _, k, ok := readUnit(text, toks, i)
		if !ok {
			continue
		}
		if name != "" && lv.name == lvName && !formerUnit(text, toks, i, k) && !(i > 0 && comparedWith[toks[i-1].s]) && !(isASCII(name) && isUpperCase(name)) {
			// (An acronym after the level word is a kind of unit, no
			// name: "xã NTM kiểu mẫu", "xã ATK".)
			if f, ok := x.units.fold[name]; ok {
				name = f
			}
			last = lv.name + " " + name
		}
		i = max(i, k-1)
	}
	return last
}

// cityAbove is the city a bare "thành phố" as a subject speaks of in the
// article of a unit that is no city: "Theo UBND TP Hồ Chí Minh, toàn
// thành phố thu …" in a district's article, "toàn thành phố" in a ward's.
// A ward's city may be a district-level one (named in the text); a
// district's is a centrally-run city, its parent. The level word alone
// when the text never names the city.
func (x *docReader) cityAbove() string {
	if x.unitTier == tierCommune {
		if u := x.units.tierName[tierDistrict]; strings.HasPrefix(u, "Thành phố ") {
			return u
		}
	}
	if x.unitTier > tierDistrict {
		return ""
	}
	if u := x.units.tierName[tierProvince]; strings.HasPrefix(u, "Thành phố ") {
		return u
	}
	if x.unitTier == tierDistrict {
		return "Thành phố"
	}
	return ""
}

// clauseSubjectAt reports whether toks[i] starts its clause's subject: at
// most a body word ("Đảng bộ", "UBND", "riêng") and punctuation before it.
func clauseSubjectAt(toks []tok, i int) bool {
	n := 0
	for k := i - 1; k >= 0; k-- {
		if !toks[k].word {
			if s := toks[k].s; s == "," || s == ";" || s == ":" || s == "(" {
				break
			}
			continue
		}
		switch s := toks[k].s; {
		case s == "đảng", s == "bộ", s == "ubnd", s == "ủy", s == "ban", s == "riêng", s == "tại", s == "còn", s == "ở", s == "toàn", s == "cả", s == "của", s == "trên", s == "địa", s == "bàn":
			n++
		case s == "với" && k > 0 && toks[k-1].s == "đối", s == "đối" && k+1 < i && toks[k+1].s == "với",
			s == "tính" && k+1 < i && toks[k+1].s == "riêng":
			n++ // "Đối với huyện Sơn Động, tỷ lệ hộ nghèo còn 9,8%"
		case s == "năm" || s == "nay" || s == "tháng" || s == "đầu" || isDigits(s):
			// A time before the subject without a comma: "…, năm 2024
			// toàn thành phố thu …".
		default:
			return false
		}
	}
	return n <= 3
}

// superlativeScope reports a bare level word at toks[i] that closes a
// superlative as its scope: "giảm nhiều nhất trên toàn huyện", "cao nhất
// của tỉnh", "thấp nhất trên địa bàn huyện là …". The unit is what the
// subject is compared within, not the subject.
func superlativeScope(toks []tok, i int) bool {
	b := i - 1
	if b >= 0 && (toks[b].s == "toàn" || toks[b].s == "cả") {
		b--
	}
	if b >= 1 && toks[b].s == "bàn" && toks[b-1].s == "địa" {
		b -= 2
	}
	if b >= 0 && (toks[b].s == "trên" || toks[b].s == "trong" || toks[b].s == "của" || toks[b].s == "ở" || toks[b].s == "tại") {
		b--
	}
	return b >= 0 && toks[b].s == "nhất"
}
