package extract

import "testing"

// TestNearPoorFallRatio: a ratio to the plan right after a fall of the
// near-poor households' count ("giảm 150 hộ cận nghèo, đạt 120% kế
// hoạch") is that fall's, as for the poor: no fact of the rate or the
// stock takes it.
func TestNearPoorFallRatio(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a fall of the near-poor and its ratio", "Năm 2023, huyện giảm 150 hộ cận nghèo, đạt 120% kế hoạch.",
			[]string{}},
		{"after the poverty rate", "Năm 2023, tỷ lệ hộ nghèo giảm còn 2,1%, giảm 86 hộ cận nghèo, đạt 115% chỉ tiêu huyện giao.",
			[]string{"ty_le_ho_ngheo actual 2.1 2023"}},
		{"compared with the year before", "Trong năm 2024, toàn thị xã giảm được 212 hộ cận nghèo so với năm 2023, bằng 106% kế hoạch.",
			[]string{}},
		{"the stock's own ratio stays", "Năm 2023, số hộ cận nghèo còn 480 hộ, đạt 120% kế hoạch.",
			[]string{"ho_can_ngheo actual 480 2023", "ho_can_ngheo pct_of_plan 120 2023"}},
		{"the rate's own ratio stays", "Năm 2023, tỷ lệ hộ nghèo còn 2,1%, đạt 105% kế hoạch.",
			[]string{"ty_le_ho_ngheo actual 2.1 2023", "ty_le_ho_ngheo pct_of_plan 105 2023"}},
	})
}
