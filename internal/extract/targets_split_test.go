package extract

import "testing"

// TestTargetsExceededThenMet: a count of targets exceeded that the
// sentence follows with a count of other targets met is a part of the
// targets reached, not their number; the count assigned stands.
func TestTargetsExceededThenMet(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"exceeded, then met after the count", "Năm 2023, huyện đã hoàn thành vượt mức kế hoạch 10/25 chỉ tiêu; có 13 chỉ tiêu hoàn thành kế hoạch.",
			[]string{"chi_tieu_hoan_thanh plan 25 2023"}},
		{"exceeded after the count, then met", "Năm 2023, huyện có 12/18 chỉ tiêu vượt kế hoạch, 5 chỉ tiêu đạt kế hoạch và 1 chỉ tiêu không đạt.",
			[]string{"chi_tieu_hoan_thanh plan 18 2023"}},
		{"exceeded, then met before the count", "Năm 2023, huyện vượt 9/21 chỉ tiêu Nghị quyết, đạt 10 chỉ tiêu, chưa đạt 2 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh plan 21 2023"}},
		// Negatives: no count met apart, or the count grades all reached.
		{"exceeded alone is what the text reports", "Năm 2023, huyện vượt 14/17 chỉ tiêu kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 14 2023", "chi_tieu_hoan_thanh plan 17 2023"}},
		{"exceeded, then missed only", "Năm 2023, huyện vượt 14/17 chỉ tiêu kế hoạch, 3 chỉ tiêu không đạt.",
			[]string{"chi_tieu_hoan_thanh actual 14 2023", "chi_tieu_hoan_thanh plan 17 2023"}},
		{"reached and exceeded, then missed", "Năm 2023, huyện đạt và vượt 20/22 chỉ tiêu; 2 chỉ tiêu chưa đạt.",
			[]string{"chi_tieu_hoan_thanh actual 20 2023", "chi_tieu_hoan_thanh plan 22 2023"}},
		{"reached and exceeded, then its parts", "Năm 2023, huyện có 19/21 chỉ tiêu đạt và vượt kế hoạch, trong đó 8 chỉ tiêu vượt, 11 chỉ tiêu đạt.",
			[]string{"chi_tieu_hoan_thanh actual 19 2023", "chi_tieu_hoan_thanh plan 21 2023"}},
	})
}

