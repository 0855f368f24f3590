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

// A ratio to the plan told for a year after the text's own, among
// figures read as that year's targets, is a target too: nothing of that
// year has been reached yet.
func TestFutureRatioIsTarget(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a disbursement rate after the next year's floor", "Năm 2024, huyện phấn đấu kết nạp từ 45 đảng viên trở lên. Thu ngân sách Nhà nước đạt trên 154 tỷ đồng; tỷ lệ giải ngân vốn đầu tư công đạt trên 97%.",
			[]string{"dang_vien_moi plan 45 2024", "thu_ngan_sach plan 1.54e+11 2024"}},
		{"a share of the plan among next year's tasks", "Nhiệm vụ năm 2024, huyện tập trung chỉ đạo hoàn thành các chỉ tiêu. Tổng thu ngân sách đạt 300 tỷ đồng, giải ngân vốn đầu tư công đạt 100% kế hoạch vốn được giao.",
			[]string{"thu_ngan_sach plan 3e+11 2024"}},
		{"new members as a share of the target, next year", "Năm 2024, Đảng bộ huyện phấn đấu giải quyết việc làm cho 2.000 lao động. Kết nạp đảng viên mới đạt 100% chỉ tiêu trên giao.",
			[]string{"viec_lam_moi plan 2000 2024"}},
		// Negatives: a ratio of the text's own year, or of one before, reports a result.
		{"this year's ratio stays", "Năm 2023, thu ngân sách đạt 154 tỷ đồng; giải ngân vốn đầu tư công đạt 97% kế hoạch.",
			[]string{"giai_ngan_dau_tu pct_of_plan 97 2023", "thu_ngan_sach actual 1.54e+11 2023"}},
		{"this year's ratio after next year's task", "Nhiệm vụ năm 2024: thu ngân sách đạt 160 tỷ đồng. Năm 2023, giải ngân vốn đầu tư công đạt 97% kế hoạch.",
			[]string{"giai_ngan_dau_tu pct_of_plan 97 2023", "thu_ngan_sach plan 1.6e+11 2024"}},
		{"the share of a result told right after it goes with it", "Năm 2024, huyện đã giải ngân 300 tỷ đồng, đạt 60% kế hoạch vốn.",
			[]string{"giai_ngan_dau_tu actual 3e+11 2024", "giai_ngan_dau_tu pct_of_plan 60 2024"}},
	})
}

// A figure expected ("dự kiến") in a sentence that opens by naming the
// plan it follows ("Theo kế hoạch …,", "Theo kịch bản tăng trưởng …,")
// is that plan's figure; a growth scenario is a plan.
func TestExpectedByThePlan(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"growth expected by the year's scenario", "Theo kịch bản tăng trưởng năm 2023, GRDP của huyện dự kiến tăng 10,6%, tương ứng tăng thêm khoảng 649 tỷ đồng.",
			[]string{"tang_truong_kinh_te plan 10.6 2023"}},
		{"revenue expected by the plan", "Theo kế hoạch, năm 2023 thu ngân sách dự kiến đạt 500 tỷ đồng.",
			[]string{"thu_ngan_sach plan 5e+11 2023"}},
		{"growth expected by the scenario, year after the subject", "Theo kịch bản tăng trưởng, kinh tế huyện năm 2023 dự kiến tăng 8,5%.",
			[]string{"tang_truong_kinh_te plan 8.5 2023"}},
		// Negatives: "dự kiến" of the year in progress without a plan named first is its estimated result.
		{"expected growth of this year", "Năm 2023, kinh tế huyện dự kiến tăng 8,5%.",
			[]string{"tang_truong_kinh_te actual 8.5 2023"}},
		{"expected revenue by a report", "Theo báo cáo, năm 2023 thu ngân sách dự kiến đạt 500 tỷ đồng.",
			[]string{"thu_ngan_sach actual 5e+11 2023"}},
	})
}

