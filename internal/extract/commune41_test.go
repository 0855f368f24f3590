package extract

import "testing"

// TestPovertyRateWords: "tỷ lệ nghèo" (đa chiều, chung) is the poverty
// rate, as "tỷ lệ hộ nghèo" is; one that counts the near-poor with the
// poor, or a group of units' rate, is not the unit's.
func TestPovertyRateWords(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the multidimensional poverty rate", "Năm 2023, tỷ lệ nghèo đa chiều giảm còn 0,23%.",
			[]string{"ty_le_ho_ngheo actual 0.23 2023"}},
		{"the general poverty rate and its fall", "Đến hết năm 2023, tỷ lệ nghèo chung toàn huyện còn khoảng 2,74%, giảm 0,68% so với đầu năm.",
			[]string{"ty_le_ho_ngheo actual 2.74 2023", "ty_le_ho_ngheo change_vs_prev -0.68 2023"}},
		{"the poor and near-poor together are no poverty rate", "Năm 2023, tỷ lệ nghèo, cận nghèo còn 3,2%.", nil},
		{"a kind of commune is a group, not the unit", "Năm 2023, tỷ lệ nghèo đa chiều xã đặc biệt khó khăn vùng bãi ngang là 9,61%.", nil},
		{"a poor district named is that district", "Năm 2023, tỷ lệ hộ nghèo huyện nghèo Đakrông là 49,14%.",
			[]string{"ty_le_ho_ngheo actual 49.14 2023 Huyện Đakrông"}},
		{"a count of poor districts names a group's members", "Riêng 3 huyện nghèo Mường Tè, Nậm Nhùn, Sìn Hồ, tỷ lệ hộ nghèo giảm 6,9%.", nil},
		{"a district named right after the rate, before là", "Năm 2023, tỷ lệ hộ nghèo huyện Đông Anh là 1,2%.",
			[]string{"ty_le_ho_ngheo actual 1.2 2023 Huyện Đông Anh"}},
	})
}

// TestCulturalStandardWords: a family or a residential area that reaches
// the cultural standard ("đạt tiêu chuẩn văn hóa") holds the title, one
// kind of area as well as a list of them; "tổ" is a ward's residential
// group.
func TestCulturalStandardWords(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"families reaching the standard and residential groups", "Năm 2023, hộ gia đình đạt tiêu chuẩn văn hóa 85%, tổ văn hóa đạt 78%.",
			[]string{"ty_le_gia_dinh_van_hoa actual 85 2023", "ty_le_khu_dan_cu_van_hoa actual 78 2023"}},
		{"one kind of area reaching the standard", "Năm 2023, 96% khu phố đạt tiêu chuẩn văn hóa; 90% ấp đạt chuẩn văn hóa.",
			[]string{"ty_le_khu_dan_cu_van_hoa actual 90 2023", "ty_le_khu_dan_cu_van_hoa actual 96 2023"}},
		{"a cultural site is no residential area", "Năm 2023, khu văn hóa thể thao của huyện đạt 40% khối lượng.", nil},
	})
}

// TestOpeningTermTargets: the targets a congress sets for "nhiệm kỳ mới"
// are the opening term's, its changes planned changes; a floor ("từ 10
// … trở lên") is a target whatever result verb an earlier figure had;
// "phát triển N đảng viên" admits new members; "nhiệm kỳ vừa qua" is the
// term just closed.
func TestOpeningTermTargets(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the new term's targets", "Đại hội Đảng bộ xã Tân Phú nhiệm kỳ 2025-2030\n\nNgày 20/7/2025, Đảng bộ xã Tân Phú tiến hành Đại hội lần thứ I, nhiệm kỳ 2025-2030. Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu: thu ngân sách tăng bình quân hằng năm 8-10%; tỷ lệ gia đình văn hóa đạt 90% trở lên; tỷ lệ hộ nghèo còn dưới 1%.\n",
			[]string{"ty_le_gia_dinh_van_hoa plan 90 2030 Xã Tân Phú", "ty_le_ho_ngheo plan 1 2030 Xã Tân Phú"}},
		{"the term just past reports results", "Đại hội Đảng bộ xã Tân Phú nhiệm kỳ 2025-2030\n\nNgày 20/7/2025, Đảng bộ xã Tân Phú tiến hành Đại hội lần thứ I, nhiệm kỳ 2025-2030. Đại hội đánh giá kết quả nhiệm kỳ vừa qua; đề ra mục tiêu cho nhiệm kỳ mới. Trong nhiệm kỳ vừa qua, kinh tế của xã tăng trưởng bình quân đạt hơn 10%/năm.\n",
			[]string{"tang_truong_kinh_te actual 10 2025 Xã Tân Phú"}},
		{"a floor after another figure's result verb", "Năm 2023, tỷ lệ chi bộ hoàn thành tốt nhiệm vụ đạt trên 80%, phát triển từ 10 đảng viên trở lên/năm.",
			[]string{"dang_vien_moi plan 10 2023"}},
		{"party members developed are admitted", "Năm 2023, Đảng bộ huyện phát triển 120 đảng viên, đạt 105% kế hoạch.",
			[]string{"dang_vien_moi actual 120 2023", "dang_vien_moi pct_of_plan 105 2023"}},
		{"developing the economy counts no members", "Năm 2023, phát triển kinh tế gắn với xây dựng Đảng, toàn Đảng bộ có 3.500 đảng viên.", nil},
	})
}

