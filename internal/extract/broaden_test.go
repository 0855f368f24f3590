package extract

import "testing"

// TestBroadenSamePeriod: the same period of the year before is written
// "cùng kỳ", "cùng kỳ năm trước", "năm trước", "năm ngoái" or, in
// reports, "CK"; a level labelled or compared so is the year before's.
func TestBroadenSamePeriod(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the rate a year before after 'so với CK'", "Năm 2023, tỷ lệ hộ nghèo toàn huyện giảm còn 2,9%, giảm 0,8% so với CK (3,7%).",
			[]string{"ty_le_ho_ngheo actual 2.9 2023", "ty_le_ho_ngheo actual 3.7 2022", "ty_le_ho_ngheo change_vs_prev -0.8 2023"}},
		{"revenue a year before after 'so với năm ngoái'", "Năm 2023, tổng thu ngân sách của huyện đạt 812 tỷ đồng, tăng 16% so với năm ngoái (700 tỷ đồng).",
			[]string{"thu_ngan_sach actual 7e+11 2022", "thu_ngan_sach actual 8.12e+11 2023", "thu_ngan_sach change_vs_prev 16 2023"}},
		{"retail a year before after 'so với cùng kỳ năm ngoái'", "Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 3.450 tỷ đồng, bằng 112% so với cùng kỳ năm ngoái (3.080 tỷ đồng).",
			[]string{"tong_muc_ban_le actual 3.08e+12 2022", "tong_muc_ban_le actual 3.45e+12 2023", "tong_muc_ban_le pct_of_prev 112 2023"}},
		{"a quarter of a year after 'CK'", "Quý II năm 2023, kinh tế huyện tăng trưởng 6,8%, cao hơn 0,9 điểm phần trăm so với CK năm 2022 (5,9%).",
			[]string{"tang_truong_kinh_te actual 5.9 2022", "tang_truong_kinh_te actual 6.8 2023"}},
		{"a bracket labelled 'CK'", "Năm 2023, tốc độ tăng trưởng kinh tế ước đạt 7,1% (CK 6,4%).",
			[]string{"tang_truong_kinh_te actual 6.4 2022", "tang_truong_kinh_te actual 7.1 2023"}},
		{"a bracket labelled 'cùng kỳ năm ngoái'", "Năm 2023, tốc độ tăng trưởng kinh tế ước đạt 7,1% (cùng kỳ năm ngoái 6,4%).",
			[]string{"tang_truong_kinh_te actual 6.4 2022", "tang_truong_kinh_te actual 7.1 2023"}},
		{"the growth of 'CK' after 'mức tăng'", "Năm 2023, tốc độ tăng trưởng kinh tế ước tăng 7,1%, cao hơn mức tăng 6,4% của CK.",
			[]string{"tang_truong_kinh_te actual 6.4 2022", "tang_truong_kinh_te actual 7.1 2023"}},
		// Not a level: a share after a difference in amount, a base with no bracket.
		{"a share after a difference against 'năm ngoái' is no level", "Năm 2023, tổng thu ngân sách của huyện đạt 812 tỷ đồng, tăng 112 tỷ đồng so với năm ngoái (16%).",
			[]string{"thu_ngan_sach actual 8.12e+11 2023"}},
		{"'so với CK' without a bracket is only the base", "Năm 2023, tổng thu ngân sách của huyện đạt 812 tỷ đồng, tăng 16% so với CK.",
			[]string{"thu_ngan_sach actual 8.12e+11 2023", "thu_ngan_sach change_vs_prev 16 2023"}},
	})
}