// A text that names no unit and speaks of a commune by its own bodies
// ("UBND xã", "của xã") weighs each such mention as much as a bare
// mention of the district ("huyện yêu cầu", "ban ngành huyện"): the
// district it names bare is the one that visits it and asks things of
// it, not its subject.
func TestCommuneByItsBodies(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a supervision visit of the district's council", "Theo báo cáo của UBND xã, trong 10 tháng đầu năm 2023, tình hình kinh tế - xã hội của xã đạt khá. Thu ngân sách nhà nước ước đạt 650 triệu đồng, đạt 80% dự toán năm.\n\nTại buổi giám sát, UBND xã kiến nghị hỗ trợ kinh phí. Lãnh đạo HĐND huyện ghi nhận kết quả của xã. Đồng thời huyện yêu cầu địa phương phối hợp với các ban ngành huyện.\n",
			[]string{"thu_ngan_sach actual 6.5e+08 2023 Xã", "thu_ngan_sach pct_of_plan 80 2023 Xã"}},
		{"the commune's party committee and the district's delegation", "Ngày 20/12/2023, Đảng ủy xã tổ chức hội nghị tổng kết năm 2023. Trong năm, Đảng bộ của xã kết nạp 12 đảng viên mới; thu ngân sách trên địa bàn xã đạt kế hoạch.\n\nPhát biểu tại hội nghị, đại diện lãnh đạo huyện đề nghị xã tiếp tục phát huy. Huyện sẽ hỗ trợ xã trong năm tới.\n",
			[]string{"dang_vien_moi actual 12 2023 Xã"}},
		{"the commune's people's committee reports, the district directs", "Năm 2023, UBND xã đã chỉ đạo thực hiện tốt các nhiệm vụ; tỷ lệ hộ nghèo của xã giảm còn 2,1%. Đảng ủy xã đánh giá cao kết quả này.\n\nTrước đó, huyện đã giao chỉ tiêu cho các xã. Các phòng chuyên môn huyện phối hợp.\n",
			[]string{"ty_le_ho_ngheo actual 2.1 2023 Xã"}},
		// Negatives: a district's text that names its communes as parts stays the district's.
		{"a district's text with its communes as parts", "Năm 2023, UBND huyện chỉ đạo các xã thực hiện tốt nhiệm vụ. Toàn huyện có 5 xã đạt chuẩn nông thôn mới; thu ngân sách của huyện đạt 300 tỷ đồng.\n\nHuyện yêu cầu các xã tiếp tục phấn đấu.\n",
			[]string{"thu_ngan_sach actual 3e+11 2023 Huyện"}},
		{"a named commune stays named", "Năm 2023, UBND xã Tân Phú báo cáo thu ngân sách của xã đạt 5 tỷ đồng.\n\nHuyện yêu cầu xã tiếp tục phấn đấu, các ban ngành huyện phối hợp.\n",
			[]string{"thu_ngan_sach actual 5e+09 2023 Xã Tân Phú"}},
	})
}

// A plan noun and the body that assigned it ("dự toán tỉnh giao là …",
// "kế hoạch UBND tỉnh giao …") name the plan's figure after them, as the
// plan noun alone does ("dự toán giao là …"), also after "vượt".
func TestPlanNamedWithItsAssigner(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the estimate the province assigned, beaten", "Thu ngân sách đạt 120 tỷ đồng, vượt dự toán tỉnh giao là 100 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.2e+11 2023", "thu_ngan_sach plan 1e+11 2023"}},
		{"the plan the province's committee assigned, beaten", "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 120 tỷ đồng, vượt kế hoạch UBND tỉnh giao là 100 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.2e+11 2023", "thu_ngan_sach plan 1e+11 2023"}},
		{"jobs: the plan the district assigned", "Giải quyết việc làm cho 2.400 lao động, vượt kế hoạch huyện giao là 2.000 lao động.",
			[]string{"viec_lam_moi actual 2400 2023", "viec_lam_moi plan 2000 2023"}},
		// Negatives: the margin over an assigned plan is none; a ratio to it stays a ratio.
		{"the margin over the assigned estimate", "Thu ngân sách đạt 120 tỷ đồng, vượt dự toán tỉnh giao là 12 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.2e+11 2023"}},
		{"a ratio to the assigned estimate", "Thu ngân sách đạt 120 tỷ đồng, đạt 120% dự toán tỉnh giao.",
			[]string{"thu_ngan_sach actual 1.2e+11 2023", "thu_ngan_sach pct_of_plan 120 2023"}},
	})
}
