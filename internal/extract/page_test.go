package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/facts"
)

// TestPastedPagesReadAsOne: the seed pages pasted into one file give the
// same facts (unit, year, kind, value, date) as the pages one by one;
// page chrome between them ("Bình luận", "Tin Nóng", …) ends one article
// and never the text.
func TestPastedPagesReadAsOne(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	sort.Strings(paths)
	if len(paths) < 2 {
		t.Fatal("no seed articles")
	}
	ex := New(nil, Options{})
	key := func(f facts.Fact) string {
		f.Source, f.Evidence = "", ""
		return string(encode([]facts.Fact{f}))
	}
	var each []string
	var all strings.Builder
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(b) // as cat does: no newline added
		fs, _ := ex.Extract(document.Document{Name: "one.txt", Text: string(b)})
		for _, f := range fs {
			each = append(each, key(f))
		}
	}
	fs, notes := ex.Extract(document.Document{Name: "all.txt", Text: all.String()})
	var got []string
	for _, f := range fs {
		got = append(got, key(f))
	}
	sort.Strings(each)
	sort.Strings(got)
	if strings.Join(got, "") != strings.Join(each, "") {
		t.Errorf("pasted pages give %d facts, one by one %d:\npasted:\n%s\none by one:\n%s", len(got), len(each), strings.Join(got, ""), strings.Join(each, ""))
	}
	if len(notes) == 0 {
		t.Error("no note of the skipped page chrome")
	}
}

func TestPageChrome(t *testing.T) {
	text := "Quận Hoàng Mai tổng kết năm 2023\n" +
		"Nổi bật\n" +
		"Quận Ba Đình: thu ngân sách đạt 120% dự toán\n" +
		"- Tin khác\n" +
		strings.Repeat("Năm 2023, quận Hoàng Mai đã triển khai đồng bộ các nhiệm vụ phát triển kinh tế - xã hội trên địa bàn. ", 3) +
		"Thu ngân sách nhà nước đạt 7.004 tỷ đồng, đạt 105% dự toán.\n" +
		"Bình luận\n" +
		"Hay quá\n"
	fs, notes := New(nil, Options{}).Extract(document.Document{Name: "p.txt", Text: text})
	var got []string
	for _, f := range fs {
		got = append(got, f.Indicator+" "+string(f.Kind)+" "+f.Unit)
	}
	want := []string{"thu_ngan_sach actual Quận Hoàng Mai", "thu_ngan_sach pct_of_plan Quận Hoàng Mai"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("facts %q, want %q (the article after the chrome box is read, the box's headline is not)", got, want)
	}
	if len(notes) != 2 {
		t.Fatalf("notes %v, want one per chrome block", notes)
	}
	if n := notes[0]; n.Line != 2 || !n.Warning || n.Args[0] != 3 {
		t.Errorf("first note %+v, want a warning at line 2 of 3 skipped lines", n)
	}
	if n := notes[1]; n.Line != 6 || n.Args[0] != 2 || n.Args[1] != len("Bình luận")+len("Hay quá") {
		t.Errorf("second note %+v, want line 6, 2 lines, their bytes", n)
	}
}

// TestLongLineBounded: a single line of many megabytes is read in pieces of
// at most maxPara bytes cut at sentence ends, so memory stays bounded.
func TestLongLineBounded(t *testing.T) {
	sentence := "Thu ngân sách nhà nước năm 2023 đạt 7.004 tỷ đồng, đạt 105% dự toán. "
	text := strings.Repeat(sentence, (3*maxPara)/len(sentence)+5)
	pg := splitPage(text)
	if len(pg.articles) != 1 {
		t.Fatalf("%d articles, want 1", len(pg.articles))
	}
	total := 0
	for _, p := range pg.articles[0] {
		if len(p.text) > maxPara {
			t.Errorf("paragraph of %d bytes, over %d", len(p.text), maxPara)
		}
		if !strings.HasSuffix(p.text, ". ") && total+len(p.text) != len(text) {
			t.Errorf("piece at %d not cut at a sentence end: …%q", p.off, p.text[len(p.text)-10:])
		}
		if text[p.off:p.off+len(p.text)] != p.text {
			t.Errorf("piece at %d does not sit at its offset", p.off)
		}
		total += len(p.text)
	}
	if total != len(text) {
		t.Errorf("pieces hold %d bytes of %d", total, len(text))
	}
	fs, _ := New(nil, Options{}).Extract(document.Document{Name: "l.txt", Text: text})
	if len(fs) != 2 {
		t.Errorf("%d facts from one sentence repeated, want 2 (twins merged)", len(fs))
	}
}

