package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/testcorpus"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// checkScanTokens compares scanTokens with vnnum.ScanAppend on s, when
// scanPara would use it (vnRunes).
func checkScanTokens(t *testing.T, s string) {
	t.Helper()
	if !vnRunes(s) {
		return
	}
	got := scanTokens(nil, s, tokenize(lowerSameLen(s), nil))
	if want := vnnum.ScanAppend(nil, s); !slices.Equal(got, want) {
		t.Errorf("scanTokens(%q) =\n%+v, ScanAppend gives\n%+v", s, got, want)
	}
}

// TestScanTokens checks that scanTokens finds what vnnum.ScanAppend does:
// on every line of the dev and seed articles, and on figures written
// around each rune of the blocks vnRunes lets through (the tokenizer's
// words and vnnum's letters must be the same runes there, or a number
// word glued to such a rune would be read by one and not the other).
func TestScanTokens(t *testing.T) {
	for _, r := range []rune{'\u0080', '\u0300', '\u1E00', '\u2000'} {
		end := map[rune]rune{'\u0080': '\u0250', '\u0300': '\u0370', '\u1E00': '\u1F00', '\u2000': '\u2100'}[r]
		for ; r < end; r++ {
			c := string(r)
			for _, s := range []string{
				"hai" + c + " tỷ đồng", c + "hai tỷ đồng", "năm" + c + "2024 đạt 5" + c + "tỷ đồng", "tăng 12,5" + c + "%",
				"ba" + c + "mươi lăm nghìn người", c + "5 tỷ", "Mười" + c + "hai hộ", "đạt " + c + "9 triệu đồng/người",
			} {
				checkScanTokens(t, s)
			}
		}
	}
	var paths []string
	for _, g := range []string{"../../testdata/dev*/prose/*.txt", "../../testdata/seeds/*.txt", "testdata/seeds/*.txt", "../vnnum/testdata/*.txt"} {
		m, _ := filepath.Glob(g)
		paths = append(paths, m...)
	}
	shared, _, _ := testcorpus.DevArticles(t)
	paths = append(paths, shared...)
	n := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := document.Parse(p, data)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(doc.Text, "\n") {
			checkScanTokens(t, l)
			n++
		}
	}
	if n < 1000 {
		t.Errorf("only %d lines checked", n)
	}
}
