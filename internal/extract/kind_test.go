package extract

import (
	"strings"
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

// TestYearAfterBase: a report that names no year of its own but compares
// with one reports the year after it; a price base ("giá so sánh năm
// 2010") is no comparison, and a year the text names holds.
func TestYearAfterBase(t *testing.T) {
	cases := []struct {
		text string
		year int // 0: no facts
	}{
		{"Kinh tế của huyện tiếp tục phát triển. Thu ngân sách trên địa bàn ước đạt 312 tỷ đồng, tăng 9,6% so với năm 2022.", 2023},
		{"Tình hình kinh tế - xã hội của thị xã ổn định. Tổng giá trị sản xuất (giá so sánh năm 2010) ước tăng 7,4% so với cùng kỳ năm 2019; thu ngân sách trên địa bàn đạt 120 tỷ đồng.", 2020},
		{"Kinh tế của huyện tiếp tục phát triển. Thu ngân sách trên địa bàn năm 2021 ước đạt 312 tỷ đồng, tăng 9,6% so với năm 2019.", 2021},
		{"Kinh tế của huyện tiếp tục phát triển. Tổng giá trị sản xuất (giá so sánh năm 2010) ước đạt 5.000 tỷ đồng.", 0},
	}
	for _, c := range cases {
		fs := extractText("t.txt", c.text)
		if c.year == 0 && len(fs) != 0 {
			t.Errorf("%q: %d facts from a text with no year", c.text, len(fs))
		}
		if c.year != 0 && len(fs) == 0 {
			t.Errorf("%q: no facts", c.text)
		}
		for _, f := range fs {
			if f.Year != c.year {
				t.Errorf("%q: %s %s year %d, want %d", c.text, f.Indicator, f.Kind, f.Year, c.year)
			}
		}
	}
}

// TestYearLabelOfFigure: a year that names the figure before it ("mức
// tăng 2,11% của năm 2020") is that figure's, and the clauses after it go
// on in the sentence's own year.
func TestYearLabelOfFigure(t *testing.T) {
	cases := []struct {
		text     string
		compared float64
	}{
		{"Năm 2023, tăng trưởng kinh tế của huyện Mèo Vạc đạt 6,2%, thấp hơn mức tăng 7,1% của năm 2022; thu ngân sách trên địa bàn đạt 96 tỷ đồng.", 7.1},
		{"Tổng giá trị sản xuất của thị xã Bỉm Sơn năm 2023 tăng 9,4%, cao hơn mức tăng 8,7% của năm 2022; giải quyết việc làm cho 2.100 lao động.", 8.7},
	}
	for _, c := range cases {
		fs := extractText("t.txt", c.text)
		if len(fs) < 2 {
			t.Fatalf("%q: %d facts: %s", c.text, len(fs), encode(fs))
		}
		for _, f := range fs {
			want := 2023
			if f.Value == c.compared {
				want = 2022
			}
			if f.Year != want {
				t.Errorf("%q: %s %v year %d, want %d", c.text, f.Indicator, f.Value, f.Year, want)
			}
		}
	}
}

// TestComparedYears: a year after a multiple ("gấp 2,74 lần năm 2021") is
// a comparison base and does not turn the running year; a figure labelled
// as the same period's a year before, with its verb ("(cùng kỳ tăng
// 5,97%)"), is of the year before.
func TestComparedYears(t *testing.T) {
	cases := []struct {
		text string
		want map[float64]int // value → year
	}{
		{"Trong năm 2023, tỉnh Bắc Ninh thu ngân sách 38.200 tỷ đồng, gấp 1,6 lần năm 2021.\n\nTổng mức bán lẻ hàng hóa và doanh thu dịch vụ của tỉnh Bắc Ninh đạt 61.000 tỷ đồng.", map[float64]int{38200e9: 2023, 61000e9: 2023}},
		{"Năm 2022, huyện Gia Lâm thu ngân sách 9.800 tỷ đồng, bằng 1,2 lần năm 2020. Giải quyết việc làm cho 4.500 lao động.", map[float64]int{9800e9: 2022, 4500: 2022}},
		{"Tính chung 9 tháng đầu năm 2024, GRDP của tỉnh Hải Dương ước tăng 9,8% (cùng kỳ tăng 6,1%).", map[float64]int{9.8: 2024, 6.1: 2023}},
		{"Năm 2023, tốc độ tăng trưởng kinh tế của tỉnh Hà Nam đạt 7,2%, cùng kỳ năm trước tăng 8,3%.", map[float64]int{7.2: 2023, 8.3: 2022}},
		// Any kind: the same period's share of its plan or its change.
		{"Năm 2023, tổng thu ngân sách trên địa bàn huyện Tân Kỳ 9 tháng ước đạt 412 tỷ đồng, bằng 71,4% dự toán (cùng kỳ bằng 66,2%).", map[float64]int{412e9: 2023, 71.4: 2023, 66.2: 2022}},
		{"Lũy kế 8 tháng năm 2022, chi ngân sách địa phương của tỉnh Yên Bái đạt 54,3% dự toán (cùng kỳ năm trước đạt 49,8%).", map[float64]int{54.3: 2022, 49.8: 2021}},
		{"Năm 2024, thu ngân sách thị xã Sơn Tây 6 tháng tăng 4,1% (cùng kỳ giảm 2,3%).", map[float64]int{4.1: 2024, -2.3: 2023}},
		// Negatives: "cùng kỳ" as the comparison base stays this year's.
		{"Năm 2024, thu ngân sách huyện Đông Anh đạt 512 tỷ đồng, bằng 112,5% cùng kỳ, so với cùng kỳ tăng 12,5%.", map[float64]int{512e9: 2024, 112.5: 2024, 12.5: 2024}},
	}
	for _, c := range cases {
		fs := extractText("t.txt", c.text)
		seen := 0
		for _, f := range fs {
			if y, ok := c.want[f.Value]; ok {
				seen++
				if f.Year != y {
					t.Errorf("%q: %s %v year %d, want %d", c.text, f.Indicator, f.Value, f.Year, y)
				}
			}
		}
		if seen < len(c.want) {
			t.Errorf("%q: %d of %d figures found: %s", c.text, seen, len(c.want), encode(fs))
		}
	}
}

// TestNegativeWord: "âm" before a rate is its sign.
func TestNegativeWord(t *testing.T) {
	for text, want := range map[string]float64{
		"Năm 2020, kinh tế tỉnh Quảng Nam có mức tăng trưởng GRDP âm 4,2%, thấp nhất cả nước.":            -4.2,
		"Năm 2021, tốc độ tăng trưởng kinh tế của tỉnh Bình Dương âm 1,8% so với năm 2020.":               -1.8,
		"Năm 2022, tốc độ tăng trưởng kinh tế của tỉnh Bình Dương đạt 6,8%, mức âm của năm trước đã qua.": 6.8,
	} {
		fs := extractText("t.txt", text)
		if len(fs) == 0 || fs[0].Value != want {
			t.Errorf("%q: %s, want %v first", text, encode(fs), want)
		}
	}
}

// TestPlanNounRightBefore: a figure right after a plan noun (and its
// linking words) is the plan's own figure, though a result verb governs
// the noun; a margin over the plan and a yearly change set as the target
// are not plans.
func TestPlanNounRightBefore(t *testing.T) {
	cases := []struct {
		text string
		val  float64
		kind facts.Kind // "" for no fact of that value
	}{
		{"Năm 2023, tăng trưởng kinh tế của tỉnh Quảng Trị ước đạt 6,1%, chưa đạt kế hoạch đề ra từ 7-8%.", 7, facts.Plan},
		{"Năm 2024, tốc độ tăng trưởng kinh tế của huyện Lục Yên đạt 8,2%, không đạt kế hoạch là 9%.", 9, facts.Plan},
		{"Năm 2023, tốc độ tăng trưởng GRDP của tỉnh Hà Nam ước tăng 7,4% (vượt mục tiêu Nghị quyết 0,4%).", 0.4, ""},
	}
	for _, c := range cases {
		fs := extractText("t.txt", c.text)
		var got facts.Kind
		for _, f := range fs {
			if f.Value == c.val {
				got = f.Kind
			}
		}
		if got != c.kind {
			t.Errorf("%q: %v is %q, want %q: %s", c.text, c.val, got, c.kind, encode(fs))
		}
	}
}

// TestRankedPlacesInBrackets: the places ahead in a ranking, each with its
// own figure in brackets, are each that place's fact.
func TestRankedPlacesInBrackets(t *testing.T) {
	text := "Năm 2023, tỉnh Bắc Giang thu ngân sách 12.400 tỷ đồng, đứng thứ 12 cả nước, sau Bắc Ninh (34.100 tỷ đồng), Thanh Hóa (31.000 tỷ đồng) và Quảng Ninh (50.500 tỷ đồng)."
	want := map[string]float64{"Tỉnh Bắc Giang": 12400e9, "Tỉnh Bắc Ninh": 34100e9, "Tỉnh Thanh Hóa": 31000e9, "Tỉnh Quảng Ninh": 50500e9}
	got := map[string]float64{}
	for _, f := range extractText("t.txt", text) {
		got[f.Unit] = f.Value
	}
	for u, v := range want {
		if got[u] != v {
			t.Errorf("%s: %v, want %v (all: %v)", u, got[u], v, got)
		}
	}
}

// TestYearSeries: a sentence that lists three years or more, each with its
// own figure, labels those figures only; the text goes on in its own year.
func TestYearSeries(t *testing.T) {
	text := " date 2025-04\nChiều 3-4, UBND tỉnh Bắc Ninh họp về kết quả kinh tế - xã hội quý I.\n\nGRDP quý I của tỉnh Bắc Ninh ước tăng 7,9% so với cùng kỳ. Theo đó, mức tăng quý I năm 2021 tăng 5,1%, năm 2022 tăng 6,2%, năm 2023 tăng 4,4%, và năm 2024 tăng 6,8%.\n\nVề thu ngân sách, tổng thu ngân sách nhà nước quý I ước đạt 9.100 tỷ đồng, đạt 27% dự toán."
	for _, f := range extractText("t.txt", text) {
		if f.Indicator == "thu_ngan_sach" && f.Year != 2025 {
			t.Errorf("%s %s %v: year %d, want 2025", f.Indicator, f.Kind, f.Value, f.Year)
		}
	}
	if !yearSeries(tokenize("năm 2020 tăng 1%, năm 2021 tăng 2%, năm 2022 tăng 3%", nil)) || yearSeries(tokenize("năm 2024 tăng 5% so với năm 2023, kế hoạch năm 2025", nil)) {
		t.Error("yearSeries: a series of three years, and not a year with its comparison base and its plan's year")
	}
}

// TestExpandedConference: "Hội nghị … huyện mở rộng" is an expanded
// conference of the district, not a place called Mở Rộng.
func TestExpandedConference(t *testing.T) {
	for _, text := range []string{
		"HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ MỞ RỘNG LẦN THỨ 9\nNăm 2023, thu ngân sách trên địa bàn đạt 320 tỷ đồng.",
		"Hội nghị Ban Chấp hành Đảng bộ huyện Mở rộng lần thứ 12\nNăm 2023, thu ngân sách trên địa bàn đạt 120 tỷ đồng.",
	} {
		fs := extractText("t.txt", text)
		if len(fs) == 0 || strings.Contains(strings.ToLower(fs[0].Unit), "mở") {
			t.Errorf("%q: %s", text, encode(fs))
		}
	}
}

// TestListWithOldTones: a province written with the old tone placement
// ("Khánh Hoà") in a per-unit list does not end the list.
func TestListWithOldTones(t *testing.T) {
	for _, w := range []string{"Khánh Hòa", "Khánh Hoà"} {
		text := " date 2023-04\nTrong đó, một số địa phương có tốc độ tăng GRDP cao nhất cả nước gồm Hậu Giang tăng 12,67%; Bình Thuận tăng 9,86%; " + w + " tăng 9,07%; Cà Mau tăng 9,05%; Bắc Giang tăng 8,40%."
		if n := len(extractText("t.txt", text)); n != 5 {
			t.Errorf("with %q: %d facts, want 5", w, n)
		}
	}
	for in, want := range map[string]string{"Khánh Hoà": "Khánh Hòa", "Hoà Thuỷ": "Hòa Thủy", "Hoàng Mai": "Hoàng Mai", "Khoẻ": "Khỏe"} {
		if got := foldTones(in); got != want {
			t.Errorf("foldTones(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBracketCueSpent: a kind word inside a bracket that closed in an
// earlier clause ("(… chỉ tiêu … đề ra là 88%)") speaks of the aside,
// not of the result the next clause gives.
func TestBracketCueSpent(t *testing.T) {
	text := "Quận Hà Đông: kết quả phong trào văn hóa năm 2023\n\nNăm 2023, phong trào đạt nhiều kết quả. Theo đó, có 80.100/88.000 gia đình đạt danh hiệu “Gia đình văn hóa”, đạt 91,0% (vượt 1% so với chỉ tiêu Thành phố giao và Nghị quyết Đại hội Đảng bộ quận lần thứ V đề ra là 90%); có 250/280 tổ dân phố đạt danh hiệu “Tổ dân phố văn hóa”, đạt 89,3% (vượt 9,3% so với chỉ tiêu Thành phố giao và Nghị quyết Đại hội Đảng bộ quận lần thứ V đề ra là 80%)."
	got := map[float64]facts.Kind{}
	for _, f := range extractText("t.txt", text) {
		got[f.Value] = f.Kind
	}
	want := map[float64]facts.Kind{91: facts.Actual, 90: facts.Plan, 89.3: facts.Actual, 80: facts.Plan}
	for v, k := range want {
		if got[v] != k {
			t.Errorf("%v: kind %q, want %q (all: %v)", v, got[v], k, got)
		}
	}
	// The target the city assigns is the year's, though the congress's
	// resolution that set the same figure is named beside it.
	for _, f := range extractText("t.txt", text) {
		if f.Year != 2023 {
			t.Errorf("%v %s: year %d, want 2023", f.Value, f.Kind, f.Year)
		}
	}
}

// TestHeldTitleRate: "có N hộ đạt gia đình văn hóa, đạt tỷ lệ X%" gives
// the title's rate, X; the households that registered for the title
// ("Số hộ đăng ký gia đình văn hóa 3.100 đạt 95%") are the candidates,
// not the families that won it.
func TestHeldTitleRate(t *testing.T) {
	text := "Phường Thạch Bàn bình xét gia đình văn hóa năm 2021\n\nNgày 25/10/2021, phường Thạch Bàn họp bình xét. Toàn phường có 3.250 hộ dân. Số hộ đăng ký gia đình văn hóa 3.100 đạt 95,38%. Tổng số hộ tham gia bình xét là 3.100 hộ; Có 2.950 hộ đạt gia đình văn hóa, đạt tỷ lệ 90,77%"
	got := valuesOf(text, "ty_le_gia_dinh_van_hoa")
	if len(got) != 1 || got[0] != 90.77 {
		t.Errorf("cultural-family rates %v, want [90.77]", got)
	}
}

// TestNearPoorOutflow: households that rose above the near-poor line
// ("vượt chuẩn cận nghèo", "thoát cận nghèo") left the count of the
// near-poor; they are no count of it.
func TestNearPoorOutflow(t *testing.T) {
	text := "Phường Thủy Dương rà soát hộ nghèo năm 2023\n\nNgày 08/11/2023, phường Thủy Dương họp rà soát hộ nghèo, hộ cận nghèo.\n\nSố hộ giảm so với đầu năm: Giảm 20 hộ (Trong đó có 15 hộ trở thành hộ cận nghèo, 03 hộ vượt chuẩn cận nghèo và 02 hộ chết).\n\n+ Số hộ cận nghèo: 48 hộ với 160 nhân khẩu."
	got := valuesOf(text, "ho_can_ngheo")
	if len(got) != 1 || got[0] != 48 {
		t.Errorf("near-poor counts %v, want [48]", got)
	}
}

// valuesOf extracts text and returns the values of its facts of one
// indicator, in order.
func valuesOf(text, indicator string) []float64 {
	var got []float64
	for _, f := range extractText("t.txt", text) {
		if f.Indicator == indicator {
			got = append(got, f.Value)
		}
	}
	return got
}
