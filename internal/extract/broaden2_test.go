package extract

import "testing"

// TestBroadenBracketLevelVerb: the level a compared period had, in a
// bracket right after the comparison's base, may open with a verb of
// level ("đạt", "là", "ở mức", "chỉ đạt") as well as stand alone; it is
// of the year the base names.
func TestBroadenBracketLevelVerb(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"growth of the year named, 'đạt' in the bracket", "Năm 2023, tăng trưởng kinh tế đạt 7,2%, cao hơn so với năm 2022 (đạt 6,5%).",
			[]string{"tang_truong_kinh_te actual 6.5 2022", "tang_truong_kinh_te actual 7.2 2023"}},
		{"revenue of the same period, 'là' in the bracket", "Năm 2023, thu ngân sách đạt 812 tỷ đồng, tăng 16% so với cùng kỳ (là 700 tỷ đồng).",
			[]string{"thu_ngan_sach actual 7e+11 2022", "thu_ngan_sach actual 8.12e+11 2023", "thu_ngan_sach change_vs_prev 16 2023"}},
		{"a rate's level 'ở mức' after a fall in points", "Năm 2023, tỷ lệ hộ nghèo còn 2,9%, giảm 0,8 điểm phần trăm so với năm 2022 (ở mức 3,7%).",
			[]string{"ty_le_ho_ngheo actual 2.9 2023", "ty_le_ho_ngheo actual 3.7 2022", "ty_le_ho_ngheo change_vs_prev -0.8 2023"}},
		{"'chỉ đạt' after the same period named with its year", "Năm 2023, tăng trưởng kinh tế đạt 7,2%, cao hơn cùng kỳ năm 2022 (chỉ đạt 6,5%).",
			[]string{"tang_truong_kinh_te actual 6.5 2022", "tang_truong_kinh_te actual 7.2 2023"}},
		// Not a period's level: a plan as the base.
		{"a plan as the base keeps the bracket the text's year", "Năm 2023, thu ngân sách đạt 812 tỷ đồng, tăng 16% so với kế hoạch năm 2023 (đạt 700 tỷ đồng).",
			[]string{"thu_ngan_sach actual 7e+11 2023", "thu_ngan_sach actual 8.12e+11 2023"}},
	})
}
