package extract

import "testing"

// TestWholeYearEstimate: an estimate or projection for a named year
// ("năm 2025 dự kiến", "ước năm 2024") is of the whole year, not of the
// part of the year the sentences before reported (dev44: "tăng trưởng GRDP
// năm 2025 dự kiến đạt 9 – 9,5%" after "10 tháng đầu năm 2025, …").
func TestWholeYearEstimate(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a projection after the year, after a 10-month report", "Huyện Gia Lâm họp thường kỳ\nNgày 05/11/2025\n\n10 tháng đầu năm 2025, thu ngân sách huyện đạt 900 tỷ đồng.\n\nDo ảnh hưởng của mưa lũ cuối tháng 10, tăng trưởng kinh tế năm 2025 dự kiến đạt 8,5%.",
			[]string{"tang_truong_kinh_te actual 8.5 2025", "thu_ngan_sach actual 9e+11 2025 @2025-10-31"}},
		{"an estimate after the year, after a 9-month report", "Huyện Gia Lâm sơ kết\nNgày 12/10/2024\n\nTrong 9 tháng đầu năm, huyện giải ngân vốn đầu tư công được 420 tỷ đồng.\n\nĐáng chú ý, thu ngân sách năm 2024 ước đạt 1.300 tỷ đồng, bằng 108% dự toán.",
			[]string{"giai_ngan_dau_tu actual 4.2e+11 2024 @2024-09-30", "thu_ngan_sach actual 1.3e+12 2024", "thu_ngan_sach pct_of_plan 108 2024"}},
		{"an estimate word before the year", "Huyện Gia Lâm sơ kết\nNgày 12/10/2024\n\nTrong 9 tháng đầu năm, huyện giải ngân vốn đầu tư công được 420 tỷ đồng.\n\nTổng sản phẩm trên địa bàn ước năm 2024 tăng 7,3% so với năm trước.",
			[]string{"giai_ngan_dau_tu actual 4.2e+11 2024 @2024-09-30", "tang_truong_kinh_te actual 7.3 2024"}},
		{"an estimate of the whole year written out", "Huyện Gia Lâm sơ kết\nNgày 12/10/2024\n\nTrong 9 tháng đầu năm, huyện giải ngân vốn đầu tư công được 420 tỷ đồng.\n\nChi ngân sách ước thực hiện năm 2024 là 950 tỷ đồng.",
			[]string{"chi_ngan_sach actual 9.5e+11 2024", "giai_ngan_dau_tu actual 4.2e+11 2024 @2024-09-30"}},
		// Negatives: a part of the year next to the year, or named before it in the sentence, stays.
		{"months right before the year stay", "Huyện Gia Lâm sơ kết\nNgày 12/10/2024\n\nThu ngân sách 9 tháng năm 2024 ước thực hiện 800 tỷ đồng, đạt 70% dự toán.",
			[]string{"thu_ngan_sach actual 8e+11 2024 @2024-09-30", "thu_ngan_sach pct_of_plan 70 2024 @2024-09-30"}},
		{"months named before in the sentence stay", "Huyện Gia Lâm sơ kết\nNgày 12/10/2024\n\nLũy kế 9 tháng, thu ngân sách năm 2024 ước đạt 800 tỷ đồng.",
			[]string{"thu_ngan_sach actual 8e+11 2024 @2024-09-30"}},
		{"a year with no estimate word keeps the months before", "Huyện Gia Lâm sơ kết\nNgày 12/10/2024\n\nTrong 9 tháng đầu năm 2024, huyện đạt nhiều kết quả. Thu ngân sách đạt 800 tỷ đồng.",
			[]string{"thu_ngan_sach actual 8e+11 2024 @2024-09-30"}},
	})
}

// TestWholeSetReached: a result verb that takes the whole set of targets
// ("hoàn thành toàn bộ 13 chỉ tiêu", "đạt và vượt cả 12 chỉ tiêu") reached
// them all, as many as were assigned: actual and plan of the same count
// (dev43: "đã hoàn thành và vượt toàn bộ 13 chỉ tiêu được giao").
func TestWholeSetReached(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"completed and exceeded the whole set", "Trong năm 2023, huyện đã hoàn thành và vượt toàn bộ 13 chỉ tiêu được giao.",
			[]string{"chi_tieu_hoan_thanh actual 13 2023", "chi_tieu_hoan_thanh plan 13 2023"}},
		{"completed all of them", "Năm 2023, huyện hoàn thành tất cả 15 chỉ tiêu kinh tế - xã hội chủ yếu.",
			[]string{"chi_tieu_hoan_thanh actual 15 2023", "chi_tieu_hoan_thanh plan 15 2023"}},
		{"reached and exceeded every one", "Năm 2023, huyện đạt và vượt cả 12 chỉ tiêu nghị quyết đề ra.",
			[]string{"chi_tieu_hoan_thanh actual 12 2023", "chi_tieu_hoan_thanh plan 12 2023"}},
		{"exceeded the whole set", "Kết thúc năm 2023, huyện hoàn thành vượt mức toàn bộ 14 chỉ tiêu HĐND huyện giao.",
			[]string{"chi_tieu_hoan_thanh actual 14 2023", "chi_tieu_hoan_thanh plan 14 2023"}},
		// Negatives: a whole set aimed at is the plan alone; one not reached is no result.
		{"the whole set aimed at", "Năm 2024, huyện phấn đấu hoàn thành toàn bộ 16 chỉ tiêu kinh tế - xã hội.",
			[]string{"chi_tieu_hoan_thanh plan 16 2024"}},
		{"the whole set not reached", "Năm 2023, huyện chưa hoàn thành toàn bộ 13 chỉ tiêu được giao.", nil},
		{"the whole set with no result verb", "Năm 2023, huyện triển khai toàn bộ 13 chỉ tiêu được giao.", nil},
	})
}

