package extract

// The document's own unit: main picks it from the counted mentions, levelOf
// and setListLevel give names their level words, findUnit settles it for a
// docReader, and sectionUnit reads a body paragraph that names a unit.
// Apart from unit.go because these run once the mentions are counted, on
// the whole document.

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/unitname"
)

// maxCounted bounds the names main counts in the whole text.
const maxCounted = 12

// main picks the unit the document is about: the most mentioned named
// district-level unit; else a bare district level ("Huyện" when the text
// says only "huyện"); else the named province; else a bare province; else a
// named commune. text is the document, to count bare uses of each name.
func (u *unitFinder) main(text string) string {
	// A shared-level list whose names the text gives a higher level
	// elsewhere ("xã Tân Lập, Đan Phượng" beside "huyện Đan Phượng") is
	// an address: its first unit is named as any other.
	for _, l := range u.listed {
		// Only a text that speaks of a higher level by its word alone
		// ("toàn huyện", "UBND huyện") has its parts listed so; in
		// another the list may be an address whose parent is never
		// named with its level.
		address, above := false, false
		for lv, t := range u.bareTier {
			if t > l.key.tier && u.bare[lv]+u.bareBody[lv] > 0 {
				above = true
			}
		}
		for k := range u.named {
			if k.tier > l.key.tier && slices.Contains(l.others, k.name) {
				address = true
			}
		}
		if address || !above {
			u.named[l.key]++
			if f, seen := u.firstSeen[l.key]; !seen || l.at < f {
				u.firstSeen[l.key] = l.at
			}
		}
	}
	u.trimTitleNames(text)
	// A mention "quận Thanh Xuân Võ Đăng Dũng" runs into a person's name:
	// fold each name into the shortest other name it starts with.
	keys := make([]unitKey, 0, len(u.named))
	for k := range u.named {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return len(keys[a].name) < len(keys[b].name) })
	u.fold = map[string]string{}
	folded := map[unitKey]int{}
	title := map[unitKey]bool{}
	first := map[unitKey]int{}
	// A name cut at a word written in lower case ("HĐND huyện Thanh ba")
	// that the text elsewhere writes with its capital ("huyện Thanh Ba")
	// is the longer name: fold the cut one into it, not the other way.
	cut := map[unitKey]unitKey{}
	for _, k := range keys {
		for _, s := range keys {
			if s.level == k.level && len(s.name) < len(k.name) && strings.HasPrefix(k.name, s.name+" ") && (cutName(text, s.name, k.name) || cutProvince(s, k) || cutDistrict(s, k)) {
				cut[s] = k
			}
		}
	}
	if len(u.congress) == 1 {
		// The one congress the lead reports names the text's unit as a
		// headline would; a lead that lists several ("Đại hội Đảng bộ
		// xã A … và Đại hội Đảng bộ xã B …") reports on none alone.
		u.title[u.congress[0]] = true
	} else if len(u.congress) == 0 && len(u.hosts) == 1 {
		// So does the one unit the lead has hold an event ("UBND huyện
		// Lâm Hà (Lâm Đồng) tổ chức hội nghị …", see hostOf); a lead
		// that has several hold theirs is a round-up.
		u.title[u.hosts[0]] = true
	}
	for _, k := range keys {
		to := k
		if l, ok := cut[k]; ok {
			to = l
		}
		for _, s := range keys {
			if _, ok := cut[s]; ok || to != k {
				continue
			}
			if s.level == k.level && len(s.name) < len(k.name) && strings.HasPrefix(k.name, s.name+" ") && !strings.HasPrefix(k.name[len(s.name):], " - ") && !siblingTail(k.name[len(s.name)+1:]) {
				to = unitKey{k.level, s.name, k.tier}
				break
			}
		}
		folded[to] += u.named[k]
		u.fold[k.name] = to.name
		if u.title[k] {
			title[to] = true
		}
		if f, ok := first[to]; !ok || u.firstSeen[k] < f {
			first[to] = u.firstSeen[k]
		}
	}
	best := func(t tier) (unitKey, int, bool) {
		var bk unitKey
		bs, found := -1, false
		// Counting a name in the text costs a pass over it: count only
		// the most mentioned names, so a text naming thousands of places
		// stays linear.
		var ks []unitKey
		for k := range folded {
			if k.tier == t {
				ks = append(ks, k)
			}
		}
		sort.Slice(ks, func(a, b int) bool {
			if folded[ks[a]] != folded[ks[b]] {
				return folded[ks[a]] > folded[ks[b]]
			}
			return first[ks[a]] < first[ks[b]]
		})
		if len(ks) > maxCounted {
			ks = ks[:maxCounted]
		}
		for _, k := range ks {
			s := countName(text, k.name) - countWithin(text, k.name, folded) - u.addressed[k.name]
			if s < folded[k] {
				s = folded[k]
			}
			if title[k] {
				s += 2
			}
			if s > bs || (s == bs && first[k] < first[bk]) {
				bk, bs, found = k, s, true
			}
		}
		return bk, bs, found
	}
	// bareBest is the level word of tier t used most alone, with its
	// uses counted twice and a body's once (see bodyBefore): the weights
	// of main below are in halves.
	bareBest := func(t tier) (string, int) {
		name, n := "", 0
		for lv, tt := range u.bareTier {
			c := 2*u.bare[lv] + u.bareBody[lv]
			if tt == tierCommune && len(folded) == 0 {
				// A text that names no unit and speaks of a commune by its
				// own bodies ("UBND xã", "của xã") is the commune's: the
				// district it names bare is the one that visits it and
				// asks things of it ("HĐND huyện", "huyện yêu cầu").
				c = 2 * u.bareBody[lv]
			}
			if tt == t && (c > n || (c == n && lv < name)) {
				name, n = lv, c
			}
		}
		return name, n
	}
	// A headline that puts the text at a place without its level word
	// ("Hạ Long: …") names the unit the body names with it ("HĐND TP Hạ
	// Long"), as if it had said it. Not a province's name: "Hà Tĩnh: …"
	// is the province even where its city of the same name is named.
	// Of several units of that name ("huyện Mê Linh", "xã Mê Linh"), the
	// one the body names most; on a tie, the higher.
	if u.placeTitle && unitname.Provinces[u.place] == "" {
		var pk unitKey
		found := false
		for k := range folded {
			if k.name == u.place && k.tier < tierProvince && (!found || folded[k] > folded[pk] || folded[k] == folded[pk] && k.tier > pk.tier) {
				pk, found = k, true
			}
		}
		if found {
			title[pk] = true
		}
	}
	// The lowest unit named in the headline is the subject, even when its
	// parent is named more often in the text, or its parts ("Tỉnh Quảng
	// Ninh: …" with its cities in the body).
	var tk unitKey
	found := false
	for k := range folded {
		if !title[k] {
			continue
		}
		if !found || k.tier < tk.tier || (k.tier == tk.tier && (folded[k] > folded[tk] || folded[k] == folded[tk] && first[k] < first[tk])) {
			tk, found = k, true
		}
	}
	// Each tier's best, found once: counting the names in the text is
	// what costs.
	type scored struct {
		k     unitKey
		score int
		ok    bool
	}
	var bests [3]scored
	for _, t := range []tier{tierCommune, tierDistrict, tierProvince} {
		k, sc, ok := best(t)
		bests[t] = scored{k, sc, ok}
		if ok {
			u.tierName[t] = k.level + " " + k.name
		}
	}
	if found {
		return tk.level + " " + tk.name
	}
	// The tier the text speaks of most: its best named unit's score plus
	// the bare uses of its level word ("toàn tỉnh", "UBND huyện"). A
	// district's article names its province now and then; a province's
	// article lists its districts once each; a commune's (after the 2025
	// reform, often with no district at all) names the commune most.
	type cand struct {
		name  string
		score int
	}
	var tiers [3]cand
	weight := [3]int{}
	for _, t := range []tier{tierCommune, tierDistrict, tierProvince} {
		if b := bests[t]; b.ok {
			tiers[t] = cand{u.tierName[t], b.score} // the name set with bests
			weight[t] += 2 * b.score
		}
		if lv, n := bareBest(t); n > 0 {
			weight[t] += n
			if tiers[t].name == "" {
				// Only the level: named by a place the text puts it at
				// ("Tại Nam Định … toàn tỉnh", "Nam Định: …" headline).
				tiers[t] = cand{lv, 0}
				if u.place != "" && !u.placeIsNamed {
					tiers[t].name = lv + " " + u.place
				} else if t == tierProvince && u.outletProvince != "" && unitname.Provinces[u.outletProvince] == lv {
					tiers[t].name = lv + " " + u.outletProvince
					u.tierName[t] = tiers[t].name
				}
			}
		}
	}
	// On equal weight the unit the text names first is its subject (a
	// province's article that names one commune as often as itself).
	firstAt := [3]int{}
	for _, t := range []tier{tierCommune, tierDistrict, tierProvince} {
		firstAt[t] = int(^uint(0) >> 1)
		if b := bests[t]; b.ok {
			firstAt[t] = first[b.k]
		}
	}
	pick := -1
	for _, t := range []tier{tierDistrict, tierCommune, tierProvince} {
		if tiers[t].name != "" && (pick < 0 || weight[t] > weight[pick] || weight[t] == weight[pick] && firstAt[t] < firstAt[pick]) {
			pick = int(t)
		}
	}
	// The body the lead has issue a document ("HĐND tỉnh ban hành Nghị
	// quyết …") tells the text's level: a resolution's targets are its
	// unit's, whatever parts it names more ("huyện A đạt chuẩn nông thôn
	// mới"). Only one level issuing.
	if t, ok := oneTier(u.issuers); ok && tiers[t].name != "" {
		pick = int(t)
	}
	// A text that names no unit at all and says "thành phố" more than
	// any other level word is a city's ("cấp ủy, chính quyền thành phố
	// …, đạt 103,72% kế hoạch tỉnh giao, 102,47% kế hoạch thành phố"):
	// the province is only the plan's giver. (Elsewhere a bare "thành
	// phố" is the city above a district or a ward, see scan.)
	if len(folded) == 0 && u.portal == "" && u.bareCity > 0 && (pick < 0 || 2*u.bareCity > weight[pick]) {
		return "Thành phố"
	}
	if pick < 0 && u.portal == "" && len(folded) == 0 {
		// A text that names no unit and no level as its subject but
		// keeps or reaches a new-rural title for itself ("giữ vững danh
		// hiệu xã nông thôn mới") is of the title's level.
		if lv, ok := oneWord(u.titled); ok {
			return lv
		}
	}
	if pick < 0 {
		return u.portal
	}
	return tiers[pick].name
}

