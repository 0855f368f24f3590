package extract

import (
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/facts"
)

func TestOfficeByline(t *testing.T) {
	checkLines(t, "officeByline", officeByline,
		[]string{"Nguyễn Văn An, Trung tâm VH-TT huyện Yên Lạc", "- Nguyễn Văn An, Trung tâm VH-TT huyện", "Thu Hà - Nguyễn Văn An, Trung tâm VH-TT huyện",
			"Minh Hằng - Đài Truyền thanh xã Tân Lập", "– Thanh Tâm, TTVH huyện Châu Thành", "Nguyễn Thị Hoa, Phòng Văn hóa - Thông tin huyện Kỳ Sơn",
			"Văn Thành - Trung tâm Truyền thông thị xã Ninh Hòa", "PV, Báo Lâm Đồng"},
		[]string{"Nguyễn Văn An", "Huyện Gia Lâm, Trung tâm VH-TT huyện", "Thành phố Vị Thanh - Trung tâm kinh tế của tỉnh", "Thu ngân sách đạt 812 tỷ đồng, Trung tâm VH-TT huyện",
			"Các đại biểu dự hội nghị, Ban Tuyên giáo Huyện ủy chủ trì", "Nguyễn Văn An, Trung tâm VH-TT huyện Yên Lạc.", "Hội nghị tổng kết, Trung tâm Chính trị huyện: 12 lớp",
			"Trung tâm VH-TT huyện - Đài Truyền thanh huyện"})
}

func TestFooterLine(t *testing.T) {
	checkLines(t, "footerLine", footerLine,
		[]string{"Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12/03/2019", "Giấy phép hoạt động báo điện tử số 45/GP-BTTTT ngày 2/2/2021",
			"Bản quyền © 2024 Báo Lâm Đồng", "Bản quyền thuộc về Cổng thông tin điện tử huyện Lâm Hà", "© 2023 Cổng thông tin điện tử tỉnh Lào Cai",
			"Copyright © 2022 Báo Hải Dương. All rights reserved.", "Bản quyền: © UBND huyện Yên Lạc"},
		[]string{"Giấy phép xây dựng được cấp cho 1.200 hộ, đạt 105% kế hoạch", "Bản quyền tác giả được bảo hộ theo quy định", "Năm 2024, huyện cấp 312 giấy phép số hóa hồ sơ",
			"Việc cấp giấy phép lao động cho gần 4.500 lao động nước ngoài được thực hiện đúng quy định"})
}

// TestFurnitureLines: a line a page prints around its article — a
// reporter's signature with the office after a dash or comma, a legal
// footer, a photo's caption with a date — leaves the article's facts as
// they were: its places are not the text's unit, its dates not the page's.
func TestFurnitureLines(t *testing.T) {
	head := "Huyện tổng kết công tác năm 2023\n"
	body := "Năm nay, thu ngân sách trên địa bàn huyện đạt 312 tỷ đồng, đạt 117% dự toán. Các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch.\n" +
		"Toàn huyện giải quyết việc làm cho 2.100 lao động, đạt 105% kế hoạch năm. Công tác an sinh xã hội được quan tâm.\n"
	for _, c := range []struct {
		line string
		top  bool // under the headline, else after the body
	}{
		// Signatures: the office's place is not the unit.
		{"Minh Anh - Nguyễn Văn Hùng, Trung tâm VH-TT huyện Yên Lạc", false},
		{"- Nguyễn Văn Hùng, Trung tâm VH-TT huyện Yên Lạc", false},
		{"Thu Hà - Đài Truyền thanh huyện Tam Nông", false},
		// Legal footers: the licence's date is not the page's.
		{"Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12/03/2019", false},
		{"Giấy phép số 52/GP-TTĐT cấp ngày 12 tháng 3 năm 2019", false},
		{"Bản quyền © 2019 Cổng thông tin điện tử tỉnh Lào Cai. Ghi rõ nguồn khi phát hành lại thông tin từ website này. Địa chỉ: số 1 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai.", false},
		// Captions: the day the photo was taken is not the page's.
		{"Toàn cảnh hội nghị (Ảnh chụp ngày 10/01/2019)", true},
		{"Lãnh đạo huyện dự hội nghị ngày 10 tháng 01 năm 2019. Ảnh: Minh Anh", true},
		{"Ảnh: PV, 10/01/2019", true},
	} {
		text := head + body + "\n" + c.line + "\n"
		if c.top {
			text = head + c.line + "\n" + body
		}
		ex := New(nil, Options{})
		want, _ := ex.Extract(document.Document{Name: "d.txt", Text: head + body})
		got, _ := ex.Extract(document.Document{Name: "d.txt", Text: text})
		if len(want) == 0 {
			t.Fatal("no facts")
		}
		if lost, added := diffKeys(factKeys(want), factKeys(got)); len(lost)+len(added) > 0 {
			t.Errorf("%q: lost %v, added %v", c.line, lost, strings.Join(added, "; "))
		}
	}
}

