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
