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

// TestBroadenRateAfterAmount: "đạt tỷ lệ X%" right after an amount of
// money is the subject's ratio to its plan however the amount is written
// ("tỷ đồng", "tỷ", "triệu đồng", "VNĐ") and whether a comma or "và"
// joins it; after a count it stays a rate of the count, no fact.
func TestBroadenRateAfterAmount(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"billions with no money word", "Năm 2023, thu ngân sách trên địa bàn đạt 420 tỷ, đạt tỷ lệ 105%.",
			[]string{"thu_ngan_sach actual 4.2e+11 2023", "thu_ngan_sach pct_of_plan 105 2023"}},
		{"joined by và", "Năm 2023, tổng chi ngân sách địa phương thực hiện 950 tỷ đồng và đạt tỷ lệ 97,2%.",
			[]string{"chi_ngan_sach actual 9.5e+11 2023", "chi_ngan_sach pct_of_plan 97.2 2023"}},
		{"VNĐ and tỉ lệ", "Năm 2023, thu ngân sách nhà nước được 420 tỷ VNĐ, đạt tỉ lệ 105%.",
			[]string{"thu_ngan_sach actual 4.2e+11 2023", "thu_ngan_sach pct_of_plan 105 2023"}},
		{"millions of đồng", "Năm 2023, giải ngân vốn đầu tư công được 12.500 triệu đồng, đạt tỷ lệ 88,6%.",
			[]string{"giai_ngan_dau_tu actual 1.25e+10 2023", "giai_ngan_dau_tu pct_of_plan 88.6 2023"}},
		// After a count, or with a noun after the percentage: no ratio.
		{"after a count in thousands", "Năm 2023, giải quyết việc làm cho 2 nghìn lao động, đạt tỷ lệ 105%.",
			[]string{"viec_lam_moi actual 2000 2023"}},
		{"a share of something named after the amount", "Năm 2023, thu ngân sách đạt 420 tỷ đồng, đạt tỷ lệ 95% số hộ.",
			[]string{"thu_ngan_sach actual 4.2e+11 2023"}},
	})
}

// TestBroadenStockThenLifted: the stock of the poor given with "còn"
// ("số hộ nghèo còn 614 hộ") and then a fall with a verb of its own is
// the households lifted out of poverty, as after "là 614 hộ"; the "còn"
// denies only the stock, and the words before it still deny.
func TestBroadenStockThenLifted(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the stock with còn, then the fall", "Đến cuối năm 2023, số hộ nghèo còn 614 hộ, giảm 182 hộ so với đầu năm.",
			[]string{"ho_thoat_ngheo actual 182 2023"}},
		{"còn lại and a verb with its particles", "Đến hết năm 2023, hộ nghèo toàn huyện còn lại 614 hộ, đã giảm được 182 hộ.",
			[]string{"ho_thoat_ngheo actual 182 2023"}},
		{"the noun after the stock", "Cuối năm 2023, toàn huyện còn 614 hộ nghèo, giảm 182 hộ so với cuối năm 2022.",
			[]string{"ho_thoat_ngheo actual 182 2023"}},
		{"giảm còn with a qualifier", "Năm 2023, số hộ nghèo giảm còn khoảng 614 hộ, giảm 182 hộ.",
			[]string{"ho_thoat_ngheo actual 182 2023"}},
		// No households lifted: a rise, the stock alone, or a group the words before deny.
		{"a rise after the stock", "Cuối năm 2023, số hộ nghèo còn 614 hộ, tăng 12 hộ so với đầu năm.", nil},
		{"the stock alone", "Cuối năm 2023, số hộ nghèo toàn huyện còn 614 hộ.", nil},
		{"a group of the poor that got help", "Cuối năm 2023, số hộ nghèo được hỗ trợ nhà ở còn 40 hộ, giảm 12 hộ.", nil},
		{"the near-poor stay the near-poor", "Cuối năm 2023, số hộ cận nghèo còn 850 hộ, giảm 32 hộ.",
			[]string{"ho_can_ngheo actual 850 2023"}},
	})
}

