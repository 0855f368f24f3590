package extract

import "testing"

// TestGrowthChangeNoFact: how much a growth rate rose or fell against
// last year's growth rate is no fact (the growth rate is itself a change;
// the report derives the difference of two years' rates), while the
// change of a rate that is a level (poverty, insurance cover) stays one.
func TestGrowthChangeNoFact(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"higher by points than last year", "Năm 2023, tốc độ tăng trưởng kinh tế đạt 7,6%, cao hơn 0,8 điểm phần trăm so với năm 2022.",
			[]string{"tang_truong_kinh_te actual 7.6 2023"}},
		{"the product's growth falling against last year's", "Năm 2023, GRDP tăng 7,6%, giảm 1,1 điểm % so với năm trước.",
			[]string{"tang_truong_kinh_te actual 7.6 2023"}},
		{"a rise written in percent after the rate", "Năm 2023, kinh tế của huyện tăng trưởng 7,6%, tăng 0,3% so với mức tăng của năm 2022.",
			[]string{"tang_truong_kinh_te actual 7.6 2023"}},
		{"an estimate lower than the same period's", "Năm 2023, tốc độ tăng trưởng giá trị sản xuất ước đạt 7,6%, thấp hơn 0,5 điểm phần trăm so với cùng kỳ.",
			[]string{"tang_truong_kinh_te actual 7.6 2023"}},
		// Not growth: a level rate's change in points stays a fact.
		{"the poverty rate's fall in points stays", "Năm 2023, tỷ lệ hộ nghèo còn 2,1%, giảm 0,5 điểm phần trăm so với năm 2022.",
			[]string{"ty_le_ho_ngheo actual 2.1 2023", "ty_le_ho_ngheo change_vs_prev -0.5 2023"}},
		{"the insurance cover's rise stays", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế đạt 93,2%, tăng 1,4% so với năm 2022.",
			[]string{"ty_le_bhyt actual 93.2 2023", "ty_le_bhyt change_vs_prev 1.4 2023"}},
	})
}

// TestShareOfNearestSector: in a sentence about the economy's structure
// the sector named last before a share is the share's; a share given
// after another sector is not the services'.
func TestShareOfNearestSector(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the biggest share, then the next sectors in brackets", "Năm 2023, khu vực thương mại dịch vụ chiếm tỷ trọng lớn nhất (64%) trong cơ cấu kinh tế, tiếp đến là công nghiệp và xây dựng (hơn 22%) và nông lâm thuỷ sản (0,6%).",
			[]string{"ty_trong_dich_vu actual 64 2023"}},
		{"the direction of the shift names another sector's share", "Năm 2023, cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng dịch vụ (55,2%), giảm tỷ trọng nông nghiệp (14,7%).",
			[]string{"ty_trong_dich_vu actual 55.2 2023"}},
		{"ranked with 'sau đó là' and 'thấp nhất là'", "Năm 2023, ngành dịch vụ chiếm tỷ trọng cao nhất với 55,2%, sau đó là công nghiệp với 30,1%, thấp nhất là nông nghiệp với 14,7%.",
			[]string{"ty_trong_dich_vu actual 55.2 2023"}},
		{"the services' own change stays theirs", "Năm 2023, tỷ trọng thương mại - dịch vụ chiếm 55,2%, tăng 1,2 điểm phần trăm so với năm 2022.",
			[]string{"ty_trong_dich_vu actual 55.2 2023", "ty_trong_dich_vu change_vs_prev 1.2 2023"}},
		{"combined sectors are not the services", "Năm 2023, tỷ trọng công nghiệp - xây dựng và dịch vụ chiếm 85,3%.", nil},
	})
}

// TestRateLevelAfterMove: a rate that rose "lên" a figure, or whose
// structure moved "theo hướng tăng/giảm" with the figure after, is at that
// level; the figure is not its change.
func TestRateLevelAfterMove(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"insurance cover risen to", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế tăng lên 93,5%.",
			[]string{"ty_le_bhyt actual 93.5 2023"}},
		{"risen to the level of", "Năm 2023, tỷ lệ hộ gia đình văn hóa tăng lên mức 92%.",
			[]string{"ty_le_gia_dinh_van_hoa actual 92 2023"}},
		{"the services' share raised to, after the farm share's fall", "Năm 2023, cơ cấu kinh tế chuyển dịch theo hướng giảm tỷ trọng nông nghiệp còn 14,7%, tăng tỷ trọng thương mại - dịch vụ lên 55,2%.",
			[]string{"ty_trong_dich_vu actual 55.2 2023"}},
		{"a target raised to", "Năm 2023, huyện phấn đấu tăng tỷ lệ bao phủ bảo hiểm y tế lên 95%.",
			[]string{"ty_le_bhyt plan 95 2023"}},
		// Not a level: the amount of the rise, before "lên".
		{"the rise, then the level", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế tăng 1,5%, lên 93,5%.",
			[]string{"ty_le_bhyt actual 93.5 2023", "ty_le_bhyt change_vs_prev 1.5 2023"}},
		{"a rise with no level stays a change", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế tăng 1,5% so với năm 2022.",
			[]string{"ty_le_bhyt change_vs_prev 1.5 2023"}},
	})
}

