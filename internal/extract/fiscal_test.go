package extract

import "testing"

// TestFiscal holds the rules found on news of one economic or fiscal
// indicator (dev38), each with paraphrases of its own and negatives, in
// the article of TestPhrases unless a case brings its own.
func TestFiscal(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		// "Con số này …" gives ratios of the figure just given: none when that figure was a part.
		{"ratios of one sector's value are the sector's", "Năm 2023, giá trị sản xuất ngành nông nghiệp ước đạt 5.120 tỷ đồng. Con số này tăng 3,2% so với cùng kỳ và đạt 98% kế hoạch.",
			nil},
		{"ratios of an industry's value after con số đó", "Giá trị sản xuất công nghiệp năm 2023 ước đạt 3.400 tỷ đồng. Con số đó tăng 9,5% so với năm trước.",
			nil},
		{"ratios of the total go on with it", "Năm 2023, tổng thu ngân sách trên địa bàn đạt 1.250 tỷ đồng. Con số này đạt 104% dự toán và tăng 8% so với cùng kỳ.",
			[]string{"thu_ngan_sach actual 1.25e+12 2023", "thu_ngan_sach change_vs_prev 8 2023", "thu_ngan_sach pct_of_plan 104 2023"}},
		{"ratios of the total's value go on with it", "Tổng giá trị sản xuất năm 2023 ước đạt 18.600 tỷ đồng. Con số trên tăng 7,4% so với năm 2022.",
			[]string{"gia_tri_san_xuat actual 1.86e+13 2023", "gia_tri_san_xuat change_vs_prev 7.4 2023"}},
		// A result/plan pair "A/B <money unit>" outside a bracket, decimals or whole numbers.
		{"a decimal pair after the disbursement", "Năm 2023, vốn đầu tư công của huyện đã giải ngân 418,75/455,2 tỷ đồng, đạt 92% kế hoạch.",
			[]string{"giai_ngan_dau_tu actual 4.1875e+11 2023", "giai_ngan_dau_tu pct_of_plan 92 2023", "giai_ngan_dau_tu plan 4.552e+11 2023"}},
		{"a decimal result over a whole plan", "Thu ngân sách trên địa bàn năm 2023 đạt 96,4/90 tỷ đồng, vượt dự toán.",
			[]string{"thu_ngan_sach actual 9.64e+10 2023", "thu_ngan_sach plan 9e+10 2023"}},
		{"a target's pair after a target verb is none", "Năm 2024, huyện phấn đấu giải ngân 418,75/455,2 tỷ đồng.",
			nil},
		{"a whole money pair whose ratio to plan agrees is no share of a whole", "Năm 2023, giải ngân vốn đầu tư công đạt 612/640 tỷ đồng, đạt tỷ lệ 95,6% kế hoạch.",
			[]string{"giai_ngan_dau_tu actual 6.12e+11 2023", "giai_ngan_dau_tu pct_of_plan 95.6 2023", "giai_ngan_dau_tu plan 6.4e+11 2023"}},
		{"a count of a whole with its share stays a share", "Năm 2023, toàn huyện còn 1.205/40.110 hộ nghèo, chiếm tỷ lệ 3%.",
			[]string{"ty_le_ho_ngheo actual 3 2023"}},
		// A verb of reporting and a colon open what is reported: the lead-in's kind words are not its.
		{"a meeting's plan words before cho biết:", "Tại hội nghị triển khai nhiệm vụ năm 2024, UBND huyện cho biết: năm 2023 thu ngân sách trên địa bàn đạt 1.020 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.02e+12 2023"}},
		{"a meeting's plan words before thông tin:", "Tại hội nghị bàn nhiệm vụ năm 2024, Phòng Tài chính huyện thông tin: tổng giá trị sản xuất năm 2023 đạt 8.400 tỷ đồng.",
			[]string{"gia_tri_san_xuat actual 8.4e+12 2023"}},
		{"a target after the colon stays a target", "Tại hội nghị, UBND huyện cho biết: năm 2024 phấn đấu thu ngân sách 1.100 tỷ đồng.",
			[]string{"thu_ngan_sach plan 1.1e+12 2024"}},
		// An item after a comma that names its own subject before its "đạt" is another subject.
		{"a credit fund's share after the budget revenue", "Năm 2023, thu ngân sách trên địa bàn đạt 45 tỷ đồng, nguồn vốn tín dụng ưu đãi đạt 95% kế hoạch.",
			[]string{"thu_ngan_sach actual 4.5e+10 2023"}},
		{"another insurance after the health insurance rate", "Năm 2023, tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,5%, bảo hiểm thất nghiệp đạt 40,2%.",
			[]string{"ty_le_bhyt actual 92.5 2023"}},
		{"a commune's item of a per-unit list stays the rate's", "Năm 2023, tỷ lệ tham gia bảo hiểm y tế toàn huyện đạt 92%, xã Đông Dư đạt 95%.",
			[]string{"ty_le_bhyt actual 92 2023", "ty_le_bhyt actual 95 2023 Xã Đông Dư"}},
		{"the subject's own measure after the comma stays the subject's", "Năm 2023, thu ngân sách trên địa bàn đạt 45 tỷ đồng, số thu đạt 112% dự toán.",
			[]string{"thu_ngan_sach actual 4.5e+10 2023", "thu_ngan_sach pct_of_plan 112 2023"}},
		{"the subject's plan after the comma stays the subject's", "Năm 2023, giải ngân vốn đầu tư công đạt 320 tỷ đồng, kế hoạch vốn giao đạt 400 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 3.2e+11 2023", "giai_ngan_dau_tu plan 4e+11 2023"}},
		// A bracket that opens with a part-year period of a year gives that year's figure.
		{"half a year before in a bracket after cùng kỳ", "6 tháng đầu năm 2023, thu ngân sách trên địa bàn đạt 640 tỷ đồng, tăng 12% so với cùng kỳ (6 tháng đầu năm 2022 đạt 571 tỷ đồng).",
			[]string{"thu_ngan_sach actual 5.71e+11 2022", "thu_ngan_sach actual 6.4e+11 2023", "thu_ngan_sach change_vs_prev 12 2023"}},
		{"a quarter a year before in a bracket", "Quý III năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 5.200 tỷ đồng, tăng 9% so với cùng kỳ (quý III năm 2022 đạt 4.770 tỷ đồng).",
			[]string{"tong_muc_ban_le actual 4.77e+12 2022", "tong_muc_ban_le actual 5.2e+12 2023", "tong_muc_ban_le change_vs_prev 9 2023"}},
		{"a period without a year in the bracket stays the text's year", "Năm 2023, thu ngân sách trên địa bàn đạt 1.240 tỷ đồng (6 tháng đầu năm đạt 571 tỷ đồng).",
			[]string{"thu_ngan_sach actual 1.24e+12 2023", "thu_ngan_sach actual 5.71e+11 2023"}},
		// "kỳ họp năm 2022" is the session's year, not the base of a comparison ("cùng kỳ năm 2022").
		{"a report to the session of a year", "HĐND xã Đông Dư tổ chức kỳ họp thường lệ\n\nTheo báo cáo của UBND xã trình tại kỳ họp năm 2022, kinh tế của xã tiếp tục phát triển. Tỷ lệ hộ gia đình văn hóa đạt 95,2%.\n\nKỳ họp đã thông qua dự toán ngân sách năm 2023 của xã.\n",
			[]string{"ty_le_gia_dinh_van_hoa actual 95.2 2022 Xã Đông Dư"}},
		{"the year-end session of a year", "HĐND phường Đức Giang họp cuối năm\n\nTại kỳ họp cuối năm 2022, UBND phường báo cáo tình hình kinh tế - xã hội. Thu ngân sách trên địa bàn đạt 41 tỷ đồng.\n\nHĐND phường giao chỉ tiêu kế hoạch năm 2023.\n",
			[]string{"thu_ngan_sach actual 4.1e+10 2022 Phường Đức Giang"}},
		{"the same period of a year is still a comparison's base", "Xã Đông Dư sơ kết 6 tháng\n\nNăm 2023, thu ngân sách trên địa bàn đạt 41 tỷ đồng, tăng 8% so với cùng kỳ năm 2022. Tỷ lệ hộ gia đình văn hóa đạt 95,2%.\n",
			[]string{"thu_ngan_sach actual 4.1e+10 2023 Xã Đông Dư", "thu_ngan_sach change_vs_prev 8 2023 Xã Đông Dư", "ty_le_gia_dinh_van_hoa actual 95.2 2023 Xã Đông Dư"}},
		// "đạt tỷ lệ X%" after an amount is the subject's ratio, as "đạt X%" is; a qualifier may stand before the number.
		{"a bare rate after the revenue's amount", "Năm 2023, thu ngân sách trên địa bàn được 12,6 tỷ đồng, đạt tỷ lệ 104,5%.",
			[]string{"thu_ngan_sach actual 1.26e+10 2023", "thu_ngan_sach pct_of_plan 104.5 2023"}},
		{"a qualified rate of the plan after the disbursed amount", "Năm 2023, giải ngân vốn đầu tư công được 86 tỷ đồng, đạt tỷ lệ trên 92% kế hoạch.",
			[]string{"giai_ngan_dau_tu actual 8.6e+10 2023", "giai_ngan_dau_tu pct_of_plan 92 2023"}},
		{"a rate after a count of targets is no ratio of another subject", "Năm 2023, có 14/19 chỉ tiêu đạt hoặc vượt kế hoạch huyện giao, đạt tỷ lệ 73,68%.",
			[]string{"chi_tieu_hoan_thanh actual 14 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		{"a rate after a count of workers stays out", "Năm 2023, giải quyết việc làm cho 1.200 lao động, đạt tỷ lệ 105%.",
			[]string{"viec_lam_moi actual 1200 2023"}},
		// A share that opens a list item and is followed by its own noun is that noun's, not the subject's.
		{"agencies' share after the residential areas' rate", "Năm 2023, tỷ lệ tổ dân phố văn hóa đạt 92,8%, 100% cơ quan, đơn vị đạt danh hiệu văn hóa.",
			[]string{"ty_le_khu_dan_cu_van_hoa actual 92.8 2023"}},
		{"schools' share after the families' rate", "Năm 2023, tỷ lệ gia đình văn hóa đạt 95%, 100% trường học đạt chuẩn quốc gia.",
			[]string{"ty_le_gia_dinh_van_hoa actual 95 2023"}},
		{"a share whose item names a cue is that cue's", "Năm 2023, tỷ lệ hộ nghèo còn 2,1%, 98,5% người dân tham gia bảo hiểm y tế.",
			[]string{"ty_le_bhyt actual 98.5 2023", "ty_le_ho_ngheo actual 2.1 2023"}},
		{"a ratio to the plan after the amount is no share of a noun", "Năm 2023, thu ngân sách trên địa bàn đạt 52 tỷ đồng, 105% dự toán.",
			[]string{"thu_ngan_sach actual 5.2e+10 2023", "thu_ngan_sach pct_of_plan 105 2023"}},
		// A budget revenue whose subject names budget levels, after the territory's total of the paragraph, is the levels' own budget.
		{"the district and commune budgets after the territory's total", "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn đạt 520 tỷ đồng, bằng 104% dự toán; thu ngân sách huyện và xã đạt 1.310 tỷ đồng, bằng 96% dự toán.",
			[]string{"thu_ngan_sach actual 5.2e+11 2023", "thu_ngan_sach pct_of_plan 104 2023"}},
		{"the council's own target after the town's", "Năm 2023, thu ngân sách theo chỉ tiêu thị xã giao đạt 3,2 tỷ đồng, đạt 80% kế hoạch. Thu ngân sách theo nghị quyết HĐND xã đạt 9,4 tỷ đồng, đạt 75% kế hoạch.",
			[]string{"thu_ngan_sach actual 3.2e+09 2023", "thu_ngan_sach pct_of_plan 80 2023"}},
		{"a paragraph's only budget figure keeps the catalog's reading", "Năm 2023, thu ngân sách huyện đạt 420 tỷ đồng, bằng 105% dự toán.",
			[]string{"thu_ngan_sach actual 4.2e+11 2023", "thu_ngan_sach pct_of_plan 105 2023"}},
		{"a level with a name is a unit", "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 1.520 tỷ đồng; thu ngân sách huyện Gia Lâm năm 2022 đạt 1.200 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.2e+12 2022", "thu_ngan_sach actual 1.52e+12 2023"}},
		{"the territory named again is no level's budget", "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn đạt 1.520 tỷ đồng. Riêng quý IV, thu ngân sách trên địa bàn huyện đạt 500 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.52e+12 2023", "thu_ngan_sach actual 5e+11 2023"}},
		// "… vào GRDP" names the whole a contribution goes into, not the growth.
		{"labour productivity's share of the product", "Năm 2023, tỷ trọng đóng góp của năng suất lao động vào GRDP đạt 41%.",
			nil},
		{"investment's contribution to the product", "Năm 2023, mức đóng góp của vốn đầu tư vào GRDP ước đạt 38%.",
			nil},
		{"the growth of the product stays growth", "Năm 2023, tốc độ tăng trưởng GRDP đạt 8,2%.",
			[]string{"tang_truong_kinh_te actual 8.2 2023"}},
		// "Trong đó, …" lists the parts of the last total, past a sentence without figures; each item is weighed by its own words.
		{"parts after a remark on the total", "Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 12.500 tỷ đồng. Đây là mức cao nhất từ trước đến nay. Trong đó, doanh thu bán lẻ hàng hóa đạt 9.800 tỷ đồng, doanh thu dịch vụ khác đạt 1.200 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 1.25e+13 2023"}},
		{"a later item's own words, not the items' before it", "Năm 2023, tổng mức bán lẻ đạt 12.500 tỷ đồng. Trong đó, doanh thu bán lẻ hàng hóa đạt 9.800 tỷ đồng, doanh thu dịch vụ khác đạt 1.200 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 1.25e+13 2023"}},
		{"a part that names the indicator more closely is still the indicator", "Năm 2023, tổng doanh thu thương mại, dịch vụ đạt 20.000 tỷ đồng. Trong đó, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 15.000 tỷ đồng, tăng 11%.",
			[]string{"tong_muc_ban_le actual 1.5e+13 2023", "tong_muc_ban_le change_vs_prev 11 2023"}},
	})
}