// TestBroadenFieldTopicHeads: a field of the plan as the sentence's topic
// may be headed by the targets' own noun ("Nhóm chỉ tiêu kinh tế", "Các
// chỉ tiêu về văn hóa - xã hội", "Về nhóm chỉ tiêu môi trường") and set
// off by a colon as report headings write it, as well as by a comma; its
// count is a part. The whole plan as the topic keeps the count.
func TestBroadenFieldTopicHeads(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"'Nhóm chỉ tiêu' a field, a colon", "Năm 2023, huyện hoàn thành 17/19 chỉ tiêu. Nhóm chỉ tiêu kinh tế: đạt 6/7 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		{"'Về' a field, a colon", "Năm 2023, huyện hoàn thành 17/19 chỉ tiêu. Về kinh tế: có 6/7 chỉ tiêu đạt kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		{"'Các chỉ tiêu về' a field, a colon", "Năm 2023, huyện hoàn thành 17/19 chỉ tiêu. Các chỉ tiêu về văn hóa - xã hội: đạt 8/9 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		{"'Về nhóm chỉ tiêu' a field, a comma", "Năm 2023, huyện hoàn thành 17/19 chỉ tiêu. Về nhóm chỉ tiêu môi trường, 2/3 chỉ tiêu đạt.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		// The whole plan as the topic, a colon after it: the count stays.
		{"'Về' the whole plan, a colon", "Về kinh tế - xã hội: năm 2023, huyện hoàn thành 17/19 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
	})
}

// TestBroadenNearPoorOutflow: households that rose out of the near-poor
// ("thoát khỏi diện hộ cận nghèo", "ra khỏi diện cận nghèo", "vượt chuẩn
// hộ cận nghèo", "vượt ngưỡng cận nghèo") left the count of the
// near-poor, however the line and its class are named; the stock stays.
func TestBroadenNearPoorOutflow(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"thoát khỏi diện hộ cận nghèo", "Năm 2023, toàn huyện còn 480 hộ cận nghèo; có 25 hộ thoát khỏi diện hộ cận nghèo.",
			[]string{"ho_can_ngheo actual 480 2023"}},
		{"ra khỏi diện cận nghèo", "Năm 2023, có 25 hộ ra khỏi diện cận nghèo. Số hộ cận nghèo cuối năm còn 480 hộ.",
			[]string{"ho_can_ngheo actual 480 2023"}},
		{"the subject names the outflow", "Năm 2023, số hộ thoát khỏi hộ cận nghèo là 25 hộ.", nil},
		{"vượt chuẩn hộ cận nghèo", "Năm 2023, có 25 hộ vượt chuẩn hộ cận nghèo.", nil},
		{"vượt ngưỡng cận nghèo", "Năm 2023, có 25 hộ vượt ngưỡng cận nghèo.", nil},
	})
}

// TestBroadenCountRatePlanBase: "đạt tỷ lệ X%" after a count is the
// count's ratio to the plan when any plan a ratio names follows as its
// base ("so KH", "so với Nghị quyết", "so với HĐND huyện giao"); a rate's
// level right before makes the ratio the rate's, no fact of the count,
// and a base that is no plan leaves a rate.
func TestBroadenCountRatePlanBase(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"so KH", "Năm 2023, giải quyết việc làm cho 2.300 lao động, đạt tỷ lệ 104,5% so KH.",
			[]string{"viec_lam_moi actual 2300 2023", "viec_lam_moi pct_of_plan 104.5 2023"}},
		{"so với Nghị quyết", "Năm 2023, kết nạp 113 đảng viên mới, đạt tỷ lệ 105% so với Nghị quyết.",
			[]string{"dang_vien_moi actual 113 2023", "dang_vien_moi pct_of_plan 105 2023"}},
		{"what the council assigned", "Năm 2023, toàn huyện kết nạp được 113 đảng viên, đạt tỷ lệ 102,7% so với HĐND huyện giao.",
			[]string{"dang_vien_moi actual 113 2023", "dang_vien_moi pct_of_plan 102.7 2023"}},
		// The rate's own ratio, or no plan as the base.
		{"a rate's level before the ratio", "Năm 2023, tỷ lệ kết nạp đảng viên bình quân là 7%, đạt 100% so với chỉ tiêu.", nil},
		{"the same period as the base", "Năm 2023, kết nạp 113 đảng viên mới, đạt tỷ lệ 105% so với cùng kỳ.",
			[]string{"dang_vien_moi actual 113 2023"}},
	})
}

