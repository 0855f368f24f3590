package extract

import "testing"

// TestRatioBaseHeadsNoTargets: a plan word right after a percentage is
// the base of a ratio ("đạt trên 60% mục tiêu được giao, gồm: …"), spent
// by it; the list after the colon says what each unit did, in every
// wording of the base. A plan word that heads the sentence's list
// ("Kế hoạch năm 2025: …") still sets targets.
func TestRatioBaseHeadsNoTargets(t *testing.T) {
	list := ", gồm: xã Kim Sơn kết nạp 12 đảng viên, đạt 80%; xã Phú Thị kết nạp 9 đảng viên, đạt 64%."
	reached := []string{
		"dang_vien_moi actual 12 2023 Xã Kim Sơn", "dang_vien_moi actual 9 2023 Xã Phú Thị",
		"dang_vien_moi pct_of_plan 64 2023 Xã Phú Thị", "dang_vien_moi pct_of_plan 80 2023 Xã Kim Sơn",
	}
	runPhraseCases(t, []phraseCase{
		{"muc-tieu-giao", "Có 3 xã kết nạp đảng viên đạt trên 60% mục tiêu được giao" + list, reached},
		{"ke-hoach-de-ra", "Có 3 xã kết nạp đảng viên đạt trên 60% kế hoạch đề ra" + list, reached},
		{"chi-tieu", "Có 3 xã kết nạp đảng viên đạt trên 60% chỉ tiêu" + list, reached},
		// Negatives: a plan word that heads its list sets targets.
		{"plan-heading", "Kế hoạch năm 2025: kết nạp 50 đảng viên mới.", []string{"dang_vien_moi plan 50 2025"}},
		{"target-heading", "Mục tiêu năm 2024: kết nạp 50 đảng viên mới; tỷ lệ hộ nghèo giảm còn 1,5%.",
			[]string{"dang_vien_moi plan 50 2024", "ty_le_ho_ngheo plan 1.5 2024"}},
		{"set-plan", "Huyện đề ra kế hoạch năm 2024: kết nạp 50 đảng viên mới.", []string{"dang_vien_moi plan 50 2024"}},
	})
}
