package extract

import (
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/facts"
)

// checkUnits fails unless every fact of text has the unit want.
func checkUnits(t *testing.T, name, text, want string) {
	t.Helper()
	fs, _ := New(nil, Options{}).Extract(document.Document{Name: "d.txt", Text: text})
	if len(fs) == 0 {
		t.Fatalf("%s: no facts", name)
	}
	for _, f := range fs {
		if f.Unit != want {
			t.Errorf("%s: %s %s unit %q, want %q", name, f.Indicator, f.Kind, f.Unit, want)
		}
	}
}

func TestPageClock(t *testing.T) {
	checkLines(t, "pageClock", pageClock,
		[]string{"Thứ năm, ngày 9 tháng 3 năm 2023", "Chủ nhật 5/1/2025", "Thứ Bảy, 12 tháng 10, 2024", "Cập nhật lúc 07:05 18/11/2022",
			"12 tháng 1, 2024 | 15:30", "Cập nhật lúc 9h30 ngày 12 tháng 01 năm 2024", "Đăng lúc: 20:15 (GMT+7), ngày 3 tháng 5 năm 2023"},
		[]string{"Thứ hai, ngày 5/2, UBND huyện họp phiên thường kỳ tháng 2", "Thứ trưởng Bộ Tài chính làm việc năm 2024", "Thứ ba", "Chủ nhật xanh năm 2024 tại phường",
			"Ngày 12 tháng 01 năm 2024", "Lâm Hà, ngày 12 tháng 01 năm 2024", "Tháng 12 năm 2024, thu ngân sách đạt 95%", "Năm 2024 với 12 sự kiện"})
}

func TestBreadcrumb(t *testing.T) {
	checkLines(t, "breadcrumb", breadcrumb,
		[]string{"Trang chủ › Địa phương › Huyện, thị xã", "Xã hội / Giáo dục", "Chính quyền | Tin hoạt động", "Tin tức » Kinh tế - Xã hội » Nông nghiệp"},
		[]string{"Quận 3 | Thu ngân sách 10 tháng đạt 95% dự toán", "Kinh tế", "Hà Nội: Thu ngân sách đạt 1 triệu tỷ đồng / năm", "Huyện Gia Lâm tổng kết công tác năm 2024 và triển khai nhiệm vụ / kế hoạch năm sau của toàn huyện"})
}

// TestPageStamps: a page's clock line or breadcrumb above the headline is
// not its headline, and neither its level words nor its year are the
// text's.
func TestPageStamps(t *testing.T) {
	city := "Thành phố Bảo Lộc đổi thay từng ngày\n" +
		"Năm 2023, tổng thu ngân sách trên địa bàn thành phố đạt 1.250 tỷ đồng, bằng 104% dự toán tỉnh Lâm Đồng giao. Tỉnh Lâm Đồng đánh giá cao kết quả này.\n"
	province := "Kinh tế tăng trưởng khá\n" +
		"Năm 2023, tổng thu ngân sách trên địa bàn tỉnh đạt 12.500 tỷ đồng, bằng 104% dự toán. Các chỉ tiêu chủ yếu đều hoàn thành.\n"
	for _, c := range []struct{ stamp, text, want string }{
		{"Trang chủ › Tin tức › Huyện, thị, thành phố", province, "Tỉnh"},
		{"Thời sự / Huyện, thị", province, "Tỉnh"},
		{"Địa phương » Huyện - Thị xã - Thành phố", province, "Tỉnh"},
		{"Cập nhật lúc 07:05 18/11/2024", city, "Thành phố Bảo Lộc"},
		{"Chủ nhật, ngày 14 tháng 1 năm 2024", city, "Thành phố Bảo Lộc"},
	} {
		checkUnits(t, c.stamp, c.stamp+"\n"+c.text, c.want)
		checkYears(t, c.stamp, " date 2024-01 "+c.stamp+"\n"+c.text, 2023)
	}
	// A unit a breadcrumb names is the section the page is filed under.
	checkUnits(t, "crumb names a unit", "Trang chủ > Các địa phương > Huyện Lâm Hà\nBáo cáo tình hình kinh tế - xã hội\n"+
		"Năm 2024, tổng thu ngân sách nhà nước trên địa bàn ước đạt 320 tỷ đồng, bằng 110% dự toán tỉnh giao. Các chỉ tiêu chủ yếu đều đạt.\n", "Huyện Lâm Hà")
}

