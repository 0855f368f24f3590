package extract

// Letter case and diacritics: capitals, title case, digits, and comparing
// names with their marks folded away ("Hoá" and "Hóa"). Apart from unit.go
// because these are text helpers with no knowledge of units, used across
// the package.

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

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
	// foldMarks keeps an ASCII character, lowered, where it stands
	// (marks follow their letter): two names that open with different
	// ASCII letters differ folded too. Most pairs of words readUnit asks
	// about are so told without folding them.
	if c, d := a[0][0], b[0][0]; c < utf8.RuneSelf && d < utf8.RuneSelf && lowerASCII(c) != lowerASCII(d) {
		return false
	}
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
	t := foldedRunes()
	for _, r := range s {
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

// lowerASCII lowers an ASCII capital as unicode.ToLower does.
func lowerASCII(c byte) byte {
	if c-'A' < 26 {
		return c + 'a' - 'A'
	}
	return c
}
