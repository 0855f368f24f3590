package extract

// Provinces and central cities: their names, abbreviations and glued forms,
// and reading a province named with capitals without its level word. Apart
// from unit.go because these are word lists and name readers of the top
// tier, used beyond the unit finder.

import (
	"strings"
	"unicode/utf8"
)

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

// listJoint reports s as what joins the items of a list of places: ",",
// "và", "-", "/".
func listJoint(s string) bool { return s == "," || s == "và" || s == "-" || s == "/" }

// amongProvinces reports a bare province name toks[i:e] listed with
// another bare one ("Hà Nội, Hồ Chí Minh và Đà Nẵng"): a list of places.
func amongProvinces(orig string, toks []tok, i, e int) bool {
	sep := listJoint
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