func TestProgress(t *testing.T) {
	text := strings.Repeat("Thu ngân sách nhà nước năm 2023 đạt 7.004 tỷ đồng, đạt 105% dự toán.\n", (3<<20)/70)
	var calls []int
	ex := New(nil, Options{Progress: func(done, total int) {
		if total != len(text) {
			t.Errorf("total %d, want %d", total, len(text))
		}
		calls = append(calls, done)
	}})
	ex.Extract(document.Document{Name: "p.txt", Text: text})
	if len(calls) < 2 || !sort.IntsAreSorted(calls) {
		t.Errorf("progress calls %v, want a few, increasing", calls)
	}
}

// TestChromeHeadings: the headings of related-article boxes, with or
// without a colon, start chrome; the headlines under them are no facts.
func TestChromeHeadings(t *testing.T) {
	body := strings.Repeat("Năm 2023, quận Hoàng Mai đã triển khai đồng bộ các nhiệm vụ phát triển kinh tế - xã hội trên địa bàn. ", 3) +
		"Thu ngân sách nhà nước đạt 7.004 tỷ đồng.\n"
	for _, h := range []string{"Tin cùng chuyên mục:", "Xem thêm:", "Đọc thêm", "Các tin đã đưa:", "Tin khác:"} {
		text := "Quận Hoàng Mai tổng kết năm 2023\n" + body + h + "\n- Quận Ba Đình thu ngân sách ước đạt 350 tỷ đồng\n» Quận Tây Hồ thu ngân sách đạt 62% dự toán\n"
		fs, _ := New(nil, Options{}).Extract(document.Document{Name: "p.txt", Text: text})
		if len(fs) != 1 || fs[0].Value != 7004e9 {
			t.Errorf("%q: facts %v, want only the article's", h, fs)
		}
	}
}

// TestIsProse checks the rune count isProse makes in two parts (the
// first 300 bytes, then the rest) against lines of about 200 runes, with
// multi-byte letters and invalid bytes where the parts meet.
func TestIsProse(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{strings.Repeat("a", 80) + ". Bb", true},                                    // 84 runes, two sentences
		{strings.Repeat("ạ", 41) + ". Bb", false},                                   // 127 bytes but 45 runes
		{strings.Repeat("a", 150) + " đ", false},                                    // one sentence of 152 runes
		{strings.Repeat("ạ", 200), false},                                           // 200 runes, 600 bytes
		{strings.Repeat("ạ", 201), true},                                            // 201 runes
		{strings.Repeat("a", 299) + strings.Repeat("ạ", 10), true},                  // the cut inside a letter
		{strings.Repeat("a", 190) + strings.Repeat("ạ", 10), false},                 // 200 runes across the cut
		{strings.Repeat("a", 298) + "\xe1\xba" + "a", true},                         // a letter broken at the cut: 301 runes
		{strings.Repeat("ạ", 66) + "\xba\xba\xba" + strings.Repeat("ạ", 66), false}, // stray continuation bytes at the cut: 135 runes
		{strings.Repeat("ạ", 99) + "\xba\xba\xba" + strings.Repeat("ạ", 99), true},  // 201 runes
	}
	for _, tc := range tests {
		if got := isProse(tc.text); got != tc.want {
			t.Errorf("isProse(%d bytes %q…) = %v, want %v", len(tc.text), tc.text[:20], got, tc.want)
		}
	}
}

