package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// phraseCtx is the article around each phrase: a district, a December
// 2023 report.
const phraseCtx = "Huyện Gia Lâm tổng kết năm 2023\n\nNgày 15/12/2023, UBND huyện Gia Lâm tổ chức hội nghị tổng kết. Trong năm 2023, tình hình kinh tế - xã hội của huyện tiếp tục phát triển ổn định và đạt nhiều kết quả quan trọng.\n\n"

// TestPhrases holds the report phrasings of issue 10 and the settled cases
// of the spec, one phrase each: the catalog facts (indicator kind value
// [max] year unit) a phrase must give, no more.
func TestPhrases(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Compact report notation.
		{"actual/KH range", "Thu ngân sách ước đạt 1.486 tỷ đồng/KH 1.300-1.400 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.486e+12 2023", "thu_ngan_sach plan 1.3e+12-1.4e+12 2023"}},
		{"rate/KH range", "Tỷ trọng thương mại - dịch vụ đạt 38,5%/KH 37,0-38,0%.",
			[]string{"ty_trong_dich_vu actual 38.5 2023", "ty_trong_dich_vu plan 37-38 2023"}},
		{"growth/KH growth", "Tăng trưởng kinh tế tăng 14,2%/KH tăng 9-11%.",
			[]string{"tang_truong_kinh_te actual 14.2 2023", "tang_truong_kinh_te plan 9-11 2023"}},
		{"targets/targets", "Có 17 chỉ tiêu/18 chỉ tiêu đạt và vượt kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 18 2023"}},
		{"a target verb of four words", "Năm 2023, huyện phấn đấu hoàn thành 25 chỉ tiêu chủ yếu.",
			[]string{"chi_tieu_hoan_thanh plan 25 2023"}},
		{"a goal of completing targets", "Năm 2023, huyện đặt mục tiêu hoàn thành 22 chỉ tiêu chủ yếu, 5 nhiệm vụ trọng tâm.",
			[]string{"chi_tieu_hoan_thanh plan 22 2023"}},
		{"the same period a year before in a bracket", "Tốc độ tăng trưởng kinh tế ước đạt 7,1% (cùng kỳ 6,4%).",
			[]string{"tang_truong_kinh_te actual 6.4 2022", "tang_truong_kinh_te actual 7.1 2023"}},
		{"the same period as a comparison base is no figure of it", "Thu ngân sách đạt 900 tỷ đồng, tăng 12% so với cùng kỳ.",
			[]string{"thu_ngan_sach actual 9e+11 2023", "thu_ngan_sach change_vs_prev 12 2023"}},
		{"a plan compared with a bare so is a base, not the kind of the next figure", "Chi ngân sách năm 2023 là 640 tỷ đồng, đạt 104% so dự toán, giảm 12% so cùng kỳ.",
			[]string{"chi_ngan_sach actual 6.4e+11 2023", "chi_ngan_sach change_vs_prev -12 2023", "chi_ngan_sach pct_of_plan 104 2023"}},
		{"the growth of the herds is livestock's, not the economy's", "Năm 2023, tốc độ tăng trưởng đàn gia súc, gia cầm đạt 4,5%; tốc độ tăng trưởng chăn nuôi đạt 6%.",
			nil},
		{"a bare total revenue followed by its verb is the budget's", "Năm 2023, huyện có tổng thu đạt 300 tỷ đồng, đạt 105% dự toán.",
			[]string{"thu_ngan_sach actual 3e+11 2023", "thu_ngan_sach pct_of_plan 105 2023"}},
		{"a total revenue from a named source or total income is no budget", "Năm 2023, tổng thu từ du lịch đạt 300 tỷ đồng; tổng thu nhập của người dân đạt 500 tỷ đồng.",
			nil},
		{"this figure in the next sentence takes its ratios", "Năm 2023, thu ngân sách trên địa bàn đạt 410 tỷ đồng. Tuy nhiên, con số này chỉ bằng 92% dự toán và bằng 95% so với cùng kỳ.",
			[]string{"thu_ngan_sach actual 4.1e+11 2023", "thu_ngan_sach pct_of_plan 92 2023", "thu_ngan_sach pct_of_prev 95 2023"}},
		{"this figure reaching a new level is another quantity", "Năm 2023, thu ngân sách trên địa bàn đạt 410 tỷ đồng. Con số này dự kiến sẽ chạm mốc 450 tỷ đồng vào năm 2024.",
			[]string{"thu_ngan_sach actual 4.1e+11 2023"}},
		{"the next places of a ranking keep its indicator", "Năm 2023, huyện Gia Lâm đứng đầu với thu ngân sách đạt 2.100 tỷ đồng.\n\nCác địa phương tiếp theo là huyện Đông Anh với 1.800 tỷ đồng, huyện Sóc Sơn với 1.200 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.2e+12 2023 Huyện Sóc Sơn", "thu_ngan_sach actual 1.8e+12 2023 Huyện Đông Anh", "thu_ngan_sach actual 2.1e+12 2023"}},
		{"the targets a count is among", "Trong số 24 chỉ tiêu HĐND huyện giao, có 20 chỉ tiêu đạt và vượt kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 20 2023", "chi_tieu_hoan_thanh plan 24 2023"}},
		{"a mark passed is the level reached", "Năm 2023, thu ngân sách nhà nước lần đầu vượt mốc 2.000 tỷ đồng.",
			[]string{"thu_ngan_sach actual 2e+12 2023"}},
		{"a mark passed after the figure only rounds it", "Năm 2023, thu ngân sách đạt 2.150 tỷ đồng, lần đầu vượt mốc 2.000 tỷ đồng.",
			[]string{"thu_ngan_sach actual 2.15e+12 2023"}},
		{"the targets assigned, counted after gồm", "Kỳ họp giao chỉ tiêu phát triển kinh tế - xã hội năm 2023 cho xã gồm 18 chỉ tiêu chủ yếu.",
			[]string{"chi_tieu_hoan_thanh plan 18 2023"}},
		{"a rate brought under a level is the level", "Năm 2023, tỷ lệ hộ nghèo giảm dưới 1,5%.",
			[]string{"ty_le_ho_ngheo actual 1.5 2023"}},
		{"a target of bringing a rate under a level", "Năm 2023, huyện phấn đấu tỷ lệ hộ nghèo giảm dưới 2%.",
			[]string{"ty_le_ho_ngheo plan 2 2023"}},
		{"the balanced budget's spending is the spending", "Năm 2023, chi cân đối ngân sách địa phương ước đạt 812 tỷ đồng.",
			[]string{"chi_ngan_sach actual 8.12e+11 2023"}},
		{"money per person is no fact", "Thu nhập bình quân đạt 60 triệu đồng/người/năm.", nil},
		// Abbreviations.
		{"ĐV and KH", "Kết nạp 118 ĐV, đạt 131% KH.",
			[]string{"dang_vien_moi actual 118 2023", "dang_vien_moi pct_of_plan 131 2023"}},
		{"NSNN, 100% KH", "Thu NSNN ước thực hiện 520 tỷ đồng, đạt 100% KH.",
			[]string{"thu_ngan_sach actual 5.2e+11 2023", "thu_ngan_sach pct_of_plan 100 2023"}},
		{"lũy kế đến tháng 9.2021", "Lũy kế đến tháng 9.2021, giải ngân đạt 300 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 3e+11 2021"}},
		{"lũy kế after the month's figure", "Thu NSNN trên địa bàn tháng 11 ước 86,4 tỷ đồng; lũy kế đến tháng 11.2023 đạt 1.214,7 tỷ đồng, bằng 93,4% dự toán.",
			[]string{"thu_ngan_sach actual 1.2147e+12 2023", "thu_ngan_sach actual 8.64e+10 2023", "thu_ngan_sach pct_of_plan 93.4 2023"}},
		{"lũy kế without a verb", "Trong tháng giải quyết việc làm cho 146 lao động; lũy kế 11 tháng 1.605 lao động, đạt 94,4% KH.",
			[]string{"viec_lam_moi actual 146 2023", "viec_lam_moi actual 1605 2023", "viec_lam_moi pct_of_plan 94.4 2023"}},
		{"tháng 10/2022", "Tính đến tháng 10/2022, thu ngân sách đạt 800 tỷ đồng.",
			[]string{"thu_ngan_sach actual 8e+11 2022"}},
		{"TH/NQ", "Tổng thu ngân sách TH 1.200 tỷ đồng/NQ 1.100 tỷ đồng, đạt 109% NQ.",
			[]string{"thu_ngan_sach actual 1.2e+12 2023", "thu_ngan_sach pct_of_plan 109 2023", "thu_ngan_sach plan 1.1e+12 2023"}},
		{"ƯTH and CK", "Thu NSNN ƯTH 1.200 tỷ đồng, tăng 12% CK.",
			[]string{"thu_ngan_sach actual 1.2e+12 2023", "thu_ngan_sach change_vs_prev 12 2023"}},
		{"growth at current prices", "Tốc độ tăng trưởng kinh tế (giá hiện hành) đạt 12%.", nil},
		// Several plans, per-unit lists.
		{"two plans", "Thu ngân sách đạt 1.200 tỷ đồng, bằng 92,4% dự toán tỉnh giao, bằng 81,7% dự toán HĐND giao.",
			[]string{"thu_ngan_sach actual 1.2e+12 2023", "thu_ngan_sach pct_of_plan 81.7 2023", "thu_ngan_sach pct_of_plan 92.4 2023"}},
		{"per-unit list", "Đảng bộ huyện Hải Hậu kết nạp 118 ĐV (đạt 131% kế hoạch); Đảng bộ huyện Giao Thủy kết nạp 95 ĐV.",
			[]string{"dang_vien_moi actual 118 2023 Huyện Hải Hậu", "dang_vien_moi actual 95 2023 Huyện Giao Thủy", "dang_vien_moi pct_of_plan 131 2023 Huyện Hải Hậu"}},
		// Rates change in points.
		{"rate falls in percent", "Tỷ lệ hộ nghèo giảm 1,24%, còn 2,1%.",
			[]string{"ty_le_ho_ngheo actual 2.1 2023", "ty_le_ho_ngheo change_vs_prev -1.24 2023"}},
		{"poverty reduction rate", "Tỷ lệ giảm nghèo đạt 5,7%.",
			[]string{"ty_le_ho_ngheo change_vs_prev -5.7 2023"}},
		{"rate rises", "Tỷ lệ người dân tham gia BHYT đạt 92%, tăng 1,5% so với năm 2022.",
			[]string{"ty_le_bhyt actual 92 2023", "ty_le_bhyt change_vs_prev 1.5 2023"}},
		{"from level to level", "Tỷ lệ hộ nghèo giảm từ 3,2% xuống còn 2,1%.",
			[]string{"ty_le_ho_ngheo actual 2.1 2023"}},
		{"planned change is no fact", "Năm 2024, phấn đấu giảm 1,5% tỷ lệ hộ nghèo.", nil},
		{"change of the growth rate, in points though written in percent", "Tăng trưởng kinh tế đạt 9,8%, tăng 0,4% so với năm trước.",
			[]string{"tang_truong_kinh_te actual 9.8 2023", "tang_truong_kinh_te change_vs_prev 0.4 2023"}},
		{"a planned growth rate's rise over last year is no fact", "Năm 2024, phấn đấu tốc độ tăng trưởng kinh tế đạt 8,5%, tăng 0,5% so với năm 2023.",
			[]string{"tang_truong_kinh_te plan 8.5 2024"}},
		// Target counts.
		{"tiêu chí of the plan", "Có 15/19 tiêu chí đạt và vượt kế hoạch của Nghị quyết.",
			[]string{"chi_tieu_hoan_thanh actual 15 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		{"nhóm chỉ tiêu", "Hoàn thành 12/12 nhóm chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 12 2023", "chi_tieu_hoan_thanh plan 12 2023"}},
		{"targets of one field", "Hoàn thành 8/8 chỉ tiêu kinh tế, 10/10 chỉ tiêu xã hội.", nil},
		{"targets of the whole plan", "Đạt 18/18 chỉ tiêu kinh tế - xã hội.",
			[]string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 18 2023"}},
		{"new-rural criteria", "Có 3 xã đạt 19/19 tiêu chí nông thôn mới.", nil},
		// Precision: neighbours, parts, kinds.
		{"neighbouring indicator", "Giải quyết việc làm cho 612 lao động, tỷ lệ lao động qua đào tạo đạt 71,5%.",
			[]string{"viec_lam_moi actual 612 2023"}},
		{"the poor are not the escaped; their share is the rate", "Toàn huyện có 120 hộ nghèo, chiếm 0,8%.", []string{"ty_le_ho_ngheo actual 0.8 2023"}},
		{"newly poor", "Năm 2023 có 35 hộ nghèo mới phát sinh.", nil},
		{"escaped poverty", "Năm 2023 giảm 35 hộ nghèo.", []string{"ho_thoat_ngheo actual 35 2023"}},
		{"industrial growth", "Giá trị sản xuất công nghiệp tăng 12,5%; tăng trưởng công nghiệp đạt 12,5%.", nil},
		{"one source's disbursement", "Giải ngân vốn ngân sách tỉnh đạt 200 tỷ đồng.", nil},
		{"local budget revenue", "Thu ngân sách địa phương đạt 800 tỷ đồng.", nil},
		{"part after trong đó", "Tổng thu ngân sách đạt 1.500 tỷ đồng, trong đó thu ngân sách từ thuế 1.200 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.5e+12 2023"}},
		{"a sentence opening with trong đó lists the parts", "Tổng mức bán lẻ hàng hóa ước đạt 9.000 tỷ đồng. Trong đó, doanh thu bán lẻ hàng hóa đạt 6.500 tỷ đồng, tăng 9%.",
			[]string{"tong_muc_ban_le actual 9e+12 2023"}},
		{"a clause opening with trong đó names a part", "Chi ngân sách đạt 800 tỷ đồng; trong đó chi ngân sách cấp xã 120 tỷ đồng.",
			[]string{"chi_ngan_sach actual 8e+11 2023"}},
		{"after a count of targets, trong đó lists targets", "Huyện đạt 18/20 chỉ tiêu. Trong đó, tốc độ tăng trưởng kinh tế đạt 8,5%.",
			[]string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 20 2023", "tang_truong_kinh_te actual 8.5 2023"}},
		{"one sector's jobs", "Trong đó, ngành nông nghiệp giải quyết việc làm cho 500 lao động.", nil},
		{"party sub-committee", "Đảng bộ Khối các cơ quan huyện kết nạp 45 đảng viên.", nil},
		{"the whole party committee", "Toàn Đảng bộ huyện kết nạp 300 đảng viên mới, đạt 105% kế hoạch.",
			[]string{"dang_vien_moi actual 300 2023", "dang_vien_moi pct_of_plan 105 2023"}},
		{"the nation's figure", "Cả nước có 1,2 triệu hộ thoát nghèo.", nil},
		{"comrades admitted", "Kết nạp 120 đồng chí vào Đảng.", []string{"dang_vien_moi actual 120 2023"}},
		{"cultural residential areas", "Tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa là 90%.", []string{"ty_le_khu_dan_cu_van_hoa actual 90 2023"}},
		{"local spending", "Tổng chi NSĐP ước đạt 900 tỷ đồng.", []string{"chi_ngan_sach actual 9e+11 2023"}},
		{"the province's figure in a district's article", "Toàn tỉnh thu ngân sách đạt 50.000 tỷ đồng; huyện thu ngân sách đạt 1.200 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.2e+12 2023", "thu_ngan_sach actual 5e+13 2023 Tỉnh"}},
		{"named parent, then the district", "Tỉnh Hà Giang có tốc độ tăng trưởng kinh tế 7,5%, huyện đạt 8,2%.",
			[]string{"tang_truong_kinh_te actual 7.5 2023 Tỉnh Hà Giang", "tang_truong_kinh_te actual 8.2 2023"}},
		{"carried subject after a time", "Tỷ lệ hộ nghèo năm 2023 là 1,2%; năm 2024 phấn đấu giảm còn 0,8%.",
			[]string{"ty_le_ho_ngheo actual 1.2 2023", "ty_le_ho_ngheo plan 0.8 2024"}},
		{"a period takes its last year", "Giai đoạn 2021-2025, huyện giải quyết việc làm cho 15.000 lao động. Năm 2023 giải quyết việc làm cho 3.000 lao động.",
			[]string{"viec_lam_moi actual 3000 2023", "viec_lam_moi plan 15000 2025"}},
		{"a span after a noun dates nothing", "Huyện xóa hết hộ nghèo giai đoạn 2016-2020; giải quyết việc làm cho 3.000 lao động.",
			[]string{"viec_lam_moi actual 3000 2023"}},
		{"loans to the poor are no public investment", "Giải ngân 120 tỷ đồng vốn vay ưu đãi cho hộ nghèo.", nil},
		{"compared with the plan", "So với kế hoạch, thu ngân sách đạt 1.300 tỷ đồng.", []string{"thu_ngan_sach actual 1.3e+12 2023"}},
		{"how the plan went", "Về thực hiện các chỉ tiêu kế hoạch, thu ngân sách đạt 1.300 tỷ đồng, giải quyết việc làm cho 3.000 lao động.",
			[]string{"thu_ngan_sach actual 1.3e+12 2023", "viec_lam_moi actual 3000 2023"}},
		{"next year's plan", "Kế hoạch năm 2024: thu ngân sách đạt 1.500 tỷ đồng.", []string{"thu_ngan_sach plan 1.5e+12 2024"}},
		{"the plan as such", "Theo kế hoạch, thu ngân sách 1.500 tỷ đồng.", []string{"thu_ngan_sach plan 1.5e+12 2023"}},
		{"target of next year", "Năm 2024, huyện phấn đấu tốc độ tăng trưởng kinh tế đạt 10%.",
			[]string{"tang_truong_kinh_te plan 10 2024"}},
		// Results of a plan: "đề ra" qualifies the plan that was reached.
		{"the plan reached", "Tổng thu ngân sách đạt 500 tỷ đồng, vượt kế hoạch đề ra; giải quyết việc làm cho 600 lao động.",
			[]string{"thu_ngan_sach actual 5e+11 2023", "viec_lam_moi actual 600 2023"}},
		{"the targets reached, then a list", "Các chỉ tiêu đều đạt và vượt các chỉ tiêu Nghị quyết đề ra: tỷ lệ hộ nghèo còn 1,2%; tỷ lệ gia đình văn hóa đạt 92%.",
			[]string{"ty_le_gia_dinh_van_hoa actual 92 2023", "ty_le_ho_ngheo actual 1.2 2023"}},
		{"to strive to reach the targets set", "Năm 2024, huyện phấn đấu đạt các chỉ tiêu đề ra: tỷ lệ hộ nghèo còn 1%.",
			[]string{"ty_le_ho_ngheo plan 1 2024"}},
		// Counts of targets: all reached, or a part.
		{"the exceeded are a part", "Huyện có 20/22 chỉ tiêu đạt và vượt kế hoạch, trong đó 8/22 chỉ tiêu vượt kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 20 2023", "chi_tieu_hoan_thanh plan 22 2023"}},
		{"reached or exceeded, of those set", "Huyện đề ra 22 chỉ tiêu phát triển kinh tế - xã hội, trong đó thực hiện đạt và vượt 19 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 19 2023", "chi_tieu_hoan_thanh plan 22 2023"}},
		{"reached, of the total", "Có 12 chỉ tiêu đạt và vượt kế hoạch trên tổng số 15 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 12 2023", "chi_tieu_hoan_thanh plan 15 2023"}},
		{"the targets of one block", "Có 20/20 chỉ tiêu ở khối văn hóa - xã hội đạt và vượt.", nil},
		{"what follows a count of targets lists them", "Nghị quyết đề ra 25 chỉ tiêu trên các lĩnh vực, trong đó phấn đấu tốc độ tăng tổng giá trị sản phẩm bình quân hằng năm 8%.",
			[]string{"chi_tieu_hoan_thanh plan 25 2023", "tang_truong_kinh_te plan 8 2023"}},
		{"planned changes of money", "Năm 2024, huyện phấn đấu tổng mức bán lẻ hàng hóa tăng 15-16% so với năm 2023; tổng thu ngân sách đạt 1.550 tỷ đồng, tăng trên 22%.",
			[]string{"thu_ngan_sach plan 1.55e+12 2024"}},
		{"a planned share's change", "Năm 2024, phấn đấu tỷ trọng thương mại - dịch vụ chiếm 25,4%, tăng 0,1% so với năm 2023.",
			[]string{"ty_trong_dich_vu plan 25.4 2024"}},
		{"a result's change", "Năm 2023, thu ngân sách đạt 1.300 tỷ đồng, tăng 10% so với cùng kỳ.",
			[]string{"thu_ngan_sach actual 1.3e+12 2023", "thu_ngan_sach change_vs_prev 10 2023"}},
		// Report notation of a formal report.
		{"a plan noun with its own figure", "Thu NSNN trên địa bàn: lũy kế đến ngày 30/9/2023 đạt 20,8 tỷ đồng/dự toán HĐND huyện giao 26 tỷ đồng, đạt 80,1% DT, bằng 112,4% so CK.",
			[]string{"thu_ngan_sach actual 2.08e+10 2023", "thu_ngan_sach pct_of_plan 80.1 2023", "thu_ngan_sach pct_of_prev 112.4 2023", "thu_ngan_sach plan 2.6e+10 2023"}},
		{"LĐ", "Giải quyết việc làm mới cho 615 LĐ/KH 800 LĐ, đạt 76,9% KH.",
			[]string{"viec_lam_moi actual 615 2023", "viec_lam_moi pct_of_plan 76.9 2023", "viec_lam_moi plan 800 2023"}},
		{"one programme's disbursement after riêng", "Giải ngân vốn đầu tư công 98,4 tỷ đồng/KH vốn 176,2 tỷ đồng, đạt 55,8% KH; riêng vốn các chương trình MTQG giải ngân 31,5 tỷ đồng, đạt 38% KH.",
			[]string{"giai_ngan_dau_tu actual 9.84e+10 2023", "giai_ngan_dau_tu pct_of_plan 55.8 2023", "giai_ngan_dau_tu plan 1.762e+11 2023"}},
		{"villages up to the cultural standard", "Tỷ lệ thôn, làng đạt chuẩn văn hóa: 68/93 thôn, làng (73,1%).",
			[]string{"ty_le_khu_dan_cu_van_hoa actual 73.1 2023"}},
		{"to strive for all the targets", "Năm 2024, phấn đấu hoàn thành 21/21 chỉ tiêu kinh tế - xã hội.",
			[]string{"chi_tieu_hoan_thanh plan 21 2024"}},
		{"a share of next year's plan as a target", "Năm 2024, phấn đấu giải ngân vốn đầu tư công đạt 100% kế hoạch.", nil},
		{"a share of this year's plan as a target", "Phấn đấu thu ngân sách năm 2023 đạt 100% dự toán.",
			[]string{"thu_ngan_sach pct_of_plan 100 2023"}},
		// Counts of targets adopted, and all of them reached.
		{"targets adopted", "Kỳ họp đã thống nhất thông qua 23 chỉ tiêu phát triển kinh tế - xã hội năm 2024.",
			[]string{"chi_tieu_hoan_thanh plan 23 2024"}},
		{"the whole set reached", "Toàn bộ 33 chỉ tiêu chủ yếu đều hoàn thành, trong đó có 25 chỉ tiêu vượt kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 33 2023", "chi_tieu_hoan_thanh plan 33 2023"}},
		{"with some targets exceeded", "Quận hoàn thành 26/26 chỉ tiêu được giao, với 9 chỉ tiêu hoàn thành vượt mức.",
			[]string{"chi_tieu_hoan_thanh actual 26 2023", "chi_tieu_hoan_thanh plan 26 2023"}},
		// Report abbreviations and other cues.
		{"NS", "Thu NS trên địa bàn: 18,75 tỷ đồng, đạt 57,2% KH tỉnh giao. Chi NS huyện 9 tháng 418,5 tỷ đồng, đạt 69,4%DT.",
			[]string{"chi_ngan_sach actual 4.185e+11 2023", "chi_ngan_sach pct_of_plan 69.4 2023", "thu_ngan_sach actual 1.875e+10 2023", "thu_ngan_sach pct_of_plan 57.2 2023"}},
		{"investment made in the area", "Vốn đầu tư thực hiện trên địa bàn năm 2023 đạt 7.860 tỷ đồng, tăng 14,4% so với năm 2022.",
			[]string{"von_dau_tu actual 7.86e+12 2023", "von_dau_tu change_vs_prev 14.4 2023"}},
		{"a plan noun, its year, then its figure", "Kế hoạch vốn đầu tư công năm 2023 là 300 tỷ đồng; đến nay đã giải ngân 250 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 2.5e+11 2023", "giai_ngan_dau_tu plan 3e+11 2023"}},
		{"the public investment plan is what is disbursed against", "Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng, đã giải ngân đạt 62%.",
			[]string{"giai_ngan_dau_tu pct_of_plan 62 2023", "giai_ngan_dau_tu plan 3.58e+12 2023"}},
		{"economic development speed", "Tốc độ phát triển kinh tế đạt 7,36%.", []string{"tang_truong_kinh_te actual 7.36 2023"}},
		{"an average yearly growth of production value", "Tốc độ tăng giá trị sản xuất bình quân đạt 14,2%/năm.", []string{"tang_truong_kinh_te actual 14.2 2023"}},
		{"investment from the state budget is one source", "Tổng nguồn vốn đầu tư phát triển từ ngân sách nhà nước đạt 6.240 tỷ đồng.", nil},
		{"additional jobs", "Giải quyết việc làm cho 6.500 lao động, tạo việc làm tăng thêm 1.800 lao động.", []string{"viec_lam_moi actual 6500 2023"}},
		{"revenue with the transfers from above is the local budget's", "Thu ngân sách thị trấn (gồm cả thu bổ sung từ ngân sách huyện) đạt 95 tỷ đồng.", nil},
		{"revenue net of land-use fees is a part", "Thu NSNN không kể tiền SDĐ ước đạt 410 tỷ đồng, tăng 7% so cùng kỳ.", nil},
		{"new near-poor households are no near-poor count", "Số hộ cận nghèo phát sinh trong năm là 64 hộ; cuối năm còn 850 hộ cận nghèo.",
			[]string{"ho_can_ngheo actual 850 2023"}},
		{"the poverty rate of an ethnic group is not the unit's", "Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm còn 9,2%; tỷ lệ hộ nghèo chung còn 3,1%.",
			[]string{"ty_le_ho_ngheo actual 3.1 2023"}},
		{"a report abbreviation's year", "ƯTH 2022: thu NSNN 1.100 tỷ đồng. KH 2023: thu NSNN 1.250 tỷ đồng; GQVL 2.400 LĐ.",
			[]string{"thu_ngan_sach actual 1.1e+12 2022", "thu_ngan_sach plan 1.25e+12 2023", "viec_lam_moi plan 2400 2023"}},
		{"next year's list after a part-year result", "Thu ngân sách 9 tháng đạt 900 tỷ đồng. Hội đồng nhân dân thông qua các chỉ tiêu năm 2024: thu ngân sách 1.300 tỷ đồng, giải quyết việc làm cho 2.000 lao động.",
			[]string{"thu_ngan_sach actual 9e+11 2023", "thu_ngan_sach plan 1.3e+12 2024", "viec_lam_moi plan 2000 2024"}},
		{"a plan in a bracket beside the result", "Tỷ lệ bao phủ bảo hiểm y tế đạt 93,1% (chỉ tiêu giao 93%).",
			[]string{"ty_le_bhyt actual 93.1 2023", "ty_le_bhyt plan 93 2023"}},
		{"a planned change in a bracket is none", "Tỷ lệ hộ nghèo còn 2,4% (KH giảm 0,8%).", []string{"ty_le_ho_ngheo actual 2.4 2023"}},
		{"production value growing at current prices", "Giá trị sản xuất đạt 9.000 tỷ đồng; theo giá hiện hành, giá trị sản xuất tăng 14%.",
			[]string{"gia_tri_san_xuat actual 9e+12 2023"}},
		{"a paragraph that opens by setting targets goes on listing them", "Hội nghị đề ra các chỉ tiêu chủ yếu: tổng thu ngân sách 1.400 tỷ đồng. Mỗi năm tạo việc làm cho 2.500 lao động; tỷ lệ hộ nghèo giảm 0,5%.",
			[]string{"thu_ngan_sach plan 1.4e+12 2023", "viec_lam_moi plan 2500 2023"}},
		{"the targets counted, then the share reached", "Trong 20 chỉ tiêu của kế hoạch năm, có 18/20 chỉ tiêu hoàn thành.",
			[]string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
		{"the rate of a group of communes", "Tỷ lệ hộ nghèo ở các xã vùng cao còn 12%; tỷ lệ hộ nghèo toàn huyện còn 2,3%.", []string{"ty_le_ho_ngheo actual 2.3 2023"}},
		{"a programme's funds disbursed", "Kinh phí thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023 là 40 tỷ đồng, đã giải ngân 31 tỷ đồng, đạt 77%.", nil},
		{"what the revenue includes, in a bracket after it", "Tổng thu ngân sách thị trấn 45 tỷ đồng (gồm thu bổ sung từ ngân sách huyện 30 tỷ đồng).", nil},
		{"a count's own noun names what it counts", "Đến cuối năm, xã còn 45 hộ nghèo và 130 hộ cận nghèo.", []string{"ho_can_ngheo actual 130 2023"}},
		{"turns of workers given jobs", "Năm 2023 giải quyết việc làm cho 4.100 lượt lao động.", []string{"viec_lam_moi actual 4100 2023"}},
		{"how the targets are to be completed", "Năm 2024, huyện phấn đấu hoàn thành đầy đủ 24 chỉ tiêu chủ yếu.", []string{"chi_tieu_hoan_thanh plan 24 2024"}},
		{"targets written CT", "Kết quả: 15/16 CT đạt và vượt KH; 1 CT không đạt.",
			[]string{"chi_tieu_hoan_thanh actual 15 2023", "chi_tieu_hoan_thanh plan 16 2023"}},
		{"one year of a term's total", "Tổng vốn đầu tư toàn xã hội 5 năm đạt 52.000 tỷ đồng; riêng năm 2023 ước đạt 11.500 tỷ đồng.",
			[]string{"von_dau_tu actual 1.15e+13 2023", "von_dau_tu actual 5.2e+13 2023"}},
		{"the share of services in the gross product", "Năm 2024, phấn đấu tỷ trọng dịch vụ trong GRDP đạt 41%.", []string{"ty_trong_dich_vu plan 41 2024"}},
		{"the growth rate's change in points", "Tốc độ tăng trưởng kinh tế đạt 7,9%, thấp hơn 0,6 điểm phần trăm so với năm 2022.",
			[]string{"tang_truong_kinh_te actual 7.9 2023", "tang_truong_kinh_te change_vs_prev -0.6 2023"}},
		{"households up to the standard of a cultural family", "Có 93,5% hộ đạt chuẩn gia đình văn hóa.", []string{"ty_le_gia_dinh_van_hoa actual 93.5 2023"}},
		{"a bare share in a bracket after the plan of report notation", "Kết nạp ĐV: 120 ĐV/KH 110 (109,1%).",
			[]string{"dang_vien_moi actual 120 2023", "dang_vien_moi pct_of_plan 109.1 2023", "dang_vien_moi plan 110 2023"}},
		{"a bare share in a bracket after a plan with its noun", "GQVL: 2.150 LĐ/KH 2.000 LĐ (107,5%).",
			[]string{"viec_lam_moi actual 2150 2023", "viec_lam_moi pct_of_plan 107.5 2023", "viec_lam_moi plan 2000 2023"}},
		{"arrears recovered by an audit are no revenue", "Qua thanh tra, huyện truy thu 40 triệu đồng.", nil},
		{"shares before a predicate they share", "Toàn xã có 88% hộ gia đình, 75% thôn, xóm đạt danh hiệu văn hóa.",
			[]string{"ty_le_gia_dinh_van_hoa actual 88 2023", "ty_le_khu_dan_cu_van_hoa actual 75 2023"}},
		{"the services share is a share, after trong đó too", "Giá trị sản xuất đạt 20.000 tỷ đồng, trong đó thương mại - dịch vụ chiếm 35%.",
			[]string{"gia_tri_san_xuat actual 2e+13 2023", "ty_trong_dich_vu actual 35 2023"}},
		{"cultural clusters of residents", "Tỷ lệ cụm dân cư văn hóa đạt 80%.", []string{"ty_le_khu_dan_cu_van_hoa actual 80 2023"}},
		{"the services item of the economy's structure", "Cơ cấu kinh tế năm 2023: nông nghiệp 18,2%; công nghiệp - xây dựng 40,1%; dịch vụ 41,7%.",
			[]string{"ty_trong_dich_vu actual 41.7 2023"}},
		{"the structure of labour is not the economy's", "Cơ cấu lao động: nông nghiệp 40%, dịch vụ 35%.", nil},
		{"a growth rate given as a range is a target", "Nghị quyết xác định tốc độ tăng giá trị sản xuất bình quân 5 năm 8 - 9%/năm.",
			[]string{"tang_truong_kinh_te plan 8-9 2023"}},
		{"an estimated range stays a result", "Tăng trưởng kinh tế ước đạt 7-7,5%.", []string{"tang_truong_kinh_te actual 7-7.5 2023"}},
		{"compared with last year's estimate is a target's change", "Thu ngân sách đạt 1.200 tỷ đồng, tăng 14% so với ước thực hiện năm 2022.",
			[]string{"thu_ngan_sach actual 1.2e+12 2023"}},
		{"a rate compared with last year's estimate", "Tỷ lệ hộ nghèo còn 2,2%, giảm 0,6% so với ước thực hiện năm 2022.",
			[]string{"ty_le_ho_ngheo actual 2.2 2023"}},
		{"a bare disbursement of the source named before it", "Vốn ngân sách tỉnh hỗ trợ 50 tỷ đồng, giải ngân đạt 100%.", nil},
		{"goods only, without services", "Tổng mức bán lẻ hàng hóa (không kể dịch vụ) đạt 6.000 tỷ đồng.", nil},
		{"a field named before the count", "Nhóm chỉ tiêu về văn hóa - xã hội đạt 9/9 chỉ tiêu.", nil},
		{"the whole plan named before the count", "Các chỉ tiêu kinh tế - xã hội đạt 20/21 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 20 2023", "chi_tieu_hoan_thanh plan 21 2023"}},
		{"the nation's figure after the cue", "Giải ngân vốn đầu tư công của cả nước đạt 51%.", nil},
		{"a ranking in the nation is no owner", "Tốc độ tăng trưởng kinh tế đứng thứ 5 cả nước, đạt 9,1%.", []string{"tang_truong_kinh_te actual 9.1 2023"}},
		{"the membership raised to a total", "Kết nạp 85 đảng viên mới, nâng tổng số đảng viên của Đảng bộ lên 3.900 đồng chí.",
			[]string{"dang_vien_moi actual 85 2023"}},
		{"fewer poor households than last year", "Cuối năm còn 1.020 hộ nghèo, giảm 230 hộ nghèo so với cuối năm 2022.",
			[]string{"ho_thoat_ngheo actual 230 2023"}},
		{"cultural residential groups written short", "GĐVH: 90,5%; TDP VH: 84%.",
			[]string{"ty_le_gia_dinh_van_hoa actual 90.5 2023", "ty_le_khu_dan_cu_van_hoa actual 84 2023"}},
		{"the months just past are of the report's year", "Tỷ lệ hộ nghèo cuối năm 2022 là 3%; 11 tháng qua có 120 hộ thoát nghèo.",
			[]string{"ho_thoat_ngheo actual 120 2023", "ty_le_ho_ngheo actual 3 2022"}},
		{"a result in a paragraph of targets", "Đại hội đề ra các chỉ tiêu chủ yếu: tăng trưởng kinh tế bình quân 8%/năm. Năm 2023, tốc độ tăng trưởng kinh tế đạt 7,5%.",
			[]string{"tang_truong_kinh_te actual 7.5 2023", "tang_truong_kinh_te plan 8 2023"}},
		{"turnover is no revenue collected", "Ngành du lịch đón 2 triệu lượt khách, đạt doanh thu 900 tỷ đồng.", nil},
		{"a yield per hectare is no revenue", "Giá trị sản phẩm bình quân thu được trên 1 ha đất canh tác đạt 150 triệu đồng.", nil},
		{"an index is another subject", "Tăng trưởng kinh tế đạt 8%; chỉ số sản xuất công nghiệp tăng 10% (kế hoạch tăng 12%).",
			[]string{"tang_truong_kinh_te actual 8 2023"}},
		{"the poverty rate's fall reached", "Giảm tỷ lệ hộ nghèo đạt 2,3%, vượt kế hoạch.", []string{"ty_le_ho_ngheo change_vs_prev -2.3 2023"}},
		{"a rate of admissions is no share of the plan", "Năm 2023 kết nạp 90 đảng viên, tỷ lệ kết nạp đạt 3,1% tổng số đảng viên.",
			[]string{"dang_vien_moi actual 90 2023"}},
		{"a count's fall is no count", "Toàn huyện có 2.400 hộ cận nghèo (giảm 310 hộ), chiếm tỷ lệ 4,1% (giảm 0,5%).",
			[]string{"ho_can_ngheo actual 2400 2023"}},
		{"new-rural criteria named before the count", "Chương trình xây dựng nông thôn mới của xã đạt 17/19 tiêu chí.", nil},
		{"another sector's share in the gross product", "Tỷ trọng công nghiệp chế biến trong GRDP đạt 28,4% (kế hoạch 30%).", nil},
		{"the town's retained revenue", "Thu ngân sách thị xã được hưởng 1.246 tỷ đồng.", nil},
		{"compared with last month", "Tổng mức bán lẻ hàng hóa trong tháng tăng hơn 2% so với tháng trước.", nil},
		{"revenue from the economy grows on average", "Thu ngân sách nhà nước từ kinh tế trên địa bàn tăng bình quân 18,7%/năm.", nil},
		{"among the new members", "Trong số các đảng viên mới có 6 đồng chí là trưởng thôn.", nil},
		{"a plan noun in brackets had its figure", "Tổng sản phẩm trong tỉnh (GRDP) ước tăng 7,78% (kế hoạch từ 7% trở lên); tổng vốn đầu tư xã hội khoảng 24.000 tỷ đồng, đạt 100% kế hoạch.",
			[]string{"tang_truong_kinh_te actual 7.78 2023", "tang_truong_kinh_te plan 7 2023", "von_dau_tu actual 2.4e+13 2023", "von_dau_tu pct_of_plan 100 2023"}},
		{"exceeded, with nothing counted before", "Huyện vượt 14/17 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 14 2023", "chi_tieu_hoan_thanh plan 17 2023"}},
		{"a commune's criteria", "Đến nay xã Tân Hội đã hoàn thành 19/19 tiêu chí.", nil},
		{"several party committees", "Có 4 đảng bộ kết nạp ĐV mới đạt trên 50% chỉ tiêu được giao.", nil},
		{"a share set as a target", "Năm 2024, phấn đấu kết nạp đảng viên mới đạt từ 7%.", nil},
		{"a floor is a target", "Tốc độ tăng giá trị sản xuất bình quân đạt 9%/năm trở lên.", []string{"tang_truong_kinh_te plan 9 2023"}},
		{"a heading's verb governs nothing after its colon", "Giảm nghèo: Tỷ lệ hộ nghèo cuối năm 2,2%.", []string{"ty_le_ho_ngheo actual 2.2 2023"}},
		{"growth at current prices, said first", "Theo giá hiện hành, GRDP năm 2023 đạt 134.018 tỷ đồng, tăng 7,8%.", nil},
		{"percentage points", "Tỷ lệ hộ nghèo còn 3,95%, giảm 1,2 điểm phần trăm so với cuối năm 2022.",
			[]string{"ty_le_ho_ngheo actual 3.95 2023", "ty_le_ho_ngheo change_vs_prev -1.2 2023"}},
		{"the year just past", "Theo báo cáo tình hình năm 2023 và nhiệm vụ năm 2024, trong năm qua tổng sản phẩm trên địa bàn (GRDP) tăng 5,09%.",
			[]string{"tang_truong_kinh_te actual 5.09 2023"}},
		{"carrying out next year's targets", "Các đại biểu góp ý giải pháp thực hiện các chỉ tiêu chủ yếu năm 2024: tổng giá trị sản xuất 7.350 tỷ đồng.",
			[]string{"gia_tri_san_xuat plan 7.35e+12 2024"}},
		{"revenue collected", "Năm 2023, huyện thu 268 tỷ đồng, đạt 118% dự toán tỉnh giao.",
			[]string{"thu_ngan_sach actual 2.68e+11 2023", "thu_ngan_sach pct_of_plan 118 2023"}},
		{"attracting is not collecting", "Năm 2023, huyện thu hút 500 tỷ đồng vốn đầu tư của doanh nghiệp.", nil},
		// Parts and several units.
		{"a party cell of a school", "Chi bộ Trường THPT số 1 kết nạp 2 đảng viên mới.", nil},
		{"the border guards' party committee", "Đảng bộ Bộ đội Biên phòng tỉnh kết nạp 4 ĐV mới, đạt 50%.", nil},
		{"a district's committee after riêng", "Riêng Đảng bộ huyện Ninh Sơn chỉ mới kết nạp được 13 ĐV mới, đạt 17,33%.",
			[]string{"dang_vien_moi actual 13 2023 Huyện Ninh Sơn", "dang_vien_moi pct_of_plan 17.33 2023 Huyện Ninh Sơn"}},
		{"several wards together", "3 phường trung tâm thu ngân sách cán mốc hơn 120% kế hoạch năm.", nil},
		{"communes meeting the new-rural criteria", "Hiện huyện có 6 xã đạt 19/19 tiêu chí xây dựng nông thôn mới.", nil},
		{"lodging and catering revenue", "Doanh thu dịch vụ lưu trú - ăn uống tăng 27,28%.", nil},
		{"most targets reached, then a list", "Nhiệm kỳ 2020-2023, huyện đã đạt và vượt phần lớn các mục tiêu nghị quyết: tốc độ tăng trưởng kinh tế bình quân đạt 7,6%/năm; tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,8%.",
			[]string{"tang_truong_kinh_te actual 7.6 2023", "ty_le_bhyt actual 94.8 2023"}},
		// Poverty: the share of the poor is the rate, compared in points.
		{"the poor's share, lower than last year", "Toàn huyện có 1.015 hộ nghèo, chiếm tỷ lệ 5,93%, thấp hơn 1,89% so với năm 2022; hộ cận nghèo là 987 hộ, chiếm tỷ lệ 5,43% so tổng số hộ.",
			[]string{"ho_can_ngheo actual 987 2023", "ty_le_ho_ngheo actual 5.93 2023", "ty_le_ho_ngheo change_vs_prev -1.89 2023"}},
		{"a rate's fall against its plan", "Tỷ lệ hộ nghèo giảm 1,89%, đạt 125% so với chỉ tiêu giao đầu năm (chỉ tiêu là 1,5%/năm).",
			[]string{"ty_le_ho_ngheo change_vs_prev -1.89 2023", "ty_le_ho_ngheo pct_of_plan 125 2023"}},
		{"the poor down to a share", "Hộ nghèo giảm còn 6,25%, hộ cận nghèo còn 9,58%.", []string{"ty_le_ho_ngheo actual 6.25 2023"}},
		{"the fall's share of its plan", "Tỷ lệ giảm nghèo vượt kế hoạch, đạt 167% (giảm 3% so với 1,8% kế hoạch giao).",
			[]string{"ty_le_ho_ngheo change_vs_prev -3 2023", "ty_le_ho_ngheo pct_of_plan 167 2023"}},
		{"a rate's share of its plan", "Tỷ lệ dân số tham gia BHYT đạt 92%, đạt 100% kế hoạch.",
			[]string{"ty_le_bhyt actual 92 2023", "ty_le_bhyt pct_of_plan 100 2023"}},
		{"each figure its own cue", "Có 85,44% khu dân cư đạt chuẩn văn hóa, 89,42% hộ đạt gia đình văn hóa.",
			[]string{"ty_le_gia_dinh_van_hoa actual 89.42 2023", "ty_le_khu_dan_cu_van_hoa actual 85.44 2023"}},
		{"GRDP per head", "GRDP bình quân ước đạt 51 triệu đồng/người, đạt 102% kế hoạch.", nil},
		// Plans completed, then a list of what each did.
		{"a plan completed before a list", "Các xã đều hoàn thành vượt dự toán: xã Đa Tốn thu 52 tỷ đồng, xã Kiêu Kỵ thu 47 tỷ đồng.",
			[]string{"thu_ngan_sach actual 4.7e+10 2023 Xã Kiêu Kỵ", "thu_ngan_sach actual 5.2e+10 2023 Xã Đa Tốn"}},
		{"a heading's plan governs its list", "Chỉ tiêu chủ yếu năm 2024: thu ngân sách 1.900 tỷ đồng; tốc độ tăng trưởng kinh tế 9%.",
			[]string{"tang_truong_kinh_te plan 9 2024", "thu_ngan_sach plan 1.9e+12 2024"}},
		// Residential areas of several kinds.
		{"a list of residential areas", "Có 86,2% gia đình đạt chuẩn văn hóa, 74,5% thôn, bản, tổ dân phố đạt chuẩn văn hóa.",
			[]string{"ty_le_gia_dinh_van_hoa actual 86.2 2023", "ty_le_khu_dan_cu_van_hoa actual 74.5 2023"}},
		{"two kinds of residential area", "Tỷ lệ làng, khu dân cư văn hóa đạt 81%.",
			[]string{"ty_le_khu_dan_cu_van_hoa actual 81 2023"}},
		// The sum collected.
		{"the sum a named commune collected", "Riêng xã Kiêu Kỵ, số thu đạt 47 tỷ đồng, bằng 120% dự toán.",
			[]string{"thu_ngan_sach actual 4.7e+10 2023 Xã Kiêu Kỵ", "thu_ngan_sach pct_of_plan 120 2023 Xã Kiêu Kỵ"}},
		{"the sum collected from land is a part", "Số thu từ đất đạt 12 tỷ đồng.", nil},
		// Shares.
		{"a share of the economy's structure", "Tỷ trọng dịch vụ trong cơ cấu kinh tế của huyện là 44,5%.",
			[]string{"ty_trong_dich_vu actual 44.5 2023"}},
		{"the structure as another subject", "Thu ngân sách đạt 500 tỷ đồng; cơ cấu kinh tế chuyển dịch, nông nghiệp chiếm 20%.",
			[]string{"thu_ngan_sach actual 5e+11 2023"}},
		// Growth.
		{"growth of the gross product", "Tốc độ tăng trưởng tổng sản phẩm (GRDP) ước đạt 12,16%, vượt kế hoạch.",
			[]string{"tang_truong_kinh_te actual 12.16 2023"}},
		{"an average yearly growth is growth", "Giai đoạn 2021-2023, tốc độ tăng giá trị sản xuất bình quân hằng năm đạt 10,2%.",
			[]string{"tang_truong_kinh_te actual 10.2 2023"}},
		{"income per head is no growth", "Thu nhập bình quân đầu người tăng 8%.", nil},
		{"sectors written short", "Giá trị sản xuất CN-TTCN đạt 5.200 tỷ đồng; giá trị sản xuất nông - ngư nghiệp đạt 696 tỷ đồng, đạt 100% kế hoạch.", nil},
		// Comparisons.
		{"a unit compared with", "Tốc độ tăng trưởng kinh tế đạt 9%, đứng thứ 2 toàn tỉnh (sau huyện Đông Anh tăng trưởng 10%).",
			[]string{"tang_truong_kinh_te actual 9 2023"}},
		{"higher than last year's share", "Giải ngân vốn đầu tư công đạt 71,3% kế hoạch, cao hơn 6,2% so với cùng kỳ.",
			[]string{"giai_ngan_dau_tu pct_of_plan 71.3 2023"}},
		{"the product's level compared with its plan is no growth ratio", "Tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2023 ước đạt 4.741 tỷ đồng, đạt 67,8% so với kế hoạch và tăng 7,72% so với cùng kỳ năm 2022.",
			[]string{"tang_truong_kinh_te actual 7.72 2023"}},
		{"a bare growth rate after a sector's level is the sector's", "Giá trị tăng thêm khu vực nông - lâm - thuỷ sản năm 2023 ước đạt 2.196 tỷ đồng, tốc độ tăng trưởng đạt 3,05%. Tốc độ tăng trưởng kinh tế đạt 7,1%.",
			[]string{"tang_truong_kinh_te actual 7.1 2023"}},
		{"a bare growth rate with no other subject before it is the economy's", "Năm 2023, tốc độ tăng trưởng đạt 7,1%.",
			[]string{"tang_truong_kinh_te actual 7.1 2023"}},
		{"the turnover of the trade and services sector", "Tổng doanh thu ngành thương mại, dịch vụ của huyện đạt 45,48% so với kế hoạch năm, tăng 8,67% so với cùng kỳ.",
			[]string{"tong_muc_ban_le change_vs_prev 8.67 2023", "tong_muc_ban_le pct_of_plan 45.48 2023"}},
		{"real growth, not current prices", "Tốc độ tăng trưởng kinh tế (theo giá so sánh) đạt 8,5%; theo giá hiện hành tăng 12,3%.",
			[]string{"tang_truong_kinh_te actual 8.5 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range extractText("t.txt", phraseCtx+tc.text+"\n") {
				v := fmt.Sprint(f.Value)
				if f.ValueMax != nil {
					v += "-" + fmt.Sprint(*f.ValueMax)
				}
				g := fmt.Sprintf("%s %s %s %d", f.Indicator, f.Kind, v, f.Year)
				if f.Unit != "Huyện Gia Lâm" {
					g += " " + f.Unit // the article's own unit goes unsaid
				}
				got = append(got, g)
			}
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\ngot:\n  %s\nwant:\n  %s", tc.text, strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

// TestPlanHeading: in a report with no date of its own, the figures under
// a heading of the plan ("II. Kế hoạch năm 2025") with no kind word are
// the plan's, from the heading's year on; a heading of results ends that.
func TestPlanHeading(t *testing.T) {
	text := "BÁO CÁO TÓM TẮT KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH NĂM 2025 CỦA UBND HUYỆN VĂN LÂM\n\n" +
		"I. Kết quả năm 2024\nThu ngân sách trên địa bàn ước đạt 1.150 tỷ đồng. Tỷ lệ BHYT 92%.\n\n" +
		"II. Kế hoạch năm 2025\nTốc độ tăng trưởng kinh tế 9-9,5%; thu ngân sách trên địa bàn 1.200 tỷ đồng; tỷ lệ BHYT 94%. Năm 2024 giải quyết việc làm mới 2.100 lao động.\n\n" +
		"III. Kết quả 6 tháng đầu năm 2025\nThu ngân sách trên địa bàn 600 tỷ đồng.\n"
	var got []string
	for _, f := range extractText("t.txt", text) {
		v := fmt.Sprint(f.Value)
		if f.ValueMax != nil {
			v += "-" + fmt.Sprint(*f.ValueMax)
		}
		got = append(got, fmt.Sprintf("%s %s %s %d", f.Indicator, f.Kind, v, f.Year))
	}
	sort.Strings(got)
	want := []string{
		"tang_truong_kinh_te plan 9-9.5 2025",
		"thu_ngan_sach actual 1.15e+12 2024",
		"thu_ngan_sach actual 6e+11 2025",
		"thu_ngan_sach plan 1.2e+12 2025",
		"ty_le_bhyt actual 92 2024",
		"ty_le_bhyt plan 94 2025",
		"viec_lam_moi actual 2100 2024",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}
