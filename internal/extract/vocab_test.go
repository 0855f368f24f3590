package extract

import "testing"

// TestValueAddedGrowth: the growth of the whole unit's value added
// ("giá trị sản phẩm", "(tổng) giá trị tăng thêm") is its economic growth,
// as "tổng sản phẩm trên địa bàn" is; a sector's value added, or the
// value of a product per hectare, stays a part.
func TestValueAddedGrowth(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"tốc độ tăng giá trị sản phẩm bình quân",
			"Xã Tân Phú năm 2025.\n\nGiai đoạn 2020 - 2025, tốc độ tăng giá trị sản phẩm bình quân của xã đạt 8,4%/năm.\n",
			[]string{"tang_truong_kinh_te actual 2025"}},
		{"giá trị sản phẩm tăng so cùng kỳ",
			"Thị xã Hòa Bình năm 2024.\n\nNăm 2024, giá trị sản phẩm trên địa bàn thị xã ước tăng 6,9% so với cùng kỳ.\n",
			[]string{"tang_truong_kinh_te actual 2024"}},
		{"chỉ tiêu tổng giá trị tăng thêm tăng",
			"Quận Hải Châu năm 2023.\n\nNăm 2023, quận đặt chỉ tiêu tổng giá trị tăng thêm trên địa bàn tăng 7,1% so với năm 2022.\n",
			[]string{"tang_truong_kinh_te plan 2023"}},
		// Negatives: a sector's value added, a value per hectare.
		{"giá trị sản phẩm công nghiệp",
			"Thị xã Hòa Bình năm 2024.\n\nNăm 2024, giá trị sản phẩm công nghiệp tăng 9,2% so với cùng kỳ.\n",
			nil},
		{"giá trị tăng thêm ngành nông nghiệp",
			"Quận Hải Châu năm 2023.\n\nNăm 2023, giá trị tăng thêm ngành nông nghiệp tăng 2,1%.\n",
			nil},
		{"giá trị sản phẩm trên một ha",
			"Xã Tân Phú năm 2025.\n\nNăm 2025, giá trị sản phẩm thu hoạch trên 1 ha đất canh tác tăng 5,5%.\n",
			nil},
		{"giá trị sản phẩm xuất khẩu",
			"Huyện Tân Lộc năm 2024.\n\nNăm 2024, giá trị sản phẩm xuất khẩu của huyện tăng 12,5% so với cùng kỳ.\n",
			nil},
		{"giá trị sản phẩm làng nghề",
			"Huyện Tân Lộc năm 2024.\n\nNăm 2024, giá trị sản phẩm làng nghề tăng 8% so với cùng kỳ.\n",
			nil},
		{"giá trị tăng thêm của khối doanh nghiệp",
			"Huyện Tân Lộc năm 2023.\n\nNăm 2023, giá trị tăng thêm của khối doanh nghiệp nhà nước tăng 9,1% so với năm 2022.\n",
			nil},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestRetailNames: the retail total under its other names ("mức hàng hóa
// bán lẻ, dịch vụ", "doanh thu bán buôn, bán lẻ …", "doanh thu hoạt động
// thương mại, dịch vụ"); the goods' turnover alone ("doanh thu bán lẻ hàng
// hóa" with no services) is a part and no fact.
func TestRetailNames(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"mức hàng hóa bán lẻ, dịch vụ",
			"Thành phố Hội An năm 2022.\n\nNăm 2022, mức hàng hóa bán lẻ, dịch vụ trên địa bàn thành phố ước đạt 2.140 tỷ đồng, tăng 11,2% so với cùng kỳ.\n",
			[]string{"tong_muc_ban_le actual 2022", "tong_muc_ban_le change_vs_prev 2022"}},
		{"doanh thu bán buôn, bán lẻ",
			"Tỉnh Hậu Giang năm 2023.\n\nNăm 2023, doanh thu bán buôn, bán lẻ hàng hóa và dịch vụ của tỉnh đạt 85.300 tỷ đồng, tăng 9,4% so với năm 2022.\n",
			[]string{"tong_muc_ban_le actual 2023", "tong_muc_ban_le change_vs_prev 2023"}},
		{"doanh thu hoạt động thương mại, dịch vụ",
			"Huyện Yên Lạc năm 2021.\n\nNăm 2021, tổng doanh thu hoạt động thương mại, dịch vụ của huyện tăng 12,8% so với năm trước.\n",
			[]string{"tong_muc_ban_le change_vs_prev 2021"}},
		{"doanh thu bán lẻ hàng hóa và dịch vụ keeps",
			"Quận Liên Chiểu năm 2022.\n\nNăm 2022, doanh thu bán lẻ hàng hóa và dịch vụ của quận ước đạt 5.400 tỷ đồng.\n",
			[]string{"tong_muc_ban_le actual 2022"}},
		// Negatives: the goods alone.
		{"doanh thu bán lẻ hàng hóa alone",
			"Tỉnh Hậu Giang năm 2023.\n\nNăm 2023, doanh thu bán lẻ hàng hóa của tỉnh ước đạt 61.200 tỷ đồng, tăng 8,1% so với cùng kỳ.\n",
			nil},
		{"doanh thu bán lẻ hàng hoá alone, other spelling",
			"Thành phố Hội An năm 2022.\n\nNăm 2022, doanh thu bán lẻ hàng hoá đạt 1.730 tỷ đồng.\n",
			nil},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestInvestmentAndOutputNames: the capital raised for development and
// the total value of capital construction are von_dau_tu; the total value
// of the economic sectors is the production value. A single source of
// capital, a project's value and a sector's value are no such total.
func TestInvestmentAndOutputNames(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"vốn huy động cho đầu tư phát triển",
			"Huyện Quảng Xương năm 2023.\n\nNăm 2023, tổng vốn huy động cho đầu tư phát triển trên địa bàn huyện đạt 5.240 tỷ đồng, tăng 9,1% so với cùng kỳ.\n",
			[]string{"von_dau_tu actual 2023", "von_dau_tu change_vs_prev 2023"}},
		{"tổng giá trị đầu tư xây dựng cơ bản",
			"Huyện Can Lộc năm 2020.\n\nGiai đoạn 2016 - 2020, tổng giá trị đầu tư xây dựng cơ bản trên địa bàn huyện đạt 2.870 tỷ đồng.\n",
			[]string{"von_dau_tu actual 2020"}},
		{"tổng giá trị các ngành kinh tế",
			"Xã Phước Hòa năm 2023.\n\nNăm 2023, tổng giá trị các ngành kinh tế của xã đạt 415 tỷ đồng, đạt 101,5% so với Nghị quyết.\n",
			[]string{"gia_tri_san_xuat actual 2023", "gia_tri_san_xuat pct_of_plan 2023"}},
		// Negatives: one source of capital, a sector's value.
		{"vốn ngân sách huy động",
			"Huyện Quảng Xương năm 2023.\n\nNăm 2023, vốn ngân sách huy động cho đầu tư phát triển đạt 640 tỷ đồng.\n",
			nil},
		{"tổng giá trị các ngành kinh tế nông nghiệp",
			"Xã Phước Hòa năm 2023.\n\nNăm 2023, tổng giá trị các ngành kinh tế nông nghiệp của xã đạt 120 tỷ đồng.\n",
			nil},
		{"tổng giá trị đầu tư của dự án",
			"Huyện Can Lộc năm 2020.\n\nNăm 2020, tổng giá trị đầu tư xây dựng dự án đường tránh là 870 tỷ đồng.\n",
			nil},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}
