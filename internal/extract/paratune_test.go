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

// TestDateLineUnderHeadline: an excerpt's publication month written on
// the line under its headline (" date YYYY-MM") dates the page as on its
// first line: "cả năm qua" in a January page is the year just ended.
func TestDateLineUnderHeadline(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the year just ended under a January date line", "Hưng Yên: thu ngân sách cả năm vượt dự toán\n date 2022-01\nTheo Cục Thuế tỉnh Hưng Yên, trong cả năm qua, thu ngân sách nhà nước trên địa bàn đạt 17.600 tỷ đồng, bằng 131% dự toán.\n",
			[]string{"thu_ngan_sach actual 1.76e+13 2021 Tỉnh Hưng Yên", "thu_ngan_sach pct_of_plan 131 2021 Tỉnh Hưng Yên"}},
		{"the year just past under a March date line", "Hưng Yên: thu ngân sách vượt dự toán\n date 2022-03\nTheo Cục Thuế tỉnh Hưng Yên, trong năm qua, thu ngân sách nhà nước trên địa bàn đạt 17.600 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 1.76e+13 2022 Tỉnh Hưng Yên"}},
		// negative: a body line that starts with the word is text.
		{"a body line is no date line", "Hưng Yên tổng kết năm 2021\nNăm 2021, thu ngân sách nhà nước trên địa bàn tỉnh Hưng Yên đạt 17.600 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 1.76e+13 2021 Tỉnh Hưng Yên"}},
	})
}

// TestCompactPairNotation: report notation's pair "A/B" after an
// indicator is the result A and the plan B wherever the sentence weighs
// results against plans, also by the notation's initials ("TH … /KH …",
// "TH/KH") or "dự toán"; the plan labels the result before it, so the
// clauses after go on with results.
func TestCompactPairNotation(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"initials of result and plan", "Kết quả năm 2023 (TH/KH): giải quyết việc làm 3.480/3.200 người; kết nạp 162/150 đảng viên mới.",
			[]string{"dang_vien_moi actual 162 2023", "dang_vien_moi plan 150 2023", "viec_lam_moi actual 3480 2023", "viec_lam_moi plan 3200 2023"}},
		{"the plan's noun after the pair", "Năm 2023, thu ngân sách được 798 tỷ/750 tỷ đồng dự toán; tỷ lệ hộ nghèo còn 0,32%.",
			[]string{"thu_ngan_sach actual 7.98e+11 2023", "thu_ngan_sach plan 7.5e+11 2023", "ty_le_ho_ngheo actual 0.32 2023"}},
		{"a result after a counted pair", "Năm 2023, kết nạp đảng viên đạt 162/150 đảng viên; tỷ lệ hộ nghèo còn 0,32%.",
			[]string{"dang_vien_moi actual 162 2023", "dang_vien_moi plan 150 2023", "ty_le_ho_ngheo actual 0.32 2023"}},
		// negatives: a pair with no word of results against plans, and a
		// count below its whole with none, stay unread.
		{"a part of a whole with no plan word", "Năm 2023, giải quyết việc làm cho 300/350 lao động có nhu cầu.", nil},
	})
}

// TestReachedOnAssigned: "N trên M chỉ tiêu" writes the count of targets
// reached of those assigned in words, as "N/M chỉ tiêu" does; the parts
// of one field stay parts.
func TestReachedOnAssigned(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"N trên M of the whole plan", "Tổng thể, năm 2023 huyện hoàn thành 21 trên 23 chỉ tiêu Nghị quyết HĐND giao.",
			[]string{"chi_tieu_hoan_thanh actual 21 2023", "chi_tieu_hoan_thanh plan 23 2023"}},
		{"N trên M with đạt", "Năm 2023, huyện đạt 15 trên 17 chỉ tiêu kinh tế - xã hội chủ yếu.",
			[]string{"chi_tieu_hoan_thanh actual 15 2023", "chi_tieu_hoan_thanh plan 17 2023"}},
		// negatives: a rank "N trên M" is no count of targets, and one
		// field's count is a part as "N/M" is.
		{"a rank", "Năm 2023, huyện xếp thứ 5 trên 13 huyện, thành phố về chỉ số cải cách hành chính.", nil},
		{"one field's N trên M", "Năm 2023, huyện đạt 8 trên 8 chỉ tiêu kinh tế; tổng thể hoàn thành 21 trên 23 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 21 2023", "chi_tieu_hoan_thanh plan 23 2023"}},
	})
}