// TestCaptionUnit: the place a photo's caption names is the photo's. It
// names the text's unit when the text names it too, or gives only the
// unit's level and the caption a unit of that level; a text that names
// its unit keeps it, and a caption's unit of another level does not name
// a text that says only "huyện".
func TestCaptionUnit(t *testing.T) {
	named := "Phiên họp thường kỳ tháng 11 của UBND huyện\n" +
		"%s\n" +
		"Năm 2024, tổng thu ngân sách trên địa bàn huyện Lâm Hà ước đạt 320 tỷ đồng, bằng 110% dự toán. Toàn huyện giải quyết việc làm cho 2.100 lao động, đạt 105% kế hoạch năm.\n"
	bare := strings.Replace(named, "huyện Lâm Hà", "huyện", 1)
	for _, c := range []struct{ text, caption, want string }{
		// Another place in a caption of a text that names its unit.
		{named, "Đoàn công tác thăm mô hình trồng cà phê ở huyện Di Linh. Ảnh: Văn Báu", "Huyện Lâm Hà"},
		{named, "Một góc thành phố Bảo Lộc nhìn từ trên cao (Ảnh tư liệu)", "Huyện Lâm Hà"},
		// Another level than the one the text gives alone.
		{bare, "Bà con thị xã Hương Thủy thu hoạch hoa màu. (Ảnh minh họa)", "Huyện"},
		{bare, "Ảnh: Một góc thành phố Bảo Lộc", "Huyện"},
		// The caption names the unit the text gives by its level alone.
		{bare, "Quang cảnh kỳ họp HĐND huyện Đơn Dương. Ảnh: Hải Yến", "Huyện Đơn Dương"},
		{bare, "Lãnh đạo huyện Đức Trọng kiểm tra tiến độ công trình (Ảnh: N.Minh)", "Huyện Đức Trọng"},
	} {
		checkUnits(t, c.caption, strings.Replace(c.text, "%s", c.caption, 1), c.want)
	}
	// A caption naming in full the place the text names without its
	// level word counts as before.
	checkUnits(t, "caption names the text's place in full",
		"Đại hội Đảng bộ huyện Krông Búk nhiệm kỳ 2025 - 2030 (Ảnh: Báo Đắk Lắk)\n"+
			"Năm 2024, thu ngân sách trên địa bàn Krông Búk đạt 410 tỷ đồng, bằng 112% dự toán tỉnh Đắk Lắk giao. Đại hội đề ra nhiều chỉ tiêu quan trọng của huyện.\n",
		"Huyện Krông Búk")
	// A sentence that speaks of a photo is read.
	checkUnits(t, "a sentence on a photo exhibition",
		"Năm 2024, triển lãm ảnh tại huyện Lâm Hà thu hút đông đảo người dân; tổng thu ngân sách trên địa bàn huyện Lâm Hà đạt 320 tỷ đồng, bằng 110% dự toán.\n", "Huyện Lâm Hà")
}

