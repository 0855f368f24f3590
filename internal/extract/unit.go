package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/unitname"
)

// tier orders administrative levels (see unitname.Tier).
type tier = unitname.Tier

const (
	tierCommune  = unitname.Commune
	tierDistrict = unitname.District
	tierProvince = unitname.Province
)

type unitKey struct {
	level string
	name  string
	tier  tier
}

type unitFinder struct {
	named     map[unitKey]int // mentions with a name
	bare      map[string]int  // level-only subject mentions by level word
	bareBody  map[string]int  // level-only mentions after a governing body's word (see bodyBefore)
	bareTier  map[string]tier
	firstSeen map[unitKey]int
	title     map[unitKey]bool
	n         int
	fold      map[string]string // a mention's name → the name it folds into (set by main)
	portal    string            // the unit of a government portal the page is on ("Cổng thông tin điện tử tỉnh …")
	// outletProvince is a province an outlet's name names ("Báo Ninh
	// Thuận"): which province a text that says only "tỉnh" speaks of.
	outletProvince string

	// place is a name the text puts itself at without a level word: the
	// headline's "Nam Định: …", else the first "Tại Nam Định, …".
	place        string
	placeTitle   bool
	placeIsNamed bool

	tierName [3]string // the best named unit of each tier (set by main)

	scans    int       // paragraphs scanned so far (see leadParas)
	congress []unitKey // the units whose congress the lead reports (see congressOf)
	hosts    []unitKey // the units the lead has hold an event (see hostOf)

	// listLevel is the level word of the units a per-unit list names
	// without it: the tier below the text's own unit (set by findUnit).
	listLevel   string
	listLevelOK bool

	// listed are the named units of shared-level lists ("chỉ đạo xã Lê
	// Hóa, Kim Hóa rà soát", see sharedLevelList), kept out of named
	// unless the list turns out an address (see main).
	listed []listedUnit

	// prov is the province the text is about (see docProvince), found
	// once: provOK false when it names several.
	prov             string
	provDone, provOK bool

	// bareCity counts the uses of "thành phố" alone as a subject (not
	// "thành phố giao", "các thành phố"): the unit of a city's text that
	// never names its city (see main).
	bareCity int

	// titled are the level words of the new-rural titles the text keeps
	// or reaches for itself ("giữ vững danh hiệu xã nông thôn mới", see
	// ownTitleAt), one a use.
	titled []string

	// issuers are the tiers of the bodies the lead has issue a document
	// ("HĐND tỉnh ban hành Nghị quyết", see issuedBy).
	issuers []tier

	// titleRunOn are the headline's units whose name more words follow
	// on its line (see trimTitleNames).
	titleRunOn map[unitKey]bool

	// addressed counts the units named in brackets after a lower unit,
	// as its address (see bracketedParent), by name.
	addressed map[string]int

	// namesOnly: the line being scanned counts the units it names, not
	// its level words alone (a breadcrumb's "Tin tức > Huyện, thị,
	// thành" is the portal's menu; see para.stamp).
	namesOnly bool
}

func newUnitFinder() *unitFinder {
	return &unitFinder{named: map[unitKey]int{}, bare: map[string]int{}, bareBody: map[string]int{}, bareTier: map[string]tier{},
		firstSeen: map[unitKey]int{}, title: map[unitKey]bool{}, addressed: map[string]int{}, titleRunOn: map[unitKey]bool{}}
}

// reset makes u as newUnitFinder makes it, keeping its maps.
func (u *unitFinder) reset() {
	for _, m := range []map[unitKey]int{u.named, u.firstSeen} {
		clear(m)
	}
	for _, m := range []map[string]int{u.bare, u.bareBody} {
		clear(m)
	}
	clear(u.bareTier)
	clear(u.title)
	clear(u.addressed)
	clear(u.titleRunOn)
	*u = unitFinder{named: u.named, bare: u.bare, bareBody: u.bareBody, bareTier: u.bareTier, firstSeen: u.firstSeen, title: u.title, listed: u.listed[:0], addressed: u.addressed, titleRunOn: u.titleRunOn, issuers: u.issuers[:0], titled: u.titled[:0]}
}