// TestAdoptedListHead: a sentence that adopts targets and ends with the
// head of their list ("… với các mục tiêu chính.", "… các chỉ tiêu chủ
// yếu sau.") makes the paragraph's next sentences the targets, whatever
// verb or none each item states its figure with.
func TestAdoptedListHead(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"mục tiêu chính, then items by field", "Lương Sơn thông qua kế hoạch năm 2024\n\nHĐND huyện Lương Sơn đã biểu quyết thông qua Nghị quyết về nhiệm vụ năm 2024 với các mục tiêu chính. Về kinh tế: tổng thu NSNN trên địa bàn 520 tỷ đồng. Về xã hội: tạo việc làm mới cho 1.800 lao động; tỷ lệ hộ nghèo còn 4,1%.\n",
			[]string{"thu_ngan_sach plan 5.2e+11 2024 Huyện Lương Sơn", "ty_le_ho_ngheo plan 4.1 2024 Huyện Lương Sơn", "viec_lam_moi plan 1800 2024 Huyện Lương Sơn"}},
		{"các chỉ tiêu chủ yếu sau", "Lương Sơn thông qua kế hoạch năm 2024\n\nKỳ họp HĐND huyện Lương Sơn thông qua Nghị quyết năm 2024 với các chỉ tiêu chủ yếu sau. Thu ngân sách trên địa bàn 520 tỷ đồng. Tỷ lệ hộ nghèo còn 4,1%.\n",
			[]string{"thu_ngan_sach plan 5.2e+11 2024 Huyện Lương Sơn", "ty_le_ho_ngheo plan 4.1 2024 Huyện Lương Sơn"}},
		// negatives: the targets reached and their results head no list.
		{"the targets reached", "Lương Sơn tổng kết năm 2023\n\nNăm 2023, huyện Lương Sơn thực hiện Nghị quyết của HĐND huyện và đã hoàn thành các mục tiêu chính. Thu ngân sách trên địa bàn 520 tỷ đồng. Tỷ lệ hộ nghèo còn 4,1%.\n",
			[]string{"thu_ngan_sach actual 5.2e+11 2023 Huyện Lương Sơn", "ty_le_ho_ngheo actual 4.1 2023 Huyện Lương Sơn"}},
		{"the results of the targets", "Lương Sơn tổng kết năm 2023\n\nHĐND huyện Lương Sơn đánh giá kết quả thực hiện Nghị quyết năm 2023 và các chỉ tiêu chủ yếu. Thu ngân sách trên địa bàn 520 tỷ đồng. Tỷ lệ hộ nghèo còn 4,1%.\n",
			[]string{"thu_ngan_sach actual 5.2e+11 2023 Huyện Lương Sơn", "ty_le_ho_ngheo actual 4.1 2023 Huyện Lương Sơn"}},
	})
}

