package extract

import "testing"

// TestCongressHostAbbrevParent: the congress host reading takes a parent
// in apposition whose level word an office abbreviates ("H.", "TX.",
// "TP."), as it takes the word written out. Negative: a commune with its
// abbreviated district that holds no event keeps the text's unit.
func TestCongressHostAbbrevParent(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"commune after a date, its district abbreviated H.",
			"Đại hội Đảng bộ xã vùng sâu\n\n date 2020-05 Ngày 12/5, xã Tân Hưng, H. Cái Bè đã tổ chức Đại hội Đảng bộ lần thứ V, nhiệm kỳ 2020-2025. Đây là xã khó khăn nhất của huyện Cái Bè.\n\nNhiệm kỳ qua, lãnh đạo huyện Cái Bè ghi nhận xã thu ngân sách đạt 20 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2020 Xã Tân Hưng"}},
		{"ward after a date, its town abbreviated TX.",
			"Đại hội Đảng bộ phường\n\n date 2020-06 Sáng 8/6, phường Minh Khai, TX. Sơn Hà long trọng tổ chức Đại hội Đảng bộ lần thứ VI, nhiệm kỳ 2020-2025. Dự có lãnh đạo thị xã Sơn Hà.\n\nNhiệm kỳ qua, phường đã kết nạp 45 đảng viên mới, được lãnh đạo thị xã Sơn Hà ghi nhận.\n",
			[]string{"dang_vien_moi actual 2020 Phường Minh Khai"}},
		{"ward after a date, its city abbreviated TP.",
			"Đại hội Đảng bộ phường\n\n date 2020-06 Chiều 15/6, phường Tân An, TP. Hòa Lâm đã tổ chức Đại hội Đảng bộ lần thứ IV, nhiệm kỳ 2020-2025. Dự có lãnh đạo thành phố Hòa Lâm.\n\nNhiệm kỳ qua, phường đã kết nạp 30 đảng viên mới, được lãnh đạo thành phố Hòa Lâm ghi nhận.\n",
			[]string{"dang_vien_moi actual 2020 Phường Tân An"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, true, c.want...)
	}
	// Negatives: the abbreviation alone, or without its dot, is no level
	// word ("H" for a person's initial).
	for _, c := range []struct {
		toks string
		want bool
	}{
		{"H. Đức Trọng", true}, {"TX. Sơn Tây", true}, {"TP Huế", true}, {"Q. Ba Đình", true},
		{"H Đức Trọng", false}, {"ông H . Nam", false}, {"Đức Trọng", false},
	} {
		toks := tokenize(lowerSameLen(c.toks), nil)
		k := 0
		if toks[0].s == "ông" {
			k = 1
		}
		if got := levelAbbrevAt(toks, k); got != c.want {
			t.Errorf("levelAbbrevAt(%q) = %v, want %v", c.toks, got, c.want)
		}
	}
}

