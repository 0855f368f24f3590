package extract

import "testing"

// TestTargetHeadsSubject: "chỉ tiêu" right before an indicator's name,
// with only linking words ("là", ":", "được giao") between the name and
// the figure, names the target: its figure is the plan. "Chỉ tiêu" that
// a result verb follows (or precedes: "hoàn thành chỉ tiêu") names the
// indicator reported on, and its figure stays the result.
func TestTargetHeadsSubject(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"party members, 'là'", "Chỉ tiêu kết nạp đảng viên mới năm 2023 là 45 đồng chí, đến nay đã kết nạp 52 đồng chí.",
			[]string{"dang_vien_moi actual 52 2023", "dang_vien_moi plan 45 2023"}},
		{"jobs, bare figure, a result after it", "Năm 2023, chỉ tiêu giải quyết việc làm mới 2.000 lao động, thực hiện 2.150 lao động, đạt 107,5%.",
			[]string{"viec_lam_moi actual 2150 2023", "viec_lam_moi pct_of_plan 107.5 2023", "viec_lam_moi plan 2000 2023"}},
		{"revenue, 'được giao là'", "Chỉ tiêu thu ngân sách năm 2023 được giao là 500 tỷ đồng; đến nay đã thu 520 tỷ đồng.",
			[]string{"thu_ngan_sach actual 5.2e+11 2023", "thu_ngan_sach plan 5e+11 2023"}},
		{"total investment, bare figure", "Năm 2023, chỉ tiêu tổng vốn đầu tư toàn xã hội 5.000 tỷ đồng.",
			[]string{"von_dau_tu plan 5e+12 2023"}},
		{"'chỉ tiêu về'", "Chỉ tiêu về phát triển đảng viên năm 2023 là 45 đảng viên.",
			[]string{"dang_vien_moi plan 45 2023"}},
		// Negatives: the indicator reported on.
		{"a result verb after the name", "Năm 2023, chỉ tiêu thu ngân sách đạt 520 tỷ đồng.",
			[]string{"thu_ngan_sach actual 5.2e+11 2023"}},
		{"'đã' after the name", "Năm 2023, chỉ tiêu kết nạp đảng viên đã thực hiện 52 đảng viên.",
			[]string{"dang_vien_moi actual 52 2023"}},
		{"a level measured against the plan", "Chỉ tiêu thu ngân sách: 520 tỷ đồng, đạt 104% dự toán.",
			[]string{"thu_ngan_sach actual 5.2e+11 2023", "thu_ngan_sach pct_of_plan 104 2023"}},
		{"the target reached", "Năm 2023, huyện hoàn thành chỉ tiêu giải quyết việc làm cho 2.150 lao động.",
			[]string{"viec_lam_moi actual 2150 2023"}},
	})
}