// listedUnit is the first unit of a shared-level list and the names
// listed after it.
type listedUnit struct {
	key    unitKey
	at     int // its mention's order (as firstSeen)
	others []string
}

// sharedLevelList reads the names listed after a unit's name that ends
// at toks[k], under its one level word: "xã Lê Hóa, Kim Hóa", "phường An
// Bình và Tân Lộc". One level word for several names makes them a set of
// units, as "các xã" does: parts the text's unit acts on, not its
// subject. Each name listed is two words in capitals (one may open a new
// clause, "Tại xã A, Chủ tịch …"; three may be a person's, "… xã A,
// Nguyễn Văn B"; an acronym is an office), not a level word or a
// province (an address, "xã A, Tuyên Hóa, Quảng Bình", is told by main).
func sharedLevelList(orig string, toks []tok, k int) ([]string, bool) {
	var others []string
	for k+1 < len(toks) && (toks[k].s == "," || toks[k].s == "và") {
		m := k + 1
		if !toks[m].word || !upperAt(orig, toks[m].start) || isLevelFirst(toks[m].s) || toks[m].digits {
			break
		}
		if _, _, prov := provinceAt(orig, toks, m); prov {
			return nil, false
		}
		e := m
		for e < len(toks) && e-m < 3 && toks[e].word && upperAt(orig, toks[e].start) && !toks[e].digits {
			if w := orig[toks[e].start:toks[e].end]; isUpperCase(w) && utf8.RuneCountInString(w) > 1 {
				return nil, false // an acronym ("UBND", "HĐND"): an office, not a name
			}
			e++
		}
		if e-m != 2 {
			return nil, false // a name is two words; one may open a clause ("…, Chủ tịch …"), three a person's
		}
		others = append(others, orig[toks[m].start:toks[e-1].end])
		k = e
	}
	return others, len(others) > 0
}

// provinceM finds the names of unitname.Provinces in tokens.
var provinceM, provinceNames = func() (*matcher, []string) {
	m := newMatcher()
	var names []string
	for name := range unitname.Provinces {
		m.add(strings.ToLower(name), len(names))
		names = append(names, name)
	}
	return m, names
}()

