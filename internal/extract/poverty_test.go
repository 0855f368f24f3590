package extract

import "testing"

// TestPovertyShareOfPoor: a percentage whose base is the poor households
// themselves (a part of the poor as a share of all the poor) is no
// poverty rate; the rate counts the poor among all households.
func TestPovertyShareOfPoor(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"part of the poor", "Năm 2023, hộ nghèo không có khả năng lao động chiếm 38,5% số hộ nghèo toàn huyện.", nil},
		{"minority poor in the total of the poor", "Năm 2023, số hộ nghèo dân tộc thiểu số là 320 hộ, chiếm 65% tổng số hộ nghèo.", nil},
		{"a rate word, the base in the total of the poor", "Năm 2023, hộ nghèo là người cao tuổi chiếm tỷ lệ 30% trong tổng số hộ nghèo.", nil},
		{"compared with the total of the poor", "Năm 2023, hộ nghèo thuộc diện chính sách chiếm 21,4% so với tổng số hộ nghèo của huyện.", nil},
		{"the base opens the sentence", "Trong tổng số hộ nghèo, hộ thuộc diện bảo trợ xã hội chiếm 47%.", nil},
		// Nearby wordings that are the rate or its fall.
		{"share of all households", "Năm 2023, toàn huyện có 512 hộ nghèo, chiếm 2,1% tổng số hộ dân.", []string{"ty_le_ho_ngheo actual 2.1 2023"}},
		{"a fall measured against the poor", "Năm 2023, số hộ nghèo giảm 3,75% tổng số hộ nghèo so với đầu năm.", []string{"ty_le_ho_ngheo change_vs_prev -3.75 2023"}},
		{"the rate named after the opening base", "Trong số hộ nghèo còn lại, nhiều hộ là người cao tuổi; tỷ lệ hộ nghèo còn 2%.", []string{"ty_le_ho_ngheo actual 2 2023"}},
	})
}

// TestPovertyRatioAfterCount: a ratio to the plan after a count in its
// clause (houses built, loans made, households served) is the count's;
// the poverty rate's ratio follows its level or its fall.
func TestPovertyRatioAfterCount(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"houses built for the poor", "Năm 2023, hỗ trợ xây dựng 45 nhà đại đoàn kết cho hộ nghèo, đạt 100% kế hoạch.", nil},
		{"loans to the poor", "Năm 2023, cho vay vốn đối với 230 hộ nghèo, đạt 115% kế hoạch.", nil},
		{"health cards for the poor", "Năm 2023, cấp 1.250 thẻ bảo hiểm y tế cho người nghèo, bằng 100% chỉ tiêu.", nil},
		// The rate's own ratio, after its fall or its level.
		{"after the rate's fall", "Năm 2023, tỷ lệ hộ nghèo giảm 1,2%, đạt 120% kế hoạch.", []string{"ty_le_ho_ngheo change_vs_prev -1.2 2023", "ty_le_ho_ngheo pct_of_plan 120 2023"}},
		{"after the rate's level", "Năm 2023, tỷ lệ hộ nghèo giảm còn 2,4%, đạt 120% kế hoạch.", []string{"ty_le_ho_ngheo actual 2.4 2023", "ty_le_ho_ngheo pct_of_plan 120 2023"}},
		{"households lifted out keep theirs", "Năm 2023, toàn huyện có 180 hộ thoát nghèo, đạt 150% kế hoạch.", []string{"ho_thoat_ngheo actual 180 2023", "ho_thoat_ngheo pct_of_plan 150 2023"}},
	})
}

