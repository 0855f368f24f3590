package extract

import "testing"

// TestGrowthOfTotalProductionValue: "tốc độ tăng trưởng" (or "tăng
// trưởng") right before "tổng giá trị sản xuất" names the growth of the
// production value, the economy's growth, not the value; an amount after
// the same words is still the value.
func TestGrowthOfTotalProductionValue(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"result with words between",
			"Huyện Kỳ Sơn năm 2022.\n\nNăm 2022, tốc độ tăng trưởng tổng giá trị sản xuất của huyện bình quân đạt 8,4%.\n",
			[]string{"tang_truong_kinh_te actual 2022 8.4"}},
		{"target range",
			"Huyện Kỳ Sơn năm 2023.\n\nNăm 2023, huyện phấn đấu tăng trưởng tổng giá trị sản xuất đạt 7-7,5%.\n",
			[]string{"tang_truong_kinh_te plan 2023 7"}},
		{"abbreviated",
			"Huyện Kỳ Sơn năm 2022.\n\nNăm 2022, tốc độ tăng trưởng tổng GTSX đạt 6,9%.\n",
			[]string{"tang_truong_kinh_te actual 2022 6.9"}},
		// Negatives: an amount is the value; a ratio of the value alone.
		{"amount after the words",
			"Huyện Kỳ Sơn năm 2022.\n\nNăm 2022, tăng trưởng tổng giá trị sản xuất đạt 4.100 tỷ đồng.\n",
			[]string{"gia_tri_san_xuat actual 2022 4.1e+12"}},
		{"value's ratio to plan",
			"Huyện Kỳ Sơn năm 2022.\n\nNăm 2022, tổng giá trị sản xuất đạt 102% kế hoạch.\n",
			[]string{"gia_tri_san_xuat pct_of_plan 2022 102"}},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestCountAfterGroupCount: a count of groups (or breakthroughs, fields)
// joined by "và", "với" or a comma right before the count of targets
// leaves the targets' count to the verb before both.
func TestCountAfterGroupCount(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"và",
			"Huyện Kỳ Sơn năm 2024.\n\nNăm 2024, Huyện ủy xác định 5 nhóm và 19 chỉ tiêu chủ yếu.\n",
			[]string{"chi_tieu_hoan_thanh plan 2024 19"}},
		{"với",
			"Huyện Kỳ Sơn năm 2024.\n\nKỳ họp thông qua 3 lĩnh vực với 24 chỉ tiêu phát triển kinh tế - xã hội năm 2024.\n",
			[]string{"chi_tieu_hoan_thanh plan 2024 24"}},
		{"comma, two words",
			"Huyện Kỳ Sơn năm 2024.\n\nNăm 2024, huyện đề ra 3 khâu đột phá, 21 chỉ tiêu.\n",
			[]string{"chi_tieu_hoan_thanh plan 2024 21"}},
		// Negatives: no verb of setting before the first count.
		{"result verb",
			"Huyện Kỳ Sơn năm 2024.\n\nNăm 2024, huyện đạt 5 nhóm và 19 chỉ tiêu.\n",
			nil},
		{"a count of communes",
			"Huyện Kỳ Sơn năm 2024.\n\nNăm 2024, huyện có 4 xã và 19 chỉ tiêu.\n",
			nil},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestListOfCountedTargets: a sentence that sets a count of targets and
