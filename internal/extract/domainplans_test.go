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

// TestAssignedCapital: the capital assigned to a unit for public
// investment, in a sentence that reports its disbursement (or that names
// the public investment's capital itself), is the plan of
// giai_ngan_dau_tu however the stretch names it: "kế hoạch vốn", "KH
// vốn", "tổng (số) vốn … được giao / giao cho / phân bổ", a passive "được
// giao <figure> vốn đầu tư công", or "trên tổng số <figure> … được giao"
// after the amount disbursed. The clauses after it still report results.
// One programme's or one source's capital, capital carried over
// (chuyển nguồn) or matched (đối ứng), and a project's cost are not it.
func TestAssignedCapital(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"'kế hoạch vốn năm' with no 'đầu tư công'", "Kế hoạch vốn năm 2023 là 350 tỷ đồng, giải ngân được 320 tỷ đồng, đạt 91,4% kế hoạch.",
			[]string{"giai_ngan_dau_tu actual 3.2e+11 2023", "giai_ngan_dau_tu pct_of_plan 91.4 2023", "giai_ngan_dau_tu plan 3.5e+11 2023"}},
		{"'kế hoạch vốn giao'", "Thị xã có 90 công trình đầu tư công, kế hoạch vốn giao hơn 196,6 tỷ đồng, đã giải ngân hơn 14,8 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 1.48e+10 2023", "giai_ngan_dau_tu plan 1.966e+11 2023"}},
		{"'tổng vốn đầu tư công … được giao là'", "Tổng vốn đầu tư công năm 2023 được giao là 350 tỷ đồng, đã giải ngân 320 tỷ đồng, đạt 91,4%.",
			[]string{"giai_ngan_dau_tu actual 3.2e+11 2023", "giai_ngan_dau_tu pct_of_plan 91.4 2023", "giai_ngan_dau_tu plan 3.5e+11 2023"}},
		{"'giao cho' and a colon", "Vốn đầu tư công năm 2023 giao cho huyện: 480 tỷ đồng. Giải ngân đến hết tháng 12: 410 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 4.1e+11 2023", "giai_ngan_dau_tu plan 4.8e+11 2023"}},
		{"'giao cho … là', a result after a semicolon", "Năm 2023, tổng vốn đầu tư công giao cho huyện là 350 tỷ đồng; giải ngân 320 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 3.2e+11 2023", "giai_ngan_dau_tu plan 3.5e+11 2023"}},
		{"passive, the capital after the figure", "Năm 2023, huyện được tỉnh phân bổ 350 tỷ đồng vốn đầu tư công, đến nay giải ngân 320 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 3.2e+11 2023", "giai_ngan_dau_tu plan 3.5e+11 2023"}},
		{"'trên tổng số … được giao' after the amount", "Đến hết năm 2023, huyện giải ngân 320 tỷ đồng trên tổng số 350 tỷ đồng kế hoạch vốn được giao, đạt 91,4%.",
			[]string{"giai_ngan_dau_tu actual 3.2e+11 2023", "giai_ngan_dau_tu pct_of_plan 91.4 2023", "giai_ngan_dau_tu plan 3.5e+11 2023"}},
		{"'trong tổng số … được giao'", "Giải ngân vốn đầu tư công năm 2023 đạt 320 tỷ đồng trong tổng số 350 tỷ đồng được giao.",
			[]string{"giai_ngan_dau_tu actual 3.2e+11 2023", "giai_ngan_dau_tu plan 3.5e+11 2023"}},
		{"'vốn kế hoạch', a result after a semicolon", "Tổng vốn kế hoạch năm 2023 là 350 tỷ đồng; khối lượng giải ngân đạt 320 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 3.2e+11 2023", "giai_ngan_dau_tu plan 3.5e+11 2023"}},
		{"'trên tổng vốn … được giao' before the amount", "Năm 2023, trên tổng vốn 1.860 tỷ đồng được giao, huyện đã giải ngân 1.712 tỷ đồng, tỷ lệ 92%.",
			[]string{"giai_ngan_dau_tu actual 1.712e+12 2023", "giai_ngan_dau_tu plan 1.86e+12 2023"}},
		// Negatives: parts, other pots, other capital.
		{"one programme's capital", "Năm 2023, huyện được giao 120 tỷ đồng vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững, đã giải ngân 100 tỷ đồng.",
			nil},
		{"one source's capital", "Năm 2023, nguồn vốn ngân sách tỉnh được phân bổ 200 tỷ đồng, đã giải ngân 180 tỷ đồng.",
			nil},
		{"capital carried over", "Năm 2023, kế hoạch vốn chuyển nguồn là 42 tỷ đồng, giải ngân đạt 30 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 3e+10 2023"}},
		{"matched capital", "Năm 2023, kế hoạch vốn đối ứng của huyện là 20 tỷ đồng, giải ngân 15 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 1.5e+10 2023"}},
		{"loans", "Năm 2023, Ngân hàng Chính sách xã hội huyện được giao 300 tỷ đồng vốn cho vay, đã giải ngân 280 tỷ đồng.",
			nil},
		{"capital for roads ('giao thông')", "Năm 2023, vốn đầu tư công cho giao thông là 200 tỷ đồng, giải ngân 150 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 1.5e+11 2023"}},
		{"capital with no disbursement and no public investment", "Năm 2023, tổng số vốn được giao là 350 tỷ đồng.",
			nil},
	})
}