func TestStockPhoto(t *testing.T) {
	checkLines(t, "stockPhoto", func(s string) bool { return stockPhoto(lowerSameLen(s)) },
		[]string{"Nông dân huyện Kỳ Sơn thu hoạch lúa vụ mùa. (Ảnh tư liệu năm 2017)", "Ảnh: Một góc huyện Hớn Quản", "Một góc thành phố Bảo Lộc nhìn từ trên cao",
			"Toàn cảnh thị xã Ninh Hòa. Ảnh: Hải Yến", "Đường giao thông nông thôn ở xã Tân Lập (Ảnh minh họa)", "Ảnh minh họa: Trung tâm hành chính tỉnh Kon Tum"},
		[]string{"Quang cảnh kỳ họp HĐND huyện Đơn Dương. Ảnh: Hải Yến", "Toàn cảnh hội nghị tại huyện Lục Ngạn. Ảnh: Hoàng Long",
			"Lãnh đạo huyện Đức Trọng kiểm tra tiến độ công trình (Ảnh: N.Minh)", "Các đại biểu dự đại hội (Ảnh: Đỗ Gia Tuấn)."})
}

// TestStockPhotoUnit: a file photo, an illustration or a view of a place
// shows no event the text reports: the unit it names of the level a text
// gives alone is not the text's (an event's photo still names it, see
// TestCaptionUnit), and it names the text's own place in full as any
// caption does.
func TestStockPhotoUnit(t *testing.T) {
	bare := "Phiên họp thường kỳ tháng 11 của UBND huyện\n" +
		"%s\n" +
		"Năm 2024, tổng thu ngân sách trên địa bàn huyện ước đạt 320 tỷ đồng, bằng 110% dự toán. Toàn huyện giải quyết việc làm cho 2.100 lao động, đạt 105% kế hoạch năm.\n"
	for _, c := range []struct{ caption, want string }{
		{"Nông dân huyện Đơn Dương thu hoạch rau. (Ảnh tư liệu năm 2019)", "Huyện"},
		{"Ảnh: Một góc huyện Đơn Dương", "Huyện"},
		{"Toàn cảnh huyện Đơn Dương nhìn từ trên cao. Ảnh: Hải Yến", "Huyện"},
		{"Đường giao thông nông thôn ở huyện Đơn Dương (Ảnh minh họa)", "Huyện"},
		{"Quang cảnh kỳ họp HĐND huyện Đơn Dương. Ảnh: Hải Yến", "Huyện Đơn Dương"},
	} {
		checkUnits(t, c.caption, strings.Replace(bare, "%s", c.caption, 1), c.want)
	}
	checkUnits(t, "a view of the text's own place",
		"Một góc huyện Krông Búk (Ảnh tư liệu)\n"+
			"Năm 2024, thu ngân sách trên địa bàn Krông Búk đạt 410 tỷ đồng, bằng 112% dự toán tỉnh Đắk Lắk giao. Các chỉ tiêu chủ yếu của huyện đều đạt.\n",
		"Huyện Krông Búk")
}

// TestWeekdayDateLine: a page's date line with its weekday, the date
// written out ("Thứ bảy, ngày 13 tháng 2 năm 2024"), is the portal's, as
// "Hà Nội, ngày …" is (spec): no report's own date line, it leaves the
// years of the text as they were.
func TestWeekdayDateLine(t *testing.T) {
	text := "Huyện ủy Thuận Bắc đánh giá kết quả thực hiện nhiệm vụ năm 2023\n" +
		"Ngày 5/12, Huyện ủy Thuận Bắc tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2023 và thông qua nghị quyết phương hướng, nhiệm vụ năm 2024. Năm 2024, huyện phấn đấu thu ngân sách trên địa bàn đạt 500 tỷ đồng; kết nạp 55 đảng viên mới.\n" +
		"Trong tháng 3, toàn huyện giải quyết việc làm cho 1.200 lao động, đạt 30% kế hoạch năm.\n"
	ex := New(nil, Options{})
	want, _ := ex.Extract(document.Document{Name: "d.txt", Text: text})
	if len(want) == 0 {
		t.Fatal("no facts")
	}
	for _, clock := range []string{"Thứ bảy, ngày 13 tháng 2 năm 2024", "Chủ nhật, ngày 14 tháng 1 năm 2024", "Thứ hai, ngày 5 tháng 1 năm 2026"} {
		got, _ := ex.Extract(document.Document{Name: "d.txt", Text: clock + "\n" + text})
		if lost, added := diffKeys(factKeys(want), factKeys(got)); len(lost)+len(added) > 0 {
			t.Errorf("%q: lost %v, added %v", clock, lost, added)
		}
	}
}

