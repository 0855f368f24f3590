package vnnum

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The word tables are data, not switches, so a new unit noun or cue is one
// line here. All entries are lower-case NFC; lookups accept the lower-case,
// Title-case and UPPER-CASE spellings of each word (see variants) so that the
// scanner never has to allocate a lowered copy of the text.

// nounPhrases are the unit nouns a count may carry ("5.816 người"). Longer
// phrases win over their prefixes ("hộ nghèo" over "hộ").
var nounPhrases = []string{
	"người", "người dân", "lượt người", "nhân khẩu", "khẩu",
	"lao động", "việc làm",
	"hộ", "hộ gia đình", "hộ nghèo", "hộ cận nghèo", "hộ dân", "gia đình",
	"chỉ tiêu", "nhóm chỉ tiêu", "tiêu chí", "nhiệm vụ",
	"đảng viên", "đv", "đồng chí", "quần chúng", "đoàn viên", "hội viên", "thành viên",
	"cán bộ", "công chức", "viên chức", "giáo viên", "bác sĩ",
	"học sinh", "sinh viên", "học viên", "trẻ", "cháu", "bệnh nhân",
	"xã", "phường", "thị trấn", "quận", "huyện", "tỉnh", "thôn", "tổ dân phố", "khu dân cư",
	"dự án", "công trình", "hạng mục", "doanh nghiệp", "hợp tác xã", "cơ sở", "tổ chức",
	"chi bộ", "đảng bộ", "đơn vị", "trường", "trường học", "trường hợp", "lớp", "trạm", "cụm",
	"hồ sơ", "thủ tục", "thủ tục hành chính", "vụ", "vụ việc", "cuộc", "buổi", "đơn", "kiến nghị",
	"căn hộ", "căn", "ngôi nhà", "nhà", "tuyến", "tuyến đường", "cây", "con", "xe", "phương tiện",
	"mô hình", "sản phẩm", "giường bệnh", "giường", "điểm",
	"tấn", "tạ", "kg", "ha", "hecta", "héc-ta", "km", "km2", "m", "m2", "m3", "m²", "m³", "lít",
	"lượt", "lượt khách", "khách", "du khách",
}

// scaleWords multiply the number before them ("1.651 tỷ"). "nghìn tỷ" is
// handled as a two-word scale in scaleAt.
var scaleWords = map[string]float64{
	"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4,
}

// notScale are scale words that begin another word: "năm 2024 tỷ lệ hộ
// nghèo" is a year and a ratio.
var notScale = []string{"tỷ lệ", "tỷ trọng", "tỷ giá", "tỷ suất", "tỷ số", "tỉ lệ", "tỉ trọng", "tỉ giá",
	"tỉ suất", "tỉ số", "triệu chứng", "triệu phú", "vạn vật", "nghìn năm", "ngàn năm"}

// moneyWords name the đồng after a figure ("850 triệu đồng", "50.000đ").
var moneyWords = []string{"đồng", "đ", "vnđ", "vnd"}

// notMoneyAfterDong: "đồng" followed by these is another word ("5 đồng chí"
// = five comrades), not the currency.
var notMoneyAfterDong = []string{"chí", "bào", "thời", "hồ", "ruộng", "bằng", "loạt", "nghiệp", "đội", "tâm", "ý", "phục", "nhất", "hương", "lòng"}

// foreignMoney is money that is not VND: reported with Noun "usd" and no UOM
// so that it is never summed with đồng.
var foreignMoney = []string{"usd", "đô la", "đô-la", "đô"}

// qualifierWords stand right before a number. Two-word cues are keyed by
// their last word with the word that must precede it.
var qualifierWords = map[string]string{
	"khoảng": "approx", "gần": "approx", "chừng": "approx",
	"hơn": "over", "trên": "over", "ngoài": "over",
	"dưới": "under",
}

var qualifierPairs = map[string]struct{ first, qual string }{
	"xỉ":  {"xấp", "approx"},
	"quá": {"không", "under"},
}