// TestBroadenCountChangeRatio: a ratio to the plan right after a fall of
// a count is that fall's, not the rate's, whatever qualifier the count
// takes ("giảm khoảng 693 hộ"), however the poor are named ("hộ nghèo đa
// chiều") and whatever period or plan giver the comparison names ("so
// với đầu năm", "so với cuối năm 2022", "so với NQ"); the rate's own
// ratio stays.
func TestBroadenCountChangeRatio(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a qualifier before the count", "Năm 2023, tỷ lệ hộ nghèo giảm còn 2,1%, giảm khoảng 693 hộ, đạt 192,5% chỉ tiêu tỉnh giao.",
			[]string{"ho_thoat_ngheo actual 693 2023", "ty_le_ho_ngheo actual 2.1 2023"}},
		{"the multidimensional poor", "Năm 2023, tỷ lệ hộ nghèo giảm còn 2,1%, giảm 693 hộ nghèo đa chiều, đạt 192,5% kế hoạch.",
			[]string{"ho_thoat_ngheo actual 693 2023", "ty_le_ho_ngheo actual 2.1 2023"}},
		{"compared with the year's start", "Năm 2023, tỷ lệ hộ nghèo giảm còn 2,1%, giảm 693 hộ so với đầu năm, đạt 192,5% kế hoạch.",
			[]string{"ho_thoat_ngheo actual 693 2023", "ty_le_ho_ngheo actual 2.1 2023"}},
		{"the end of the year before and the resolution's initials", "Năm 2023, tỷ lệ hộ nghèo giảm còn 2,1%, giảm 693 hộ so với cuối năm 2022, đạt 192,5% so với NQ.",
			[]string{"ho_thoat_ngheo actual 693 2023", "ty_le_ho_ngheo actual 2.1 2023"}},
		{"the rate's own ratio with no count between", "Năm 2023, tỷ lệ hộ nghèo giảm còn 2,1%, đạt 105% kế hoạch.",
			[]string{"ty_le_ho_ngheo actual 2.1 2023", "ty_le_ho_ngheo pct_of_plan 105 2023"}},
	})
}

// TestBroadenContributionInto: a growth cue that a contribution goes
// into ("đóng góp … vào tăng trưởng kinh tế", "vào tăng trưởng GRDP",
// "vào tốc độ tăng trưởng", "vào mức tăng GRDP") names the whole, not the
// growth, as "vào GRDP" does; a growth with no contribution before its
// "vào", or a contribution in another clause, stays the growth.
func TestBroadenContributionInto(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"into the economy's growth", "Năm 2023, tỷ trọng đóng góp của TFP vào tăng trưởng kinh tế đạt 36%.", nil},
		{"into the growth of GRDP", "Năm 2023, đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng GRDP đạt 40%.", nil},
		{"into the rate of growth, the verb first", "Năm 2023, TFP đóng góp vào tốc độ tăng trưởng khoảng 38%.", nil},
		{"a sector's share of the rise", "Năm 2023, khu vực dịch vụ tăng 7,7%, đóng góp 68,8% vào mức tăng GRDP.", nil},
		{"the growth before a part on the contribution", "Năm 2023, tăng trưởng kinh tế đạt 7,2%, trong đó đóng góp của TFP vào tăng trưởng đạt 36%.",
			[]string{"tang_truong_kinh_te actual 7.2 2023"}},
		// No contribution into the cue: the growth stays.
		{"vào with no contribution", "Năm 2023, huyện tập trung vào tăng trưởng kinh tế, đạt 7,2%.",
			[]string{"tang_truong_kinh_te actual 7.2 2023"}},
		{"a contribution in the clause before", "Năm 2023, ngành dịch vụ đóng góp lớn vào tăng trưởng; tốc độ tăng trưởng kinh tế đạt 7,2%.",
			[]string{"tang_truong_kinh_te actual 7.2 2023"}},
	})
}