// scan records the unit mentions of one paragraph; words is the
// signature of its tokens (nil for none, see wordBits).
func (u *unitFinder) scan(orig string, toks []tok, words *wordBits, isTitle bool) {
	u.scans++
	u.findPlace(orig, toks, words, isTitle)
	if (words.mayHave(hashHTTP) || words.mayHave(hashHTTPS) || words.mayHave(hashWWW)) && webAddress(toks) {
		return // a line with a web address names the site, not the subject
	}
	if words.mayHave(hashDia) || words.mayHave(hashTru) {
		toks = toks[:addressAt(toks)] // "địa chỉ:", "trụ sở:"
	}
	if !isTitle {
		toks = toks[datelineEnd(orig, toks):]
	}
	var peers map[int]bool // the units ranked against each other (see rankedPeers), read once a name is seen
	peersRead := false
	for i := 0; i < len(toks); i++ {
		// Only a word in capitals or a level word may start a unit: the
		// others, most words, are passed over before any reading.
		if !toks[i].word {
			continue
		}
		if !upperAt(orig, toks[i].start) && !levelFirstTok(&toks[i]) {
			continue
		}
		if placeOfUnnamed(orig, toks, i) {
			continue // "Một xã ở Hà Nội …": where an unnamed unit lies (see placeOfUnnamed)
		}
		if name, e, ok := provinceAt(orig, toks, i); ok {
			// A province named without its level word: "Nghệ An thu
			// ngân sách …", "GRDP Khánh Hòa tăng …". In an outlet's
			// name ("Báo Ninh Thuận điện tử") it only tells which
			// province a bare "tỉnh" is.
			if outletBefore(toks, i) {
				if u.outletProvince == "" {
					u.outletProvince = name
				}
			} else if !(e+1 < len(toks) && toks[e].s == "," && toks[e+1].s == "ngày") && !inGeneral(toks, e) {
				// Not the place of a date line ("Khánh Hòa, ngày
				// 15/01/2024"). A headline's bare province is its
				// context ("… cao nhất Hà Nội", "Hòa Bình: Lương Sơn và
				// Kim Bôi …"), not its subject.
				u.mention(unitKey{unitname.Provinces[name], name, tierProvince})
			}
			i = e - 1
			continue
		}
		if key, pname, e, ok := placedDistrict(orig, toks, i); ok {
			// "Phú Quốc (Kiên Giang) là hòn đảo …": a district named
			// without its level word, placed in its province by
			// brackets; the gazetteer gives its level word.
			u.mention(key)
			u.addressed[pname]++
			i = e - 1
			continue
		}
		if !isLevelFirst(toks[i].s) {
			continue
		}
		if outletBefore(toks, i) {
			// "Báo Hà Giang", "Đài PT-TH tỉnh Hà Giang": the outlet, not
			// the subject. A government's own portal ("Cổng thông tin
			// điện tử tỉnh …") is kept aside: the unit of a page that
			// names no other.
			if lv, nm, _, _, k, ok := readUnit(orig, toks, i); ok && nm != "" && u.portal == "" && hasWord(toks[:i], "cổng") {
				u.portal = lv.name + " " + nm
				i = k - 1
			}
			continue
		}
		lv, nm, t, j, k, ok := readUnit(orig, toks, i)
		if !ok {
			continue
		}
		if inGeneral(toks, k) {
			// "tỉnh Lâm Đồng nói chung và huyện Đơn Dương nói riêng":
			// the setting the text narrows from, not what it is about.
			i = k - 1
			continue
		}
		if nm != "" {
			key := unitKey{lv.name, nm, t}
			if others, ok := sharedLevelList(orig, toks, k); ok && !isTitle {
				u.listed = append(u.listed, listedUnit{key, u.n, others})
				u.n++
				i = k - 1
				continue
			}
			if !isTitle && !peersRead {
				if !rankM.absentFrom(words) {
					peers = rankedPeers(orig, toks) // nil when no clause ranks
				}
				peersRead = true
			}
			if peers[toks[i].start] {
				// "Trong đó, huyện A có tỷ lệ … cao nhất 85,53%, thấp
				// nhất là huyện B chỉ đạt 65,42%": units ranked against
				// each other are parts compared, as a shared-level list
				// names them, not the text's subject.
				u.listed = append(u.listed, listedUnit{key, u.n, nil})
				u.n++
				i = k - 1
				continue
			}
			if (isTitle || u.scans <= leadParas) && venueOf(orig, toks, i, k, nm) {
				// "Sáng 11/7, tại thành phố Đà Lạt, khai mạc Kỳ họp … của
				// HĐND tỉnh Lâm Đồng": the place an event is held at, not
				// the unit it reports on.
				i = k - 1
				continue
			}
			u.mention(key)
			if u.scans <= leadParas && issuedBy(toks, i, k) {
				u.issuers = append(u.issuers, t)
			}
			if pname, e, ok := bracketedParent(orig, toks, k, t); ok {
				// "huyện Lạc Dương (Lâm Đồng)", "xã Đạ Sar (huyện Lạc
				// Dương)": the unit in brackets is where the one before
				// lies, its address, not a mention of a unit the text
				// speaks of.
				u.addressed[pname]++
				k = e
			}
			if isTitle {
				u.title[key] = true
				if k < len(toks) && toks[k].word {
					u.titleRunOn[key] = true // words follow the name (see trimTitleNames)
				}
			} else if u.scans <= leadParas && congressOf(toks, i, k) && !slices.Contains(u.congress, key) {
				u.congress = append(u.congress, key)
			} else if u.scans <= leadParas && hostOf(toks, i, k) && !slices.Contains(u.hosts, key) {
				u.hosts = append(u.hosts, key)
			}
			i = k - 1
			continue
		}
		if name, ok := definedName(orig, toks, i); ok && lv.tier != tierCommune {
			// "Cẩm Phả là thành phố trực thuộc tỉnh Quảng Ninh": the
			// name the sentence opens with is of the level it is said
			// to be; the text goes on naming it without the level word.
			u.mention(unitKey{lv.name, name, t})
			i = j - 1
			continue
		}
		if u.namesOnly {
			i = j - 1
			continue
		}
		if u.scans <= leadParas && issuedBy(toks, i, j) {
			u.issuers = append(u.issuers, lv.tier)
		}
		if ownTitleAt(toks, i, j) {
			u.titled = append(u.titled, lv.name)
		}
		if lv.name == "Thành phố" || lv.tier == tierCommune {
			// A bare "thành phố" is the assigning city; bare "xã",
			// "phường" are the parts of the unit, except after the
			// commune's own bodies or as the whole ("HĐND xã", "UBND
			// phường", "Đảng ủy xã", "của xã", "trên địa bàn xã",
			// "toàn xã"): a commune's text that never names it speaks
			// so of itself (counted as a body's mention, see bareBody).
			if lv.tier == tierCommune && (ownCommuneBefore(toks, i) && !(j < len(toks) && (notSubjectAfter[toks[j].s] || toks[j].s == "hội")) || laterGiver(orig, toks, i, j)) {
				u.bareTier[lv.name] = lv.tier
				u.bareBody[lv.name]++
			}
			if lv.name == "Thành phố" && (!(j < len(toks) && notSubjectAfter[toks[j].s]) || laterGiver(orig, toks, i, j)) && !(i > 0 && (pluralBefore[toks[i-1].s] || toks[i-1].digits)) {
				u.bareCity++
			}
			i = j - 1
			continue
		}
		if laterGiver(orig, toks, i, j) {
			u.bareTier[lv.name] = lv.tier
			u.bareBody[lv.name]++
			i = j - 1
			continue
		}
		if j < len(toks) && notSubjectAfter[toks[j].s] || groupWordAt(orig, toks, j) {
			i = j - 1
			continue
		}
		if i > 0 {
			prev := toks[i-1]
			if pluralBefore[prev.s] || prev.digits {
				i = j - 1
				continue
			}
			if prev.s == "," && i > 1 && isLevelTok(toks[i-2].s) {
				i = j - 1
				continue
			}
		}
		u.bareTier[lv.name] = lv.tier
		if lv.tier == tierProvince && i > 0 && bodyBefore(toks, i) {
			u.bareBody[lv.name]++
		} else {
			u.bare[lv.name]++
		}
		i = j - 1
	}
}

