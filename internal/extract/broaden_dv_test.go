package extract

import "testing"

// TestBroadenDVCount: "ĐV", the initials of "đảng viên", counts the
// members admitted after "phát triển" with words between, as the full
// noun does ("phát triển từ 10 ĐV trở lên/năm"); a count of members a
// unit has stays a stock.
func TestBroadenDVCount(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"from-at-least", "Năm 2024, Đảng bộ phấn đấu phát triển từ 10 ĐV trở lên/năm.", []string{"dang_vien_moi plan 10 2024"}},
		{"target-new", "Năm 2024, chỉ tiêu phát triển 25 ĐV mới.", []string{"dang_vien_moi plan 25 2024"}},
		{"result-ratio", "Năm 2023, toàn Đảng bộ phát triển được 32 ĐV, đạt 106% kế hoạch.", []string{"dang_vien_moi actual 32 2023", "dang_vien_moi pct_of_plan 106 2023"}},
		{"stock", "Năm 2023, toàn Đảng bộ có 1.250 ĐV, sinh hoạt tại 40 chi bộ.", nil},
		{"other-thing-developed", "Năm 2023, Đảng bộ phát triển kinh tế, 1.200 ĐV tham gia sinh hoạt.", nil},
	})
}
