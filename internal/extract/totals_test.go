package extract

import "testing"

// TestTotalsDecentralisedShare: revenue "theo phân cấp" (what the level's
// budget keeps under the decentralisation) is a share of the revenue
// collected on the territory, not the total; a plan "giao theo phân cấp"
// after the figure does not make the total a share.
func TestTotalsDecentralisedShare(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the share's ratio to its plan", "Năm 2023, thu ngân sách Nhà nước theo phân cấp đạt 100% kế hoạch.", nil},
		{"the share's amount", "Năm 2023, thu ngân sách theo phân cấp ước đạt 61 tỷ đồng, bằng 112% kế hoạch.", nil},
		{"the share's average growth", "Thu ngân sách theo phân cấp trên địa bàn tăng bình quân từ 3 – 5%/năm.", nil},
		// The total stays.
		{"the plan assigned under the decentralisation", "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn đạt 1.200 tỷ đồng, bằng 105% dự toán tỉnh giao theo phân cấp.",
			[]string{"thu_ngan_sach actual 1.2e+12 2023", "thu_ngan_sach pct_of_plan 105 2023"}},
		{"the total before its share", "Năm 2023, thu ngân sách nhà nước trên địa bàn ước đạt 900 tỷ đồng, trong đó thu theo phân cấp 400 tỷ đồng.",
			[]string{"thu_ngan_sach actual 9e+11 2023"}},
	})
}