// TestShareOfItsOwnNoun: a share that opens its item and is followed by
// what it counts ("có 93,5% số hộ dân sử dụng …") is a share of those,
// not of the subject before the comma; another rate or insurance named
// as the next item's subject (tỷ suất, BHXH) is no catalog rate; workers'
// insurance is not the population's.
func TestShareOfItsOwnNoun(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"households using latrines after the insured", "Năm 2023, người dân tham gia BHYT đạt hơn 95%, có 93,5% số hộ dân sử dụng nhà tiêu hợp vệ sinh.",
			[]string{"ty_le_bhyt actual 95 2023"}},
		{"households with clean water after the insured", "Năm 2023, người dân tham gia BHYT đạt 95%, 90% hộ dân sử dụng nước sạch.",
			[]string{"ty_le_bhyt actual 95 2023"}},
		{"a share of households after chiếm is the base", "Năm 2023, toàn huyện có 800 hộ nghèo, chiếm 1,91% số hộ.",
			[]string{"ty_le_ho_ngheo actual 1.91 2023"}},
		{"a share of the population is the base", "Năm 2023, tỷ lệ hộ nghèo còn 2,1%, 95% dân số tham gia bảo hiểm y tế.",
			[]string{"ty_le_bhyt actual 95 2023", "ty_le_ho_ngheo actual 2.1 2023"}},
		{"social insurance after health insurance", "Năm 2023, tỷ lệ người dân tham gia BHYT đạt 93,48%, BHXH đạt 38,83%.",
			[]string{"ty_le_bhyt actual 93.48 2023"}},
		{"social insurance written out", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế đạt 92%, bảo hiểm xã hội đạt 40%.",
			[]string{"ty_le_bhyt actual 92 2023"}},
		{"workers' health insurance", "Năm 2023, tỷ lệ lao động tham gia BHYT đạt 93,48%.", nil},
		{"the crude birth rate after the poor", "Năm 2023, đạt và vượt chỉ tiêu giảm hộ nghèo; giảm tỷ suất sinh thô 0,30%0/năm.", nil},
	})
}

// TestBareLevelNamedLast: a level word alone ("toàn xã", "của xã") refers
// back to the unit of its level the paragraph named last, a peer on a
// page of several communes as well as the text's own; a peer compared
// with, a name glued to the next word by a typo and an acronym ("xã
// NTM") are no such antecedent.
func TestBareLevelNamedLast(t *testing.T) {
	head := "HĐND các xã tổ chức kỳ họp cuối năm\n\nSáng ngày 30/12/2022, HĐND xã Tấn Mỹ tổ chức kỳ họp. Năm 2022, tổng thu ngân sách của xã Tấn Mỹ đạt 12 tỷ đồng.\n\n"
	runPhraseCases(t, []phraseCase{
		{"the peer the paragraph is about", head + "Trong năm 2022, kinh tế xã Long Điền B tiếp tục phát triển. Đến nay, toàn xã còn 80 hộ nghèo, chiếm tỉ lệ 1,61%.\n",
			[]string{"thu_ngan_sach actual 1.2e+10 2022 Xã Tấn Mỹ", "ty_le_ho_ngheo actual 1.61 2022 Xã Long Điền B"}},
		{"the peer named with tại, then của xã", head + "Tại xã Phú Hòa, thu ngân sách đạt 9 tỷ đồng. Tỷ lệ hộ nghèo của xã còn 2%.\n",
			[]string{"thu_ngan_sach actual 1.2e+10 2022 Xã Tấn Mỹ", "thu_ngan_sach actual 9e+09 2022 Xã Phú Hòa", "ty_le_ho_ngheo actual 2 2022 Xã Phú Hòa"}},
		{"a peer compared with is no antecedent", head + "Năm 2022, thu ngân sách của xã Tấn Mỹ cao hơn xã Phú Hòa. Tỷ lệ hộ nghèo của xã còn 2%.\n",
			[]string{"thu_ngan_sach actual 1.2e+10 2022 Xã Tấn Mỹ", "ty_le_ho_ngheo actual 2 2022 Xã Tấn Mỹ"}},
		{"a new-rural commune's acronym is no name", head + "Năm 2022, xã Tấn Mỹ đạt 5/5 tiêu chí xã NTM kiểu mẫu. Trong năm, xã có 96,8% hộ đạt danh hiệu gia đình văn hóa.\n",
			[]string{"thu_ngan_sach actual 1.2e+10 2022 Xã Tấn Mỹ", "ty_le_gia_dinh_van_hoa actual 96.8 2022 Xã Tấn Mỹ"}},
	})
}

