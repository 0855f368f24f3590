package extract

import "testing"

// TestStatedTotalPhrases: a clause that opens with a stated total
// ("Trong (tổng) số N …") and goes on with its part ("có M …"): the
// percentage after the part's count is the rate of the subject named
// after the total's number, a share inside the total's own words is the
// pool's, and a demonstrative ("danh hiệu này", "tiêu chuẩn đó") points
// back to the title the clause named before (see ofStatedTotal,
// titleAnaphor, namedCountRate).
func TestStatedTotalPhrases(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the part's percentage after a title named in the total", "Năm 2024, trong số 12.400 hộ đăng ký gia đình văn hóa, có 11.800 hộ được công nhận danh hiệu đó (đạt 95,2%).",
			[]string{"ty_le_gia_dinh_van_hoa actual 95.2 2024"}},
		{"the pool's share in the total's words is no rate", "Năm 2024, trong số gần 8.000 hộ đăng ký xây dựng gia đình văn hóa (chiếm 92% tổng số hộ) thì có 7.650 hộ đạt danh hiệu (đạt 89,6%).",
			[]string{"ty_le_gia_dinh_van_hoa actual 89.6 2024"}},
		{"the areas' rate after a standard pointed back to", "Năm 2024, trong tổng số 150 thôn, tổ dân phố đăng ký danh hiệu văn hóa, có 146 thôn, tổ dân phố đạt chuẩn này (đạt tỷ lệ 97,3%).",
			[]string{"ty_le_khu_dan_cu_van_hoa actual 97.3 2024"}},
		{"a rate after a count that names the areas", "Năm 2024, toàn huyện có 88 làng, khu dân cư đạt chuẩn văn hóa, đạt tỷ lệ 91,7%.",
			[]string{"ty_le_khu_dan_cu_van_hoa actual 91.7 2024"}},
		// Negatives.
		{"a part with a count indicator of its own keeps being a part", "Năm 2024, trong tổng số 600 hộ nghèo, có 250 hộ thoát nghèo (chiếm 41,7%).", nil},
		{"a part's share without a rate indicator named is nothing", "Năm 2024, trong số 300 đảng viên mới có 120 đảng viên nữ (chiếm 40%).", nil},
		{"a demonstrative with no title named before points nowhere", "Năm 2024, có 40 thôn, tổ dân phố đạt tiêu chuẩn này, đạt tỷ lệ 80%.", nil},
		{"a rate after a count with a figure between is not the count's", "Năm 2024, có 88 làng, khu dân cư đạt chuẩn văn hóa, tăng 3 khu so với năm trước, tỷ lệ 45%.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, "Huyện Gia Lâm: kết quả năm 2024\n\n"+tc.text+"\n", tc.want)
		})
	}
}
