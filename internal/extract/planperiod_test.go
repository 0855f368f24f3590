package extract

import "testing"

// TestYearPlanPeriodNamed: a multi-year plan named by the noun "kế
// hoạch" with its years ("Kế hoạch 5 năm 2021 - 2025", "Kế hoạch phát
// triển kinh tế - xã hội giai đoạn 2021 - 2025", "Theo kế hoạch 2026 -
// 2030") that opens its clause dates the clause's targets with the
// period's last year, as "giai đoạn 2021 - 2025" opening it does.
func TestYearPlanPeriodNamed(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"kế hoạch 5 năm đặt mục tiêu", "Huyện Gia Lâm đặt mục tiêu\nNgày 10/03/2021\n\nKế hoạch 5 năm 2021 - 2025 đặt mục tiêu thu ngân sách đạt 1.500 tỷ đồng.", []string{"thu_ngan_sach plan 1.5e+12 2025"}},
		{"kế hoạch phát triển kinh tế - xã hội giai đoạn", "Huyện Gia Lâm đặt mục tiêu\nNgày 15/01/2021\n\nKế hoạch phát triển kinh tế - xã hội giai đoạn 2021 - 2025 của huyện đề ra mục tiêu tỷ lệ hộ nghèo giảm còn 1,5%.", []string{"ty_le_ho_ngheo plan 1.5 2025"}},
		{"theo kế hoạch, a comma", "Huyện Gia Lâm: việc làm\nNgày 20/02/2026\n\nTheo kế hoạch 5 năm 2026 - 2030, huyện phấn đấu giải quyết việc làm cho 20.000 lao động.", []string{"viec_lam_moi plan 20000 2030"}},
		{"kế hoạch trung hạn", "Huyện Gia Lâm: đầu tư công\nNgày 20/02/2021\n\nKế hoạch đầu tư công trung hạn 2021 - 2025 dự kiến giải ngân vốn đầu tư công 4.500 tỷ đồng.", []string{"giai_ngan_dau_tu plan 4.5e+12 2025"}},
		// Negatives: a year named as a stage of the plan keeps its own
		// year; a plan named after the figure, or compared with, does
		// not date it.
		{"a year a stage of the plan", "Huyện Gia Lâm hoàn thành kế hoạch năm bản lề\nNgày 30/12/2022\n\nLà năm bản lề của kế hoạch 5 năm 2021 - 2025, năm 2022 kinh tế huyện tăng trưởng 7,8%.", []string{"tang_truong_kinh_te actual 7.8 2022"}},
		{"a plan named after the figure", "Huyện Gia Lâm tổng kết năm 2024\nNgày 20/12/2024\n\nNăm 2024, huyện thu ngân sách đạt 950 tỷ đồng, cao nhất trong kế hoạch 5 năm 2021 - 2025.", []string{"thu_ngan_sach actual 9.5e+11 2024"}},
		{"a year's plan", "Huyện Gia Lâm đặt mục tiêu\nNgày 10/01/2024\n\nKế hoạch năm 2024 đặt mục tiêu thu ngân sách đạt 1.000 tỷ đồng.", []string{"thu_ngan_sach plan 1e+12 2024"}},
	})
}
