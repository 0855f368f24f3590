package extract

import (
	"cmp"
	"slices"
	"sort"
	"sync"

	"golang.org/x/text/unicode/norm"
	"strings"
	"unicode"
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

// level is an administrative level word as a text writes it.
type level struct {
	toks  []string // lower-case tokens
	upper bool     // the abbreviation counts only when written in capitals (TX, TP)
	dot   bool     // the abbreviation needs its dot (Q., H.)
	name  string   // canonical level word
	tier  tier
	digit bool // names may be numbers ("Quận 1", "Phường 12")
}

// at reports whether toks[i:] starts with the level's tokens.
func (lv level) at(toks []tok, i int) bool {
	if i+len(lv.toks) > len(toks) {
		return false
	}
	for k, w := range lv.toks {
		if toks[i+k].s != w {
			return false
		}
	}
	return true
}

// levels are unitname's level words as tokens, then their abbreviations.
// Each entry is matched as a whole token sequence, so order does not
// decide between them.
var levels = func() []level {
	var words, abbrevs []level
	for _, l := range unitname.Levels {
		lv := level{toks: strings.Fields(strings.ToLower(l.Word)), name: l.Word, tier: l.Tier, digit: l.Numbered}
		words = append(words, lv)
		if l.Abbrev != "" {
			ab := strings.TrimSuffix(l.Abbrev, ".")
			lv.toks, lv.upper, lv.dot = []string{strings.ToLower(ab)}, true, ab != l.Abbrev
			abbrevs = append(abbrevs, lv)
		}
	}
	return append(words, abbrevs...)
}()

// levelsFrom are the levels by their first token, in the order of levels.
var levelsFrom = func() map[string][]level {
	m := map[string][]level{}
	for _, lv := range levels {
		m[lv.toks[0]] = append(m[lv.toks[0]], lv)
	}
	return m
}()

// isLevelFirst reports the first tokens of the level words (see levels),
// to skip other words fast.
func isLevelFirst(s string) bool { return levelFirsts.has(s) }

// levelFirstTok is isLevelFirst for a token, told for most words by the
// token's hash alone (levelHashes has bit h>>startShift set for the hash
// h of each first word, as a matcher's starts): the unit readers ask it of
// nearly every word.
func levelFirstTok(t *tok) bool {
	b := t.h >> startShift
	return levelHashes[b/64]&(1<<(b%64)) != 0 && levelFirsts.has(t.s)
}

var levelHashes = func() (bits [startBits / 64]uint64) {
	for w := range levelFirsts.words {
		b := tokHash(w) >> startShift
		bits[b/64] |= 1 << (b % 64)
	}
	return bits
}()

var levelFirsts = newWordSet("thị", "thành", "quận", "huyện", "tỉnh", "phường", "xã", "tx", "tp", "q", "h", "đặc")

// centralCities are cities of province rank: in a district's article they
// are the parent, not the subject.
var centralCities = map[string]bool{
	"Hà Nội": true, "Hồ Chí Minh": true, "Hải Phòng": true, "Đà Nẵng": true, "Cần Thơ": true, "Huế": true,
	"HCM": true, "HN": true, "Hcm": true,
}

// gluedCities are the central cities' abbreviations written as one word
// in capitals, level and name together ("Sở Tài chính TPHCM").
var gluedCities = map[string]string{"tphcm": "Hồ Chí Minh", "tphn": "Hà Nội"}

// cityAcronyms are the short names of the central cities.
var cityAcronyms = map[string]string{"HCM": "Hồ Chí Minh", "HN": "Hà Nội", "HP": "Hải Phòng", "ĐN": "Đà Nẵng"}

// notSubjectAfter are words after a bare level word that make it a
// governing body or the assigning authority ("thành phố giao", "Tỉnh ủy"),
// not the unit the text is about.
var notSubjectAfter = map[string]bool{"giao": true, "ủy": true, "đoàn": true}

// groupWords after a bare level word make it a kind of unit, a group of
// units rather than one: "huyện nghèo", "xã đặc biệt khó khăn", "xã bãi
// ngang", "huyện miền núi", "xã vùng cao", "xã biên giới", "xã điểm".
var groupWords = newWordSet("nghèo", "đặc", "khó", "bãi", "miền", "vùng", "biên", "ven", "thuần", "điểm", "trọng", "dân", "đồng", "khu")

// groupWordAt reports a group word at toks[j], in lower case (a
// capitalised word there starts a name: "huyện Nông Cống").
func groupWordAt(orig string, toks []tok, j int) bool {
	return j < len(toks) && toks[j].word && groupWords.has(toks[j].s) && !upperAt(orig, toks[j].start)
}

// pluralBefore are words before a bare level word that make it a set of
// units ("các huyện", "30 quận, huyện").
var pluralBefore = map[string]bool{"các": true, "những": true, "mỗi": true, "từng": true, "nhiều": true, "giữa": true, "cấp": true}

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

	// bareCity counts the uses of "thành phố" alone as a subject (not
	// "thành phố giao", "các thành phố"): the unit of a city's text that
	// never names its city (see main).
	bareCity int
}