// nothing else, then one that opens a list ("Trong đó", "Cụ thể"): the
// list's figures without a kind word of their own are the targets, and a
// verbless sentence after them goes on with the plan. After a count of
// targets reached, or with a year of its own, the list reports results.
func TestListOfCountedTargets(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"trong đó, đạt",
			"Huyện Mang Yang năm 2022.\n\nNăm 2022, huyện Mang Yang phấn đấu thực hiện 19 chỉ tiêu chủ yếu. Trong đó, thu ngân sách trên địa bàn đạt 85 tỷ đồng. Tốc độ tăng trưởng kinh tế 9%.\n",
			[]string{"chi_tieu_hoan_thanh plan 2022 19", "thu_ngan_sach plan 2022 8.5e+10", "tang_truong_kinh_te plan 2022 9"}},
		{"cụ thể, đề ra",
			"Xã Ia Pết năm 2025.\n\nHĐND xã đề ra 15 chỉ tiêu năm 2025. Cụ thể, tỷ lệ tham gia bảo hiểm y tế đạt 95%; tỷ lệ hộ nghèo còn 4,2%.\n",
			[]string{"chi_tieu_hoan_thanh plan 2025 15", "ty_le_bhyt plan 2025 95", "ty_le_ho_ngheo plan 2025 4.2"}},
		// Negatives.
		{"the count was reached",
			"Huyện Mang Yang năm 2022.\n\nNăm 2022, huyện Mang Yang hoàn thành 19/19 chỉ tiêu chủ yếu. Trong đó, thu ngân sách trên địa bàn đạt 85 tỷ đồng.\n",
			[]string{"chi_tieu_hoan_thanh actual 2022 19", "chi_tieu_hoan_thanh plan 2022 19", "thu_ngan_sach actual 2022 8.5e+10"}},
		{"no list opener",
			"Huyện Mang Yang năm 2022.\n\nNăm 2022, huyện Mang Yang đề ra 19 chỉ tiêu chủ yếu. Năm 2022, thu ngân sách trên địa bàn đạt 85 tỷ đồng.\n",
			[]string{"chi_tieu_hoan_thanh plan 2022 19", "thu_ngan_sach actual 2022 8.5e+10"}},
		{"a year of its own in the list",
			"Huyện Mang Yang năm 2022.\n\nNăm 2022, huyện Mang Yang đề ra 19 chỉ tiêu chủ yếu. Trong đó, năm 2021 thu ngân sách trên địa bàn đạt 85 tỷ đồng.\n",
			[]string{"chi_tieu_hoan_thanh plan 2022 19", "thu_ngan_sach actual 2021 8.5e+10"}},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestExpectedOfReportedYear: in an undated text, "dự kiến" for a year
// whose results the text has already given is that year's estimated
// result; for a year it has given no result of, a plan.
func TestExpectedOfReportedYear(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"year end of a reported year",
			"Đại hội Đảng bộ huyện Phù Cát nhiệm kỳ 2020 - 2025.\n\nNăm 2020, thu ngân sách trên địa bàn ước đạt 410 tỷ đồng. Tỷ lệ hộ nghèo đến cuối năm 2020 dự kiến còn 2,1%.\n",
			[]string{"thu_ngan_sach actual 2020 4.1e+11", "ty_le_ho_ngheo actual 2020 2.1"}},
		{"same year named again",
			"Thị xã An Nhơn.\n\nThu ngân sách năm 2023 đạt 520 tỷ đồng. Năm 2023, tỷ lệ bao phủ bảo hiểm y tế dự kiến đạt 93,5%.\n",
			[]string{"thu_ngan_sach actual 2023 5.2e+11", "ty_le_bhyt actual 2023 93.5"}},
		// Negatives: a year with no result given is still to come.
		{"next year",
			"Thị xã An Nhơn.\n\nThu ngân sách năm 2023 đạt 520 tỷ đồng. Năm 2024, tỷ lệ bao phủ bảo hiểm y tế dự kiến đạt 95%.\n",
			[]string{"thu_ngan_sach actual 2023 5.2e+11", "ty_le_bhyt plan 2024 95"}},
		{"only a plan of the year before",
			"Thị xã An Nhơn.\n\nNăm 2024, thị xã phấn đấu thu ngân sách 560 tỷ đồng. Năm 2024, tỷ lệ bao phủ bảo hiểm y tế dự kiến đạt 95%.\n",
			[]string{"thu_ngan_sach plan 2024 5.6e+11", "ty_le_bhyt plan 2024 95"}},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestTargetsOfWholePlan: "N chỉ tiêu về (phát triển) kinh tế - xã hội"