// trimTitleNames cuts the district names read only in a headline to
// what the text and the gazetteer know of them: in a headline in Title
// Case ("Huyện Vượt Khó Đi Lên", "Thị Xã An Nhơn Đạt Nhiều Kết Quả") the
// capitals cannot end a name, so a district's name of three words or
// more that the body never writes and the gazetteer does not know is a
// name only as far as its longest start that the body writes apart or
// the gazetteer knows ("An Nhơn"); with none, the headline names no
// district. (Communes have no list, and many names of three words that
// only a headline writes.) A name that ends the headline's line
// ("KINH TẾ - XÃ HỘI HUYỆN TÂN THÀNH ĐẠT") has no predicate after it and
// is read whole.
func (u *unitFinder) trimTitleNames(text string) {
	for k, n := range u.named {
		if k.tier != tierDistrict || !u.titleRunOn[k] || strings.Count(k.name, " ") < 2 || knownName(k) || countName(text, k.name) > n {
			continue
		}
		whole := countName(text, k.name)
		words := strings.Fields(k.name)
		to := unitKey{}
		for m := len(words) - 1; m >= 1; m-- {
			p := unitKey{k.level, strings.Join(words[:m], " "), k.tier}
			if t, ok := unitname.TierOf(p.level + " " + p.name); ok {
				p.tier = t // "Thành Phố Cần Thơ Bứt Phá": a centrally-run city ranks as a province
			}
			if knownName(p) || countName(text, p.name) > whole {
				to = p
				break
			}
		}
		if _, named := u.named[to]; named {
			continue // named apart too: main folds the longer name into it
		}
		delete(u.named, k)
		delete(u.title, k)
		at := u.firstSeen[k]
		delete(u.firstSeen, k)
		if to.name == "" {
			continue
		}
		u.named[to] += n
		u.title[to] = true
		if f, seen := u.firstSeen[to]; !seen || at < f {
			u.firstSeen[to] = at
		}
	}
}

