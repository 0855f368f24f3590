package extract

import "testing"

// TestStatedTotalPhrases: a clause that opens with a stated total
// ("Trong (tổng) số N …") and goes on with its part ("có M …"): the
// percentage after the part's count is the rate of the subject named
// after the total's number, a share inside the total's own words is the
// pool's, and a demonstrative ("danh hiệu này", "tiêu chuẩn đó") points
// back to the title the clause named before (see statedTotalAt,
// titleAnaphor, namedCountRate).
func TestStatedTotalPhrases(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the part's percentage after a title named in the total", "Năm 2024, trong số 12.400 hộ đăng ký gia đình văn hóa, có 11.800 hộ được công nhận danh hiệu đó (đạt 95,2%).",
			[]string{"ty_le_gia_dinh_van_hoa actual 95.2 2024"}},
		{"the pool's share in the total's words is no rate", "Năm 2024, trong số gần 8.000 hộ đăng ký xây dựng gia đình văn hóa (chiếm 92% tổng số hộ) thì có 7.650 hộ đạt danh hiệu (đạt 89,6%).",
			[]string{"ty_le_gia_dinh_van_hoa actual 89.6 2024"}},
		{"the areas' rate after a standard pointed back to", "Năm 2024, trong tổng số 150 thôn, tổ dân phố đăng ký danh hiệu văn hóa, có 146 thôn, tổ dân phố đạt chuẩn này (đạt tỷ lệ 97,3%).",
			[]string{"ty_le_khu_dan_cu_van_hoa actual 97.3 2024"}},
		{"a rate after a count that names the areas", "Năm 2024, toàn huyện có 88 làng, khu dân cư đạt chuẩn văn hóa, đạt tỷ lệ 91,7%.",
			[]string{"ty_le_khu_dan_cu_van_hoa actual 91.7 2024"}},
		// Negatives.
		{"a part with a count indicator of its own keeps being a part", "Năm 2024, trong tổng số 600 hộ nghèo, có 250 hộ thoát nghèo (chiếm 41,7%).", nil},
		{"a part's share without a rate indicator named is nothing", "Năm 2024, trong số 300 đảng viên mới có 120 đảng viên nữ (chiếm 40%).", nil},
		{"a demonstrative with no title named before points nowhere", "Năm 2024, có 40 thôn, tổ dân phố đạt tiêu chuẩn này, đạt tỷ lệ 80%.", nil},
		{"a rate after a count with a figure between is not the count's", "Năm 2024, có 88 làng, khu dân cư đạt chuẩn văn hóa, tăng 3 khu so với năm trước, tỷ lệ 45%.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, "Huyện Gia Lâm: kết quả năm 2024\n\n"+tc.text+"\n", tc.want)
		})
	}
}

