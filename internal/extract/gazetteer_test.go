package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestGazetteerLists: district-level units a per-unit list names without
// their level word take it from the gazetteer (unitname.DistrictIn), only
// in the province the text is about, and a bare count in such a list
// takes the count noun of the item before it (listCounts).
func TestGazetteerLists(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "indicator kind value year unit"
		not        []string // units no fact may have
	}{
		{"a named province's districts", "Tỉnh ủy Nghệ An giao chỉ tiêu năm 2024\n\nNăm 2024, Tỉnh ủy Nghệ An giao chỉ tiêu kết nạp đảng viên mới cho các đảng bộ trực thuộc: huyện Quỳnh Lưu 210 đảng viên; Diễn Châu 190; Hoàng Mai 75.\n",
			[]string{"dang_vien_moi plan 190 2024 Huyện Diễn Châu", "dang_vien_moi plan 210 2024 Huyện Quỳnh Lưu", "dang_vien_moi plan 75 2024 Thị xã Hoàng Mai"}, nil},
		{"the province of the district the list opens with", "Kết nạp đảng viên năm 2023\n\nNăm 2023, Đảng bộ thị xã Sơn Tây kết nạp 150 đảng viên mới; Ba Vì 130; Thạch Thất 120 và các đảng bộ khác 300.\n",
			[]string{"dang_vien_moi actual 120 2023 Huyện Thạch Thất", "dang_vien_moi actual 130 2023 Huyện Ba Vì", "dang_vien_moi actual 150 2023 Thị xã Sơn Tây"}, nil},
		{"a name in many provinces with none known stays unread", "Kết nạp đảng viên năm 2023\n\nNăm 2023, Đảng bộ huyện Phong Điền kết nạp 120 đảng viên mới; Châu Thành 90.\n",
			nil, []string{"Huyện Châu Thành"}},
		{"a province's bare name stays the province", "Kết nạp đảng viên năm 2023\n\nNăm 2023, Đảng bộ thành phố Từ Sơn kết nạp 120 đảng viên mới; Bắc Ninh 90.\n",
			nil, []string{"Thành phố Bắc Ninh"}},
		{"the level word in the text wins", "Hải Phòng kết nạp đảng viên năm 2025\n\nNăm 2025, thành phố Thủy Nguyên kết nạp 220 đảng viên mới, huyện An Lão 140 đảng viên mới.\n\nĐảng bộ quận Lê Chân kết nạp 150 đảng viên mới; Thủy Nguyên 200; Kiến Thụy 95.\n",
			[]string{"dang_vien_moi actual 200 2025 Thành phố Thủy Nguyên", "dang_vien_moi actual 95 2025 Huyện Kiến Thụy"}, []string{"Huyện Thủy Nguyên"}},
		{"no district after July 2025: a ward of the name", "Kết nạp đảng viên 9 tháng năm 2025\n\nNgày 20/9/2025, Đảng ủy thành phố Đà Nẵng cho biết: Đảng ủy phường Hội An kết nạp 40 đảng viên mới; Điện Bàn 35.\n",
			nil, []string{"Thị xã Điện Bàn", "Thành phố Hội An"}},
		{"not after a street, a company or an industrial park", "Kết nạp đảng viên năm 2023\n\nNăm 2023, Đảng bộ thành phố Tam Kỳ kết nạp 120 đảng viên mới; Công ty Hội An 12; Khu công nghiệp Điện Nam 9; đường Đại Lộc 7.\n",
			nil, []string{"Thành phố Hội An", "Huyện Đại Lộc"}},
		{"money is not carried to a bare number", "Thu ngân sách năm 2023\n\nNăm 2023, thành phố Tam Kỳ thu ngân sách 620 tỷ đồng; Đại Lộc 300.\n",
			nil, []string{"Huyện Đại Lộc"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range extractText("t.txt", tc.text) {
				g := fmt.Sprintf("%s %s %v %d %s", f.Indicator, f.Kind, f.Value, f.Year, f.Unit)
				for _, u := range tc.not {
					if f.Unit == u {
						t.Errorf("a fact of %s: %s", u, g)
					}
				}
				got = append(got, g)
			}
			sort.Strings(got)
			t.Log(strings.Join(got, " / "))
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("missing %q\ngot:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
		})
	}
}
