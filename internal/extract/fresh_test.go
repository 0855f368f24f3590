package extract

import "testing"

// TestFreshKinds holds the error kinds that recur on text the extractor
// had not been tuned on (docs/fresh-errors.md), one broad rule a case or
// more, in the article of TestPhrases (a district's December 2023 report)
// unless a case brings its own.
func TestFreshKinds(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		// K4: the level a rate reaches is not of the year of the level it
		// left.
		{"the level reached after a dated level is not of that year", "Tỷ lệ hộ nghèo giảm từ 30,23% năm 2021, xuống còn 25,93%; trong đó, tỷ lệ hộ nghèo dân tộc thiểu số giảm trên 4%.",
			[]string{"ty_le_ho_ngheo actual 25.93 2023", "ty_le_ho_ngheo actual 30.23 2021"}},
		{"the level reached in brackets after the change", "Tỷ lệ hộ nghèo ước giảm 3,65% (từ 41,64% năm 2022 xuống 37,99%).",
			[]string{"ty_le_ho_ngheo actual 37.99 2023", "ty_le_ho_ngheo actual 41.64 2022", "ty_le_ho_ngheo change_vs_prev -3.65 2023"}},
		// K8/K10: a sentence that names one unit as its subject hands the
		// paragraph on to it.
		{"a later sentence's one unit takes the paragraph on", "Thành phố Hà Tĩnh là trung tâm của vùng, cách Hà Nội khoảng 350 km. Trong năm 2024, tỉnh Hà Tĩnh đã cơ bản đạt các mục tiêu đề ra. Cụ thể, tăng trưởng kinh tế của tỉnh năm 2024 đạt 6,5%. Thu ngân sách ước đạt 19.680 tỷ đồng, bằng 122% dự toán.\n",
			[]string{"tang_truong_kinh_te actual 6.5 2024 Tỉnh Hà Tĩnh", "thu_ngan_sach actual 1.968e+13 2024 Tỉnh Hà Tĩnh", "thu_ngan_sach pct_of_plan 122 2024 Tỉnh Hà Tĩnh"}},
		{"a sentence naming two units hands nothing on", "Báo cáo kinh tế - xã hội năm 2024\n\nHuyện Thông Nông trồng được 52 ha lúa. Trong năm 2024, huyện Thông Nông và huyện Hà Quảng cùng tổ chức hội nghị. Thu ngân sách đạt 2,4 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2.4e+09 2024 Huyện Thông Nông"}},
		// K6: the place ahead in a ranking, with its own figure.
		{"the place ahead in a ranking with its own figure", "Tốc độ tăng trưởng kinh tế ước đạt 9,5%, đứng thứ 2 cả nước (sau tỉnh Bắc Giang tăng trưởng 13,85%).",
			[]string{"tang_truong_kinh_te actual 13.85 2023 Tỉnh Bắc Giang", "tang_truong_kinh_te actual 9.5 2023"}},
		{"each place ahead in the bracket with its own figure", "Thu ngân sách đạt 1.250 tỷ đồng, đứng thứ 3 thành phố (sau huyện Đông Anh đạt 2.100 tỷ đồng và huyện Sóc Sơn đạt 1.400 tỷ đồng), bằng 110% dự toán.",
			[]string{"thu_ngan_sach actual 1.25e+12 2023", "thu_ngan_sach actual 1.4e+12 2023 Huyện Sóc Sơn", "thu_ngan_sach actual 2.1e+12 2023 Huyện Đông Anh", "thu_ngan_sach pct_of_plan 110 2023"}},
		{"places ahead without level words, each with its figure", "Tỉnh Nam Định tổng kết năm 2023\n\nNăm 2023, tỷ lệ hộ nghèo của tỉnh Nam Định còn 1,2%, thấp thứ 3 vùng (sau Bắc Ninh 0,6%, Hưng Yên 0,9%).\n",
			[]string{"ty_le_ho_ngheo actual 0.6 2023 Tỉnh Bắc Ninh", "ty_le_ho_ngheo actual 0.9 2023 Tỉnh Hưng Yên", "ty_le_ho_ngheo actual 1.2 2023 Tỉnh Nam Định"}},
		{"the places ahead without figures give none", "Thu ngân sách đạt 1.250 tỷ đồng, đứng thứ 3 trong tỉnh, chỉ sau huyện Đông Anh và huyện Sóc Sơn.",
			[]string{"thu_ngan_sach actual 1.25e+12 2023"}},
		{"a unit compared with by a difference gives none", "Tốc độ tăng trưởng kinh tế đạt 8,2%, cao hơn tỉnh Bắc Giang 1,2 điểm phần trăm.",
			[]string{"tang_truong_kinh_te actual 8.2 2023"}},
		// K8: the unit that holds the event the lead reports.
		{"the lead's host, its parent in brackets and officials' titles", "Tổng kết năm 2023\n\nSáng 20/12, UBND huyện Lâm Hà (Lâm Đồng) tổ chức hội nghị tổng kết công tác năm 2023. Dự hội nghị có Phó Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Văn An. Năm 2023, thu ngân sách trên địa bàn đạt 250 tỷ đồng, bằng 110% dự toán.\n",
			[]string{"thu_ngan_sach actual 2.5e+11 2023 Huyện Lâm Hà", "thu_ngan_sach pct_of_plan 110 2023 Huyện Lâm Hà"}},
		{"a ward's session with the city's officials", "Kỳ họp cuối năm\n\nSáng 20/12/2025, HĐND phường Tân An tổ chức kỳ họp thứ 5. Dự kỳ họp có Phó Chủ tịch UBND thành phố Cần Thơ Nguyễn Văn An, Giám đốc Sở Tài chính thành phố Cần Thơ Trần Bình. Năm 2025, thu ngân sách trên địa bàn đạt 25 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2.5e+10 2025 Phường Tân An"}},
		{"a lead with two hosts is a round-up", "Tổng kết năm 2023\n\nSáng 20/12, UBND tỉnh Lâm Đồng tổ chức hội nghị tổng kết. Năm 2023, tốc độ tăng trưởng kinh tế của tỉnh đạt 7,5%. Trước đó, huyện Lâm Hà tổ chức hội nghị tổng kết. Thu ngân sách toàn tỉnh đạt 9.000 tỷ đồng.\n",
			[]string{"tang_truong_kinh_te actual 7.5 2023 Tỉnh Lâm Đồng", "thu_ngan_sach actual 9e+12 2023 Tỉnh Lâm Đồng"}},
		{"a council's session named before its unit", "Kỳ họp cuối năm\n\nTại kỳ họp thứ 12 HĐND huyện Lâm Hà khóa XII, Phó Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Văn An phát biểu chỉ đạo. Năm 2023, thu ngân sách trên địa bàn đạt 250 tỷ đồng. Giám đốc Sở Tài chính tỉnh Lâm Đồng đánh giá cao.\n",
			[]string{"thu_ngan_sach actual 2.5e+11 2023 Huyện Lâm Hà"}},
		{"a unit that opens its session, its parent in brackets", "Khai mạc kỳ họp\n\nSáng 10/12/2025, HĐND xã Tân Hà (Lâm Đồng) khai mạc kỳ họp thứ 3. Dự có Phó Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Văn An. Năm 2025, thu ngân sách đạt 25 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2.5e+10 2025 Xã Tân Hà"}},
		// G: a ranking of places, each with its own figure.
		{"a province's ranking of districts, with and without level words", "Tỉnh Yên Bái công bố kết quả rà soát hộ nghèo\n\nNăm 2024, tỷ lệ hộ nghèo toàn tỉnh Yên Bái còn 8,5%. Huyện Trạm Tấu có tỷ lệ hộ nghèo cao nhất (40,2%), tiếp theo là huyện Mù Cang Chải với 35,1%, Văn Chấn 12,3%.\n",
			[]string{"ty_le_ho_ngheo actual 12.3 2024 Huyện Văn Chấn", "ty_le_ho_ngheo actual 35.1 2024 Huyện Mù Cang Chải", "ty_le_ho_ngheo actual 40.2 2024 Huyện Trạm Tấu", "ty_le_ho_ngheo actual 8.5 2024 Tỉnh Yên Bái"}},
		{"a district's ranking of communes led by a place that is the one with the most", "Năm 2023, kết nạp đảng viên mới toàn huyện đạt 320 người; Phù Đổng là xã kết nạp nhiều nhất, với 25 đảng viên, tiếp đến là xã Dương Hà 18 đảng viên và Kim Sơn 15 đảng viên.",
			[]string{"dang_vien_moi actual 15 2023 Xã Kim Sơn", "dang_vien_moi actual 18 2023 Xã Dương Hà", "dang_vien_moi actual 25 2023 Xã Phù Đổng", "dang_vien_moi actual 320 2023"}},
		{"places ranked without figures leave the figure to the text's unit", "Các xã Phù Đổng, Dương Hà là nơi có tỷ lệ hộ nghèo thấp nhất, tỷ lệ hộ nghèo toàn huyện còn 0,8%.",
			[]string{"ty_le_ho_ngheo actual 0.8 2023"}},
		{"the text's own unit ranked first keeps its figure", "Trong các huyện, Gia Lâm có tỷ lệ hộ nghèo thấp nhất (0,3%), tiếp theo là huyện Đông Anh với 0,5%.",
			[]string{"ty_le_ho_ngheo actual 0.3 2023", "ty_le_ho_ngheo actual 0.5 2023 Huyện Đông Anh"}},
		// J: a December text that names the coming year only as its
		// plan's is of the year before; "năm tới" is the plan's year.
		{"a resolution on next year's tasks, then \"trong năm tới\"", "Nghị quyết về nhiệm vụ năm tới\n\nNgày 20-12, HĐND huyện Gia Bình thông qua nghị quyết về nhiệm vụ năm 2025. Theo đó, trong năm tới, huyện phấn đấu thu ngân sách 450 tỷ đồng; tỷ lệ bao phủ bảo hiểm y tế đạt 95%.\n",
			[]string{"thu_ngan_sach plan 4.5e+11 2025 Huyện Gia Bình", "ty_le_bhyt plan 95 2025 Huyện Gia Bình"}},
		{"a plan of the coming year named in November, then \"năm tới\"", "Xây dựng kế hoạch phát triển\n\nSáng 15/11, UBND thị xã Sơn Tây xây dựng kế hoạch năm 2024. Năm tới, thị xã đặt mục tiêu giải quyết việc làm cho 4.000 lao động, thu ngân sách 600 tỷ đồng.\n",
			[]string{"thu_ngan_sach plan 6e+11 2024 Thị xã Sơn Tây", "viec_lam_moi plan 4000 2024 Thị xã Sơn Tây"}},
		{"a December text that reports the year it names keeps \"năm tới\" the next", "Tổng kết năm\n\nNgày 20-12, HĐND huyện Gia Bình họp kỳ cuối năm. Năm 2024, thu ngân sách trên địa bàn đạt 500 tỷ đồng. Năm tới, huyện phấn đấu thu ngân sách 550 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 5e+11 2024 Huyện Gia Bình", "thu_ngan_sach plan 5.5e+11 2025 Huyện Gia Bình"}},
		// K: a party congress's targets with no term named take the
		// term's last year.
		{"a commune's congress of 2025 sets its term's targets", " date 2025-07 Đại hội Đảng bộ xã Tân Hiệp\n\nĐại hội đại biểu Đảng bộ xã Tân Hiệp lần thứ I thông qua các mục tiêu: tỷ lệ hộ nghèo còn dưới 0,5%, tỷ lệ tham gia bảo hiểm y tế đạt 98%.\n",
			[]string{"ty_le_bhyt plan 98 2030 Xã Tân Hiệp", "ty_le_ho_ngheo plan 0.5 2030 Xã Tân Hiệp"}},
		{"a congress's target recalled mid-term", " date 2023-06 Sơ kết công tác 6 tháng\n\nSáu tháng đầu năm 2023, kinh tế huyện Tân Uyên tăng 6,1%. Mục tiêu Đại hội Đảng bộ huyện lần thứ XXV đề ra là tốc độ tăng trưởng kinh tế bình quân 9%/năm.\n",
			[]string{"tang_truong_kinh_te actual 6.1 2023 Huyện Tân Uyên", "tang_truong_kinh_te plan 9 2025 Huyện Tân Uyên"}},
		{"a congress's target recalled in an undated report of its year", "Báo cáo kinh tế - xã hội năm 2023\n\nNăm 2023, kinh tế huyện Tân Uyên tăng 6,1%. Mức này còn thấp hơn mục tiêu Đại hội Đảng bộ huyện lần thứ XXV đề ra (mục tiêu: tăng trưởng kinh tế bình quân 9%/năm).\n",
			[]string{"tang_truong_kinh_te actual 6.1 2023 Huyện Tân Uyên", "tang_truong_kinh_te plan 9 2025 Huyện Tân Uyên"}},
		{"a congress's target with its own year keeps it", " date 2025-07 Đại hội Đảng bộ xã Tân Hiệp\n\nĐại hội Đảng bộ xã Tân Hiệp đề ra mục tiêu năm 2026 thu ngân sách trên địa bàn đạt 30 tỷ đồng.\n",
			[]string{"thu_ngan_sach plan 3e+10 2026 Xã Tân Hiệp"}},
		// "N năm qua" as the window of a record is not the figures' period.
		{"the first year in a window of years is the year reported", " date 2025-03 Kết quả năm 2024\n\nLà năm đầu tiên trong vòng 5 năm qua, tỉnh Bắc Ninh có thu ngân sách đạt hơn 30.000 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 3e+13 2024 Tỉnh Bắc Ninh"}},
		{"the highest in a window of years is the year reported", " date 2025-03 Kinh tế năm 2024\n\nCao nhất trong 10 năm qua, tốc độ tăng trưởng kinh tế của tỉnh Bắc Ninh đạt 9,2%.\n",
			[]string{"tang_truong_kinh_te actual 9.2 2024 Tỉnh Bắc Ninh"}},
		{"a clause opening with a word before \"trong N năm qua\" (no \"đầu tiên\" to read back to)", " date 2025-03 Công tác xây dựng Đảng\n\nTiên trong 5 năm qua, Đảng bộ tỉnh Bắc Ninh kết nạp 15.000 đảng viên mới.\n",
			[]string{"dang_vien_moi actual 15000 2025 Tỉnh Bắc Ninh"}},
		{"a period of years just past still takes its last year", " date 2025-03 Công tác xây dựng Đảng\n\nNăm 2024, Đảng bộ tỉnh Bắc Ninh kết nạp 3.100 đảng viên. Trong 5 năm qua, Đảng bộ tỉnh kết nạp 15.000 đảng viên mới.\n",
			[]string{"dang_vien_moi actual 15000 2025 Tỉnh Bắc Ninh", "dang_vien_moi actual 3100 2024 Tỉnh Bắc Ninh"}},
		// A range of people or households is a target's (or an estimate's).
		{"a planned range of jobs", "Năm 2024, huyện phấn đấu giải quyết việc làm mới cho 3.000 - 3.500 lao động.",
			[]string{"viec_lam_moi plan 3000-3500 2024"}},
		{"a target's range of party admissions written with \"từ … đến\"", "Chỉ tiêu năm 2024: kết nạp từ 150 đến 180 đảng viên mới.",
			[]string{"dang_vien_moi plan 150-180 2024"}},
		{"a range of people stated as a result is no fact", "Năm 2023, huyện đã giải quyết việc làm cho 3.000 - 3.500 lao động.",
			nil},
		{"a range of targets is no count", "Năm 2023, huyện có 17-18 chỉ tiêu đạt kế hoạch.",
			nil},
		// All the sectors together ("cả 3 khu vực", "các khu vực") are the
		// economy, not one sector.
		{"growth after all three sectors", "Năm 2023, kinh tế huyện tăng trưởng khá ở cả 3 khu vực, tăng 7,2% so với năm 2022.",
			[]string{"tang_truong_kinh_te actual 7.2 2023"}},
		{"growth after all the sectors in words", "GRDP của huyện năm 2023 tăng ở cả ba khu vực, đạt 8,4%.",
			[]string{"tang_truong_kinh_te actual 8.4 2023"}},
		{"one sector's growth stays no fact", "Kinh tế huyện năm 2023 tăng 6,5%, trong đó khu vực dịch vụ tăng 8,2%; khu vực công nghiệp - xây dựng tăng 9%.",
			[]string{"tang_truong_kinh_te actual 6.5 2023"}},
		// A subject named before a colon goes on through a series of
		// periods, one an item.
		{"growth by quarter after a colon", "Tăng trưởng kinh tế của huyện qua các quý như sau: quý I tăng 5,2%; sang quý II tăng nhanh (6,1%); đến quý III chỉ còn tăng 4,8%.",
			[]string{"tang_truong_kinh_te actual 4.8 2023", "tang_truong_kinh_te actual 5.2 2023", "tang_truong_kinh_te actual 6.1 2023"}},
		{"retail sales by month after a colon", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ các tháng cuối năm như sau: tháng 10 đạt 950 tỷ đồng; bước sang tháng 11 lên tới 1.020 tỷ đồng; tháng 12 ước khoảng 1.100 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 1.02e+12 2023", "tong_muc_ban_le actual 1.1e+12 2023", "tong_muc_ban_le actual 9.5e+11 2023"}},
		{"an item that is no period keeps no subject", "Giải quyết việc làm cho 2.500 lao động, cụ thể: xuất khẩu lao động 212 người; đào tạo nghề cho 300 lao động.",
			[]string{"viec_lam_moi actual 2500 2023"}},
		// A line cut by a hard wrap goes on in the next one.
		{"a paragraph wrapped inside its figures", "Báo cáo kinh tế - xã hội năm 2023\n\nNăm 2023, thu ngân sách trên địa bàn huyện Gia Bình ước đạt 1.250 tỷ\nđồng, bằng 112% dự toán tỉnh giao; tỷ lệ hộ nghèo của huyện Gia Bình\ngiảm còn 1,2%.\n",
			[]string{"thu_ngan_sach actual 1.25e+12 2023 Huyện Gia Bình", "thu_ngan_sach pct_of_plan 112 2023 Huyện Gia Bình", "ty_le_ho_ngheo actual 1.2 2023 Huyện Gia Bình"}},
		{"a wrap between a period's words and its figure", "Báo cáo kinh tế - xã hội năm 2023 của tỉnh Bắc Kạn\n\nTính chung cả giai đoạn, tốc độ tăng trưởng kinh tế bình quân mỗi\nnăm giai đoạn 2021-2023 của tỉnh Bắc Kạn đạt 4,2%/năm.\n",
			[]string{"tang_truong_kinh_te actual 4.2 2023 Tỉnh Bắc Kạn"}},
		{"a short headline line is not joined to the next", "Thu ngân sách huyện Gia Bình\nnăm 2023 vượt dự toán\n\nNăm 2023, thu ngân sách trên địa bàn huyện Gia Bình đạt 1.250 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 1.25e+12 2023 Huyện Gia Bình"}},
		// "tăng/giảm bình quân" is a total's average yearly change.
		{"a revenue's average yearly change over a period", "Giai đoạn 2021-2023, thu ngân sách trên địa bàn huyện tăng bình quân 12,5%/năm.",
			[]string{"thu_ngan_sach change_vs_prev 12.5 2023"}},
		{"an investment total's average yearly change", "Năm 2023, tổng vốn đầu tư phát triển trên địa bàn huyện tăng bình quân 9,2% mỗi năm.",
			[]string{"von_dau_tu change_vs_prev 9.2 2023"}},
		{"an average per project is no total", "Năm 2023, vốn đầu tư bình quân mỗi dự án đạt 50 tỷ đồng, thu ngân sách bình quân đầu người đạt 5 triệu đồng.",
			nil},
		// "GRDP bình quân" before a yearly percentage is average growth.
		{"a target of average GRDP growth a year", "Năm 2023, huyện đề ra mục tiêu đến năm 2025 tăng trưởng GRDP bình quân 8,5% mỗi năm.",
			[]string{"tang_truong_kinh_te plan 8.5 2025"}},
		{"an average GRDP growth over a period", "Giai đoạn 2021-2023, GRDP bình quân tăng 6,2%/năm.",
			[]string{"tang_truong_kinh_te actual 6.2 2023"}},
		{"GRDP per head and its ratio to plan stay no facts", "Năm 2023, GRDP bình quân đầu người đạt 75 triệu đồng, bằng 104% kế hoạch.",
			nil},
		// L: a text with no year of its own but a season across two years.
		{"a month's report naming only a crop season across two years", "Tình hình kinh tế tháng 3\n\nTrong tháng 3, kinh tế của huyện Phong Điền ổn định; vụ lúa Đông Xuân năm 2023 - 2024 xuống giống được 9.000 ha. Thu ngân sách trên địa bàn huyện được 85,2 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 8.52e+10 2024 Huyện Phong Điền"}},
		{"a report naming only a harvest year across two years", "Kết quả sản xuất\n\nNiên vụ cà phê năm 2022-2023, huyện Krông Năng thu hoạch 60.000 tấn. Tỷ lệ tham gia bảo hiểm y tế của huyện đạt 93,5%.\n",
			[]string{"ty_le_bhyt actual 93.5 2023 Huyện Krông Năng"}},
		{"a text naming only its council's term keeps the term's start", "Kỳ họp HĐND\n\nHĐND huyện Krông Năng khóa XII, nhiệm kỳ 2021 - 2026 họp kỳ thường lệ. Tỷ lệ tham gia bảo hiểm y tế của huyện đạt 93,5%.\n",
			[]string{"ty_le_bhyt actual 93.5 2021 Huyện Krông Năng"}},
		// Names typed with the eth letter ("Ð", U+00D0) for "Đ".
		{"a part named with the eth letter", "Riêng xã Ðình Xuyên thu ngân sách đạt 12 tỷ đồng, bằng 120% dự toán.",
			[]string{"thu_ngan_sach actual 1.2e+10 2023 Xã Đình Xuyên", "thu_ngan_sach pct_of_plan 120 2023 Xã Đình Xuyên"}},
		{"a text's unit and its time words typed with the eth letter", "UBND HUYỆN ÐAN PHƯỢNG\n\nÐến hết năm 2024, thu ngân sách trên địa bàn huyện Ðan Phượng ước đạt 1.100 tỷ đồng; tỷ lệ hộ nghèo còn 0,5%.\n",
			[]string{"thu_ngan_sach actual 1.1e+12 2024 Huyện Đan Phượng", "ty_le_ho_ngheo actual 0.5 2024 Huyện Đan Phượng"}},
		// K10: a period's figure in brackets after the period.
		{"a period's average in brackets takes the period's last year", "Tốc độ tăng trưởng kinh tế năm 2023 ước đạt 8,1%, cao hơn bình quân giai đoạn 2021-2022 (7,45%).",
			[]string{"tang_truong_kinh_te actual 7.45 2022", "tang_truong_kinh_te actual 8.1 2023"}},
		// Signs: a growth rate that falls, or a figure written with its
		// own sign, is negative (d10 "so với CK giảm nhiều (-9,28%)").
		{"an economy that shrank grew by a negative rate", "Tổng sản phẩm trên địa bàn (GRDP) năm 2023 ước giảm 3,15% so với năm 2022.",
			[]string{"tang_truong_kinh_te actual -3.15 2023"}},
		{"a minus written on a growth figure is its sign", "Tốc độ tăng trưởng kinh tế quý II đạt -2,4%, thấp nhất từ trước đến nay.",
			[]string{"tang_truong_kinh_te actual -2.4 2023"}},
		{"signed figures in brackets, a comparative after the verb, quarters carried", "Kinh tế 6 tháng đầu năm tăng trưởng âm (-1,7%); quý III giảm ít hơn (-0,6%); quý IV tăng trở lại (+2,1%).",
			[]string{"tang_truong_kinh_te actual -0.6 2023", "tang_truong_kinh_te actual -1.7 2023", "tang_truong_kinh_te actual 2.1 2023"}},
		{"a verb's fall and the figure's minus are one fall", "Tỷ lệ hộ nghèo năm 2023 giảm (-1,5%) so với năm 2022; chi ngân sách tăng (+4,3%) so với cùng kỳ.",
			[]string{"chi_ngan_sach change_vs_prev 4.3 2023", "ty_le_ho_ngheo change_vs_prev -1.5 2023"}},
		{"a hyphen after a number is a range, no sign", "Năm 2024, huyện phấn đấu tăng trưởng kinh tế 6- 6,8%.",
			[]string{"tang_truong_kinh_te plan 6-6.8 2024"}},
		{"the growth rate's fall against last year's rate is no fact; the rate stays", "Tốc độ tăng trưởng kinh tế đạt 7,2%, giảm 0,5% so với năm trước.",
			[]string{"tang_truong_kinh_te actual 7.2 2023"}},
		{"a signed difference after cao hơn is none", "Tăng trưởng kinh tế đạt 7,2%, cao hơn (+1,1%) so với năm trước.",
			[]string{"tang_truong_kinh_te actual 7.2 2023"}},
		// K11: what grows is named before a bare growth cue; its Not
		// phrases hold for every figure the cue governs, past a period's
		// count ("6 tháng") or an earlier figure of the list.
		{"sectors named before the growth cue, figures respectively", "Các ngành nông nghiệp và dịch vụ tiếp tục tăng trưởng, lần lượt đạt 2,8% và 6,5%.",
			nil},
		{"a sector's growth past the counts of months", "Công nghiệp và xây dựng giữ vững đà tăng trưởng, 6 tháng đạt 8,1%, 9 tháng đạt 9,4%.",
			nil},
		{"the capital of projects attracted, a second currency", "Huyện thu hút 12 dự án mới và điều chỉnh tăng vốn 5 dự án, với tổng vốn đầu tư 20 triệu USD và 1.250 tỷ đồng.",
			nil},
		{"the economy named before the cue keeps its figures", "Kinh tế tiếp tục tăng trưởng khá, tính chung 6 tháng tăng 6,2%, cả năm ước đạt 6,8%.",
			[]string{"tang_truong_kinh_te actual 6.2 2023", "tang_truong_kinh_te actual 6.8 2023"}},
		{"a sector's figure before the economy's cue denies only its own", "Khu vực công nghiệp tăng 9%, tốc độ tăng trưởng kinh tế đạt 7,1%; tổng vốn đầu tư toàn xã hội đạt 5.200 tỷ đồng, tăng 8% so với cùng kỳ.",
			[]string{"tang_truong_kinh_te actual 7.1 2023", "von_dau_tu actual 5.2e+12 2023", "von_dau_tu change_vs_prev 8 2023"}},
		// A plan read as a result: a target verb governs the result
		// verbs of its clause; a growth range is a target unless its own
		// clause has the result word.
		{"a target verb governs a later result verb of its clause", "Năm 2024, huyện quyết tâm phấn đấu thu nhập bình quân đạt 70 triệu đồng/người, hoàn thành giải quyết việc làm cho 2.500 lao động.",
			[]string{"viec_lam_moi plan 2500 2024"}},
		{"a target verb governs thực hiện after a comma", "Huyện phấn đấu tổng vốn đầu tư toàn xã hội đạt 5.000 tỷ đồng, thực hiện kết nạp 150 đảng viên mới.",
			[]string{"dang_vien_moi plan 150 2023", "von_dau_tu plan 5e+12 2023"}},
		{"striving as a noun governs nothing", "Với sự nỗ lực phấn đấu, năm 2023 huyện hoàn thành thu ngân sách 320 tỷ đồng.",
			[]string{"thu_ngan_sach actual 3.2e+11 2023"}},
		{"a result marker after the target verb is a result again", "Huyện phấn đấu vượt khó, đã hoàn thành thu ngân sách 320 tỷ đồng.",
			[]string{"thu_ngan_sach actual 3.2e+11 2023"}},
		{"the target verb's clause ends at a semicolon", "Huyện phấn đấu thu ngân sách 400 tỷ đồng; thực hiện 11 tháng đạt 320 tỷ đồng.",
			[]string{"thu_ngan_sach actual 3.2e+11 2023", "thu_ngan_sach plan 4e+11 2023"}},
		{"a growth range after another clause's result word is a target", "Giá trị sản xuất ước đạt 12.000 tỷ đồng; tốc độ tăng trưởng kinh tế 7,5 - 8%.",
			[]string{"gia_tri_san_xuat actual 1.2e+13 2023", "tang_truong_kinh_te plan 7.5-8 2023"}},
		{"a growth range with its own result word is a result", "Tốc độ tăng trưởng kinh tế ước đạt 7,5 - 8%.",
			[]string{"tang_truong_kinh_te actual 7.5-8 2023"}},
		// K21: one figure stated twice, once with a year the text names
		// and once with a year inferred (from the page's date) is one
		// fact, of the named year.
		{"a headline's dated figure and the lede's undated restatement", "Thứ sáu 16/01/2026 10:20\n\nHuyện Gia Lâm: tăng trưởng kinh tế năm 2024 đạt 7,25%\n\nLà mức cao nhất trong 5 năm qua, tốc độ tăng trưởng kinh tế của huyện Gia Lâm đạt 7,25%.\n",
			[]string{"tang_truong_kinh_te actual 7.25 2024"}},
		{"a body figure dated by a span, restated with its year", "Thứ ba 10/02/2026 08:15\n\nHuyện Gia Lâm: kinh tế tăng trưởng khá\n\nTrong 3 năm qua, huyện Gia Lâm thu hút tổng vốn đầu tư toàn xã hội đạt 8.350 tỷ đồng mỗi năm.\n\nNăm 2024, tổng vốn đầu tư toàn xã hội của huyện đạt 8.350 tỷ đồng, tăng 9%.\n",
			[]string{"von_dau_tu actual 8.35e+12 2024", "von_dau_tu change_vs_prev 9 2024"}},
		{"equal figures of two named years, and a small count, stay two", "Huyện Gia Lâm tổng kết năm 2024\n\nNgày 15/12/2024, UBND huyện Gia Lâm tổ chức hội nghị tổng kết.\n\nNăm 2023 thu ngân sách đạt 1.250 tỷ đồng; năm 2024 thu ngân sách đạt 1.250 tỷ đồng.\n\nTrong 5 năm qua, huyện kết nạp 150 đảng viên mới. Năm 2023 huyện kết nạp 150 đảng viên mới.\n",
			[]string{"dang_vien_moi actual 150 2023", "dang_vien_moi actual 150 2024", "thu_ngan_sach actual 1.25e+12 2023", "thu_ngan_sach actual 1.25e+12 2024"}},
		// F: a rate's change given as a range is a target's (a planned
		// change, no fact), unless an estimate word stands in its clause.
		{"a yearly average fall of a rate as a range", "Giai đoạn 2021 - 2023, tỷ lệ hộ nghèo đa chiều bình quân mỗi năm giảm 2 - 3%.",
			nil},
		{"a rate of poverty reduction as a range", "Tỷ lệ giảm nghèo bình quân hằng năm đạt 1,5 - 2%.",
			nil},
		{"an estimated fall as a range stays a change", "Tỷ lệ hộ nghèo ước giảm 1 - 1,5% so với năm 2022.",
			[]string{"ty_le_ho_ngheo change_vs_prev -1--1.5 2023"}},
		{"a measured fall stays a change", "Tỷ lệ hộ nghèo giảm 1,24%, còn 3,1%.",
			[]string{"ty_le_ho_ngheo actual 3.1 2023", "ty_le_ho_ngheo change_vs_prev -1.24 2023"}},
		// The base of a comparison: only the previous period's actual
		// (the previous year, its end, the year's start, the same period
		// of the previous year, the previous term) makes a change or a
		// ratio a fact; another month or quarter of the year, a year
		// further back, the term's start, or a change over several years
		// with no base named is none.
		{"quarter on quarter is no change from the previous period", "Tổng vốn đầu tư toàn xã hội quý III/2023 đạt 1.500 tỷ đồng, tăng 12% so với quý II/2023.",
			[]string{"von_dau_tu actual 1.5e+12 2023"}},
		{"a rate compared with a year further back", "Đến cuối năm 2023, tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,5%, tăng 15,2% so với năm 2015.",
			[]string{"ty_le_bhyt actual 93.5 2023"}},
		{"a ratio to the same period of a year further back", "Năm 2023, thu ngân sách trên địa bàn đạt 320 tỷ đồng, bằng 185% so với cùng kỳ năm 2019.",
			[]string{"thu_ngan_sach actual 3.2e+11 2023"}},
		{"a change from the term's start", "Năm 2023, tỷ lệ gia đình văn hóa đạt 91%, tăng 6% so với đầu nhiệm kỳ.",
			[]string{"ty_le_gia_dinh_van_hoa actual 91 2023"}},
		{"changes over several years with no base", "Sau 5 năm thực hiện Nghị quyết, tỷ lệ dân số tham gia bảo hiểm y tế tăng 12%. Giai đoạn 2019-2023, tỷ lệ hộ nghèo giảm 4,2%. Tổng vốn đầu tư toàn xã hội tăng 60% trong 3 năm.",
			nil},
		{"the previous year, its end, the year's start and last year's same month stay", "Tỷ lệ hộ nghèo cuối năm 2023 còn 2,1%, giảm 0,6% so với cuối năm 2022. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%, tăng 1,1% so với đầu năm. Chi ngân sách năm 2023 tăng 9% so với năm 2022.",
			[]string{"chi_ngan_sach change_vs_prev 9 2023", "ty_le_bhyt actual 94 2023", "ty_le_bhyt change_vs_prev 1.1 2023", "ty_le_ho_ngheo actual 2.1 2023", "ty_le_ho_ngheo change_vs_prev -0.6 2023"}},
		{"a month compared with the same month of the year before stays", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 11/2023 đạt 900 tỷ đồng, tăng 9% so với tháng 11/2022.",
			[]string{"tong_muc_ban_le actual 9e+11 2023", "tong_muc_ban_le change_vs_prev 9 2023"}},
		{"a period that names the poverty standard is no span of the change", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025 giảm 1,2%. Trong năm 2023, tỷ lệ bao phủ bảo hiểm y tế tăng 0,8%.",
			[]string{"ty_le_bhyt change_vs_prev 0.8 2023", "ty_le_ho_ngheo change_vs_prev -1.2 2023"}},
		// The nation after a rank or a superlative is the ranking's
		// field: the subject's figure stays its own. The nation as the
		// subject (also with "toàn" mistyped), or a region heading the
		// clause, holds figures that are not the unit's.
		{"a superlative over the nation ranks the unit", "Năm 2023, huyện là địa phương có tỷ lệ dân số tham gia bảo hiểm y tế cao nhất toàn quốc, đạt 98,2%. Giải ngân vốn đầu tư công của huyện thuộc nhóm dẫn đầu cả nước, đạt 97% kế hoạch.",
			[]string{"giai_ngan_dau_tu pct_of_plan 97 2023", "ty_le_bhyt actual 98.2 2023"}},
		{"a fall fastest in the nation, from one level to another", "Huyện có tỷ lệ hộ nghèo giảm nhanh nhất trong cả nước khi giảm từ 12,4% năm 2020 xuống 3,1% năm 2023.",
			[]string{"ty_le_ho_ngheo actual 12.4 2020", "ty_le_ho_ngheo actual 3.1 2023"}},
		{"the nation as subject, with its first word's tone mistyped, and a year before it", "Năm 2023, toan quốc tỷ lệ bao phủ bảo hiểm y tế đạt 93,4% dân số. Tỷ lệ bao phủ bảo hiểm y tế của huyện đạt 95,6%. Theo kế hoạch, tỷ lệ bao phủ bảo hiểm y tế năm 2025 toàn quốc đạt 95%.",
			[]string{"ty_le_bhyt actual 95.6 2023"}},
		{"a region heading its clause holds the region's figure", "Khu vực Tây Nguyên có tỷ lệ hộ nghèo cao nhất cả nước (15,1%), ở vùng Đồng bằng sông Cửu Long tỷ lệ hộ nghèo còn 3,2%. Tỷ lệ hộ nghèo của huyện còn 1,1%.",
			[]string{"ty_le_ho_ngheo actual 1.1 2023"}},
		// A stretch after a comma with its own activity done for the
		// figure's people ("…, <activity> cho N …") does not inherit the
		// subject named before the comma.
		{"training for workers after the jobs created", "Năm 2023, huyện tạo việc làm mới cho 2.100 lao động, vượt 5% kế hoạch, tập huấn chuyển giao kỹ thuật cho 1.500 lượt nông dân, đạt 110% kế hoạch.",
			[]string{"viec_lam_moi actual 2100 2023"}},
		{"houses built for households after those that escaped poverty", "Năm 2023, toàn huyện có 320 hộ thoát nghèo, đạt 105% kế hoạch, hỗ trợ xây nhà đại đoàn kết cho 45 hộ, đạt 90% kế hoạch.",
			[]string{"ho_thoat_ngheo actual 320 2023", "ho_thoat_ngheo pct_of_plan 105 2023"}},
		{"the subject's own verbs and a new cue after the comma stay", "Huyện giải quyết việc làm cho 1.800 lao động, đạt 102% kế hoạch, tăng 5% so với năm 2022. Huyện đào tạo nghề cho 600 lao động nông thôn, giải quyết việc làm cho 1.900 lao động.",
			[]string{"viec_lam_moi actual 1800 2023", "viec_lam_moi actual 1900 2023", "viec_lam_moi change_vs_prev 5 2023", "viec_lam_moi pct_of_plan 102 2023"}},
		// A running total's period word ("tính chung", "cộng dồn", "lũy
		// kế", "cả năm") opening a clause or a sentence that names no
		// subject goes on with the subject just spoken of.
		{"a running total after a semicolon, given by là and a qualifier", "Doanh thu thương mại - dịch vụ quý IV ước đạt 2.150 tỷ đồng; tính chung cả năm là gần 8.300 tỷ đồng, đạt 101% kế hoạch.",
			[]string{"tong_muc_ban_le actual 2.15e+12 2023", "tong_muc_ban_le actual 8.3e+12 2023", "tong_muc_ban_le pct_of_plan 101 2023"}},
		{"a running total opening the next sentence", "Thu ngân sách nhà nước trên địa bàn tháng 11 đạt 95 tỷ đồng. Cộng dồn 11 tháng đầu năm đạt 812 tỷ đồng, bằng 88% dự toán.",
			[]string{"thu_ngan_sach actual 8.12e+11 2023", "thu_ngan_sach actual 9.5e+10 2023", "thu_ngan_sach pct_of_plan 88 2023"}},
		{"a running total with its own subject, or of another measure, keeps its own", "Thu ngân sách tháng 11 đạt 95 tỷ đồng. Lũy kế 11 tháng, chi ngân sách đạt 700 tỷ đồng. Thu ngân sách tháng 11 đạt 96 tỷ đồng. Tính chung 11 tháng đạt 1.200 lượt khách.",
			[]string{"chi_ngan_sach actual 7e+11 2023", "thu_ngan_sach actual 9.5e+10 2023", "thu_ngan_sach actual 9.6e+10 2023"}},
		// A change verb right before a rate's cue names the rate's change:
		// the figure given by "là", "được" (or "đạt" after a fall) is the
		// change in points, not the level.
		{"the result of raising a rate, stated with là", "Kết quả thực hiện tăng tỷ lệ dân số tham gia bảo hiểm y tế năm 2023 là 2,1%.",
			[]string{"ty_le_bhyt change_vs_prev 2.1 2023"}},
		{"the fall of the poverty rate, stated with được", "Năm 2023, huyện giảm tỷ lệ hộ nghèo theo chuẩn đa chiều được 1,35%.",
			[]string{"ty_le_ho_ngheo change_vs_prev -1.35 2023"}},
		{"a level reached after the change verb, and a planned change, stay as they were", "Năm 2023, huyện giảm tỷ lệ hộ nghèo xuống còn 2,4%; tăng tỷ lệ bao phủ bảo hiểm y tế đạt 93%. Năm 2024, phấn đấu giảm tỷ lệ hộ nghèo là 1%.",
			[]string{"ty_le_bhyt actual 93 2023", "ty_le_ho_ngheo actual 2.4 2023"}},
		// After a count of targets, a count of the same total after "trong
		// đó" / "trong số" grades some of them: a part, not the count.
		{"the targets done well among all those reached", "Năm 2023, huyện hoàn thành 25/25 chỉ tiêu kinh tế - xã hội, trong số đó có 9/25 chỉ tiêu đạt cao so với kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 25 2023", "chi_tieu_hoan_thanh plan 25 2023"}},
		{"the targets exceeded among those reached, with a different grading", "Kết thúc nhiệm kỳ, có 16/18 chỉ tiêu đạt kế hoạch, trong đó 11/18 chỉ tiêu hoàn thành trước thời hạn.",
			[]string{"chi_tieu_hoan_thanh actual 16 2023", "chi_tieu_hoan_thanh plan 18 2023"}},
		{"a plain count reached after the count assigned stays", "Năm 2023, Nghị quyết HĐND huyện đề ra 24 chỉ tiêu, trong đó đạt và vượt 21 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 21 2023", "chi_tieu_hoan_thanh plan 24 2023"}},
		// "Tỷ lệ giảm nghèo" names the change only of the figures whose
		// own subject it is: a level after its own cue later in the
		// sentence stays a level.
		{"the rate's level after the fall's figure", "Năm 2023, tỷ lệ giảm nghèo của huyện đạt 1,6%, tỷ lệ hộ nghèo còn 2,1%.",
			[]string{"ty_le_ho_ngheo actual 2.1 2023", "ty_le_ho_ngheo change_vs_prev -1.6 2023"}},
		{"the year-end level after the yearly fall, across a semicolon", "Tỷ lệ giảm hộ nghèo đạt 1,2%; tỷ lệ hộ nghèo cuối năm còn 3,4%.",
			[]string{"ty_le_ho_ngheo actual 3.4 2023", "ty_le_ho_ngheo change_vs_prev -1.2 2023"}},
		{"the fall's figures carried to a later clause stay falls", "Giảm tỷ lệ hộ nghèo đạt 0,9%, vượt kế hoạch; năm 2022 đạt 1,1%.",
			[]string{"ty_le_ho_ngheo change_vs_prev -0.9 2023", "ty_le_ho_ngheo change_vs_prev -1.1 2022"}},
		// A collecting agency's own collection (the tax office, the
		// treasury) is a part of the total; the agency as the figure's
		// source is not.
		{"the tax office's collection after the total", "Năm 2023, thu ngân sách đạt 1.250 tỷ đồng, bằng 110% dự toán, Chi cục Thuế khu vực Gia Lâm thu được 800 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.25e+12 2023", "thu_ngan_sach pct_of_plan 110 2023"}},
		{"the tax office's and the treasury's collections", "Năm 2023, thu ngân sách đạt 1.250 tỷ đồng; Chi cục Thuế huyện thu 800 tỷ đồng, Kho bạc Nhà nước huyện thu 20 tỷ đồng. Thu ngân sách nhà nước trên địa bàn năm 2022 đạt 3.400 tỷ đồng, Đội Thuế liên phường số 2 thu được 95 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.25e+12 2023", "thu_ngan_sach actual 3.4e+12 2022"}},
		{"an agency that reports the total stays", "Theo Chi cục Thuế, thu ngân sách đạt 1.350 tỷ đồng. Theo báo cáo của Kho bạc Nhà nước huyện tổng chi ngân sách đạt 900 tỷ đồng. Cục Thuế thành phố cho biết thu ngân sách năm 2022 đạt 1.300 tỷ đồng.",
			[]string{"chi_ngan_sach actual 9e+11 2023", "thu_ngan_sach actual 1.35e+12 2023", "thu_ngan_sach actual 1.3e+12 2022"}},
		// The parts after "trong đó" are parts unless the total they
		// follow, in its own item, counts the poor and the near-poor
		// together; a heading before the item that names both is not
		// that total.
		{"a sub-group of the near-poor after a heading naming both", "Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm: hộ cận nghèo còn 1.870 hộ, trong đó 520 hộ cận nghèo thuộc diện bảo trợ xã hội.",
			nil},
		{"a sub-group after a colon item of a review naming both", "Theo kết quả rà soát hộ nghèo và hộ cận nghèo năm 2023: số hộ cận nghèo toàn huyện là 2.450 hộ, trong đó có 610 hộ cận nghèo người dân tộc thiểu số.",
			nil},
		{"the near-poor within a total of both, its subject before a colon", "Tổng số hộ nghèo và hộ cận nghèo toàn huyện là 3.100 hộ, trong đó hộ cận nghèo 1.900 hộ. Tổng số hộ nghèo, hộ cận nghèo năm 2022: 3.400 hộ, trong đó hộ cận nghèo là 2.050 hộ.",
			[]string{"ho_can_ngheo actual 1900 2023", "ho_can_ngheo actual 2050 2022"}},
		// A ratio to a period's plan that ends after the figure's year is
		// the share of a longer plan done so far, not the year's ratio;
		// at the period's end it is the period's.
		{"a year's share of a five-year plan and of a term's target", "Năm 2023, giải ngân vốn đầu tư công đạt 1.200 tỷ đồng, bằng 38% kế hoạch giai đoạn 2021 - 2025. Năm 2022, huyện giải quyết việc làm cho 3.100 lao động, đạt 42% chỉ tiêu nhiệm kỳ 2020-2025.",
			[]string{"giai_ngan_dau_tu actual 1.2e+12 2023", "viec_lam_moi actual 3100 2022"}},
		{"the period's ratio at its end and the year's ratio stay", "Giai đoạn 2016 - 2020, tổng vốn đầu tư toàn xã hội đạt 25.000 tỷ đồng, bằng 105% kế hoạch giai đoạn 2016 - 2020. Thu ngân sách đạt 1.250 tỷ đồng, bằng 102% dự toán năm 2023.",
			[]string{"thu_ngan_sach actual 1.25e+12 2023", "thu_ngan_sach pct_of_plan 102 2023", "von_dau_tu actual 2.5e+13 2020", "von_dau_tu pct_of_plan 105 2020"}},
		// A share in the bracket that opens with a count's change is the
		// change's share, not the rate's level.
		{"the share of the households added since the year's start", "Hộ nghèo có 10.689 hộ, chiếm 3,20% so với tổng số hộ toàn huyện (tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%).",
			[]string{"ty_le_ho_ngheo actual 3.2 2023"}},
		{"the share of the households that left poverty", "Cuối năm 2023, số hộ nghèo còn 850 hộ (giảm 1.250 hộ, chiếm 0,6% tổng số hộ).",
			[]string{"ho_thoat_ngheo actual 1250 2023"}},
		{"a share after the bracket of the change is the count's rate", "Cuối năm 2023, toàn huyện còn 320 hộ nghèo (giảm 85 hộ so với năm 2022), chiếm tỷ lệ 0,9%.",
			[]string{"ho_thoat_ngheo actual 85 2023", "ty_le_ho_ngheo actual 0.9 2023"}},
		// A percentage given by "chiếm" is a share of the whole named
		// around it, never the whole's growth, whichever cue names it.
		{"a sector's share of GRDP, with a qualifier", "Năm 2023, kinh tế tư nhân chiếm khoảng 40% GRDP của huyện.",
			nil},
		{"a share with tỷ trọng before the figure and the whole after it", "Kinh tế biển chiếm tỷ trọng trên 25% tổng sản phẩm trên địa bàn.",
			nil},
		{"the growth rate beside a share keeps its figure", "Tăng trưởng kinh tế đạt 7,2%, trong đó kinh tế số chiếm 15%. Kế hoạch năm 2024, tốc độ tăng trưởng GRDP đạt 8%.",
			[]string{"tang_truong_kinh_te actual 7.2 2023", "tang_truong_kinh_te plan 8 2024"}},
		// "các chỉ tiêu (chủ yếu) (như) sau:" after a resolution or a plan
		// heads a list of targets, across its semicolons, whatever verb
		// each item states its figure with.
		{"a resolution passed with its basic targets, items with đạt, còn, hoàn thành", "Ngày 20/12, HĐND huyện đã thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2024 với các chỉ tiêu cơ bản sau: thu ngân sách trên địa bàn đạt 500 tỷ đồng; tỷ lệ hộ nghèo còn 0,5%; tỷ lệ tham gia bảo hiểm y tế đạt 95%; hoàn thành giải quyết việc làm cho 3.000 lao động.",
			[]string{"thu_ngan_sach plan 5e+11 2024", "ty_le_bhyt plan 95 2024", "ty_le_ho_ngheo plan 0.5 2024", "viec_lam_moi plan 3000 2024"}},
		{"some main targets as follows, of a resolution voted", "Kỳ họp đã biểu quyết Nghị quyết năm 2024 gồm một số chỉ tiêu chủ yếu như sau: tốc độ tăng trưởng kinh tế đạt 7,5%; giải quyết việc làm mới cho 2.500 lao động; tỷ lệ gia đình văn hóa đạt 92%.",
			[]string{"tang_truong_kinh_te plan 7.5 2024", "ty_le_gia_dinh_van_hoa plan 92 2024", "viec_lam_moi plan 2500 2024"}},
		{"a count of targets before a colon and the results of targets stay results", "Năm 2023, huyện hoàn thành 18/18 chỉ tiêu: thu ngân sách đạt 450 tỷ đồng; tỷ lệ hộ nghèo còn 0,9%. Kết quả thực hiện các chỉ tiêu chủ yếu: tỷ lệ bao phủ bảo hiểm y tế đạt 93%; giải quyết việc làm cho 2.800 lao động.",
			[]string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 18 2023", "thu_ngan_sach actual 4.5e+11 2023", "ty_le_bhyt actual 93 2023", "ty_le_ho_ngheo actual 0.9 2023", "viec_lam_moi actual 2800 2023"}},
		// Several plans' counts in one sentence, each named by its giver,
		// under one result verb: the second plain count is all its plan's
		// targets reached, a fact of its own even where its figure equals
		// the first plan's.
		{"a district's and a province's counts under one result verb", "Năm 2023, huyện đạt và vượt 17/19 chỉ tiêu do tỉnh giao, 21 chỉ tiêu Nghị quyết HĐND huyện đề ra.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh actual 21 2023", "chi_tieu_hoan_thanh plan 19 2023", "chi_tieu_hoan_thanh plan 21 2023"}},
		{"a party's and a council's counts joined by và, the second equal to the first's plan", "Trong năm 2023, huyện thực hiện đạt 16/18 chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện đề ra và 18 chỉ tiêu HĐND huyện giao.",
			[]string{"chi_tieu_hoan_thanh actual 16 2023", "chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 18 2023", "chi_tieu_hoan_thanh plan 18 2023"}},
		{"a count graded or missed after the first plan's count stays a part", "Năm 2023, huyện hoàn thành 18/20 chỉ tiêu tỉnh giao, 6 chỉ tiêu vượt kế hoạch tỉnh giao. Huyện đạt 15/17 chỉ tiêu HĐND huyện giao, 2 chỉ tiêu chưa đạt.",
			[]string{"chi_tieu_hoan_thanh actual 15 2023", "chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 17 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
		{"a planned second count gives no result", "Năm 2024, huyện phấn đấu hoàn thành 18/18 chỉ tiêu tỉnh giao, 20 chỉ tiêu HĐND huyện giao.",
			[]string{"chi_tieu_hoan_thanh plan 18 2024"}},
		// A level word made a kind by the word after it ("huyện nghèo",
		// "xã đặc biệt khó khăn"), or counted ("4 huyện", "các xã"),
		// names a group of units: not the text's unit, and a sentence
		// that opens with it gives the group's figures, past its
		// members' names and a colon, unless a unit is named before the
		// figure.
		{"groups of units open their sentences", "Riêng các xã đặc biệt khó khăn trên địa bàn, tỷ lệ hộ nghèo còn 12,5%. Đối với 5 xã vùng cao là Xuân Sơn, Tân Sơn, Kim Thượng, Đồng Sơn, Thu Cúc, tỷ lệ hộ nghèo giảm 4,1%. Xã bãi ngang ven biển theo Quyết định số 353/QĐ-TTg: tỷ lệ hộ nghèo là 18,6%; số hộ cận nghèo là 2.310 hộ.",
			nil},
		{"the whole named after a group, and a group in a sentence before, keep the unit's figures", "Các xã, thị trấn đã tích cực triển khai, tỷ lệ hộ nghèo toàn huyện còn 1,8%. Các xã vùng cao được hỗ trợ kịp thời. Số hộ cận nghèo còn 950 hộ.",
			[]string{"ho_can_ngheo actual 950 2023", "ty_le_ho_ngheo actual 1.8 2023"}},
		{"a kind of unit is not the text's unit", "Kết quả rà soát hộ nghèo năm 2023\n\nBộ Lao động công bố kết quả rà soát hộ nghèo năm 2023.\n\nHuyện miền núi được ưu tiên hỗ trợ vốn. Huyện nghèo được hỗ trợ thêm.\n\nNăm 2023, số hộ thoát nghèo là 1.200 hộ.\n",
			[]string{"ho_thoat_ngheo actual 1200 2023 Chưa rõ đơn vị"}},
		// A count measured against the new-rural criteria set, or listed
		// right after a commune's criteria count, is the criteria's, not
		// a plan's targets (spec: new-rural criteria are not targets).
		{"the indicators after a commune's criteria count", "Đến cuối năm 2023, xã Phù Đổng đã đạt 17/19 tiêu chí và 52/57 chỉ tiêu.",
			nil},
		{"a count against the national criteria set", "So với Bộ tiêu chí quốc gia về xã nông thôn mới, xã Kim Sơn đã đạt 45/57 chỉ tiêu.",
			nil},
		{"the plan's count with its own verb after the criteria stays", "Huyện hoàn thành 19/19 tiêu chí nông thôn mới, hoàn thành 18/18 chỉ tiêu kinh tế - xã hội.",
			[]string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 18 2023"}},
		// A "tiêu chí" count in a sentence that named the new-rural
		// programme in an earlier clause: the criteria the communes met,
		// summed; tied to a resolution or plan in its own clause, the
		// count is the plan's.
		{"criteria summed over the programme's communes", "Năm 2021, về thực hiện chương trình xây dựng nông thôn mới, toàn huyện Krông Bông đạt 120/247 tiêu chí, bình quân 9,2 tiêu chí/xã.",
			nil},
		{"criteria after the programme named with its abbreviation", "Năm 2022, về xây dựng NTM: huyện Tuy Đức đạt 96/114 tiêu chí, tăng 8 tiêu chí.",
			nil},
		// A bare "giải ngân" measured against "kế hoạch vốn X" where the
		// sentence named "vốn X" before it: one pot's disbursement, a
		// part; the whole public investment's plan stays.
		{"carried-over capital's disbursement is a part", "Năm 2020, nguồn vốn năm 2019 chuyển sang của huyện Krông Bông có 40 công trình với tổng vốn chuyển nguồn là 35,2 tỷ đồng; giải ngân đến ngày 30/6/2020 là 20,1 tỷ đồng, đạt 57,1% kế hoạch vốn chuyển nguồn.",
			nil},
		{"extended capital's disbursement is a part", "Năm 2021, huyện Tuy Đức được bổ sung vốn kéo dài 12,5 tỷ đồng; đến nay giải ngân 8,2 tỷ đồng, đạt 65,6% kế hoạch vốn kéo dài.",
			nil},
		{"the year's plan of capital is the whole", "Năm 2024, huyện Tuy Đức giải ngân 300 tỷ đồng, đạt 60% kế hoạch vốn năm 2024.",
			[]string{"giai_ngan_dau_tu actual 3e+11 2024 Huyện Tuy Đức", "giai_ngan_dau_tu pct_of_plan 60 2024 Huyện Tuy Đức"}},
		// A bracket that gives figures of its own is their aside: its
		// words ("lưu trú, ăn uống", "nội địa") deny nothing to the
		// figures after it; a bracket with no figure still qualifies
		// the subject ("(không kể thu tiền sử dụng đất)").
		{"an aside with its own figure, then the total's change", "Năm 2022, tổng mức bán lẻ hàng hóa của thị xã Buôn Hồ đạt 2.150 tỷ đồng (doanh thu lưu trú, ăn uống 410 tỷ đồng), tăng 8,4% so với năm 2021.",
			[]string{"tong_muc_ban_le actual 2.15e+12 2022 Thị xã Buôn Hồ", "tong_muc_ban_le change_vs_prev 8.4 2022 Thị xã Buôn Hồ"}},
		{"an aside with a figure in words of another kind, then the total's change", "Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ của huyện Krông Pắc ước đạt 6.020 tỷ đồng (dịch vụ lưu trú ước 950 tỷ đồng), tăng 11,3% so với cùng kỳ.",
			[]string{"tong_muc_ban_le actual 6.02e+12 2023 Huyện Krông Pắc", "tong_muc_ban_le change_vs_prev 11.3 2023 Huyện Krông Pắc"}},
		{"a bracket with no figure still qualifies", "Năm 2023, thu ngân sách huyện Tân Kỳ (không kể thu tiền sử dụng đất) đạt 512 tỷ đồng, tăng 6% so với năm 2022.",
			nil},
		// A ratio names its base right after it: a base that is no plan,
		// no period before and nothing assigned (a scenario, a
		// programme) makes a ratio of neither kind; plans, assigned
		// amounts and "tổng kế hoạch" stay ratios of the plan.
		{"a ratio of a scenario is no ratio of the plan", "Năm 2023, thu ngân sách của huyện Cư Kuin đạt 520 tỷ đồng, bằng 48% dự toán, bằng 90% kịch bản điều hành.",
			[]string{"thu_ngan_sach actual 5.2e+11 2023 Huyện Cư Kuin", "thu_ngan_sach pct_of_plan 48 2023 Huyện Cư Kuin"}},
		{"a ratio of a programme is no ratio of the plan", "Năm 2023, tổng thu ngân sách huyện Ea Kar ước đạt 2.100 tỷ đồng, đạt 102% phương án thu của huyện.",
			[]string{"thu_ngan_sach actual 2.1e+12 2023 Huyện Ea Kar"}},
		{"a ratio of what the province assigned stays the plan's", "Năm 2023, thu ngân sách huyện Ea Kar đạt 2.100 tỷ đồng, đạt 102% tỉnh giao.",
			[]string{"thu_ngan_sach actual 2.1e+12 2023 Huyện Ea Kar", "thu_ngan_sach pct_of_plan 102 2023 Huyện Ea Kar"}},
		{"a ratio of the whole plan stays the plan's", "Năm 2023, giải ngân vốn đầu tư công của huyện Ea Kar đạt 300 tỷ đồng, bằng 85% tổng kế hoạch vốn.",
			[]string{"giai_ngan_dau_tu actual 3e+11 2023 Huyện Ea Kar", "giai_ngan_dau_tu pct_of_plan 85 2023 Huyện Ea Kar"}},
		// An amount inside a short quoted name ("CLB 1.000 tỷ đồng") is
		// part of the name, not the unit's figure; a quoted statement
		// with its verb, and a quoted word before the figure, keep it.
		{"a club named by an amount gives none", "Năm 2023, huyện Ea Kar lần đầu vào nhóm \"câu lạc bộ 500 tỷ đồng\" về thu ngân sách.",
			nil},
		{"a group named by an amount gives none", "Năm 2023, thu ngân sách đưa thị xã Buôn Hồ vào \"nhóm 2.000 tỷ đồng\" của tỉnh.",
			nil},
		{"a quoted statement keeps its figure", "Ông Nguyễn Văn An cho biết: \"Năm 2023, thu ngân sách huyện Ea Kar đạt 1.200 tỷ đồng\".",
			[]string{"thu_ngan_sach actual 1.2e+12 2023 Huyện Ea Kar"}},
		{"a quoted word before the figure keeps it", "Năm 2023, thu ngân sách huyện Ea Kar đạt mức \"kỷ lục\" 1.200 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.2e+12 2023 Huyện Ea Kar"}},
		// One sector as the subject of a growth ("ngành", "lĩnh vực",
		// "khu vực" and its own words, opening the stretch of the
		// figure): the sector's growth, not the economy's. Sectors
		// taken together, and the economy named after the sector as a
		// subject of its own, keep theirs.
		{"a sector excepted with its growth gives none", "Năm 2023, trừ ngành khai khoáng có mức tăng trưởng âm 3,2%, các ngành khác của tỉnh Gia Lai đều tăng khá.",
			nil},
		{"a sector that drives the growth with its own rate gives none", "Năm 2023, ngành chế biến gỗ là đầu tàu tăng trưởng của tỉnh Bình Định với tốc độ tăng 15,4%.",
			nil},
		{"the economy's growth named after the sector keeps it", "Năm 2023, ngành chế biến gỗ phục hồi mạnh giúp tăng trưởng kinh tế của tỉnh Bình Định đạt 8,1%.",
			[]string{"tang_truong_kinh_te actual 8.1 2023 Tỉnh Bình Định"}},
		{"the product named after the sector keeps its growth", "Năm 2023, ngành chế biến gỗ phục hồi mạnh giúp GRDP của tỉnh Gia Lai tăng 7,4%.",
			[]string{"tang_truong_kinh_te actual 7.4 2023 Tỉnh Gia Lai"}},
		{"sectors together keep the growth", "Năm 2023, các ngành kinh tế của tỉnh Gia Lai đều tăng trưởng khá, tốc độ tăng trưởng kinh tế đạt 7,2%.",
			[]string{"tang_truong_kinh_te actual 7.2 2023 Tỉnh Gia Lai"}},
		// Two sectors joined by "và" under one "tỷ trọng" share one
		// figure, their share together: the services' alone it is not.
		// One sector's name that holds "và" ("thương mại và dịch vụ")
		// and a list giving each sector its own share keep theirs.
		{"another sector joined before services, one share", "Năm 2023, huyện Ea Kar có tỷ trọng nông nghiệp và dịch vụ chiếm 70%.",
			nil},
		{"services joined before another sector, one share", "Năm 2023, tỉ trọng dịch vụ và công nghiệp của huyện Krông Pắc đạt 65%.",
			nil},
		{"trade and services, one sector's name, keep its share", "Năm 2023, huyện Cư Kuin có tỷ trọng thương mại và dịch vụ chiếm 45%.",
			[]string{"ty_trong_dich_vu actual 45 2023 Huyện Cư Kuin"}},
		{"each sector with its own share keeps the services'", "Năm 2023, tỷ trọng công nghiệp - xây dựng của huyện Buôn Đôn chiếm 40%, dịch vụ chiếm 45%.",
			[]string{"ty_trong_dich_vu actual 45 2023 Huyện Buôn Đôn"}},
		// A subset of the sectors ("một số ngành kinh tế") in the
		// subject of a rise is a part: "ngành kinh tế" names the
		// sectors, no economy as subject. The economy named after them
		// as a subject of its own keeps its growth.
		{"a subset of the sectors' production value gives no growth", "Năm 2023, giá trị sản xuất một số ngành kinh tế của huyện Ea Kar tăng 11%.",
			nil},
		{"a quarter's rise of some sectors gives no growth", "Quý I/2023, giá trị sản xuất một số ngành kinh tế của huyện Lắk tăng 12% so với cùng kỳ.",
			nil},
		{"the total of some main sectors keeps its growth", "Năm 2023, tốc độ tăng tổng giá trị sản xuất của một số ngành chủ yếu trên địa bàn huyện Lắk đạt 9,2%.",
			[]string{"tang_truong_kinh_te actual 9.2 2023 Huyện Lắk"}},
		{"the economy after some sectors keeps its growth", "Năm 2023, một số ngành phục hồi mạnh giúp kinh tế của huyện Cư Kuin tăng 7,5%.",
			[]string{"tang_truong_kinh_te actual 7.5 2023 Huyện Cư Kuin"}},
		// A ratio right after a count's change ("giảm 215 hộ …, đạt 180%
		// chỉ tiêu") is that change's, not the rate's; a level's count
		// with its ratio, and a ratio right after the rate, keep theirs.
		{"a ratio after the households' fall is not the rate's", "Năm 2023, tỷ lệ hộ nghèo của huyện Ea Kar còn 3,1%, giảm 215 hộ so với năm 2022, đạt 180% chỉ tiêu.",
			[]string{"ho_thoat_ngheo actual 215 2023 Huyện Ea Kar", "ty_le_ho_ngheo actual 3.1 2023 Huyện Ea Kar"}},
		{"a ratio after the insured's rise is not the rate's", "Năm 2023, tỷ lệ bao phủ bảo hiểm y tế của huyện Krông Pắc đạt 92%, tăng 3.400 người so với năm 2022, bằng 115% kế hoạch.",
			[]string{"ty_le_bhyt actual 92 2023 Huyện Krông Pắc"}},
		{"a level's count with its ratio keeps it", "Năm 2023, huyện Cư Kuin có 152.300 người tham gia bảo hiểm y tế, đạt 102,4% kế hoạch.",
			[]string{"ty_le_bhyt pct_of_plan 102.4 2023 Huyện Cư Kuin"}},
		{"a ratio right after the rate keeps it", "Năm 2023, tỷ lệ hộ nghèo của huyện Buôn Đôn giảm còn 3,1%, đạt 120% kế hoạch.",
			[]string{"ty_le_ho_ngheo actual 3.1 2023 Huyện Buôn Đôn", "ty_le_ho_ngheo pct_of_plan 120 2023 Huyện Buôn Đôn"}},
		// An indicator named right after a comparative ("cao hơn thu
		// ngân sách của 3 huyện …") is the object compared with: its
		// figure is the compared one's, not the unit's. The unit's own
		// figure before it, and a comparative closed by a comma, keep
		// theirs.
		{"the revenue compared with gives no figure", "Năm 2023, thu ngân sách huyện Ea Kar đạt 1.200 tỷ đồng, cao hơn thu ngân sách của 3 huyện lân cận cộng lại (khoảng 900 tỷ đồng).",
			[]string{"thu_ngan_sach actual 1.2e+12 2023 Huyện Ea Kar"}},
		{"the disbursement compared with gives no figure", "Năm 2023, giải ngân vốn đầu tư công của huyện Lắk đạt 400 tỷ đồng, nhiều hơn giải ngân vốn đầu tư công của cả 2 năm trước gộp lại là 350 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 4e+11 2023 Huyện Lắk"}},
		{"a comparative closed by a comma leaves the subject after it", "Năm 2023, huyện Cư Kuin làm tốt hơn, thu ngân sách đạt 1.200 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.2e+12 2023 Huyện Cư Kuin"}},
		// Two indicators' names joined by "và" in one subject share one
		// figure, their sum: a fact of neither. One indicator's name
		// that itself holds "và", and two subjects each with its own
		// figure, keep theirs.
		{"production value and retail joined, one amount", "Năm 2024, giá trị sản xuất công nghiệp - tiểu thủ công nghiệp và tổng mức bán lẻ, doanh thu dịch vụ của huyện Ea Kar ước đạt trên 1.400 tỷ đồng.",
			nil},
		{"investment and revenue joined, one amount", "Năm 2023, tổng vốn đầu tư toàn xã hội và thu ngân sách trên địa bàn huyện Cư Kuin đạt 3.200 tỷ đồng.",
			nil},
		{"one indicator's name with its own và keeps its figure", "Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ của huyện Cư Kuin đạt 3.200 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 3.2e+12 2023 Huyện Cư Kuin"}},
		{"two subjects with a figure each keep theirs", "Năm 2023, thu ngân sách huyện Cư Kuin đạt 320 tỷ đồng và tổng mức bán lẻ hàng hóa đạt 2.100 tỷ đồng.",
			[]string{"thu_ngan_sach actual 3.2e+11 2023 Huyện Cư Kuin", "tong_muc_ban_le actual 2.1e+12 2023 Huyện Cư Kuin"}},
		// "vượt" joined to a reach verb ("đạt và vượt", "đạt, vượt"), a
		// plan noun beside the figure, 100% or more: the ratio reached;
		// a margin (under 100%, or "vượt" alone) stays none.
		{"reached and exceeded the plan, the ratio after the plan", "Năm 2022, tổng thu ngân sách trên địa bàn thị trấn Phong Điền đạt, vượt kế hoạch tỉnh giao 117,5%.",
			[]string{"thu_ngan_sach pct_of_plan 117.5 2022 Thị trấn Phong Điền"}},
		{"reached and exceeded the plan, the ratio before the plan", "Năm 2022, thu ngân sách của xã Tân Lập đạt và vượt 135% chỉ tiêu huyện giao.",
			[]string{"thu_ngan_sach pct_of_plan 135 2022 Xã Tân Lập"}},
		{"a margin over the plan is no ratio", "Năm 2022, thu ngân sách của xã Tân Lập đạt và vượt dự toán 12%. Thu ngân sách huyện Tân Kỳ vượt chỉ tiêu huyện giao 135%.",
			nil},
		{"a resolution's criteria in the programme's sentence stay", "Năm 2023, cùng với xây dựng nông thôn mới, huyện Hải Hậu có 17/20 tiêu chí đạt và vượt kế hoạch Nghị quyết đề ra.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023 Huyện Hải Hậu", "chi_tieu_hoan_thanh plan 20 2023 Huyện Hải Hậu"}},
		// Report notation's pair with the unit written twice, "X unit/Y
		// unit": the plan after the bare slash, where the sentence weighs
		// results against targets.
		{"spending done against its estimate, the unit written twice", "Năm 2023, chi ngân sách thực hiện 412,6 tỷ đồng/398 tỷ đồng, đạt 103,7% dự toán.",
			[]string{"chi_ngan_sach actual 4.126e+11 2023", "chi_ngan_sach pct_of_plan 103.7 2023", "chi_ngan_sach plan 3.98e+11 2023"}},
		{"a rate reached against its target, both in percent", "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,1%/93,5%, vượt chỉ tiêu.",
			[]string{"ty_le_bhyt actual 94.1 2023", "ty_le_bhyt plan 93.5 2023"}},
		{"money per households and a pair with no result word give no plan", "Thu ngân sách đạt 120 tỷ đồng, trong đó cho vay ưu đãi 2,5 tỷ đồng/150 hộ. Tổng vốn đầu tư toàn xã hội 1.250 tỷ đồng/1.100 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.2e+11 2023", "von_dau_tu actual 1.25e+12 2023"}},
		// An item of a list (after a colon or a semicolon) that opens
		// with a group of units gives the group's figure: a quota per
		// sub-unit is a part, not the unit's plan.
		{"quotas per party organisation after the colon", "Huyện ủy giao chỉ tiêu phát triển đảng viên cho các tổ chức cơ sở đảng: đối với các đảng bộ xã, thị trấn kết nạp từ 10 đảng viên trở lên; đối với các chi bộ trực thuộc kết nạp ít nhất 2 đảng viên.",
			nil},
		{"a quota for each ward's party organisation after a semicolon", "Quận ủy phân bổ chỉ tiêu cho từng cơ sở; mỗi đảng bộ phường kết nạp ít nhất 5 quần chúng ưu tú vào Đảng.",
			nil},
		{"the unit's own figures before a group's item stay", "Năm 2023, Đảng bộ huyện kết nạp 215 đảng viên; các chi bộ, đảng bộ cơ sở đều hoàn thành chỉ tiêu được giao. Năm 2024, huyện phấn đấu kết nạp 230 đảng viên: các đảng bộ xã giới thiệu nhiều quần chúng ưu tú.",
			[]string{"dang_vien_moi actual 215 2023", "dang_vien_moi plan 230 2024"}},
	})
}