// knownName reports a unit the lists know: a province of its level word,
// or a district of the gazetteer of its level word.
func knownName(k unitKey) bool {
	if unitname.Provinces[officialSpelling(k.name)] == k.level {
		return true
	}
	return k.tier == tierDistrict && districtOfLevel(k.level, officialSpelling(k.name))
}

// oneWord is the word all of ws are, ok false for none or several.
func oneWord(ws []string) (string, bool) {
	if len(ws) == 0 {
		return "", false
	}
	for _, w := range ws[1:] {
		if w != ws[0] {
			return "", false
		}
	}
	return ws[0], true
}

// oneTier is the tier all of ts are, ok false for none or several.
func oneTier(ts []tier) (tier, bool) {
	if len(ts) == 0 {
		return 0, false
	}
	for _, t := range ts[1:] {
		if t != ts[0] {
			return 0, false
		}
	}
	return ts[0], true
}

// siblingTail reports whether tail, what a longer unit name adds to a
// shorter one, makes it another place rather than the same one run into
// the next words: a position word ("xã Sơn Đông" beside "xã Sơn", "Tân
// Lộc Bắc" beside "Tân Lộc") or one capital letter ("Châu Thành A").
func siblingTail(tail string) bool {
	switch tail {
	case "Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ":
		return true
	}
	r, n := utf8.DecodeRuneInString(tail)
	return n == len(tail) && unicode.IsUpper(r)
}

