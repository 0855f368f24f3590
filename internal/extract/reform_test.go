package extract

import "testing"

// TestRateOfPlan: a bare "tỷ lệ" between a verb of result and a
// percentage of a plan ("đạt tỷ lệ 96% kế hoạch") is the ratio the
// subject reached, as "đạt 96% kế hoạch" is, and so is one right after
// the subject's amount of money with no plan named ("… 412 tỷ đồng, đạt
// tỷ lệ 96%", as "…, đạt 96%" is); a "tỷ lệ" that names its own
// indicator, or a bare rate with no plan after a count, stays as it was.
func TestRateOfPlan(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"đạt tỷ lệ X% dự toán after an amount",
			"Huyện Tân Lộc năm 2024.\n\nNăm 2024, tổng thu ngân sách trên địa bàn huyện ước đạt 412 tỷ đồng, đạt tỷ lệ 108% dự toán.\n",
			[]string{"thu_ngan_sach actual 2024", "thu_ngan_sach pct_of_plan 2024"}},
		{"bằng tỷ lệ X% so với kế hoạch, no amount",
			"Xã Phú Đông năm 2024.\n\nĐến hết năm 2024, giải ngân vốn đầu tư công của xã bằng tỷ lệ 91,5% so với kế hoạch vốn được giao.\n",
			[]string{"giai_ngan_dau_tu pct_of_plan 2024"}},
		{"two plans after one rate",
			"Tỉnh Bình Sơn năm 2024.\n\nThu ngân sách nhà nước năm 2024 đạt 9.870 tỷ đồng, đạt tỷ lệ 97% dự toán Trung ương giao và 92% dự toán tỉnh giao.\n",
			[]string{"thu_ngan_sach actual 2024", "thu_ngan_sach pct_of_plan 2024", "thu_ngan_sach pct_of_plan 2024"}},
		{"a rate with no plan after the amount",
			"Huyện Tân Lộc năm 2024.\n\nNăm 2024, tổng thu ngân sách huyện đạt 412 tỷ đồng, đạt tỷ lệ 96%.\n",
			[]string{"thu_ngan_sach actual 2024", "thu_ngan_sach pct_of_plan 2024"}},
		// Negatives.
		{"a rate with no plan after a count",
			"Huyện Tân Lộc năm 2024.\n\nNăm 2024, huyện giải quyết việc làm cho 1.200 lao động, đạt tỷ lệ 3%.\n",
			[]string{"viec_lam_moi actual 2024"}},
		{"a rate that names its indicator",
			"Huyện Tân Lộc năm 2024.\n\nNăm 2024, tổng thu ngân sách huyện đạt 412 tỷ đồng, tỷ lệ hộ nghèo giảm còn 3,2%.\n",
			[]string{"thu_ngan_sach actual 2024", "ty_le_ho_ngheo actual 2024"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestCultureFacility: a share of residential areas that have a cultural
// building ("có nhà văn hóa", "có điểm sinh hoạt văn hóa") is no share of
// areas holding the cultural title; "có danh hiệu văn hóa", "đạt chuẩn
// văn hóa" and a bare "… văn hóa" are.
func TestCultureFacility(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"có nhà văn hóa",
			"Xã Ea Tir năm 2025.\n\nĐến cuối năm 2025, 100% buôn, thôn có nhà văn hóa và sân thể thao.\n",
			nil},
		{"có điểm sinh hoạt văn hóa, then another rate",
			"Xã Ea Tir năm 2025.\n\nNăm 2025, 96% tổ dân phố có điểm sinh hoạt văn hóa cộng đồng, tỷ lệ hộ nghèo còn 1,8%.\n",
			[]string{"ty_le_ho_ngheo actual 2025"}},
		// Negatives: the title itself.
		{"có danh hiệu văn hóa",
			"Xã Ea Tir năm 2025.\n\nNăm 2025, 85% thôn, buôn có danh hiệu văn hóa.\n",
			[]string{"ty_le_khu_dan_cu_van_hoa actual 2025"}},
		{"đạt chuẩn văn hóa",
			"Xã Ea Tir năm 2025.\n\nNăm 2025, 88% thôn, buôn đạt chuẩn văn hóa.\n",
			[]string{"ty_le_khu_dan_cu_van_hoa actual 2025"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestDateLineDay: the " date YYYY-MM-DD" line before a headline is
// metadata to its day; the day is no number of the headline ("16 Phường
// …" read as a count of wards dropped the headline's figure).
func TestDateLineDay(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"headline plan after a full date",
			" date 2025-12-28 Xã Ea Tir phấn đấu tỷ lệ hộ nghèo còn 1,5%\n\nĐảng ủy xã Ea Tir tổng kết năm 2025, triển khai nhiệm vụ năm 2026.\n\nNăm 2025, tỷ lệ hộ nghèo giảm còn 2,1%.\n",
			[]string{"ty_le_ho_ngheo plan 2026", "ty_le_ho_ngheo actual 2025"}},
		{"headline result after a full date",
			" date 2025-07-09 Phường Tân Mai thu ngân sách 6 tháng đạt 61% dự toán\n\nSáng 8/7, HĐND phường Tân Mai tổ chức kỳ họp thứ hai.\n",
			[]string{"thu_ngan_sach pct_of_plan 2025"}},
		// Negative: a count of units in a headline still counts them.
		{"a count of wards in the headline",
			" date 2025-07-09 12 phường thu ngân sách 6 tháng đạt 61% dự toán\n\nSáng 8/7, thành phố tổ chức hội nghị.\n",
			nil},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestSpecialZoneUnit: "đặc khu" (the special zones formed on 1 July
// 2025) is a level word of the commune tier: its own figures are its, a
// bare "đặc khu" refers to it, and the province it lies in stays the
// parent.
func TestSpecialZoneUnit(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"bare level word after the named zone",
			"Đặc khu Lý Sơn tổng kết năm 2025\n\nNăm 2025, tổng thu ngân sách trên địa bàn đặc khu đạt 118 tỷ đồng, đạt 104% dự toán tỉnh Quảng Ngãi giao.\n",
			[]string{"thu_ngan_sach actual 2025 Đặc khu Lý Sơn", "thu_ngan_sach pct_of_plan 2025 Đặc khu Lý Sơn"}},
		{"zone named in the clause, province in the headline",
			"Tỉnh Quảng Ninh họp báo cuối năm 2025\n\nRiêng đặc khu Vân Đồn, năm 2025 tốc độ tăng trưởng kinh tế đạt 12,5%.\n",
			[]string{"tang_truong_kinh_te actual 2025 Đặc khu Vân Đồn"}},
		// Negative: "đặc khu kinh tế" in a province's text names no zone.
		{"the word in another sense",
			"Tỉnh Quảng Ninh năm 2025\n\nTỉnh kiến nghị cơ chế như một đặc khu kinh tế; năm 2025 tốc độ tăng trưởng kinh tế của tỉnh đạt 11%.\n",
			[]string{"tang_truong_kinh_te actual 2025 Tỉnh Quảng Ninh"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, true, c.want...)
	}
}

// TestWrappedName: in a paragraph already found hard-wrapped (a line
// went on in lower case), a line that opens with a capital goes on with
// it when the line before is long and ends with no mark of punctuation: a
// wrap inside or before a name. A paragraph not found wrapped, or a line
// before that ends a sentence, keeps its break.
func TestWrappedName(t *testing.T) {
	cases := []struct {
		name, text string
		paras      int
	}{
		{"a wrap inside a province's name",
			"Năm 2025, tổng thu ngân sách trên địa bàn ước đạt khoảng 12.400 tỷ\nđồng, bằng 96% dự toán do Hội đồng nhân dân tỉnh Quảng\nNgãi giao đầu năm, tăng 8% so với cùng kỳ năm trước.\n", 1},
		{"a wrap before a city's name",
			"Kim ngạch xuất khẩu chín tháng tăng mạnh, góp phần giữ vững vị\ntrí dẫn đầu cả nước về thu hút vốn đầu tư trực tiếp nước ngoài của\nThành phố Hải Phòng trong vùng duyên hải Bắc Bộ năm nay.\n", 1},
		// Negatives.
		{"a paragraph not wrapped, then a heading",
			"Tổng thu ngân sách năm 2025 đạt 500 tỷ đồng, bằng 105% dự toán được giao trong năm\nKết quả giảm nghèo năm 2025 của xã Tân Lập được đánh giá cao\n", 2},
		{"a wrapped paragraph that ends its sentence",
			"Năm 2025, tổng thu ngân sách trên địa bàn ước đạt khoảng 12.400 tỷ\nđồng, bằng 96% dự toán do Hội đồng nhân dân tỉnh giao đầu năm.\nTỷ lệ hộ nghèo giảm còn 1,2%, thấp hơn mức bình quân của cả vùng.\n", 2},
	}
	for _, c := range cases {
		if got := len(splitPage(c.text).all); got != c.paras {
			t.Errorf("%s: %d paragraphs, want %d", c.name, got, c.paras)
		}
	}
}
