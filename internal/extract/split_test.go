package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsAbbrev checks isAbbrev, which stops walking back at the fourth
// rune of a word, against the walk over the whole word, on every
// abbreviation in both cases, initials, and words of every length before
// a full stop.
func TestIsAbbrev(t *testing.T) {
	whole := func(before string) bool {
		k := len(before)
		for k > 0 {
			r, n := utf8.DecodeLastRuneInString(before[:k])
			if !unicode.IsLetter(r) && r != '.' {
				break
			}
			k -= n
		}
		w := before[k:]
		if w == "" {
			return false
		}
		if abbrevs[strings.ToLower(w)] {
			return true
		}
		r, n := utf8.DecodeRuneInString(w)
		return n == len(w) && isUpper(r)
	}
	cases := []string{"", " ", "1", "Q", "q", "Đ", "đ", "năm", "Nghiệp", "KKKK", "\u212a\u212a", "ÔNG", "v.v.v", "a.b.c.d"}
	for w := range abbrevs {
		cases = append(cases, w, strings.ToUpper(w), "x"+w, "x"+strings.ToUpper(w), "1"+w)
	}
	for _, w := range cases {
		for _, before := range []string{w, "trong " + w, "(" + w, "số 5 " + w} {
			if got, want := isAbbrev(before), whole(before); got != want {
				t.Errorf("isAbbrev(%q) = %v, want %v", before, got, want)
			}
		}
	}
}
