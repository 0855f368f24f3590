package extract

import "testing"

// TestWholePlanTargetsHead: the targets' own noun heading the whole plan
// ("Nhóm chỉ tiêu kinh tế - xã hội: …", "Các chỉ tiêu chủ yếu: …") names
// all the plan's targets, not a field, and sets none itself: a count of
// them reached after it is the count reached and assigned. A target verb
// after the heading, or the heading's own items, stay targets.
func TestWholePlanTargetsHead(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"'Nhóm chỉ tiêu' the whole plan, a colon", "Nhóm chỉ tiêu kinh tế - xã hội: năm 2023 huyện đạt 17/19 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
		{"'Các chỉ tiêu' the whole plan, a comma", "Các chỉ tiêu kinh tế - xã hội, năm 2024 huyện hoàn thành 15/18 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 15 2024", "chi_tieu_hoan_thanh plan 18 2024"}},
		{"'Về nhóm chỉ tiêu' the whole plan", "Về nhóm chỉ tiêu phát triển kinh tế - xã hội: năm 2023 toàn huyện có 20/22 chỉ tiêu đạt và vượt kế hoạch.",
			[]string{"chi_tieu_hoan_thanh actual 20 2023", "chi_tieu_hoan_thanh plan 22 2023"}},
		{"'Các chỉ tiêu chủ yếu' heading, 'hoàn thành'", "Các chỉ tiêu chủ yếu: năm 2023 huyện hoàn thành 18/20 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 18 2023", "chi_tieu_hoan_thanh plan 20 2023"}},
		// A target verb after the heading still sets the count as a target.
		{"a target verb after the heading", "Các chỉ tiêu chủ yếu năm 2025: phấn đấu hoàn thành 20/20 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh plan 20 2025"}},
		{"the heading's items stay targets", "Các chỉ tiêu chủ yếu năm 2025: thu ngân sách 500 tỷ đồng.",
			[]string{"thu_ngan_sach plan 5e+11 2025"}},
		{"a field stays a part", "Năm 2023, huyện hoàn thành 17/19 chỉ tiêu. Nhóm chỉ tiêu xã hội: năm 2023 đạt 6/7 chỉ tiêu.",
			[]string{"chi_tieu_hoan_thanh actual 17 2023", "chi_tieu_hoan_thanh plan 19 2023"}},
	})
}