// TestBroadenSharedCountNew: one count for the indicator's activity and
// another joined by "và" is their sum also when the activity ends in
// "mới" or "thêm" ("giải quyết việc làm mới và đào tạo nghề"); the
// activity with a count of its own stays the indicator's.
func TestBroadenSharedCountNew(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"jobs 'mới' and training", "Năm 2023, trên 550 lao động được giải quyết việc làm mới và đào tạo nghề; thu ngân sách đạt 600 tỷ đồng.",
			[]string{"thu_ngan_sach actual 6e+11 2023"}},
		{"jobs 'mới' with a count of their own", "Năm 2023, huyện giải quyết việc làm mới cho 550 lao động; thu ngân sách đạt 600 tỷ đồng.",
			[]string{"thu_ngan_sach actual 6e+11 2023", "viec_lam_moi actual 550 2023"}},
	})
}

// TestBroadenMainTargets: after the count of the plan's main targets,
// however reports name them ("chỉ tiêu chính", "chỉ tiêu cơ bản", "chỉ
// tiêu kinh tế - xã hội chủ yếu", "chỉ tiêu chủ yếu đề ra") and whether a
// comma, "và" or a semicolon comes next, a count of another kind of
// targets is another list; a second plan named by its giver stays.
func TestBroadenMainTargets(t *testing.T) {
	main := []string{"chi_tieu_hoan_thanh actual 16 2023", "chi_tieu_hoan_thanh plan 17 2023"}
	runPhraseCases(t, []phraseCase{
		{"chỉ tiêu chính", "Năm 2023, huyện đạt 16/17 chỉ tiêu chính, 39/40 chỉ tiêu giải pháp.", main},
		{"chỉ tiêu cơ bản and và", "Năm 2023, huyện đạt 16/17 chỉ tiêu cơ bản và 25/27 chỉ tiêu nhiệm vụ.", main},
		{"the plan's name between", "Năm 2023, huyện đạt 16/17 chỉ tiêu kinh tế - xã hội chủ yếu, 39/40 chỉ tiêu giải pháp.", main},
		{"who set them after", "Năm 2023, huyện hoàn thành 16/17 chỉ tiêu chủ yếu đề ra, 39/40 chỉ tiêu giải pháp.", main},
		{"a semicolon", "Năm 2023, huyện đạt 16/17 chỉ tiêu chủ yếu; 39/40 chỉ tiêu cụ thể.", main},
		{"a second plan by its giver stays", "Năm 2023, huyện đạt 16/17 chỉ tiêu chính, 18/18 chỉ tiêu HĐND huyện giao.",
			[]string{"chi_tieu_hoan_thanh actual 16 2023", "chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 17 2023", "chi_tieu_hoan_thanh plan 18 2023"}},
	})
}

// TestBroadenPlanGiverNotSource: a level between a plan noun and "giao"
// ("KH vốn tỉnh giao", "kế hoạch vốn huyện giao", "KH vốn Trung ương
// giao") names who assigned the plan, not a funding source whose
// disbursement is a part; the source named so stays a part.
func TestBroadenPlanGiverNotSource(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"two givers in initials", "Năm 2023, giải ngân vốn đầu tư công đạt 95,2% KH vốn Thủ tướng Chính phủ giao; đạt 89,7% KH vốn tỉnh giao.",
			[]string{"giai_ngan_dau_tu pct_of_plan 89.7 2023", "giai_ngan_dau_tu pct_of_plan 95.2 2023"}},
		{"the district as the giver", "Năm 2023, giải ngân vốn đầu tư công đạt 89,7% kế hoạch vốn huyện giao.",
			[]string{"giai_ngan_dau_tu pct_of_plan 89.7 2023"}},
		{"the centre as the giver", "Năm 2023, giải ngân vốn đầu tư công đạt 95,2% KH vốn Trung ương giao.",
			[]string{"giai_ngan_dau_tu pct_of_plan 95.2 2023"}},
		// A funding source, no giver: a part.
		{"the province's budget capital as the source", "Năm 2023, giải ngân vốn ngân sách tỉnh đạt 89,7% kế hoạch.", nil},
		{"the plan of the province's budget capital", "Năm 2023, giải ngân vốn đầu tư công đạt 89,7% kế hoạch vốn ngân sách tỉnh.", nil},
	})
}