// TestMonthBeforeBase: a ratio or change against the month or quarter
// just before ("tháng trước", "quý trước", "tháng liền kề") is neither a
// ratio to a plan nor a comparison with the same period of last year,
// with "so với" or without it.
func TestMonthBeforeBase(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"bằng X% tháng trước", "Tháng 11/2023, thu ngân sách của huyện được 421 tỷ đồng, bằng 96,3% tháng trước, bằng 108,7% so cùng kỳ.",
			[]string{"thu_ngan_sach actual 4.21e+11 2023", "thu_ngan_sach pct_of_prev 108.7 2023"}},
		{"bằng X% quý trước", "Quý III/2023, thu ngân sách của huyện đạt 421 tỷ đồng, bằng 104% quý trước.",
			[]string{"thu_ngan_sach actual 4.21e+11 2023"}},
		{"tăng X% so với tháng liền kề", "Tháng 11/2023, tổng mức bán lẻ hàng hóa của huyện đạt 900 tỷ đồng, tăng 2,1% so với tháng liền kề.",
			[]string{"tong_muc_ban_le actual 9e+11 2023"}},
		// negative: the plan and the same period stay.
		{"bằng X% kế hoạch", "Năm 2023, thu ngân sách của huyện đạt 421 tỷ đồng, bằng 104% kế hoạch, bằng 110% cùng kỳ.",
			[]string{"thu_ngan_sach actual 4.21e+11 2023", "thu_ngan_sach pct_of_plan 104 2023", "thu_ngan_sach pct_of_prev 110 2023"}},
	})
}

// TestRetailOfOneCommodity: the retail revenue of one commodity or group
// of goods (xăng dầu, ô tô, lương thực, "nhóm hàng", "mặt hàng") is a
// part of total retail sales, wherever the total stands.
func TestRetailOfOneCommodity(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a commodity group before the total", "Quý III/2023, doanh thu bán lẻ nhóm xăng dầu các loại của huyện đạt 194 tỷ đồng, giảm 8,4%; nhóm lương thực, thực phẩm đạt 612 tỷ đồng. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ quý III đạt 1.387 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 1.387e+12 2023"}},
		{"one product", "Năm 2023, doanh thu bán lẻ ô tô của huyện đạt 123 tỷ đồng, tăng 19,2%.", nil},
		{"the goods of one line", "Năm 2023, doanh thu bán lẻ mặt hàng lương thực đạt 300 tỷ đồng.", nil},
		// negative: the total, and a cause after its figure, stay.
		{"the total with a cause after it", "Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ của huyện đạt 1.387 tỷ đồng, tăng 9% do giá xăng dầu tăng.",
			[]string{"tong_muc_ban_le actual 1.387e+12 2023", "tong_muc_ban_le change_vs_prev 9 2023"}},
	})
}

// TestGrowthAtActualPrices: "giá thực tế" names current prices as "giá
// hiện hành" does; only the growth at comparable prices is a fact.
func TestGrowthAtActualPrices(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"giá thực tế in a bracket, then giá so sánh", "Tốc độ tăng giá trị sản xuất (giá thực tế) của huyện năm 2023 là 13,4%, tính theo giá so sánh là 8,15%.",
			[]string{"tang_truong_kinh_te actual 8.15 2023"}},
		{"theo giá thực tế alone", "Năm 2023, tính theo giá thực tế, giá trị sản xuất của huyện tăng 12,6%.", nil},
		// negative: the growth at comparable prices stays.
		{"theo giá so sánh", "Năm 2023, tốc độ tăng trưởng kinh tế (theo giá so sánh) của huyện đạt 8,5%.",
			[]string{"tang_truong_kinh_te actual 8.5 2023"}},
	})
}

// TestNationBesideTheUnit: the nation's figure set beside the unit's in a
// clause of its own ("…, trong khi cả nước …", "còn toàn quốc …") is the
// nation's, not the unit's.
func TestNationBesideTheUnit(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"trong khi cả nước", "Năm 2023, huyện tạo việc làm mới cho 3.050 lao động, trong khi cả nước giải quyết việc làm cho khoảng 1,6 triệu lao động.",
			[]string{"viec_lam_moi actual 3050 2023"}},
		{"còn toàn quốc", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế của huyện đạt 95,1%, còn toàn quốc đạt 93,35%.",
			[]string{"ty_le_bhyt actual 95.1 2023"}},
		// negative: the unit's own clause after "trong khi" stays.
		{"trong khi the unit's other figure", "Năm 2023, thu ngân sách của huyện đạt 800 tỷ đồng, trong khi chi ngân sách đạt 650 tỷ đồng.",
			[]string{"chi_ngan_sach actual 6.5e+11 2023", "thu_ngan_sach actual 8e+11 2023"}},
	})
}
