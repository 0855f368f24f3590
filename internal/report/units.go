package report

import (
	_ "embed"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/unitname"
)

// cleanName normalises a unit as written in facts: NFC, single spaces.
func cleanName(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// unitKey is a unit's identity: one for every spelling of a name, whatever
// its case, Unicode form, spacing, and the old or new place of a tone mark
// ("Thanh Hoá" and "Thanh Hóa"): each syllable's tone mark is moved to its
// end.
func unitKey(name string) string {
	d := norm.NFD.String(strings.ToLower(name))
	var b strings.Builder
	b.Grow(len(d))
	var tone rune
	space := false
	for _, r := range d {
		switch {
		case isTone(r):
			tone = r
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		if tone != 0 {
			b.WriteRune(tone)
			tone = 0
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		b.WriteRune(r)
	}
	if tone != 0 {
		b.WriteRune(tone)
	}
	return b.String()
}

// isTone reports whether r is one of the five Vietnamese tone marks (in
// NFD), as opposed to the marks that make a letter (â, ă, ơ).
func isTone(r rune) bool {
	switch r {
	case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
		return true
	}
	return false
}

// unnamedName and unnamedShort name a unit known only by its level, or
// not at all, after the document it comes from: "Huyện (a.txt)" and, for
// the sheet tab, "Huyện - a".
func unnamedName(unit, source string) string {
	return bareWord(unit) + " (" + source + ")"
}

func unnamedShort(unit, source string) string {
	w := bareWord(unit)
	if w == unitname.Unknown {
		w = "Chưa rõ"
	}
	return w + " - " + strings.TrimSuffix(source, filepath.Ext(source))
}

// bareWord is a bare unit's level word in its canonical spelling, or
// unitname.Unknown.
func bareWord(unit string) string {
	if lv, loc, ok := unitname.Split(cleanName(unit)); ok && loc == "" {
		return lv.Word
	}
	return unitname.Unknown
}

// shortName is the unit's name with its level word abbreviated, what a
// sheet tab shows: "Q. Hoàng Mai"; the level word alone stays as it is
// ("Thị xã"). Making it a valid, unique sheet name is the Excel writers'
// business (xlsx.SheetNamer).
func shortName(name string) string {
	lv, loc, ok := unitname.Split(name)
	if !ok || loc == "" {
		return name
	}
	return lv.Short + " " + loc
}

// placeName is the place in the date line: the locality without its level
// word, or the whole name when the locality is a number ("Quận 1") or
// missing.
func placeName(name string) string {
	lv, loc, ok := unitname.Split(name)
	if !ok {
		return name
	}
	if loc == "" {
		return ""
	}
	if _, err := strconv.Atoi(loc); err == nil {
		return lv.Word + " " + loc
	}
	return loc
}

// SortUnitNames orders names by Vietnamese collation (A Ă Â B … Đ …), the
// order a Vietnamese reader expects, ties broken by bytes so the order is
// total.
func SortUnitNames(names []string) {
	c := collate.New(language.Vietnamese)
	var buf collate.Buffer
	keys := make(map[string][]byte, len(names))
	for _, s := range names {
		keys[s] = append([]byte(nil), c.KeyFromString(&buf, s)...)
		buf.Reset()
	}
	sort.SliceStable(names, func(i, j int) bool {
		if d := compareBytes(keys[names[i]], keys[names[j]]); d != 0 {
			return d < 0
		}
		return names[i] < names[j]
	})
}

func compareBytes(a, b []byte) int { return strings.Compare(string(a), string(b)) }

//go:embed provinces.tsv
var provincesTSV string

// provinces maps a district-level unit ("Quận Hoàng Mai") to its province
// or centrally-run city ("Thành phố Hà Nội"), for the governing-body line.
// Only units listed are known; the level word is part of the key because
// the same locality name exists under different levels elsewhere
// ("Thị xã Hoàng Mai" is in Nghệ An).
var provinces = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(provincesTSV, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 2 {
			continue
		}
		m[strings.ToLower(cleanName(parts[0]))] = cleanName(parts[1])
	}
	return m
}()

// upper writes a body's name in upper case as headers print it.
func upper(s string) string { return strings.ToUpper(s) }