// dayWords before "26-12" or "16/12" make it a date ("Sáng 26-12").
var dayWords = []string{"ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "rạng", "nay"}

// contextWords are compared through wordsLower by the reader: "tháng 12"
// is a month, "từ … đến …" a range.
var contextWords = []string{"tháng", "từ", "đến", "tới"}

// Number words. kind says how the word combines (see readWords).
const (
	wDigit  = iota // một..chín, không
	wLate          // mốt, lăm, nhăm, tư: units digit only after tens (or linh for tư)
	wMuoi          // mươi: the digit before is tens
	wMuoi10        // mười: 10
	wTram          // trăm
	wLinh          // linh, lẻ: zero tens
	wScale         // nghìn, ngàn, triệu, tỷ, tỉ, vạn
)

type numWord struct {
	kind int
	val  float64
}

var numberWords = map[string]numWord{
	"không": {wDigit, 0}, "một": {wDigit, 1}, "hai": {wDigit, 2}, "ba": {wDigit, 3},
	"bốn": {wDigit, 4}, "năm": {wDigit, 5}, "sáu": {wDigit, 6}, "bảy": {wDigit, 7},
	"bẩy": {wDigit, 7}, "tám": {wDigit, 8}, "chín": {wDigit, 9},
	"mốt": {wLate, 1}, "tư": {wLate, 4}, "lăm": {wLate, 5}, "nhăm": {wLate, 5},
	"mươi": {wMuoi, 0}, "mười": {wMuoi10, 10}, "trăm": {wTram, 100},
	"linh": {wLinh, 0}, "lẻ": {wLinh, 0},
	"nghìn": {wScale, 1e3}, "ngàn": {wScale, 1e3}, "triệu": {wScale, 1e6},
	"tỷ": {wScale, 1e9}, "tỉ": {wScale, 1e9}, "vạn": {wScale, 1e4},
}

// Lookup maps built from the tables, keyed by every case variant.
var (
	nounIndex     map[string][]phrase // first word -> phrases starting with it, longest first
	scaleIndex    map[string]float64
	notScaleIndex map[string]bool // "tỷ lệ": lower-case first and second word
	moneyIndex    map[string]bool
	notMoneyIndex map[string]bool
	foreignIndex  map[string][]phrase
	qualIndex     map[string]string
	// qualKeys has, for each word of qualIndex and pairIndex, bit
	// len%32 of row first byte+7*last byte set (see mayQualify).
	qualKeys   [256]uint32
	pairIndex  map[string]struct{ first, qual string }
	dayIndex   map[string]bool
	numIndex   map[string]numWord
	wordsLower map[string]string // variant -> canonical lower-case word
	// unitIndex is what each word a unit after a figure can start with
	// starts, from scaleIndex, moneyIndex, foreignIndex and nounIndex:
	// one look-up for the word after a figure, most often in none.
	unitIndex map[string]unitWord

	// byte lengths of the words a number in words can start with
	minStartLen, maxStartLen int
	// startKeys has the bit startKey(w) of every word w a number in
	// words can start with (see mayStartNumber).
	startKeys [256]uint32
	// lowerKeys and unitKeys have the bit wordKey(w) of every word of
	// wordsLower and unitIndex (see lowerOf, unitWordOf).
	lowerKeys, unitKeys [256]uint32
)

// wordKey is a word's place in lowerKeys or unitKeys: a row by its first
// and last bytes, a bit by its length.
func wordKey(w string) (row uint8, bit uint32) {
	return w[0] + 7*w[len(w)-1], 1 << (len(w) & 31)
}

// lowerOf is wordsLower[w]: the reader asks it of the word before every
// number and of the words around a unit, and most are none of its
// words, told by wordKey without the map look-up.
func lowerOf(w string) string {
	if w == "" {
		return ""
	}
	if row, bit := wordKey(w); lowerKeys[row]&bit == 0 {
		return ""
	}
	return wordsLower[w]
}

// unitWordOf is unitIndex[w], asked of the word after every number:
// most are none of its words, told by wordKey without the map look-up.
func unitWordOf(w string) unitWord {
	if w == "" {
		return unitWord{}
	}
	if row, bit := wordKey(w); unitKeys[row]&bit == 0 {
		return unitWord{}
	}
	return unitIndex[w]
}

// startKey is a word's place in startKeys: a row by its first and last
// bytes, a bit by its length.
func startKey(w string) (row uint8, bit uint32) {
	return w[0] + w[len(w)-1]*7, 1 << (len(w) & 31)
}

// mayStartNumber reports whether a word (not empty) may start a number in
// words: false means it is none of them, without a map look-up, which
// Scan would pay for nearly every word of a text.
func mayStartNumber(w string) bool {
	row, bit := startKey(w)
	return startKeys[row]&bit != 0
}

type phrase struct {
	words []string // lower-case words after the first
	text  string   // canonical lower-case phrase
}

func init() {
	wordsLower = map[string]string{}
	nounIndex = buildPhrases(nounPhrases)
	foreignIndex = buildPhrases(foreignMoney)
	scaleIndex = map[string]float64{}
	for w, v := range scaleWords {
		for _, x := range variants(w) {
			scaleIndex[x] = v
		}
	}
	moneyIndex = setOf(moneyWords)
	notScaleIndex = map[string]bool{}
	for _, p := range notScale {
		first, second, _ := strings.Cut(p, " ")
		for _, x := range variants(second) {
			notScaleIndex[first+" "+wordsLower[x]] = true
		}
	}
	notMoneyIndex = setOf(notMoneyAfterDong)
	dayIndex = setOf(dayWords)
	setOf(contextWords)
	for _, p := range qualifierPairs {
		variants(p.first)
	}
	qualIndex = map[string]string{}
	for w, q := range qualifierWords {
		for _, x := range variants(w) {
			qualIndex[x] = q
		}
	}
	pairIndex = map[string]struct{ first, qual string }{}
	for w, p := range qualifierPairs {
		for _, x := range variants(w) {
			pairIndex[x] = p
		}
	}
	for _, m := range []map[string]bool{keysOf(qualIndex), keysOf(pairIndex)} {
		for w := range m {
			row, bit := qualKey(w)
			qualKeys[row] |= bit
		}
	}
	unitIndex = map[string]unitWord{}
	for w, m := range scaleIndex {
		u := unitIndex[w]
		u.scale = m
		unitIndex[w] = u
	}
	for w := range moneyIndex {
		u := unitIndex[w]
		u.money = true
		unitIndex[w] = u
	}
	for w, ps := range foreignIndex {
		u := unitIndex[w]
		u.foreign = ps
		unitIndex[w] = u
	}
	for w, ps := range nounIndex {
		u := unitIndex[w]
		u.noun = ps
		unitIndex[w] = u
	}
	numIndex = map[string]numWord{}
	minStartLen, maxStartLen = 1<<30, 0
	for w, n := range numberWords {
		for _, x := range variants(w) {
			numIndex[x] = n
			if n.kind == wDigit || n.kind == wMuoi10 {
				minStartLen = min(minStartLen, len(x))
				maxStartLen = max(maxStartLen, len(x))
				row, bit := startKey(x)
				startKeys[row] |= bit
			}
		}
	}
	// Last: every call of variants above added to wordsLower.
	for w := range wordsLower {
		row, bit := wordKey(w)
		lowerKeys[row] |= bit
	}
	for w := range unitIndex {
		row, bit := wordKey(w)
		unitKeys[row] |= bit
	}
}

// unitWord is a word's entry in unitIndex.
type unitWord struct {
	scale   float64  // scaleIndex's, 0 for none
	money   bool     // in moneyIndex
	foreign []phrase // foreignIndex's
	noun    []phrase // nounIndex's
}

func setOf(words []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		for _, x := range variants(w) {
			m[x] = true
		}
	}
	return m
}