// TestBoxEndsAtArticleLine: a box of other articles' headlines ends
// before the article's own line that is too short to be prose: a
// sentence of clauses longer than any headline, or a line a hard wrap
// cut (the next line goes on in lower case). The box's headlines are
// still skipped, and so are the lines of a comments block.
func TestBoxEndsAtArticleLine(t *testing.T) {
	lead := "Quận Hoàng Mai tổng kết năm 2024\nNăm 2024, kinh tế quận tiếp tục tăng trưởng khá, thu ngân sách vượt dự toán được giao; đời sống nhân dân được nâng lên. Các chỉ tiêu chủ yếu đều hoàn thành.\n"
	for _, c := range []struct {
		name, after, line string
		want              bool
	}{
		{"a sentence of clauses cut short",
			"Tin liên quan\n- Huyện Ba Vì sơ kết 6 tháng đầu năm\n- Thị xã Sơn Tây đón nhận danh hiệu thi đua\nTrong năm, tổng vốn đầu tư toàn xã hội trên địa bàn quận ước đạt 14.200 tỷ đồng, tăng 9% so với năm trước; giải quyết việc làm cho 5.100 lao",
			"tổng vốn đầu tư toàn xã hội", true},
		{"a long sentence ending with a colon",
			"Đọc thêm\nHuyện Gia Lâm khánh thành trường học mới (02/09/2024)\nTheo báo cáo của UBND quận tại kỳ họp cuối năm, nhiều chỉ tiêu kinh tế, xã hội quan trọng đã đạt và vượt kế hoạch đề ra, cụ thể như sau:\nThu ngân sách đạt 3.150 tỷ đồng, bằng 112% dự toán.\n",
			"nhiều chỉ tiêu kinh tế, xã hội", true},
		{"a hard-wrapped paragraph",
			"Xem thêm\n• Quận Long Biên ra mắt mô hình dân vận khéo\nTổng thu ngân sách nhà nước trên địa bàn quận ước đạt 3.150 tỷ\nđồng, bằng 112% dự toán; chi ngân sách bảo đảm kịp thời.\n",
			"Tổng thu ngân sách nhà nước trên địa bàn quận ước đạt 3.150 tỷ", true},
		{"a line without the mark every headline of the box has",
			"Bài liên quan\n- Huyện Sóc Sơn đón Bằng công nhận nông thôn mới nâng cao\n• Quận Tây Hồ khai trương phố đi bộ\nQuận hoàn thành 18/18 chỉ tiêu năm 2024\nNăm 2024, quận Hoàng Mai giải quyết việc làm cho 5.100 lao động, đạt 104% kế hoạch. Tỷ lệ hộ nghèo giảm còn 0,1%.\n",
			"Quận hoàn thành 18/18 chỉ tiêu", true},
		{"a line without the date every headline of the box has",
			"Tin khác\nHuyện Mê Linh tổng kết phong trào thi đua yêu nước (12/01/2024)\nQuận Cầu Giấy đối thoại với doanh nghiệp (5-1-2024)\nTăng trưởng kinh tế của quận bứt phá mạnh trong quý cuối năm, vượt\n\nmọi dự báo đầu năm.\n",
			"Tăng trưởng kinh tế của quận bứt phá", true},
		{"a short link without the box's mark",
			"Xem thêm\n- Huyện Sóc Sơn đón Bằng công nhận nông thôn mới nâng cao\nXem tất cả\nNăm 2024, quận Hoàng Mai giải quyết việc làm cho 5.100 lao động, đạt 104% kế hoạch. Tỷ lệ hộ nghèo giảm còn 0,1%.\n",
			"Xem tất cả", false},
		{"another box under its own heading, unmarked",
			"Tin liên quan\n- Huyện Sóc Sơn đón Bằng công nhận nông thôn mới nâng cao\nTin đọc nhiều\nHuyện Đông Anh giải ngân đạt 95% kế hoạch vốn năm 2024\nNăm 2024, quận Hoàng Mai giải quyết việc làm cho 5.100 lao động, đạt 104% kế hoạch. Tỷ lệ hộ nghèo giảm còn 0,1%.\n",
			"Huyện Đông Anh giải ngân", false},
		{"a headline of the box with a comma",
			"Tin cùng chuyên mục\nHà Nội: Thu ngân sách 9 tháng đạt 386.000 tỷ đồng, bằng 80% dự toán\nNăm 2024, quận Hoàng Mai giải quyết việc làm cho 5.100 lao động, đạt 104% kế hoạch. Tỷ lệ hộ nghèo giảm còn 0,1%.\n",
			"Hà Nội: Thu ngân sách 9 tháng", false},
		{"a headline before a blank line and a lower-case line",
			"Tin khác\nHuyện Thanh Trì tổ chức hội nghị tổng kết công tác năm, triển khai nhiệm vụ năm sau của toàn huyện\n\nvà các tin khác\nNăm 2024, quận Hoàng Mai giải quyết việc làm cho 5.100 lao động, đạt 104% kế hoạch. Tỷ lệ hộ nghèo giảm còn 0,1%.\n",
			"Huyện Thanh Trì tổ chức hội nghị", false},
		{"a long line in the comments",
			"Bình luận\nBạn đọc Minh Tuấn: Tôi thấy quận mình năm nay đổi mới nhiều, đường sá khang trang, chợ búa sạch sẽ, mong quận tiếp tục phát huy hơn nữa\nNăm 2024, quận Hoàng Mai giải quyết việc làm cho 5.100 lao động, đạt 104% kế hoạch. Tỷ lệ hộ nghèo giảm còn 0,1%.\n",
			"Bạn đọc Minh Tuấn", false},
	} {
		if got := keptOnPage(lead+c.after, c.line); got != c.want {
			t.Errorf("%s: line kept %v, want %v", c.name, got, c.want)
		}
	}
}

// TestBoxBeforePastedPage: a box whose lines are followed by another
// article's header (its headline, then its clock line) still ends the
// article there, though the headline is out of the box's list; and a
// headline after a box at the top of a page stays in the header.
func TestBoxBeforePastedPage(t *testing.T) {
	first := "Quận Hoàng Mai tổng kết năm 2024\nNăm 2024, kinh tế quận tiếp tục tăng trưởng khá, thu ngân sách vượt dự toán được giao; đời sống nhân dân được nâng lên. Các chỉ tiêu chủ yếu đều hoàn thành.\n"
	second := "Tin liên quan\n- Huyện Sóc Sơn đón Bằng công nhận nông thôn mới nâng cao\nThị xã Sơn Tây: thu ngân sách năm 2024 đạt 112% dự toán\n08:30 | 05/01/2025\n" +
		"Năm 2024, tổng thu ngân sách trên địa bàn thị xã Sơn Tây đạt 1.120 tỷ đồng, bằng 112% dự toán. Các chỉ tiêu chủ yếu đều hoàn thành.\n"
	if n := len(splitPage(first + second).articles); n != 2 {
		t.Errorf("pasted pages after a box: %d articles, want 2", n)
	}
	pg := splitPage("Xem thêm\n- Huyện Sóc Sơn đón Bằng công nhận nông thôn mới nâng cao\nĐống Đa thu ngân sách đạt trên 56% dự toán năm\n" + first)
	for _, a := range pg.articles {
		for _, p := range a {
			if strings.HasPrefix(p.text, "Đống Đa") && !p.header {
				t.Errorf("the headline after a box at the top is not in the header")
			}
		}
	}
}