// TestFutureYearEndHorizon: the end of a year still to come that a
// target is to be reached by ("đến cuối năm 2030", "cuối năm 2030") is
// the year of its sentence only; the results after it keep the text's
// year. The end of the text's own year goes on as its running year.
func TestFutureYearEndHorizon(t *testing.T) {
	head := " date 2025-08-21\nĐại hội Đảng bộ xã Tân Phú lần thứ I\n\nSáng 21-8, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. "
	runPhraseCases(t, []phraseCase{
		{"a target by the end of 2030, then results", head + "Đại hội đặt mục tiêu đến cuối năm 2030, tỷ lệ nghèo đa chiều giảm còn 0,23%.\n\nNhiệm kỳ qua, kinh tế tăng trưởng khá; thu ngân sách đạt 20 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2e+10 2025 Xã Tân Phú", "ty_le_ho_ngheo plan 0.23 2030 Xã Tân Phú"}},
		{"a headline's target year-end", " date 2025-08-21\nXã Tân Phú phấn đấu tỷ lệ nghèo đa chiều cuối năm 2030 giảm còn 0,23%\n\nSáng 21-8, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n\nKinh tế tăng trưởng khá; thu ngân sách đạt 20 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2e+10 2025 Xã Tân Phú", "ty_le_ho_ngheo plan 0.23 2030 Xã Tân Phú"}},
		{"the end of the text's own year runs on", " date 2024-01-10\nXã Tân Phú tổng kết năm 2023\n\nĐến cuối năm 2023, tỷ lệ hộ nghèo của xã Tân Phú còn 3%. Thu ngân sách đạt 20 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2e+10 2023 Xã Tân Phú", "ty_le_ho_ngheo actual 3 2023 Xã Tân Phú"}},
	})
}

// TestPlaceOfUnnamedUnit: "một xã ở Hà Nội", "một huyện thuộc tỉnh Nghệ
// An" name the place an unnamed unit lies in, not the unit spoken of: a
// headline so written is the text's own unit's, and its rounded figure
// the body's precise one.
func TestPlaceOfUnnamedUnit(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a headline placing an unnamed commune in a city", "Một xã ở Hà Nội thu ngân sách đạt hơn 600% dự toán\n\nTrong năm 2025, thu ngân sách của xã Ứng Hòa đạt 36,1 tỷ đồng, bằng 608% dự toán.\n",
			[]string{"thu_ngan_sach actual 3.61e+10 2025 Xã Ứng Hòa", "thu_ngan_sach pct_of_plan 608 2025 Xã Ứng Hòa"}},
		{"an unnamed district in a province", "Một huyện thuộc tỉnh Nghệ An có tỷ lệ hộ nghèo giảm còn 3%\n\nNăm 2025, tỷ lệ hộ nghèo của huyện Quỳ Hợp giảm còn 3,1%.\n",
			[]string{"ty_le_ho_ngheo actual 3.1 2025 Huyện Quỳ Hợp"}},
		{"the city itself named after ở stays the subject", "Thu ngân sách ở Hà Nội đạt 510.000 tỷ đồng\n\nNăm 2025, thu ngân sách trên địa bàn Hà Nội đạt 510.000 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 5.1e+14 2025 Thành phố Hà Nội"}},
	})
}

