package extract

import "testing"

// TestYearSpanOpeners: a multi-year period (giai đoạn, thời kỳ, nhiệm kỳ,
// kỳ trung hạn) that opens its clause after a preposition of time ("cho",
// "suốt") or a word that sums the period up ("tính chung", "cộng dồn",
// "lũy kế"), or right after the verb that sets targets ("xác định"),
// dates the clause's figures with the period's last year.
func TestYearSpanOpeners(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"cho: targets for a period", "Huyện Gia Lâm định hướng phát triển\nNgày 14/10/2025\n\nCho giai đoạn 2025 - 2030, Đại hội xác định mục tiêu tăng trưởng kinh tế bình quân 9%/năm.", []string{"tang_truong_kinh_te plan 9 2030"}},
		{"lũy kế: a period total", "Huyện Gia Lâm giải ngân đầu tư công\nNgày 10/03/2026\n\nLũy kế giai đoạn 2021 - 2025, huyện giải ngân vốn đầu tư công 4.500 tỷ đồng.", []string{"giai_ngan_dau_tu actual 4.5e+12 2025"}},
		{"tính chung: a period total", "Huyện Gia Lâm giải ngân đầu tư công\nNgày 10/03/2026\n\nTính chung thời kỳ 2021 - 2025, huyện giải ngân vốn đầu tư công 4.500 tỷ đồng.", []string{"giai_ngan_dau_tu actual 4.5e+12 2025"}},
		{"cộng dồn cả kỳ trung hạn", "Huyện Gia Lâm giải ngân đầu tư công\nNgày 10/03/2026\n\nCộng dồn cả kỳ trung hạn 2021 - 2025, huyện giải ngân vốn đầu tư công 4.500 tỷ đồng, đạt 92% kế hoạch trung hạn.", []string{"giai_ngan_dau_tu actual 4.5e+12 2025", "giai_ngan_dau_tu pct_of_plan 92 2025"}},
		{"suốt nhiệm kỳ", "Huyện Gia Lâm tổng kết nhiệm kỳ\nNgày 10/03/2026\n\nSuốt nhiệm kỳ 2020 - 2025, Đảng bộ huyện kết nạp 1.250 đảng viên mới.", []string{"dang_vien_moi actual 1250 2025"}},
		{"xác định trong thời kỳ", "Huyện Gia Lâm: chương trình giảm nghèo\nNgày 04/05/2022\n\nHuyện xác định trong thời kỳ 2022 - 2025 sẽ giúp 1.500 hộ thoát nghèo.", []string{"ho_thoat_ngheo plan 1500 2025"}},
		// Negatives: a period after the figure, or one the clause compares
		// with, does not date it.
		{"a period named after the figure", "Huyện Gia Lâm tổng kết năm 2024\nNgày 20/12/2024\n\nTính chung cả năm 2024, thu ngân sách đạt 950 tỷ đồng, cao nhất trong giai đoạn 2021 - 2025.", []string{"thu_ngan_sach actual 9.5e+11 2024"}},
		{"a period compared with", "Huyện Gia Lâm tổng kết năm 2024\nNgày 20/12/2024\n\nNăm 2024, huyện giải quyết việc làm cho 3.000 lao động, cao hơn bình quân cho giai đoạn 2016 - 2020.", []string{"viec_lam_moi actual 3000 2024"}},
	})
}
