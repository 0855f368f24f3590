package extract

import "testing"

// TestBroadenUocTinhRevenue: "ước tính" (with or without "đạt") is the
// verb of an estimate as "ước đạt" is, so a bare revenue that the
// commerce-and-services sector's clause gives keeps its figure after it.
func TestBroadenUocTinhRevenue(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"uoc-tinh-dat", "Năm 2024, thương mại - dịch vụ tiếp tục giữ vai trò chủ lực với tổng doanh thu ước tính đạt gần 29.730 tỷ đồng.", []string{"tong_muc_ban_le actual 2.973e+13 2024"}},
		{"uoc-tinh", "Năm 2024, hoạt động thương mại, dịch vụ sôi động, tổng doanh thu ước tính 3.100 tỷ đồng.", []string{"tong_muc_ban_le actual 3.1e+12 2024"}},
		{"uoc-tinh-khoang", "Năm 2024, lĩnh vực thương mại - dịch vụ giữ vai trò chủ lực, tổng doanh thu ước tính khoảng 1.250 tỷ đồng.", []string{"tong_muc_ban_le actual 1.25e+12 2024"}},
		{"other-sector", "Năm 2024, du lịch phát triển mạnh, doanh thu ước tính đạt 850 tỷ đồng.", nil},
		{"services-alone", "Năm 2024, dịch vụ tiếp tục giữ vai trò chủ lực với tổng doanh thu ước tính đạt 850 tỷ đồng.", nil},
	})
}
