package extract

// Reading a unit's name: readUnit and the tests of where a name ends (an
// epithet, a hyphen, an apostrophe, an official's name or title, a
// letterhead's office, a word that goes on a title in capitals). Apart from
// unit.go because readUnit serves every reader of unit mentions (scan,
// peerUnits, section lines, table labels), not only the finder.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/unitname"
)

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
	if e := epithetEnd(orig, toks, k); e > k && !caps && lv.tier < tierProvince && !(i > 0 && (toks[i-1].digits || pluralBefore[toks[i-1].s])) {
		// "huyện miền núi Ba Tơ", "huyện đảo Lý Sơn": a word of what
		// kind of place it is between the level word and the name. Not
		// before a province's name: "các huyện miền núi Thanh Hóa" are
		// the province's mountain districts. Nor after a count or a
		// plural: "3 huyện nghèo Mường Tè, Nậm Nhùn, Sìn Hồ" names a
		// group's members.
		if unitname.Provinces[vnLetters(provinceWords(orig, toks, e))] == "" { // toks[e] is a word: epithetEnd saw it capitalised
			k = e
		}
	}
	first := k // the name's first token
	// After an official's title a name that opens with a family name is
	// the official's ("Chủ tịch HĐND quận Lê Thị Thu Hằng"): its given
	// names may be verbs ("Thu", "Đạt", "Thành") and do not end it.
	person := !caps && k < len(toks) && surnames[orig[toks[k].start:toks[k].end]] && titleBefore(toks, i)
	var words []string
	var raw []string // the words as written, for an acronym (see abbrevCaps)
	for k < len(toks) && len(words) < 4 && toks[k].word {
		if len(words) > 0 && (nameEnds(orig, toks, k) || caps && (nameStop[toks[k].s] && !nameWordTu(toks, k) && !nameWordNam(toks, k) || officeAt(toks, k))) {
			break // "UBND HUYỆN NAM TRỰC UBND XÃ NAM THANH": two bodies on one line
		}
		if len(words) >= 2 && !person && k+1 < len(toks) && toks[k+1].word && verbAt(toks, k) {
			// "THỊ XÃ AN NHƠN ĐẠT NHIỀU KẾT QUẢ", "Huyện Tân Phú Hoàn
			// Thành Dự Toán": in a headline in capitals or with every
			// word capitalised the case cannot end the name; its
			// predicate does, a verb with its object after a name of two
			// syllables or more. (In a sentence the verb is in lower
			// case and ends the name anyway.)
			break
		}
		if len(words) == 0 && caps && nameStop[toks[k].s] && k+1 < len(toks) && toks[k+1].digits {
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
		if len(words) > 0 && lv.tier == tierCommune && !caps && nameNumberAt(toks, k) {
			// "xã Tam Xuân 2 (Núi Thành)", "Đảng bộ xã Bình Minh 2
			// lần thứ V": a commune's number is part of its name.
			words = append(words, toks[k].s)
			k++
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
	// dropPerson asks for the title only of a name of three words or
	// more: titleBefore, a walk back over the tokens, is not asked of the
	// others (most unit mentions).
	words = dropPerson(words, len(words) >= 3 && titleBefore(toks, i))
	if len(words) == 1 && notSubjectAfter[toks[first].s] {
		// "Huyện Đoàn" (the district's youth union), "Tỉnh Đội" (the
		// province's military command), written with capitals: the
		// level's body, as "huyện đoàn" is, no place.
		return lv, "", t, j, j, true
	}
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
	if lv.name == "Tỉnh" && name != "" && len(words) > 0 && unitname.Provinces[officialSpelling(name)] == "" {
		// A province's name is one of the provinces: "Tỉnh Đoàn" (the
		// province's youth union), "Tỉnh Phấn Đấu …" (a headline in
		// Title Case) name none, and "Tỉnh Lâm Đồng Phấn Đấu …" names
		// Lâm Đồng. A name cut short ("tỉnh Bình", see cutProvince)
		// and an acronym ("TỈNH BR-VT") are kept.
		if p, ok := provinceSquashed[squashName(name)]; ok {
			name = p // "Bà Rịa Vũng Tàu", "Thừa Thiên-Huế"
		} else if n := provinceLead(words); n > 0 && !strings.Contains(name, "-") {
			name, k = joinWords(orig[toks[first].start:], words[:n]), first+n
		} else if !provinceStart(name) && !abbrevCaps && !acronymWords(raw) {
			return lv, "", t, j, j, true
		}
	}
	t = lv.tier
	if lv.name == "Thành phố" && centralCities[name] {
		t = tierProvince
	}
	return lv, name, t, j, k, true
}

// nameNumberAt reports a number at toks[k], after a commune's name, that
// is the last part of the name ("Tam Xuân 2", "Bình Minh 1"): one or two
// digits set apart from the name, then a mark that ends the name (a
// bracket, a comma, a full stop: not the decimal mark of "2,5" or the
// grouping of "2.300") or the end, or words no count stands before ("2
// lần thứ V", "2 khóa VII", "2 nhiệm kỳ", "2 đã", "2 tổ chức", a verb of
// results: "2 đạt"). A count stands before
// its noun: "xã A 2 năm liền", "xã A 3 thôn" keep "xã A".
func nameNumberAt(toks []tok, k int) bool {
	if k == 0 || k >= len(toks) || !toks[k].digits || len(toks[k].s) > 2 || toks[k].s[0] == '0' || toks[k].start == toks[k-1].end {
		return false
	}
	if k+1 >= len(toks) {
		return true
	}
	n := toks[k+1]
	if n.start == toks[k].end && n.s != ")" && n.s != "," && n.s != "." {
		return false // "2/3", "2%", "2-3"
	}
	switch n.s {
	case "(", ")", ";", ":":
		return true
	case ",", ".":
		return k+2 >= len(toks) || !toks[k+2].digits || toks[k+2].start != n.end
	case "khóa", "khoá", "đã", "là":
		return true
	case "và":
		return k+2 < len(toks) && !toks[k+2].digits // "Gia Tân 1 và xã Gia Tân 2", not "2 và 3"
	case "tổ":
		return k+2 < len(toks) && toks[k+2].s == "chức"
	case "lần":
		return k+2 < len(toks) && toks[k+2].s == "thứ"
	case "nhiệm":
		return k+2 < len(toks) && toks[k+2].s == "kỳ"
	}
	return verbAt(toks, k+1) // "2 đạt", "2 hoàn thành": a verb, no noun counted
}

// provinceSquashed are the provinces by squashName of their names: a
// province written with other spaces or hyphens ("Bà Rịa Vũng Tàu",
// "Thừa Thiên-Huế") is found as it is.
var provinceSquashed = func() map[string]string {
	m := make(map[string]string, len(unitname.Provinces))
	for name := range unitname.Provinces {
		m[squashName(name)] = name
	}
	return m
}()

// squashName is name in the official spelling, in lower case, with its
// letters only.
func squashName(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(officialSpelling(name)) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// acronymWords reports raw, the words of a name as written, as an
// acronym: short words in capitals and ASCII ("BR-VT", "TT-Huế" is not).
func acronymWords(raw []string) bool {
	for _, w := range raw {
		if len(w) > 5 || !isASCII(w) || !isUpperCase(w) {
			return false
		}
	}
	return len(raw) > 0
}

// provinceLead is how many of words (two or more, up to three) name a
// province, with words after them; 0 for none.
func provinceLead(words []string) int {
	for n := min(3, len(words)-1); n >= 2; n-- {
		if unitname.Provinces[officialSpelling(strings.Join(words[:n], " "))] != "" {
			return n
		}
	}
	return 0
}

// provinceStart reports name as the first words of a province's name
// ("Bình" of "Bình Định"), a name cut short.
func provinceStart(name string) bool {
	name = officialSpelling(name) + " "
	for _, p := range provinceNames {
		if strings.HasPrefix(p, name) {
			return true
		}
	}
	return false
}

// unitEpithets are the words of what kind of place a unit is, written
// between its level word and its name ("huyện miền núi Ba Tơ", "huyện
// nghèo Đakrông").
// epithetEnd's switch lists their first words (TestEpithetFirstWords).
var unitEpithets = [][]string{{"miền", "núi"}, {"vùng", "cao"}, {"biên", "giới"}, {"đảo"}, {"ven", "biển"}, {"trung", "du"}, {"nghèo"}, {"đặc", "biệt", "khó", "khăn"}}

// epithetEnd is the index after an epithet at toks[k] written in lower
// case and followed by a word with a capital (a name), or k.
func epithetEnd(orig string, toks []tok, k int) int {
	// An epithet opens with one of these words (unitEpithets): others,
	// most words, are answered without a walk over the list.
	if k >= len(toks) {
		return k
	}
	switch toks[k].s {
	case "miền", "vùng", "biên", "đảo", "ven", "trung", "nghèo", "đặc":
	default:
		return k
	}
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
	for e < len(toks) && len(rest) < 3 && toks[e].word && !toks[e].digits {
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
	return k+1 >= len(toks) || !toks[k+1].word && !toks[k+1].digits
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