// TestChromeInsideArticle: a box of other headlines between two paragraphs
// of an article does not end it; chrome followed by text that names a unit,
// or ending with an article's clock line, starts another article.
func TestChromeInsideArticle(t *testing.T) {
	body := "Năm 2024, thu ngân sách trên địa bàn đạt 812 tỷ đồng, vượt dự toán được giao; các chỉ tiêu chủ yếu đều hoàn thành. Đời sống của nhân dân tiếp tục được cải thiện.\n"
	cases := []struct {
		name  string
		after string // the chrome and the paragraph after it
		want  int    // articles
	}{
		{"related box, then the article goes on",
			"Tin liên quan\n- Thị xã Sơn Tây tổng kết công tác năm 2019\n- Huyện Kỳ Sơn giải ngân vốn đạt 90% kế hoạch năm 2021\n" + body, 1},
		{"dated headlines, then the article goes on",
			"Xem thêm\nHuyện Đồng Phú tạo việc làm cho 500 lao động (05/10/2022)\n" + body, 1},
		{"related box, then a paragraph naming the article's unit again",
			"Tin liên quan\n- Huyện Kỳ Sơn giải ngân vốn đạt 90% kế hoạch năm 2021\nNăm 2024, quận Hoàng Mai tạo việc làm cho 5.200 lao động, đạt 104% kế hoạch. Tỷ lệ hộ nghèo giảm còn 0,1%.\n", 1},
		{"related box, then a one-sentence paragraph with a figure",
			"Tin cùng chuyên mục\nThu ngân sách thành phố Cẩm Phả năm 2020 đạt 74% dự toán\nThu ngân sách trên địa bàn ước thực hiện cả năm 2024 là 7.081 tỷ đồng, bằng 105% dự toán.\n", 1},
		{"related box, then a paragraph naming a place the article has not named",
			"Bài cùng chuyên mục\nPhường Tân An tổ chức ngày hội đại đoàn kết\nHuyện Cư Jút sơ kết 6 tháng\nTheo báo cáo, thị xã Buôn Hồ có 3 xã về đích nông thôn mới trong năm, vượt kế hoạch. Đời sống người dân được nâng lên.\n", 1},
		{"dated related lines, then a paragraph naming a province",
			"Đọc thêm\n• Yên Bái khai mạc kỳ họp (10/12/2023)\nPhát biểu tại buổi làm việc, lãnh đạo tỉnh Lào Cai đánh giá cao kết quả thu ngân sách của quận trong năm. Quận cần tiếp tục cải cách hành chính.\n", 1},
		{"another article naming its unit",
			"Tin khác\nGia Lâm tổng kết năm\nNăm 2024, huyện Gia Lâm thu ngân sách đạt 2.100 tỷ đồng, vượt dự toán được giao. Các chỉ tiêu chủ yếu đều hoàn thành.\n", 2},
		{"another article's header with its clock line",
			"Bình luận\nUBND TX họp nghe dự kiến các chỉ tiêu năm 2025\n15/09/2024 21:00\n" + body, 2},
	}
	for _, c := range cases {
		pg := splitPage("Quận Hoàng Mai tổng kết năm 2024\n" + body + c.after)
		if len(pg.articles) != c.want {
			t.Errorf("%s: %d articles, want %d", c.name, len(pg.articles), c.want)
		}
	}
}

func TestClockLine(t *testing.T) {
	checkLines(t, "clockLine", clockLine,
		[]string{"15/09/2023 21:00", "Thứ hai, 02/02/2026 - 21:36", "Hiền Thu| 30/12/2022 12:26", "Cập nhật: 08:15 12/01/2025", "Ngày đăng: 14-01-2025 | 09:41"},
		[]string{"Huyện Đồng Phú tạo việc làm cho 500 lao động (05/10/2022)", "Thứ hai 21:36", "Năm 2024 thu ngân sách đạt 812 tỷ đồng", "Ngày 15/9"})
}

