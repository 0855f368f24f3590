package extract

import "testing"

// TestSouth39 holds the rules found on dev39 (southern district, town,
// city, commune and provincial results), with paraphrases and negatives.
func TestSouth39(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		// "Báo" names an outlet only as a word of its own: "báo cáo" is a
		// report, and the body whose report it is names the unit.
		{"the unit whose report the text cites", "Hoạt động các địa phương\n\nTheo báo cáo của UBND huyện Tân Lạc, năm 2023 thu ngân sách trên địa bàn đạt 30 tỷ đồng. Toàn huyện giải ngân vốn đầu tư công đạt 68%.\n",
			[]string{"giai_ngan_dau_tu pct_of_plan 68 2023 Huyện Tân Lạc", "thu_ngan_sach actual 3e+10 2023 Huyện Tân Lạc"}},
		{"a report of a town's people's committee", "Tin địa phương\n\nBáo cáo của UBND thị xã Sơn Hà cho biết, năm 2023 thu ngân sách trên địa bàn thị xã đạt 120 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 1.2e+11 2023 Thị xã Sơn Hà"}},
		{"a forecast of a district's people's committee", "Tin địa phương\n\nTheo dự báo của UBND huyện Tân Lạc, năm 2023 thu ngân sách trên địa bàn đạt 30 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 3e+10 2023 Huyện Tân Lạc"}},
		// Negative: a newspaper's name is no unit.
		{"a newspaper named after its province", "Tin địa phương\n\nTheo Báo Tân Lạc huyện Tân Lạc, năm 2023 thu ngân sách trên địa bàn huyện đạt 30 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 3e+10 2023 Huyện"}},
	})
}
