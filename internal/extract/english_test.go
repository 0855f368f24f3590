package extract

import (
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/document"
)

// TestEnglishParagraphs: a bilingual report's English paragraphs give no
// facts (the Vietnamese rules misread them: "Services accounted for 40.6%
// of GRDP" is no growth rate) and are named in a warning; the Vietnamese
// paragraphs around them are read as before.
func TestEnglishParagraphs(t *testing.T) {
	vi := "Năm 2024, tổng sản phẩm trên địa bàn tỉnh Hà Giang tăng 6,1% so với năm 2023; khu vực dịch vụ chiếm 45,2%."
	en := []string{
		"In 2024, the gross regional domestic product of Ha Giang province grew by 6.1% over 2023, and services accounted for 45.2% of GRDP.",
		"State budget revenue in the province reached VND 3,250 billion, equal to 112.5% of the estimate and up 8.4% on the previous year.",
	}
	ex := New(catalog.Default(), Options{})
	want, _ := ex.Extract(document.Document{Name: "vi.txt", Text: vi})
	if len(want) == 0 {
		t.Fatal("no facts from the Vietnamese paragraph")
	}
	for _, e := range en {
		got, notes := ex.Extract(document.Document{Name: "vi.txt", Text: vi + "\n\n" + e + "\n"})
		if string(encode(got)) != string(encode(want)) {
			t.Errorf("with %q:\n got %s\nwant %s", e, encode(got), encode(want))
		}
		warned := false
		for _, n := range notes {
			warned = warned || strings.Contains(n.Error(), "in English")
		}
		if !warned {
			t.Errorf("with %q: no warning names the English paragraph; notes %v", e, notes)
		}
	}
	// Vietnamese without marks in short lines, and English without figures,
	// are not what the rule skips.
	for _, p := range []string{"GRDP 2024: 6,1%", "Quang Binh province news and events of the week in review today"} {
		if englishFigures(view{para: &para{text: p}, toks: tokenize(strings.ToLower(p), nil)}) {
			t.Errorf("englishFigures(%q) = true", p)
		}
	}
}