// bracketedParent reads the unit a lower unit of tier t lies in, named in
// brackets at toks[k] right after it: a province with or without its
// level word ("(Lâm Đồng)", "(tỉnh Lâm Đồng)"), or any unit of a higher
// tier ("xã Đạ Sar (huyện Lạc Dương)"). It returns the parent's name and
// the index after the closing bracket.
func bracketedParent(orig string, toks []tok, k int, t tier) (string, int, bool) {
	if k+2 >= len(toks) || toks[k].s != "(" {
		return "", 0, false
	}
	name, e, ok := provinceAt(orig, toks, k+1)
	if !ok {
		_, nm, pt, _, end, read := readUnit(orig, toks, k+1)
		if !read || nm == "" || pt <= t {
			return "", 0, false
		}
		name, e = nm, end
	}
	if e >= len(toks) || toks[e].s != ")" {
		return "", 0, false
	}
	return name, e + 1, true
}

// placedDistrict reads a district named without its level word at
// toks[i] (or after the first words of a run of one to three words in
// capitals), and its province in brackets right after it ("Phú Quốc (Kiên Giang)"): the gazetteer's district of
// that name in that province, the province's name, and the index after
// the closing bracket.
func placedDistrict(orig string, toks []tok, i int) (unitKey, string, int, bool) {
	if i > 0 && toks[i-1].word && isLevelTok(toks[i-1].s) {
		return unitKey{}, "", 0, false
	}
	e := i
	for e < len(toks) && e-i < 3 && toks[e].word && !toks[e].digits && upperAt(orig, toks[e].start) {
		e++
	}
	if e == i || e+2 >= len(toks) || toks[e].s != "(" {
		return unitKey{}, "", 0, false
	}
	pname, pe, ok := provinceAt(orig, toks, e+1)
	if !ok || pe >= len(toks) || toks[pe].s != ")" {
		return unitKey{}, "", 0, false
	}
	// The name may follow a capitalised word that is none of it ("Tại
	// Phú Quốc (Kiên Giang)"): the longest run before the bracket that
	// names a district.
	for b := i; b < e; b++ {
		name := orig[toks[b].start:toks[e-1].end]
		if d, ok := unitname.DistrictIn(pname, officialSpelling(name)); ok {
			return unitKey{d.Level, name, tierDistrict}, pname, pe + 1, true
		}
	}
	return unitKey{}, "", 0, false
}

