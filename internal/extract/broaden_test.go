package extract

import "testing"

// TestBroadenSamePeriod: the same period of the year before is written
// "cùng kỳ", "cùng kỳ năm trước", "năm trước", "năm ngoái" or, in
// reports, "CK"; a level labelled or compared so is the year before's.
func TestBroadenSamePeriod(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the rate a year before after 'so với CK'", "Năm 2023, tỷ lệ hộ nghèo toàn huyện giảm còn 2,9%, giảm 0,8% so với CK (3,7%).",
			[]string{"ty_le_ho_ngheo actual 2.9 2023", "ty_le_ho_ngheo actual 3.7 2022", "ty_le_ho_ngheo change_vs_prev -0.8 2023"}},
		{"revenue a year before after 'so với năm ngoái'", "Năm 2023, tổng thu ngân sách của huyện đạt 812 tỷ đồng, tăng 16% so với năm ngoái (700 tỷ đồng).",
			[]string{"thu_ngan_sach actual 7e+11 2022", "thu_ngan_sach actual 8.12e+11 2023", "thu_ngan_sach change_vs_prev 16 2023"}},
		{"retail a year before after 'so với cùng kỳ năm ngoái'", "Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 3.450 tỷ đồng, bằng 112% so với cùng kỳ năm ngoái (3.080 tỷ đồng).",
			[]string{"tong_muc_ban_le actual 3.08e+12 2022", "tong_muc_ban_le actual 3.45e+12 2023", "tong_muc_ban_le pct_of_prev 112 2023"}},
		{"a quarter of a year after 'CK'", "Quý II năm 2023, kinh tế huyện tăng trưởng 6,8%, cao hơn 0,9 điểm phần trăm so với CK năm 2022 (5,9%).",
			[]string{"tang_truong_kinh_te actual 5.9 2022", "tang_truong_kinh_te actual 6.8 2023", "tang_truong_kinh_te change_vs_prev 0.9 2023"}},
		{"a bracket labelled 'CK'", "Năm 2023, tốc độ tăng trưởng kinh tế ước đạt 7,1% (CK 6,4%).",
			[]string{"tang_truong_kinh_te actual 6.4 2022", "tang_truong_kinh_te actual 7.1 2023"}},
		{"a bracket labelled 'cùng kỳ năm ngoái'", "Năm 2023, tốc độ tăng trưởng kinh tế ước đạt 7,1% (cùng kỳ năm ngoái 6,4%).",
			[]string{"tang_truong_kinh_te actual 6.4 2022", "tang_truong_kinh_te actual 7.1 2023"}},
		{"the growth of 'CK' after 'mức tăng'", "Năm 2023, tốc độ tăng trưởng kinh tế ước tăng 7,1%, cao hơn mức tăng 6,4% của CK.",
			[]string{"tang_truong_kinh_te actual 6.4 2022", "tang_truong_kinh_te actual 7.1 2023"}},
		// Not a level: a share after a difference in amount, a base with no bracket.
		{"a share after a difference against 'năm ngoái' is no level", "Năm 2023, tổng thu ngân sách của huyện đạt 812 tỷ đồng, tăng 112 tỷ đồng so với năm ngoái (16%).",
			[]string{"thu_ngan_sach actual 8.12e+11 2023"}},
		{"'so với CK' without a bracket is only the base", "Năm 2023, tổng thu ngân sách của huyện đạt 812 tỷ đồng, tăng 16% so với CK.",
			[]string{"thu_ngan_sach actual 8.12e+11 2023", "thu_ngan_sach change_vs_prev 16 2023"}},
	})
}