// TestWholeOfShare: the product named right after a share ("chiếm 55,2%
// GRDP") is the whole the share is of, not a subject for the figures
// after it.
func TestWholeOfShare(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the services' share of GRDP and its rise in points", "Năm 2023, khu vực dịch vụ chiếm 55,2% GRDP, tăng 1,2 điểm phần trăm so với năm 2022.",
			[]string{"ty_trong_dich_vu actual 55.2 2023", "ty_trong_dich_vu change_vs_prev 1.2 2023"}},
		{"of the gross product named in words", "Năm 2023, ngành thương mại - dịch vụ chiếm 55,2% tổng sản phẩm trên địa bàn, tăng 0,8 điểm phần trăm so với năm trước.",
			[]string{"ty_trong_dich_vu actual 55.2 2023", "ty_trong_dich_vu change_vs_prev 0.8 2023"}},
		{"another sector's share of GRDP and its rise", "Năm 2023, công nghiệp chiếm 40% GRDP, tăng 1,2 điểm phần trăm.", nil},
		// Not a whole: the product named afresh after a mark.
		{"the product's growth after a semicolon", "Năm 2023, khu vực dịch vụ chiếm 55,2% GRDP; GRDP tăng 8,1%.",
			[]string{"tang_truong_kinh_te actual 8.1 2023", "ty_trong_dich_vu actual 55.2 2023"}},
	})
}

// TestCoverRateOfInsurance: "tỷ lệ bao phủ" with no noun of its own,
// said while the health insurance is the subject, is the insurance's
// coverage rate.
func TestCoverRateOfInsurance(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the count of the insured, then the coverage reached", "Năm 2023, số người tham gia bảo hiểm y tế là 120.000 người, đạt tỷ lệ bao phủ 93,5% dân số.",
			[]string{"ty_le_bhyt actual 93.5 2023"}},
		{"a count with có, then the coverage", "Năm 2023, toàn huyện có 120.000 người tham gia BHYT, đạt tỷ lệ bao phủ 93,5%.",
			[]string{"ty_le_bhyt actual 93.5 2023"}},
		{"the coverage as the next item's subject", "Năm 2023, số người tham gia BHYT đạt 120.000 người, tỷ lệ bao phủ đạt 93,5%, vượt chỉ tiêu giao (93%).",
			[]string{"ty_le_bhyt actual 93.5 2023", "ty_le_bhyt plan 93 2023"}},
		// Not the insurance's: another subject, or a coverage that names its own thing.
		{"after the budget", "Năm 2023, thu ngân sách đạt 500 tỷ đồng, tỷ lệ bao phủ đạt 93%.",
			[]string{"thu_ngan_sach actual 5e+11 2023"}},
		{"a vaccine's coverage", "Năm 2023, số người tham gia BHYT là 120.000 người, tỷ lệ bao phủ vắc xin đạt 98%.", nil},
		{"the social insurance's coverage", "Năm 2023, số người tham gia BHXH là 20.000 người, đạt tỷ lệ bao phủ 35% lực lượng lao động.", nil},
		{"no subject before", "Năm 2023, tỷ lệ bao phủ đạt 93,5%.", nil},
	})
}

// TestPlanGiverInFull: the plan in a bracket after the plan noun and the
// body that gave it is the plan's figure, whether the body is named by
// its initials or in full.
func TestPlanGiverInFull(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the people's committee in full", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế đạt 86,5% dân số, thấp hơn 4,5% so với chỉ tiêu Ủy ban nhân dân tỉnh giao (91%).",
			[]string{"ty_le_bhyt actual 86.5 2023", "ty_le_bhyt plan 91 2023"}},
		{"the people's council in full, after kế hoạch", "Năm 2023, tỷ lệ hộ nghèo còn 2,1%, thấp hơn so với kế hoạch Hội đồng nhân dân huyện giao (2,5%).",
			[]string{"ty_le_ho_ngheo actual 2.1 2023", "ty_le_ho_ngheo plan 2.5 2023"}},
		{"by initials", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế đạt 86,5% dân số, thấp hơn 4,5% so với chỉ tiêu UBND tỉnh giao (91%).",
			[]string{"ty_le_bhyt actual 86.5 2023", "ty_le_bhyt plan 91 2023"}},
		// Not a plan: a bracket after a time, no giver.
		{"the year before in a bracket", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế đạt 86,5% dân số, cao hơn so với cùng kỳ năm 2022 (84%).",
			[]string{"ty_le_bhyt actual 84 2022", "ty_le_bhyt actual 86.5 2023"}},
	})
}