// ownTitleAt reports a bare level word at toks[i] (its words end before
// toks[j]) in the new-rural title a unit keeps or reaches ("giữ vững
// danh hiệu xã nông thôn mới", "đạt chuẩn huyện nông thôn mới"): the
// title is of the unit's own level. Not after a count or a plural in its
// clause ("có 5 xã đạt chuẩn xã nông thôn mới": the district's parts).
func ownTitleAt(toks []tok, i, j int) bool {
	if i == 0 || j+2 >= len(toks) || toks[j].s != "nông" || toks[j+1].s != "thôn" || toks[j+2].s != "mới" {
		return false
	}
	switch toks[i-1].s {
	case "hiệu", "chuẩn", "đạt", "vững", "đích":
	default:
		return false
	}
	for k := i - 1; k >= 0; k-- {
		switch s := toks[k].s; {
		case s == "," || s == ";" || s == "." || s == ":":
			return true
		case toks[k].digits || s == "các" || s == "những":
			return false
		}
	}
	return true
}

// issuedBy reports a unit at toks[i:end] whose council or committee
// issues a document: "HĐND tỉnh ban hành Nghị quyết", "Ủy ban nhân dân
// huyện X đã ban hành Kế hoạch", "ban hành NQ số 11". Said in the lead, the document is what
// the text reports, and its unit's level is the text's.
func issuedBy(toks []tok, i, end int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].s {
	case "ubnd", "hđnd":
	case "dân":
		if i < 2 || toks[i-2].s != "nhân" {
			return false
		}
	default:
		return false
	}
	k := end
	if k < len(toks) && toks[k].s == "đã" {
		k++
	}
	if k+2 >= len(toks) || toks[k].s != "ban" || toks[k+1].s != "hành" {
		return false
	}
	a := toks[k+2].s
	switch a {
	case "nq", "kh", "qđ":
		return true // "ban hành NQ số 11", a document's abbreviation
	}
	b := ""
	if k+3 < len(toks) {
		b = toks[k+3].s
	}
	switch a + " " + b {
	case "nghị quyết", "kế hoạch", "quyết định", "chỉ thị", "báo cáo", "chương trình":
		return true
	}
	return false
}

// inGeneral reports "nói chung" at toks[k], after a unit: "A nói chung
// và B nói riêng" speaks of B, with A only as its setting.
func inGeneral(toks []tok, k int) bool {
	return k+1 < len(toks) && toks[k].s == "nói" && toks[k+1].s == "chung"
}

