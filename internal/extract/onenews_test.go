package extract

import "testing"

// TestPlanNamedInSubject: a plan noun inside the subject ("giải ngân vốn
// thuộc kế hoạch năm 2023") names whose money is spent; the level reached
// after it and then measured against a plan ("đạt …, tương ứng tỷ lệ 35%
// so với kế hoạch") is the result, and that share (after "tương ứng" /
// "tương đương", with or without "tỷ lệ") is the result's share of the
// plan. A plan noun with no share after, or a target verb, stays a plan.
func TestPlanNamedInSubject(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"thuộc kế hoạch năm, tương ứng tỷ lệ",
			"Tỉnh Hòa Bình năm 2023.\n\nGiá trị giải ngân vốn thuộc kế hoạch năm 2023 của tỉnh đến 30/9/2023 đạt 2.100 tỷ đồng, tương ứng tỷ lệ 51% so với kế hoạch vốn được giao.\n",
			[]string{"giai_ngan_dau_tu actual 2023", "giai_ngan_dau_tu pct_of_plan 2023"}},
		{"vốn kế hoạch, tương đương, two plans",
			"Huyện Lạc Sơn năm 2024.\n\nĐến hết tháng 11, số vốn kế hoạch năm 2024 đã giải ngân của huyện đạt 312 tỷ đồng, tương đương tỷ lệ 78% kế hoạch tỉnh giao và đạt 74% kế hoạch huyện giao.\n",
			[]string{"giai_ngan_dau_tu actual 2024", "giai_ngan_dau_tu pct_of_plan 2024", "giai_ngan_dau_tu pct_of_plan 2024"}},
		{"tương ứng with no tỷ lệ",
			"Tỉnh Hòa Bình năm 2023.\n\nGiá trị giải ngân vốn đầu tư công của tỉnh đến 30/9/2023 đạt 2.100 tỷ đồng, tương ứng 51% so với kế hoạch vốn được giao.\n",
			[]string{"giai_ngan_dau_tu actual 2023", "giai_ngan_dau_tu pct_of_plan 2023"}},
		// Negatives: the plan itself.
		{"plan assigned, no share after",
			"Tỉnh Hòa Bình năm 2023.\n\nTổng vốn giải ngân thuộc kế hoạch năm 2023 của tỉnh được giao 4.100 tỷ đồng.\n",
			[]string{"giai_ngan_dau_tu plan 2023"}},
		{"target verb",
			"Tỉnh Hòa Bình năm 2023.\n\nGiá trị giải ngân vốn thuộc kế hoạch năm 2023 của tỉnh phấn đấu đạt 4.100 tỷ đồng.\n",
			[]string{"giai_ngan_dau_tu plan 2023"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestShareClauseCarries: a clause after a semicolon that opens with
// "chiếm" names no subject of its own: its share is of what the clause
// before counted ("… còn 20.100 hộ; chiếm tỷ lệ 15,2% tổng số hộ"). A
// count that is no catalog indicator, or a new subject, takes nothing.
func TestShareClauseCarries(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"chiếm tỷ lệ, then giảm",
			"Tỉnh Lai Châu năm 2022.\n\nĐến cuối năm 2022, toàn tỉnh có 5.100 hộ thoát nghèo; đưa tổng số hộ nghèo toàn tỉnh xuống còn 20.100 hộ; chiếm tỷ lệ 15,2% tổng số hộ toàn tỉnh và giảm 3,1% tổng số hộ nghèo so với đầu năm 2022.\n",
			[]string{"ho_thoat_ngheo actual 2022", "ty_le_ho_ngheo actual 2022", "ty_le_ho_ngheo change_vs_prev 2022"}},
		{"chiếm alone",
			"Huyện Mường Tè năm 2022.\n\nNăm 2022, số hộ nghèo của huyện còn lại là 3.020 hộ; chiếm 21,4% tổng số hộ dân.\n",
			[]string{"ty_le_ho_ngheo actual 2022"}},
		// Negatives.
		{"a count of no indicator",
			"Huyện Mường Tè năm 2022.\n\nNăm 2022, huyện có 3.020 hộ trồng chè; chiếm 21,4% tổng số hộ.\n",
			nil},
		{"a money level: the share is a part's",
			"Huyện Mường Tè năm 2022.\n\nThu ngân sách đạt 120 tỷ đồng; chiếm 21,4% tổng thu là thu từ đất.\n",
			[]string{"thu_ngan_sach actual 2022"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestPairNamedAfter: a pair "N/M" whose indicator is named right after
// it ("đạt 14/10 chỉ tiêu phát triển đảng viên", "41/40 đồng chí được kết
// nạp") is that indicator's result and target, whichever is larger — not
// targets met of targets set; a rate right after it ("với tỷ lệ 140%",
// "đạt tỷ lệ 102,5%") is the result's share of the target. Targets of the
// plan in general ("14/16 chỉ tiêu kinh tế - xã hội") stay targets, and a
// total brought up ("đưa tổng số đảng viên lên 300") is no new member.
func TestPairNamedAfter(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"targets noun, result over the target, rate after a year",
			"Xã Tân Hòa năm 2023.\n\nĐến hết tháng 11, Đảng ủy xã đạt 14/10 chỉ tiêu phát triển đảng viên được huyện giao trong năm 2023 với tỷ lệ 140%.\n",
			[]string{"dang_vien_moi actual 2023", "dang_vien_moi plan 2023", "dang_vien_moi pct_of_plan 2023"}},
		{"targets noun, result under the target",
			"Xã Tân Hòa năm 2023.\n\nNăm 2023, Đảng bộ xã đã thực hiện 7/10 chỉ tiêu kết nạp đảng viên mới, đạt 70%.\n",
			[]string{"dang_vien_moi actual 2023", "dang_vien_moi plan 2023", "dang_vien_moi pct_of_plan 2023"}},
		{"counted noun, cue after được, then a total",
			"Xã Tân Hòa năm 2024.\n\nNăm 2024 Đảng bộ xã có 11/10 quần chúng được kết nạp đạt tỷ lệ 110% đưa tổng số đảng viên lên 300 đồng chí.\n",
			[]string{"dang_vien_moi actual 2024", "dang_vien_moi plan 2024", "dang_vien_moi pct_of_plan 2024"}},
		{"new jobs",
			"Huyện Mường Tè năm 2023.\n\nNăm 2023, huyện đạt 1.260/1.200 chỉ tiêu giải quyết việc làm mới được tỉnh giao.\n",
			[]string{"viec_lam_moi actual 2023", "viec_lam_moi plan 2023"}},
		{"a term's target named before the pair",
			"Xã Tân Hòa năm 2024.\n\nĐảng bộ xã đã hoàn thành trước thời hạn chỉ tiêu Nghị quyết đại hội nhiệm kỳ 2020-2025 với 41/40 đảng viên được kết nạp đạt tỷ lệ 102,5%.\n",
			[]string{"dang_vien_moi actual 2025", "dang_vien_moi plan 2025", "dang_vien_moi pct_of_plan 2025"}},
		{"the year's pair, then the term's",
			"Xã Tân Hòa năm 2024.\n\nNăm 2024 xã đạt 12/10 chỉ tiêu kết nạp đảng viên mới, vượt chỉ tiêu nhiệm kỳ 2020-2025 là 44/40 quần chúng được kết nạp.\n",
			[]string{"dang_vien_moi actual 2024", "dang_vien_moi plan 2024", "dang_vien_moi actual 2025", "dang_vien_moi plan 2025"}},
		// Negatives.
		{"targets of the plan in general",
			"Xã Tân Hòa năm 2023.\n\nNăm 2023, xã đạt 14/16 chỉ tiêu kinh tế - xã hội.\n",
			[]string{"chi_tieu_hoan_thanh actual 2023", "chi_tieu_hoan_thanh plan 2023"}},
		{"a date, not a pair",
			"Xã Tân Hòa năm 2023.\n\nĐến ngày 12/9, xã kết nạp 8 đảng viên mới.\n",
			[]string{"dang_vien_moi actual 2023"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestOpeningPurpose: a clause of purpose that opens the sentence ("Để
// hoàn thành …", "Nhằm đạt …") names what is aimed at: its result verbs,
// up to the clause's end, report nothing reached — the figure is a plan.
// A result after the clause, or a purpose word later in the sentence,
// stays as it was.
func TestOpeningPurpose(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"để hoàn thành … đạt trên",
			"Huyện Ý Yên năm 2023.\n\nĐể hoàn thành chỉ tiêu về tỷ lệ bao phủ BHYT đạt trên 96% theo kế hoạch của UBND huyện, các ngành đã vào cuộc.\n",
			[]string{"ty_le_bhyt plan 2023"}},
		{"nhằm hoàn thành … đạt",
			"Xã Yên Lộc năm 2024.\n\nNhằm hoàn thành mục tiêu tỷ lệ gia đình văn hóa đạt 92% như nghị quyết đề ra, xã đẩy mạnh tuyên truyền tới từng khu dân cư.\n",
			[]string{"ty_le_gia_dinh_van_hoa plan 2024"}},
		// Negatives.
		{"the result after the purpose clause",
			"Huyện Ý Yên năm 2023.\n\nĐể hoàn thành kế hoạch, các ngành đã vào cuộc, đến nay tỷ lệ bao phủ BHYT đạt 91,2%.\n",
			[]string{"ty_le_bhyt actual 2023"}},
		{"a purpose word later in the sentence",
			"Huyện Ý Yên năm 2023.\n\nĐến nay tỷ lệ bao phủ BHYT đạt 91,2%, để hoàn thành kế hoạch các ngành tiếp tục vào cuộc.\n",
			[]string{"ty_le_bhyt actual 2023"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestBareRate: a decimal with no unit right after the result verb of a
// rate ("tỷ lệ … đạt (được) 90,45") is a percentage whose sign was left
// off. A whole number, a figure with a word after it, or an amount with
// its own unit stays as it was.
func TestBareRate(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"đạt được, ending the sentence",
			"Huyện Ý Yên năm 2023.\n\nTỷ lệ bao phủ BHYT tính đến 30/9/2023 toàn huyện đạt được 90,45.\n",
			[]string{"ty_le_bhyt actual 2023"}},
		{"đạt, then a comma",
			"Xã Yên Lộc năm 2024.\n\nNăm 2024, tỷ lệ hộ gia đình văn hóa của xã đạt 93,7, tăng so với năm trước.\n",
			[]string{"ty_le_gia_dinh_van_hoa actual 2024"}},
		// Negatives.
		{"a word after the figure",
			"Xã Yên Lộc năm 2024.\n\nNăm 2024, tỷ lệ hộ gia đình văn hóa của xã đạt 93,5 điểm.\n",
			nil},
		{"money keeps its unit",
			"Xã Yên Lộc năm 2024.\n\nThu ngân sách đạt 12,5 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2024"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestLeadingSpan: a span "từ (năm) Y1-Y2" set off by a comma before a
// figure's clause frames that clause: its figure adds the span up and
// takes the span's last year. A year of the figure's own named after the
// span, or a semicolon between, leaves it alone.
func TestLeadingSpan(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"after a lead clause, with năm",
			"Tỉnh Yên Bái năm 2020.\n\nTriển khai chương trình giảm nghèo, từ năm 2016-2019, toàn tỉnh đã có 12.400 hộ thoát nghèo.\n",
			[]string{"ho_thoat_ngheo actual 2019"}},
		{"opening the sentence, spaced dash",
			"Huyện Văn Chấn năm 2020.\n\nTừ 2016 - 2019, huyện giải quyết việc làm mới cho 8.200 lao động.\n",
			[]string{"viec_lam_moi actual 2019"}},
		// Negatives.
		{"a year of its own after the span",
			"Huyện Văn Chấn năm 2020.\n\nTừ 2016 - 2019, huyện có nhiều đổi mới, năm 2018 giải quyết việc làm mới cho 2.200 lao động.\n",
			[]string{"viec_lam_moi actual 2018"}},
		{"a semicolon between",
			"Huyện Văn Chấn năm 2020.\n\nTừ 2016 - 2019, huyện có nhiều đổi mới; năm nay giải quyết việc làm mới cho 2.200 lao động.\n",
			[]string{"viec_lam_moi actual 2020"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}
