package extract

// Page furniture around units: datelines, postal and web addresses,
// outlets' names, the place a text puts itself at, letterheads and menus.
// Apart from unit.go because these tell lines that are not the article's
// text from those that are.

import (
	"strings"
	"unicode/utf8"
)

// outletBefore reports a unit mention at toks[i] inside an outlet's name
// ("Đài PT-TH tỉnh Hà Giang", "Báo điện tử tỉnh …", "Cổng thông tin điện
// tử huyện …"). "Báo" is the newspaper only as a word of its own: in
// "báo cáo" (a report: "Theo báo cáo của UBND huyện …"), "dự báo",
// "thông báo" it names no outlet.
func outletBefore(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch s := toks[k].s; {
		case s == "báo" && !(k+1 < len(toks) && toks[k+1].s == "cáo") && !(k > 0 && compoundBefore[toks[k-1].s]):
			return true
		case s == "đài" || s == "ptth" || s == "tạp" || s == "cổng":
			return true
		case s == "truyền" && k+1 < len(toks) && toks[k+1].s == "hình":
			return true
		case !toks[k].word && s != "-" && s != "." && s != "&":
			return false
		}
	}
	return false
}

// compoundBefore are the words that make "báo" part of a compound, not
// the newspaper: "dự báo" (forecast), "thông báo" (notice), "cảnh báo"
// (warning), "tình báo", "họp báo" (a press conference, held by the
// unit, not an outlet's name).
var compoundBefore = map[string]bool{"dự": true, "thông": true, "cảnh": true, "tình": true, "họp": true}

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
		// By the hash first (see hashNam): asked of every word of the text.
		if h := toks[k].h; h != hashDia && h != hashTru {
			continue
		}
		if (toks[k].s == "địa" && toks[k+1].s == "chỉ" || toks[k].s == "trụ" && toks[k+1].s == "sở") && toks[k+2].s == ":" {
			return k
		}
	}
	return len(toks)
}

// webAddress reports a line that holds a web address.
func webAddress(toks []tok) bool {
	// By index, not a copy of each token, and by the hash first (see
	// hashNam): every word of every paragraph is asked.
	for i := range toks {
		if h := toks[i].h; (h == hashHTTP || h == hashHTTPS || h == hashWWW) && toks[i].word && webWords[toks[i].s] {
			return true
		}
	}
	return false
}

var webWords = map[string]bool{"http": true, "https": true, "www": true}

var (
	hashHTTP  = tokHash("http")
	hashHTTPS = tokHash("https")
	hashWWW   = tokHash("www")
)

// placeStop are capitalised words that start no place name.
var placeStop = map[string]bool{"hội": true, "kỳ": true, "đại": true, "văn": true, "trụ": true, "ubnd": true, "hđnd": true, "ban": true, "sở": true, "phòng": true, "trung": true, "nhà": true, "trường": true, "công": true, "khu": true, "cụm": true, "chương": true}

// findPlace records a place the text puts itself at: "Nam Định: …" at the
// start of the headline, or "Tại Nam Định, …".
func (u *unitFinder) findPlace(orig string, toks []tok, words *wordBits, isTitle bool) {
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
	if u.place != "" || !words.mayHave(hashTai) {
		return
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].h == hashTai && toks[i].s == "tại" {
			if name, _ := read(i + 1); name != "" {
				u.place = name
				return
			}
		}
	}
}

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