// TestRankedCommunePhrases: per-commune rankings inside a district's
// text. A superlative's scope ("nhất trên toàn huyện") is no subject
// (superlativeScope, rankScopeEnd); "giảm … nhất … là X%" gives the
// change (superlativeChange); a percentage joined by "và" shares the
// verb before; units named in a row take figures given in a row, in
// order (respectiveUnits).
func TestRankedCommunePhrases(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"two communes, two changes, in order", "Năm 2024, xã Tân Lập và Phú Hòa có tỷ lệ hộ nghèo giảm thấp nhất toàn huyện là 0,8% và 1,2%.",
			[]string{"ty_le_ho_ngheo change_vs_prev -0.8 2024 Xã Tân Lập", "ty_le_ho_ngheo change_vs_prev -1.2 2024 Xã Phú Hòa"}},
		{"two communes with their level words, two levels", "Năm 2024, xã Tân Lập và xã Phú Hòa có tỷ lệ hộ nghèo là 6,5% và 4,1%.",
			[]string{"ty_le_ho_ngheo actual 4.1 2024 Xã Phú Hòa", "ty_le_ho_ngheo actual 6.5 2024 Xã Tân Lập"}},
		{"a commune ranked first with the district as scope", "Năm 2024, xã Tân Lập là xã có tỷ lệ hộ nghèo giảm nhiều nhất trên địa bàn huyện là 5,3%.",
			[]string{"ty_le_ho_ngheo change_vs_prev -5.3 2024 Xã Tân Lập"}},
		{"a ranked list goes on after a semicolon with a plural and named units", "Năm 2024, xã Tân Lập có tỷ lệ hộ nghèo giảm nhiều nhất, giảm 6%; tiếp theo là các xã Phú Hòa giảm 5,5%, Đông Sơn giảm 4,2%.",
			[]string{"ty_le_ho_ngheo change_vs_prev -4.2 2024 Xã Đông Sơn", "ty_le_ho_ngheo change_vs_prev -5.5 2024 Xã Phú Hòa", "ty_le_ho_ngheo change_vs_prev -6 2024 Xã Tân Lập"}},
		{"a ranked list with những after a semicolon", "Năm 2024, xã Tân Lập có tỷ lệ hộ nghèo giảm thấp nhất, giảm 1,1%; kế đến là những xã Phú Hòa giảm 1,4%, Đông Sơn giảm 1,9%.",
			[]string{"ty_le_ho_ngheo change_vs_prev -1.1 2024 Xã Tân Lập", "ty_le_ho_ngheo change_vs_prev -1.4 2024 Xã Phú Hòa", "ty_le_ho_ngheo change_vs_prev -1.9 2024 Xã Đông Sơn"}},
		{"a fall counted in households after the poor were named, its share linked by chiếm", "Năm 2024, xã Tân Lập là nơi có hộ nghèo giảm mạnh nhất, giảm 52 hộ, chiếm tỷ lệ 6,8%.",
			[]string{"ho_thoat_ngheo actual 52 2024 Xã Tân Lập", "ty_le_ho_ngheo change_vs_prev -6.8 2024 Xã Tân Lập"}},
		{"a fall in households with its rate after đạt", "Năm 2024, số hộ nghèo của huyện giảm 130 hộ, đạt tỷ lệ 1,9%.",
			[]string{"ho_thoat_ngheo actual 130 2024", "ty_le_ho_ngheo change_vs_prev -1.9 2024"}},
		// Negatives.
		{"households with no poor named before give no fall", "Năm 2024, huyện giảm 130 hộ sử dụng nước chưa hợp vệ sinh, chiếm tỷ lệ 1,9%.", nil},
		{"a plural level word without a name is no item", "Năm 2024, tỷ lệ hộ nghèo của huyện giảm 2,5%; các xã đều giảm 1,5%.",
			[]string{"ty_le_ho_ngheo change_vs_prev -2.5 2024"}},
		{"the district's own superlative is still its level", "Năm 2024, tỷ lệ hộ nghèo của huyện là 3,4%, cao nhất tỉnh.",
			[]string{"ty_le_ho_ngheo actual 3.4 2024"}},
		{"two units and three figures pair nothing", "Năm 2024, xã Tân Lập và xã Phú Hòa có tỷ lệ hộ nghèo là 6,5%, 4,1% và 3%.",
			[]string{"ty_le_ho_ngheo actual 3 2024 Xã Phú Hòa", "ty_le_ho_ngheo actual 4.1 2024 Xã Phú Hòa", "ty_le_ho_ngheo actual 6.5 2024 Xã Phú Hòa"}},
		{"a level after a superlative without a change verb stays a level", "Năm 2024, xã Tân Lập có tỷ lệ hộ nghèo cao nhất huyện là 12,5%.",
			[]string{"ty_le_ho_ngheo actual 12.5 2024 Xã Tân Lập"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, "Huyện Gia Lâm: kết quả giảm nghèo năm 2024\n\n"+tc.text+"\n", tc.want)
		})
	}
}
