package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/document"
)

// checkFacts fails unless the facts of text are exactly want, each written
// "indicator kind year" (or "indicator kind year unit" when withUnit).
func checkFacts(t *testing.T, name, text string, withUnit bool, want ...string) {
	t.Helper()
	fs, _ := New(nil, Options{}).Extract(document.Document{Name: "d.txt", Text: text})
	var got []string
	for _, f := range fs {
		s := fmt.Sprintf("%s %s %d", f.Indicator, f.Kind, f.Year)
		if withUnit {
			s += " " + f.Unit
		}
		got = append(got, s)
	}
	slices.Sort(got)
	want = slices.Clone(want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s:\n got  %s\n want %s", name, strings.Join(got, "; "), strings.Join(want, "; "))
	}
}

// TestYearBeforeEarlyLede: a lede dated in January or February without a
// year ("Chiều 16/1, …") over a text that names one year, with results,
// was written the year after: its figures of that year are results, not
// targets. A text that also names the year before, or names its year only
// as a plan's, is of that year.
func TestYearBeforeEarlyLede(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"results, chúc Tết",
			"Lãnh đạo huyện thăm, chúc Tết xã Minh Tân\n\nSáng 22/1, đoàn công tác của huyện đến thăm, chúc Tết cán bộ và nhân dân xã Minh Tân.\n\nBáo cáo của xã cho biết, năm 2023 Đảng bộ xã kết nạp được 12 đảng viên mới, đạt 120% chỉ tiêu; tỷ lệ hộ nghèo giảm còn 4,1%.\n",
			[]string{"dang_vien_moi actual 2023", "dang_vien_moi pct_of_plan 2023", "ty_le_ho_ngheo actual 2023"}},
		{"results, February visit",
			"Tỉnh thăm phường An Lạc dịp đầu xuân\n\nChiều 8/2, đoàn công tác của tỉnh làm việc với phường An Lạc.\n\nTrong năm 2022, phường thu ngân sách nhà nước trên địa bàn được 45 tỷ đồng; giải quyết việc làm cho 320 lao động.\n",
			[]string{"thu_ngan_sach actual 2022", "viec_lam_moi actual 2022"}},
		// Negatives: the text is of the year it names last.
		{"review and tasks",
			"Huyện tổng kết năm 2023\n\nSáng 10/1, UBND huyện tổ chức hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024.\n\nNăm 2024, huyện phấn đấu thu ngân sách trên địa bàn 300 tỷ đồng.\n",
			[]string{"thu_ngan_sach plan 2024"}},
		{"plan year only",
			"Xã giao chỉ tiêu\n\nNgày 15/1, Đảng ủy xã Hòa Bình triển khai kế hoạch năm 2024.\n\nXã phấn đấu kết nạp 10 đảng viên mới.\n",
			[]string{"dang_vien_moi plan 2024"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestYearFromComparisonBase: a text dated in year P that names no year of
// its own and compares its figures with year P-2 ("tăng 4,9% so với năm
// 2022" in April 2024) reports year P-1; the sentences after it go on in
// that year. A base one year back, one several years back, or a text that
// names its year, keeps the year it had.
func TestYearFromComparisonBase(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"anniversary speech",
			" date 2024-05\nKỷ niệm ngày thành lập huyện Tân Lộc\n\nPhát biểu tại buổi lễ, Bí thư Huyện ủy cho biết giá trị sản xuất của huyện tăng 6,2% so với năm 2022. Tổng thu ngân sách trên địa bàn đạt 412 tỷ đồng, đạt 108% dự toán.\n",
			[]string{"gia_tri_san_xuat change_vs_prev 2023", "thu_ngan_sach actual 2023", "thu_ngan_sach pct_of_plan 2023"}},
		{"same period base",
			" date 2021-03\nThị xã Bình Minh đạt nhiều kết quả\n\nTổng mức bán lẻ hàng hóa và doanh thu dịch vụ của thị xã đạt 5.200 tỷ đồng, tăng 9% so với cùng kỳ năm 2019; giải quyết việc làm cho 2.100 lao động.\n",
			[]string{"tong_muc_ban_le actual 2020", "tong_muc_ban_le change_vs_prev 2020", "viec_lam_moi actual 2020"}},
		// Negatives.
		{"base one year back",
			" date 2024-05\nHuyện Tân Lộc 4 tháng đầu năm\n\nThu ngân sách trên địa bàn huyện đạt 150 tỷ đồng, tăng 12% so với cùng kỳ năm 2023.\n",
			[]string{"thu_ngan_sach actual 2024", "thu_ngan_sach change_vs_prev 2024"}},
		{"base several years back",
			" date 2024-05\nHuyện Tân Lộc sau 5 năm\n\nThu ngân sách trên địa bàn huyện đạt 450 tỷ đồng, gấp đôi so với năm 2019.\n",
			[]string{"thu_ngan_sach actual 2024"}},
		{"year named",
			" date 2024-05\nHuyện Tân Lộc\n\nNăm 2024, thu ngân sách trên địa bàn huyện đạt 150 tỷ đồng, tăng 12% so với năm 2022.\n",
			[]string{"thu_ngan_sach actual 2024"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, c.text, false, c.want...)
	}
}

// TestNameBeforeHeadlinePredicate: a headline in capitals, or with every
// word capitalised, names its unit and goes on with a verb and its
// object; the verb ends the name. A name whose second syllable is such a
// word, or that ends the line, is read whole.
func TestNameBeforeHeadlinePredicate(t *testing.T) {
	body := "\n\nNăm 2023, tổng thu ngân sách nhà nước trên địa bàn ước đạt 812 tỷ đồng.\n"
	cases := []struct{ head, unit string }{
		{"HUYỆN PHÚ LƯƠNG ĐẠT VÀ VƯỢT NHIỀU CHỈ TIÊU NĂM 2023", "Huyện Phú Lương"},
		{"THÀNH PHỐ BUÔN MA THUỘT TĂNG THU NGÂN SÁCH", "Thành phố Buôn Ma Thuột"},
		{"Thị Xã Sông Cầu Hoàn Thành Nhiều Chỉ Tiêu Quan Trọng", "Thị xã Sông Cầu"},
		{"Quận Hải An Tiếp Tục Dẫn Đầu Thành Phố Về Thu Ngân Sách", "Quận Hải An"},
		// Negatives: the name is read whole.
		{"XÃ HƯNG ĐẠT VƯỢT DỰ TOÁN THU NGÂN SÁCH", "Xã Hưng Đạt"},
		{"KINH TẾ - XÃ HỘI HUYỆN TÂN THÀNH ĐẠT", "Huyện Tân Thành Đạt"},
	}
	for _, c := range cases {
		checkFacts(t, c.head, c.head+body, true, "thu_ngan_sach actual 2023 "+c.unit)
	}
}

// TestOwnerOfOpeningHandsParagraph: a clause that opens with a noun
// phrase owned by a unit ("Tình hình kinh tế của tỉnh …", "nhiều chỉ tiêu
// … của Đồng Nai …") speaks of that unit, whatever its predicate; the
// paragraph's first sentence that names one unit so hands the paragraph
// on to it, so the sentences after it that name no unit are that unit's,
// not the article's own (a city or a commune of the province). A unit
// that owns an object after the subject's verb, or after a source or a
// circumstance ("Dưới sự chỉ đạo của tỉnh, …"), is not the subject; a
// later sentence that names another unit does not hand the paragraph on.
func TestOwnerOfOpeningHandsParagraph(t *testing.T) {
	head := "Thành phố Bảo Lộc phát triển mạnh\n\nNăm 2023, thành phố Bảo Lộc thu ngân sách đạt 900 tỷ đồng. Lâm Đồng là tỉnh có nhiều tiềm năng.\n\n"
	cases := []struct {
		name, para string
		want       []string
	}{
		{"state of the province",
			"Năm 2023, bức tranh kinh tế - xã hội của tỉnh nhìn chung khởi sắc, tốc độ tăng trưởng kinh tế đạt 7,2%. Nổi bật, tổng thu ngân sách nhà nước trên địa bàn được 11.500 tỷ đồng.",
			[]string{"tang_truong_kinh_te actual 2023 Tỉnh Lâm Đồng", "thu_ngan_sach actual 2023 Tỉnh Lâm Đồng"}},
		{"named province after a lead-in",
			"Theo báo cáo, trong năm 2023, phần lớn chỉ tiêu của Lâm Đồng vượt kế hoạch, thu ngân sách đạt 11.500 tỷ đồng. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 70.000 tỷ đồng.",
			[]string{"thu_ngan_sach actual 2023 Tỉnh Lâm Đồng", "tong_muc_ban_le actual 2023 Tỉnh Lâm Đồng"}},
		{"nine months",
			"Trong 9 tháng đầu năm 2023, các ngành kinh tế của tỉnh duy trì đà phục hồi; tốc độ tăng trưởng kinh tế ước đạt 6,1%.",
			[]string{"tang_truong_kinh_te actual 2023 Tỉnh Lâm Đồng"}},
		{"named province, jobs after",
			"Năm 2023, các chỉ tiêu chủ yếu của Lâm Đồng đều vượt kế hoạch, tổng vốn đầu tư phát triển đạt 35.000 tỷ đồng. Giải quyết việc làm cho 31.000 lao động.",
			[]string{"von_dau_tu actual 2023 Tỉnh Lâm Đồng", "viec_lam_moi actual 2023 Tỉnh Lâm Đồng"}},
		// Negatives: the city stays the subject.
		{"owner of an object",
			"Năm 2023, thành phố không còn hộ nghèo theo chuẩn nghèo của tỉnh; còn 120 hộ cận nghèo.",
			[]string{"ho_can_ngheo actual 2023 Thành phố Bảo Lộc"}},
		{"circumstance",
			"Dưới sự chỉ đạo của tỉnh, năm 2023 tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 7.000 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 2023 Thành phố Bảo Lộc"}},
		{"several owners",
			"Bám sát chỉ đạo của tỉnh và Thành ủy, năm 2023 tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 7.000 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 2023 Thành phố Bảo Lộc"}},
		{"later sentence",
			"Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 7.000 tỷ đồng. Tỷ lệ hộ nghèo của tỉnh Lâm Đồng là 1,2%. Giải quyết việc làm cho 3.100 lao động.",
			[]string{"tong_muc_ban_le actual 2023 Thành phố Bảo Lộc", "ty_le_ho_ngheo actual 2023 Tỉnh Lâm Đồng", "viec_lam_moi actual 2023 Thành phố Bảo Lộc"}},
	}
	for _, c := range cases {
		checkFacts(t, c.name, head+c.para+"\n", true, append([]string{"thu_ngan_sach actual 2023 Thành phố Bảo Lộc"}, c.want...)...)
	}
}