// TestBracketAsideKind: a plan given in a bracket that ends with it, after
// a result ("tăng 8,52%, vượt kế hoạch đề ra (Kế hoạch đề ra là 7,6%)"),
// is an aside on that result: its kind does not carry to the next
// paragraph's figure that names no kind of its own.
func TestBracketAsideKind(t *testing.T) {
	text := "Năm 2024, kinh tế tỉnh Ninh Bình hoàn thành 15/15 chỉ tiêu chủ yếu.\n" +
		"Tổng sản phẩm trên địa bàn năm 2024 tăng 8,52%, vượt kế hoạch đề ra (Kế hoạch đề ra là 7,6%).\n" +
		"Quy mô kinh tế ước đạt 98,9 nghìn tỷ đồng. Cơ cấu kinh tế chuyển dịch tích cực, đến hết năm 2024 tỷ trọng ngành dịch vụ là 48,2%; công nghiệp-xây dựng là 41,7%.\n"
	fs, _ := New(catalog.Default(), Options{}).Extract(document.Document{Name: "d.txt", Text: text})
	found := false
	for _, f := range fs {
		if f.Indicator == "ty_trong_dich_vu" {
			found = true
			if f.Kind != facts.Actual || f.Year != 2024 {
				t.Errorf("ty_trong_dich_vu %s %d, want actual 2024", f.Kind, f.Year)
			}
		}
	}
	if !found {
		t.Error("no ty_trong_dich_vu")
	}
}

// TestBoxEndsAtFigureList: a box of headlines without marks or dates
// ends before the article's line that lists figures clause after clause
// with semicolons, however short: a report's sentence, never a headline.
// A headline with one figure, or two joined by a comma, stays in the box.
func TestBoxEndsAtFigureList(t *testing.T) {
	lead := "Quận Hoàng Mai tổng kết năm 2024\nNăm 2024, kinh tế quận tiếp tục tăng trưởng khá, thu ngân sách vượt dự toán được giao; đời sống nhân dân được nâng lên. Các chỉ tiêu chủ yếu đều hoàn thành.\n"
	box := "Các tin khác\nHuyện Mường Khương: Phấn đấu năm 2019 có thêm 33 xã đạt chuẩn nông thôn mới\nKỳ họp thứ 9 HĐND phường Tân Định khóa mới\n"
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Duy trì tỷ lệ phường đạt chuẩn quốc gia về y tế 100%; tỷ lệ bao phủ bảo hiểm y tế đạt 94,5%; tỷ l", true},
		{"Thu ngân sách đạt 3.150 tỷ đồng; chi ngân sách 2.800 tỷ đồng", true},
		{"Hà Nội: Thu ngân sách 9 tháng đạt 386.000 tỷ đồng, bằng 80% dự toán", false},
		{"Thị xã Sơn Tây giải ngân vốn đầu tư công đạt 78% kế hoạch năm 2020", false},
	} {
		if got := keptOnPage(lead+box+c.line+"\n", c.line); got != c.want {
			t.Errorf("%q: kept %v, want %v", c.line, got, c.want)
		}
	}
}

// TestPastMonthEarlyInYear: on a page of the year's first months a figure
// of that year is read as planned, unless its sentence names a month of
// that year already past ("tháng 1/2024" on a page of February 2024): that
// month is reported on, its change is a result's.
func TestPastMonthEarlyInYear(t *testing.T) {
	text := "Kinh tế Quảng Ngãi bứt phá ngay từ đầu năm 2024\n" +
		"Tổng thu ngân sách tháng 1/2024 của tỉnh Quảng Ngãi đạt hơn 3.800 tỷ đồng, bằng 15% dự toán năm, tăng 33,6% so với tháng 1/2023.\n"
	for _, clock := range []string{"Thứ tư, 10/02/2024 - 19:03", "Cập nhật: 08:15 27/02/2024"} {
		fs, _ := New(catalog.Default(), Options{}).Extract(document.Document{Name: "d.txt", Text: clock + "\n" + text})
		got := map[facts.Kind]bool{}
		for _, f := range fs {
			if f.Indicator == "thu_ngan_sach" && f.Year == 2024 {
				got[f.Kind] = true
			}
		}
		for _, k := range []facts.Kind{facts.Actual, facts.PctOfPlan, facts.ChangeVsPrev} {
			if !got[k] {
				t.Errorf("%s: no thu_ngan_sach %s 2024 (got %v)", clock, k, got)
			}
		}
	}
}
