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
