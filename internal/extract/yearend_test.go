package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// checkFactValues is checkFacts with each fact's value.
func checkFactValues(t *testing.T, name, text string, want ...string) {
	t.Helper()
	var got []string
	for _, f := range extractText("d.txt", text) {
		got = append(got, fmt.Sprintf("%s %s %d %g", f.Indicator, f.Kind, f.Year, f.Value))
	}
	slices.Sort(got)
	want = slices.Clone(want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s:\n got  %s\n want %s", name, strings.Join(got, "; "), strings.Join(want, "; "))
	}
}

// TestRatioToAssigningBody: a ratio "so với <organ or tier> giao" is to
// what that body assigned, a plan, even when no plan noun is written.
// A comparison with a time, or with a figure, stays a comparison with the
// previous period or none.
func TestRatioToAssigningBody(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"HĐND huyện giao",
			"Huyện Mường Tè năm 2022.\n\nNăm 2022, thu ngân sách trên địa bàn ước đạt 31 tỷ đồng, bằng 108,2% so với HĐND huyện giao.\n",
			[]string{"thu_ngan_sach actual 2022 3.1e+10", "thu_ngan_sach pct_of_plan 2022 108.2"}},
		{"tỉnh giao, so without với",
			"Thị xã Ba Đồn năm 2021.\n\nTổng thu ngân sách năm 2021 đạt 92,6 tỷ đồng, đạt 121% so tỉnh giao.\n",
			[]string{"thu_ngan_sach actual 2021 9.26e+10", "thu_ngan_sach pct_of_plan 2021 121"}},
		{"cấp trên giao",
			"Xã Phú Mỹ năm 2023.\n\nNăm 2023, thu ngân sách trên địa bàn đạt 6,4 tỷ đồng, đạt 132% so với cấp trên giao.\n",
			[]string{"thu_ngan_sach actual 2023 6.4e+09", "thu_ngan_sach pct_of_plan 2023 132"}},
		// Negatives: the base is a time, not an assigned amount.
		{"so với cùng kỳ",
			"Huyện Mường Tè năm 2022.\n\nNăm 2022, thu ngân sách trên địa bàn ước đạt 31 tỷ đồng, bằng 108,2% so với cùng kỳ.\n",
			[]string{"thu_ngan_sach actual 2022 3.1e+10", "thu_ngan_sach pct_of_prev 2022 108.2"}},
		{"so với năm trước, giao later",
			"Huyện Mường Tè năm 2022.\n\nNăm 2022, thu ngân sách trên địa bàn ước đạt 31 tỷ đồng, bằng 108,2% so với năm 2021, hoàn thành nhiệm vụ tỉnh giao.\n",
			[]string{"thu_ngan_sach actual 2022 3.1e+10", "thu_ngan_sach pct_of_prev 2022 108.2"}},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestBracketedMoneyPair: report notation "(A/B <money unit>)" after a
// ratio to plan is the result A and the plan B, the unit written once
// after both. A slash in a date, a count "12/14 xã" or a bracket holding
// more than the pair is no such pair.
func TestBracketedMoneyPair(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"decimals, tỷ đồng",
			"Huyện Đất Đỏ năm 2022.\n\nNăm 2022, giải ngân vốn đầu tư công đạt 97,5% kế hoạch (402,6/412,9 tỷ đồng).\n",
			[]string{"giai_ngan_dau_tu pct_of_plan 2022 97.5", "giai_ngan_dau_tu actual 2022 4.026e+11", "giai_ngan_dau_tu plan 2022 4.129e+11"}},
		{"whole numbers, triệu đồng, dự toán",
			"Xã Tân Hòa năm 2023.\n\nNăm 2023, thu ngân sách trên địa bàn đạt 118% dự toán (5.310/4.500 triệu đồng).\n",
			[]string{"thu_ngan_sach pct_of_plan 2023 118", "thu_ngan_sach actual 2023 5.31e+09", "thu_ngan_sach plan 2023 4.5e+09"}},
		// Negatives.
		{"a count of communes in the bracket",
			"Huyện Đất Đỏ năm 2022.\n\nNăm 2022, thu ngân sách đạt 105% dự toán (6/6 xã hoàn thành).\n",
			[]string{"thu_ngan_sach pct_of_plan 2022 105"}},
		{"a date in the bracket",
			"Huyện Đất Đỏ năm 2022.\n\nThu ngân sách năm 2022 đạt 105% dự toán (tính đến 15/12).\n",
			[]string{"thu_ngan_sach pct_of_plan 2022 105"}},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestPoorFallRate: "giảm (được) N hộ nghèo, (đạt) tỷ lệ X%" gives the