// TestBroadenFieldTopic: a sentence that opens on one field of the plan
// as its topic counts that field's targets, a part, whatever the topic's
// preposition ("Về", "Đối với", "Trên", "Trong", "Ở") and field word
// ("lĩnh vực", "khối"); the whole plan as the topic stays the count.
func TestBroadenFieldTopic(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"'Về lĩnh vực' a field", "Năm 2023, xã hoàn thành 17/19 chỉ tiêu. Về lĩnh vực kinh tế, có 5/6 chỉ tiêu đạt và vượt kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		{"'Đối với lĩnh vực' a field", "Năm 2023, xã hoàn thành 17/19 chỉ tiêu. Đối với lĩnh vực văn hóa - xã hội, 8/9 chỉ tiêu đạt kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		{"'Đối với khối' a field, the verb before the count", "Năm 2023, xã hoàn thành 17/19 chỉ tiêu. Đối với khối kinh tế, đạt 5/6 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		{"'Ở lĩnh vực' a field", "Năm 2023, xã hoàn thành 17/19 chỉ tiêu. Ở lĩnh vực môi trường, 2/3 chỉ tiêu đạt kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		// The whole plan, or no field, as the topic: the count stays.
		{"'Về lĩnh vực' the whole plan", "Về lĩnh vực kinh tế - xã hội, năm 2023 xã hoàn thành 17/19 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		{"'Đối với' the unit", "Đối với huyện, năm 2023 đã hoàn thành 17/19 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		{"'Trong' a year", "Trong năm 2023, huyện hoàn thành 17/19 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
	})
}

// TestBroadenLiftedVerb: a verb of the households lifted out of poverty
// after a count, with a number of its own past its particles or a
// qualifier, is the next figure's; the count before is the poor's stock.
func TestBroadenLiftedVerb(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"'đã giảm được N hộ' after the stock", "Năm 2023, số hộ nghèo của huyện là 431 hộ, đã giảm được 97 hộ so với đầu năm.",
			[]string{"ho_thoat_ngheo actual 97 2023"}},
		{"'giảm thêm hơn N hộ' after the stock", "Năm 2023, số hộ nghèo của huyện là 431 hộ, giảm thêm hơn 97 hộ so với năm 2022.",
			[]string{"ho_thoat_ngheo actual 97 2023"}},
		// The verb with no number after it stays the count's own.
		{"the count's own verb after it", "Năm 2023, toàn huyện có 97 hộ đã thoát nghèo.",
			[]string{"ho_thoat_ngheo actual 97 2023"}},
	})
}

// TestBroadenDisasterYear: a year right after a disaster's or an
// epidemic's noun dates the event, not the clause's figures.
func TestBroadenDisasterYear(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"saltwater intrusion of a year", "Dù chịu ảnh hưởng của hạn hán, xâm nhập mặn năm 2020, thu ngân sách của huyện vẫn đạt 640 tỷ đồng.",
			[]string{"thu_ngan_sach actual 6.4e+11 2023"}},
		{"landslides of a year", "Vượt qua thiệt hại do sạt lở năm 2021, thu ngân sách của huyện đạt 640 tỷ đồng.",
			[]string{"thu_ngan_sach actual 6.4e+11 2023"}},
		{"the pandemic of a year", "Sau đại dịch năm 2021, thu ngân sách của huyện đạt 640 tỷ đồng.",
			[]string{"thu_ngan_sach actual 6.4e+11 2023"}},
		{"Covid-19 of a year", "Khắc phục tác động của dịch Covid-19 năm 2021, thu ngân sách của huyện đạt 640 tỷ đồng.",
			[]string{"thu_ngan_sach actual 6.4e+11 2023"}},
		{"a cold spell of a year", "Do ảnh hưởng của đợt rét đậm năm 2022, tổng giá trị sản xuất của huyện đạt 6.400 tỷ đồng.",
			[]string{"gia_tri_san_xuat actual 6.4e+12 2023"}},
		// A year after a figure's own noun dates the figure.
		{"services of a year", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ năm 2022 của huyện đạt 3.400 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 3.4e+12 2022"}},
	})
}