// TestCountRateWithoutMark: "tỷ lệ N%" right after a count, or after the
// total it is of ("171/416 hộ"), is the count's share whether or not a
// comma stands between; words of their own between leave it.
func TestCountRateWithoutMark(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a count pair's rate with no comma", "Năm 2023 tổng số hộ nghèo là 171/416 hộ tỷ lệ 41,11%, số hộ cận nghèo 15 hộ, tỷ lệ 3,61%.",
			[]string{"ho_can_ngheo actual 15 2023", "ty_le_ho_ngheo actual 41.11 2023"}},
		{"a pair with the noun before the slash, no comma", "Năm 2023, huyện có 793 hộ nghèo/53.904 hộ tỷ lệ 1,47%; 2.036 hộ cận nghèo/53.904 hộ tỷ lệ 3,78%.",
			[]string{"ho_can_ngheo actual 2036 2023", "ty_le_ho_ngheo actual 1.47 2023"}},
		{"a count's rate with no comma", "Năm 2023, số hộ nghèo là 171 hộ tỷ lệ 4,11%.",
			[]string{"ty_le_ho_ngheo actual 4.11 2023"}},
		{"words of their own between the pair and the rate", "Năm 2023, tổng số hộ nghèo là 171/416 hộ được hỗ trợ nhà ở tỷ lệ 41,11%.", nil},
	})
}

// TestSomeOfCount: "có" before a count of the same noun as the figure
// before it, with words after it that say which, counts some of those:
// a part, not a second total.
func TestSomeOfCount(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"workers abroad among the jobs", "Năm 2023, giải quyết việc làm cho trên 1.900 lao động, có 15 lao động làm việc tại thị trường Nhật Bản.",
			[]string{"viec_lam_moi actual 1900 2023"}},
		{"minority members among the admitted", "Năm 2023, kết nạp 50 đảng viên, có 12 đảng viên là người dân tộc thiểu số.",
			[]string{"dang_vien_moi actual 50 2023"}},
		{"another noun after có is its own", "Năm 2023, giảm 40 hộ nghèo; có 55 hộ cận nghèo.",
			[]string{"ho_can_ngheo actual 55 2023", "ho_thoat_ngheo actual 40 2023"}},
	})
}

// TestHeadlineAfterBanner: a page's banner taken for the headline names
// no unit; the header line after it that opens with a unit and goes on
// as a headline is the article's headline, its unit the text's. A
// place's name alone (a weather widget's "TP Hồ Chí Minh") is none.
func TestHeadlineAfterBanner(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a commune's headline under a congress banner and menus", " date 2025-08-21 Danh mục\nChính trị\n\nChào mừng đại hội Đảng các cấp nhiệm kỳ 2025-2030\n\nBảo vệ nền tảng tư tưởng của Đảng Nhân sự Quốc phòng - An ninh Tin tức Chào mừng đại hội Đảng các cấp nhiệm kỳ 2025-2030\n\nXã Tân Phú phấn đấu tỷ lệ nghèo đa chiều cuối năm 2030 giảm còn 0,23%\n\nPV\n(GLO)- Sáng 21-8, Đảng bộ xã Tân Phú (tỉnh Gia Lai) long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Đại hội đặt mục tiêu đến cuối năm 2030, tỷ lệ nghèo đa chiều giảm còn 0,23%.\n\nĐồng chí Trần Văn A-Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh dự và chỉ đạo Đại hội.\n\nĐồng chí Trần Văn A-Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh phát biểu chỉ đạo tại Đại hội. Ảnh: PV\n\nĐồng chí Trần Văn A-Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh phát biểu chỉ đạo tại Đại hội. Ảnh: PV\n\nVới phương châm “Đoàn kết-Kỷ cương-Đổi mới-Phát triển”, Đại hội đã tập trung đánh giá kết quả đạt được trong nhiệm kỳ 2020-2025 và thảo luận, xác định các chỉ tiêu, nhiệm vụ trọng tâm cho nhiệm kỳ 2025-2030.\n\nNhiệm kỳ qua, công tác xây dựng Đảng và hệ thống chính trị của Đảng bộ xã Tân Phú có nhiều chuyển biến tích cực; năng lực lãnh đạo, điều hành được nâng cao.\n\nKinh tế tăng trưởng khá; tổng giá trị sản phẩm địa phương tăng bình quân hàng năm 8,6%.\n",
			[]string{"tang_truong_kinh_te actual 8.6 2025 Xã Tân Phú", "ty_le_ho_ngheo plan 0.23 2030 Xã Tân Phú"}},
		{"a place's name alone under the banner", " date 2021-01-25\nthời tiết các vùng\n\nHà Nội\nTP Hồ Chí Minh\n\nQuang Trung triển khai nhiệm vụ năm 2021\n\nChiều ngày 22/1, phường Quang Trung tổ chức tổng kết năm 2020. Năm 2020, thu ngân sách của phường đạt 7,6 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 7.6e+09 2020 Phường Quang Trung"}},
	})
}