// TestRangeCountTarget: a count of people given as a range ("từ 150 -
// 160 đảng viên", "2.000 - 2.200 lao động") with no result or estimate
// word is a target, whether or not a target verb stands before it; said
// of each year, each unit, a period or several units it stays no fact.
func TestRangeCountTarget(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"party members, a dash", "Năm 2023, kết nạp đảng viên mới từ 150 - 160 đảng viên.",
			[]string{"dang_vien_moi plan 150-160 2023"}},
		{"jobs, 'từ … đến'", "Năm 2023, giải quyết việc làm cho từ 2.000 đến 2.200 lao động.",
			[]string{"viec_lam_moi plan 2000-2200 2023"}},
		{"jobs, a dash, 'mới'", "Năm 2024, giải quyết việc làm mới cho 2.000 - 2.200 lao động.",
			[]string{"viec_lam_moi plan 2000-2200 2024"}},
		{"target verb (as before)", "Năm 2024, phấn đấu kết nạp từ 150 đến 160 đảng viên mới.",
			[]string{"dang_vien_moi plan 150-160 2024"}},
		// Negatives: a result spread over years or units.
		{"each year of the term gone by", "Trong nhiệm kỳ qua, mỗi năm giải quyết việc làm cho 2.000 - 2.500 lao động.",
			nil},
		{"each commune", "Năm 2023, mỗi xã kết nạp từ 3 đến 5 đảng viên.",
			nil},
		{"several units", "Năm 2023, các chi bộ kết nạp từ 2 đến 5 đảng viên.",
			nil},
		{"a result verb", "Năm 2023, đã kết nạp từ 50 đến 60 đảng viên.",
			nil},
	})
}

// TestPlanBracketCountsCount: a bare number in a bracket that opens with
// a plan noun right after a count ("152 đảng viên (chỉ tiêu 150)", "4.120
// lao động (KH: 4.000)") is the plan of what the count counted.
func TestPlanBracketCountsCount(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"party members, 'chỉ tiêu'", "Năm 2023, kết nạp 152 đảng viên (chỉ tiêu 150), đạt 101%.",
			[]string{"dang_vien_moi actual 152 2023", "dang_vien_moi pct_of_plan 101 2023", "dang_vien_moi plan 150 2023"}},
		{"jobs, 'chỉ tiêu:'", "Năm 2023, giải quyết việc làm cho 4.120 lao động (chỉ tiêu: 4.000), đạt 103%.",
			[]string{"viec_lam_moi actual 4120 2023", "viec_lam_moi pct_of_plan 103 2023", "viec_lam_moi plan 4000 2023"}},
		{"jobs, 'KH giao'", "Năm 2023, tạo việc làm mới cho 4.120 lao động (KH giao 4.000).",
			[]string{"viec_lam_moi actual 4120 2023", "viec_lam_moi plan 4000 2023"}},
		{"party members, 'kế hoạch'", "Năm 2023, Đảng bộ huyện kết nạp 152 đảng viên mới (kế hoạch 150).",
			[]string{"dang_vien_moi actual 152 2023", "dang_vien_moi plan 150 2023"}},
		// Negatives: not a plan's bracket, or a count of something else.
		{"a change in the bracket", "Năm 2023, kết nạp 152 đảng viên (tăng 12), đạt 101% kế hoạch.",
			[]string{"dang_vien_moi actual 152 2023", "dang_vien_moi pct_of_plan 101 2023"}},
		{"a count of houses", "Năm 2023, xây dựng 120 nhà đại đoàn kết (kế hoạch 100).",
			nil},
	})
}

