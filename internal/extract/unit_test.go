package extract

import (
	"fmt"
	"testing"
)

// TestFigureUnits: which unit each figure of a text belongs to, on short
// articles written in the style of local news and reports. Each case is
// one rule of unit.go; the want maps a figure's value to its unit.
func TestFigureUnits(t *testing.T) {
	tests := []struct {
		name, text, ind string
		want            map[float64]string
	}{
		{"a parent district in brackets after a town", "Thị trấn Phố Châu hoàn thành 12/12 chỉ tiêu\n\n25/12/2023\n\nNăm 2023, thị trấn Phố Châu (huyện Hương Sơn) có 12/12 chỉ tiêu đạt và vượt kế hoạch. Thu ngân sách trên địa bàn đạt 18,5 tỷ đồng, bằng 135% kế hoạch.",
			"chi_tieu_hoan_thanh", map[float64]string{12: "Thị trấn Phố Châu"}},
		{"a parent city in brackets in a headline", "Phường Tân Định (TP.HCM) thu ngân sách đạt 1.250 tỷ đồng\n\n20/12/2025\n\nNăm 2025, thu ngân sách nhà nước trên địa bàn phường ước đạt 1.250 tỷ đồng, đạt 104% dự toán thành phố giao.",
			"thu_ngan_sach", map[float64]string{1250e9: "Phường Tân Định", 104: "Phường Tân Định"}},
		{"two parents in brackets", "Kinh tế xã Vĩnh Tường khởi sắc\n\n30/12/2025\n\nXã Vĩnh Tường (huyện Vĩnh Tường cũ, tỉnh Phú Thọ) thu ngân sách nhà nước trên địa bàn đạt 45 tỷ đồng, đạt 75% dự toán.",
			"thu_ngan_sach", map[float64]string{45e9: "Xã Vĩnh Tường", 75: "Xã Vĩnh Tường"}},
		{"a bracket with a figure is a subject", "Thu ngân sách các huyện\n\n30/12/2023\n\nThu ngân sách của nhiều huyện vượt dự toán (huyện Gia Viễn đạt 2.100 tỷ đồng).",
			"thu_ngan_sach", map[float64]string{2100e9: "Huyện Gia Viễn"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := map[float64]string{}
			for _, f := range one(t, tc.text, tc.ind) {
				if u, ok := got[f.Value]; ok && u != f.Unit {
					f.Unit = u + " | " + f.Unit // one figure read for two units
				}
				got[f.Value] = f.Unit
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
