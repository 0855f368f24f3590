package extract

import "testing"

// TestYearRules: the year of a figure by what its sentence and the one
// before say of time, one case a rule (each found by TestYearShift's
// development sets or by a year error there).
func TestYearRules(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		// A quarter with its year names that year; after a figure and
		// "của" it labels that figure alone, year and quarter.
		{"quarter with its year",
			"Thành phố Hải Phòng tăng trưởng.\n\nTrong quý I/2023, GRDP của thành phố ước tăng 9,65% so với cùng kỳ năm trước, cao hơn mức tăng 9,51% của quý I/2022.\n",
			[]string{"tang_truong_kinh_te actual 2023 9.65", "tang_truong_kinh_te actual 2022 9.51"}},
		{"a label does not run on",
			"Thành phố Hải Phòng tăng trưởng.\n\nNăm 2023, GRDP của thành phố ước tăng 9,65% so với năm trước, cao hơn mức tăng 9,51% của tháng 9/2022; thu ngân sách đạt 1.400 tỷ đồng.\n",
			[]string{"tang_truong_kinh_te actual 2023 9.65", "tang_truong_kinh_te actual 2022 9.51", "thu_ngan_sach actual 2023 1.4e+12"}},
		// A long period that opens its clause dates its figures.
		{"long period",
			"Thứ Bảy, 28/12/2024\nTỉnh Vĩnh Phúc 60 năm.\n\nTrong giai đoạn 1997-2021, tốc độ tăng trưởng GRDP của tỉnh đạt khá cao, bình quân tăng 13,4%/năm.\n",
			[]string{"tang_truong_kinh_te actual 2021 13.4"}},
		// The level a year starts with is the year before's.
		{"level at the year's start",
			"Huyện Bắc Hà sơ kết năm 2012.\n\nNăm 2012, tỷ lệ hộ nghèo đầu năm 42,7%; ước đến cuối năm tỷ lệ hộ nghèo giảm còn 37,5%.\n",
			[]string{"ty_le_ho_ngheo actual 2011 42.7", "ty_le_ho_ngheo actual 2012 37.5"}},
		{"a period of the year's first months is the year's",
			"Huyện Bắc Hà sơ kết năm 2012.\n\nNăm 2012, tỷ lệ hộ nghèo 6 tháng đầu năm 40,1%.\n",
			[]string{"ty_le_ho_ngheo actual 2012 40.1"}},
		// A disaster's year is the disaster's, not the figures'.
		{"disaster's year",
			"Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2021 của huyện Hương Khê.\n\nNăm 2021 là năm đầu tiên thực hiện Kế hoạch 5 năm 2021 - 2025. Huyện phải tập trung khắc phục hậu quả lụt bão năm 2020. Nhờ đó, thu ngân sách trên địa bàn đạt 76,75% dự toán.\n",
			[]string{"thu_ngan_sach pct_of_plan 2021 76.75"}},
		// A figure compared with a year is of the year after it.
		{"compared with the carried year",
			"Tỉnh Kon Tum.\n\nLực lượng lao động của toàn tỉnh năm 2018 ước tính là 317.055 người.\n\nTỷ lệ hộ nghèo: tỷ lệ hộ nghèo là 13,74%, giảm 3,55% so với số hộ nghèo năm 2018.\n",
			[]string{"ty_le_ho_ngheo actual 2019 13.74", "ty_le_ho_ngheo change_vs_prev 2019 -3.55"}},
		{"compared with a year's start",
			"Huyện Đakrông.\n\nUBND huyện cho biết vừa rà soát hộ nghèo của năm 2019. Kết quả toàn huyện có 999 hộ cận nghèo; tỉ lệ hộ nghèo giảm 5,15% so với đầu năm 2019.\n",
			[]string{"ho_can_ngheo actual 2019 999", "ty_le_ho_ngheo change_vs_prev 2019 -5.15"}},
		// A December text plans the next year, except the plan a result
		// of the sentence is measured against.
		{"the plan a result beat",
			" date 2023-12 Tỉnh Bình Định.\n\nTình hình kinh tế - xã hội của tỉnh có sự bứt phá. Cụ thể: GRDP tăng 7,61%, vượt so với kế hoạch HĐND tỉnh giao (7 - 7,5%).\n",
			[]string{"tang_truong_kinh_te actual 2023 7.61", "tang_truong_kinh_te plan 2023 7"}},
		{"a December text's plan",
			" date 2023-12 Tỉnh Bình Định.\n\nTình hình kinh tế - xã hội của tỉnh có sự bứt phá. Tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 7,5%.\n",
			[]string{"tang_truong_kinh_te plan 2024 7.5"}},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}
