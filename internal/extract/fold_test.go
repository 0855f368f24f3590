package extract

import (
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TestFoldedRunes checks what makes foldMarks work rune by rune on the
// runes foldedRunes covers: NFD decomposes each on its own and then
// reorders only runes of a combining class above 0, which must be marks
// (foldMarks drops them).
func TestFoldedRunes(t *testing.T) {
	tab := foldedRunes()
	covered := 0
	for r := range rune(len(tab)) {
		if tab[r] == notFolded {
			continue
		}
		covered++
		for _, d := range norm.NFD.String(string(r)) {
			if norm.NFD.PropertiesString(string(d)).CCC() != 0 && !unicode.Is(unicode.Mn, d) {
				t.Errorf("NFD of U+%04X has U+%04X: reordered but kept", r, d)
			}
		}
	}
	if covered < 800 {
		t.Errorf("only %d runes covered", covered)
	}
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Thanh Hoá", "Thanh Hoa", true},
		{"THANH HOÁ", "thanh hoa", true},
		{"Đắk Lắk", "Dak Lak", true},
		{"Hoàng Mai", "Hoang Mai", true},
		{"Hoàng Mai", "Hoang Mái", true},
		{"Hoàng Mai", "Hoàn Mai", false},
		{"Hà Nội", "Ha No", false},
		{"a\u0301", "á", true},
		{"Ωmega", "ωmega", true}, // beyond the table: foldMarks decides
		{"中国", "中國", false},
	} {
		if got := sameFolded(c.a, c.b); got != c.same || got != (foldMarks(c.a) == foldMarks(c.b)) {
			t.Errorf("sameFolded(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

// FuzzSameFolded checks sameFolded against foldMarks.
func FuzzSameFolded(f *testing.F) {
	f.Add("Thanh Hoá", "THANH HOA")
	f.Add("Đắk\u0301 Lắk", "Dak Lak")
	f.Add("ǅ\u0345\u0301", "dž")
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := sameFolded(a, b), foldMarks(a) == foldMarks(b); got != want {
			t.Fatalf("sameFolded(%q, %q) = %v; foldMarks gives %q and %q", a, b, got, foldMarks(a), foldMarks(b))
		}
	})
}
