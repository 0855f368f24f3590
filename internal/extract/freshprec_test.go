package extract

import "testing"

// A figure told after "vượt" and the plan it beat that is less than half
// the result just before it, in the same measure, is the margin by which
// the result beat the plan: no fact. A figure near the result is the plan.
func TestExceededMargin(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a growth rate's margin over the plan set", "Tốc độ tăng trưởng kinh tế đạt 8,34%, vượt kế hoạch đề ra là 0,34%.",
			[]string{"tang_truong_kinh_te actual 8.34 2023"}},
		{"a growth rate's margin over the target in points", "Năm 2023, tăng trưởng kinh tế của huyện ước đạt 7,5%, vượt mục tiêu Nghị quyết đề ra là 0,5 điểm phần trăm.",
			[]string{"tang_truong_kinh_te actual 7.5 2023"}},
		{"revenue's margin over the estimate assigned", "Tổng thu ngân sách nhà nước trên địa bàn đạt 120 tỷ đồng, vượt dự toán giao là 12 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.2e+11 2023"}},
		{"new members' margin over the target", "Trong năm, toàn Đảng bộ kết nạp 45 đảng viên mới, vượt chỉ tiêu đề ra là 5 đảng viên.",
			[]string{"dang_vien_moi actual 45 2023"}},
		// Negatives: the plan beaten, near the result, stays the plan.
		{"the plan beaten, near the result", "Tốc độ tăng trưởng kinh tế ước đạt trên 10%, vượt chỉ tiêu Nghị quyết đề ra là 8,5%.",
			[]string{"tang_truong_kinh_te actual 10 2023", "tang_truong_kinh_te plan 8.5 2023"}},
		{"jobs: the plan beaten, near the result", "Giải quyết việc làm cho 2.400 lao động, vượt kế hoạch giao là 2.000 lao động.",
			[]string{"viec_lam_moi actual 2400 2023", "viec_lam_moi plan 2000 2023"}},
		{"a plan of another measure than the result", "Kết nạp 45 đảng viên mới, tỷ lệ hộ nghèo còn 1,2%, thấp hơn kế hoạch đề ra là 1,5%.",
			[]string{"dang_vien_moi actual 45 2023", "ty_le_ho_ngheo actual 1.2 2023", "ty_le_ho_ngheo plan 1.5 2023"}},
	})
}