// TestTargetSpanYear: targets stated under a span that a target verb
// names ("phấn đấu giai đoạn 2022-2026 …; …") take the span's last year,
// in every clause of their sentence. Negatives: a span that qualifies a
// noun ("hộ nghèo giai đoạn 2016-2020") dates nothing, and a span after
// a striving already done ("đã phấn đấu") is no target's.
func TestTargetSpanYear(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"province's targets after phấn đấu giai đoạn, a semicolon list",
			"Nâng cao đời sống văn hóa\n\n date 2022-05 Tỉnh Hòa Lâm phấn đấu giai đoạn 2022-2026 toàn tỉnh có 90% thôn có nhà văn hóa; 85-87% gia đình được công nhận danh hiệu gia đình văn hóa; 70% khu dân cư được công nhận khu dân cư văn hóa.\n",
			[]string{"ty_le_gia_dinh_van_hoa plan 2026", "ty_le_khu_dan_cu_van_hoa plan 2026"}},
		{"district's target after mục tiêu trong giai đoạn",
			"Huyện Tân Lạc giảm nghèo bền vững\n\n date 2021-09 Huyện Tân Lạc đặt mục tiêu trong giai đoạn 2021-2025 mỗi năm thu ngân sách trên địa bàn đạt 120 tỷ đồng; kết nạp 300 đảng viên mới.\n",
			[]string{"dang_vien_moi plan 2025"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
	neg := []struct {
		name, text string
		want       []string
	}{
		{"a span that qualifies a noun dates nothing",
			"Huyện Tân Lạc giảm nghèo\n\n date 2023-06 Năm 2023, huyện Tân Lạc thực hiện chương trình giảm nghèo giai đoạn 2021-2025, kết nạp 45 đảng viên mới.\n",
			[]string{"dang_vien_moi actual 2023"}},
	}
	for _, c := range neg {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"tỉnh phấn đấu giai đoạn 2022-2026", true},
		{"huyện đặt mục tiêu trong giai đoạn 2021-2025", true},
		{"tỉnh đã đề ra giai đoạn 2021-2025", false},
		{"nỗ lực phấn đấu giai đoạn 2021-2025", false},
		{"hộ nghèo giai đoạn 2016-2020", false},
		{"đạt 40% so với mục tiêu giai đoạn 2016-2020", false},
	} {
		toks := tokenize(lowerSameLen(c.s), nil)
		i := 0
		for i < len(toks) && toks[i].s != "giai" {
			i++
		}
		if got := targetSpanAt(toks, i); got != c.want {
			t.Errorf("targetSpanAt(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestFigurelessOpeningUnit: a paragraph's first sentence without
// figures that names one unit (not the source it cites, "Theo UBND tỉnh
// A,") hands the paragraph's figures to that unit, named with its level
// word or, as the text names it elsewhere, without. Negatives: a source
// alone, two units, and a governing body by its level word ("UBND
// huyện") hand nothing on.
func TestFigurelessOpeningUnit(t *testing.T) {
	lead := "Tỉnh Hòa Bình phát triển kinh tế biển\n\n date 2024-03 Tỉnh Hòa Bình có thị xã Sơn Hà và huyện Tân Lạc ven biển. Năm 2023, thu ngân sách của tỉnh Hòa Bình đạt 9.000 tỷ đồng.\n\n"
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a source, then a district named with its level word",
			lead + "Theo Sở Tài chính tỉnh Hòa Bình, kinh tế huyện Tân Lạc ngày càng khởi sắc. Năm 2023, tốc độ tăng trưởng kinh tế đạt 9,5%.\n",
			[]string{"thu_ngan_sach actual 2023 Tỉnh Hòa Bình", "tang_truong_kinh_te actual 2023 Huyện Tân Lạc"}},
		{"a source, then a town named without its level word",
			lead + "Theo UBND tỉnh Hòa Bình, quy mô kinh tế Sơn Hà không ngừng mở rộng. Năm 2023, tốc độ tăng trưởng kinh tế đạt trên 12%.\n",
			[]string{"thu_ngan_sach actual 2023 Tỉnh Hòa Bình", "tang_truong_kinh_te actual 2023 Thị xã Sơn Hà"}},
		// Negatives.
		{"the source alone hands nothing on",
			lead + "Theo UBND huyện Tân Lạc, kinh tế biển của tỉnh ngày càng khởi sắc. Năm 2023, tốc độ tăng trưởng kinh tế đạt 9,5%.\n",
			[]string{"thu_ngan_sach actual 2023 Tỉnh Hòa Bình", "tang_truong_kinh_te actual 2023 Tỉnh Hòa Bình"}},
		{"a governing body by its level word hands nothing on",
			"Xã Mỹ Hòa tổng kết năm\n\n date 2024-01 Ngày 10/1, Đảng bộ xã Mỹ Hòa, huyện Tân Lạc tổng kết công tác năm 2023. Năm 2023, xã Mỹ Hòa thu ngân sách đạt 9 tỷ đồng.\n\nTheo báo cáo, dưới sự lãnh đạo của Huyện ủy, UBND huyện, kinh tế ngày càng khởi sắc. Năm 2023, Đảng bộ kết nạp 12 đảng viên mới.\n",
			[]string{"thu_ngan_sach actual 2023 Xã Mỹ Hòa", "dang_vien_moi actual 2023 Xã Mỹ Hòa"}},
		{"two units hand nothing on",
			lead + "Kinh tế thị xã Sơn Hà và huyện Tân Lạc ngày càng khởi sắc. Năm 2023, tốc độ tăng trưởng kinh tế đạt 9,5%.\n",
			[]string{"thu_ngan_sach actual 2023 Tỉnh Hòa Bình", "tang_truong_kinh_te actual 2023 Tỉnh Hòa Bình"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, true, c.want...)
	}
}