// TestPovertyNearPoorPercentChange: a percentage change said of the
// near-poor households is the fall of their rate, in points, which no
// catalog indicator holds; their count and its level stay.
func TestPovertyNearPoorPercentChange(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"after the count", "Năm 2023, số hộ cận nghèo còn 702 hộ, giảm 0,45% so với năm 2022.", []string{"ho_can_ngheo actual 702 2023"}},
		{"bare fall", "Năm 2023, hộ cận nghèo giảm 1,2%.", nil},
		{"in a bracket after the share", "Năm 2023, hộ cận nghèo có 1.120 hộ, chiếm 3,4% (giảm 0,6% so với năm 2022).", []string{"ho_can_ngheo actual 1120 2023"}},
		{"a rise", "Năm 2023, số hộ cận nghèo là 845 hộ, tăng 0,3% so với cùng kỳ.", []string{"ho_can_ngheo actual 845 2023"}},
		// The poor's fall in percent stays the rate's.
		{"the poor's fall", "Năm 2023, hộ nghèo giảm 1,05% so với năm 2022.", []string{"ty_le_ho_ngheo change_vs_prev -1.05 2023"}},
	})
}

// TestPovertyPlanOpensChange: a change whose words open with a plan noun
// ("(chỉ tiêu giảm 1%)", ", kế hoạch giao giảm 1%") is the plan's change,
// a planned change and no fact; the result's change before it stays.
func TestPovertyPlanOpensChange(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"target in a bracket", "Năm 2023, tỷ lệ hộ nghèo giảm 1,3% (chỉ tiêu giảm 1%).", []string{"ty_le_ho_ngheo change_vs_prev -1.3 2023"}},
		{"plan after a comma", "Năm 2023, tỷ lệ hộ nghèo giảm 1,3%, kế hoạch giao giảm 1%.", []string{"ty_le_ho_ngheo change_vs_prev -1.3 2023"}},
		{"resolution in a bracket", "Năm 2023, tỷ lệ hộ nghèo giảm 1,3%, vượt chỉ tiêu (Nghị quyết giảm 1%).", []string{"ty_le_ho_ngheo change_vs_prev -1.3 2023"}},
		{"another rate's plan", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế tăng 2,1% (kế hoạch tăng 1,5%).", []string{"ty_le_bhyt change_vs_prev 2.1 2023"}},
		// A result verb after the plan noun, or a reached plan before a comma, reports a result.
		{"reached, then another rate's fall", "Năm 2023, tỷ lệ hộ nghèo giảm 1,3%, đạt chỉ tiêu, tỷ lệ bao phủ bảo hiểm y tế tăng 0,5%.", []string{"ty_le_bhyt change_vs_prev 0.5 2023", "ty_le_ho_ngheo change_vs_prev -1.3 2023"}},
	})
}

// TestPovertyMoveAfterChange: "từ A xuống B" told after a change (a
// comma or a bracket between) is the change's move: A the level left,
// a fact only with its own year, B the level reached.
func TestPovertyMoveAfterChange(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"points, then the move", "Năm 2023, tỷ lệ hộ nghèo giảm 0,9 điểm phần trăm, từ 3,8% xuống 2,9%.", []string{"ty_le_ho_ngheo actual 2.9 2023", "ty_le_ho_ngheo change_vs_prev -0.9 2023"}},
		{"fall of the rate named after the figure", "Năm 2023, huyện giảm được 1,3% tỷ lệ hộ nghèo, từ 4,4% xuống 3,1%.", []string{"ty_le_ho_ngheo actual 3.1 2023", "ty_le_ho_ngheo change_vs_prev -1.3 2023"}},
		{"move in a bracket", "Năm 2023, tỷ lệ hộ nghèo giảm 1,05% (từ 3,15% xuống còn 2,1%).", []string{"ty_le_ho_ngheo actual 2.1 2023", "ty_le_ho_ngheo change_vs_prev -1.05 2023"}},
		{"another rate rising", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế tăng 1,2%, từ 91,3% lên 92,5%.", []string{"ty_le_bhyt actual 92.5 2023", "ty_le_bhyt change_vs_prev 1.2 2023"}},
		// The level left keeps a year told right after it.
		{"dated levels", "Năm 2023, tỷ lệ hộ nghèo giảm 1,2%, từ 5,3% cuối năm 2022 xuống 4,1% cuối năm 2023.", []string{"ty_le_ho_ngheo actual 4.1 2023", "ty_le_ho_ngheo actual 5.3 2022", "ty_le_ho_ngheo change_vs_prev -1.2 2023"}},
		{"a level, then a dated start", "Năm 2023, tỷ lệ hộ nghèo còn 2,9%, từ 3,8% năm 2022.", []string{"ty_le_ho_ngheo actual 2.9 2023", "ty_le_ho_ngheo actual 3.8 2022"}},
	})
}