// TestPlanOfYearBefore: a plan noun and its year right before "là" name
// the plan's own figure ("đạt 103% kế hoạch năm là 4.000 lao động",
// "bằng 104% dự toán năm 2023 là 500 tỷ đồng"), as "kế hoạch là …" does;
// the figure is the plan, not a second result.
func TestPlanOfYearBefore(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"jobs, 'kế hoạch năm là'", "Năm 2023, giải quyết việc làm cho 4.120 lao động, đạt 103% kế hoạch năm là 4.000 lao động.",
			[]string{"viec_lam_moi actual 4120 2023", "viec_lam_moi pct_of_plan 103 2023", "viec_lam_moi plan 4000 2023"}},
		{"revenue, 'dự toán năm 2023 là'", "Thu ngân sách đạt 520 tỷ đồng, bằng 104% dự toán năm 2023 là 500 tỷ đồng.",
			[]string{"thu_ngan_sach actual 5.2e+11 2023", "thu_ngan_sach pct_of_plan 104 2023", "thu_ngan_sach plan 5e+11 2023"}},
		{"party members, 'so với chỉ tiêu năm là'", "Năm 2023, kết nạp 152 đảng viên, đạt 101% so với chỉ tiêu năm là 150 đảng viên.",
			[]string{"dang_vien_moi actual 152 2023", "dang_vien_moi pct_of_plan 101 2023", "dang_vien_moi plan 150 2023"}},
		// Negatives: a year that is no plan's, a verb after the year.
		{"the year of a result", "Thu ngân sách năm 2023 là 520 tỷ đồng.",
			[]string{"thu_ngan_sach actual 5.2e+11 2023"}},
		{"a result verb after the plan's year", "Thực hiện kế hoạch năm 2023, thu ngân sách đạt 520 tỷ đồng.",
			[]string{"thu_ngan_sach actual 5.2e+11 2023"}},
	})
}

// TestExceededPlanNamed: the figure after "vượt" and a plan noun that
// the words after it say was set or assigned ("được giao", "đề ra", "tỉnh
// giao") is the plan beaten; with no one setting it, the figure may be
// the margin over the plan, a derived figure, and stays none.
func TestExceededPlanNamed(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"party members, 'được giao'", "Năm 2023, kết nạp 152 đảng viên, vượt chỉ tiêu 150 đảng viên được giao.",
			[]string{"dang_vien_moi actual 152 2023", "dang_vien_moi plan 150 2023"}},
		{"jobs, 'đề ra'", "Năm 2023, giải quyết việc làm cho 4.120 lao động, vượt kế hoạch 4.000 lao động đề ra.",
			[]string{"viec_lam_moi actual 4120 2023", "viec_lam_moi plan 4000 2023"}},
		{"revenue, who assigned it", "Năm 2023, thu ngân sách đạt 520 tỷ đồng, vượt dự toán 500 tỷ đồng tỉnh giao.",
			[]string{"thu_ngan_sach actual 5.2e+11 2023", "thu_ngan_sach plan 5e+11 2023"}},
		// Negatives: a margin over the plan.
		{"a margin of money", "Năm 2023, thu ngân sách đạt 520 tỷ đồng, vượt dự toán 20 tỷ đồng.",
			[]string{"thu_ngan_sach actual 5.2e+11 2023"}},
		{"a margin of people", "Năm 2023, giải quyết việc làm cho 4.120 lao động, vượt kế hoạch 120 lao động.",
			[]string{"viec_lam_moi actual 4120 2023"}},
		{"a margin in percent", "Năm 2023, thu ngân sách đạt 520 tỷ đồng, vượt 4% dự toán được giao.",
			[]string{"thu_ngan_sach actual 5.2e+11 2023"}},
	})
}
