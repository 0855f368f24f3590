package extract

import "testing"

// TestSouthern holds the rules found on the Mekong, South-East and Central
// Highlands results pages (dev34), each with paraphrases of its own and
// negatives, in the article of TestPhrases unless a case brings its own.
func TestSouthern(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		// A project's total cost ("tổng mức đầu tư") is never a disbursement.
		{"the total cost of the works after the capital plan", "Kế hoạch vốn đầu tư công năm 2023 của huyện là 200 tỷ đồng trên tổng mức đầu tư là 600 tỷ đồng cho 100 công trình.",
			nil},
		{"the projects' total cost before what was disbursed", "Các dự án chuyển tiếp có tổng mức đầu tư 900 tỷ đồng, đến nay đã giải ngân 120 tỷ đồng.",
			nil},
		{"no total cost: the disbursement stays", "Năm 2023, huyện đã giải ngân 150 tỷ đồng vốn đầu tư công, đạt 80% kế hoạch.",
			[]string{"giai_ngan_dau_tu actual 1.5e+11 2023", "giai_ngan_dau_tu pct_of_plan 80 2023"}},
		{"the total investment of society is no project's cost", "Tổng mức đầu tư toàn xã hội năm 2023 là 5.000 tỷ đồng, đã phân bổ 100% vốn đầu tư công, giải ngân đạt 65%.",
			[]string{"giai_ngan_dau_tu pct_of_plan 65 2023", "von_dau_tu actual 5e+12 2023"}},
		// A bracket of what the subject takes in names no kind.
		{"an inclusion bracket with a plan noun", "Giá trị giải ngân vốn đầu tư công năm 2023 (bao gồm kế hoạch vốn các năm trước kéo dài sang) ước đạt 420 tỷ đồng, đạt 91% kế hoạch.",
			[]string{"giai_ngan_dau_tu actual 4.2e+11 2023", "giai_ngan_dau_tu pct_of_plan 91 2023"}},
		{"a bracket of what counts, with an estimate noun", "Thu ngân sách trên địa bàn năm 2023 (kể cả dự toán bổ sung giữa năm) đạt 310 tỷ đồng.",
			[]string{"thu_ngan_sach actual 3.1e+11 2023"}},
		{"a bracket with a plan figure of its own still governs it", "Thu ngân sách trên địa bàn năm 2024 (dự toán 300 tỷ đồng).",
			[]string{"thu_ngan_sach plan 3e+11 2024"}},
		// A comparative with the period before as its base is the change.
		{"higher than the same period", "Giá trị giải ngân vốn đầu tư công năm 2023 đạt 420 tỷ đồng, cao hơn 18,5% so với cùng kỳ.",
			[]string{"giai_ngan_dau_tu actual 4.2e+11 2023", "giai_ngan_dau_tu change_vs_prev 18.5 2023"}},
		{"lower than last year", "Chi ngân sách năm 2023 đạt 600 tỷ đồng, thấp hơn 4,5% so với năm trước.",
			[]string{"chi_ngan_sach actual 6e+11 2023", "chi_ngan_sach change_vs_prev -4.5 2023"}},
		{"a comparative right after a ratio may compare the ratio: none", "Giải ngân vốn đầu tư công năm 2023 đạt 420 tỷ đồng, bằng 75% kế hoạch, cao hơn 5,1% so với cùng kỳ.",
			[]string{"giai_ngan_dau_tu actual 4.2e+11 2023", "giai_ngan_dau_tu pct_of_plan 75 2023"}},
		{"an excess over the plan stays no fact", "Thu ngân sách năm 2023 đạt 600 tỷ đồng, vượt 14% so với dự toán.",
			[]string{"thu_ngan_sach actual 6e+11 2023"}},
		// "bình quân" before the change verb is a yearly average change.
		{"average rise per year after the subject", "Đại hội Đảng bộ phường Tân Đông Hiệp nhiệm kỳ 2025-2030\n\nNgày 10/6/2025, Đảng bộ phường Tân Đông Hiệp tổ chức Đại hội. Nhiệm kỳ qua, thu ngân sách bình quân tăng 10,2%/năm, chi ngân sách tăng 9%/năm.\n",
			[]string{"chi_ngan_sach change_vs_prev 9 2025 Phường Tân Đông Hiệp", "thu_ngan_sach change_vs_prev 10.2 2025 Phường Tân Đông Hiệp"}},
		{"average rise each year", "Đại hội Đảng bộ xã Phú Hòa nhiệm kỳ 2025-2030\n\nNgày 12/7/2025, Đảng bộ xã Phú Hòa tổ chức Đại hội. Giai đoạn 2020-2025, tổng thu ngân sách trên địa bàn bình quân mỗi năm tăng 7,5%.\n",
			[]string{"thu_ngan_sach change_vs_prev 7.5 2025 Xã Phú Hòa"}},
		{"an average per head stays denied", "Năm 2023, thu ngân sách bình quân đầu người đạt 5 triệu đồng.",
			nil},
		// A count's target percentage with no base is a rate, not a ratio to the plan.
		{"a party admissions target as a threshold", "Nhiệm kỳ 2025-2030, Đảng bộ đặt mục tiêu: số tổ chức cơ sở đảng hoàn thành nhiệm vụ đạt trên 85%; kết nạp đảng viên đạt từ 4% trở lên; thu ngân sách tăng 10%/năm.",
			nil},
		{"a party admissions target after a target verb", "Nghị quyết đề ra mục tiêu đến năm 2030: chi bộ hoàn thành tốt nhiệm vụ trên 80%, hằng năm kết nạp đảng viên mới đạt 3,5%.",
			nil},
		{"a result's bare ratio stays", "Năm 2023, huyện kết nạp 250 đảng viên mới, đạt 95%.",
			[]string{"dang_vien_moi actual 250 2023", "dang_vien_moi pct_of_plan 95 2023"}},
		// "năm mới": the year that begins after the one under review.
		{"the new year on a page dated in December", "Thị xã Tân Châu tổng kết năm 2023\n date 2023-12-20\n\nNgày 20/12/2023, UBND thị xã Tân Châu tổng kết. Năm 2023, thu ngân sách đạt 480 tỷ đồng. Năm mới, thị xã phấn đấu thu ngân sách 520 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 4.8e+11 2023 Thị xã Tân Châu", "thu_ngan_sach plan 5.2e+11 2024 Thị xã Tân Châu"}},
		{"the new year on a page dated in January", "Huyện Chợ Mới tổng kết năm 2023\n date 2024-01-10\n\nNăm 2023, huyện Chợ Mới thu ngân sách đạt 300 tỷ đồng. Sang năm mới, huyện phấn đấu tăng trưởng kinh tế đạt 7,5%.\n",
			[]string{"tang_truong_kinh_te plan 7.5 2024 Huyện Chợ Mới", "thu_ngan_sach actual 3e+11 2023 Huyện Chợ Mới"}},
		{"the new year in an undated headline", "Cổng thông tin điện tử thị xã Tân Châu\n\nBước vào năm mới, thị xã Tân Châu phấn đấu thu ngân sách 500 tỷ đồng\n\nNăm 2023, thị xã Tân Châu thu ngân sách đạt 480 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 4.8e+11 2023 Thị xã Tân Châu", "thu_ngan_sach plan 5e+11 2024 Thị xã Tân Châu"}},
		{"a name with Mới and new-style countryside are no new year", "Huyện Chợ Mới xây dựng nông thôn mới năm 2023\n\nNăm 2023, huyện Chợ Mới có 3 xã đạt chuẩn nông thôn mới. Thu ngân sách đạt 300 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 3e+11 2023 Huyện Chợ Mới"}},
		// The venue of a session ("tại thành phố X,") is not the unit the text reports on.
		{"a town as the venue of the province's council session", "Chiều 5/12, tại thị xã Gia Nghĩa, Hội đồng nhân dân tỉnh Đắk Nông khai mạc kỳ họp thứ 12.\nNăm 2023, thu ngân sách đạt 3.000 tỷ đồng, đạt 105% dự toán.\n",
			[]string{"thu_ngan_sach actual 3e+12 2023 Tỉnh Đắk Nông", "thu_ngan_sach pct_of_plan 105 2023 Tỉnh Đắk Nông"}},
		{"a city as the venue of a session the council holds", "Sáng 15/12, tại thành phố Buôn Ma Thuột, Hội đồng nhân dân tỉnh Đắk Lắk tổ chức kỳ họp thứ 9, kỳ họp thường lệ cuối năm 2023.\nNăm 2023, tăng trưởng kinh tế đạt 6,5%; thu ngân sách đạt 8.000 tỷ đồng.\n",
			[]string{"tang_truong_kinh_te actual 6.5 2023 Tỉnh Đắk Lắk", "thu_ngan_sach actual 8e+12 2023 Tỉnh Đắk Lắk"}},
		{"a venue that is the host itself stays the unit", "Sáng 20/12/2023, tại huyện Krông Pắc, UBND huyện tổ chức hội nghị tổng kết.\nNăm 2023, thu ngân sách của huyện đạt 300 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 3e+11 2023 Huyện Krông Pắc"}},
		{"a place after tại with no event stays the unit", "Tại huyện Krông Pắc, năm 2023 thu ngân sách đạt 300 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 3e+11 2023 Huyện Krông Pắc"}},
		// A bare disbursement after a sentence that named a programme's funds is the programme's.
		{"a poverty programme's funds, then what was disbursed", "Huyện bố trí kinh phí thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2023 hơn 60 tỷ đồng. Đến nay đã giải ngân 41 tỷ đồng.",
			nil},
		{"funds for a movement's work, then a year's disbursement", "Năm 2023, huyện cân đối kinh phí cho công tác xây dựng nông thôn mới với tổng nguồn vốn 25 tỷ đồng. Sau một năm thực hiện đã giải ngân hơn 18 tỷ đồng.",
			nil},
		{"a headline's disbursement for poverty reduction", "Trần Văn Thời: Giải ngân hơn 20 tỷ đồng cho giảm nghèo\n\nNăm 2023, huyện Trần Văn Thời tiếp tục thực hiện tốt công tác giảm nghèo bền vững. Tỷ lệ hộ nghèo cuối năm còn 3,1%.\n",
			[]string{"ty_le_ho_ngheo actual 3.1 2023 Huyện Trần Văn Thời"}},
		{"after the capital plan the disbursement stays", "Kế hoạch vốn đầu tư công năm 2023 của huyện là 300 tỷ đồng. Đến nay đã giải ngân 210 tỷ đồng, đạt 70% kế hoạch.",
			[]string{"giai_ngan_dau_tu actual 2.1e+11 2023", "giai_ngan_dau_tu pct_of_plan 70 2023", "giai_ngan_dau_tu plan 3e+11 2023"}},
		{"a sentence naming its own capital after a programme's funds stays", "Huyện bố trí kinh phí hỗ trợ hộ nghèo 5 tỷ đồng. Năm 2023, huyện giải ngân vốn đầu tư công 280 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 2.8e+11 2023"}},
		// Shares given by position after a list of the sectors' names; a bracket the plan noun opens is the plan list.
		{"three sectors' names, their shares and the plan's in a bracket", "Năm 2023, tỷ trọng công nghiệp - xây dựng; thương mại - dịch vụ; nông nghiệp ước đạt 45,2%; 38,1%; 16,7% (KH 2023: 45-46%; 38-39%; 15-16%).",
			[]string{"ty_trong_dich_vu actual 38.1 2023", "ty_trong_dich_vu plan 38-39 2023"}},
		{"the sectors' names then their shares in turn", "Năm 2023, tỷ trọng nông nghiệp, công nghiệp - xây dựng, dịch vụ lần lượt là 25%, 35%, 40%.",
			[]string{"ty_trong_dich_vu actual 40 2023"}},
		{"names with no services give none", "Năm 2023, tỷ trọng nông nghiệp; công nghiệp - xây dựng lần lượt là 30%; 70%.",
			nil},
		{"as many names as shares or none", "Năm 2023, tỷ trọng nông nghiệp, công nghiệp, dịch vụ lần lượt là 20%, 45%.",
			nil},
	})
}