// mention counts a unit named in the text, keeping the order units were
// first named in.
func (u *unitFinder) mention(key unitKey) {
	u.named[key]++
	if _, seen := u.firstSeen[key]; !seen {
		u.firstSeen[key] = u.n
	}
	u.n++
}

// definedName reads the name that a bare level word at toks[i] is said
// to be the level of, by "là" right before it ("Cẩm Phả là thành phố
// trực thuộc tỉnh", "Gia Lâm vốn là huyện ngoại thành"): two to four
// words in capitals that open the sentence or follow a mark ("Qua đó,
// Cẩm Phả là thành phố …"), no word in lower case before them. A
// province's name ("Hà Nội là thành phố …") is read as the province.
func definedName(orig string, toks []tok, i int) (string, bool) {
	k := i - 1
	if k < 0 || toks[k].s != "là" {
		return "", false
	}
	k--
	if k >= 0 && (toks[k].s == "cũng" || toks[k].s == "vốn" || toks[k].s == "nay") {
		k--
	}
	e := k + 1
	for k >= 0 && e-k <= 5 && toks[k].word && upperAt(orig, toks[k].start) && !isLevelTok(toks[k].s) {
		k--
	}
	b := k + 1
	if n := e - b; n < 2 || n > 4 {
		return "", false
	}
	if k >= 0 && toks[k].word {
		return "", false // "… Qua đó, Cẩm Phả là": only punctuation or the start may precede
	}
	words := make([]string, 0, e-b)
	for _, t := range toks[b:e] {
		words = append(words, orig[t.start:t.end])
	}
	name := joinWords(orig[toks[b].start:], words)
	if _, ok := unitname.Provinces[name]; ok {
		return "", false
	}
	return name, true
}

// leadParas is how many paragraphs from the top (headline, date line, a
// photo's line, lead) may name the party organisation whose congress the
// text reports.
const leadParas = 4

// laterGiver reports a bare level word at toks[i] (its level words end
// before toks[j]) that gives a plan ("tỉnh giao") after another giver of
// a plan in the same sentence (the centre, see centralGiver, or another
// level: "bằng 28,4% dự toán Trung ương giao, bằng
// 19,2% dự toán tỉnh giao"; "đạt 120% dự toán tỉnh giao, 105% dự toán
// huyện giao"): a report names the level above first, then its own, so
// the later giver is the text's own unit, counted as a body's mention.
func laterGiver(orig string, toks []tok, i, j int) bool {
	if j >= len(toks) || toks[j].s != "giao" {
		return false
	}
	for k := i - 1; k > 0 && k >= i-30; k-- {
		switch toks[k].s {
		case ".", "!", "?":
			return false
		case "giao":
			if centralGiver(toks[:k]) {
				return true
			}
			for b := k - 1; b >= 0 && b >= k-2; b-- {
				if lv, e, ok := matchLevel(orig, toks, b); ok && e == k {
					return lv.name != levelName(orig, toks, i)
				}
			}
		}
	}
	return false
}

// centralGiver reports the centre as the giver of a plan at the end of
// toks: "Trung ương", "(Thủ tướng) Chính phủ", "Thủ tướng", "Quốc hội",
// "Bộ Tài chính" (as in "dự toán Thủ tướng Chính phủ giao").
func centralGiver(toks []tok) bool {
	n := len(toks)
	two := func(a, b string) bool { return n >= 2 && toks[n-2].s == a && toks[n-1].s == b }
	return two("trung", "ương") || two("chính", "phủ") || two("thủ", "tướng") || two("quốc", "hội") ||
		n >= 3 && toks[n-3].s == "bộ" && two("tài", "chính")
}

// levelName is the name of the level word at toks[i] ("" for none).
func levelName(orig string, toks []tok, i int) string {
	lv, _, ok := matchLevel(orig, toks, i)
	if !ok {
		return ""
	}
	return lv.name
}
