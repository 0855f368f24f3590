package extract

import "testing"

// TestNotWordOwnClause: a not-word of an indicator speaks of its own
// clause; once a comma or semicolon closes it and the indicator is named
// afresh by its own cue, the figure after is the indicator's ("có 25 hộ
// thoát cận nghèo, số hộ cận nghèo còn 480 hộ"). With no fresh cue after
// the mark, or the not-word in the figure's own clause, it still denies.
func TestNotWordOwnClause(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the near-poor's escape, then their stock", "Năm 2023, có 25 hộ thoát cận nghèo, số hộ cận nghèo còn 480 hộ.",
			[]string{"ho_can_ngheo actual 480 2023"}},
		{"'ra khỏi diện cận nghèo', then 'tổng số hộ cận nghèo'", "Năm 2023, huyện có 63 hộ ra khỏi diện cận nghèo, tổng số hộ cận nghèo còn 912 hộ.",
			[]string{"ho_can_ngheo actual 912 2023"}},
		{"'thoát khỏi diện cận nghèo', a semicolon", "Năm 2023 có 18 hộ thoát khỏi diện cận nghèo; số hộ cận nghèo còn 205 hộ.",
			[]string{"ho_can_ngheo actual 205 2023"}},
		// The not-word in the figure's own clause still denies it.
		{"support for the near-poor", "Năm 2023, huyện đã hỗ trợ 120 hộ cận nghèo.",
			[]string{}},
		{"a sector opening the sentence with no figure of its own", "Năm 2023, ngành nông nghiệp phát triển ổn định, giá trị sản xuất tăng 4,5% so với cùng kỳ.",
			[]string{}},
		{"no fresh cue after the comma", "Năm 2023, có 25 hộ thoát cận nghèo, còn 480 hộ.",
			[]string{}},
	})
}
