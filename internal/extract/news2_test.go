package extract

import "testing"

// TestAreaParts: a paragraph that names an area of the unit (khu vực
// thành thị, nông thôn, vùng đô thị) breaks its figures down by area: the
// clauses and sentences after it, to the paragraph's end, are the area's
// parts, not the unit's totals. A paragraph that turns back to the whole
// ("toàn tỉnh"), or a new paragraph, gives the unit's figures again.
func TestAreaParts(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"theo khu vực, trong đó, then a sentence",
			"Tỉnh Yên Bái năm 2023.\n\nXét theo khu vực nông thôn, hộ nghèo và cận nghèo chiếm 14,2% với 9.800 hộ, trong đó tỷ lệ hộ nghèo 8,1% với 5.600 hộ. Tỷ lệ hộ cận nghèo 6,1% với 4.200 hộ.\n",
			nil},
		{"area opens the sentence, semicolon list",
			"Huyện Bảo Yên năm 2022.\n\nỞ vùng đô thị, tỷ lệ hộ nghèo còn 0,9%; số hộ cận nghèo còn 310 hộ; tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%.\n",
			nil},
		// Negatives: the whole unit's figures.
		{"whole unit before the area",
			"Tỉnh Yên Bái năm 2023.\n\nToàn tỉnh còn 7.100 hộ cận nghèo, tỷ lệ hộ nghèo còn 6,5%. Tỷ lệ hộ nghèo khu vực thành thị là 1,2%.\n",
			[]string{"ho_can_ngheo actual 2023", "ty_le_ho_ngheo actual 2023"}},
		{"turns back to the whole",
			"Huyện Văn Chấn năm 2022.\n\nKhu vực nông thôn có 3.100 hộ nghèo. Tính chung toàn huyện, tỷ lệ hộ nghèo còn 9,4%.\n",
			[]string{"ty_le_ho_ngheo actual 2022"}},
		{"new rural areas are no area",
			"Huyện Văn Chấn năm 2022.\n\nChương trình xây dựng nông thôn mới được đẩy mạnh, tỷ lệ hộ nghèo giảm còn 9,4%.\n",
			[]string{"ty_le_ho_ngheo actual 2022"}},
		{"area qualifies one noun",
			"Huyện Văn Chấn năm 2022.\n\nHuyện tạo việc làm cho 2.400 lao động; tỷ lệ thất nghiệp khu vực thành thị 2,1%. Tỷ lệ hộ nghèo còn 9,4%; còn 850 hộ cận nghèo.\n",
			[]string{"viec_lam_moi actual 2022", "ty_le_ho_ngheo actual 2022", "ho_can_ngheo actual 2022"}},
		{"area in the paragraph before",
			"Huyện Văn Chấn năm 2022.\n\nThu nhập bình quân ở khu vực nông thôn đạt 40 triệu đồng.\n\nTỷ lệ hộ nghèo còn 9,4%.\n",
			[]string{"ty_le_ho_ngheo actual 2022"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestAimedTargetCount: a plain count of targets after a result verb in a
// clause of purpose ("Để hoàn thành …", "nhằm thực hiện …") is the number
// of targets assigned; a count after the verb alone, or after the purpose
// word of another verb, stays no fact.
func TestAimedTargetCount(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"để hoàn thành, clause before the main verb",
			"Xã Tân Lập năm 2024.\n\nĐể hoàn thành 16 chỉ tiêu kinh tế - xã hội năm 2024, xã tập trung vào 4 nhóm giải pháp.\n",
			[]string{"chi_tieu_hoan_thanh plan 2024"}},
		{"nhằm thực hiện thắng lợi",
			"Huyện Quế Sơn năm 2025.\n\nUBND huyện ban hành kế hoạch nhằm thực hiện thắng lợi 20 chỉ tiêu chủ yếu năm 2025.\n",
			[]string{"chi_tieu_hoan_thanh plan 2025"}},
		{"để subject hoàn thành",
			"Phường Tân Mai năm 2024.\n\nĐể phường hoàn thành 13 chỉ tiêu năm 2024, cần sự vào cuộc của cả hệ thống chính trị.\n",
			[]string{"chi_tieu_hoan_thanh plan 2024"}},
		// Negatives.
		{"result verb alone",
			"Xã Tân Lập năm 2024.\n\nNăm 2024, xã hoàn thành 16 chỉ tiêu.\n",
			nil},
		{"purpose of another verb",
			"Xã Tân Lập năm 2024.\n\nĐể đạt chuẩn nông thôn mới nâng cao, xã đã hoàn thành 16 tiêu chí.\n",
			nil},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestPurposeTargetList: a list of targets after a result verb in a
// clause of purpose ("để thực hiện các chỉ tiêu như: …", "nhằm thực hiện
// tốt các chỉ tiêu sau: …") gives the targets aimed at, plans, even in a
// text dated within their year; the results of targets ("kết quả thực
// hiện các chỉ tiêu: …") stay results.
func TestPurposeTargetList(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"để thực hiện các chỉ tiêu như, dated text",
			"Tỉnh Bạc Liêu.\n\nNgày 12/1, Sở Lao động tổ chức hội nghị triển khai nhiệm vụ.\n\nNăm 2024, ngành tập trung nhiều giải pháp để thực hiện các chỉ tiêu như: tạo việc làm mới cho 21.000 lao động, tỷ lệ hộ nghèo giảm còn 1,5%.\n",
			[]string{"viec_lam_moi plan 2024", "ty_le_ho_ngheo plan 2024"}},
		{"nhằm thực hiện tốt các chỉ tiêu sau",
			"Huyện Hồng Dân.\n\nNgày 8/1, huyện tổng kết công tác năm 2023.\n\nNăm 2024, huyện đề ra giải pháp nhằm thực hiện tốt các chỉ tiêu sau: giải quyết việc làm cho 2.500 lao động; kết nạp 150 đảng viên mới.\n",
			[]string{"viec_lam_moi plan 2024", "dang_vien_moi plan 2024"}},
		// Negative: the results of the targets.
		{"kết quả thực hiện các chỉ tiêu",
			"Huyện Hồng Dân.\n\nNgày 8/1, huyện tổng kết công tác năm 2023.\n\nNăm 2023, kết quả thực hiện các chỉ tiêu như sau: giải quyết việc làm cho 2.300 lao động; kết nạp 140 đảng viên mới.\n",
			[]string{"viec_lam_moi actual 2023", "dang_vien_moi actual 2023"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestNarrowedCue: words that narrow an indicator to a part — a subset
// ("một số", "một vài" and a noun) or one source ("từ" and a noun) — make
// its figure a part, not the unit's total. A time or a range after "từ",
// all sources, and a subset of units named one by one are no part.
func TestNarrowedCue(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"subset after the cue",
			"Huyện Can Lộc năm 2024.\n\nQuý I, giá trị sản xuất một vài ngành chủ lực của huyện tăng 11,5% so với cùng kỳ.\n",
			nil},
		{"subset before the cue",
			"Huyện Can Lộc năm 2024.\n\nQuý II, giá trị sản xuất một phần các ngành của huyện tăng 7,1% so với cùng kỳ.\n",
			nil},
		{"one source after the cue",
			"Huyện Đồng Văn năm 2020.\n\nNăm 2020, thu ngân sách từ hoạt động du lịch đạt 42 tỷ đồng, bằng 110% kế hoạch.\n",
			nil},
		{"one source, a list of sources",
			"Huyện Đồng Văn năm 2021.\n\nThu ngân sách nhà nước từ thuế, phí và lệ phí đạt 95,2 tỷ đồng.\n",
			nil},
		// Negatives.
		{"time after từ",
			"Huyện Đồng Văn năm 2021.\n\nThu ngân sách từ đầu năm đến nay đạt 95,2 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2021"}},
		{"range after từ",
			"Huyện Đồng Văn năm 2025.\n\nPhấn đấu tốc độ tăng trưởng kinh tế từ 7,5% trở lên.\n",
			[]string{"tang_truong_kinh_te plan 2025"}},
		{"all sources",
			"Huyện Đồng Văn năm 2021.\n\nThu ngân sách từ các nguồn đạt 95,2 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2021"}},
		{"a total of some sectors is the total",
			"Huyện Can Lộc năm 2024.\n\nTổng giá trị sản xuất một số ngành chủ yếu ước đạt 5.100 tỷ đồng.\n",
			[]string{"gia_tri_san_xuat actual 2024"}},
		{"level after từ",
			"Xã Đà Vị năm 2020.\n\nTỷ lệ hộ nghèo từ trên 50% đầu nhiệm kỳ giảm xuống còn 31%.\n",
			[]string{"ty_le_ho_ngheo actual 2020"}},
		{"whole economy, no subset",
			"Huyện Can Lộc năm 2024.\n\nSáu tháng đầu năm, kinh tế của huyện tăng trưởng 8,4%.\n",
			[]string{"tang_truong_kinh_te actual 2024"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestVillageCriteria: a count of criteria whose subject is a village
// (thôn, ấp, làng) counts a model village's new-rural criteria, not a
// plan's targets; a count of the plan's targets stays.
func TestVillageCriteria(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"villages reach criteria",
			"Xã Hòa Phú năm 2022.\n\nTrong 5 thôn xây dựng khu dân cư kiểu mẫu, có 2 thôn đạt 10/10 tiêu chí, 3 thôn đạt 8/10 tiêu chí.\n",
			nil},
		{"villages, a time first",
			"Xã Hòa Phú năm 2023.\n\nĐến cuối năm 2023, 4 thôn đã đạt 9/10 tiêu chí.\n",
			nil},
		{"a hamlet by name",
			"Xã Hòa Phú năm 2022.\n\nNăm 2022, ấp Phú Thạnh đạt 9/10 tiêu chí ấp văn hóa kiểu mẫu.\n",
			nil},
		// Negatives.
		{"the plan's criteria",
			"Huyện Hòa Vang năm 2022.\n\nNăm 2022, huyện đạt 15/19 tiêu chí theo Nghị quyết.\n",
			[]string{"chi_tieu_hoan_thanh actual 2022", "chi_tieu_hoan_thanh plan 2022"}},
		{"rural economy named before",
			"Huyện Hòa Vang năm 2022.\n\nVề phát triển kinh tế nông thôn, huyện hoàn thành 15/19 tiêu chí của Nghị quyết.\n",
			[]string{"chi_tieu_hoan_thanh actual 2022", "chi_tieu_hoan_thanh plan 2022"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}