// TestPovertyStandardPeriod: a period right after the name of a poverty
// standard ("chuẩn nghèo đa chiều giai đoạn 2022-2025") names the
// standard; the rate keeps the text's year, whatever verb links it.
func TestPovertyStandardPeriod(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"multidimensional standard, là", "Năm 2023, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025 là 3,45%.", []string{"ty_le_ho_ngheo actual 3.45 2023"}},
		{"standard, đạt", "Năm 2023, tỷ lệ hộ nghèo theo chuẩn nghèo giai đoạn 2022-2025 đạt 3,45%.", []string{"ty_le_ho_ngheo actual 3.45 2023"}},
		{"approach standard, colon", "Năm 2023, tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều giai đoạn 2021-2025: 3,45%.", []string{"ty_le_ho_ngheo actual 3.45 2023"}},
		{"multidimensional rate", "Năm 2023, tỷ lệ hộ nghèo đa chiều giai đoạn 2022-2025 là 3,45%, giảm 1,1%.", []string{"ty_le_ho_ngheo actual 3.45 2023", "ty_le_ho_ngheo change_vs_prev -1.1 2023"}},
		// A period of the figure itself still dates it.
		{"a period's total", "Năm 2023, số hộ thoát nghèo giai đoạn 2021-2023 là 1.250 hộ.", []string{"ho_thoat_ngheo actual 1250 2023"}},
		{"a past period's revenue", "Năm 2023, tổng thu ngân sách giai đoạn 2019-2022 là 1.200 tỷ đồng.", []string{"thu_ngan_sach actual 1.2e+12 2022"}},
	})
}

// TestPovertyPlanAfterFall: a plan figure told right after the poverty
// rate's fall, with no level word of its own, is the planned fall (no
// fact); after the rate's level it is the planned level.
func TestPovertyPlanAfterFall(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"plan in a bracket", "Năm 2023, tỷ lệ hộ nghèo giảm 0,8% (kế hoạch 0,5%).", []string{"ty_le_ho_ngheo change_vs_prev -0.8 2023"}},
		{"target after a comparison", "Năm 2023, tỷ lệ hộ nghèo giảm 0,8% so với năm 2022, chỉ tiêu là 0,5%.", []string{"ty_le_ho_ngheo change_vs_prev -0.8 2023"}},
		{"compact notation", "Năm 2023, giảm tỷ lệ hộ nghèo 0,8%/KH 0,5%.", []string{"ty_le_ho_ngheo change_vs_prev -0.8 2023"}},
		{"resolution's figure", "Năm 2023, tỷ lệ hộ nghèo giảm 1,1% (Nghị quyết đề ra 1%).", []string{"ty_le_ho_ngheo change_vs_prev -1.1 2023"}},
		// After a level, or with a level word, the plan is a level.
		{"after a level", "Năm 2023, tỷ lệ hộ nghèo còn 2,5% (kế hoạch 2,7%).", []string{"ty_le_ho_ngheo actual 2.5 2023", "ty_le_ho_ngheo plan 2.7 2023"}},
		{"under a level", "Năm 2023, tỷ lệ hộ nghèo giảm còn dưới 0,9% (kế hoạch là 1,6%).", []string{"ty_le_ho_ngheo actual 0.9 2023", "ty_le_ho_ngheo plan 1.6 2023"}},
		{"plan with its own level word", "Năm 2023, tỷ lệ hộ nghèo giảm 0,8% (chỉ tiêu còn dưới 2%).", []string{"ty_le_ho_ngheo change_vs_prev -0.8 2023", "ty_le_ho_ngheo plan 2 2023"}},
	})
}

