package extract

import "testing"

// TestDense holds the rules found on dense report paragraphs as the
// offices write them (dev40), each with paraphrases of its own and
// negatives, in the article of TestPhrases unless a case brings its own.
func TestDense(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		// After an official's title a name that opens with a family name is
		// the official's, whatever its given names are.
		{"an official's given name that is a verb is no place", " date 2023-06 Theo Cổng giao tiếp điện tử TP Hà Nội, tại kỳ họp, Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng cho biết, trong 5 tháng đầu năm, giá trị sản xuất công nghiệp ngoài quốc doanh của quận đạt 447,21 tỷ đồng, bằng 44,4% so với kế hoạch năm và tăng 19,4% so với cùng kỳ năm trước.\n\nChủ tịch HĐND quận Lê Thị Thu Hằng phát biểu bế mạc kỳ họp.\n\nNăm 2022, tổng thu ngân sách trên địa bàn quận đạt 2.000 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2e+12 2022 Quận Tây Hồ"}},
		{"a deputy's given name 'Đạt' after the title", " date 2024-12 Tại kỳ họp, Phó Chủ tịch UBND huyện Đông Sơn Nguyễn Văn Đạt trình bày báo cáo.\n\nPhó Chủ tịch UBND huyện Nguyễn Văn Đạt cho biết năm 2024 thu ngân sách trên địa bàn huyện đạt 300 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 3e+11 2024 Huyện Đông Sơn"}},
		{"a place of two words after a title stays the place", "Kỳ họp HĐND quận Lê Chân cuối năm 2023\n\nNgày 20/12/2023, Chủ tịch UBND quận Lê Chân cho biết năm 2023 thu ngân sách trên địa bàn quận đạt 900 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 9e+11 2023 Quận Lê Chân"}},
		// Of two plans' givers in one sentence the later is the text's own
		// level: a report names the level above first.
		{"a province's text that names only its plans' givers", " date 2025-07 Trong đó, thu nội địa đạt 2.433 tỷ đồng, bằng 28,4% dự toán Trung ương giao, bằng 19,2% dự toán tỉnh giao.\n\nChi ngân sách địa phương đạt 5.446 tỷ đồng, bằng 29,3% dự toán Trung ương giao, bằng 24,2% dự toán HĐND tỉnh giao.\n",
			[]string{"chi_ngan_sach actual 5.446e+12 2025 Tỉnh", "chi_ngan_sach pct_of_plan 24.2 2025 Tỉnh", "chi_ngan_sach pct_of_plan 29.3 2025 Tỉnh"}},
		{"a district's text that names only its plans' givers", " date 2024-12 Năm 2024, thu ngân sách trên địa bàn ước đạt 320 tỷ đồng, bằng 120% dự toán tỉnh giao, bằng 105% dự toán huyện giao.\n",
			[]string{"thu_ngan_sach actual 3.2e+11 2024 Huyện", "thu_ngan_sach pct_of_plan 105 2024 Huyện", "thu_ngan_sach pct_of_plan 120 2024 Huyện"}},
		{"one giver alone is the level above, not the text's", " date 2024-12 Năm 2024, thu ngân sách ước đạt 320 tỷ đồng, bằng 120% dự toán tỉnh giao.\n",
			[]string{"thu_ngan_sach actual 3.2e+11 2024 Chưa rõ đơn vị", "thu_ngan_sach pct_of_plan 120 2024 Chưa rõ đơn vị"}},
		{"a named district keeps its name beside the givers", " date 2024-12 Năm 2024, huyện Đông Sơn thu ngân sách ước đạt 320 tỷ đồng, bằng 120% dự toán tỉnh giao, bằng 105% dự toán huyện giao.\n",
			[]string{"thu_ngan_sach actual 3.2e+11 2024 Huyện Đông Sơn", "thu_ngan_sach pct_of_plan 105 2024 Huyện Đông Sơn", "thu_ngan_sach pct_of_plan 120 2024 Huyện Đông Sơn"}},
		// A ratio to the plan right after a fall of the poor households'
		// count is that fall's, not the poverty rate's, with the count's
		// "nghèo" or an excess over the target between.
		{"a ratio after 'giảm N hộ nghèo' is not the rate's", "Năm 2023, huyện giảm 693 hộ nghèo, đạt 192,5% chỉ tiêu tỉnh giao.",
			[]string{"ho_thoat_ngheo actual 693 2023"}},
		{"a ratio after the fall and its excess over the target", "Tỷ lệ hộ nghèo của huyện trong năm 2023 giảm 693 hộ so với năm 2022, vượt 333 hộ và đạt 192,5% so với tỉnh giao.",
			[]string{"ho_thoat_ngheo actual 693 2023"}},
		{"a ratio right after the rate stays the rate's", "Năm 2023, huyện giảm 693 hộ nghèo, tỷ lệ hộ nghèo còn 2,5%, đạt 120% kế hoạch.",
			[]string{"ho_thoat_ngheo actual 693 2023", "ty_le_ho_ngheo actual 2.5 2023", "ty_le_ho_ngheo pct_of_plan 120 2023"}},
		// "đạt tỷ lệ X%" of a count is its rate, unless a plan follows as
		// the base: then it is the ratio to the plan.
		{"a ratio 'đạt tỷ lệ … so với chỉ tiêu' after admissions", "Năm 2023, huyện kết nạp 113 đảng viên mới, đạt tỷ lệ hơn 61% so với chỉ tiêu.",
			[]string{"dang_vien_moi actual 113 2023", "dang_vien_moi pct_of_plan 61 2023"}},
		{"a ratio 'đạt tỷ lệ … kế hoạch' after jobs", "Năm 2023, giải quyết việc làm cho 1.500 lao động, đạt tỷ lệ 105% kế hoạch.",
			[]string{"viec_lam_moi actual 1500 2023", "viec_lam_moi pct_of_plan 105 2023"}},
		{"a rate of admissions with no plan after stays no ratio", "Năm 2023, tỷ lệ kết nạp đảng viên mới hằng năm đạt 8,7%.",
			nil},
		{"a share of all households is no plan", "Năm 2023, toàn huyện có 850 hộ cận nghèo, chiếm tỷ lệ 3,4% so với tổng số hộ.",
			[]string{"ho_can_ngheo actual 850 2023"}},
		// A verb of the households lifted that stands after a count with a
		// number of its own is the next count's: the count before it is
		// of the poor households, a stock.
		{"the poor households' number before 'giảm N hộ'", "Năm 2023, số hộ nghèo toàn huyện là 614 hộ, giảm 182 hộ so với năm 2022.",
			[]string{"ho_thoat_ngheo actual 182 2023"}},
		{"the poor households' number run into the fall", "Năm 2023, tỷ lệ hộ nghèo toàn huyện là 614 hộ giảm 182 hộ chiếm 2,51%.",
			[]string{"ho_thoat_ngheo actual 182 2023", "ty_le_ho_ngheo actual 2.51 2023"}},
		{"the lifted households' own noun after the count", "Năm 2023, toàn huyện có 182 hộ thoát nghèo.",
			[]string{"ho_thoat_ngheo actual 182 2023"}},
	})
}