// TestRegisteredNotRecognised: the share of households that registered
// for or pledged to the cultural-family title is not the share recognised
// as cultural families.
func TestRegisteredNotRecognised(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"pledged, the share before the households", "Năm 2023, 97,3% hộ gia đình ký cam kết xây dựng gia đình văn hóa.", nil},
		{"registered, the share after with chiếm", "Năm 2023, toàn huyện có 3.184 hộ đăng ký xây dựng gia đình văn hóa, chiếm 96,46% tổng số hộ.", nil},
		{"registered for the title in quotes", "Năm 2023, phường có 9.870 hộ đăng ký danh hiệu \"Gia đình văn hóa\", chiếm 98,9%.", nil},
		{"the registered rate, then the recognised one", "Năm 2023, tỷ lệ hộ đăng ký gia đình văn hóa đạt 98%, tỷ lệ hộ đạt gia đình văn hóa 92%.",
			[]string{"ty_le_gia_dinh_van_hoa actual 92 2023"}},
		// Recognised after registered: the recognised share stays.
		{"of those registered, those recognised", "Năm 2023, trong số 49.300 hộ đăng ký xây dựng gia đình văn hóa, có 47.074 hộ được công nhận danh hiệu gia đình văn hóa (đạt 93,8%).",
			[]string{"ty_le_gia_dinh_van_hoa actual 93.8 2023"}},
		{"the rate named afresh after the registration", "Năm 2023, 5.000 hộ đăng ký xây dựng gia đình văn hóa, tỷ lệ gia đình văn hóa đạt 92%.",
			[]string{"ty_le_gia_dinh_van_hoa actual 92 2023"}},
	})
}

// TestPriceBasisNamedLast: the price basis named last before a growth
// figure, or in a bracket right after it, decides whether it is the real
// growth (giá so sánh) or a growth at current prices (no fact).
func TestPriceBasisNamedLast(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"comparable prices after current ones, after a comma", "Năm 2023, tốc độ tăng trưởng GRDP theo giá hiện hành đạt 12%, theo giá so sánh đạt 8%.",
			[]string{"tang_truong_kinh_te actual 8 2023"}},
		{"comparable prices first, then current ones", "Năm 2023, tổng sản phẩm trên địa bàn (GRDP) tính theo giá so sánh tăng 8,1%, theo giá hiện hành tăng 12,4%.",
			[]string{"tang_truong_kinh_te actual 8.1 2023"}},
		{"each basis in a bracket after its figure", "Năm 2023, tăng trưởng kinh tế đạt 12% (theo giá thực tế), 8% (theo giá so sánh).",
			[]string{"tang_truong_kinh_te actual 8 2023"}},
		// Current prices alone: no fact.
		{"current prices in a bracket after the figure", "Năm 2023, tăng trưởng kinh tế đạt 12% (giá hiện hành).", nil},
		{"current prices before the figure", "Năm 2023, tốc độ tăng trưởng kinh tế theo giá hiện hành đạt 12%.", nil},
	})
}

// TestPercentChain: three or more percentages joined by dashes are a
// list of parts (a structure, quarters), not a range and its end; two
// are still a range.
func TestPercentChain(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the structure's sectors in a dashed chain", "Năm 2023, cơ cấu kinh tế nông nghiệp - công nghiệp, xây dựng - thương mại, dịch vụ: 14,7% - 30,1% - 55,2%.", nil},
		{"the quarters' growth in a dashed chain", "Năm 2023, tăng trưởng kinh tế các quý lần lượt là 6,1% - 7,2% - 8,3%.", nil},
		{"a chain with the sign on the last only", "Năm 2023, cơ cấu kinh tế (nông nghiệp - công nghiệp - dịch vụ) tương ứng là 14,7 - 30,1 - 55,2%.", nil},
		// Two figures: a range.
		{"a target range", "Năm 2023, huyện phấn đấu tăng trưởng kinh tế 6% - 6,8%.",
			[]string{"tang_truong_kinh_te plan 6-6.8 2023"}},
		{"a dash before words", "Năm 2023, tăng trưởng kinh tế đạt 7,2% - cao nhất từ trước đến nay.",
			[]string{"tang_truong_kinh_te actual 7.2 2023"}},
	})
}