// countName counts the mentions of a unit's name in text as a whole
// name: not where it is the start of a longer word ("Vĩnh Phú" in "Vĩnh
// Phúc", the province split out of it) or the end of one.
func countName(text, name string) int {
	if name == "" {
		return 0
	}
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return n
		}
		a, b := i+j, i+j+len(name)
		r1, _ := utf8.DecodeLastRuneInString(text[:a])
		r2, _ := utf8.DecodeRuneInString(text[b:])
		if (a == 0 || !isWordRune(r1)) && (b == len(text) || !isWordRune(r2)) {
			n++
		}
		i = b
	}
}

// countWithin counts the mentions of name that are part of a longer
// name the text names too ("Huế" in "Thừa Thiên Huế", "Tân Lộc" in "Tân
// Lộc Bắc"): they are the longer unit's mentions, not name's. Each longer
// name is counted once, whatever its levels.
func countWithin(text, name string, units map[unitKey]int) int {
	n := 0
	var seen []string
	for k := range units {
		if len(k.name) <= len(name) || slices.Contains(seen, k.name) || !containsWords(k.name, name) {
			continue
		}
		seen = append(seen, k.name)
		n += countName(text, k.name)
	}
	return n
}

// containsWords reports name as whole words of long ("Huế" of "Thừa
// Thiên Huế", not "Phú" of "Vĩnh Phúc").
func containsWords(long, name string) bool {
	return countName(long, name) > 0
}