func TestNamesNewUnit(t *testing.T) {
	before := "Huyện Thuỷ Nguyên tổng kết năm 2024. Tỉnh Nghệ An và quận Hoàng Mai cũng họp."
	// The line before each paragraph is its article's headline, naming
	// the unit the paragraph names.
	for _, c := range [][2]string{
		{"Năm 2024, huyện Gia Lâm thu ngân sách", "Gia Lâm về đích sớm"},
		{"UBND quận Thanh Xuân họp", "Quận Thanh Xuân: 10 tháng thu ngân sách vượt dự toán"},
		{"Thanh Hóa thu ngân sách đạt", "Thanh Hoá tổng kết năm"},
		{"Quận 3 tổ chức hội nghị", "Hội nghị tổng kết của Quận 3"},
	} {
		if !namesNewUnit(c[0], before, c[1]) {
			t.Errorf("namesNewUnit(%q, head %q) = false", c[0], c[1])
		}
	}
	for _, s := range []string{"Năm 2024, toàn huyện thu ngân sách đạt", "Kinh tế - xã hội của quận tiếp tục phát triển", "UBND TX họp", "Thành phố Thủy Nguyên có 17 phường", "Nghệ An thu ngân sách đạt", "UBND quận Hoàng Mai họp"} {
		if namesNewUnit(s, before, s) {
			t.Errorf("namesNewUnit(%q) = true", s)
		}
	}
	// A new place after a line that does not name it (the last of a box
	// of other articles' headlines) goes on with the article.
	for _, c := range [][2]string{
		{"Năm 2024, huyện Gia Lâm thu ngân sách", "Đoàn công tác làm việc với thị xã Hương Trà"},
		{"Tại hội nghị, Thanh Hóa đã thông qua nghị quyết", "- Kỳ họp thứ 9 HĐND tỉnh Yên Bái (12/07/2023)"},
		{"UBND quận Thanh Xuân họp", ""},
	} {
		if namesNewUnit(c[0], before, c[1]) {
			t.Errorf("namesNewUnit(%q, head %q) = true", c[0], c[1])
		}
	}
}

func TestPhotoCaption(t *testing.T) {
	checkLines(t, "photoCaption", photoCaption,
		[]string{"Quang cảnh hội nghị. Ảnh: Minh Phương", "Các đại biểu dự đại hội (Ảnh: Đỗ Gia Tuấn).", "Ảnh: Toàn cảnh Kỳ họp thứ 4, HĐND xã Hạ Mỗ", "Tin, ảnh: QUANG VŨ", "Nông dân thu hoạch lúa. (Ảnh tư liệu năm 2019)", "Ảnh minh họa", "Bài và ảnh: Thành Chung",
			"Lãnh đạo huyện kiểm tra tiến độ dự án đường ven biển năm 2022 - Ảnh 3.", "Bí thư Tỉnh ủy trao quà cho hộ nghèo – ảnh 12",
			"Quang cảnh kỳ họp HĐND huyện - ẢNH: MINH TÂM", "Bí thư Huyện ủy phát biểu bế mạc. Ảnh/TTXVN", "(Nguồn ảnh: Cổng thông tin điện tử huyện)",
			"Lúa vụ đông xuân ở xã Tân Hà (Ảnh chụp tháng 3/2023)", "Nguồn ảnh: Báo Lâm Đồng", "Đường giao thông nông thôn ở xã Gia Hiệp | Ảnh: Hải Yến"},
		[]string{"Hình ảnh của quận ngày càng khang trang",
			"Xã có 12 điểm chụp ảnh - ảnh hưởng của bão số 3 là 2", "Phường triển khai số hóa hồ sơ - hình ảnh 2024", "Năm 2024 thu ngân sách đạt 812 tỷ đồng - tăng 12%", "Công tác chụp ảnh: thực hiện theo quy định", "Năm 2024, thu ngân sách đạt 812 tỷ đồng",
			"Thu ngân sách giảm mạnh (ảnh hưởng của dịch Covid-19)", "Quận lưu trữ 1.200 hình ảnh/video tư liệu", "Giá trị sản xuất giảm - ảnh hưởng của thiên tai",
			"Thu ngân sách đạt 812 tỷ đồng (ảnh hưởng bởi giá đất) và chi 700 tỷ đồng"})
}

