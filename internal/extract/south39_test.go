package extract

import "testing"

// TestSouth39 holds the rules found on dev39 (southern district, town,
// city, commune and provincial results), with paraphrases and negatives.
func TestSouth39(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		// "Báo" names an outlet only as a word of its own: "báo cáo" is a
		// report, and the body whose report it is names the unit.
		{"the unit whose report the text cites", "Hoạt động các địa phương\n\nTheo báo cáo của UBND huyện Tân Lạc, năm 2023 thu ngân sách trên địa bàn đạt 30 tỷ đồng. Toàn huyện giải ngân vốn đầu tư công đạt 68%.\n",
			[]string{"giai_ngan_dau_tu pct_of_plan 68 2023 Huyện Tân Lạc", "thu_ngan_sach actual 3e+10 2023 Huyện Tân Lạc"}},
		{"a report of a town's people's committee", "Tin địa phương\n\nBáo cáo của UBND thị xã Sơn Hà cho biết, năm 2023 thu ngân sách trên địa bàn thị xã đạt 120 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 1.2e+11 2023 Thị xã Sơn Hà"}},
		{"a forecast of a district's people's committee", "Tin địa phương\n\nTheo dự báo của UBND huyện Tân Lạc, năm 2023 thu ngân sách trên địa bàn đạt 30 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 3e+10 2023 Huyện Tân Lạc"}},
		// A count of targets that goes on to name some of them ("như",
		// "trong đó", "gồm", a colon) leaves its list open: the next
		// sentence, with no year of its own, names more of them.
		{"targets named on past the count sentence", "Huyện Tân Lạc giao chỉ tiêu\n\nSáng ngày 12/12, UBND huyện Tân Lạc tổ chức hội nghị giao nhiệm vụ năm 2024.\n\nTheo Phòng Tài chính - Kế hoạch, năm 2024 kinh tế huyện dự báo tiếp tục phục hồi. Huyện đề ra 20 chỉ tiêu chủ yếu, trong đó có một số chỉ tiêu quan trọng như tốc độ tăng trưởng kinh tế đạt 8%. Tổng vốn đầu tư toàn xã hội đạt 3.000 tỷ đồng; tỷ lệ hộ nghèo giảm 1%.\n",
			[]string{"chi_tieu_hoan_thanh plan 20 2024 Huyện Tân Lạc", "tang_truong_kinh_te plan 8 2024 Huyện Tân Lạc", "von_dau_tu plan 3e+12 2024 Huyện Tân Lạc"}},
		{"targets named after a colon, then on", "Thị xã Sơn Hà giao chỉ tiêu\n\nSáng ngày 12/12, UBND thị xã Sơn Hà tổ chức hội nghị giao nhiệm vụ năm 2024.\n\nNăm 2024, kinh tế thị xã dự báo còn nhiều khó khăn. Thị xã phấn đấu thực hiện 18 chỉ tiêu, gồm: tốc độ tăng trưởng kinh tế 9%. Thu ngân sách trên địa bàn đạt 400 tỷ đồng.\n",
			[]string{"chi_tieu_hoan_thanh plan 18 2024 Thị xã Sơn Hà", "tang_truong_kinh_te plan 9 2024 Thị xã Sơn Hà", "thu_ngan_sach plan 4e+11 2024 Thị xã Sơn Hà"}},
		// Negatives: a year of its own, or a count that names none.
		{"the next sentence turns to a year of its own", "Huyện Tân Lạc giao chỉ tiêu\n\nSáng ngày 12/12, UBND huyện Tân Lạc tổ chức hội nghị giao nhiệm vụ năm 2024.\n\nTheo Phòng Tài chính - Kế hoạch, năm 2024 kinh tế huyện dự báo tiếp tục phục hồi. Huyện đề ra 20 chỉ tiêu chủ yếu, trong đó có chỉ tiêu tốc độ tăng trưởng kinh tế đạt 8%. Năm 2023, tổng vốn đầu tư toàn xã hội đạt 2.800 tỷ đồng.\n",
			[]string{"chi_tieu_hoan_thanh plan 20 2024 Huyện Tân Lạc", "tang_truong_kinh_te plan 8 2024 Huyện Tân Lạc", "von_dau_tu actual 2.8e+12 2023 Huyện Tân Lạc"}},
		// "A nói chung và B nói riêng": the text speaks of B; A is the
		// setting it narrows from.
		{"a province in general and its district in particular", "Kinh tế 6 tháng đầu năm\n\nTình hình kinh tế - xã hội 6 tháng đầu năm 2023 trên địa bàn tỉnh Lâm Đồng nói chung và huyện Đơn Dương nói riêng phát triển ổn định.\nTổng thu ngân sách nhà nước 6 tháng năm 2023 đạt 101 tỷ đồng, đạt 32,86% kế hoạch.\n",
			[]string{"thu_ngan_sach actual 1.01e+11 2023 Huyện Đơn Dương", "thu_ngan_sach pct_of_plan 32.86 2023 Huyện Đơn Dương"}},
		{"a city in general and its district in particular", "Kinh tế năm 2023\n\nNăm 2023, kinh tế của thành phố Hà Nội nói chung và quận Cầu Giấy nói riêng tiếp tục tăng trưởng. Thu ngân sách trên địa bàn đạt 5.000 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 5e+12 2023 Quận Cầu Giấy"}},
		// Negative: two units named side by side, neither in general.
		{"a province and its district side by side", "Kinh tế 6 tháng đầu năm\n\nTình hình kinh tế - xã hội 6 tháng đầu năm 2023 trên địa bàn tỉnh Lâm Đồng và huyện Đơn Dương phát triển ổn định.\nTổng thu ngân sách nhà nước 6 tháng năm 2023 đạt 101 tỷ đồng, đạt 32,86% kế hoạch.\n",
			[]string{"thu_ngan_sach actual 1.01e+11 2023 Tỉnh Lâm Đồng", "thu_ngan_sach pct_of_plan 32.86 2023 Tỉnh Lâm Đồng"}},
		// A share whose subject joins industry with services ("công
		// nghiệp-xây dựng và thương mại-dịch vụ chiếm …") is the two
		// sectors' together, with or without "tỷ trọng" before it, and so
		// is the change stated after it.
		{"industry and services joined without tỷ trọng", "Năm 2023, tỷ trọng nông, lâm nghiệp-thủy sản chiếm 9,05% (giảm 0,45% so với năm trước); ngành công nghiệp-xây dựng và thương mại-dịch vụ chiếm 90,95% (tăng 0,45% so với năm ngoái).", nil},
		{"services and industry joined", "Năm 2023, nông nghiệp chiếm 20%; khu vực dịch vụ và công nghiệp chiếm 80%.", nil},
		// Negatives: services alone, or trade and services as one sector.
		{"services alone after agriculture", "Năm 2023, tỷ trọng nông, lâm nghiệp-thủy sản chiếm 9,05%; ngành thương mại-dịch vụ chiếm 45,5% (tăng 0,5% so với năm trước).",
			[]string{"ty_trong_dich_vu actual 45.5 2023", "ty_trong_dich_vu change_vs_prev 0.5 2023"}},
		{"trade and services as one sector", "Năm 2023, nông nghiệp chiếm 20%; thương mại và dịch vụ chiếm 45%.",
			[]string{"ty_trong_dich_vu actual 45 2023"}},
		// A count of targets in a sentence that opens on one field of the
		// plan as its topic ("Về kinh tế, …") counts that field's: a part.
		{"a count under an economic topic", "Nhiệm kỳ 2015-2020, huyện hoàn thành 20/22 chỉ tiêu. Về kinh tế, có 6/7 chỉ tiêu đạt và vượt so với Nghị quyết.",
			[]string{"chi_tieu_hoan_thanh actual 20 2020", "chi_tieu_hoan_thanh plan 22 2020"}},
		{"a count under a cultural and social field", "Năm 2023, huyện hoàn thành 20/22 chỉ tiêu. Trên lĩnh vực văn hóa - xã hội, 9/10 chỉ tiêu đạt kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 20 2023", "chi_tieu_hoan_thanh plan 22 2023"}},
		// Negative: the whole plan as the topic.
		{"a count under the whole plan's topic", "Về kinh tế - xã hội, năm 2023 huyện hoàn thành 20/22 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 20 2023", "chi_tieu_hoan_thanh plan 22 2023"}},
		// "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ …": the services
		// a retail total joins are what it takes in, whichever it lists.
		{"retail and food and lodging services", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ăn uống, lưu trú trên địa bàn huyện 6 tháng đầu năm 2023 đạt 3.526,3 tỷ đồng, tăng 10,94% so với cùng kỳ.",
			[]string{"tong_muc_ban_le actual 3.5263e+12 2023", "tong_muc_ban_le change_vs_prev 10.94 2023"}},
		{"retail and lodging and food services, old tone mark", "Năm 2023, tổng mức bán lẻ hàng hoá và doanh thu dịch vụ lưu trú, ăn uống ước đạt 5.200 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 5.2e+12 2023"}},
		// Negative: food and lodging services alone are a part.
		{"food and lodging services alone", "Năm 2023, doanh thu dịch vụ ăn uống, lưu trú đạt 766,9 tỷ đồng.", nil},
		// "dự kiến" with a growth range for a year the text reports
		// results of is its expected outcome, an estimate; for a year to
		// come, a target.
		{"an expected growth range for the year reported on", "Bình Phước 6 tháng đầu năm 2022\n\nKinh tế 6 tháng tăng trưởng khá, ước đạt 6,91%. Thu ngân sách ước thực hiện 7.250 tỷ đồng, đạt 60% dự toán năm 2022.\n\nNếu duy trì được tốc độ này thì dự kiến năm 2022, tốc độ tăng trưởng kinh tế của tỉnh sẽ đạt 8-8,5%.\n",
			[]string{"tang_truong_kinh_te actual 6.91 2022 Tỉnh Bình Phước", "tang_truong_kinh_te actual 8-8.5 2022 Tỉnh Bình Phước", "thu_ngan_sach actual 7.25e+12 2022 Tỉnh Bình Phước", "thu_ngan_sach pct_of_plan 60 2022 Tỉnh Bình Phước"}},
		{"a growth range reckoned for the year reported on", "Bình Phước 6 tháng đầu năm 2022\n\nKinh tế 6 tháng tăng trưởng khá, ước đạt 6,91%. Thu ngân sách ước thực hiện 7.250 tỷ đồng, đạt 60% dự toán năm 2022.\n\nDự tính cả năm 2022, tăng trưởng kinh tế đạt 8-8,5%.\n",
			[]string{"tang_truong_kinh_te actual 6.91 2022 Tỉnh Bình Phước", "tang_truong_kinh_te actual 8-8.5 2022 Tỉnh Bình Phước", "thu_ngan_sach actual 7.25e+12 2022 Tỉnh Bình Phước", "thu_ngan_sach pct_of_plan 60 2022 Tỉnh Bình Phước"}},
		// Negative: the year to come.
		{"an expected growth range for the next year", "Bình Phước 6 tháng đầu năm 2022\n\nKinh tế 6 tháng tăng trưởng khá, ước đạt 6,91%. Thu ngân sách ước thực hiện 7.250 tỷ đồng, đạt 60% dự toán năm 2022.\n\nNăm 2023, tốc độ tăng trưởng kinh tế của tỉnh dự kiến đạt 8-8,5%.\n",
			[]string{"tang_truong_kinh_te actual 6.91 2022 Tỉnh Bình Phước", "tang_truong_kinh_te plan 8-8.5 2023 Tỉnh Bình Phước", "thu_ngan_sach actual 7.25e+12 2022 Tỉnh Bình Phước", "thu_ngan_sach pct_of_plan 60 2022 Tỉnh Bình Phước"}},
		// After the count of the plan's main targets ("chỉ tiêu chủ yếu"),
		// a count of another kind of targets listed next is another list.
		{"main targets, then the solution targets", "Nhiệm kỳ 2015- 2020, Đảng bộ xã đã thực hiện đạt và vượt 16/17 chỉ tiêu chủ yếu, 39/40 chỉ tiêu giải pháp; cơ cấu kinh tế chuyển dịch đúng hướng.",
			[]string{"chi_tieu_hoan_thanh actual 16 2020", "chi_tieu_hoan_thanh plan 17 2020"}},
		{"main targets and the task targets", "Năm 2023, huyện hoàn thành 18/18 chỉ tiêu chủ yếu và 25/27 chỉ tiêu nhiệm vụ.",
			[]string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 18 2023"}},
		// Negative: a second plan's count named by its giver stays a fact.
		{"main targets, then another plan's", "Năm 2023, huyện hoàn thành 16/17 chỉ tiêu chủ yếu, 18/18 chỉ tiêu HĐND huyện giao.",
			[]string{"chi_tieu_hoan_thanh actual 16 2023", "chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 17 2023", "chi_tieu_hoan_thanh plan 18 2023"}},
		// Negative: a newspaper's name is no unit.
		{"a newspaper named after its province", "Tin địa phương\n\nTheo Báo Tân Lạc huyện Tân Lạc, năm 2023 thu ngân sách trên địa bàn huyện đạt 30 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 3e+10 2023 Huyện"}},
	})
}
