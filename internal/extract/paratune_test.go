package extract

import "testing"

// TestNextYearWords: the words that name the year after the one a text
// speaks from ("năm tới", "năm sau", "năm kế tiếp", "năm tiếp theo",
// "sang năm") give that year, on a page with a date and on one without
// (then the year its text reports).
func TestNextYearWords(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"năm kế tiếp in a dated text", "Năm kế tiếp, huyện phấn đấu thu ngân sách 900 tỷ đồng.",
			[]string{"thu_ngan_sach plan 9e+11 2024"}},
		{"năm tiếp theo in a dated text", "Trong năm tiếp theo, huyện đặt mục tiêu giải quyết việc làm cho 2.000 lao động.",
			[]string{"viec_lam_moi plan 2000 2024"}},
		{"sang năm in a dated text", "Sang năm, huyện đặt chỉ tiêu thu ngân sách 900 tỷ đồng.",
			[]string{"thu_ngan_sach plan 9e+11 2024"}},
		{"năm kế tiếp without a page date", "Bắc Yên tổng kết năm 2021\n\nNăm 2021, huyện Bắc Yên thu ngân sách đạt 98 tỷ đồng. Năm kế tiếp, huyện phấn đấu tốc độ tăng trưởng kinh tế 8,5%.\n",
			[]string{"tang_truong_kinh_te plan 8.5 2022 Huyện Bắc Yên", "thu_ngan_sach actual 9.8e+10 2021 Huyện Bắc Yên"}},
		{"năm tới without a page date", "Bắc Yên tổng kết năm 2021\n\nNăm 2021, huyện Bắc Yên thu ngân sách đạt 98 tỷ đồng. Năm tới, huyện phấn đấu giải quyết việc làm cho 1.500 lao động.\n",
			[]string{"thu_ngan_sach actual 9.8e+10 2021 Huyện Bắc Yên", "viec_lam_moi plan 1500 2022 Huyện Bắc Yên"}},
		// negative: a year of its own after "sang năm" is that year.
		{"sang năm with its own year", "Sang năm 2026, huyện phấn đấu thu ngân sách 900 tỷ đồng.",
			[]string{"thu_ngan_sach plan 9e+11 2026"}},
	})
}