// TestCaptionYear: the year of a photo's caption is not the text's: it
// neither counts among the years spoken of nor carries to the sentence
// after it.
func TestCaptionYear(t *testing.T) {
	text := "Huyện Ninh Sơn tổng kết công tác xây dựng Đảng\n" +
		"Nông dân trong huyện thu hoạch lúa vụ mùa. (Ảnh tư liệu năm 2017)\n" +
		"Trong năm, toàn huyện kết nạp 130 đảng viên mới, đạt 108% kế hoạch. Công tác xây dựng Đảng được quan tâm.\n"
	for _, withCaption := range []bool{false, true} {
		doc := text
		if !withCaption {
			doc = strings.Replace(text, "Nông dân trong huyện thu hoạch lúa vụ mùa. (Ảnh tư liệu năm 2017)\n", "", 1)
		}
		checkYears(t, fmt.Sprintf("caption %v", withCaption), " date 2022-12 "+doc, 2022)
	}
}

// TestNumberedCaptionYear: a gallery's numbered caption ("… - Ảnh 1.")
// over a stock photo keeps the year the photo was taken; that year must not
// carry to the figures after it.
func TestNumberedCaptionYear(t *testing.T) {
	for _, caption := range []string{
		"Chủ tịch UBND tỉnh làm việc với các sở ngành tháng 10 năm 2021 - Ảnh 1.",
		"Lãnh đạo tỉnh kiểm tra công trình trọng điểm năm 2022 – Ảnh 2",
	} {
		text := "Tỉnh Hậu Giang họp thường kỳ tháng 11\n" + caption + "\n" +
			"Tổng thu ngân sách nhà nước trên địa bàn tỉnh 11 tháng ước đạt 4.120 tỷ đồng, đạt 92% dự toán. Công tác điều hành được tập trung.\n"
		checkYears(t, caption, " date 2024-12 "+text, 2024)
	}
}

// TestDateAfterPubMonth: a day and month without a year later in the year
// than the page's publication month is of the year before ("tính đến ngày
// 29.12" on a page of January).
func TestDateAfterPubMonth(t *testing.T) {
	cases := []struct {
		clock, lede string
		year        int
	}{
		{"00:32 11/01/2024 GMT+7", "Ngày 30.12, tin từ Sở Tài chính tỉnh Cà Mau cho biết, tính đến ngày 29.12, tỉnh này thu ngân sách đạt trên 5.710 tỷ đồng, đạt 118% dự toán.", 2023},
		{"Cập nhật: 08:15 12/02/2025", "Tính đến ngày 30-11, tỉnh Cà Mau thu ngân sách đạt 5.100 tỷ đồng, đạt 98% dự toán. Đây là kết quả khả quan.", 2024},
		{"Thứ hai, 02/12/2024 - 21:36", "Tính đến ngày 30-11, tỉnh Cà Mau thu ngân sách đạt 5.100 tỷ đồng, đạt 98% dự toán. Đây là kết quả khả quan.", 2024},
	}
	for _, c := range cases {
		text := "Cà Mau thu ngân sách vượt dự toán\n" + c.clock + "\n" + c.lede + "\n"
		checkYears(t, fmt.Sprintf("%s / %.40s", c.clock, c.lede), text, c.year)
	}
}

