package extract

import "testing"

// TestWardPhrases: list shapes of ward and commune reports, each rule with
// paraphrases and negatives (see TestPhrases for the notation).
func TestWardPhrases(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// fieldLabel: a count labelled by one field of the plan is a part.
		{"counts by field after trong đó are parts of the total", "Năm 2023, huyện có 17 chỉ tiêu đạt và vượt; trong đó, kinh tế 5/6 chỉ tiêu; văn hóa - xã hội 8/9 chỉ tiêu; quốc phòng - an ninh 2/2 chỉ tiêu và xây dựng Đảng 2/3 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023"}},
		{"counts by field with a verb and no total", "Năm 2023, lĩnh vực kinh tế đạt 6/7 chỉ tiêu, văn hóa, xã hội đạt 10/11 chỉ tiêu.", nil},
		{"a party committee or the whole plan is no field label", "Năm 2023, Đảng bộ huyện hoàn thành 16/18 chỉ tiêu. Kinh tế - xã hội đạt 15/18 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 15 2023", "chi_tieu_hoan_thanh actual 16 2023", "chi_tieu_hoan_thanh plan 18 2023"}},
		// ratioAfterTime: a ratio listed after another shares its verb.
		{"a second ratio after the first one's year shares its verb", "Thu ngân sách trên địa bàn đạt 96,5% năm 2022 và 91,2% trong 9 tháng đầu năm 2023.",
			[]string{"thu_ngan_sach pct_of_plan 91.2 2023", "thu_ngan_sach pct_of_plan 96.5 2022"}},
		{"a second change after a comma shares its verb", "Chi ngân sách tăng 7% năm 2021, 9% năm 2022.",
			[]string{"chi_ngan_sach change_vs_prev 7 2021", "chi_ngan_sach change_vs_prev 9 2022"}},
		{"a ratio after another indicator's name shares nothing", "Thu ngân sách đạt 96,5% năm 2022 và tỷ lệ che phủ rừng 45% năm 2023.",
			[]string{"thu_ngan_sach pct_of_plan 96.5 2022"}},
		// An estimate for a year still to come is a plan.
		{"an estimate for a later year is a projection", "Dự báo đến năm 2026, thu ngân sách trên địa bàn ước đạt 950 tỷ đồng; đến năm 2030 tổng giá trị sản xuất ước đạt 12.000 tỷ đồng.",
			[]string{"gia_tri_san_xuat plan 1.2e+13 2030", "thu_ngan_sach plan 9.5e+11 2026"}},
		{"an estimate for the year itself is a result", "Năm 2023, thu ngân sách trên địa bàn ước đạt 900 tỷ đồng.",
			[]string{"thu_ngan_sach actual 9e+11 2023"}},
		// A rate named after a count: "đạt tỷ lệ".
		{"a rate after a count of the whole", "Năm 2023, có 11.520/12.300 hộ được công nhận gia đình văn hóa, đạt tỷ lệ 93,7%; 40/42 khu dân cư giữ vững danh hiệu khu dân cư văn hóa, đạt tỷ lệ 95,2%.",
			[]string{"ty_le_gia_dinh_van_hoa actual 93.7 2023", "ty_le_khu_dan_cu_van_hoa actual 95.2 2023"}},
		{"a rate of a count outside the catalog, of targets, or of a plain count is none", "Năm 2023, có 120/300 học sinh đạt giải, đạt tỷ lệ 40%. Có 14/19 chỉ tiêu kinh tế - xã hội đạt kế hoạch, đạt tỷ lệ 73,68%. Hỗ trợ 250 hộ nghèo sửa nhà, đạt tỷ lệ 100%.",
			[]string{"chi_tieu_hoan_thanh actual 14 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		// A count of targets heading their list after a colon is the
		// plan's count, and the paragraph goes on listing targets.
		{"a count reached before a colon heads no plan list", "Năm 2023, huyện hoàn thành 16/18 chỉ tiêu, cụ thể: thu ngân sách trên địa bàn đạt 500 tỷ đồng.",
			[]string{"chi_tieu_hoan_thanh actual 16 2023", "chi_tieu_hoan_thanh plan 18 2023", "thu_ngan_sach actual 5e+11 2023"}},
		// A share of half or more a year is a level, a small one a change.
		{"a small yearly share is a change, no fact", "Đại hội đề ra các chỉ tiêu: tỷ lệ hộ nghèo giảm 1,5%/năm; tỷ lệ hộ nghèo bình quân 2%/năm.", nil},
		// A verb inside a rate's name reports nothing.
		{"a passive verb in the rate's name is no result", "Đại hội đề ra các chỉ tiêu chủ yếu: tỷ lệ thôn được công nhận thôn văn hóa 85%; tỷ lệ hộ được công nhận gia đình văn hóa từ 90% trở lên.",
			[]string{"ty_le_gia_dinh_van_hoa plan 90 2023", "ty_le_khu_dan_cu_van_hoa plan 85 2023"}},
		{"a result verb after the rate's name reports", "Đại hội đề ra các chỉ tiêu chủ yếu cho năm 2024. Năm 2023, tỷ lệ hộ được công nhận gia đình văn hóa đạt 91%.",
			[]string{"ty_le_gia_dinh_van_hoa actual 91 2023"}},
		// A level left, with its verb after it, has no year told.
		{"an undated level left before its verb is none", "Tỷ lệ hộ nghèo từ 12,4% đầu nhiệm kỳ đến nay đã giảm xuống còn 3,1%. Ở xã B, tỷ lệ hộ nghèo từ trên 20% khi bắt đầu giai đoạn, nay giảm còn 4,2%.",
			[]string{"ty_le_ho_ngheo actual 3.1 2023", "ty_le_ho_ngheo actual 4.2 2023 Xã B"}},
		{"a level with no move after it stays", "Tỷ lệ hộ nghèo từ 3,1%, giảm nhanh nhờ các chính sách hỗ trợ.", []string{"ty_le_ho_ngheo actual 3.1 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, phraseCtx+tc.text+"\n", tc.want)
		})
	}
	// A count of targets heading their numbered list after a colon is
	// the plan's count, and the paragraph goes on listing targets: the
	// items are plans of the term's last year, a planned change is none.
	congress := "Đại hội Đảng bộ huyện Gia Lâm nhiệm kỳ 2020-2025\n\nNgày 12/6/2020, Đảng bộ huyện Gia Lâm tổ chức đại hội lần thứ XX, nhiệm kỳ 2020-2025.\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a count heading a numbered list", "Nghị quyết xác lập 3 đột phá và 14 chỉ tiêu cơ bản, cụ thể là: (1) Thu ngân sách trên địa bàn tăng bình quân 8%/năm. (2) Tỷ lệ hộ được công nhận gia đình văn hóa 90-92%/năm, (3) kết nạp đảng viên mới mỗi năm từ 40 đến 45 đảng viên.",
			[]string{"chi_tieu_hoan_thanh plan 14 2025", "dang_vien_moi plan 40-45 2025", "ty_le_gia_dinh_van_hoa plan 90-92 2025"}},
		{"a count heading a list with gồm", "Văn kiện nêu 9 chỉ tiêu, gồm: 1. Tỷ lệ thôn văn hóa 80%/năm. 2. Tỷ lệ tham gia bảo hiểm y tế đến năm 2025 đạt 95%.",
			[]string{"chi_tieu_hoan_thanh plan 9 2025", "ty_le_bhyt plan 95 2025", "ty_le_khu_dan_cu_van_hoa plan 80 2025"}},
		{"the next N years end N years on", "Trong 5 năm tới, phấn đấu kết nạp 60 đảng viên mới. Giai đoạn 3 năm sắp tới, phấn đấu tỷ lệ hộ nghèo còn dưới 1,5%.",
			[]string{"dang_vien_moi plan 60 2025", "ty_le_ho_ngheo plan 1.5 2023"}},
		{"next year alone is next year", "Năm tới, phấn đấu kết nạp 14 đảng viên mới.",
			[]string{"dang_vien_moi plan 14 2021"}},
		{"a count reached before a colon heads no plan list", "Nhiệm kỳ qua, huyện đạt 16/18 chỉ tiêu, cụ thể: tỷ lệ hộ được công nhận gia đình văn hóa đạt 91%.",
			[]string{"chi_tieu_hoan_thanh actual 16 2020", "chi_tieu_hoan_thanh plan 18 2020", "ty_le_gia_dinh_van_hoa actual 91 2020"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, congress+tc.text+"\n", tc.want)
		})
	}
}