// TestPovertyGapFromOtherLevel: a difference from an average or a wider
// whole ("so với bình quân chung của tỉnh", "so với toàn tỉnh", "so với
// mức trung bình cả nước") is a gap between levels, not a change over the
// year.
func TestPovertyGapFromOtherLevel(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"province's average", "Năm 2023, tỷ lệ hộ nghèo còn 2,1%, thấp hơn 1,3% so với bình quân chung của tỉnh.", []string{"ty_le_ho_ngheo actual 2.1 2023"}},
		{"the whole province", "Năm 2023, tỷ lệ hộ nghèo còn 2,1%, thấp hơn 1,3% so với toàn tỉnh.", []string{"ty_le_ho_ngheo actual 2.1 2023"}},
		{"the nation's mean", "Năm 2023, tỷ lệ hộ nghèo còn 2,1%, thấp hơn 0,8% so với mức trung bình cả nước.", []string{"ty_le_ho_ngheo actual 2.1 2023"}},
		{"another rate above the average", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế đạt 93%, cao hơn 2% so với bình quân chung của tỉnh.", []string{"ty_le_bhyt actual 93 2023"}},
		// Compared with a year, it is the change.
		{"compared with last year", "Năm 2023, tỷ lệ hộ nghèo còn 2,1%, thấp hơn 1,3% so với năm 2022.", []string{"ty_le_ho_ngheo actual 2.1 2023", "ty_le_ho_ngheo change_vs_prev -1.3 2023"}},
		{"compared with the same period", "Năm 2023, tỷ lệ hộ nghèo còn 2,1%, giảm 0,6% so với cùng kỳ.", []string{"ty_le_ho_ngheo actual 2.1 2023", "ty_le_ho_ngheo change_vs_prev -0.6 2023"}},
	})
}

// TestPovertyLiftedThanksTo: the words after "nhờ" (thanks to) say how a
// result came about, not what the figure counts: "80 hộ thoát nghèo nhờ
// vay vốn ưu đãi" are households lifted out, though "vay" (a loan) after
// a count of poor households otherwise names an activity.
func TestPovertyLiftedThanksTo(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"thanks to loans", "Năm 2023, có 80 hộ thoát nghèo nhờ vay vốn ưu đãi.", []string{"ho_thoat_ngheo actual 80 2023"}},
		{"thanks to support", "Năm 2023, toàn huyện có 126 hộ thoát nghèo nhờ được hỗ trợ sinh kế.", []string{"ho_thoat_ngheo actual 126 2023"}},
		{"thanks to gifts of cows", "Năm 2023, có 45 hộ đã thoát nghèo nhờ được tặng bò giống.", []string{"ho_thoat_ngheo actual 45 2023"}},
		// The activity's own count stays none.
		{"loans to the poor", "Năm 2023, có 230 hộ nghèo được vay vốn ưu đãi.", nil},
		{"gifts to the poor", "Năm 2023, tặng quà cho 300 hộ nghèo.", nil},
	})
}

// TestPovertyPlanBracketColon: a plan noun with a colon that opens a
// bracket ("(KH: dưới 2,5%)") labels the bracket's figure; it heads no
// list of targets, and the result before it stays a result.
func TestPovertyPlanBracketColon(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"level, plan level", "Năm 2023, tỷ lệ hộ nghèo còn 2,3% (KH: dưới 2,5%).", []string{"ty_le_ho_ngheo actual 2.3 2023", "ty_le_ho_ngheo plan 2.5 2023"}},
		{"fall, planned fall", "Năm 2023, tỷ lệ hộ nghèo giảm 1,3% (KH: giảm 1-1,5%).", []string{"ty_le_ho_ngheo change_vs_prev -1.3 2023"}},
		{"coverage, target", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế đạt 93,2% (chỉ tiêu: 92%).", []string{"ty_le_bhyt actual 93.2 2023", "ty_le_bhyt plan 92 2023"}},
		{"revenue, estimate", "Năm 2023, thu ngân sách đạt 520 tỷ đồng (dự toán: 480 tỷ đồng).", []string{"thu_ngan_sach actual 5.2e+11 2023", "thu_ngan_sach plan 4.8e+11 2023"}},
		// A plan noun with a colon that heads the sentence still sets targets.
		{"a heading plan", "Kế hoạch năm 2024: tỷ lệ hộ nghèo còn 1,8%.", []string{"ty_le_ho_ngheo plan 1.8 2024"}},
	})
}