// TestBroadenLabelledPair: report notation's pair whose plan is labelled
// by its initials and whose unit is written once, after the plan ("TH
// 1.265/KH 1.100 tỷ đồng", "980/DT 1.050 tỷ đồng"), is a result and its
// plan as "1.265 tỷ đồng/KH 1.100 tỷ đồng" is; a document number is none.
func TestBroadenLabelledPair(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"TH and KH", "Năm 2023, thu ngân sách TH 1.265/KH 1.100 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.265e+12 2023", "thu_ngan_sach plan 1.1e+12 2023"}},
		{"a decimal result", "Năm 2023, thu ngân sách 1.265,5/KH 1.100 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.2655e+12 2023", "thu_ngan_sach plan 1.1e+12 2023"}},
		{"the estimate given a verb, DT", "Năm 2023, chi ngân sách đạt 980/DT 1.050 tỷ đồng.",
			[]string{"chi_ngan_sach actual 9.8e+11 2023", "chi_ngan_sach plan 1.05e+12 2023"}},
		{"a document number with KH is no pair", "Theo Kế hoạch số 15/KH-UBND, thu ngân sách đạt 1.100 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.1e+12 2023"}},
	})
}

// TestBroadenHeldTitleRate: the rate that a count of the households
// holding a title reaches is the title's rate whatever verb says they
// hold it ("được công nhận", "giữ vững danh hiệu", "đạt") and with "có"
// before the count or the count opening its clause; households that only
// registered for it hold none.
func TestBroadenHeldTitleRate(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"được công nhận", "Năm 2023, toàn huyện có 3.019 hộ được công nhận gia đình văn hóa, đạt tỷ lệ 92,5%.",
			[]string{"ty_le_gia_dinh_van_hoa actual 92.5 2023"}},
		{"giữ vững danh hiệu", "Năm 2023, có 3.019 hộ gia đình giữ vững danh hiệu gia đình văn hóa, đạt tỷ lệ 92,5%.",
			[]string{"ty_le_gia_dinh_van_hoa actual 92.5 2023"}},
		{"the count opening its clause", "Năm 2023, 3.019 hộ đạt danh hiệu gia đình văn hóa, đạt tỷ lệ 92,5%.",
			[]string{"ty_le_gia_dinh_van_hoa actual 92.5 2023"}},
		{"registered only", "Năm 2023, có 3.019 hộ đăng ký xây dựng gia đình văn hóa, đạt tỷ lệ 98%.", nil},
	})
}

// TestBroadenShareOpensItemAfterVa: a percentage that opens a list item
// after "và", followed by its own noun and verb, is a share of that noun,
// as after a comma or a semicolon; an item whose noun is a catalog cue
// keeps it.
func TestBroadenShareOpensItemAfterVa(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"agencies after và", "Năm 2023, 13/14 tổ dân phố đạt tổ dân phố văn hóa và 100% cơ quan, đơn vị đạt danh hiệu văn hóa.", nil},
		{"pupils after và", "Năm 2023, tỷ lệ tham gia bảo hiểm y tế đạt 92% và 100% học sinh tham gia bảo hiểm y tế.",
			[]string{"ty_le_bhyt actual 92 2023"}},
		{"households with the families' cue after và", "Năm 2023, tỷ lệ khu dân cư văn hóa đạt 92% và 95% hộ đạt gia đình văn hóa.",
			[]string{"ty_le_gia_dinh_van_hoa actual 95 2023", "ty_le_khu_dan_cu_van_hoa actual 92 2023"}},
	})
}

