package extract

import "testing"

// TestRankingItems: a ranking of units by one indicator, each item after
// the first led by its place ("tiếp theo là", "thấp nhất là") and naming
// its unit before its figure, gives each unit's figure.
func TestRankingItems(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"rates ranked from the highest", "Năm 2023, tỷ lệ hộ nghèo cao nhất là xã Phù Đổng với 8,5%; tiếp theo là xã Đặng Xá 6,2%; xã Kim Lan 4,1%; thấp nhất là xã Dương Hà 1,3%.",
			[]string{"ty_le_ho_ngheo actual 1.3 2023 Xã Dương Hà", "ty_le_ho_ngheo actual 4.1 2023 Xã Kim Lan", "ty_le_ho_ngheo actual 6.2 2023 Xã Đặng Xá", "ty_le_ho_ngheo actual 8.5 2023 Xã Phù Đổng"}},
		{"money ranked, each item with với", "Năm 2023, về thu ngân sách, đứng đầu là xã Phù Đổng với 120 tỷ đồng; kế đến là xã Đặng Xá với 95 tỷ đồng; ít nhất là xã Dương Hà với 12 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.2e+10 2023 Xã Dương Hà", "thu_ngan_sach actual 1.2e+11 2023 Xã Phù Đổng", "thu_ngan_sach actual 9.5e+10 2023 Xã Đặng Xá"}},
		{"a clause led by là whose unit does something else carries nothing", "Năm 2023, tỷ lệ hộ nghèo của huyện còn 2,1%; điểm sáng là xã Đặng Xá tổ chức 3 hội nghị.",
			[]string{"ty_le_ho_ngheo actual 2.1 2023"}},
		{"a clause led by là with a bare level word carries nothing", "Năm 2023, tỷ lệ hộ nghèo của huyện còn 2,1%; nguyên nhân là huyện đã hỗ trợ 300 hộ.",
			[]string{"ty_le_ho_ngheo actual 2.1 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, phraseCtx+tc.text+"\n", tc.want)
		})
	}
}