func buildPhrases(list []string) map[string][]phrase {
	m := map[string][]phrase{}
	for _, p := range list {
		ws := strings.Fields(p)
		ph := phrase{words: ws[1:], text: p}
		for _, x := range variants(ws[0]) {
			m[x] = append(m[x], ph)
		}
	}
	for k, ps := range m {
		// longest first so "hộ nghèo" wins over "hộ"
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		m[k] = ps
	}
	return m
}

// variants are the spellings a word may have in a document: as listed,
// Title-case (sentence start) and UPPER-CASE (headings).
func variants(w string) []string {
	r, n := utf8.DecodeRuneInString(w)
	title := string(unicode.ToUpper(r)) + w[n:]
	upper := strings.ToUpper(w)
	out := []string{w}
	if title != w {
		out = append(out, title)
	}
	if upper != w && upper != title {
		out = append(out, upper)
	}
	for _, x := range out {
		wordsLower[x] = w
	}
	return out
}

// keysOf is the set of m's keys.
func keysOf[V any](m map[string]V) map[string]bool {
	set := make(map[string]bool, len(m))
	for k := range m {
		set[k] = true
	}
	return set
}

func qualKey(w string) (row uint8, bit uint32) {
	return w[0] + 7*w[len(w)-1], 1 << (len(w) & 31)
}

// mayQualify is false for a word that is no key of qualIndex or
// pairIndex, told by its first and last bytes and its length: qualBefore
// looks at the words before every number, and most are neither, which
// took two map look-ups each.
func mayQualify(w string) bool {
	if w == "" {
		return false
	}
	row, bit := qualKey(w)
	return qualKeys[row]&bit != 0
}