// TestPovertyPlanIsChange: "<plan noun> … là giảm X%" tells what the plan
// named before is: a planned change, no fact, after the result it was
// measured against.
func TestPovertyPlanIsChange(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"exceeded the resolution's", "Năm 2023, tỷ lệ hộ nghèo giảm còn 2,1%, vượt chỉ tiêu Nghị quyết đề ra là giảm 1%.", []string{"ty_le_ho_ngheo actual 2.1 2023"}},
		{"completed the target", "Năm 2023, tỷ lệ hộ nghèo giảm 1,2%, hoàn thành chỉ tiêu đề ra là giảm 1%.", []string{"ty_le_ho_ngheo change_vs_prev -1.2 2023"}},
		{"reached the assigned plan", "Năm 2023, tỷ lệ hộ nghèo giảm 1,6%, đạt kế hoạch tỉnh giao là giảm 1,5%.", []string{"ty_le_ho_ngheo change_vs_prev -1.6 2023"}},
		// A fall told as the result after "là" stays the result.
		{"the result after là", "Năm 2023, mức giảm tỷ lệ hộ nghèo là giảm 1,2%.", []string{"ty_le_ho_ngheo change_vs_prev -1.2 2023"}},
	})
}

// TestPovertyPoorPartOfMultidimensional: after a multidimensional rate
// whose "trong đó" lists the poor and the near-poor, the poor's own rate
// is the poverty rate, no part of another total (the dev gold keeps the
// multidimensional rate too).
func TestPovertyPoorPartOfMultidimensional(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"rates listed", "Năm 2023, tỷ lệ hộ nghèo đa chiều là 4,9%, trong đó tỷ lệ hộ nghèo 1,8%, tỷ lệ hộ cận nghèo 3,1%.", []string{"ty_le_ho_ngheo actual 1.8 2023", "ty_le_ho_ngheo actual 4.9 2023"}},
		{"in a bracket", "Năm 2023, tỷ lệ hộ nghèo đa chiều là 4,9% (trong đó hộ nghèo 1,8%, hộ cận nghèo 3,1%).", []string{"ty_le_ho_ngheo actual 1.8 2023", "ty_le_ho_ngheo actual 4.9 2023"}},
		{"shares listed", "Năm 2023, tỷ lệ hộ nghèo đa chiều còn 4,9%, trong đó hộ nghèo chiếm 1,8%, hộ cận nghèo chiếm 3,1%.", []string{"ty_le_ho_ngheo actual 1.8 2023", "ty_le_ho_ngheo actual 4.9 2023"}},
		// After "tỷ lệ nghèo đa chiều" the part that names the poor's households replaces the total.
		{"poverty of both, then the poor's rate", "Năm 2023, tỷ lệ nghèo đa chiều của huyện là 5,4%, trong đó tỷ lệ hộ nghèo 2,3%, tỷ lệ hộ cận nghèo 3,1%.", []string{"ty_le_ho_ngheo actual 2.3 2023"}},
		// A sub-group of the poor is a part.
		{"minority poor", "Năm 2023, tỷ lệ hộ nghèo đa chiều còn 4,9%, trong đó tỷ lệ hộ nghèo dân tộc thiểu số 3,2%.", []string{"ty_le_ho_ngheo actual 4.9 2023"}},
	})
}