// counts the whole plan's targets ("về" names the field, the whole); a
// count adopted with a resolution ("thông qua nghị quyết … với N chỉ
// tiêu", "ban hành kế hoạch … gồm N chỉ tiêu") is the plan's.
func TestTargetsOfWholePlan(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"về phát triển kinh tế - xã hội",
			"Tỉnh Kon Tum.\n\nHĐND tỉnh Kon Tum thông qua 19 chỉ tiêu về phát triển kinh tế - xã hội năm 2024.\n",
			[]string{"chi_tieu_hoan_thanh plan 2024 19"}},
		{"về kinh tế-xã hội, hyphen unspaced",
			"Huyện Đăk Hà.\n\nNăm 2025, huyện Đăk Hà đề ra 16 chỉ tiêu về kinh tế-xã hội.\n",
			[]string{"chi_tieu_hoan_thanh plan 2025 16"}},
		{"nghị quyết với",
			"Huyện Đăk Hà.\n\nNăm 2024, HĐND huyện Đăk Hà đã thông qua nghị quyết về nhiệm vụ năm 2024 với 18 chỉ tiêu chủ yếu.\n",
			[]string{"chi_tieu_hoan_thanh plan 2024 18"}},
		{"kế hoạch gồm",
			"Huyện Đăk Hà.\n\nNăm 2024, Huyện ủy Đăk Hà ban hành kế hoạch gồm 20 chỉ tiêu.\n",
			[]string{"chi_tieu_hoan_thanh plan 2024 20"}},
		// Negatives.
		{"về one field",
			"Huyện Đăk Hà.\n\nNăm 2025, huyện Đăk Hà đề ra 6 chỉ tiêu về kinh tế.\n",
			nil},
		{"a report, not a plan document",
			"Huyện Đăk Hà.\n\nNăm 2024, HĐND huyện Đăk Hà thông qua báo cáo với 18 chỉ tiêu đạt.\n",
			nil},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestStructureItemsUnderHeading: a line that names the economy's
// structure and ends in a colon heads the bulleted lines after it; the
// services line among them ("+ Ngành dịch vụ: 40,62%") is the services
// share, as is the services item of a "label: value" list in one line.
func TestStructureItemsUnderHeading(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"bullets on lines after the heading",
			"Chỉ tiêu năm 2024 của tỉnh Kon Tum\n\nCơ cấu kinh tế:\n\n- Nông, lâm nghiệp và thủy sản: 31,2%\n\n- Công nghiệp - xây dựng: 25,4%\n\n- Thương mại - dịch vụ: 36,9%\n",
			[]string{"ty_trong_dich_vu plan 2024 36.9"}},
		{"numbered heading, plus bullets, no blank lines",
			"Chỉ tiêu năm 2024 của tỉnh Kon Tum\n\n3. Cơ cấu GRDP:\n+ Khu vực dịch vụ: 38,5%\n+ Khu vực công nghiệp - xây dựng: 27%\n",
			[]string{"ty_trong_dich_vu plan 2024 38.5"}},
		{"label: value items in one line",
			"Chỉ tiêu năm 2024 của tỉnh Kon Tum\n\nCơ cấu kinh tế: nông nghiệp: 30%; công nghiệp: 28%; dịch vụ: 37,5%.\n",
			[]string{"ty_trong_dich_vu plan 2024 37.5"}},
		// Negatives: the services' growth, a heading that is no
		// structure's, a line that is no bullet.
		{"services growth under the heading",
			"Chỉ tiêu năm 2024 của tỉnh Kon Tum\n\nCơ cấu kinh tế:\n\n+ Ngành dịch vụ tăng 7,5%\n",
			nil},
		{"heading of growth rates",
			"Chỉ tiêu năm 2024 của tỉnh Kon Tum\n\nTốc độ tăng trưởng các ngành:\n\n+ Ngành dịch vụ: 7,5%\n",
			nil},
		{"no bullet after the heading",
			"Chỉ tiêu năm 2024 của tỉnh Kon Tum\n\nCơ cấu kinh tế:\n\nNgành dịch vụ được quan tâm.\n\n+ Ngành dịch vụ: 36%\n",
			nil},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestNumberedSectorsAndUnmarkedItems: in a list of the economy's