// TestBroadenOwnNamedItemVerbs: an item after a comma that names its own
// subject before its verb of reaching is another subject whatever that
// verb ("bằng", "thực hiện", "ước thực hiện", "là" as well as "đạt"); the
// subject's own time or measure as the item ("số thu cả năm bằng …") and
// a ratio with no name of its own go on with the subject.
func TestBroadenOwnNamedItemVerbs(t *testing.T) {
	rev := "thu_ngan_sach actual 4.2e+11 2023"
	runPhraseCases(t, []phraseCase{
		{"bằng", "Năm 2023, tổng thu ngân sách đạt 420 tỷ đồng, nguồn vốn huy động tại Quỹ tín dụng bằng 95% kế hoạch.", []string{rev}},
		{"thực hiện", "Năm 2023, tổng thu ngân sách đạt 420 tỷ đồng, vốn tín dụng chính sách thực hiện 95% kế hoạch.", []string{rev}},
		{"ước thực hiện", "Năm 2023, tổng thu ngân sách đạt 420 tỷ đồng, vốn tín dụng chính sách ước thực hiện 95% kế hoạch.", []string{rev}},
		{"là", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế đạt 92,1%, bảo hiểm thất nghiệp là 31,5%.",
			[]string{"ty_le_bhyt actual 92.1 2023"}},
		// The subject goes on.
		{"the subject's own measure and time", "Năm 2023, tổng thu ngân sách đạt 420 tỷ đồng, số thu cả năm bằng 105% dự toán.",
			[]string{rev, "thu_ngan_sach pct_of_plan 105 2023"}},
		{"a ratio with no name of its own", "Năm 2023, tổng thu ngân sách đạt 420 tỷ đồng, bằng 105% dự toán.",
			[]string{rev, "thu_ngan_sach pct_of_plan 105 2023"}},
	})
}

// TestBroadenTargetAssignedFromAbove: a target that the level above
// assigns is that year's target, even beside the congress resolution
// that set the same figure, however the assigner is named ("cấp trên
// giao", "Thành ủy giao", "Trung ương giao", "được giao" as well as
// "Thành phố giao"); the congress named alone dates it by its term.
func TestBroadenTargetAssignedFromAbove(t *testing.T) {
	doc := func(giver string) string {
		return "Quận Hà Đông: kết quả phong trào văn hóa năm 2023\n\nNăm 2023, phong trào đạt nhiều kết quả. Theo đó, có 80.100/88.000 gia đình đạt danh hiệu “Gia đình văn hóa”, đạt 91,0% (vượt 1% so với chỉ tiêu " + giver + "Nghị quyết Đại hội Đảng bộ quận lần thứ V đề ra là 90%).\n"
	}
	year := []string{"ty_le_gia_dinh_van_hoa actual 91 2023 Quận Hà Đông", "ty_le_gia_dinh_van_hoa plan 90 2023 Quận Hà Đông"}
	runPhraseCases(t, []phraseCase{
		{"cấp trên giao", doc("cấp trên giao và "), year},
		{"Thành ủy giao", doc("Thành ủy giao và "), year},
		{"Trung ương giao", doc("Trung ương giao và "), year},
		{"được giao", doc("được giao và "), year},
		{"the congress alone: its term", doc(""),
			[]string{"ty_le_gia_dinh_van_hoa actual 91 2023 Quận Hà Đông", "ty_le_gia_dinh_van_hoa plan 90 2025 Quận Hà Đông"}},
	})
}

// TestBroadenRateThenLifted: the poor's level given as their rate with
// "còn" ("tỷ lệ hộ nghèo giảm còn 2,51%") and then a fall of households
// with a verb of its own is the households lifted out of poverty, as
// after the stock's count; a rise, or a fall in percent, is none.
func TestBroadenRateThenLifted(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"giảm còn a rate, then the fall", "Năm 2023, tỷ lệ hộ nghèo giảm còn 2,51%, giảm 182 hộ so với năm 2022.",
			[]string{"ho_thoat_ngheo actual 182 2023", "ty_le_ho_ngheo actual 2.51 2023"}},
		{"còn a rate, giảm được", "Năm 2023, tỷ lệ hộ nghèo còn 2,51%, giảm được 182 hộ.",
			[]string{"ho_thoat_ngheo actual 182 2023", "ty_le_ho_ngheo actual 2.51 2023"}},
		{"a rise", "Năm 2023, tỷ lệ hộ nghèo giảm còn 2,51%, tăng 12 hộ so với năm 2022.",
			[]string{"ty_le_ho_ngheo actual 2.51 2023"}},
	})
}

