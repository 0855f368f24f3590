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