// TestBroadenAssignedBase: a ratio to what was assigned is to a plan,
// whether the base says it was assigned ("giao"), allocated ("phân bổ")
// or laid out ("bố trí"); the assigned amount after "là" is the plan. A
// share of a whole ("so với tổng số hộ") stays a share.
func TestBroadenAssignedBase(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a ratio to the capital allocated", "Năm 2023, huyện giải ngân vốn đầu tư công 455 tỷ đồng, đạt 83% so với tổng số vốn được phân bổ.",
			[]string{"giai_ngan_dau_tu actual 4.55e+11 2023", "giai_ngan_dau_tu pct_of_plan 83 2023"}},
		{"a ratio to the capital laid out", "Năm 2023, huyện giải ngân vốn đầu tư công 455 tỷ đồng, đạt 83% so với tổng vốn đã bố trí.",
			[]string{"giai_ngan_dau_tu actual 4.55e+11 2023", "giai_ngan_dau_tu pct_of_plan 83 2023"}},
		{"the allocated amount after 'là'", "Năm 2023, huyện giải ngân vốn đầu tư công 455 tỷ đồng, đạt tỷ lệ 83% so với tổng số vốn phân bổ là 548 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 4.55e+11 2023", "giai_ngan_dau_tu pct_of_plan 83 2023", "giai_ngan_dau_tu plan 5.48e+11 2023"}},
		// A whole counted, not assigned: a share.
		{"a share of all households counted", "Năm 2023, huyện còn 85 hộ nghèo, chiếm 0,12% so với tổng số hộ dân được thống kê.",
			[]string{"ty_le_ho_ngheo actual 0.12 2023"}},
	})
}

// TestBroadenTargetGoverns: a target verb ("phấn đấu", "đặt mục tiêu",
// "đề ra mục tiêu") governs beating the plan, so the figures after it in
// its sentence are targets too; a target already pursued ("với mục
// tiêu …, huyện đã …") reports results.
func TestBroadenTargetGoverns(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"'đặt mục tiêu' beating the plan", "Năm 2024, huyện đặt mục tiêu thu ngân sách vượt kế hoạch; tỷ lệ tham gia bảo hiểm y tế đạt 96%.",
			[]string{"ty_le_bhyt plan 96 2024"}},
		{"'đề ra mục tiêu' beating the plan", "Năm 2024, huyện đề ra mục tiêu giải ngân vốn đầu tư công vượt kế hoạch, tỷ lệ gia đình văn hóa đạt 92%.",
			[]string{"ty_le_gia_dinh_van_hoa plan 92 2024"}},
		// A target pursued, then what was done: results.
		{"'với mục tiêu', then what was done", "Năm 2023, với mục tiêu thu ngân sách vượt dự toán, huyện đã triển khai nhiều giải pháp; tỷ lệ tham gia bảo hiểm y tế đạt 96%.",
			[]string{"ty_le_bhyt actual 96 2023"}},
		{"'với quyết tâm cao' and a result", "Năm 2023, với quyết tâm cao, huyện đã thu ngân sách vượt dự toán, tỷ lệ tham gia bảo hiểm y tế đạt 96%.",
			[]string{"ty_le_bhyt actual 96 2023"}},
	})
}

// TestBroadenLaterGiver: of two givers of a plan in one sentence, the
// later is the text's own level when the first is the centre, whatever
// the centre is called ("Trung ương", "Thủ tướng Chính phủ", "Chính
// phủ", "Bộ Tài chính"); one giver alone is the level above.
func TestBroadenLaterGiver(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the Prime Minister's estimate, then the province's", " date 2024-12 Năm 2024, tổng thu ngân sách nhà nước trên địa bàn ước đạt 9.800 tỷ đồng, bằng 112% dự toán Thủ tướng Chính phủ giao, bằng 104% dự toán HĐND tỉnh giao.\n",
			[]string{"thu_ngan_sach actual 9.8e+12 2024 Tỉnh", "thu_ngan_sach pct_of_plan 104 2024 Tỉnh", "thu_ngan_sach pct_of_plan 112 2024 Tỉnh"}},
		{"the Ministry of Finance's estimate, then the province's", " date 2024-12 Năm 2024, tổng thu ngân sách nhà nước trên địa bàn ước đạt 9.800 tỷ đồng, đạt 112% dự toán Bộ Tài chính giao và 104% dự toán tỉnh giao.\n",
			[]string{"thu_ngan_sach actual 9.8e+12 2024 Tỉnh", "thu_ngan_sach pct_of_plan 104 2024 Tỉnh", "thu_ngan_sach pct_of_plan 112 2024 Tỉnh"}},
		{"the centre alone gives no level", " date 2024-12 Năm 2024, tổng thu ngân sách nhà nước trên địa bàn ước đạt 9.800 tỷ đồng, bằng 112% dự toán Thủ tướng Chính phủ giao.\n",
			[]string{"thu_ngan_sach actual 9.8e+12 2024 Chưa rõ đơn vị", "thu_ngan_sach pct_of_plan 112 2024 Chưa rõ đơn vị"}},
	})
}