func newUnitFinder() *unitFinder {
	return &unitFinder{named: map[unitKey]int{}, bare: map[string]int{}, bareBody: map[string]int{}, bareTier: map[string]tier{},
		firstSeen: map[unitKey]int{}, title: map[unitKey]bool{}}
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
	*u = unitFinder{named: u.named, bare: u.bare, bareBody: u.bareBody, bareTier: u.bareTier, firstSeen: u.firstSeen, title: u.title, listed: u.listed[:0]}
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
		if !toks[m].word || !upperAt(orig, toks[m].start) || isLevelFirst(toks[m].s) || isDigits(toks[m].s) {
			break
		}
		if _, _, prov := provinceAt(orig, toks, m); prov {
			return nil, false
		}
		e := m
		for e < len(toks) && e-m < 3 && toks[e].word && upperAt(orig, toks[e].start) && !isDigits(toks[e].s) {
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

// scan records the unit mentions of one paragraph.
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

// provinceAt reads a province's name written with capitals at toks[i]
// ("Khánh Hòa", not "khánh hòa"), returning it and the index after it.
func provinceAt(orig string, toks []tok, i int) (string, int, bool) {
	if !toks[i].word {
		return "", 0, false
	}
	// Most words are lower-case: told by their first rune before any
	// look-up (a glued city in capitals starts with "T" too).
	if !upperAt(orig, toks[i].start) {
		return "", 0, false
	}
	if strings.HasPrefix(toks[i].s, "tp") {
		if name, ok := gluedCities[toks[i].s]; ok && isUpperCase(orig[toks[i].start:toks[i].end]) {
			return name, i + 1, true // "TPHCM"
		}
	}
	v, e, ok := provinceM.match(toks, i)
	if !ok {
		return "", 0, false
	}
	for k := i; k < e; k++ {
		if toks[k].word {
			if r, _ := utf8.DecodeRuneInString(orig[toks[k].start:]); !isUpper(r) {
				return "", 0, false
			}
		}
	}
	if e < len(toks) && toks[e].word {
		if r, _ := utf8.DecodeRuneInString(orig[toks[e].start:]); isUpper(r) {
			return "", 0, false // part of a longer name ("Hà Nam Ninh", a person "Lê Hà Nội")
		}
	}
	name := provinceNames[v]
	if personNamed[name] && !cityWordBefore(toks, i) && !amongProvinces(orig, toks, i, e) {
		return "", 0, false // "Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh": the person
	}
	return name, e, true
}

// personNamed are the provinces named after a person, with the person's
// full name (a surname and the given names): written bare, such a name is
// the person, or what bears his name ("Chủ tịch Hồ Chí Minh", "tư tưởng
// Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh", "đường Hồ Chí Minh"); the city
// is written with its level word ("Thành phố", "TP.", readUnit) or as an
// acronym ("TP.HCM", "TPHCM").
var personNamed = map[string]bool{"Hồ Chí Minh": true}

// cityWordBefore reports a city's level word just before toks[i] ("TP Hồ
// Chí Minh" read from its name, not its level word).
func cityWordBefore(toks []tok, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].s == "." {
		k--
	}
	return k >= 0 && (toks[k].s == "tp" || toks[k].s == "phố")
}

// amongProvinces reports a bare province name toks[i:e] listed with
// another bare one ("Hà Nội, Hồ Chí Minh và Đà Nẵng"): a list of places.
func amongProvinces(orig string, toks []tok, i, e int) bool {
	sep := func(s string) bool { return s == "," || s == "và" || s == "-" || s == "/" }
	if e+1 < len(toks) && sep(toks[e].s) {
		if _, _, ok := provinceM.match(toks, e+1); ok && upperAt(orig, toks[e+1].start) {
			return true
		}
	}
	if i >= 2 && sep(toks[i-1].s) {
		for k := i - 2; k >= 0 && k >= i-6; k-- {
			if _, pe, ok := provinceM.match(toks, k); ok && pe == i-1 && upperAt(orig, toks[k].start) {
				return true
			}
		}
	}
	return false
}

// readUnit reads a unit mention at toks[i]: its level, its name (empty
// for a bare level word) and the index after it.
func readUnit(orig string, toks []tok, i int) (lv level, name string, t tier, j, k int, ok bool) {
	lv, j, ok = matchLevel(orig, toks, i)
	if !ok {
		return
	}
	if lv.name == "Xã" && societyAt(toks, i) {
		// "xã hội" (society), told before the name is read: the
		// commonest "xã" of a report.
		return lv, "", t, j, j, false
	}
	k = j
	if k < len(toks) && (toks[k].s == "ủy") {
		k++ // "Quận ủy Hoàng Mai" names the district through its party committee
	}
	// A numbered district is written with a capital: "Quận 1", never
	// "giao cho quận 19 chỉ tiêu".
	lw := orig[toks[i].start:toks[i].end]
	lr, _ := utf8.DecodeRuneInString(lw)
	digitOK := lv.digit && isUpper(lr)
	// "QUẬN HOÀNG MAI" in a letterhead is "Quận Hoàng Mai"; "TP.HCM" keeps
	// its acronym.
	caps := !lv.upper && utf8.RuneCountInString(lw) > 1 && isUpperCase(lw)
	// "TP BUÔN MA THUỘT" in a capitals headline is "Thành phố Buôn Ma
	// Thuột" as well: after an abbreviated level word (always written in
	// capitals) the name's own capitals tell.
	abbrevCaps := false
	if lv.upper && !caps && k < len(toks) && toks[k].word {
		if w := orig[toks[k].start:toks[k].end]; utf8.RuneCountInString(w) > 1 && isUpperCase(w) {
			caps, abbrevCaps = true, true
		}
	}
	if e := epithetEnd(orig, toks, k); e > k && !caps && lv.tier < tierProvince {
		// "huyện miền núi Ba Tơ", "huyện đảo Lý Sơn": a word of what
		// kind of place it is between the level word and the name. Not
		// before a province's name: "các huyện miền núi Thanh Hóa" are
		// the province's mountain districts.
		if unitname.Provinces[vnLetters(provinceWords(orig, toks, e))] == "" { // toks[e] is a word: epithetEnd saw it capitalised
			k = e
		}
	}
	first := k // the name's first token
	var words []string
	var raw []string // the words as written, for an acronym (see abbrevCaps)
	for k < len(toks) && len(words) < 4 && toks[k].word {
		if len(words) > 0 && (nameEnds(orig, toks, k) || caps && (nameStop[toks[k].s] && !nameWordTu(toks, k) && !nameWordNam(toks, k) || officeAt(toks, k))) {
			break // "UBND HUYỆN NAM TRỰC UBND XÃ NAM THANH": two bodies on one line
		}
		if len(words) >= 2 && k+1 < len(toks) && toks[k+1].word && verbAt(toks, k) {
			// "THỊ XÃ AN NHƠN ĐẠT NHIỀU KẾT QUẢ", "Huyện Tân Phú Hoàn
			// Thành Dự Toán": in a headline in capitals or with every
			// word capitalised the case cannot end the name; its
			// predicate does, a verb with its object after a name of two
			// syllables or more. (In a sentence the verb is in lower
			// case and ends the name anyway.)
			break
		}
		if len(words) == 0 && caps && nameStop[toks[k].s] && k+1 < len(toks) && isDigits(toks[k+1].s) {
			break // "CÁC XÃ, THỊ TRẤN NĂM 2024": a time, no name ("HUYỆN NĂM CĂN" is one)
		}
		if len(words) == 0 && termAt(toks, k) {
			break // "ĐẢNG BỘ XÃ NHIỆM KỲ 2020-2025", "huyện Đại hội": a report's own words, no name
		}
		if len(words) == 0 && indicatorAcronym[toks[k].s] {
			break // "tổng sản phẩm trên địa bàn tỉnh GRDP": the indicator, not a place
		}
		w := orig[toks[k].start:toks[k].end]
		r, _ := utf8.DecodeRuneInString(w)
		if caps && !isUpperCase(w) {
			break // "HUYỆN KÔNG CHRO   Độc lập - Tự do - Hạnh phúc": the motto beside the letterhead
		}
		if isUpper(r) || (digitOK && len(words) == 0 && unicode.IsDigit(r)) {
			raw = append(raw, w)
			if caps {
				w = titleWord(w)
			}
			k++
			if rest, e, ok := apostropheTail(orig, toks, k, caps); ok {
				w, k = w+rest, e
			}
			words = append(words, w)
			if unicode.IsDigit(r) {
				break
			}
			continue
		}
		break
	}
	if abbrevCaps && len(words) == 1 && len(raw) == 1 && isASCII(raw[0]) {
		words[0] = raw[0] // "TP HCM", "TX. LK": an acronym, not a word
	}
	// A bilingual letterhead repeats the name without its marks ("TỈNH
	// THANH HOÁ THANH HOA PEOPLES COMMITTEE"): keep the Vietnamese one.
	for n := 1; 2*n <= len(words); n++ {
		if sameFoldedWords(words[:n], words[n:2*n]) {
			words = words[:n]
			break
		}
	}
	words = dropPerson(words, titleBefore(toks, i))
	if len(words) > 0 {
		name = joinWords(orig[toks[first].start:], words)
	}
	if n, e, ok := hyphenName(orig, toks, k, name, caps); ok && len(words) > 0 && len(words) == k-j-skipped(toks, j) {
		name, k = n, e
	} else if n, e, ok := formerCityTail(orig, toks, k, name, caps); ok && lv.tier == tierCommune && len(words) > 0 && !unicode.IsDigit(rune(name[0])) {
		name, k = n, e
	}
	if lv.name == "Thành phố" {
		if full, ok := cityAcronyms[strings.ToUpper(name)]; ok {
			name = full // "TP.HCM" is Thành phố Hồ Chí Minh
		}
	}
	name = vnLetters(name)
	t = lv.tier
	if lv.name == "Thành phố" && centralCities[name] {
		t = tierProvince
	}
	return lv, name, t, j, k, true
}

// unitEpithets are the words of what kind of place a unit is, written
// between its level word and its name ("huyện miền núi Ba Tơ").
var unitEpithets = [][]string{{"miền", "núi"}, {"vùng", "cao"}, {"biên", "giới"}, {"đảo"}, {"ven", "biển"}, {"trung", "du"}}

// epithetEnd is the index after an epithet at toks[k] written in lower
// case and followed by a word with a capital (a name), or k.
func epithetEnd(orig string, toks []tok, k int) int {
	for _, ep := range unitEpithets {
		e := k
		for _, w := range ep {
			if e >= len(toks) || toks[e].s != w || upperAt(orig, toks[e].start) {
				e = -1
				break
			}
			e++
		}
		if e > k && e < len(toks) && toks[e].word && upperAt(orig, toks[e].start) {
			return e
		}
	}
	return k
}

// provinceWords is the run of capitalised words at toks[e] (up to three),
// as written: a name to look up among the provinces.
func provinceWords(orig string, toks []tok, e int) string {
	end := e
	for end < len(toks) && end < e+3 && toks[end].word && upperAt(orig, toks[end].start) {
		end++
	}
	return orig[toks[e].start:toks[end-1].end]
}

// joinWords is strings.Join(words, " "), as a slice of text when text
// starts with the words so joined (a name as the text writes it, most
// names): no copy is made.
func joinWords(text string, words []string) string {
	at := 0
	for i, w := range words {
		if i > 0 {
			if at >= len(text) || text[at] != ' ' {
				return strings.Join(words, " ")
			}
			at++
		}
		if !strings.HasPrefix(text[at:], w) {
			return strings.Join(words, " ")
		}
		at += len(w)
	}
	return text[:at]
}

// indicatorAcronym holds the acronyms of indicators that reports write
// right after a level word ("trên địa bàn tỉnh GRDP", "của huyện NSNN"):
// no place is named so.
var indicatorAcronym = map[string]bool{"grdp": true, "gdp": true, "nsnn": true, "gtsx": true, "fdi": true, "cpi": true}

// apostropheTail reads the rest of a syllable that goes on after an
// apostrophe at toks[k], glued on both sides: the names of the Central
// Highlands ("Cư M'gar", "Đắk R'lấp", "Ea H’leo", "M'Drắk") are one
// name, not "Cư M". The apostrophe is kept as written; caps writes an
// all-capitals tail in lower case ("CƯ M'GAR" → "M'gar").
func apostropheTail(orig string, toks []tok, k int, caps bool) (string, int, bool) {
	if k == 0 || k+1 >= len(toks) || toks[k].s != "'" || !toks[k+1].word ||
		toks[k].start != toks[k-1].end || toks[k+1].start != toks[k].end {
		return "", 0, false
	}
	tail := orig[toks[k].start:toks[k+1].end]
	if caps {
		tail = orig[toks[k].start:toks[k].end] + lowerSameLen(orig[toks[k+1].start:toks[k+1].end])
	}
	return tail, k + 2, true
}

// skipped is how many tokens readUnit passes over between the level word
// and the name ("Quận ủy Hoàng Mai": 1).
func skipped(toks []tok, j int) int {
	if j < len(toks) && toks[j].s == "ủy" {
		return 1
	}
	return 0
}

// hyphenName reads a name that goes on after a hyphen at toks[k]: glued
// ("Phan Rang-Tháp Chàm") or spaced when the whole is a province's name
// ("Bà Rịa - Vũng Tàu").
func hyphenName(orig string, toks []tok, k int, name string, caps bool) (string, int, bool) {
	if k+1 >= len(toks) || toks[k].s != "-" || k == 0 || !toks[k+1].word {
		return "", 0, false
	}
	glued := toks[k].start == toks[k-1].end && toks[k+1].start == toks[k].end
	var rest []string
	e := k + 1
	for e < len(toks) && len(rest) < 3 && toks[e].word {
		w := orig[toks[e].start:toks[e].end]
		if r, _ := utf8.DecodeRuneInString(w); !isUpper(r) || isLevelFirst(toks[e].s) {
			break
		}
		if caps {
			w = titleWord(w)
		}
		rest = append(rest, w)
		e++
	}
	if len(rest) == 0 {
		return "", 0, false
	}
	if glued {
		return name + "-" + strings.Join(rest, " "), e, true
	}
	if full := name + " - " + strings.Join(rest, " "); unitname.Provinces[full] != "" {
		return full, e, true
	}
	return "", 0, false
}

// formerCityTail reads the rest of a ward's or commune's name that goes
// on after a spaced hyphen with the name of a former city, as wards named
// in the 2025 reform are ("Phường Xuân Hương - Đà Lạt", "Phường Cam Ly -
// Đà Lạt"): exactly two capitalised words after the hyphen, then the name
// ends. One word ("Xã Tân Hội - Nơi …") or more than two are a
// headline's own words, not a name; a province's name after the hyphen
// is where the ward lies.
func formerCityTail(orig string, toks []tok, k int, name string, caps bool) (string, int, bool) {
	if k+2 >= len(toks) || toks[k].s != "-" || k == 0 || toks[k].start == toks[k-1].end || toks[k+1].start == toks[k].end {
		return "", 0, false
	}
	var rest []string
	e := k + 1
	for e < len(toks) && len(rest) < 3 && toks[e].word && !isDigits(toks[e].s) {
		w := orig[toks[e].start:toks[e].end]
		if r, _ := utf8.DecodeRuneInString(w); !isUpper(r) || isLevelFirst(toks[e].s) || listStop[toks[e].s] {
			break
		}
		if caps {
			w = titleWord(w)
		}
		rest = append(rest, w)
		e++
	}
	if len(rest) != 2 || unitname.Provinces[strings.Join(rest, " ")] != "" {
		return "", 0, false // "Phường Hòa Cường - Đà Nẵng": the ward, then its city
	}
	return name + " - " + strings.Join(rest, " "), e, true
}

// surnames are the common Vietnamese family names: after a unit's name
// they start the name of its official ("Chủ tịch UBND tỉnh Quảng Nam Lê
// Trí Thanh").
var surnames = map[string]bool{
	"Nguyễn": true, "Trần": true, "Lê": true, "Phạm": true, "Hoàng": true, "Huỳnh": true, "Phan": true,
	"Vũ": true, "Võ": true, "Đặng": true, "Bùi": true, "Đỗ": true, "Hồ": true, "Ngô": true, "Dương": true,
	"Lý": true, "Lương": true, "Đinh": true, "Trương": true, "Đào": true, "Đoàn": true, "Vương": true,
	"Trịnh": true, "Mai": true, "Lâm": true, "Phùng": true, "Tạ": true, "Tô": true, "Hà": true, "Cao": true,
	"Chu": true, "Quách": true, "Lưu": true, "Đàm": true, "Kiều": true, "Lò": true, "Triệu": true,
	"Hứa": true, "Nông": true, "Mạc": true, "Tống": true, "Nghiêm": true, "Lại": true, "Thân": true,
	"Khúc": true, "Diệp": true, "Doãn": true, "Phí": true, "Bạch": true, "Lã": true, "Cù": true,
}

// titleBefore reports an official's title just before toks[i] ("Phó Chủ
// tịch UBND tỉnh …", "Bí thư Huyện ủy …", "Giám đốc Sở … tỉnh …").
func titleBefore(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch toks[k].s {
		case "tịch", "thư", "đốc", "trưởng", "viên", "chí":
			return true
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// dropPerson cuts a unit's name where an official's name starts: at a
// surname after the name's first two words ("Quảng Nam Lê Trí" →
// "Quảng Nam"), or, after a title, the whole of a name of three or more
// words that starts with a surname ("Phó Chủ tịch UBND tỉnh Hồ Quang
// Bửu": the province is not named).
func dropPerson(words []string, title bool) []string {
	for k := 2; k < len(words); k++ {
		if surnames[words[k]] {
			return words[:k]
		}
	}
	if title && len(words) >= 3 && surnames[words[0]] && !centralCities[strings.Join(words, " ")] {
		return nil
	}
	return words
}

func (u *unitFinder) scan(orig string, toks []tok, isTitle bool) {
	u.scans++
	u.findPlace(orig, toks, isTitle)
	if webAddress(toks) {
		return // a line with a web address names the site, not the subject
	}
	toks = toks[:addressAt(toks)]
	if !isTitle {
		toks = toks[datelineEnd(orig, toks):]
	}
	for i := 0; i < len(toks); i++ {
		// Only a word in capitals or a level word may start a unit: the
		// others, most words, are passed over before any reading.
		if !toks[i].word {
			continue
		}
		if !upperAt(orig, toks[i].start) && !levelFirstTok(&toks[i]) {
			continue
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
			} else if !(e+1 < len(toks) && toks[e].s == "," && toks[e+1].s == "ngày") {
				// Not the place of a date line ("Khánh Hòa, ngày
				// 15/01/2024"). A headline's bare province is its
				// context ("… cao nhất Hà Nội", "Hòa Bình: Lương Sơn và
				// Kim Bôi …"), not its subject.
				u.mention(unitKey{unitname.Provinces[name], name, tierProvince})
			}
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
		if nm != "" {
			key := unitKey{lv.name, nm, t}
			if others, ok := sharedLevelList(orig, toks, k); ok && !isTitle {
				u.listed = append(u.listed, listedUnit{key, u.n, others})
				u.n++
				i = k - 1
				continue
			}
			u.mention(key)
			if isTitle {
				u.title[key] = true
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
		if lv.name == "Thành phố" || lv.tier == tierCommune {
			// A bare "thành phố" is the assigning city; bare "xã",
			// "phường" are the parts of the unit, except after the
			// commune's own bodies or as the whole ("HĐND xã", "UBND
			// phường", "Đảng ủy xã", "của xã", "trên địa bàn xã",
			// "toàn xã"): a commune's text that never names it speaks
			// so of itself (counted as a body's mention, see bareBody).
			if lv.tier == tierCommune && ownCommuneBefore(toks, i) && !(j < len(toks) && (notSubjectAfter[toks[j].s] || toks[j].s == "hội")) {
				u.bareTier[lv.name] = lv.tier
				u.bareBody[lv.name]++
			}
			if lv.name == "Thành phố" && !(j < len(toks) && notSubjectAfter[toks[j].s]) && !(i > 0 && (pluralBefore[toks[i-1].s] || isDigits(toks[i-1].s))) {
				u.bareCity++
			}
			i = j - 1
			continue
		}
		if j < len(toks) && notSubjectAfter[toks[j].s] || groupWordAt(orig, toks, j) {
			i = j - 1
			continue
		}
		if i > 0 {
			prev := toks[i-1]
			if pluralBefore[prev.s] || isDigits(prev.s) {
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

// leadParas is how many paragraphs from the top (headline, date line,
// lead) may name the party organisation whose congress the text reports.
const leadParas = 3

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
	if i > 0 && toks[i-1].s == "," {
		return false // "huyện Ba Tơ, tỉnh Quảng Ngãi khai mạc …": the parent in apposition holds nothing
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
		case "hội nghị", "hội thảo", "kỳ họp", "kì họp", "đại hội", "phiên họp":
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
	case toks[e].s == "tỉnh":
		e++
	case toks[e].s == "thành" && toks[e+1].s == "phố":
		e += 2
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

func isLevelTok(s string) bool {
	switch s {
	case "quận", "huyện", "xã", "phường", "tỉnh", "phố", "thị":
		return true
	}
	return false
}

func matchLevel(orig string, toks []tok, i int) (level, int, bool) {
	if !levelFirstTok(&toks[i]) {
		return level{}, 0, false
	}
	if i+1 < len(toks) && toks[i+1].s == "ủy" && (toks[i].s == "thị" || toks[i].s == "thành") && (i+2 >= len(toks) || !isLevelFirst(toks[i+2].s)) {
		// "Thị ủy Kỳ Anh", "Thành ủy Hạ Long": the town's or city's
		// party committee names it (readUnit skips the "ủy").
		want := "Thị xã"
		if toks[i].s == "thành" {
			want = "Thành phố"
		}
		for _, lv := range levels {
			if lv.name == want && !lv.upper {
				return lv, i + 1, true
			}
		}
	}
	for _, lv := range levelsFrom[toks[i].s] {
		if !lv.at(toks, i) {
			continue
		}
		j := i + len(lv.toks)
		if lv.upper {
			w := orig[toks[i].start:toks[i].end]
			if !isUpperCase(w) && !(w == "Tp" && j < len(toks) && (toks[j].s == "." || capitalAt(orig, toks, j))) {
				// "Tp. Hạ Long", "Tp.HCM", "Tp Thủ Đức" write the city's
				// abbreviation with a small p.
				continue
			}
		}
		if lv.dot {
			if j >= len(toks) || toks[j].s != "." || toks[j].start != toks[i].end || !dotAbbrevAt(orig, toks, i) {
				continue
			}
			j++ // "H.Bình Chánh", "Q. Hoàng Mai": the name starts after the dot
		}
		if lv.upper && !lv.dot && j < len(toks) && toks[j].s == "." {
			j++ // "TP. Hà Nội"
		}
		return lv, j, true
	}
	return level{}, 0, false
}

// dotAbbrevAt reports a level abbreviated with a dot at toks[i] ("H.",
// "Q.") that is one: a name in title case follows the dot ("H.Bình
// Chánh", "Q. 3"; a byline writes its reporters "Q.SƠN - M.TẤN"), and the
// letter is not the initial that ends a person's name ("ông Nguyễn Văn
// H. cho biết"): a capitalised word before it that is no acronym ("UBND
// H.Bình Chánh") is the rest of that name.
func dotAbbrevAt(orig string, toks []tok, i int) bool {
	if i+2 >= len(toks) || !toks[i+2].word {
		return false
	}
	w := orig[toks[i+2].start:toks[i+2].end]
	if r, _ := utf8.DecodeRuneInString(w); !isUpper(r) && !unicode.IsDigit(r) || utf8.RuneCountInString(w) > 1 && isUpperCase(w) && !isDigits(w) {
		return false
	}
	if i > 0 && toks[i-1].word {
		w := orig[toks[i-1].start:toks[i-1].end]
		if r, _ := utf8.DecodeRuneInString(w); isUpper(r) && !isUpperCase(w) {
			return false
		}
	}
	return true
}

// upperAt reports whether the rune at s[i] is a capital: isUpper, with
// the ASCII letters most words start with told without decoding (asked
// of nearly every token by the unit readers).
func upperAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return c-'A' < 26
	}
	return upperFirst(s[i:])
}

// upperFirst reports whether s starts with a capital (upperAt's rest,
// apart so that upperAt inlines).
func upperFirst(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isUpper(r)
}

// capitalAt reports a word at toks[k] that starts with a capital letter.
func capitalAt(orig string, toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(orig[toks[k].start:])
	return isUpper(r)
}

// titleWord writes an all-capitals syllable ("HOÀNG") in title case.
func titleWord(w string) string {
	if !isUpperCase(w) || utf8.RuneCountInString(w) < 2 {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + lowerSameLen(w[n:])
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// main picks the unit the document is about: the most mentioned named
// district-level unit; else a bare district level ("Huyện" when the text
// says only "huyện"); else the named province; else a bare province; else a
// named commune. text is the document, to count bare uses of each name.
// maxCounted bounds the names main counts in the whole text.
const maxCounted = 12

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
			if s.level == k.level && len(s.name) < len(k.name) && strings.HasPrefix(k.name, s.name+" ") && (cutName(text, s.name, k.name) || cutProvince(s, k)) {
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
			if s.level == k.level && len(s.name) < len(k.name) && strings.HasPrefix(k.name, s.name+" ") && !strings.HasPrefix(k.name[len(s.name):], " - ") {
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
			s := countName(text, k.name)
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
			if c := 2*u.bare[lv] + u.bareBody[lv]; tt == t && (c > n || (c == n && lv < name)) {
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
	// A text that names no unit at all and says "thành phố" more than
	// any other level word is a city's ("cấp ủy, chính quyền thành phố
	// …, đạt 103,72% kế hoạch tỉnh giao, 102,47% kế hoạch thành phố"):
	// the province is only the plan's giver. (Elsewhere a bare "thành
	// phố" is the city above a district or a ward, see scan.)
	if len(folded) == 0 && u.portal == "" && u.bareCity > 0 && (pick < 0 || 2*u.bareCity > weight[pick]) {
		return "Thành phố"
	}
	if pick < 0 {
		return u.portal
	}
	return tiers[pick].name
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

// cutProvince reports a province's name cut short ("tỉnh Bình" where an
// excerpt breaks off) beside the whole name ("tỉnh Bình Định"): the
// provinces are known, and a name that is none is the known one cut, not
// the other way round.
func cutProvince(short, long unitKey) bool {
	return short.tier == tierProvince && unitname.Provinces[long.name] != "" && unitname.Provinces[short.name] == ""
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

// unitTierOf is the tier of a unit's name, -1 for a bare level word or
// no level at all.
func unitTierOf(unit string) tier {
	for _, lv := range levels {
		if strings.HasPrefix(unit, lv.name+" ") {
			if lv.name == "Thành phố" && centralCities[strings.TrimPrefix(unit, lv.name+" ")] {
				return tierProvince
			}
			return lv.tier
		}
	}
	return -1
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
	x.units = u
	x.unitTier = unitTierOf(x.unit)
	if x.unitTier >= 0 {
		u.setListLevel(x.unitTier)
	}
}

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
	var out []unitMention
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
			if !isLevelFirst(toks[i].s) {
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
			if !subjectPos || x.unitTier < 0 || (j < len(toks) && notSubjectAfter[toks[j].s]) || groupWordAt(p.text, toks, j) {
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
				out = append(out, unitMention{pos: toks[i].start, unit: x.unit})
			case t < x.unitTier && !(i > 0 && (pluralBefore[toks[i-1].s] || isDigits(toks[i-1].s))):
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
	return out
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
			if isDigits(toks[j].s) {
				return true
			}
		}
		return false
	}
	return false
}

// bareLevelTier is the tier of a unit written as its level word alone
// ("Tỉnh", "Huyện"), -1 for anything else and for "Thành phố", which may
// be a province's rank or a district's.
func bareLevelTier(unit string) tier {
	for _, lv := range levels {
		if unit == lv.name && !lv.upper && lv.name != "Thành phố" {
			return lv.tier
		}
	}
	return -1
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

// namedBefore is the unit of level lvName the paragraph names last
// before byte offset pos ("Phường Bàn Cờ"), "" if none.
func (x *docReader) namedBefore(p *para, pos int, lvName string) string {
	text := p.text[:pos]
	toks := tokenize(lowerSameLen(text), nil)
	last := ""
	for i := 0; i < len(toks); i++ {
		if !isLevelFirst(toks[i].s) {
			continue
		}
		lv, name, _, _, k, ok := readUnit(text, toks, i)
		if !ok {
			continue
		}
		if name != "" && lv.name == lvName && !formerUnit(text, toks, i, k) {
			if f, ok := x.units.fold[name]; ok {
				name = f
			}
			last = lv.name + " " + name
		}
		i = max(i, k-1)
	}
	return last
}

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
		if r, _ := utf8.DecodeRuneInString(text[t.start:]); isUpper(r) || isDigits(t.s) || isLevelFirst(t.s) || isLevelTok(t.s) {
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
		return k+1 < len(toks) && isDigits(toks[k+1].s)
	}
	if bracketAfter(toks, k) {
		return true
	}
	for k < len(toks) && (isDigits(toks[k].s) || toks[k].s == "năm" || toks[k].s == "tháng" || toks[k].s == "đầu") {
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
	if k >= len(toks) || !toks[k].word || isDigits(toks[k].s) || toks[k].s == "và" || toks[k].s == "cùng" || toks[k].s == "với" {
		return false // "chỉ đạo của Thành phố và Hội đồng nhân dân quận": several owners, no subject
	}
	first := -1
	for j := 0; j < b; j++ {
		if isDigits(toks[j].s) && (j > 0 && (toks[j-1].s == "năm" || toks[j-1].s == "tháng") || j+1 < b && toks[j+1].s == "tháng") {
			continue // a time before the phrase: "Năm 2023", "Trong 10 tháng đầu năm 2025"
		}
		if toks[j].s == "," || toks[j].s == ";" || toks[j].s == ":" || toks[j].s == "(" {
			first = -1 // "Năm 2023, bức tranh kinh tế của tỉnh …": the part after a time or a lead-in
			continue
		}
		if isDigits(toks[j].s) || isLevelFirst(toks[j].s) && levelAtTok(toks, j) {
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

// levelAtTok reports a level word written out at toks[j] ("huyện",
// "thành phố"; "xã hội" is no level).
func levelAtTok(toks []tok, j int) bool {
	for _, lv := range levelsFrom[toks[j].s] {
		if !lv.upper && lv.at(toks, j) && !(lv.name == "Xã" && societyAt(toks, j)) {
			return true
		}
	}
	return false
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
		case isDigits(toks[j].s):
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
		return t.word && !isDigits(t.s) || t.s == "," || t.s == "-" || t.s == "."
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
	if isDigits(toks[k].s) {
		return true
	}
	_, _, ok := listVerbM.match(toks, k)
	return ok
}

// listVerbM are the verbs that follow a unit's name in a per-unit list
// ("Thạch Thành thu 268 tỷ đồng", "huyện A đạt 103%").
var listVerbM = newListMatcher([]string{"đạt", "thu", "còn", "giảm còn", "chiếm", "kết nạp", "giải quyết", "hoàn thành", "ước đạt", "ước thu", "tăng", "giảm", "có", "vượt", "chỉ đạt", "chỉ mới", "tiếp tục", "dẫn đầu", "đứng đầu"}, 1)

// listStop are capitalised words that start no place's name in a list.
var listStop = map[string]bool{"đảng": true, "ban": true, "ủy": true, "hội": true, "sở": true, "phòng": true,
	"trung": true, "công": true, "tổng": true, "kinh": true, "ngân": true, "thu": true, "chi": true, "tỷ": true,
	"giá": true, "năm": true, "tháng": true, "theo": true, "trong": true, "cũng": true, "riêng": true, "toàn": true,
	"các": true, "nhiều": true, "tại": true, "với": true, "đến": true, "hiện": true, "sau": true, "đây": true, "về": true,
	"tốc": true, "số": true, "kết": true, "giải": true, "chỉ": true, "ubnd": true, "hđnd": true, "nhà": true, "đồng": true,
	"chủ": true, "bí": true, "phó": true, "ông": true, "bà": true, "đại": true, "quỹ": true, "bảo": true, "mặt": true,
	"nhân": true, "cục": true, "bộ": true, "thủ": true, "tổ": true, "dự": true, "kế": true, "mục": true, "nghị": true}

// listName reads a unit named without its level word at the head of an
// item of a per-unit list: a clause's start or the start of a list after
// a colon ("… của các địa phương: Bác Ái 24,6%; Thuận Bắc 9,12%; …",
// "Cũng trong năm, Thạch Thành thu 268 tỷ đồng, …; Cẩm Thủy 245,7 tỷ
// đồng, …"). The name is a unit the text names elsewhere with its level
// word, or a place of the level the text lists (the tier below its own
// unit). A lone capitalised phrase elsewhere is no unit.
func (x *docReader) listName(orig string, toks []tok, i int) (name, lvl string, end int, ok bool) {
	return x.listNameAt(orig, toks, i, nil)
}

// listNameAt is listName with the clause's list heads found beforehand
// (listHeads), for a caller that asks at every token; nil finds them.
func (x *docReader) listNameAt(orig string, toks []tok, i int, heads []int) (name, lvl string, end int, ok bool) {
	if x.units == nil || x.unitTier <= tierCommune || !toks[i].word || !isListHead(toks, i, heads) {
		return "", "", 0, false
	}
	var words []string
	k := i
	for k < len(toks) && len(words) < 3 && toks[k].word && !isDigits(toks[k].s) {
		w := orig[toks[k].start:toks[k].end]
		if r, _ := utf8.DecodeRuneInString(w); !isUpper(r) || len(words) == 0 && (listStop[toks[k].s] || isLevelFirst(toks[k].s)) {
			break
		}
		k++
		if rest, e, ok := apostropheTail(orig, toks, k, false); ok {
			w, k = w+rest, e
		}
		words = append(words, w)
	}
	if len(words) < 2 {
		return "", "", 0, false
	}
	name = strings.Join(words, " ")
	if n, e, hy := hyphenName(orig, toks, k, name, false); hy {
		name, k = n, e
	}
	name = vnLetters(name)
	if !predicateAfter(toks, k) {
		return "", "", 0, false
	}
	if f, ok := x.units.fold[name]; ok {
		name = f
	}
	lv := x.units.levelOf(name)
	if lv == "" {
		// "Khánh Hoà tăng 9,07%" in a list where the text, or the
		// province list, spells it "Khánh Hòa": one place.
		if f := foldTones(name); f != name {
			if lf := x.units.levelOf(f); lf != "" {
				name, lv = f, lf
			}
		}
	}
	if lv != "" {
		return name, lv, k, true
	}
	if !x.units.listLevelOK {
		return "", "", 0, false
	}
	return name, x.units.listLevel, k, true
}

// rankM are the words that rank places ("… là địa phương có tỷ lệ hộ
// nghèo cao nhất", "tiếp đó là …", "dẫn đầu là …").
var rankM = newListMatcher([]string{"cao nhất", "thấp nhất", "nhiều nhất", "ít nhất", "lớn nhất", "nhỏ nhất", "dẫn đầu", "đứng đầu",
	"tiếp đó là", "tiếp theo là", "tiếp đến là", "kế đến là", "kế tiếp là", "sau đó là"}, 1)

// ranking holds where a clause first ranks places (see rankM): -1 if it
// never does, -2 before it is looked for.
type ranking struct{ at int }

func (r *ranking) first(toks []tok) int {
	if r.at == -2 {
		r.at = -1
		for k := range toks {
			if !rankM.mayStart(&toks[k]) {
				continue
			}
			if _, _, ok := rankM.longest(toks, k); ok {
				r.at = k
				break
			}
		}
	}
	return r.at
}

// item reports a place named at toks[i:k] as an item of a ranking of
// places, each with its own figure: "Si Ma Cai là địa phương có tỷ lệ
// hộ nghèo cao nhất, chiếm 33,05% (…), tiếp đó là huyện Bắc Hà với
// 28,13% (…), Mường Khương 25,69% (…)". The place heads its item (the
// clause's start, or after a comma, "và", a colon or the "là" of the
// ranking words) and either the clause ranks before it and the place's
// figure follows its name at once ("Mường Khương 25,69%", "huyện Bắc Hà
// với 28,13%"), or the ranking words follow the name before its figure
// ("Si Ma Cai là địa phương có … cao nhất, chiếm 33,05%", "huyện A có
// tỷ lệ … thấp nhất (1,2%)"). The figures are the place's, not the
// text's unit's.
func (r *ranking) item(toks []tok, i, k int) bool {
	if i > 0 {
		switch toks[i-1].s {
		case ",", "và", ":", "là":
		default:
			if i > 3 {
				return false
			}
		}
	}
	at := r.first(toks)
	if at < 0 {
		return false
	}
	if at < i {
		return rankFigureAt(toks, k)
	}
	// The ranking words after the name, before any figure: "X là địa
	// phương có tỷ lệ hộ nghèo cao nhất, chiếm 33,05%".
	for j := k; j < len(toks) && j < k+16; j++ {
		if isDigits(toks[j].s) || toks[j].s == ";" || toks[j].s == ":" {
			return false
		}
		if j == at {
			// Its figure follows the ranking words, after a verb or a
			// bracket at most: "…cao nhất, chiếm 33,05%", "…thấp
			// nhất (1,2%)".
			_, e, _ := rankM.longest(toks, at)
			if e < len(toks) && (toks[e].s == "," || toks[e].s == "(") {
				e++
			}
			return rankFigureAt(toks, e)
		}
		if toks[j].s == "," || toks[j].s == "(" {
			return false // "X, Y và Z có …": the words are not X's alone
		}
	}
	return false
}

// rankFigureAt reports a place's figure at toks[k], after at most three
// words that state it ("với", "là", "đạt", "chiếm", "còn", …).
func rankFigureAt(toks []tok, k int) bool { return figureAfter(toks, k, rankFigureWord) }

var rankFigureWord = map[string]bool{"với": true, "là": true, "đạt": true, "ước": true, "chiếm": true, "còn": true, "tăng": true, "giảm": true,
	"khoảng": true, "gần": true, "hơn": true, "trên": true, "mức": true, "tỷ": true, "lệ": true}

// rankedName reads a place named without its level word as an item of a
// ranking (see ranking.item): a name the text gives a level elsewhere,
// or a name of two words or more of the level the text lists.
func (x *docReader) rankedName(orig string, toks []tok, i int, r *ranking) (name, lvl string, end int, ok bool) {
	if x.units == nil || x.unitTier <= tierCommune || !toks[i].word || listStop[toks[i].s] || isLevelFirst(toks[i].s) {
		return "", "", 0, false
	}
	if i > 0 && toks[i-1].s != "," && toks[i-1].s != "và" && toks[i-1].s != ":" && toks[i-1].s != "là" && i > 3 {
		return "", "", 0, false
	}
	if r.first(toks) < 0 {
		return "", "", 0, false // the clause ranks nothing (item would say no): read no words
	}
	var words []string
	k := i
	for k < len(toks) && len(words) < 3 && toks[k].word && !isDigits(toks[k].s) {
		w := orig[toks[k].start:toks[k].end]
		if r, _ := utf8.DecodeRuneInString(w); !isUpper(r) || isUpperCase(w) && utf8.RuneCountInString(w) > 1 {
			break // a word in lower case, or an acronym ("GRDP")
		}
		k++
		words = append(words, w)
	}
	if len(words) == 0 || !r.item(toks, i, k) {
		return "", "", 0, false
	}
	name = vnLetters(strings.Join(words, " "))
	if f, ok := x.units.fold[name]; ok {
		name = f
	}
	if lv := x.units.levelOf(name); lv != "" {
		return name, lv, k, true
	}
	if len(words) < 2 || !x.units.listLevelOK {
		return "", "", 0, false
	}
	return name, x.units.listLevel, k, true
}

// listHead reports toks[i] at the head of a list item: the clause's
// first word after a time lead ("Cũng trong năm, …"), or the first word
// after a colon.
func listHead(toks []tok, i int) bool {
	if i > 0 && toks[i-1].s == ":" {
		return true
	}
	k := 0
	for k < i {
		if toks[k].s == "," {
			k++
			continue
		}
		if _, e, ok := timeLeadM.match(toks, k); ok {
			k = e
			continue
		}
		break
	}
	return k == i
}

// listHeads are the tokens listHead finds by its scan from the start of
// toks: the first, and each the scan reaches past a comma or a time lead.
// heads is reused.
func listHeads(toks []tok, heads []int) []int {
	heads = append(heads[:0], 0)
	for k := 0; k < len(toks); {
		if toks[k].s == "," {
			k++
		} else if _, e, ok := timeLeadM.match(toks, k); ok {
			k = e
		} else {
			break
		}
		heads = append(heads, k)
	}
	return heads
}

// isListHead is listHead(toks, i), from heads (listHeads(toks)) when not
// nil.
func isListHead(toks []tok, i int, heads []int) bool {
	if heads == nil {
		return listHead(toks, i)
	}
	return i > 0 && toks[i-1].s == ":" || slices.Contains(heads, i)
}

var timeLeadM = newListMatcher([]string{"cũng trong năm", "trong năm", "năm nay", "riêng", "còn", "tiếp đến", "tiếp theo", "sau đó", "đứng thứ hai là", "thứ hai là"}, 1)

// outletBefore reports a unit mention at toks[i] inside an outlet's name
// ("Đài PT-TH tỉnh Hà Giang", "Báo điện tử tỉnh …", "Cổng thông tin điện
// tử huyện …").
func outletBefore(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch s := toks[k].s; {
		case s == "báo" || s == "đài" || s == "ptth" || s == "tạp" || s == "cổng":
			return true
		case s == "truyền" && k+1 < len(toks) && toks[k+1].s == "hình":
			return true
		case !toks[k].word && s != "-" && s != "." && s != "&":
			return false
		}
	}
	return false
}

// datelineEnd is where the text starts after a dateline at the start of
// a paragraph: a place's name and a dash ("QUẢNG TRỊ - Năm 2024, …",
// "Bắc Ninh - 03/01/2025", "TP HỒ CHÍ MINH – …"), where the reporter
// filed from, not what the figures after it are of; 0 if none.
func datelineEnd(orig string, toks []tok) int {
	if len(toks) < 3 {
		return 0
	}
	e := 0
	if _, end, ok := provinceAt(orig, toks, 0); ok {
		e = end
	} else if _, name, _, _, k, ok := readUnit(orig, toks, 0); ok && name != "" && isUpperCase(orig[toks[0].start:toks[k-1].end]) {
		e = k // "TP HỒ CHÍ MINH -"; "Huyện Ba Chẽ - 10 năm …" is a headline's subject
	} else {
		return 0
	}
	if e+1 < len(toks) && (toks[e].s == "-" || toks[e].s == "–") && toks[e].start > toks[e-1].end {
		return e + 1
	}
	return 0
}

// addressAt is where a postal address starts in a line ("Địa chỉ: 136
// Trần Hưng Đạo, phường 2, thành phố Tây Ninh", "Trụ sở: …"), len(toks)
// if none: the places of an office's address are not what the text is
// about.
func addressAt(toks []tok) int {
	for k := 0; k+2 < len(toks); k++ {
		if (toks[k].s == "địa" && toks[k+1].s == "chỉ" || toks[k].s == "trụ" && toks[k+1].s == "sở") && toks[k+2].s == ":" {
			return k
		}
	}
	return len(toks)
}

// webAddress reports a line that holds a web address.
func webAddress(toks []tok) bool {
	for _, t := range toks {
		if webWords.has(t.s) {
			return true
		}
	}
	return false
}

var webWords = newWordSet("http", "https", "www")

// placeStop are capitalised words that start no place name.
var placeStop = map[string]bool{"hội": true, "kỳ": true, "đại": true, "văn": true, "trụ": true, "ubnd": true, "hđnd": true, "ban": true, "sở": true, "phòng": true, "trung": true, "nhà": true, "trường": true, "công": true, "khu": true, "cụm": true, "chương": true}

// findPlace records a place the text puts itself at: "Nam Định: …" at the
// start of the headline, or "Tại Nam Định, …".
func (u *unitFinder) findPlace(orig string, toks []tok, isTitle bool) {
	if u.placeTitle {
		return
	}
	read := func(i int) (string, int) {
		var words []string
		k := i
		for k < len(toks) && len(words) < 4 && toks[k].word {
			w := orig[toks[k].start:toks[k].end]
			r, _ := utf8.DecodeRuneInString(w)
			if !isUpper(r) || isLevelFirst(toks[k].s) && len(words) == 0 || placeStop[toks[k].s] && len(words) == 0 {
				break
			}
			k++
			if rest, e, ok := apostropheTail(orig, toks, k, false); ok {
				w, k = w+rest, e
			}
			words = append(words, w)
		}
		if len(words) < 2 || k >= len(toks) || (toks[k].s != ":" && toks[k].s != ",") {
			return "", 0
		}
		return strings.Join(words, " "), k
	}
	if isTitle {
		if name, _ := read(0); name != "" {
			u.place, u.placeTitle = name, true
		}
		return
	}
	if u.place != "" {
		return
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].s == "tại" {
			if name, _ := read(i + 1); name != "" {
				u.place = name
				return
			}
		}
	}
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

// foldMarks lower-cases s and drops its diacritics ("Hoá" → "hoa", "Đ" →
// "d"), to recognise a name written again without them.
func foldMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// sameFoldedWords reports that the words of a and of b, each joined by
// spaces, differ and are the same without their marks (sameFolded). The
// folded words are compared first, in buffers: most names differ there,
// and the two joined strings readUnit built for every name were garbage.
func sameFoldedWords(a, b []string) bool {
	var bufA, bufB [64]byte
	fa, okA := appendFoldedWords(bufA[:0], a)
	fb, okB := appendFoldedWords(bufB[:0], b)
	if okA && okB && string(fa) != string(fb) {
		return false
	}
	x, y := strings.Join(a, " "), strings.Join(b, " ")
	return x != y && sameFolded(x, y)
}

// appendFoldedWords appends foldMarks(strings.Join(words, " ")) to dst
// (foldMarks works rune by rune), false when a rune is not in the table.
func appendFoldedWords(dst []byte, words []string) ([]byte, bool) {
	ok := true
	for i, w := range words {
		if i > 0 {
			if dst, ok = appendFolded(dst, " "); !ok {
				return dst, false
			}
		}
		if dst, ok = appendFolded(dst, w); !ok {
			return dst, false
		}
	}
	return dst, true
}

// sameFolded reports foldMarks(a) == foldMarks(b). On the runes of
// Vietnamese text foldMarks works rune by rune (NFD only moves combining
// marks, which it drops), so each side is folded from a table into a
// buffer on the stack, and only text with other runes pays for NFD.
func sameFolded(a, b string) bool {
	var bufA, bufB [64]byte
	fa, okA := appendFolded(bufA[:0], a)
	fb, okB := appendFolded(bufB[:0], b)
	if !okA || !okB {
		return foldMarks(a) == foldMarks(b)
	}
	return string(fa) == string(fb)
}

// appendFolded appends foldMarks(s) to dst, false when s has a rune that
// the table does not cover.
func appendFolded(dst []byte, s string) ([]byte, bool) {
	for _, r := range s {
		t := foldedRunes()
		if int(r) >= len(t) || t[r] == notFolded {
			return dst, false
		}
		dst = append(dst, t[r]...)
	}
	return dst, true
}

// foldedRunes()[r] is foldMarks of rune r (empty for a combining mark),
// for the blocks of Vietnamese text: Latin, combining marks, Latin
// Extended Additional; notFolded elsewhere. Made on first use: a run that
// reads no documents does not pay for it.
var foldedRunes = sync.OnceValue(func() []string {
	t := make([]string, 0x1F00)
	for r := range t {
		t[r] = notFolded
	}
	for _, block := range [][2]rune{{0, 0x250}, {0x300, 0x370}, {0x1E00, 0x1F00}} {
		for r := block[0]; r < block[1]; r++ {
			t[r] = foldMarks(string(r))
		}
	}
	return t
})

// notFolded marks a rune that foldedRunes does not cover (foldMarks never
// gives a string with U+FFFD for a valid rune).
const notFolded = "\uFFFD"

// letterheadLeads start the lines of a report's letterhead: the governing
// and issuing bodies, the national motto, the document number.
var letterheadLeads = []string{"ubnd", "ủy ban nhân dân", "uỷ ban nhân dân", "hđnd", "hội đồng nhân dân",
	"thành ủy", "thành uỷ", "tỉnh ủy", "tỉnh uỷ", "huyện ủy", "huyện uỷ", "quận ủy", "quận uỷ", "thị ủy", "thị uỷ",
	"đảng ủy", "đảng uỷ", "đảng bộ", "ban chấp hành", "sở ", "phòng ", "chi cục", "cục thống kê",
	"cộng hòa xã hội chủ nghĩa", "cộng hoà xã hội chủ nghĩa", "độc lập - tự do", "số:", "biểu số", "biểu mẫu"}

// isLetterhead reports a line of a report's letterhead: a body's name in
// capitals ("UBND HUYỆN TIÊN DU", "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH"), the
// national motto, "Số: 215/BC-UBND", "Biểu số 01". A headline that
// starts with a body's name ("UBND huyện … tổ chức hội nghị") is not.
func isLetterhead(text, lower string) bool {
	t := strings.TrimSpace(lower)
	for _, lead := range letterheadLeads {
		if !strings.HasPrefix(t, lead) {
			continue
		}
		switch lead {
		case "số:", "biểu số", "biểu mẫu", "độc lập - tự do":
			return len(t) < 120
		}
		return isUpperCase(text)
	}
	return false
}

// isMenuLine reports a web page's menu ("Trang chủ | Tin tức | Cấp ủy |
// …"): not the headline. A breadcrumb ("Trang chủ › Cấp ủy › Quận 12")
// names the section the page is in, and may be.
func isMenuLine(lower string) bool {
	return strings.HasPrefix(strings.TrimSpace(lower), "trang chủ") && strings.Count(lower, " | ") >= 2
}

// nameStop are words that go on a title in capitals after a unit's name
// and never continue the name ("TỈNH NINH BÌNH GIAI ĐOẠN 2019 - 2023",
// "HUYỆN X NĂM 2024").
var nameStop = map[string]bool{"giai": true, "năm": true, "nhiệm": true, "khóa": true, "khoá": true,
	"tháng": true, "đến": true, "từ": true, "theo": true, "về": true, "trên": true, "của": true,
	"và": true, "tại": true, "so": true, "lần": true, "đợt": true, "ước": true, "thực": true,
	// "UBND TỈNH QUẢNG TRỊ SỞ KẾ HOẠCH VÀ ĐẦU TƯ": a letterhead's two
	// lines run together; the department starts after the province.
	"sở": true}

// terms are the two-word terms of a report's own business (its term of
// office, congress, resolution, plan, the fields it reports on, the bodies
// it names) by their first word: after a level word they say what the
// unit did or holds, and no place is named so. A name is not read where
// one starts, whether the text writes it in capitals ("ĐẢNG BỘ XÃ NHIỆM KỲ
// 2020-2025") or with the capital of a title or a sentence's first word
// ("Đảng bộ xã Nhiệm kỳ 2020-2025", "của huyện Kinh tế tăng").
var terms = map[string][]string{
	"nhiệm": {"kỳ"}, "đại": {"hội"}, "mở": {"rộng"}, "nghị": {"quyết", "định"}, "kinh": {"tế"},
	"ủy": {"ban"}, "hội": {"đồng", "nghị"}, "kế": {"hoạch"},
	"báo": {"cáo"}, "chỉ": {"tiêu", "thị"}, "giai": {"đoạn"}, "lần": {"thứ"},
	"tổng": {"kết"}, "sơ": {"kết"}, "kết": {"quả", "luận"}, "tình": {"hình"},
	"chương": {"trình"}, "đảng": {"bộ", "ủy"}, "chi": {"bộ"},
	"ban": {"chấp", "thường"}, "công": {"tác"}, "thực": {"hiện"},
	"nông": {"thôn", "nghiệp"}, "ngân": {"sách"}, "mục": {"tiêu"},
}

// termAt reports one of terms at toks[k].
func termAt(toks []tok, k int) bool {
	seconds, ok := terms[toks[k].s]
	if !ok || k+1 >= len(toks) {
		return false
	}
	for _, s := range seconds {
		if toks[k+1].s == s {
			return true
		}
	}
	return false
}

// societyAt reports "xã hội" (society) at toks[i], not a commune named
// Hội: in "kinh tế - xã hội", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA".
func societyAt(toks []tok, i int) bool {
	if i+1 >= len(toks) || toks[i+1].s != "hội" {
		return false
	}
	if i+3 < len(toks) && toks[i+2].s == "chủ" && toks[i+3].s == "nghĩa" {
		return true
	}
	if i == 0 {
		return false
	}
	switch toks[i-1].s {
	case "-", "–", "tế", "hòa", "hoà",
		// "Thương binh và Xã hội", "bảo hiểm xã hội", "an sinh xã hội",
		// "chính sách xã hội", "bảo trợ xã hội", "nhà ở xã hội".
		"và", "hiểm", "sinh", "sách", "trợ", "ở", "tự", "nạn", "lợi", "tác", "nghĩa":
		return true
	}
	return false
}

// nameWordTu reports a "từ" at toks[k] that ends a name ("HUYỆN ĐẠI TỪ"),
// not one that starts a span ("TỪ NĂM 2020", "TỪ 01/01"): nothing of a
// time follows it.
func nameWordTu(toks []tok, k int) bool {
	if toks[k].s != "từ" {
		return false
	}
	if k+1 >= len(toks) {
		return true
	}
	switch n := toks[k+1].s; {
	case isDigits(n), n == "năm", n == "ngày", n == "tháng", n == "đầu", n == "quý", n == "khi":
		return false
	}
	return !toks[k+1].word
}

// nameWordNam reports a "năm" at toks[k] that ends a name ("THỊ XÃ NGÃ
// NĂM" at the end of its line or before a mark), not one that starts a
// time ("… NĂM 2023", "NĂM NAY").
func nameWordNam(toks []tok, k int) bool {
	if toks[k].s != "năm" {
		return false
	}
	return k+1 >= len(toks) || !toks[k+1].word && !isDigits(toks[k+1].s)
}

// officeWords are the words that follow "phòng" or "ban" when they name
// an office of the unit ("PHÒNG TÀI CHÍNH - KẾ HOẠCH", "BAN TUYÊN GIÁO").
var officeWords = map[string]map[string]bool{
	"phòng": {"tài": true, "kinh": true, "lao": true, "thống": true, "giáo": true, "văn": true, "nội": true, "y": true, "nông": true},
	"ban":   {"tuyên": true, "tổ": true, "dân": true, "chỉ": true, "thường": true, "kinh": true, "quản": true, "pháp": true, "văn": true},
}

// officeAt reports an office of a letterhead starting at toks[k]: "PHÒNG
// TÀI CHÍNH", "BAN TUYÊN GIÁO" after "UBND HUYỆN VĨNH LINH" on the same
// line. (Hải Phòng's "Phòng" is its name's.)
func officeAt(toks []tok, k int) bool {
	if k+1 >= len(toks) || toks[k].s == "phòng" && k > 0 && toks[k-1].s == "hải" {
		return false
	}
	return officeWords[toks[k].s][toks[k+1].s]
}

// nameEnds reports a body's or a level's word at toks[k], which starts the
// next unit rather than continuing a name; or a word after a wide gap (a
// tab, three spaces or more): the next column of a letterhead copied from
// a PDF ("UBND HUYỆN THANH TRÌ        CỘNG HÒA XÃ HỘI …").
func nameEnds(orig string, toks []tok, k int) bool {
	switch toks[k].s {
	case "ubnd", "hđnd", "ủy":
		return true
	}
	if k > 0 && toks[k-1].end <= toks[k].start {
		if gap := orig[toks[k-1].end:toks[k].start]; strings.Contains(gap, "\t") || strings.Contains(gap, "   ") {
			return true
		}
	}
	_, _, ok := matchLevel(orig, toks, k)
	return ok
}