// TestTargetsFieldTopicInClause: a field named as the topic of any clause
// before a count of targets, after a time lead too, makes the count the
// field's, a part; the whole plan as topic, or a topic that is no field,
// does not.
func TestTargetsFieldTopicInClause(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a field topic after the year", "Năm 2023, về kinh tế, có 7/9 chỉ tiêu đạt và vượt kế hoạch.", nil},
		{"a field topic on the field word after the year", "Năm 2023, trên lĩnh vực văn hóa - xã hội, huyện đạt 9/10 chỉ tiêu.", nil},
		{"field topics with the verb straight after", "Trong năm 2023, về kinh tế có 7/9 chỉ tiêu đạt và vượt; về xã hội có 8/8 chỉ tiêu đạt.", nil},
		{"a field topic of the party's work", "Năm 2023, về lĩnh vực xây dựng Đảng, có 4/5 chỉ tiêu đạt kế hoạch.", nil},
		// Negatives.
		{"the whole plan as the topic", "Năm 2023, về kinh tế - xã hội, huyện đạt 18/20 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
		{"a topic that is no field", "Năm 2023, về cơ bản, huyện hoàn thành 18/20 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
		{"a field topic after the count", "Năm 2023, huyện đạt 18/20 chỉ tiêu; về kinh tế, tăng trưởng đạt khá.",
			[]string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
	})
}

// TestTargetsBracketOfFields: a bracket right after a count of targets
// that gives the fields' own counts lists the parts of the count; the
// count stays the whole plan's. A bracket naming a field with no count
// of its own still makes the count the field's.
func TestTargetsBracketOfFields(t *testing.T) {
	whole := []string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 20 2023"}
	runPhraseCases(t, []phraseCase{
		{"fields with counts and nouns in a bracket", "Năm 2023, huyện đạt 18/20 chỉ tiêu (kinh tế 7/8 chỉ tiêu, văn hóa - xã hội 9/10 chỉ tiêu, quốc phòng - an ninh 2/2 chỉ tiêu).", whole},
		{"fields with verbs in a bracket", "Năm 2023, huyện hoàn thành 18/20 chỉ tiêu (lĩnh vực kinh tế đạt 7/8; văn hóa - xã hội đạt 9/10; quốc phòng - an ninh đạt 2/2).", whole},
		{"fields after a grade in a bracket", "Năm 2023, huyện có 18/20 chỉ tiêu đạt và vượt kế hoạch (kinh tế 7/8, xã hội 9/10, quốc phòng 2/2).", whole},
		// Negatives: the field is the count's own.
		{"a field alone in a bracket", "Năm 2023, huyện đạt 7/8 chỉ tiêu (kinh tế).", nil},
		{"a field after the noun", "Năm 2023, huyện đạt 7/8 chỉ tiêu kinh tế.", nil},
	})
}

// TestTargetsMissedBefore: a count of targets after a denied result verb
// ("không hoàn thành", "chưa đạt được") or after "còn" counts the targets
// missed: neither the number reached nor the plan.
func TestTargetsMissedBefore(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"not completed", "Năm 2023, huyện không hoàn thành 3/20 chỉ tiêu.", nil},
		{"not yet reached", "Năm 2023, huyện chưa đạt được 2/21 chỉ tiêu kế hoạch.", nil},
		{"still left", "Năm 2023, đến nay còn 3/20 chỉ tiêu huyện chưa hoàn thành.", nil},
		{"reached, then not carried out", "Năm 2023, huyện đạt 17/20 chỉ tiêu, không thực hiện được 3/20 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
		// Negatives: a result verb with no denial, and "còn lại" (the rest).
		{"reached with được", "Năm 2023, huyện đạt được 17/20 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
		{"the rest reached", "Năm 2023, số còn lại 15/20 chỉ tiêu đạt kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 15 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
	})
}

// TestTargetsAfterNamedCriteria: a count listed right after a count of
// new-rural criteria named with their qualifier ("tiêu chí nông thôn mới
// nâng cao", "… kiểu mẫu", "… NTM") counts the criteria's own indicators,
// not the plan's targets.
func TestTargetsAfterNamedCriteria(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"after advanced new-rural criteria", "Năm 2023, xã Tân Lập đạt 16/19 tiêu chí nông thôn mới nâng cao, 45/57 chỉ tiêu.", nil},
		{"after model new-rural criteria", "Năm 2023, xã Tân Lập hoàn thành 18/19 tiêu chí nông thôn mới kiểu mẫu và 52/57 chỉ tiêu.", nil},
		{"after the commune's NTM criteria", "Năm 2023, xã Tân Lập đạt 17/19 tiêu chí xã NTM nâng cao và 50/57 chỉ tiêu.", nil},
		// Negatives: a count after other things counted.
		{"after tasks", "Năm 2023, huyện hoàn thành 5/5 nhiệm vụ trọng tâm và 18/20 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
		{"before tasks", "Năm 2023, huyện đạt 18/20 chỉ tiêu, 5/5 nhiệm vụ trọng tâm.",
			[]string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
	})
}

// TestTargetsReachedOfTotal: "N trên/trong (tổng) số M chỉ tiêu" after a
// result verb, or after "có" with the targets reached said after it, is
// the number reached of the number assigned, as "N/M" is.
func TestTargetsReachedOfTotal(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"completed of the total", "Năm 2023, huyện hoàn thành 17 trên tổng số 20 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
		{"reached and exceeded of the total", "Năm 2023, có 17 trong tổng số 20 chỉ tiêu đạt và vượt kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
		{"reached among", "Năm 2023, huyện đạt 15 trong số 18 chỉ tiêu chủ yếu.",
			[]string{"chi_tieu_hoan_thanh actual 15 2023", "chi_tieu_hoan_thanh plan 18 2023"}},
		// Negatives: missed, exceeded only, denied, no result.
		{"missed among", "Năm 2023, có 3 trong số 20 chỉ tiêu không đạt kế hoạch.", nil},
		{"exceeded among", "Năm 2023, có 6 trong tổng số 20 chỉ tiêu vượt kế hoạch.",
			[]string{"chi_tieu_hoan_thanh plan 20 2023"}},
		{"not completed of the total", "Năm 2023, huyện không hoàn thành 3 trên tổng số 20 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh plan 20 2023"}},
	})
}
