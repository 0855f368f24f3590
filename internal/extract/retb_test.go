package extract

import "testing"

// TestPartsAfterPoorAndNear: a sentence that opens with "Trong đó" after
// a sentence whose subject is the poor and the near-poor households
// together lists the two, each the whole of its own figure; after a
// sentence of one indicator's total, "Trong đó" still opens its parts.
func TestPartsAfterPoorAndNear(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"rate of both, then the poor's",
			"Huyện Mèo Vạc năm 2022.\n\nĐến cuối năm 2022, tỷ lệ hộ nghèo và cận nghèo của huyện chiếm 38,4% tổng số hộ. Trong đó, tỷ lệ hộ nghèo là 27,5%, giảm 4,2% so với năm 2021.\n",
			[]string{"ty_le_ho_ngheo actual 2022", "ty_le_ho_ngheo change_vs_prev 2022"}},
		{"count of both, then the poor's rate",
			"Tỉnh Lai Châu năm 2023.\n\nHết năm 2023, toàn tỉnh còn 21.500 hộ nghèo, hộ cận nghèo. Trong đó tỷ lệ hộ nghèo còn 16,8%.\n",
			[]string{"ty_le_ho_ngheo actual 2023"}},
		// Negatives: a total of one indicator keeps its parts.
		{"revenue total, then a part",
			"Huyện Yên Minh năm 2023.\n\nTổng thu ngân sách trên địa bàn đạt 150 tỷ đồng. Trong đó, thu ngân sách nhà nước từ đất đạt 40 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2023"}},
		{"poor rate, then a group's rate",
			"Huyện Đồng Văn năm 2023.\n\nTỷ lệ hộ nghèo toàn huyện còn 30,2%. Trong đó, tỷ lệ hộ nghèo là đồng bào dân tộc thiểu số chiếm 29,1%.\n",
			[]string{"ty_le_ho_ngheo actual 2023"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestGrowthContribution: a sector's share of the growth ("đóng góp X%
// vào tăng trưởng") is not the growth; the growth rate itself stays.
func TestGrowthContribution(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"góp, then vào mức tăng GRDP",
			"Tỉnh Bình Dương năm 2024.\n\nKhu vực công nghiệp tăng 6,2%, chiếm 60% quy mô và góp tới 55,3% vào mức tăng GRDP.\n",
			nil},
		{"đóng góp khoảng, vào tăng trưởng kinh tế",
			"Thành phố Cần Thơ năm 2023.\n\nNgành thương mại tăng 5,5%, đóng góp khoảng 41% vào tăng trưởng kinh tế của thành phố.\n",
			nil},
		{"share first, vào tăng trưởng kinh tế",
			"Tỉnh Long An năm 2023.\n\nCông nghiệp chế biến giữ vai trò chủ lực với 38% vào tăng trưởng kinh tế toàn tỉnh.\n",
			nil},
		// Negatives: growth rates with other words after them.
		{"growth rate, vào after a comma",
			"Tỉnh Hà Nam năm 2023.\n\nTốc độ tăng trưởng kinh tế đạt 8,2%, vào nhóm cao của cả nước.\n",
			[]string{"tang_truong_kinh_te actual 2023"}},
		{"growth rate reached",
			"Tỉnh Hà Nam năm 2022.\n\nTăng trưởng kinh tế đạt 9,3%, góp phần đưa quy mô kinh tế lên 70.000 tỷ đồng.\n",
			[]string{"tang_truong_kinh_te actual 2022"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestAccordingToPlan: "Theo kế hoạch (năm X), …" opening a sentence
// makes the amounts after it the plan's, even with a result verb; a
// plan noun elsewhere ("Về thực hiện kế hoạch, … đạt") reports results.
func TestAccordingToPlan(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"theo kế hoạch năm, đạt",
			"Tỉnh Phú Thọ năm 2024.\n\nTheo kế hoạch năm 2024, tổng vốn đầu tư phát triển toàn xã hội đạt 48.000 tỷ đồng.\n",
			[]string{"von_dau_tu plan 2024"}},
		{"theo dự toán được giao, đạt",
			"Huyện Quế Võ năm 2023.\n\nTheo dự toán được giao, thu ngân sách nhà nước trên địa bàn huyện đạt 1.250 tỷ đồng.\n",
			[]string{"thu_ngan_sach plan 2023"}},
		// Negatives: results.
		{"về thực hiện kế hoạch",
			"Huyện Quế Võ năm 2023.\n\nVề thực hiện kế hoạch, thu ngân sách nhà nước trên địa bàn đạt 1.300 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2023"}},
		{"theo báo cáo",
			"Huyện Quế Võ năm 2023.\n\nTheo báo cáo của UBND huyện, thu ngân sách nhà nước trên địa bàn đạt 1.300 tỷ đồng, bằng 110% kế hoạch.\n",
			[]string{"thu_ngan_sach actual 2023", "thu_ngan_sach pct_of_plan 2023"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestDefinedUnit: a name said to be a level ("Cẩm Phả là thành phố trực
// thuộc tỉnh Quảng Ninh") is a unit of that level, which the text then
// names bare; a single word ("Đây là thành phố …") or a province's name
// is not read so.
func TestDefinedUnit(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"city of a province",
			"Uông Bí là thành phố trực thuộc tỉnh Quảng Ninh, nằm ở phía tây của tỉnh. Năm 2023, Uông Bí thu ngân sách đạt 3.100 tỷ đồng, cao nhất từ trước tới nay.\n",
			[]string{"thu_ngan_sach actual 2023 Thành phố Uông Bí"}},
		{"district, vốn là",
			"Trong năm 2022, Tiên Du vốn là huyện thuần nông của tỉnh Bắc Ninh đã thu ngân sách nhà nước hơn 1.400 tỷ đồng. Tiên Du tiếp tục thu hút đầu tư.\n",
			[]string{"thu_ngan_sach actual 2022 Huyện Tiên Du"}},
		// Negatives.
		{"single word",
			"Đây là thành phố trẻ của tỉnh Bình Dương. Năm 2023, tỉnh Bình Dương thu ngân sách đạt 67.000 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2023 Tỉnh Bình Dương"}},
		{"province's name",
			"Đà Nẵng là thành phố đáng sống. Năm 2023, Đà Nẵng thu ngân sách đạt 18.000 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2023 Thành phố Đà Nẵng"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, true, c.want...)
	}
}

// TestToDateResult: after a sentence that set a target, a level stated
// "đến nay" / "hiện nay" with no target word of its own is a result; a
// target word in its own sentence still makes a plan.
func TestToDateResult(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"đến nay, còn",
			"Huyện Hải Hà năm 2020.\n\nNghị quyết Đại hội đề ra mục tiêu năm 2020 tỷ lệ hộ nghèo của huyện giảm xuống dưới 2%. Đến nay, tỷ lệ hộ nghèo toàn huyện chỉ còn 1,45%.\n",
			[]string{"ty_le_ho_ngheo plan 2020", "ty_le_ho_ngheo actual 2020"}},
		{"hiện nay, ở mức",
			"Thị xã Đông Triều năm 2021.\n\nThị xã phấn đấu năm 2021 giảm tỷ lệ hộ nghèo xuống dưới 1,5%. Tuy vậy, hiện nay tỷ lệ hộ nghèo của thị xã chỉ ở mức 0,9%.\n",
			[]string{"ty_le_ho_ngheo plan 2021", "ty_le_ho_ngheo actual 2021"}},
		// Negative: a target word in the sentence itself.
		{"đến nay, phấn đấu",
			"Huyện Hải Hà năm 2020.\n\nĐảng bộ đã kết nạp 120 đảng viên mới. Từ nay đến cuối năm, huyện phấn đấu kết nạp thêm 30 đảng viên mới.\n",
			[]string{"dang_vien_moi actual 2020", "dang_vien_moi plan 2020"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestVerbBeforeSubject: a change verb said of something before a comma
// is not the verb of a figure whose own subject follows the comma.
func TestVerbBeforeSubject(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"tăng mạnh, then the amount's subject and ước thực hiện",
			"Huyện Lục Nam năm 2023.\n\nHoạt động thương mại tăng mạnh, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước thực hiện 5.200 tỷ đồng.\n",
			[]string{"tong_muc_ban_le actual 2023"}},
		{"giảm sâu, then the amount's subject",
			"Thị xã Sơn Tây năm 2023.\n\nNguồn thu từ đất giảm sâu, tổng thu ngân sách nhà nước trên địa bàn khoảng 900 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2023"}},
		// Negatives: the verb is the figure's own.
		{"subject, then verb and amount",
			"Thị xã Sơn Tây năm 2023.\n\nTổng thu ngân sách nhà nước trên địa bàn tăng 120 tỷ đồng so với năm trước.\n",
			nil},
		{"subject, comma, verb",
			"Thị xã Sơn Tây năm 2023.\n\nTổng thu ngân sách nhà nước trên địa bàn, tăng 12% so với cùng kỳ.\n",
			[]string{"thu_ngan_sach change_vs_prev 2023"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestStockCount: what a unit has ("có N đảng viên") is a stock, not the
// admissions or jobs the words before it speak of; a count that goes on
// with what the counted did is the flow.
func TestStockCount(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"party members after phát triển đảng viên",
			"Huyện Chợ Đồn năm 2023.\n\nViệc phát triển đảng viên được chú trọng, hiện toàn Đảng bộ huyện có hơn 4.100 đảng viên, sinh hoạt tại 52 chi bộ.\n",
			nil},
		{"members, gần, bracket after",
			"Thành phố Sông Công năm 2022.\n\nNhờ làm tốt việc phát triển đảng viên mới, tính đến nay Đảng bộ thành phố có gần 6.250 đảng viên (chiếm 5% dân số).\n",
			nil},
		// Negatives: the flow.
		{"admissions with mới",
			"Huyện Chợ Đồn năm 2023.\n\nCông tác phát triển đảng viên được chú trọng, năm 2023 toàn huyện có 135 đảng viên mới được kết nạp.\n",
			[]string{"dang_vien_moi actual 2023"}},
		{"admissions with kết nạp",
			"Huyện Chợ Đồn năm 2023.\n\nNăm 2023, Đảng bộ huyện kết nạp được 135 đảng viên, đạt 112% kế hoạch.\n",
			[]string{"dang_vien_moi actual 2023", "dang_vien_moi pct_of_plan 2023"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestBarePartOfYear: "N tháng đầu/cuối năm" named bare after the text
// named it with its year is that part of that year, whatever year the
// text spoke of in between; a comparison's base year is not kept, and a
// part never named with a year keeps the running year.
func TestBarePartOfYear(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"6 tháng cuối năm after another year",
			"Tỉnh Gia Lai họp bàn nhiệm vụ 6 tháng cuối năm 2024.\n\nChỉ số năng lực cạnh tranh cấp tỉnh năm 2023 của Gia Lai xếp thứ 40/63.\n\nTrong 6 tháng cuối năm, tỉnh phấn đấu thu ngân sách nhà nước trên 3.000 tỷ đồng.\n",
			[]string{"thu_ngan_sach plan 2024"}},
		{"9 tháng đầu năm after another year",
			"Huyện Krông Pa: kết quả 9 tháng đầu năm 2023.\n\nNăm 2022, huyện được tỉnh tặng bằng khen về công tác cải cách hành chính.\n\nTrong 9 tháng đầu năm, thu ngân sách trên địa bàn huyện đạt 95 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2023"}},
		// Negatives.
		{"comparison base not kept",
			"Huyện Krông Pa năm 2024.\n\nThu ngân sách tăng 8% so với 6 tháng đầu năm 2023. Năm 2024, trong 6 tháng đầu năm, thu ngân sách trên địa bàn huyện đạt 60 tỷ đồng.\n",
			[]string{"thu_ngan_sach change_vs_prev 2024", "thu_ngan_sach actual 2024"}},
		{"never named with a year",
			"Huyện Krông Pa năm 2023.\n\nTrong 6 tháng đầu năm, thu ngân sách trên địa bàn huyện đạt 60 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2023"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestShareComparedWithWhole: "chiếm X% so với <a whole>" is a share, not
// a ratio to the period before; "so với cùng kỳ" after "chiếm" still is.
func TestShareComparedWithWhole(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"jobs, so với toàn tỉnh",
			"Huyện Yên Thế năm 2023.\n\nNăm 2023, huyện giải quyết việc làm cho 3.000 lao động, chiếm 10% so với toàn tỉnh.\n",
			[]string{"viec_lam_moi actual 2023"}},
		{"admissions, so với số đảng viên",
			"Huyện Yên Thế năm 2023.\n\nNăm 2023, huyện kết nạp 150 đảng viên mới, chiếm gần 2% so với số đảng viên toàn Đảng bộ.\n",
			[]string{"dang_vien_moi actual 2023"}},
		// Negative: a time base.
		{"so với cùng kỳ",
			"Huyện Yên Thế năm 2023.\n\nNăm 2023, thu ngân sách trên địa bàn huyện đạt 500 tỷ đồng, chiếm 112% so với cùng kỳ.\n",
			[]string{"thu_ngan_sach actual 2023", "thu_ngan_sach pct_of_prev 2023"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}
