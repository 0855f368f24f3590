package unitname

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Tier orders administrative levels: a district's article names its
// province as the parent, and its wards and communes as its parts.
type Tier int

const (
	Commune  Tier = iota // xã, phường, thị trấn, đặc khu
	District             // quận, huyện, thị xã, thành phố thuộc tỉnh
	Province             // tỉnh (and, by rank, a centrally-run thành phố)
)

// Level is an administrative level word.
type Level struct {
	Word  string // canonical spelling, as written before a name: "Thị xã"
	Short string // the abbreviation in sheet names: "TX."
	Tier  Tier
	// Numbered levels may have numbers for names ("Quận 1", "Phường 12").
	Numbered bool
	// Abbrev is how headlines abbreviate the level in capitals ("UBND TX",
	// "TP Hạ Long", "Q. Hoàng Mai"); a trailing dot is part of it. Empty
	// when texts do not abbreviate it.
	Abbrev string
}

// Levels lists the level words, longest first, so that a scan by prefix
// finds "Thị xã" before any shorter word.
var Levels = []Level{
	{Word: "Thành phố", Short: "TP.", Tier: District, Abbrev: "TP"},
	{Word: "Thị trấn", Short: "TT.", Tier: Commune},
	// Đặc khu: the special zones the island districts became on 1 July
	// 2025 (Phú Quốc, Côn Đảo, Vân Đồn, Lý Sơn …) are of the commune
	// level, right under their province, as wards and communes are.
	{Word: "Đặc khu", Short: "ĐK.", Tier: Commune},
	{Word: "Thị xã", Short: "TX.", Tier: District, Abbrev: "TX"},
	{Word: "Phường", Short: "P.", Tier: Commune, Numbered: true},
	{Word: "Huyện", Short: "H.", Tier: District, Abbrev: "H."},
	{Word: "Quận", Short: "Q.", Tier: District, Numbered: true, Abbrev: "Q."},
	{Word: "Tỉnh", Short: "T.", Tier: Province},
	{Word: "Xã", Short: "X.", Tier: Commune},
}

// Unknown is the unit of facts whose text names no unit at all.
const Unknown = "Chưa rõ đơn vị"

// Split returns the level of a unit name (matched case-insensitively, given
// in its canonical spelling) and the locality after it; ok is false when
// the name starts with no level word, and locality is "" when the name is
// the level word alone.
func Split(name string) (lv Level, locality string, ok bool) {
	for _, l := range Levels {
		if len(name) < len(l.Word) || !strings.EqualFold(name[:len(l.Word)], l.Word) {
			continue
		}
		rest := name[len(l.Word):]
		if rest == "" {
			return l, "", true
		}
		if rest[0] == ' ' {
			return l, strings.TrimSpace(rest), true
		}
	}
	return Level{}, name, false
}

// TierOf is the administrative tier of a unit name that starts with a
// level word; a centrally-run city ("Thành phố Hà Nội") ranks as a
// province. ok is false for a name without a level word.
func TierOf(name string) (t Tier, ok bool) {
	lv, loc, ok := Split(name)
	if !ok {
		return 0, false
	}
	if Provinces[loc] == lv.Word {
		return Province, true
	}
	return lv.Tier, true
}

// IsBare reports whether unit names no particular unit: empty, a level
// word alone ("Thị xã", as a text that says only "UBND TX" gives it), or
// Unknown.
func IsBare(unit string) bool {
	// EqualFold, not ToLower and ==: the extractor asks this of every
	// amount (extract's misprinted), and lowering allocates.
	u := strings.TrimSpace(unit)
	if u == "" || strings.EqualFold(u, Unknown) {
		return true
	}
	for _, l := range Levels {
		if strings.EqualFold(u, l.Word) {
			return true
		}
	}
	return false
}

// Key is how unit names compare as a person reads them: NFC, case and
// runs of spaces ignored ("quận  Hoàng Mai" is "Quận Hoàng Mai").
func Key(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(name)), " "))
}
