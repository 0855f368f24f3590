package extract

// Level words: the administrative levels as texts write them ("huyện",
// "TP", "H."), the fast test for a level's first word, the words around a
// bare level word that make it a group or a set, and the tier of a unit's
// name. Apart from unit.go because every unit reader, and some kind tests,
// ask these questions of single tokens.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/unitname"
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

// notSubjectAfter are words after a bare level word that make it a
// governing body or the assigning authority ("thành phố giao", "Tỉnh ủy"),
// not the unit the text is about.
var notSubjectAfter = map[string]bool{"giao": true, "ủy": true, "đoàn": true, "đội": true}

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

func isLevelTok(s string) bool {
	switch s {
	case "quận", "huyện", "xã", "phường", "tỉnh", "phố", "thị":
		return true
	}
	return false
}

func matchLevel(orig string, toks []tok, i int) (level, int, bool) {
	// levelFirstTok, with levelsFrom's lookup for the set's: the keys of
	// levelsFrom are levelFirsts (TestLevelFirsts), so one lookup tells
	// both.
	if b := toks[i].h >> startShift; levelHashes[b/64]&(1<<(b%64)) == 0 {
		return level{}, 0, false
	}
	from, ok := levelsFrom[toks[i].s]
	if !ok {
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
	for _, lv := range from {
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

// unitTierOf is the tier of a unit's name, -1 for a bare level word or
// no level at all.
func unitTierOf(unit string) tier {
	for _, lv := range levels {
		// unit starts with lv.name and a space (no string built for it)
		if n := len(lv.name); len(unit) > n && unit[n] == ' ' && unit[:n] == lv.name {
			if lv.name == "Thành phố" && centralCities[unit[n+1:]] {
				return tierProvince
			}
			return lv.tier
		}
	}
	return -1
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