// rate of the households that left poverty: the poverty rate's fall, in
// points. A rate after a remaining stock, a planned fall or a count of
// poor households that is no fall stays as it was.
func TestPoorFallRate(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"giảm được, đạt tỷ lệ",
			"Huyện Bạch Thông năm 2023.\n\nNăm 2023, cả huyện giảm được 185 hộ nghèo, đạt tỷ lệ 1,8%, hoàn thành kế hoạch.\n",
			[]string{"ho_thoat_ngheo actual 2023 185", "ty_le_ho_ngheo change_vs_prev 2023 -1.8"}},
		{"đã giảm, tỷ lệ",
			"Xã Thanh Vận năm 2022.\n\nTrong năm 2022, xã đã giảm 37 hộ nghèo, tỷ lệ 3,2%.\n",
			[]string{"ho_thoat_ngheo actual 2022 37", "ty_le_ho_ngheo change_vs_prev 2022 -3.2"}},
		// Negatives.
		{"rate of the remaining stock",
			"Quận Liên Chiểu năm 2021.\n\nNăm 2021, quận giảm 64 hộ nghèo, số hộ nghèo còn lại cuối năm là 910, đạt tỷ lệ 1,9%.\n",
			[]string{"ho_thoat_ngheo actual 2021 64", "ty_le_ho_ngheo actual 2021 1.9"}},
		{"planned fall",
			"Huyện Bạch Thông năm 2025.\n\nNăm 2025, huyện phấn đấu giảm 250 hộ nghèo, đạt tỷ lệ 2,5%.\n",
			[]string{"ho_thoat_ngheo plan 2025 250"}},
		{"a stock, not a fall",
			"Xã Thanh Vận năm 2022.\n\nNăm 2022, toàn xã có 140 hộ nghèo, tỷ lệ 4,6%.\n",
			[]string{"ty_le_ho_ngheo actual 2022 4.6"}},
	}
	for _, c := range cases {
		checkFactValues(t, c.name, c.text, c.want...)
	}
}

// TestTierListNoUnit: bare level words listed together ("của tỉnh, huyện
// nói chung", "huyện, xã") name tiers of government, not the unit the
// figures after them belong to; the unit the text names keeps them. A
// bare level word alone as the subject still refers to its tier.
func TestTierListNoUnit(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"tỉnh, huyện nói chung",
			"HĐND xã Hương Sơn tổ chức kỳ họp thứ 12\n\nNăm 2022, dù ảnh hưởng chung của tỉnh, huyện nói chung và của xã nói riêng, 15/15 chỉ tiêu đạt và vượt kế hoạch.\n",
			[]string{"chi_tieu_hoan_thanh actual 2022 Xã Hương Sơn", "chi_tieu_hoan_thanh plan 2022 Xã Hương Sơn"}},
		{"tỉnh, huyện before the subject",
			"HĐND xã Đông Thọ họp cuối năm\n\nNăm 2023, trước khó khăn chung của tỉnh, huyện, thu ngân sách trên địa bàn đạt 12 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2023 Xã Đông Thọ"}},
		{"tỉnh và huyện",
			"HĐND phường Đông Thọ họp cuối năm\n\nNăm 2023, bám sát chỉ đạo của tỉnh và huyện, thu ngân sách trên địa bàn đạt 12 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2023 Phường Đông Thọ"}},
		// Negative: a bare level word alone as the subject still names its tier.
		{"toàn huyện alone as subject",
			"HĐND xã Hương Sơn tổ chức kỳ họp thứ 12\n\nNăm 2022, xã đạt 15/15 chỉ tiêu kinh tế - xã hội.\n\nToàn huyện thu ngân sách đạt 310 tỷ đồng.\n",
			[]string{"chi_tieu_hoan_thanh actual 2022 Xã Hương Sơn", "chi_tieu_hoan_thanh plan 2022 Xã Hương Sơn", "thu_ngan_sach actual 2022 Huyện"}},
		{"toàn tỉnh in a district's text",
			"Kỳ họp HĐND huyện Mường Tè năm 2022\n\nNăm 2022, toàn tỉnh thu ngân sách đạt 3.100 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2022 Tỉnh"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, true, c.want...)
	}
}

// TestEffortNounNoTarget: "phấn đấu" after "sự" or a preposition that
// takes a noun ("dưới", "nhờ") is the effort made, not a target verb: a
// count of targets reached after it is a result. The verb itself still
// names targets.
func TestEffortNounNoTarget(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"dưới sự phấn đấu",
			"HĐND xã Tân Phú tổ chức kỳ họp cuối năm\n\nNăm 2021, dưới sự phấn đấu, nỗ lực của cả hệ thống chính trị, 14/14 chỉ tiêu chủ yếu đạt và vượt.\n",
			[]string{"chi_tieu_hoan_thanh actual 2021", "chi_tieu_hoan_thanh plan 2021"}},
		{"nhờ phấn đấu, sự dropped",
			"HĐND phường An Lạc tổ chức kỳ họp cuối năm\n\nNăm 2022, nhờ phấn đấu, cố gắng của các tầng lớp nhân dân, phường có 11/12 chỉ tiêu đạt và vượt.\n",
			[]string{"chi_tieu_hoan_thanh actual 2022", "chi_tieu_hoan_thanh plan 2022"}},
		// Negative: the verb names the targets.
		{"xã phấn đấu hoàn thành",
			"HĐND xã Tân Phú tổ chức kỳ họp cuối năm\n\nNăm 2022, xã phấn đấu hoàn thành 14/14 chỉ tiêu chủ yếu.\n",
			[]string{"chi_tieu_hoan_thanh plan 2022"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}
