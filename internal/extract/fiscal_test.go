package extract

import (
	"strings"
	"testing"
)

// TestFiscal holds the rules found on news of one economic or fiscal
// indicator (dev38), each with paraphrases of its own and negatives, in
// the article of TestPhrases unless a case brings its own.
func TestFiscal(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// "Con số này …" gives ratios of the figure just given: none when that figure was a part.
		{"ratios of one sector's value are the sector's", "Năm 2023, giá trị sản xuất ngành nông nghiệp ước đạt 5.120 tỷ đồng. Con số này tăng 3,2% so với cùng kỳ và đạt 98% kế hoạch.",
			nil},
		{"ratios of an industry's value after con số đó", "Giá trị sản xuất công nghiệp năm 2023 ước đạt 3.400 tỷ đồng. Con số đó tăng 9,5% so với năm trước.",
			nil},
		{"ratios of the total go on with it", "Năm 2023, tổng thu ngân sách trên địa bàn đạt 1.250 tỷ đồng. Con số này đạt 104% dự toán và tăng 8% so với cùng kỳ.",
			[]string{"thu_ngan_sach actual 1.25e+12 2023", "thu_ngan_sach change_vs_prev 8 2023", "thu_ngan_sach pct_of_plan 104 2023"}},
		{"ratios of the total's value go on with it", "Tổng giá trị sản xuất năm 2023 ước đạt 18.600 tỷ đồng. Con số trên tăng 7,4% so với năm 2022.",
			[]string{"gia_tri_san_xuat actual 1.86e+13 2023", "gia_tri_san_xuat change_vs_prev 7.4 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.text
			if !strings.Contains(text, "\n") {
				text = phraseCtx + text + "\n"
			}
			checkPhrase(t, tc.text, text, tc.want)
		})
	}
}