// TestExpectedByPlanOpening: what a sentence that opens with "Theo" and a
// plan or a scenario ("Theo kịch bản tăng trưởng năm 2026, …", "Theo kế
// hoạch, …") expects ("dự kiến") is its target, even for the text's own
// year (dev44: "Theo kịch bản tăng trưởng năm 2026, GRDP của tỉnh Quảng
// Trị dự kiến tăng 10,6%" on a page of March 2026).
func TestExpectedByPlanOpening(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a growth scenario's expected rate", "Tỉnh Nghệ An bàn giải pháp tăng trưởng\nNgày 12/03/2026\n\nTheo kịch bản tăng trưởng năm 2026, GRDP của tỉnh Nghệ An dự kiến tăng 10,2%.",
			[]string{"tang_truong_kinh_te plan 10.2 2026 Tỉnh Nghệ An"}},
		{"a plan's expected revenue", "Tỉnh Nghệ An bàn giải pháp tăng thu\nNgày 12/03/2026\n\nTheo kế hoạch, năm 2026 thu ngân sách trên địa bàn tỉnh Nghệ An dự kiến đạt 25.000 tỷ đồng.",
			[]string{"thu_ngan_sach plan 2.5e+13 2026 Tỉnh Nghệ An"}},
		{"a scenario's expected retail sales", "Tỉnh Nghệ An bàn giải pháp\nNgày 20/04/2026\n\nTheo kịch bản đã đề ra, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ năm 2026 của tỉnh Nghệ An dự kiến đạt 120.000 tỷ đồng.",
			[]string{"tong_muc_ban_le plan 1.2e+14 2026 Tỉnh Nghệ An"}},
		// Negatives: no opening plan, or "Theo" a source, leaves an expectation of the year at its end an estimate.
		{"an expectation late in the year with no plan opening", "Tỉnh Nghệ An họp thường kỳ\nNgày 05/11/2025\n\nTăng trưởng GRDP năm 2025 của tỉnh Nghệ An dự kiến đạt 8,5%.",
			[]string{"tang_truong_kinh_te actual 8.5 2025 Tỉnh Nghệ An"}},
		{"a source opening the sentence", "Tỉnh Nghệ An họp thường kỳ\nNgày 05/11/2025\n\nTheo Sở Tài chính, thu ngân sách năm 2025 của tỉnh Nghệ An dự kiến đạt 24.000 tỷ đồng.",
			[]string{"thu_ngan_sach actual 2.4e+13 2025 Tỉnh Nghệ An"}},
	})
}

// TestComparedPlanLevel: a figure right after a plan noun that a
// comparison word governs ("thấp hơn mục tiêu 10%", "vượt mục tiêu
// 8,5%"), in the measure of the result just before and at least half of
// it, is the plan the result is set against (dev44: "tăng trưởng GRDP năm
// 2025 dự kiến đạt 9 – 9,5%, thấp hơn mục tiêu 10%"); less than half of
// it, it is the margin, no fact.
func TestComparedPlanLevel(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"lower than the target", "Năm 2023, tăng trưởng kinh tế của huyện dự kiến đạt 9 – 9,5%, thấp hơn mục tiêu 10%.",
			[]string{"tang_truong_kinh_te actual 9-9.5 2023", "tang_truong_kinh_te plan 10 2023"}},
		{"beyond the target", "Năm 2023, tăng trưởng kinh tế của huyện ước đạt 8,8%, vượt mục tiêu 8,5%.",
			[]string{"tang_truong_kinh_te actual 8.8 2023", "tang_truong_kinh_te plan 8.5 2023"}},
		{"lower than the plan compared with", "Năm 2023, tăng trưởng kinh tế của huyện đạt 7,6%, thấp hơn so với kế hoạch 8%.",
			[]string{"tang_truong_kinh_te actual 7.6 2023", "tang_truong_kinh_te plan 8 2023"}},
		{"money beyond the estimate", "Năm 2023, thu ngân sách trên địa bàn huyện đạt 1.180 tỷ đồng, vượt dự toán 1.050 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.18e+12 2023", "thu_ngan_sach plan 1.05e+12 2023"}},
		// Negatives: the margin is no plan.
		{"a margin over the target", "Năm 2023, tăng trưởng kinh tế của huyện ước đạt 8,8%, vượt mục tiêu 0,3%.",
			[]string{"tang_truong_kinh_te actual 8.8 2023"}},
		{"a money margin under the estimate", "Năm 2023, thu ngân sách trên địa bàn huyện đạt 950 tỷ đồng, thấp hơn dự toán 100 tỷ đồng.",
			[]string{"thu_ngan_sach actual 9.5e+11 2023"}},
	})
}