// cutProvince reports a province's name cut short ("tỉnh Bình" where an
// excerpt breaks off) beside the whole name ("tỉnh Bình Định"): the
// provinces are known, and a name that is none is the known one cut, not
// the other way round.
func cutProvince(short, long unitKey) bool {
	return short.tier == tierProvince && unitname.Provinces[long.name] != "" && unitname.Provinces[short.name] == ""
}

// cutDistrict reports a district's name cut short ("huyện Mèo" beside
// "huyện Mèo Vạc") by the gazetteer: the longer name is a district of
// that level word and the shorter one is none, so the shorter is the
// longer cut where the writer broke off, not a name run into the next
// words.
func cutDistrict(short, long unitKey) bool {
	if short.tier != tierDistrict || long.tier != tierDistrict {
		return false
	}
	return districtOfLevel(long.level, long.name) && len(unitname.DistrictsNamed(short.name)) == 0
}

// districtOfLevel reports a district of the gazetteer named name whose
// level word is level.
func districtOfLevel(level, name string) bool {
	for _, d := range unitname.DistrictsNamed(name) {
		if d.Level == level {
			return true
		}
	}
	return false
}

// cutName reports whether the text writes the longer name long with its
// tail in lower case ("Thanh ba" for "Thanh Ba"): the shorter name short
// is then that name cut where the writer dropped a capital.
func cutName(text, short, long string) bool {
	tail := long[len(short)+1:]
	low := strings.ToLower(tail)
	return low != tail && !strings.Contains(tail, " ") && strings.Contains(text, short+" "+low)
}

// levelOf is the level word the text gives a unit named name elsewhere
// ("huyện Bác Ái" for a list's "Bác Ái"), "" if none or several.
func (u *unitFinder) levelOf(name string) string {
	lv := ""
	for k := range u.named {
		if k.name == name || u.fold[k.name] == name {
			if lv != "" && lv != k.level {
				return ""
			}
			lv = k.level
		}
	}
	for _, l := range u.listed {
		if l.key.name == name || slices.Contains(l.others, name) {
			if lv != "" && lv != l.key.level {
				return ""
			}
			lv = l.key.level
		}
	}
	return lv
}

// setListLevel picks the level word of the tier below the text's unit
// that the text uses most ("huyện" beside "thị xã" in a province's
// round-up; "xã" or "phường" in a district's).
func (u *unitFinder) setListLevel(own tier) {
	if own <= tierCommune {
		return
	}
	count := map[string]int{}
	for k, n := range u.named {
		if k.tier == own-1 {
			count[k.level] += n
		}
	}
	for lv, n := range u.bare {
		if u.bareTier[lv] == own-1 {
			count[lv] += n
		}
	}
	for _, l := range u.listed {
		if l.key.tier == own-1 {
			count[l.key.level] += 1 + len(l.others) // each name of the list has its level
		}
	}
	best, bn := "", 0
	for lv, n := range count {
		if n > bn || n == bn && lv < best {
			best, bn = lv, n
		}
	}
	u.listLevel, u.listLevelOK = best, best != ""
}