// TestLedeBeforeClock: a page posted in January or February whose lede
// dates its news later in the year speaks from that month of the year
// before: "năm tới" and the plans it sets are of the year the page was
// posted in. A lede dated before the clock's month, or a clock later in
// the year, leaves the page's date as it is.
func TestLedeBeforeClock(t *testing.T) {
	for _, c := range []struct {
		clock, lede string
		year        int
		kind        facts.Kind
	}{
		{"08:15 09/01/2025 GMT+7", "Ngày 28-12, HĐND tỉnh Gia Lai thông qua nghị quyết về nhiệm vụ năm tới. Theo đó, năm tới tỉnh phấn đấu thu ngân sách 9.000 tỷ đồng.", 2025, facts.Plan},
		{"Cập nhật: 07:00 10/02/2025", "Chiều 30/11, UBND huyện Ia Grai họp phiên thường kỳ cuối năm. Năm sau, huyện phấn đấu thu ngân sách đạt 500 tỷ đồng.", 2025, facts.Plan},
		{"Thứ hai, 15/12/2025 - 09:00", "Ngày 10-12, HĐND tỉnh Gia Lai thông qua nghị quyết về nhiệm vụ năm tới. Theo đó, năm tới tỉnh phấn đấu thu ngân sách 9.000 tỷ đồng.", 2026, facts.Plan},
		{"08:15 20/02/2025 GMT+7", "Ngày 18-2, HĐND tỉnh Gia Lai thông qua nghị quyết về nhiệm vụ năm tới. Theo đó, năm tới tỉnh phấn đấu thu ngân sách 9.000 tỷ đồng.", 2026, facts.Plan},
	} {
		text := "Gia Lai đặt mục tiêu thu ngân sách\n" + c.clock + "\n" + c.lede + "\n"
		fs, _ := New(nil, Options{}).Extract(document.Document{Name: "d.txt", Text: text})
		if len(fs) == 0 {
			t.Errorf("%s: no facts", c.clock)
		}
		for _, f := range fs {
			if f.Year != c.year || f.Kind != c.kind {
				t.Errorf("%s / %.30s: %s %s %d, want %s %d", c.clock, c.lede, f.Indicator, f.Kind, f.Year, c.kind, c.year)
			}
		}
	}
}

// TestBoxHeadings: the headings pages print over a box of other articles'
// headlines, in their several wordings, start a box whose headlines are
// skipped; a sentence that opens with such words is read.
func TestBoxHeadings(t *testing.T) {
	lead := "Quận Hoàng Mai tổng kết năm 2024\nNăm 2024, kinh tế quận tiếp tục tăng trưởng khá, thu ngân sách vượt dự toán được giao; đời sống nhân dân được nâng lên. Các chỉ tiêu chủ yếu đều hoàn thành.\n"
	after := "\nHuyện Thanh Oai đón nhận Huân chương Lao động hạng Nhì\nTỷ lệ hộ nghèo của huyện Ba Vì còn 1,2% cuối năm 2023\n" +
		"Năm 2024, quận Hoàng Mai giải quyết việc làm cho 5.100 lao động, đạt 104% kế hoạch. Tỷ lệ hộ nghèo giảm còn 0,1%.\n"
	for _, h := range []string{"Tin cùng chủ đề", "TIN TỨC LIÊN QUAN", "Bài viết cùng chủ đề:", "Các tin đã đăng", "Tin cũ hơn"} {
		for _, a := range splitPage(lead + h + after).articles {
			for _, p := range a {
				if strings.Contains(p.text, "Ba Vì") {
					t.Errorf("%s: a headline of the box read as text", h)
				}
			}
		}
	}
	fs := extractText("d.txt", lead+"Tin cùng chủ đề với kỳ họp, năm 2024 quận giải quyết việc làm cho 5.100 lao động, đạt 104% kế hoạch năm; đây là kết quả nổi bật của quận.\n")
	found := false
	for _, f := range fs {
		found = found || f.Indicator == "viec_lam_moi"
	}
	if !found {
		t.Errorf("a sentence that opens with a box's heading was not read")
	}
}

// keptOnPage tells whether line survives splitPage as part of an
// article's text on page.
func keptOnPage(page, line string) bool {
	for _, a := range splitPage(page).articles {
		for _, p := range a {
			if strings.Contains(p.text, line) {
				return true
			}
		}
	}
	return false
}
