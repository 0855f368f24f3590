package extract

import "testing"

// TestWordingMoney: the đồng however an office or a headline writes it
// ("tỷ đồng", "tỷ VNĐ", "tỷ đ", a bare "tỷ"; "triệu đồng", "tr.đ", "trđ")
// is the same amount of money to every rule that asks for one.
func TestWordingMoney(t *testing.T) {
	var cases []phraseCase
	for _, u := range []string{"tỷ đồng", "tỷ VNĐ", "tỷ"} {
		// The product's level in money before its ratio and growth: the growth is the rate.
		cases = append(cases, phraseCase{"the product in money, then its growth: " + u,
			"Năm 2023, tổng sản phẩm trên địa bàn (GRDP) ước đạt 47.411 " + u + ", đạt 67,8% so với kế hoạch và tăng 7,72% so với cùng kỳ.",
			[]string{"tang_truong_kinh_te actual 7.72 2023"}})
		// Report notation: the result, a slash, the plan.
		cases = append(cases, phraseCase{"a result and its plan after a slash: " + u,
			"Năm 2023, tổng vốn đầu tư phát triển toàn xã hội ước đạt 2.337 " + u + "/KH 2.000-2.100 " + u + ", tăng 258 " + u + " so với năm 2022.",
			[]string{"von_dau_tu actual 2.337e+12 2023", "von_dau_tu plan 2e+12-2.1e+12 2023"}})
		// A period's total ends the span the year is read from.
		cases = append(cases, phraseCase{"a period's total and its ratio: " + u,
			"Tổng thu ngân sách nhà nước từ 2019-2023 là 1.674 " + u + ", đạt 134% so với chỉ tiêu nghị quyết đề ra.",
			[]string{"thu_ngan_sach actual 1.674e+12 2023", "thu_ngan_sach pct_of_plan 134 2023"}})
	}
	for _, u := range []string{"triệu đồng", "tr.đ", "trđ"} {
		cases = append(cases, phraseCase{"revenue in millions: " + u,
			"Năm 2023, thu ngân sách trên địa bàn đạt 2.141.605 " + u + ", đạt 105% dự toán.",
			[]string{"thu_ngan_sach actual 2.141605e+12 2023", "thu_ngan_sach pct_of_plan 105 2023"}},
			phraseCase{"revenue in billions and millions: " + u,
				"Năm 2023, thu ngân sách trên địa bàn đạt 1.651 tỷ 346 " + u + ", tăng 12% so với năm 2022.",
				[]string{"thu_ngan_sach actual 1.651346e+12 2023", "thu_ngan_sach change_vs_prev 12 2023"}})
	}
	runPhraseCases(t, cases)
}

// TestWordingPlanYear: a plan named with its year after a ratio is the
// plan of the figures' year, with "so với" before it or not; a report's
// "CK" is "cùng kỳ", and the year it names is the base of the comparison.
func TestWordingPlanYear(t *testing.T) {
	const head = " date 2023-10 Bắc Ninh\n\n"
	var cases []phraseCase
	for _, w := range []string{"bằng 63,4% dự toán năm 2023", "bằng 63,4% so với dự toán năm 2023", "đạt 63,4% so với kế hoạch năm 2023"} {
		cases = append(cases, phraseCase{"a ratio to the year's plan: " + w,
			head + "Tổng thu ngân sách nhà nước ước đạt 20.042 tỷ đồng, " + w + ".\n",
			[]string{"thu_ngan_sach actual 2.0042e+13 2023 Tỉnh Bắc Ninh", "thu_ngan_sach pct_of_plan 63.4 2023 Tỉnh Bắc Ninh"}})
	}
	for _, w := range []string{"so với cùng kỳ năm 2024", "so với CK năm 2024", "so cùng kỳ năm 2024"} {
		cases = append(cases, phraseCase{"a change against a named year's same period: " + w,
			" date 2025-07 Tây Ninh\n\nChi ngân sách địa phương đạt 5.446 tỷ đồng, tăng 41,8% " + w + ".\n",
			[]string{"chi_ngan_sach actual 5.446e+12 2025 Tỉnh Tây Ninh", "chi_ngan_sach change_vs_prev 41.8 2025 Tỉnh Tây Ninh"}})
	}
	runPhraseCases(t, cases)
}

// TestWordingResolution: "NQ" is the resolution ("Nghị quyết") to every
// rule that names one: a rate of admission measured against it is no
// count of new members.
func TestWordingResolution(t *testing.T) {
	var cases []phraseCase
	for _, w := range []string{"Nghị quyết", "NQ", "nghị quyết"} {
		cases = append(cases, phraseCase{"a rate of admission against the resolution: " + w,
			"Huyện Đak Pơ tổng kết nhiệm kỳ 2015-2020\n\nCông tác phát triển đảng viên được chú trọng, tỷ lệ kết nạp đảng viên bình quân hằng năm là 7%, đạt 100% so với " + w + ".\n",
			nil})
	}
	runPhraseCases(t, cases)
}

// TestWordingResultVerb: the result verbs of facts.md however an office
// words them ("ước đạt", "ước thực hiện", "ước tính đạt") reach a level or
// a ratio, and carry the subject of the clause before.
func TestWordingResultVerb(t *testing.T) {
	var cases []phraseCase
	for _, w := range []string{"ước đạt", "ước thực hiện", "ước tính đạt"} {
		cases = append(cases, phraseCase{"revenue after a clause that says how it grew: " + w,
			"Năm 2023, thu ngân sách nhà nước trên địa bàn huyện tăng mạnh so với cùng kỳ, " + w + " 1.761 tỷ đồng, bằng 41,8% dự toán năm.",
			[]string{"thu_ngan_sach actual 1.761e+12 2023", "thu_ngan_sach pct_of_plan 41.8 2023"}},
			phraseCase{"disbursement's ratio to the plan: " + w,
				"Năm 2023, huyện giải ngân vốn đầu tư công " + w + " 93,57% kế hoạch.",
				[]string{"giai_ngan_dau_tu pct_of_plan 93.57 2023"}})
	}
	runPhraseCases(t, cases)
}

// TestWordingGrowthAverage: a growth named before the product's
// abbreviation ("tốc độ tăng trưởng GRDP bình quân") makes its "bình
// quân" a yearly average, as "tăng trưởng kinh tế bình quân" does, not
// the product per head.
func TestWordingGrowthAverage(t *testing.T) {
	var cases []phraseCase
	for _, w := range []string{"tốc độ tăng trưởng kinh tế", "tốc độ tăng trưởng GRDP", "tăng trưởng GRDP"} {
		cases = append(cases, phraseCase{"the term's average growth: " + w,
			"Nhiệm kỳ 2015-2020, " + w + " bình quân ước đạt 7,5%, cao hơn bình quân chung của cả nước.",
			[]string{"tang_truong_kinh_te actual 7.5 2020"}})
	}
	runPhraseCases(t, cases)
}