// TestBroadenThucHienDatVerb: "thực hiện đạt" and "ước thực hiện đạt"
// after a comma are one verb of reaching ("…, thực hiện đạt 114% dự
// toán"), no subject named before "đạt": the ratio is the subject's, as
// after "thực hiện" or "đạt" alone.
func TestBroadenThucHienDatVerb(t *testing.T) {
	rev := "thu_ngan_sach actual 4.2e+11 2023"
	runPhraseCases(t, []phraseCase{
		{"thực hiện đạt dự toán", "Năm 2023, tổng thu ngân sách đạt 420 tỷ đồng, thực hiện đạt 114% dự toán.",
			[]string{rev, "thu_ngan_sach pct_of_plan 114 2023"}},
		{"ước thực hiện đạt kế hoạch", "Năm 2023, tổng thu ngân sách ước đạt 420 tỷ đồng, ước thực hiện đạt 104% kế hoạch.",
			[]string{rev, "thu_ngan_sach pct_of_plan 104 2023"}},
		{"a rate, thực hiện đạt kế hoạch", "Năm 2023, tốc độ tăng trưởng kinh tế đạt 9,5%, thực hiện đạt 100% kế hoạch.",
			[]string{"tang_truong_kinh_te actual 9.5 2023", "tang_truong_kinh_te pct_of_plan 100 2023"}},
		// Negatives: a subject named before "thực hiện đạt" is another
		// subject still.
		{"another subject before thực hiện đạt", "Năm 2023, tổng thu ngân sách đạt 420 tỷ đồng, vốn tín dụng chính sách thực hiện đạt 95% kế hoạch.", []string{rev}},
		{"another subject before ước thực hiện đạt", "Năm 2023, tổng thu ngân sách đạt 420 tỷ đồng, nguồn vốn huy động ước thực hiện đạt 95% kế hoạch.", []string{rev}},
	})
}

// TestBroadenNQInProse: "NQ", the initials of "Nghị quyết", names the
// resolution in prose as the full noun does and is no kind word there:
// the figures read as they do with "Nghị quyết" (a term's planned
// average change stays a planned change, a result after "chỉ tiêu NQ" a
// result). As report notation (after a slash, before its figure) it
// still gives the resolution's target.
func TestBroadenNQInProse(t *testing.T) {
	const congress = "Phường Thạc Gián: Đại hội\nNgày 28/04/2020\n\nNgày 28-4, Đảng bộ phường Thạc Gián tiến hành Đại hội đại biểu Đảng bộ lần thứ XV, nhiệm kỳ 2020-2025. "
	runPhraseCases(t, []phraseCase{
		{"thông qua NQ nhiệm kỳ mới", congress + "Đại hội thông qua NQ nhiệm kỳ mới với một số chỉ tiêu chủ yếu: thu ngân sách tăng bình quân hằng năm 5-10%; hộ gia đình đạt tiêu chuẩn văn hóa 85% trở lên.",
			[]string{"ty_le_gia_dinh_van_hoa plan 85 2025 Phường Thạc Gián"}},
		{"NQ Đại hội đề ra", congress + "NQ Đại hội đề ra nhiều chỉ tiêu, trong đó thu ngân sách tăng bình quân hằng năm 8%; hộ gia đình đạt tiêu chuẩn văn hóa 85% trở lên.",
			[]string{"ty_le_gia_dinh_van_hoa plan 85 2025 Phường Thạc Gián"}},
		{"đạt % chỉ tiêu NQ, then a result", "Huyện Gia Lâm: kết quả\nNgày 28/12/2022\n\nThu ngân sách nhà nước năm 2022 đạt 61,37% chỉ tiêu NQ, từ đầu nhiệm kỳ bình quân hằng năm tăng 2,66%.",
			[]string{"thu_ngan_sach change_vs_prev 2.66 2022", "thu_ngan_sach pct_of_plan 61.37 2022"}},
		// Negatives: the notation gives the resolution's target.
		{"after a slash", "Huyện Gia Lâm: kết quả nhiệm kỳ\nNgày 28/06/2020\n\nKết nạp 725 đảng viên/NQ 650 đảng viên.",
			[]string{"dang_vien_moi actual 725 2020", "dang_vien_moi plan 650 2020"}},
		{"before its figure in a bracket", "Huyện Gia Lâm: kết quả\nNgày 28/12/2022\n\nNăm 2022, tỷ lệ dân số tham gia bảo hiểm y tế đạt 91,5% (NQ 90%).",
			[]string{"ty_le_bhyt actual 91.5 2022", "ty_le_bhyt plan 90 2022"}},
	})
}
