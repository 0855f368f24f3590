package extract

import (
	"testing"

	"github.com/chitieu/chitieu/internal/facts"
)

// TestReachedShareAfter: a level followed by its own share of the plan is
// a result, even where the text's date makes its year look like the plan's
// (a January lede with no year over a year's results); a target stated
// with a target verb stays a plan.
func TestReachedShareAfter(t *testing.T) {
	lede := "Sáng 12/1, Huyện ủy Mường Khương tổ chức hội nghị tổng kết.\n\nTheo báo cáo, năm 2024 huyện Mường Khương gặp nhiều khó khăn. "
	cases := []struct {
		text string
		kind facts.Kind
	}{
		{lede + "Trong công tác xây dựng Đảng, huyện kết nạp 215 đảng viên mới, đạt 107,5% kế hoạch.", facts.Actual},
		{lede + "Huyện giải quyết việc làm cho 1.250 lao động (bằng 104% kế hoạch).", facts.Actual},
		{lede + "Toàn huyện kết nạp thêm 96 đảng viên, vượt 20% so với chỉ tiêu.", facts.Actual},
		{"Chiều 20/2, HĐND xã Tân Lập tổ chức kỳ họp.\n\nNăm 2025, xã Tân Lập phấn đấu thu ngân sách 5 tỷ đồng, bằng 110% dự toán huyện giao.", facts.Plan},
	}
	for _, c := range cases {
		fs := extractText("t.txt", c.text)
		var kinds []facts.Kind
		for _, f := range fs {
			if f.Kind == facts.Actual || f.Kind == facts.Plan {
				kinds = append(kinds, f.Kind)
			}
		}
		if len(kinds) != 1 || kinds[0] != c.kind {
			t.Errorf("%q: levels %v, want one %s", c.text, kinds, c.kind)
		}
	}
}

// TestTargetsGoOn: after a target for a year to come, a paragraph of
// figures with no year and no kind word goes on listing targets; a figure
// with a past year of its own is a result.
func TestTargetsGoOn(t *testing.T) {
	lede := " date 2025-09\nĐại hội đại biểu Đảng bộ phường Tân An lần thứ I, nhiệm kỳ 2025-2030.\n\n" +
		"Đại hội xác định mục tiêu đến năm 2030 tổng thu ngân sách trên địa bàn đạt 320 tỷ đồng; tốc độ tăng trưởng kinh tế bình quân 9%/năm.\n\n"
	cases := []struct {
		text string
		kind facts.Kind
		year int
	}{
		{lede + "Thu nhập bình quân đầu người trên 90 triệu đồng; tỷ lệ hộ nghèo đa chiều dưới 1%.", facts.Plan, 2030},
		{lede + "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,5%; giải quyết việc làm cho 1.200 lao động mỗi năm.", facts.Plan, 2030},
		{lede + "Năm 2024, tỷ lệ hộ nghèo của phường còn 1,3%.", facts.Actual, 2024},
	}
	for _, c := range cases {
		fs := extractText("t.txt", c.text)
		n := 0
		for _, f := range fs {
			if f.Indicator == "thu_ngan_sach" || f.Indicator == "tang_truong_kinh_te" {
				continue // the lede's own targets
			}
			n++
			if f.Kind != c.kind || f.Year != c.year {
				t.Errorf("%q: %s %s %d, want %s %d", c.text, f.Indicator, f.Kind, f.Year, c.kind, c.year)
			}
		}
		if n == 0 {
			t.Errorf("%q: no fact after the targets", c.text)
		}
	}
}