// TestPovertyFallGovernsList: a fall verb governs each count of the list
// it opens ("giảm 100 hộ nghèo và 80 hộ cận nghèo"): the near-poor count
// there is their fall, not their number.
func TestPovertyFallGovernsList(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"planned, joined by và", "Năm 2024, phấn đấu giảm 100 hộ nghèo và 80 hộ cận nghèo.", []string{"ho_thoat_ngheo plan 100 2024"}},
		{"result, joined by a comma", "Năm 2023, toàn huyện giảm 120 hộ nghèo, 95 hộ cận nghèo.", []string{"ho_thoat_ngheo actual 120 2023"}},
		{"result, compared", "Năm 2023, giảm được 120 hộ nghèo và 95 hộ cận nghèo so với đầu năm.", []string{"ho_thoat_ngheo actual 120 2023"}},
		// Counts after a verb of remaining or having stay levels.
		{"what remains", "Năm 2023, giảm 120 hộ nghèo, còn 310 hộ nghèo và 820 hộ cận nghèo.", []string{"ho_can_ngheo actual 820 2023", "ho_thoat_ngheo actual 120 2023"}},
		{"lifted out, then the near-poor", "Năm 2023, có 120 hộ thoát nghèo và 95 hộ cận nghèo.", []string{"ho_can_ngheo actual 95 2023", "ho_thoat_ngheo actual 120 2023"}},
	})
}

// TestPovertyPledgedLift: households that registered, pledged or are
// able to leave poverty ("đăng ký thoát nghèo", "cam kết thoát nghèo",
// "có khả năng thoát nghèo") are the year's commitment, not households
// lifted out.
func TestPovertyPledgedLift(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"registered", "Năm 2023, toàn huyện có 85 hộ nghèo đăng ký thoát nghèo.", nil},
		{"pledged", "Năm 2023, có 60 hộ cam kết thoát nghèo trong năm.", nil},
		{"able", "Năm 2023, có 60 hộ có khả năng thoát nghèo.", nil},
		{"registered, then lifted", "Năm 2023, có 85 hộ đăng ký thoát nghèo, đến cuối năm đã có 70 hộ thoát nghèo.", []string{"ho_thoat_ngheo actual 70 2023"}},
		// Households that left, however they asked or rose, are lifted out.
		{"asked to leave", "Năm 2023, có 60 hộ tự nguyện xin thoát nghèo.", []string{"ho_thoat_ngheo actual 60 2023"}},
		{"rose", "Năm 2023, có 60 hộ vươn lên thoát nghèo.", []string{"ho_thoat_ngheo actual 60 2023"}},
	})
}

// TestPovertyOtherMeasureOfThePoor: another measure of the poor
// households (their income, a deprivation among them) is no poverty
// rate, whatever it does.
func TestPovertyOtherMeasureOfThePoor(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"average income of the poor", "Năm 2023, thu nhập bình quân của hộ nghèo tăng 12%.", nil},
		{"income of the poor compared", "Năm 2023, thu nhập của hộ nghèo tăng 15% so với năm 2022.", nil},
		{"deprived of housing", "Năm 2023, tỷ lệ hộ nghèo thiếu hụt về nhà ở giảm còn 12%.", nil},
		{"deprived of health services", "Năm 2023, tỷ lệ hộ nghèo thiếu hụt dịch vụ y tế là 5%.", nil},
		// Income named before the rate's own clause leaves the rate.
		{"income per head, then the rate", "Năm 2023, thu nhập bình quân đầu người đạt 62 triệu đồng, tỷ lệ hộ nghèo giảm còn 2,1%.", []string{"ty_le_ho_ngheo actual 2.1 2023"}},
		{"income rose, the rate fell", "Năm 2023, nhờ thu nhập tăng, tỷ lệ hộ nghèo giảm còn 2,1%.", []string{"ty_le_ho_ngheo actual 2.1 2023"}},
	})
}
