package vnnum

import (
	"reflect"
	"strings"
	"testing"
)

// TestWordKeys checks what lowerOf and unitWordOf assume of their key
// bits: every word of wordsLower and unitIndex has its bit set, so the
// bits turn away only words the maps do not hold, and the look-ups
// answer as the maps do for those words and for others.
func TestWordKeys(t *testing.T) {
	if _, ok := wordsLower[""]; ok {
		t.Fatal(`wordsLower holds "", which lowerOf answers without a look-up`)
	}
	if _, ok := unitIndex[""]; ok {
		t.Fatal(`unitIndex holds "", which unitWordOf answers without a look-up`)
	}
	words := []string{"", "đạt", "so", "và", "năm", "Năm", "NĂM", "tỷ", "TỶ", "người", "hộ", "x"}
	for w := range wordsLower {
		words = append(words, w, strings.ToUpper(w), w+"a")
	}
	for w := range unitIndex {
		words = append(words, w, w+"x")
	}
	for _, w := range words {
		if got, want := lowerOf(w), wordsLower[w]; got != want {
			t.Errorf("lowerOf(%q) = %q, want %q", w, got, want)
		}
		if got, want := unitWordOf(w), unitIndex[w]; !reflect.DeepEqual(got, want) {
			t.Errorf("unitWordOf(%q) = %+v, want %+v", w, got, want)
		}
	}
}
