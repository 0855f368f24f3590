package extract

import "testing"

// TestNorth holds the rules found on the Northern midlands and mountains,
// Red River Delta and North Central coast pages (dev35), each with
// paraphrases of its own and negatives, in the article of TestPhrases
// unless a case brings its own.
func TestNorth(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		// A figure alone in a bracket right after a comparison's period is that period's level.
		{"a quarter with a hyphenated year after a comparative", "Quý I năm 2023, tốc độ tăng trưởng kinh tế ước đạt 8,2%, cao hơn nhiều so với quý I-2022 (6,1%).",
			[]string{"tang_truong_kinh_te actual 6.1 2022", "tang_truong_kinh_te actual 8.2 2023"}},
		{"the same period with its year, no so với", "Trong 6 tháng đầu năm 2023, tốc độ tăng trưởng kinh tế ước đạt 7,4%, thấp hơn cùng kỳ năm 2022 (9,05%).",
			[]string{"tang_truong_kinh_te actual 7.4 2023", "tang_truong_kinh_te actual 9.05 2022"}},
		{"a quarter with a slash after a change", "Quý I năm 2023, kinh tế của huyện tăng trưởng 7,9%, tăng 1,3 điểm phần trăm so với quý I/2022 (6,6%).",
			[]string{"tang_truong_kinh_te actual 6.6 2022", "tang_truong_kinh_te actual 7.9 2023"}},
		{"the same period without a year is the year before", "Năm 2023, tỷ lệ hộ nghèo của huyện còn 3,2%, giảm 1,1% so với cùng kỳ (4,3%).",
			[]string{"ty_le_ho_ngheo actual 3.2 2023", "ty_le_ho_ngheo actual 4.3 2022", "ty_le_ho_ngheo change_vs_prev -1.1 2023"}},
		{"an amount after a percentage change is the base year's amount", "Năm 2023, thu ngân sách trên địa bàn đạt 640 tỷ đồng, tăng 28% so với năm 2022 (500 tỷ đồng).",
			[]string{"thu_ngan_sach actual 5e+11 2022", "thu_ngan_sach actual 6.4e+11 2023", "thu_ngan_sach change_vs_prev 28 2023"}},
		{"a percentage after a difference in amount is no level", "Năm 2023, thu ngân sách trên địa bàn đạt 640 tỷ đồng, tăng 140 tỷ đồng so với năm 2022 (28%).",
			[]string{"thu_ngan_sach actual 6.4e+11 2023"}},
		{"a count after a rate's planned fall is the fall counted", "Năm 2024, huyện phấn đấu giảm 12% tỷ lệ hộ nghèo so với cuối năm 2023 (35 hộ).",
			[]string{"ho_thoat_ngheo plan 35 2024"}},
		{"the start of a year is left to the year it opens", "Năm 2023, tỷ lệ hộ nghèo của huyện còn 3,2%, giảm 0,9% so với đầu năm 2023 (4,1%).",
			[]string{"ty_le_ho_ngheo actual 3.2 2023", "ty_le_ho_ngheo actual 4.1 2023", "ty_le_ho_ngheo change_vs_prev -0.9 2023"}},
		{"the nation's average in a bracket is no level of the unit", "Năm 2023, tốc độ tăng trưởng kinh tế ước đạt 8,2%, cao hơn bình quân cả nước (5,05%).",
			[]string{"tang_truong_kinh_te actual 8.2 2023"}},
		{"a plan of a year in a bracket stays a plan", "Năm 2023, tốc độ tăng trưởng kinh tế ước đạt 8,2%, thấp hơn 1,1 điểm phần trăm so với kế hoạch năm 2023 (9,3%).",
			[]string{"tang_truong_kinh_te actual 8.2 2023", "tang_truong_kinh_te plan 9.3 2023"}},
		// A figureless first clause whose subject is one sector makes the bare cue after its semicolon the sector's.
		{"industry's clause, then its production value after a semicolon", "Năm 2023, sản xuất công nghiệp – xây dựng giữ nhịp tăng trưởng ổn định; giá trị sản xuất ước đạt 1.498 tỷ đồng, đạt 105% kế hoạch, tăng 12% so với cùng kỳ.",
			nil},
		{"a sector named with ngành, then the bare cue", "Trong năm 2023, ngành nông nghiệp tiếp tục phát triển khá toàn diện; giá trị sản xuất đạt 900 tỷ đồng.",
			nil},
		{"the economy as the first clause's subject is no sector", "Năm 2023, kinh tế của huyện tăng trưởng khá; giá trị sản xuất đạt 9.000 tỷ đồng.",
			[]string{"gia_tri_san_xuat actual 9e+12 2023"}},
		{"a total named with tổng after a sector's clause", "Năm 2023, sản xuất công nghiệp phát triển mạnh; tổng giá trị sản xuất trên địa bàn đạt 9.000 tỷ đồng.",
			[]string{"gia_tri_san_xuat actual 9e+12 2023"}},
		{"a sector's clause with a figure of its own", "Năm 2023, công nghiệp tăng 5%; giá trị sản xuất đạt 9.000 tỷ đồng.",
			[]string{"gia_tri_san_xuat actual 9e+12 2023"}},
		// The services item of a list of sector shares: its label may join two names with a comma, the list may open with "tỷ trọng" and a sector.
		{"services and commerce joined by a comma in a structure list", "Năm 2023, cơ cấu kinh tế: nông, lâm nghiệp, thủy sản 20,4% (giảm 1,2% so với năm 2022); công nghiệp, xây dựng 41,1%; dịch vụ, thương mại 38,5% (tăng 0,3% so với năm 2022).",
			[]string{"ty_trong_dich_vu actual 38.5 2023"}},
		{"a list that tỷ trọng opens with farming", "Năm 2023, tỷ trọng nông nghiệp 22,3%; công nghiệp - xây dựng 40,2%; dịch vụ 37,5%.",
			[]string{"ty_trong_dich_vu actual 37.5 2023"}},
		{"a list that tỷ trọng ngành opens with industry", "Năm 2023, tỷ trọng ngành công nghiệp - xây dựng đạt 41,1%, nông nghiệp 20,4%, dịch vụ 38,5%.",
			[]string{"ty_trong_dich_vu actual 38.5 2023"}},
		{"changes of the shares are no shares", "Năm 2023, tỷ trọng công nghiệp - xây dựng tăng 2,5%, dịch vụ tăng 0,7% so với năm 2022.",
			nil},
		{"services joined to industry in one item", "Năm 2023, cơ cấu kinh tế: dịch vụ, công nghiệp 79,6%; nông nghiệp 20,4%.",
			nil},
		// A count of targets that a list of counts carries back to the verb that adopted them is the plan's.
		{"measures, then targets, after xác định", "Kỳ họp xác định 4 nhóm giải pháp, 15 chỉ tiêu chủ yếu năm 2024.",
			[]string{"chi_tieu_hoan_thanh plan 15 2024"}},
		{"tasks and targets joined by và after đề ra", "Năm 2024, huyện đề ra 6 nhiệm vụ chính và 19 chỉ tiêu kinh tế - xã hội.",
			[]string{"chi_tieu_hoan_thanh plan 19 2024"}},
		{"works completed are no adopting verb", "Năm 2023, huyện hoàn thành 5 công trình, 10 chỉ tiêu.",
			nil},
		// A headline's figure of the year it names stays beside the body's equal figure of another year.
		{"next year's count in the headline, this year's in the body", "HĐND huyện Lục Nam thông qua 3 đột phá, 12 chỉ tiêu phát triển năm 2024\n\nNgày 18/12/2023, HĐND huyện Lục Nam tổ chức kỳ họp thứ 9. Năm 2023, huyện Lục Nam hoàn thành 12/12 chỉ tiêu chủ yếu.\n",
			[]string{"chi_tieu_hoan_thanh actual 12 2023 Huyện Lục Nam", "chi_tieu_hoan_thanh plan 12 2023 Huyện Lục Nam", "chi_tieu_hoan_thanh plan 12 2024 Huyện Lục Nam"}},
		{"a headline that restates the body's year still goes", "Huyện Lục Nam hoàn thành 12/12 chỉ tiêu năm 2023\n\nNgày 18/12/2023, HĐND huyện Lục Nam tổ chức kỳ họp thứ 9. Năm 2023, huyện Lục Nam hoàn thành 12/12 chỉ tiêu chủ yếu.\n",
			[]string{"chi_tieu_hoan_thanh actual 12 2023 Huyện Lục Nam", "chi_tieu_hoan_thanh plan 12 2023 Huyện Lục Nam"}},
		{"a headline without a year of its own still goes", "Huyện Lục Nam chốt 12 chỉ tiêu phát triển\n\nNgày 18/12/2023, HĐND huyện Lục Nam tổ chức kỳ họp thứ 9. Năm 2023, huyện Lục Nam hoàn thành 12/12 chỉ tiêu chủ yếu.\n",
			[]string{"chi_tieu_hoan_thanh actual 12 2023 Huyện Lục Nam", "chi_tieu_hoan_thanh plan 12 2023 Huyện Lục Nam"}},
		// A bare revenue that a clause on the commerce-and-services sector gives a figure is the sector's, the retail-and-services total.
		{"the sector's revenue after với", "Năm 2023, thương mại - dịch vụ phát triển mạnh với tổng doanh thu ước đạt 5.200 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 5.2e+12 2023"}},
		{"the sector's activity, then its revenue after a comma", "Năm 2023, hoạt động thương mại, dịch vụ diễn ra sôi động, tổng doanh thu đạt 3.100 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 3.1e+12 2023"}},
		{"tourism's revenue is no retail total", "Năm 2023, du lịch tăng trưởng khá, doanh thu đạt 2.100 tỷ đồng.",
			nil},
		{"the services alone give no retail total", "Năm 2023, dịch vụ phát triển với doanh thu đạt 2.100 tỷ đồng.",
			nil},
		{"a revenue after another figure has no sector subject", "Năm 2023, khu di tích đón 360.000 lượt khách, doanh thu đạt 58 tỷ đồng.",
			nil},
		{"firms' revenue in the sector's clause", "Năm 2023, thương mại - dịch vụ phát triển, 15 doanh nghiệp có doanh thu 500 tỷ đồng.",
			nil},
	})
}