// sectionUnit reads a paragraph of the body that is a unit's name and
// nothing else, after a list marker at most ("1. Khánh Hòa", "Huyện Lục
// Ngạn", "b) Thành phố Hạ Long:"): the heading of a section about that
// unit in a ranking or a round-up. The figures after it are the unit's
// until the next such heading.
//
// A header line heads a section too when it is the last one before the
// body and not the first of the article, written in Title case: an
// excerpt that starts mid-page ("… dự kiến là Hà Nội, Huế, …\n\nHà
// Nội\n\nNăm 2024, …") keeps its first section's heading among the
// lines before the first paragraph of prose. A letterhead ("UBND HUYỆN
// …"), a headline, and a place's name above the headline are not one.
func (x *docReader) sectionUnit(p view, lastHead bool) (string, tier, bool) {
	if x.units == nil || len(p.toks) == 0 || len(p.toks) > 10 {
		return "", 0, false
	}
	if p.header && (!lastHead || p.title || isUpperCase(p.text)) {
		return "", 0, false
	}
	toks := p.toks
	i := 0
	for i < len(toks) && listMarker(toks, i) {
		i++
	}
	if i >= len(toks) {
		return "", 0, false
	}
	unit, e := "", 0
	if name, end, ok := provinceAt(p.text, toks, i); ok {
		unit, e = unitname.Provinces[name]+" "+name, end
	} else if lv, name, _, _, k, ok := readUnit(p.text, toks, i); ok && name != "" {
		unit, e = lv.name+" "+name, k
		if f, ok := x.units.fold[name]; ok {
			unit = lv.name + " " + f
		}
	} else {
		return "", 0, false
	}
	for e < len(toks) && (toks[e].s == ":" || toks[e].s == ".") {
		e++
	}
	if e != len(toks) {
		return "", 0, false
	}
	return unit, unitTierOf(unit), true
}

// placeLine reports a line that is a place's name and nothing else: a
// province's ("Thanh Hóa"), or a unit's with its level word ("Quận 3",
// "TP.HCM", "TỈNH LÂM ĐỒNG"), a colon or a full stop at most after it.
func placeLine(text string, toks []tok) bool {
	if len(toks) == 0 || len(toks) > 10 {
		return false
	}
	e := 0
	if _, end, ok := provinceAt(text, toks, 0); ok {
		e = end
	} else if _, name, _, _, k, ok := readUnit(text, toks, 0); ok && name != "" {
		e = k
	} else {
		return false
	}
	for e < len(toks) && (toks[e].s == ":" || toks[e].s == ".") {
		e++
	}
	return e == len(toks)
}

// listMarker reports toks[i] as part of a list item's marker: a number,
// a roman numeral or a letter with its dot or bracket, a dash or a bullet.
func listMarker(toks []tok, i int) bool {
	s := toks[i].s
	switch s {
	case ".", ")", "-", "–", "*", "+", "•":
		return true
	}
	if !toks[i].word || i+1 >= len(toks) || toks[i+1].s != "." && toks[i+1].s != ")" {
		return false
	}
	if isDigits(s) || len(s) == 1 {
		return true
	}
	return strings.Trim(s, "ivx") == ""
}

func (x *docReader) findUnit(text string) {
	if x.opt.Unit != "" {
		x.unit = x.opt.Unit
		return
	}
	u := x.units // filled paragraph by paragraph as the document was read
	x.unit = u.main(text)
	if name, ok := captionUnit(x.unit, u, x.capUnits); ok {
		x.unit = name
	}
	x.units = u
	x.unitTier = unitTierOf(x.unit)
	if x.unitTier >= 0 {
		u.setListLevel(x.unitTier)
	}
}

// captionUnit names the text's unit from its photo captions (cap, see
// newDocReader) when the text (u) gives only its level (unit is a level
// word alone, "Huyện"): the caption's unit of that level, the one it
// names most ("Quang cảnh kỳ họp HĐND huyện Lâm Hà" over a text that
// says "huyện"). A caption's place is where the photo was taken: a text
// that names its own unit keeps it, and a caption's unit of another level
// ("Nông dân thị xã …" in a text on a "huyện") is another place.
func captionUnit(unit string, u, cap *unitFinder) (string, bool) {
	if cap == nil || cap.scans == 0 || unit == "" {
		return "", false
	}
	if _, bare := u.bareTier[unit]; !bare && !(unit == "Thành phố" && u.bareCity > 0) {
		return "", false
	}
	var best unitKey
	n := 0
	for k, c := range cap.named {
		if k.level == unit && (c > n || c == n && (cap.firstSeen[k] < cap.firstSeen[best] || cap.firstSeen[k] == cap.firstSeen[best] && k.name < best.name)) {
			best, n = k, c
		}
	}
	if n == 0 {
		return "", false
	}
	return best.level + " " + best.name, true
}