// TestTargetsOverAllFields: a count of targets "về" a list of fields that
// names the economy and at least two other groups of the plan (society
// and culture, environment, defence and security, the Party) is the whole
// plan's, not one field's part (dev44: "đề ra 32 chỉ tiêu về kinh tế, văn
// hóa - xã hội, môi trường, an ninh trật tự và xây dựng Đảng").
func TestTargetsOverAllFields(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"economy, culture and society, environment, order and the Party", "Năm 2023, Đại hội đề ra 32 chỉ tiêu về kinh tế, văn hóa - xã hội, môi trường, an ninh trật tự và xây dựng Đảng.",
			[]string{"chi_tieu_hoan_thanh plan 32 2023"}},
		{"economy, society, defence and security", "Năm 2023, huyện đạt 17/18 chỉ tiêu về kinh tế, xã hội, quốc phòng - an ninh.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 18 2023"}},
		{"economy, culture, environment and the Party's building", "Năm 2023, HĐND huyện thông qua 21 chỉ tiêu về kinh tế, văn hóa, môi trường và xây dựng Đảng.",
			[]string{"chi_tieu_hoan_thanh plan 21 2023"}},
		// Negatives: one field, or the economy with one other, is a part.
		{"one field is a part", "Năm 2023, huyện đạt 8/8 chỉ tiêu về kinh tế.", nil},
		{"culture and society alone is a part", "Năm 2023, huyện đạt 9/10 chỉ tiêu về văn hóa - xã hội, môi trường.", nil},
	})
}

// TestCultureHolderEquivalents: "và tương đương" (and the units that rank
// as such) ends a list of residential areas that holds a cultural title:
// the share is still the residential areas' (dev44: "98,18 % thôn, ấp,
// khu phố và tương đương được công nhận và giữ vững danh hiệu “Thôn văn
// hóa”").
func TestCultureHolderEquivalents(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"hamlets, quarters and equivalents recognised", "Năm 2023, 98,18% thôn, ấp, khu phố và tương đương được công nhận danh hiệu “Ấp văn hóa”.",
			[]string{"ty_le_khu_dan_cu_van_hoa actual 98.18 2023"}},
		{"villages, residential groups and equivalents reaching the title", "Năm 2023, huyện có 91,5% thôn, bản, tổ dân phố và tương đương đạt danh hiệu văn hóa.",
			[]string{"ty_le_khu_dan_cu_van_hoa actual 91.5 2023"}},
		{"targets of families and of villages and equivalents", "Năm 2024, huyện phấn đấu: 93% gia đình đạt danh hiệu gia đình văn hóa; 90% thôn, xóm và tương đương đạt chuẩn văn hóa.",
			[]string{"ty_le_gia_dinh_van_hoa plan 93 2024", "ty_le_khu_dan_cu_van_hoa plan 90 2024"}},
		// Negative: households "và tương đương" are no family.
		{"households and equivalents stay none", "Năm 2023, 95% hộ gia đình và tương đương đạt danh hiệu văn hóa.", nil},
		// Negative: "tương đương" as a verb of another noun is no holder.
		{"offices and equivalents stay none", "Năm 2023, 82% cơ quan, đơn vị và tương đương đạt chuẩn văn hóa.", nil},
	})
}

// TestSpacedTargetCount: a count of targets printed with a space after its
// slash ("12/ 12 chỉ tiêu") is the count "12/12 chỉ tiêu" (dev44: "dự
// kiến hoàn thành vượt mức 12/ 12 chỉ tiêu kinh tế - xã hội năm 2023").
func TestSpacedTargetCount(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"exceeded, spaced", "Năm 2023, huyện hoàn thành vượt mức 12/ 12 chỉ tiêu kinh tế - xã hội.",
			[]string{"chi_tieu_hoan_thanh actual 12 2023", "chi_tieu_hoan_thanh plan 12 2023"}},
		{"reached, spaced", "Năm 2023, huyện đạt 17/ 18 chỉ tiêu chủ yếu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 18 2023"}},
		{"criteria of the resolution, spaced", "Năm 2023, có 15/ 19 tiêu chí đạt và vượt kế hoạch của Nghị quyết.",
			[]string{"chi_tieu_hoan_thanh actual 15 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		// Negatives: a field's count stays a part; a date or a month with a space is no count.
		{"a field's count, spaced", "Năm 2023, huyện đạt 18/20 chỉ tiêu; trong đó, kinh tế 7/ 8 chỉ tiêu, quốc phòng - an ninh 2/ 2 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
		{"a date with a space", "Ngày 12/ 12, huyện tổ chức hội nghị; thu ngân sách năm 2023 đạt 900 tỷ đồng.",
			[]string{"thu_ngan_sach actual 9e+11 2023"}},
	})
}