// structure, the sectors by their statistical numbers ("khu vực 1/2/3",
// "khu vực I/II/III") put the services third; an item that no mark
// separates from the one before begins after that one's figure; a
// sector name with its own "chiếm" heads the figure after it, never the
// one before.
func TestNumberedSectorsAndUnmarkedItems(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"arabic numbers, chiếm tỷ trọng",
			"Huyện Châu Phú năm 2022.\n\nNăm 2022, cơ cấu kinh tế của huyện: khu vực 1 chiếm tỷ trọng 40,2%, khu vực 2 chiếm tỷ trọng 12,5%, khu vực 3 chiếm tỷ trọng 47,3%.\n",
			[]string{"ty_trong_dich_vu actual 2022 47.3"}},
		{"roman numbers, semicolons",
			"Huyện Châu Phú năm 2022.\n\nVề cơ cấu kinh tế năm 2022, khu vực I chiếm 38%; khu vực II chiếm 14%; khu vực III chiếm 48%.\n",
			[]string{"ty_trong_dich_vu actual 2022 48"}},
		{"no comma before the services item",
			"Huyện Châu Phú năm 2022.\n\nNăm 2022, cơ cấu kinh tế: nông nghiệp chiếm 40,2%, công nghiệp chiếm 12,5% thương mại - dịch vụ chiếm 47,3%.\n",
			[]string{"ty_trong_dich_vu actual 2022 47.3"}},
		// Negatives: growth of a numbered sector; the first sector; a
		// structure of something else.
		{"growth of khu vực III",
			"Huyện Châu Phú năm 2022.\n\nNăm 2022, kinh tế huyện có khu vực III tăng 8,9%.\n",
			nil},
		{"khu vực 1 only",
			"Huyện Châu Phú năm 2022.\n\nNăm 2022, cơ cấu kinh tế: khu vực 1 chiếm 40,2%.\n",
			nil},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestRevenueArisingFromEconomy: "thu phát sinh kinh tế" is the revenue
// from economic activity, a part of the total (land and other revenue
// left out), whether named with "số thu" after the total or alone.
func TestRevenueArisingFromEconomy(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"after the total in one sentence",
			"Huyện Tiên Phước năm 2021.\n\nNăm 2021, tổng thu ngân sách trên địa bàn đạt 210 tỷ đồng, nổi bật là số thu phát sinh kinh tế trong năm 38 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2021 2.1e+11"}},
		{"alone",
			"Huyện Tiên Phước năm 2021.\n\nNăm 2021, thu ngân sách phát sinh kinh tế trên địa bàn đạt 38 tỷ đồng.\n",
			nil},
		// Negative: the total alone.
		{"the total",
			"Huyện Tiên Phước năm 2021.\n\nNăm 2021, thu ngân sách trên địa bàn đạt 210 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2021 2.1e+11"}},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestCountSharedByTwoActivities: a count of people that "và" gives to
