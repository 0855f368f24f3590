package extract

import "testing"

// TestCongressTermContext: a sentence that names, before its first
// figure, the term it speaks of ("Trong nhiệm kỳ 2015-2020, …", "Nhiệm kỳ
// qua, …", "trong nhiệm kỳ 2025-2030, …") sets the term of the rest of its
// paragraph: under the closed term, yearly or average figures with no
// target word are results of the term's last year; under the opening
// term, figures with no kind word are its targets, of its last year.
// Negatives: a term that names a body or a congress ("khóa V, nhiệm kỳ
// 2021-2026", "lần thứ XX (nhiệm kỳ 2025 – 2030)"), a term of something
// the words before name, a target word, a figure in a bracket after a
// target, and a year of the figure's own.
func TestCongressTermContext(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"closed term, yearly range",
			"Đại hội Đảng bộ xã Bình Minh nhiệm kỳ 2020-2025\n\nNgày 12/6, Đảng bộ xã Bình Minh tổ chức Đại hội đại biểu lần thứ XV, nhiệm kỳ 2020-2025.\n\nTrong nhiệm kỳ 2015-2020, Đảng bộ xã lãnh đạo thực hiện tốt các mục tiêu đề ra. Tốc độ tăng trưởng kinh tế hằng năm đạt 9-11%; đời sống nhân dân được cải thiện.\n",
			[]string{"tang_truong_kinh_te actual 2020"}},
		{"term just past, average",
			"Đại hội Đảng bộ phường Tân Hòa nhiệm kỳ 2020-2025\n\nSáng 3/7, Đảng bộ phường Tân Hòa tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2020-2025.\n\nNhiệm kỳ qua, phường giữ vững ổn định. Kinh tế duy trì mức tăng trưởng khá, bình quân đạt 12,4%/năm.\n",
			[]string{"tang_truong_kinh_te actual 2020"}},
		{"closed term, clause names the term after another year",
			"Đại hội Đảng bộ xã Hòa An nhiệm kỳ 2020-2025\n\nNgày 20/5, Đảng bộ xã Hòa An tổ chức Đại hội lần thứ XX, nhiệm kỳ 2020-2025.\n\nTrong nhiệm kỳ 2015-2020, Đảng bộ xã đạt nhiều kết quả. Thu nhập bình quân đến năm 2019 đạt 30 triệu đồng/người; trong nhiệm kỳ kết nạp được 120 đảng viên mới.\n",
			[]string{"dang_vien_moi actual 2020"}},
		{"opening term, growth target",
			" date 2025-10-02 Đại hội Đảng bộ tỉnh Hà Sơn đã thông qua nghị quyết.\n\nTheo nghị quyết, trong nhiệm kỳ 2025-2030, tỉnh phấn đấu tốc độ tăng trưởng GRDP bình quân đạt 9%/năm trở lên.\n",
			[]string{"tang_truong_kinh_te plan 2030"}},
		{"opening term, no kind word",
			"Đại hội Đảng bộ xã Phú Lâm nhiệm kỳ 2020-2025\n\nNgày 2/6, Đảng bộ xã Phú Lâm tổ chức Đại hội lần thứ VII, nhiệm kỳ 2020-2025.\n\nNhiệm kỳ 2020-2025, Đảng bộ xã tập trung vào ba khâu đột phá; trong nhiệm kỳ phát triển 30 đảng viên mới.\n",
			[]string{"dang_vien_moi plan 2025"}},
		// Negatives.
		{"council's term is no time context",
			"Kỳ họp HĐND huyện\n\n Ngày 23/7/2021, HĐND huyện Hải Lạc khóa V, nhiệm kỳ 2021-2026, tổ chức kỳ họp thứ 2. Trong 6 tháng đầu năm 2021, huyện kết nạp 50 đảng viên mới.\n",
			[]string{"dang_vien_moi actual 2021"}},
		{"congress's name in brackets",
			"Huyện ủy tổng kết năm 2024\n\nNăm 2024, Huyện ủy chuẩn bị Đại hội Đảng bộ huyện lần thứ XX (nhiệm kỳ 2025 – 2030) đúng tiến độ. Trong năm, toàn huyện kết nạp 85 đảng viên mới.\n",
			[]string{"dang_vien_moi actual 2024"}},
		{"bracketed target under a closed term",
			"Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025\n\nNgày 14/10/2020, Đảng bộ tỉnh tổ chức Đại hội lần thứ XX, nhiệm kỳ 2020-2025.\n\nTrong nhiệm kỳ 2015-2020, tốc độ tăng trưởng kinh tế bình quân đạt 6,8%/năm, chưa đạt mục tiêu Nghị quyết đề ra (7-8%/năm).\n",
			[]string{"tang_truong_kinh_te actual 2020", "tang_truong_kinh_te plan 2020"}},
		{"own year kept under a closed term",
			"Đại hội Đảng bộ xã Yên Lạc nhiệm kỳ 2020-2025\n\nNgày 5/6, Đảng bộ xã Yên Lạc tổ chức Đại hội lần thứ X, nhiệm kỳ 2020-2025.\n\nNhiệm kỳ qua, kinh tế xã phát triển khá. Thu nhập bình quân đầu người năm 2019 đạt 40 triệu đồng. Tỷ lệ hộ nghèo còn 2,1%.\n",
			[]string{"ty_le_ho_ngheo actual 2019"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestSectorShareItems: in a list of sector shares each item is labelled
// by its own sector, with or without "chiếm"; only the services item is
// the services share. Negatives: the services item later in the list, and
// a figure after the services label that is no sector item.
func TestSectorShareItems(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"services first, bare items",
			"Năm 2023, cơ cấu kinh tế của xã Tân Phú chuyển dịch đúng hướng: tỷ trọng dịch vụ chiếm 51%, công nghiệp - xây dựng 30% và nông, lâm nghiệp 19%.\n",
			[]string{"ty_trong_dich_vu actual 2023"}},
		{"services first, thủy sản last",
			"Năm 2022, tỷ trọng thương mại, dịch vụ của huyện chiếm 38,5%; công nghiệp 35,2%; nông nghiệp, thủy sản 26,3%.\n",
			[]string{"ty_trong_dich_vu actual 2022"}},
		// Negatives.
		{"services item later",
			"Năm 2023, cơ cấu kinh tế của phường: công nghiệp - xây dựng 44%, thương mại - dịch vụ 50% và nông nghiệp 6%.\n",
			[]string{"ty_trong_dich_vu actual 2023"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestCongressHostUnit: the unit that holds a congress named in the lead
// is the text's unit: after a date and a comma ("Ngày 12/5, xã Tân Hưng,
// huyện Cái Bè đã tổ chức Đại hội …", its district in apposition; a ward
// with its town). Negative: the parent in apposition holds nothing.
func TestCongressHostUnit(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"commune after a date, its district in apposition",
			"Đại hội Đảng bộ xã vùng sâu\n\n date 2020-05 Ngày 12/5, xã Tân Hưng, huyện Cái Bè đã tổ chức Đại hội Đảng bộ lần thứ V, nhiệm kỳ 2020-2025. Đây là xã khó khăn nhất của huyện Cái Bè.\n\nNhiệm kỳ qua, lãnh đạo huyện Cái Bè ghi nhận xã thu ngân sách đạt 20 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2020 Xã Tân Hưng"}},
		{"ward after a date, its town in apposition",
			"Đại hội Đảng bộ phường\n\n date 2020-06 Sáng 8/6, phường Minh Khai, thị xã Sơn Hà long trọng tổ chức Đại hội Đảng bộ lần thứ VI, nhiệm kỳ 2020-2025. Dự có lãnh đạo thị xã Sơn Hà.\n\nNhiệm kỳ qua, phường đã kết nạp 45 đảng viên mới, được lãnh đạo thị xã Sơn Hà ghi nhận.\n",
			[]string{"dang_vien_moi actual 2020 Phường Minh Khai"}},
		// Negative.
		{"province in apposition holds nothing",
			"Huyện tổng kết năm\n\n date 2023-12 Ngày 20/12, huyện Ba Tri, tỉnh Bến Tre tổ chức hội nghị tổng kết năm 2023.\n\nNăm 2023, thu ngân sách của huyện đạt 300 tỷ đồng; tỉnh Bến Tre ghi nhận.\n",
			[]string{"thu_ngan_sach actual 2023 Huyện Ba Tri"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, true, c.want...)
	}
}

// TestSpanFromYears: a figure right after "từ YYYY-YYYY" (or "từ năm YYYY
// - YYYY") adds up that span and takes its last year, even in a
// paragraph on a term that ends later. Negative: a span that opens the
// sentence, its figure with a year of its own.
func TestSpanFromYears(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"bare span",
			"Đại hội Đảng bộ xã Tân Lập nhiệm kỳ 2020-2025\n\nNgày 10/6, Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ IV, nhiệm kỳ 2020-2025.\n\nNhiệm kỳ qua, xã phát triển khá. Tổng thu ngân sách trên địa bàn từ 2016-2019 đạt 25 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2019"}},
		{"span, then the amount's ratio to plan",
			"Đại hội Đảng bộ xã Tân Lập nhiệm kỳ 2020-2025\n\nNgày 10/6, Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ IV, nhiệm kỳ 2020-2025.\n\nNhiệm kỳ qua, xã phát triển khá. Tổng thu ngân sách trên địa bàn từ năm 2016 - 2019 là 31,5 tỷ đồng, đạt 118% so với chỉ tiêu nghị quyết.\n",
			[]string{"thu_ngan_sach actual 2019", "thu_ngan_sach pct_of_plan 2019"}},
		{"span with năm",
			"Đại hội Đảng bộ phường Quang Trung nhiệm kỳ 2020-2025\n\nNgày 2/7, Đảng bộ phường Quang Trung tổ chức Đại hội lần thứ VIII, nhiệm kỳ 2020-2025.\n\nTrong nhiệm kỳ qua, số đảng viên mới được kết nạp từ năm 2016 - 2019 là 64 đảng viên.\n",
			[]string{"dang_vien_moi actual 2019"}},
		// Negative.
		{"span opens the sentence",
			"Đại hội Đảng bộ xã Tân Lập nhiệm kỳ 2020-2025\n\nNgày 10/6, Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ IV, nhiệm kỳ 2020-2025.\n\nTừ 2016-2019, xã tập trung xây dựng nông thôn mới; năm 2018 thu ngân sách đạt 6 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2018"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestCongressDesignation: the party organisation named after the
// congress's designation ("Đại hội đại biểu lần thứ V, nhiệm kỳ 2020 -
// 2025 Đảng bộ xã Yên Phú") holds the congress, in a lead that may come
// fourth, after the headline, a dateline and a photo's line. Negative: a
// district's congress so named keeps the district, not a commune the
// lead names after it.
func TestCongressDesignation(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"commune, province in the headline",
			"Đại hội điểm của Đảng bộ tỉnh Bến Tre\n\nThứ Hai, 10-02-2020, 09:30\n\nBan Chấp hành Đảng bộ xã Yên Phú khóa mới ra mắt.\n\nNgày 10-2, Đại hội đại biểu lần thứ V, nhiệm kỳ 2020 - 2025 Đảng bộ xã Yên Phú đã khai mạc.\n\nĐại hội đề ra 18 chỉ tiêu cho nhiệm kỳ 2020 - 2025.\n",
			[]string{"chi_tieu_hoan_thanh plan 2025 Xã Yên Phú"}},
		{"ward, city in the headline",
			"Thành phố Biên Hòa: đại hội điểm cấp cơ sở\n\nThứ Ba, 12-05-2020\n\nĐoàn đại biểu dự đại hội.\n\nSáng 12-5, Đại hội lần thứ IX, nhiệm kỳ 2020-2025 Đảng bộ phường Tân Mai đã diễn ra.\n\nĐại hội thông qua 16 chỉ tiêu cho nhiệm kỳ 2020 - 2025.\n",
			[]string{"chi_tieu_hoan_thanh plan 2025 Phường Tân Mai"}},
		// Negative.
		{"district congress, commune named after",
			"Đại hội Đảng bộ huyện Châu Thành\n\nThứ Tư, 15-07-2020\n\nQuang cảnh đại hội.\n\nNgày 15-7, Đại hội đại biểu lần thứ XV, nhiệm kỳ 2020 - 2025 Đảng bộ huyện Châu Thành khai mạc tại xã Phú An.\n\nĐại hội đề ra 20 chỉ tiêu cho nhiệm kỳ 2020 - 2025.\n",
			[]string{"chi_tieu_hoan_thanh plan 2025 Huyện Châu Thành"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, true, c.want...)
	}
}