// TestBroadenJointShare: a share whose subject joins industry with
// services is the two sectors' together, however the sectors are listed
// (commas and "và") and whatever share came before it in the sentence;
// services alone, or with tourism, stay the services' share.
func TestBroadenJointShare(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"industry, construction and services listed with a comma", "Năm 2023, nông nghiệp chiếm 18,5%; công nghiệp, xây dựng và dịch vụ chiếm 81,5%.", nil},
		{"the joint share after agriculture's in one clause", "Năm 2023, nông, lâm nghiệp chiếm 18,5%, công nghiệp và dịch vụ chiếm 81,5%.", nil},
		{"the joint share after 'tỷ trọng' and another share", "Năm 2023, tỷ trọng nông nghiệp chiếm 18,5%, công nghiệp và thương mại chiếm 81,5%.", nil},
		{"'tỷ trọng' of industry, construction and services", "Năm 2023, tỷ trọng ngành công nghiệp, xây dựng và dịch vụ đạt 81,5%.", nil},
		// Services alone, or services and tourism: the services' share.
		{"services after agriculture's share", "Năm 2023, tỷ trọng nông nghiệp chiếm 18,5%, dịch vụ chiếm 46%.",
			[]string{"ty_trong_dich_vu actual 46 2023"}},
		{"services and tourism listed with a comma", "Năm 2023, tỷ trọng dịch vụ, du lịch chiếm 46%.",
			[]string{"ty_trong_dich_vu actual 46 2023"}},
	})
}

// TestBroadenOfWhich: "trong số đó" ("of which") lists the parts of the
// total before it, as "trong đó" does; a part that names the indicator
// more closely than its total is still the indicator.
func TestBroadenOfWhich(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"'Trong số đó,' opening the sentence after the total", "Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 8.400 tỷ đồng. Trong số đó, doanh thu bán lẻ hàng hóa đạt 6.300 tỷ đồng, doanh thu dịch vụ lưu trú, ăn uống đạt 1.100 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 8.4e+12 2023"}},
		{"'trong số đó' after the total's comma", "Năm 2023, tổng vốn đầu tư toàn xã hội đạt 4.700 tỷ đồng, trong số đó vốn ngân sách nhà nước 1.150 tỷ đồng, vốn ngoài nhà nước 3.100 tỷ đồng.",
			[]string{"von_dau_tu actual 4.7e+12 2023"}},
		// The part that is the indicator itself.
		{"the indicator named more closely after 'Trong số đó'", "Năm 2023, tổng doanh thu thương mại, dịch vụ đạt 21.000 tỷ đồng. Trong số đó, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 16.000 tỷ đồng, tăng 12%.",
			[]string{"tong_muc_ban_le actual 1.6e+13 2023", "tong_muc_ban_le change_vs_prev 12 2023"}},
	})
}

// TestBroadenCommerceAnd: the commerce-and-services sector joined by
// "và" ("thương mại và dịch vụ") is the one sector, as with a dash or a
// comma: a bare revenue its clause gives is the retail-and-services total;
// tourism and services give none.
func TestBroadenCommerceAnd(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"'thương mại và dịch vụ', then its revenue", "Năm 2023, hoạt động thương mại và dịch vụ trên địa bàn sôi động, tổng doanh thu đạt 2.750 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 2.75e+12 2023"}},
		{"tourism and services give no retail total", "Năm 2023, du lịch và dịch vụ phát triển, doanh thu đạt 2.750 tỷ đồng.", nil},
	})
}