func TestStatement(t *testing.T) {
	checkLines(t, "statement", statement,
		[]string{"Thu ngân sách trên địa bàn ước thực hiện cả năm 2024 là 7.081 tỷ đồng, bằng 105% dự toán.", "Tỷ lệ hộ nghèo giảm còn 0,9%, thấp hơn 0,3 điểm phần trăm so với năm trước."},
		[]string{"Thu ngân sách thành phố Cẩm Phả năm 2020 đạt 74% dự toán", "(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản của Báo Hànộimới.", "Hay quá, cảm ơn 2 bạn."})
}

func TestBylineLine(t *testing.T) {
	checkLines(t, "bylineLine", bylineLine,
		[]string{"Hoàng Long (TTVH huyện Yên Lạc)", "PV (Quận Hà Đông)", "Nhóm PV (Huyện Châu Thành)", "Lê Hương - Quốc Bảo (Thị trấn Phong Điền)", "THÀNH CHUNG (Hải Dương)"},
		[]string{"Hoàng Long", "Thu ngân sách đạt 120% (vượt dự toán)", "Theo Báo Lào Cai", "Các xã trong huyện (trừ xã Tân Lập)", "Huyện Gia Lâm (Hà Nội)."})
}

// TestBylineNoUnit: the place in a byline's brackets is where the reporter
// works, not the article's unit.
func TestBylineNoUnit(t *testing.T) {
	text := "Huyện tổng kết năm 2023\n" +
		"Năm 2023, thu ngân sách trên địa bàn huyện đạt 312 tỷ đồng, đạt 117% dự toán. Các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch.\n" +
		"PV (Quận Hà Đông)\n"
	fs, _ := New(nil, Options{}).Extract(document.Document{Name: "b.txt", Text: text})
	if len(fs) == 0 {
		t.Fatal("no facts")
	}
	for _, f := range fs {
		if f.Unit != "Huyện" {
			t.Errorf("%s %s unit %q, want Huyện", f.Indicator, f.Kind, f.Unit)
		}
	}
}

// checkYears extracts text and fails unless it gives facts, all of year.
func checkYears(t *testing.T, name, text string, year int) {
	t.Helper()
	fs, _ := New(nil, Options{}).Extract(document.Document{Name: "d.txt", Text: text})
	if len(fs) == 0 {
		t.Fatalf("%s: no facts", name)
	}
	for _, f := range fs {
		if f.Year != year {
			t.Errorf("%s: %s %s year %d, want %d", name, f.Indicator, f.Kind, f.Year, year)
		}
	}
}

// checkLines fails unless the line test is named true of every line of yes
// and false of every line of no.
func checkLines(t *testing.T, name string, is func(string) bool, yes, no []string) {
	t.Helper()
	for _, s := range yes {
		if !is(s) {
			t.Errorf("%s(%q) = false", name, s)
		}
	}
	for _, s := range no {
		if is(s) {
			t.Errorf("%s(%q) = true", name, s)
		}
	}
}

// TestHasAnh checks hasAnh against the lower-case copy it spares.
func TestHasAnh(t *testing.T) {
	for _, s := range []string{
		"", "ảnh", "Ảnh", "ẢNH", "ảNh", "Ảnh: Minh Phương", "(ảnh tư liệu)", "quản lý, cải cách", "ảnh hưởng", "bản nh",
		"ả", "ản", "ả\xffnh", "\xe1\xbanh", "\xe1ảnh", "\xf0\xe1\xba\xa3nh", "xả\u00adnh", "a\u0309nh", "ẢN", "tin và ẢNH",
	} {
		if got, want := hasAnh(s), strings.Contains(lowerSameLen(s), "ảnh"); got != want {
			t.Errorf("hasAnh(%q) = %v, want %v", s, got, want)
		}
	}
}