// the indicator's activity and another ending the clause ("được giải
// quyết việc làm và đào tạo nghề;") is their sum, no fact; two
// indicators joined are read as before (their sum, no fact either).
func TestCountSharedByTwoActivities(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"count before, activity after",
			"Huyện Đăk Glei năm 2023.\n\nNăm 2023, hơn 700 lao động được tạo việc làm và học nghề; tỷ lệ hộ nghèo còn 12%.\n",
			[]string{"ty_le_ho_ngheo actual 2023 12"}},
		{"count after both",
			"Huyện Đăk Glei năm 2023.\n\nNăm 2023, huyện giải quyết việc làm và xuất khẩu lao động cho 820 người.\n",
			nil},
		// Negatives.
		{"the activity alone",
			"Huyện Đăk Glei năm 2023.\n\nNăm 2023, hơn 700 lao động được tạo việc làm; tỷ lệ hộ nghèo còn 12%.\n",
			[]string{"viec_lam_moi actual 2023 700", "ty_le_ho_ngheo actual 2023 12"}},
		{"two indicators joined",
			"Huyện Đăk Glei năm 2023.\n\nNăm 2023, toàn huyện có 1.250 hộ nghèo và hộ cận nghèo.\n",
			nil},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestTargetVerbGovernsBeatingThePlan: after a target verb ("phấn
// đấu"), beating or reaching the plan ("vượt dự toán", "vượt kế
// hoạch") is part of the target, so the figures after it in the sentence
// are targets too; without the target verb, or after "đã", they are
// results.
func TestTargetVerbGovernsBeatingThePlan(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"vượt dự toán, then a semicolon",
			"Phường Hòa Thuận năm 2022.\n\nNăm 2022, phường Hòa Thuận phấn đấu thu ngân sách vượt dự toán; tỷ lệ tham gia bảo hiểm y tế đạt 95,5%.\n",
			[]string{"ty_le_bhyt plan 2022 95.5"}},
		{"vượt kế hoạch, then a comma",
			"Phường Hòa Thuận năm 2022.\n\nNăm 2022, phường phấn đấu hoàn thành thu ngân sách vượt kế hoạch, tỷ lệ hộ nghèo giảm còn 1,8%.\n",
			[]string{"ty_le_ho_ngheo plan 2022 1.8"}},
		// Negatives: results.
		{"no target verb",
			"Phường Hòa Thuận năm 2022.\n\nNăm 2022, phường Hòa Thuận thu ngân sách vượt dự toán; tỷ lệ tham gia bảo hiểm y tế đạt 95,5%.\n",
			[]string{"ty_le_bhyt actual 2022 95.5"}},
		{"effort made, đã",
			"Phường Hòa Thuận năm 2022.\n\nNăm 2022, phường Hòa Thuận đã nỗ lực phấn đấu, thu ngân sách vượt dự toán, tỷ lệ tham gia bảo hiểm y tế đạt 95,5%.\n",
			[]string{"ty_le_bhyt actual 2022 95.5"}},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestRatioToAssignedTotal: "so với tổng số vốn được giao" is a ratio to
// what was assigned, a plan, though it opens with "tổng" (a share's
// whole, "so với tổng số hộ", otherwise); the assigned amount after "là"
// is the plan.
func TestRatioToAssignedTotal(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"tổng số vốn được giao",
			"Quận Bình Tân năm 2024.\n\nNăm 2024, quận Bình Tân giải ngân 910 tỷ đồng, đạt 71% so với tổng số vốn được giao.\n",
			[]string{"giai_ngan_dau_tu actual 2024 9.1e+11", "giai_ngan_dau_tu pct_of_plan 2024 71"}},
		{"tổng vốn được giao, with the amount",
			"Quận Bình Tân năm 2024.\n\nNăm 2024, quận Bình Tân giải ngân 910 tỷ đồng, đạt tỷ lệ 71% so với tổng vốn được giao là 1.282 tỷ đồng.\n",
			[]string{"giai_ngan_dau_tu actual 2024 9.1e+11", "giai_ngan_dau_tu pct_of_plan 2024 71", "giai_ngan_dau_tu plan 2024 1.282e+12"}},
		// Negative: a share of a whole.
		{"so tổng số hộ",
			"Quận Bình Tân năm 2024.\n\nNăm 2024, quận Bình Tân còn 85 hộ nghèo, chiếm 0,12% so với tổng số hộ.\n",
			[]string{"ty_le_ho_ngheo actual 2024 0.12"}},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestStructureItemWithHeadNoun: a structure list's services item may
// name the sector with its head noun ("ngành", "khu vực", "lĩnh vực")
// before any form of the services' name, and its figure may carry its
// own qualifier ("từ 17,2% - 17,4%").
func TestStructureItemWithHeadNoun(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"ngành thương mại - dịch vụ, semicolons",
			"Thị xã Hoài Nhơn năm 2025.\n\nNăm 2025, thị xã phấn đấu cơ cấu kinh tế: ngành công nghiệp - xây dựng 52%; ngành thương mại - dịch vụ 31,5%; ngành nông nghiệp 16,5%.\n",
			[]string{"ty_trong_dich_vu plan 2025 31.5"}},
		{"lĩnh vực, a range with từ",
			"Thị xã Hoài Nhơn năm 2025.\n\nNăm 2025, cơ cấu kinh tế của thị xã: tỷ trọng công nghiệp chiếm 50%, lĩnh vực thương mại, dịch vụ từ 33% - 34% và nông nghiệp 16%.\n",
			[]string{"ty_trong_dich_vu actual 2025 33"}},
		// Negatives: another sector with the head noun; no structure.
		{"ngành công nghiệp",
			"Thị xã Hoài Nhơn năm 2025.\n\nNăm 2025, cơ cấu kinh tế: ngành công nghiệp - xây dựng 52%.\n",
			nil},
		{"no structure named",
			"Thị xã Hoài Nhơn năm 2025.\n\nNăm 2025, ngành thương mại - dịch vụ 31,5%.\n",
			nil},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}
