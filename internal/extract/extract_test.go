package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/facts"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

func extractText(name, text string) []facts.Fact {
	return factsOf(document.Document{Name: name, Text: text}, catalog.Default(), Options{})
}

func encode(fs []facts.Fact) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, f := range fs {
		enc.Encode(f)
	}
	return b.Bytes()
}

// TestGoldenSeeds compares the extraction of each seed article with
// testdata/golden/<name>.jsonl; -update rewrites them.
func TestGoldenSeeds(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	if len(paths) == 0 {
		t.Fatal("no seed articles in testdata/seeds")
	}
	for _, p := range paths {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			got := encode(factsOf(readDoc(t, p), catalog.Default(), Options{}))
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".txt")+".jsonl")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGoldenSeeds -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction differs from %s (go test -update to accept):\ngot:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

// TestNFDInput: the same text decomposed gives the same facts, evidence
// included (evidence is NFC, as the contract wants).
func TestNFDInput(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	for _, p := range paths {
		d := readDoc(t, p)
		nfc := factsOf(d, catalog.Default(), Options{})
		d.Text = norm.NFD.String(d.Text)
		nfd := factsOf(d, catalog.Default(), Options{})
		if len(nfc) == 0 {
			t.Errorf("%s: no facts", p)
		}
		if !reflect.DeepEqual(nfc, nfd) {
			t.Errorf("%s: NFD input gives other facts:\n%s\nvs NFC:\n%s", p, encode(nfd), encode(nfc))
		}
	}
}

func TestOptions(t *testing.T) {
	text := "Năm 2023, quận Hoàng Mai thu ngân sách đạt 2.378 tỷ đồng."
	fs := factsOf(document.Document{Name: "a.txt", Text: text}, catalog.Default(), Options{Unit: "Quận Đống Đa"})
	if len(fs) != 1 || fs[0].Unit != "Quận Đống Đa" {
		t.Fatalf("--unit not applied: %+v", fs)
	}
	// No year anywhere: Options.Year places the figure, else it is dropped.
	text = "Quận Hoàng Mai: thu ngân sách đạt 2.378 tỷ đồng."
	if fs := factsOf(document.Document{Name: "a.txt", Text: text}, catalog.Default(), Options{}); len(fs) != 0 {
		t.Errorf("a figure without any year was kept: %+v", fs)
	}
	fs = factsOf(document.Document{Name: "a.txt", Text: text}, catalog.Default(), Options{Year: 2021})
	if len(fs) != 1 || fs[0].Year != 2021 {
		t.Errorf("Options.Year not used: %+v", fs)
	}
	if fs := factsOf(document.Document{Name: "a.txt", Text: text}, nil, Options{Year: 2021}); len(fs) != 1 {
		t.Errorf("nil catalog should mean the default one: %+v", fs)
	}
}

func TestUnitDetection(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"named district", "Quận Hoàng Mai phấn đấu hoàn thành các chỉ tiêu\nSáng 26-12, UBND quận Hoàng Mai tổ chức hội nghị.", "Quận Hoàng Mai"},
		{"person after name folds", "UBND quận Thanh Xuân Võ Đăng Dũng chủ trì. Quận Thanh Xuân đạt nhiều kết quả.", "Quận Thanh Xuân"},
		{"party committee", "Quận ủy Hải Châu xác định nhiệm vụ năm 2019.", "Quận Hải Châu"},
		{"bare TX", "UBND TX họp, nghe dự kiến các chỉ tiêu\nChủ tịch UBND TX chủ trì; xã Tiền An lên phường.", "Thị xã"},
		{"bare huyện", "Năm 2024, huyện tiếp tục duy trì mục tiêu. Toàn huyện có 8/19 xã đạt chuẩn.", "Huyện"},
		{"abbreviated city", "Kết quả 6 tháng đầu năm của TP Móng Cái; TP đã chủ động chỉ đạo.", "Thành phố Móng Cái"},
		{"province named", "Tổng sản phẩm trên địa bàn tỉnh Quảng Ninh tăng. Tỉnh ủy Quảng Ninh chỉ đạo.", "Tỉnh Quảng Ninh"},
		{"province bare", "Tổng sản phẩm trên địa bàn tỉnh tăng; thu vượt dự toán tỉnh giao; các huyện đều đạt.", "Tỉnh"},
		{"parent province and neighbour city", "Thị xã Quảng Yên nằm ở phía Nam tỉnh Quảng Ninh và giáp thành phố Hạ Long. Quảng Yên là thị xã ven biển. Năm 2024, Quảng Yên tăng trưởng.", "Thị xã Quảng Yên"},
		{"central city is the parent", "UBND huyện Đông Anh vừa tổng kết. Đông Anh thu ngân sách cao nhất TP. Hà Nội, hơn Thành phố Hà Nội dự kiến.", "Huyện Đông Anh"},
		{"assigning city is not the subject", "Quận Ngô Quyền hoàn thành chỉ tiêu thành phố giao; UBND thành phố Lê Anh Quân dự. Quận Ngô Quyền tiếp tục.", "Quận Ngô Quyền"},
		{"level word ends a sentence", "Năm 2024, huyện tiếp tục duy trì mục tiêu của huyện. Chú trọng phát triển toàn diện.", "Huyện"},
		{"all capitals", "UBND QUẬN HOÀNG MAI\nBáo cáo năm 2024", "Quận Hoàng Mai"},
		{"numbered district", "UBND Quận 1 tổ chức hội nghị; Quận 1 đạt kết quả.", "Quận 1"},
		{"special zone", "Đặc khu Phú Quốc tổng kết năm 2025\nUBND đặc khu Phú Quốc cho biết thu ngân sách vượt dự toán.", "Đặc khu Phú Quốc"},
		{"city acronym", "TP.HCM: thu ngân sách vượt dự toán\nNăm 2024, TP.HCM thu ngân sách đạt 500.000 tỷ đồng.", "Thành phố Hồ Chí Minh"},
		{"commune after the 2025 reform", "Kết quả nổi bật năm 2025\nĐảng ủy xã Tân Lập tổ chức hội nghị. Năm 2025, xã Tân Lập thu 45 tỷ đồng. Tỉnh Phú Thọ đánh giá cao kết quả của xã.", "Xã Tân Lập"},
		{"place and level word", "Kinh tế tăng trưởng khá\nLãnh đạo UBND tỉnh cho biết: Tại Nam Định, năm 2023 kinh tế tăng. Toàn tỉnh thu ngân sách vượt dự toán.", "Tỉnh Nam Định"},
		{"headline place", "Nam Định: Thu ngân sách vượt dự toán\nNgày 15/12/2023, UBND tỉnh tổ chức hội nghị; thu ngân sách toàn tỉnh vượt dự toán.", "Tỉnh Nam Định"},
		{"province listing its districts", "Quảng Ninh: thu ngân sách năm 2023 đạt 50.000 tỷ đồng\nTại kỳ họp HĐND tỉnh, UBND tỉnh báo cáo. Thành phố Hạ Long thu 15.000 tỷ đồng; thị xã Quảng Yên thu 2.000 tỷ đồng.", "Tỉnh Quảng Ninh"},
		{"letterhead: the issuing unit under its parent", "UBND TỈNH BẮC NINH\nUBND HUYỆN TIÊN DU\nSố: 215/BC-UBND\nBÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024\nTỉnh Bắc Ninh giao cho huyện các chỉ tiêu.", "Huyện Tiên Du"},
		{"letterhead beside the motto", "UBND HUYỆN NAM TRỰC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBÁO CÁO tình hình kinh tế - xã hội năm 2023", "Huyện Nam Trực"},
		{"letterhead in two columns", "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN KÔNG CHRO                          Độc lập - Tự do - Hạnh phúc\nSố: 412/BC-UBND                    Kông Chro, ngày 05 tháng 10 năm 2023\nBÁO CÁO\nTình hình thực hiện nhiệm vụ 9 tháng đầu năm", "Huyện Kông Chro"},
		{"council written out, under a section's heading", "HOẠT ĐỘNG CÁC XÃ - THỊ TRẤN HOẠT ĐỘNG CÁC XÃ - THỊ TRẤN\n\nKỳ họp thứ 4, Hội đồng nhân dân xã Hạ Mỗ khóa XXII, nhiệm kỳ 2021- 2026\nNgày đăng 30/12/2021 | 15:01  | Lượt xem: 205\n\nSáng ngày 28/12/2021, Hội đồng nhân dân xã Hạ Mỗ tổ chức khai mạc Kỳ họp thứ 4.\n\nẢnh: Toàn cảnh Kỳ họp thứ 4, Hội đồng nhân dân xã Hạ Mỗ\n\nTại Kỳ họp, các đại biểu đã nghe UBND xã Hạ Mỗ báo cáo: năm 2021, thu ngân sách đạt 14,5 tỷ đồng, đạt 100% dự toán.", "Xã Hạ Mỗ"},
		{"council abbreviated, under a section's heading", "HOẠT ĐỘNG CÁC XÃ - THỊ TRẤN HOẠT ĐỘNG CÁC XÃ - THỊ TRẤN\n\nKỳ họp thứ 4, HĐND xã Hạ Mỗ khóa XXII, nhiệm kỳ 2021- 2026\nNgày đăng 30/12/2021 | 15:01  | Lượt xem: 205\n\nSáng ngày 28/12/2021, HĐND xã Hạ Mỗ tổ chức khai mạc Kỳ họp thứ 4.\n\nẢnh: Toàn cảnh Kỳ họp thứ 4, HĐND xã Hạ Mỗ\n\nTại Kỳ họp, các đại biểu đã nghe UBND xã Hạ Mỗ báo cáo: năm 2021, thu ngân sách đạt 14,5 tỷ đồng, đạt 100% dự toán.", "Xã Hạ Mỗ"},
		{"letterhead in two columns on one line, copied from a PDF", "UBND HUYỆN THANH TRÌ                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG TÀI CHÍNH - KẾ HOẠCH             Độc lập - Tự do - Hạnh phúc\nBÁO CÁO\nTình hình thực hiện nhiệm vụ năm 2023", "Huyện Thanh Trì"},
		{"a letterhead's province and department run together", "UBND TỈNH QUẢNG TRỊ SỞ KẾ HOẠCH VÀ ĐẦU TƯ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nBIỂU TỔNG HỢP CÁC CHỈ TIÊU CHỦ YẾU NĂM 2023", "Tỉnh Quảng Trị"},
		{"a letterhead's district and office run together", "UBND HUYỆN VĨNH LINH PHÒNG TÀI CHÍNH - KẾ HOẠCH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBIỂU TỔNG HỢP CÁC CHỈ TIÊU CHỦ YẾU NĂM 2023", "Huyện Vĩnh Linh"},
		{"Hải Phòng's Phòng is its name's", "UBND THÀNH PHỐ HẢI PHÒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNăm 2023 thu ngân sách vượt dự toán.", "Thành phố Hải Phòng"},
		{"a district whose name ends in Từ", "UBND HUYỆN ĐẠI TỪ\nBÁO CÁO KẾT QUẢ NĂM 2023 TỪ NĂM 2020 ĐẾN NAY\nHuyện đạt.", "Huyện Đại Từ"},
		{"a town whose name ends in Năm", "UBND THỊ XÃ NGÃ NĂM\nBÁO CÁO KẾT QUẢ NĂM 2023\nThị xã đạt.", "Thị xã Ngã Năm"},
		{"a town's party committee in the letterhead", "ĐẢNG BỘ TỈNH HÀ TĨNH\nTHỊ ỦY KỲ ANH\n*\nSố 01-BC/TU                                   ĐẢNG CỘNG SẢN VIỆT NAM\nBÁO CÁO CHÍNH TRỊ\ncủa Ban Chấp hành Đảng bộ thị xã khóa II\nTỉnh Hà Tĩnh giao; tỉnh Hà Tĩnh đánh giá cao.", "Thị xã Kỳ Anh"},
		{"a newspaper's banner and a breadcrumb are no headline", "BÁO PHÚ THỌ ĐIỆN TỬ\nChính trị  >  Xây dựng Đảng\nĐại hội đại biểu Đảng bộ xã Toàn Thắng lần thứ I, nhiệm kỳ 2025 - 2030\nĐồng chí Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh dự; lãnh đạo tỉnh tặng hoa; tỉnh đánh giá cao.", "Xã Toàn Thắng"},
		{"a provincial paper names a bare province", "Báo Quảng Ngãi điện tử\nTập trung hoàn thành nhiệm vụ năm 2021\nBan Chấp hành Đảng bộ tỉnh họp; GRDP của tỉnh tăng 6%; thu ngân sách toàn tỉnh vượt dự toán.", "Tỉnh Quảng Ngãi"},
		{"a province named without its level word", "Kinh tế tăng trưởng khá\nNăm 2023, Nghệ An thu ngân sách vượt dự toán; kinh tế Nghệ An tăng 8%.", "Tỉnh Nghệ An"},
		{"the place of a date line is no unit", "Khánh Hòa, ngày 15/01/2024\n\nThị xã Ninh Hòa: Nhiều chỉ tiêu vượt kế hoạch\nNăm 2023, thị xã Ninh Hòa đạt kết quả tích cực.", "Thị xã Ninh Hòa"},
		{"named once each, the first is the subject", "Năm 2014 - Kinh tế phát triển\nKinh tế của tỉnh Yên Bái giữ được sự ổn định. Đến nay xã Tuy Lộc đã hoàn thành 19/19 tiêu chí.", "Tỉnh Yên Bái"},
		{"a province's name with a hyphen", "Kinh tế 6 tháng đầu năm\nUBND tỉnh Bà Rịa - Vũng Tàu họp báo; tỉnh Bà Rịa - Vũng Tàu cho biết thu ngân sách giảm.", "Tỉnh Bà Rịa - Vũng Tàu"},
		{"a city's name glued by a hyphen", "Kết quả giảm nghèo\nThành phố Phan Rang-Tháp Chàm giảm 0,28%; thành phố Phan Rang-Tháp Chàm đạt kế hoạch.", "Thành phố Phan Rang-Tháp Chàm"},
		{"a paper's banner glued to its owner", "BÁO PHÚ THỌCơ quan của Đảng bộ tỉnh Phú Thọ\nViệt Trì 17°C\nPhường Nông Trang triển khai nhiệm vụ năm 2026\nChiều 10/1, phường Nông Trang tổ chức hội nghị; phường Nông Trang phấn đấu.", "Phường Nông Trang"},
		{"a site's banner over the page of a district", "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH\nTrang chủ | Tin tức | Cấp ủy | Liên hệ\nPhụ lục số liệu báo cáo chính trị của Đảng bộ Quận 12\nThành phố Hồ Chí Minh giao chỉ tiêu; Thành phố Hồ Chí Minh đánh giá.", "Quận 12"},
		{"society is no commune", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI HUYỆN GIA LÂM\nHuyện Gia Lâm đạt.", "Huyện Gia Lâm"},
		{"a department's name: Thương binh và Xã hội", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÀ GIANG\nCông bố kết quả rà soát hộ nghèo năm 2023\nToàn tỉnh có 42.315 hộ nghèo.", "Tỉnh Hà Giang"},
		{"a title in capitals goes on after the name", "MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU TỈNH NINH BÌNH GIAI ĐOẠN 2019 - 2023\nTỷ lệ hộ nghèo giảm.", "Tỉnh Ninh Bình"},
		{"a title in capitals: the year after the name", "KẾT QUẢ THỰC HIỆN CHỈ TIÊU HUYỆN YÊN THÀNH NĂM 2024\nHuyện đạt.", "Huyện Yên Thành"},
		{"a headline naming a body is no letterhead", "UBND huyện Đông Anh tổng kết năm 2024\nThành phố Hà Nội giao, Thành phố Hà Nội khen thưởng xã Uy Nỗ.", "Huyện Đông Anh"},
		{"an official's name after the level word", "Kinh tế tăng trưởng trở lại\nPhó Chủ tịch UBND tỉnh Hồ Quang Bửu cho biết, thu ngân sách toàn tỉnh vượt dự toán; các huyện đều đạt.", "Tỉnh"},
		{"an official's name after the unit's name", "Thu ngân sách vượt dự toán\nChủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh cho biết, tỉnh thu ngân sách vượt dự toán.", "Tỉnh Quảng Nam"},
		{"a district named like a family", "Quận Lê Chân tổng kết năm 2024\nChủ tịch UBND quận Lê Chân Nguyễn Văn Hải chủ trì.", "Quận Lê Chân"},
		{"a name inside a longer one is not its mention", "Kinh tế Tân Phúc khởi sắc\nNăm 2019, xã Tân Phú được chia thành xã Tân Phúc và xã Tân Hòa. Năm 2024, xã Tân Phúc thu ngân sách đạt 20 tỷ đồng; Tân Phúc tăng trưởng 8%.", "Xã Tân Phúc"},
		{"a neighbour whose name starts the subject's", "Năm 2023, huyện Bình Giang thu ngân sách 300 tỷ đồng. Đoàn công tác huyện Bình Gia đến thăm. Bình Giang tiếp tục thu hút đầu tư; Bình Giang đạt kế hoạch.", "Huyện Bình Giang"},
		{"a name before a mark is a whole mention", "Năm 2023, huyện Bình Gia thu ngân sách 90 tỷ đồng. Đoàn công tác huyện Bình Giang đến thăm Bình Gia. Kinh tế Bình Gia, nông nghiệp Bình Gia (Lạng Sơn) đều tăng.", "Huyện Bình Gia"},
		{"outlet and address are no unit", "Thu ngân sách đạt 120 tỷ đồng\nUBND huyện tổ chức hội nghị tổng kết; huyện thu ngân sách vượt dự toán.\nPV Đài Phát thanh - Truyền hình tỉnh Hà Giang\nhttps://baohagiang.vn/tinh-ha-giang/huyen", "Huyện"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pg := splitPage(tc.text)
			x := New(nil, Options{}).newDocReader("t", tc.text, pg.articles[0], pg)
			if x.unit != tc.want {
				t.Errorf("unit %q, want %q", x.unit, tc.want)
			}
		})
	}
}

// one extracts a text and returns the facts of one indicator, for the
// table tests below.
func one(t *testing.T, text, indicator string) []facts.Fact {
	t.Helper()
	var out []facts.Fact
	for _, f := range extractText("t.txt", text) {
		if f.Indicator == indicator {
			out = append(out, f)
		}
	}
	return out
}

func TestYearDetection(t *testing.T) {
	tests := []struct {
		name, text, ind string
		kind            facts.Kind
		year            int
		asOf            string
	}{
		{"explicit year", "Quận Hoàng Mai\nNăm 2023, thu ngân sách ước đạt 2.000 tỷ đồng.", "thu_ngan_sach", facts.Actual, 2023, ""},
		{"year carries to the next sentence", "Quận Hoàng Mai\nNăm 2018, tình hình ổn định. Tổng thu ngân sách ước đạt 1.266 tỷ đồng.", "thu_ngan_sach", facts.Actual, 2018, ""},
		{"comparison year is not the year", "Quận Hoàng Mai\n26/12/2023 - 13:37\nThu ngân sách đạt 2.000 tỷ đồng, tăng 16% so với năm 2022.", "thu_ngan_sach", facts.Actual, 2023, ""},
		{"December dateline: plans are next year's", "Quận Hoàng Mai\n26/12/2023 - 13:37\nQuận phấn đấu thu ngân sách 1.550 tỷ đồng.", "thu_ngan_sach", facts.Plan, 2024, ""},
		{"January dateline: results are last year's", "Quận Hoàng Mai\n08/01/2023 17:46\nQuận đã thu ngân sách đạt 1.550 tỷ đồng.", "thu_ngan_sach", facts.Actual, 2022, ""},
		{"date header line", " date 2023-12 Năm 2024, huyện phấn đấu thu ngân sách 500 tỷ đồng.", "thu_ngan_sach", facts.Plan, 2024, ""},
		{"page header date says nothing", "Hà Nội, ngày 10-07-2020\n\nQuận Tây Hồ\n16/01/2019 12:15\nNăm 2018, thu ngân sách nhà nước đạt 121% dự toán giao.", "thu_ngan_sach", facts.PctOfPlan, 2018, ""},
		{"cumulative to a date", "Quận Thanh Xuân\nThu ngân sách của quận đến ngày 31-10-2024 là hơn 5.606 tỷ đồng.", "thu_ngan_sach", facts.Actual, 2024, "2024-10-31"},
		{"date without a year", "Huyện\nước tính đến ngày 30-9, diện tích tăng. Tổng thu ngân sách được 59 tỷ đồng. Các chỉ tiêu của năm 2024 sẽ đạt.", "thu_ngan_sach", facts.Actual, 2024, "2024-09-30"},
		{"first half", " date 2023-06 6 tháng đầu năm, kinh tế tăng trưởng.\n\nUớc thu ngân sách nhà nước hơn 2 nghìn tỷ đồng.", "thu_ngan_sach", facts.Actual, 2023, "2023-06-30"},
		{"nine months", "Thị xã Đông Triều\n9 tháng năm 2018, thu ngân sách ước đạt 279,4 tỷ đồng.", "thu_ngan_sach", facts.Actual, 2018, "2018-09-30"},
		{"nine months in words", "Thành phố Đà Nẵng\nNăm 2024, GRDP quý 1 và quý 2 tăng khá. Tính chung chín tháng qua, thu ngân sách ước đạt 19.112 tỷ đồng.", "thu_ngan_sach", facts.Actual, 2024, "2024-09-30"},
		{"eleven months in words", "Huyện A\nNăm 2024, mười một tháng, thu ngân sách ước đạt 300 tỷ đồng.", "thu_ngan_sach", facts.Actual, 2024, "2024-11-30"},
		{"the same period's growth a year before", "Thành phố Đà Nẵng\nNăm 2024, tính chung chín tháng, GRDP ước tăng 6,47%, cao hơn mức tăng 3,94% cùng kỳ năm 2023.", "tang_truong_kinh_te", facts.Actual, 2024, "2024-09-30"},
		{"to a point in time", " date 2020-03 Huyện A\nTheo báo cáo của UBND huyện, đến thời điểm 31/10/2019, thu ngân sách đạt 200 tỷ đồng.", "thu_ngan_sach", facts.Actual, 2019, "2019-10-31"},
		{"a full-year sentence ends the part year", "Huyện A\n6 tháng đầu năm 2022, thu ngân sách đạt 100 tỷ đồng.\nNăm 2022, huyện phấn đấu thu ngân sách 250 tỷ đồng.", "thu_ngan_sach", facts.Plan, 2022, ""},
		{"year after the figure in its clause", "Quận Ba Đình đặt chỉ tiêu thu ngân sách hơn 12 nghìn tỷ đồng năm 2025", "thu_ngan_sach", facts.Plan, 2025, ""},
		{"lede month infers the year", "Quận Hải Châu\nNgày 15-12, quận triển khai nhiệm vụ năm 2019. Năm 2018, tổng thu ngân sách ước đạt 1.266 tỷ đồng. Quận phấn đấu thu ngân sách 1.550 tỷ đồng.", "thu_ngan_sach", facts.Actual, 2018, ""},
		{"to the end of a month", "Huyện Sóc Sơn\nTính đến hết tháng 10/2024, thu ngân sách trên địa bàn huyện đạt 2.100 tỷ đồng.", "thu_ngan_sach", facts.Actual, 2024, "2024-10-31"},
		{"a text with no year speaks from its newest term", "Xã Vĩnh Thành\nSáng 26/7, Đảng bộ xã tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030.\nTrong nhiệm kỳ, Đảng bộ xã kết nạp được 157 đảng viên mới.", "dang_vien_moi", facts.Actual, 2025, ""},
		{"a dated event names the year a term does not", "Quận Cầu Giấy họp kỳ cuối\n\nChiều 18/6, HĐND quận khóa XX, nhiệm kỳ 2021 - 2026 họp kỳ cuối. Kỳ họp chuẩn bị cho mô hình chính quyền hai cấp từ ngày 1/7/2025.\n\nTính đến ngày 10/6, thu ngân sách trên địa bàn quận đạt 3.100 tỷ đồng. Chi ngân sách bảo đảm nhiệm vụ.", "thu_ngan_sach", facts.Actual, 2025, "2025-06-10"},
		{"the year of what a council ratifies", "Huyện Bảo Lạc\nTừ ngày 26 - 28/6/2017, HĐND huyện tổ chức kỳ họp đánh giá 6 tháng đầu năm 2017. Các đại biểu tham dự đông đủ.\nKỳ họp bầu 1 ủy viên UBND huyện; thông qua Nghị quyết phê chuẩn quyết toán ngân sách địa phương năm 2016; Nghị quyết phê chuẩn Chương trình giám sát năm 2018.\nThu ngân sách trên địa bàn đạt 3,1 tỷ đồng, bằng 30% KH.", "thu_ngan_sach", facts.Actual, 2017, "2017-06-30"},
		{"a term opening its clause", "Huyện A\nNgày 20/7/2025, Đảng bộ huyện tổ chức Đại hội.\nNhiệm kỳ 2025 - 2030, Đảng bộ huyện đề ra 17 chỉ tiêu.", "chi_tieu_hoan_thanh", facts.Plan, 2030, ""},
		{"reached by a year", "Xã A\nNgày 20/7, Đảng bộ xã tổ chức Đại hội nhiệm kỳ 2025 - 2030.\nĐến năm 2025, tổng giá trị sản xuất toàn xã đạt hơn 3.600 tỷ đồng. Tỷ lệ hộ nghèo còn 1%.", "gia_tri_san_xuat", facts.Actual, 2025, ""},
		{"where a stretch starts is not the year", " date 2024-07 Tăng trưởng kinh tế 6 tháng đầu năm 2024 đạt 2,7%. Ngành công nghiệp phục hồi sau thời gian khó khăn kể từ đầu năm 2023.\n\nTổng thu ngân sách nhà nước 6 tháng là 12.221 tỷ đồng.", "thu_ngan_sach", facts.Actual, 2024, "2024-06-30"},
		{"a lede naming results and next tasks", "Huyện Bá Thước\n19/12/2024\nNgày 19/12, HĐND huyện tổ chức Kỳ họp thứ 22 đánh giá kết quả năm 2024, triển khai nhiệm vụ năm 2025.\nCơ cấu kinh tế chuyển dịch đúng hướng; các ngành dịch vụ chiếm 30,8%.", "ty_trong_dich_vu", facts.Actual, 2024, ""},
		{"results are of the past", "Huyện A\n19/12/2024\nNăm 2025, huyện tập trung phát triển sản xuất nông nghiệp.\nCó 31/37 chỉ tiêu chủ yếu hoàn thành kế hoạch.", "chi_tieu_hoan_thanh", facts.Actual, 2024, ""},
		{"a report's date written out", "ỦY BAN NHÂN DÂN\nHUYỆN KÔNG CHRO\nSố: 412/BC-UBND                    Kông Chro, ngày 05 tháng 10 năm 2023\nBÁO CÁO\nĐẩy nhanh tiến độ giải ngân; phấn đấu đến 31/01/2024 giải ngân đạt 100% KH vốn. Kết nạp 52 đảng viên, đạt 61,2% KH.", "dang_vien_moi", facts.PctOfPlan, 2023, ""},
		{"a congress's targets are its term's", " date 2025-09 Đại hội đại biểu Đảng bộ xã Vĩnh Lộc lần thứ I, nhiệm kỳ 2025-2030\n\nNghị quyết đề ra 25 chỉ tiêu. Hàng năm kết nạp mới từ 25 đảng viên trở lên.", "dang_vien_moi", facts.Plan, 2030, ""},
		{"a congress's results are the past term's", " date 2025-09 Đại hội đại biểu Đảng bộ xã Vĩnh Lộc lần thứ I, nhiệm kỳ 2025-2030\n\nNhiệm kỳ qua, xã kết nạp 128 đảng viên mới.", "dang_vien_moi", facts.Actual, 2025, ""},
		{"span is not a year", "Huyện A\nNăm 2023, trong nhiệm kỳ 2020-2025, thu ngân sách ước đạt 300 tỷ đồng.", "thu_ngan_sach", facts.Actual, 2023, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := one(t, tc.text, tc.ind)
			for _, f := range fs {
				if f.Kind == tc.kind {
					if f.Year != tc.year || f.AsOf != tc.asOf {
						t.Errorf("year %d as_of %q, want %d %q (%s)", f.Year, f.AsOf, tc.year, tc.asOf, f.Evidence)
					}
					return
				}
			}
			t.Errorf("no %s %s fact; got %s", tc.ind, tc.kind, encode(fs))
		})
	}
}

func TestKindDetection(t *testing.T) {
	type want struct {
		ind   string
		kind  facts.Kind
		value float64
	}
	tests := []struct {
		name, text string
		want       []want // all facts, in order
	}{
		{"actual and change", "thu ngân sách đạt 2.378 tỷ đồng, tăng 16% so với cùng kỳ",
			[]want{{"thu_ngan_sach", facts.Actual, 2378e9}, {"thu_ngan_sach", facts.ChangeVsPrev, 16}}},
		{"pct of plan and of previous", "tổng giá trị sản xuất ước đạt 14.759,03 tỷ đồng, đạt 99,59% kế hoạch và bằng 108,44% so với năm 2022",
			[]want{{"gia_tri_san_xuat", facts.Actual, 14759.03e9}, {"gia_tri_san_xuat", facts.PctOfPlan, 99.59}, {"gia_tri_san_xuat", facts.PctOfPrev, 108.44}}},
		{"decrease is negative", "chi ngân sách đạt 500 tỷ đồng, giảm 3% so với cùng kỳ",
			[]want{{"chi_ngan_sach", facts.Actual, 500e9}, {"chi_ngan_sach", facts.ChangeVsPrev, -3}}},
		{"abbreviations KH and CK", "Tổng mức bán lẻ 6 tháng đạt 3.377,1 tỷ đồng, đạt 43,6% KH, tăng 3,4% CK",
			[]want{{"tong_muc_ban_le", facts.Actual, 3377.1e9}, {"tong_muc_ban_le", facts.PctOfPlan, 43.6}, {"tong_muc_ban_le", facts.ChangeVsPrev, 3.4}}},
		{"plan cue", "Quận phấn đấu thu ngân sách 1.550 tỷ đồng",
			[]want{{"thu_ngan_sach", facts.Plan, 1550e9}}},
		{"plan list after đề ra", "UBND quận đề ra 24 chỉ tiêu chủ yếu như: Tổng thu ngân sách Nhà nước trên địa bàn đạt 6.617,2 tỷ đồng; tổng số chi ngân sách Nhà nước đạt 1.513 tỷ đồng",
			[]want{{"chi_tieu_hoan_thanh", facts.Plan, 24}, {"thu_ngan_sach", facts.Plan, 6617.2e9}, {"chi_ngan_sach", facts.Plan, 1513e9}}},
		{"fraction of targets", "quận đã hoàn thành 13/14 chỉ tiêu thành phố giao",
			[]want{{"chi_tieu_hoan_thanh", facts.Actual, 13}, {"chi_tieu_hoan_thanh", facts.Plan, 14}}},
		{"component targets are not targets", "có 34/41 chỉ tiêu thành phần hoàn thành", nil},
		{"a ranking is no count", "giáo dục được xếp hạng 2/30 quận, huyện", nil},
		{"assigned targets", "thành phố giao cho quận 19 chỉ tiêu KTXH (4 chỉ tiêu kinh tế và 15 chỉ tiêu văn hóa)",
			[]want{{"chi_tieu_hoan_thanh", facts.Plan, 19}}},
		{"parts counted are no fact", "trong đó có 7 chỉ tiêu vượt kế hoạch", nil},
		{"growth rate is the value", "kinh tế quận ước thực hiện tăng 10,74%, vượt kế hoạch đề ra (8,79%)",
			[]want{{"tang_truong_kinh_te", facts.Actual, 10.74}, {"tang_truong_kinh_te", facts.Plan, 8.79}}},
		{"comparison with the plan is no fact", "thu ngân sách đạt 2.004 tỷ đồng, tăng 23% so với dự toán năm 2017",
			[]want{{"thu_ngan_sach", facts.Actual, 2004e9}}},
		{"beating the plan by X% is no fact", "Tổng thu ngân sách trên địa bàn đạt 2.418 tỷ đồng, vượt hơn 10% so với dự toán thành phố giao",
			[]want{{"thu_ngan_sach", facts.Actual, 2418e9}}},
		{"bare increase after an amount", "tổng thu ngân sách Nhà nước đạt 1.550 tỷ đồng, tăng trên 22%",
			[]want{{"thu_ngan_sach", facts.Actual, 1550e9}, {"thu_ngan_sach", facts.ChangeVsPrev, 22}}},
		{"bracketed ratio after the plan", "thu ngân sách vượt mức chỉ tiêu đề ra (103,8%)",
			[]want{{"thu_ngan_sach", facts.PctOfPlan, 103.8}}},
		{"domestic revenue is a part", "Thu ngân sách nội địa 9 tháng ước đạt 279,4 tỷ đồng, đạt 73% dự toán tỉnh", nil},
		{"customs after trong đó", "tổng thu NSNN 6 tháng ước tăng 24,4% CK (trong đó: thu nội địa đạt 72,5% DT tỉnh giao; thu từ ngành Hải quan bằng 38,2% DT)",
			[]want{{"thu_ngan_sach", facts.ChangeVsPrev, 24.4}}},
		{"one sector's production value", "Giá trị sản xuất ngành công nghiệp ước đạt 16,2 nghìn tỷ đồng, tăng 10,82% so với cùng kỳ", nil},
		{"per capita", "không còn hộ nghèo mức thu nhập 21 triệu đồng/người/năm trở xuống", nil},
		{"a difference is no fact", "tổng thu ngân sách nhà nước là 1.651 tỷ 346 triệu đồng (cao hơn 330 tỷ đồng so với thành phố giao)",
			[]want{{"thu_ngan_sach", facts.Actual, 1651346e6}}},
		{"cue after the figure", "97% người dân tham gia bảo hiểm y tế",
			[]want{{"ty_le_bhyt", facts.Actual, 97}}},
		{"households out of poverty with plan", "đã có 19 hộ thoát nghèo, đạt 380% kế hoạch (kế hoạch giảm 5 hộ)",
			[]want{{"ho_thoat_ngheo", facts.Actual, 19}, {"ho_thoat_ngheo", facts.PctOfPlan, 380}, {"ho_thoat_ngheo", facts.Plan, 5}}},
		{"a rate changes in points", "ngành thương mại-dịch vụ chiếm 25,40%, tăng 0,01% so với năm 2023",
			[]want{{"ty_trong_dich_vu", facts.Actual, 25.4}, {"ty_trong_dich_vu", facts.ChangeVsPrev, 0.01}}},
		{"range", "Tổng mức bán lẻ hàng hóa tăng 15-16% so với năm 2022",
			[]want{{"tong_muc_ban_le", facts.ChangeVsPrev, 15}}},
		{"sector growth is not the economy's", "khu vực công nghiệp - xây dựng dự ước tăng trưởng 9,9%", nil},
		{"share of all households is no count", "Quận đã xóa hết 100% hộ nghèo", nil},
		{"carried subject across a semicolon", "thực hiện chi ngân sách đạt hơn 1.204,5 tỷ đồng, đạt 77,14% dự toán thành phố giao; đạt 68,68% dự toán HĐND quận giao",
			[]want{{"chi_ngan_sach", facts.Actual, 1204.5e9}, {"chi_ngan_sach", facts.PctOfPlan, 77.14}, {"chi_ngan_sach", facts.PctOfPlan, 68.68}}},
		{"a new subject ends the carry", "thu ngân sách đạt 2.418 tỷ đồng; thu phí hạ tầng cảng biển đạt 1.548 tỷ đồng, đạt 99,9% kế hoạch",
			[]want{{"thu_ngan_sach", facts.Actual, 2418e9}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := "Quận Hoàng Mai\nNăm 2023, " + tc.text + "."
			var got []want
			for _, f := range extractText("t.txt", text) {
				got = append(got, want{f.Indicator, f.Kind, f.Value})
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				w, g := tc.want[i], got[i]
				if g.ind != w.ind || g.kind != w.kind || !closeValue(g.value, w.value, "%") && !closeValue(g.value, w.value, "") {
					t.Errorf("fact %d: got %v, want %v", i, g, w)
				}
			}
		})
	}
}

func TestQualifierAndEstimate(t *testing.T) {
	fs := one(t, "Thị xã\n15/09/2023\nTheo dự thảo kế hoạch năm 2024, dự kiến các chỉ tiêu: Thu ngân sách Nhà nước khoảng 1.000 tỷ đồng; Thôn, khu văn hóa đạt trên 80%.", "thu_ngan_sach")
	if len(fs) != 1 || fs[0].Qualifier != facts.Approx || !fs[0].Estimate || fs[0].Kind != facts.Plan || fs[0].Year != 2024 {
		t.Errorf("got %s", encode(fs))
	}
	fs = one(t, "Thị xã\n15/09/2023\nTheo dự thảo kế hoạch năm 2024, dự kiến các chỉ tiêu: Thu ngân sách Nhà nước khoảng 1.000 tỷ đồng; Thôn, khu văn hóa đạt trên 80%.", "ty_le_khu_dan_cu_van_hoa")
	if len(fs) != 1 || fs[0].Qualifier != facts.Over || fs[0].Value != 80 {
		t.Errorf("got %s", encode(fs))
	}
	fs = one(t, "Quận A\nNăm 2024, Tổng mức bán lẻ hàng hóa tăng 15-16% so với năm 2023.", "tong_muc_ban_le")
	if len(fs) != 1 || fs[0].ValueMax == nil || *fs[0].ValueMax != 16 {
		t.Errorf("range: got %s", encode(fs))
	}
}

func TestDuplicates(t *testing.T) {
	text := "Quận Ba Đình đặt chỉ tiêu thu ngân sách hơn 12 nghìn tỷ đồng năm 2025\n\n" +
		strings.Repeat("Quận Ba Đình tổ chức hội nghị giao chỉ tiêu kế hoạch kinh tế - xã hội năm 2025 với nhiều nội dung quan trọng. ", 3) + "\n" +
		"Trong 25 chỉ tiêu của năm 2025, quận Ba Đình đặt ra chỉ tiêu tổng thu ngân sách nhà nước đạt hơn 12.170 tỷ đồng."
	fs := one(t, text, "thu_ngan_sach")
	if len(fs) != 1 || fs[0].Value != 12170e9 {
		t.Errorf("headline twin kept or precise figure lost: %s", encode(fs))
	}
	// A headline's bound that the lead's figure meets is that figure.
	fs = one(t, "Văn Yên phấn đấu kết nạp trên 300 đảng viên mới\n\n08:30 15/03/2024\nNăm 2024, Đảng bộ huyện Văn Yên phấn đấu kết nạp từ 345 đảng viên mới trở lên.", "dang_vien_moi")
	if len(fs) != 1 || fs[0].Value != 345 {
		t.Errorf("headline bound kept beside the lead's figure: %s", encode(fs))
	}
	if !roundsTo(115075.897, 115075.8) || !roundsTo(12170, 12000) || !roundsTo(6617.2, 6617) || roundsTo(6617.2, 6600.5) || roundsTo(100, 50) {
		t.Error("roundsTo")
	}
}

func TestSplitting(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Thu ngân sách đạt 2.378 tỷ đồng. Chi ngân sách đạt 1.842 tỷ đồng.", []string{"Thu ngân sách đạt 2.378 tỷ đồng.", "Chi ngân sách đạt 1.842 tỷ đồng."}},
		{"đến ngày 31-10-2024 là hơn 5.606 tỷ đồng, đạt 84,72% dự toán.", []string{"đến ngày 31-10-2024 là hơn 5.606 tỷ đồng, đạt 84,72% dự toán."}},
		{"cao nhất TP. Hà Nội và Q. Hoàng Mai. Năm 2024 tăng.", []string{"cao nhất TP. Hà Nội và Q. Hoàng Mai.", "Năm 2024 tăng."}},
		{"tăng 10,74%, vượt kế hoạch. 6 tháng đầu năm tăng.", []string{"tăng 10,74%, vượt kế hoạch.", "6 tháng đầu năm tăng."}},
		{"giải phóng mặt bằng... Chủ tịch đề nghị", []string{"giải phóng mặt bằng...", "Chủ tịch đề nghị"}},
		{"Cơ cấu (46,7%). Tổng vốn tăng 17,2 % so với năm 2016.", []string{"Cơ cấu (46,7%).", "Tổng vốn tăng 17,2 % so với năm 2016."}},
		{"nhiều chỉ tiêu. tiếp theo chữ thường", []string{"nhiều chỉ tiêu. tiếp theo chữ thường"}},
		// "số." abbreviates a number only before one; before a word it is the word "số" ending a sentence.
		{"chiếm 78,77% dân số. Trong đó, huyện A đạt 85%. Quyết định Số. 12 ban hành.", []string{"chiếm 78,77% dân số.", "Trong đó, huyện A đạt 85%.", "Quyết định Số. 12 ban hành."}},
		// Every byte a sentence end starts with, and 0xE2 that starts
		// no "…" (a dash, a quote), as appendSentences' endFinder finds them.
		{"Đạt kết quả tốt! Năm 2025 tăng? Có lẽ… Chưa – “Được” nhé. Xong", []string{"Đạt kết quả tốt!", "Năm 2025 tăng?", "Có lẽ…", "Chưa – “Được” nhé.", "Xong"}},
		{"Giá trị “cao” – tăng 5%… Tổng thu đạt 1.000 tỷ đồng!! (Nguồn: Sở Tài chính). Hết?", []string{"Giá trị “cao” – tăng 5%…", "Tổng thu đạt 1.000 tỷ đồng!!", "(Nguồn: Sở Tài chính).", "Hết?"}},
	}
	for _, tc := range tests {
		var got []string
		for _, s := range sentences(tc.text) {
			got = append(got, tc.text[s.Start:s.End])
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("sentences(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	p := "Tốc độ tăng trưởng kinh tế tăng trên 22%; Thu ngân sách khoảng 1.000 tỷ đồng;ước tạo việc làm mới cho 2.015 lao động"
	var got []string
	for _, c := range clauses(p, span{0, len(p)}) {
		got = append(got, p[c.Start:c.End])
	}
	want := []string{"Tốc độ tăng trưởng kinh tế tăng trên 22%", "Thu ngân sách khoảng 1.000 tỷ đồng", "ước tạo việc làm mới cho 2.015 lao động"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("clauses = %q, want %q", got, want)
	}
}

func TestTokensFoldToneAndDashes(t *testing.T) {
	a := tokenize(lowerSameLen("Thương mại – Dịch vụ văn hoá, thuỷ sản"), nil)
	b := tokenize(lowerSameLen("thương mại-dịch vụ văn hóa, thủy sản"), nil)
	if len(a) != len(b) {
		t.Fatalf("%v vs %v", a, b)
	}
	for i := range a {
		if a[i].s != b[i].s {
			t.Errorf("token %d: %q vs %q", i, a[i].s, b[i].s)
		}
	}
	if normWord("quý") != "quý" {
		t.Error("qu is a consonant: quý keeps its tone")
	}
}

// TestSpellingVariants: the other spellings in use of a syllable give the
// facts of the spelling cues are written in ("cùng kì", "nhiệm kì", "tỉ
// đồng", "qúy", "qũy").
func TestSpellingVariants(t *testing.T) {
	for _, c := range []struct{ standard, variant string }{
		{"Huyện Gia Lâm: tính đến hết quý III năm 2024, thu ngân sách đạt 1.200 tỷ đồng, tăng 15% so với cùng kỳ năm trước.",
			"Huyện Gia Lâm: tính đến hết qúy III năm 2024, thu ngân sách đạt 1.200 tỉ đồng, tăng 15% so với cùng kì năm trước."},
		{"Huyện Gia Lâm: nhiệm kỳ 2020 - 2025, phấn đấu tốc độ tăng trưởng kinh tế bình quân 12%/năm.",
			"Huyện Gia Lâm: nhiệm kì 2020 - 2025, phấn đấu tốc độ tăng trưởng kinh tế bình quân 12%/năm."},
		{"Huyện Gia Lâm: 9 tháng đầu năm 2024, quý IV phấn đấu thu ngân sách thêm 300 tỷ đồng; tỷ lệ hộ nghèo còn 1,2%.",
			"Huyện Gia Lâm: 9 tháng đầu năm 2024, qúy IV phấn đấu thu ngân sách thêm 300 tỉ đồng; tỉ lệ hộ nghèo còn 1,2%."},
	} {
		checkSameFacts(t, c.standard, c.variant)
	}
	for w, want := range map[string]string{"kì": "kỳ", "tỉ": "tỷ", "qúy": "quý", "qũy": "quỹ", "quý": "quý", "kỹ": "kỹ", "tỉnh": "tỉnh", "hoà": "hòa"} {
		if got := normWord(w); got != want {
			t.Errorf("normWord(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestOfficeAbbreviations: a cue's term written as offices abbreviate it
// ("KH", "NSNN", "GTSX", "BHYT") gives the facts of the term spelled out.
func TestOfficeAbbreviations(t *testing.T) {
	for _, c := range []struct{ full, abbr string }{
		{"Quận Thanh Xuân: năm 2025, phấn đấu tốc độ tăng tổng giá trị sản xuất trên địa bàn đạt 8,6%.",
			"Quận Thanh Xuân: năm 2025, phấn đấu tốc độ tăng tổng GTSX trên địa bàn đạt 8,6%."},
		{"Tỉnh Thanh Hóa: năm 2024, tốc độ tăng trưởng tổng sản phẩm ước đạt 12,16%, vượt kế hoạch và đứng thứ 2 cả nước (sau tỉnh Bắc Giang tăng trưởng 13,85%).",
			"Tỉnh Thanh Hóa: năm 2024, tốc độ tăng trưởng tổng sản phẩm ước đạt 12,16%, vượt KH và đứng thứ 2 cả nước (sau tỉnh Bắc Giang tăng trưởng 13,85%)."},
		{"Quận Thủ Đức: năm 2017, 19 chỉ tiêu kế hoạch năm đã được quận Thủ Đức cơ bản hoàn thành.",
			"Quận Thủ Đức: năm 2017, 19 chỉ tiêu KH năm đã được quận Thủ Đức cơ bản hoàn thành."},
		{"Quận Hoàng Mai: các chỉ tiêu năm 2024: thu ngân sách nhà nước trên địa bàn là 8.471 tỷ đồng; chi cân đối ngân sách nhà nước địa phương là 1.246,695 tỷ đồng.",
			"Quận Hoàng Mai: các chỉ tiêu năm 2024: thu NSNN trên địa bàn là 8.471 tỷ đồng; chi cân đối NSNN địa phương là 1.246,695 tỷ đồng."},
		{"Huyện Gia Lâm: năm 2024, thu ngân sách nhà nước đạt 2.100 tỷ đồng; tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,5%.",
			"Huyện Gia Lâm: năm 2024, thu NSNN đạt 2.100 tỷ đồng; tỷ lệ dân số tham gia BHYT đạt 93,5%."},
	} {
		checkSameFacts(t, c.full, c.abbr)
	}
}

// TestReachedPlanThenChange: a plan named as what a figure reached ("đạt
// kế hoạch", "đạt KH", "đạt dự toán") is a result, so the change after it
// is the figure's change against the same period, not a planned one.
func TestReachedPlanThenChange(t *testing.T) {
	for _, plan := range []string{"kế hoạch", "KH", "dự toán", "DT"} {
		text := "Tỉnh Cà Mau: năm 2023, tổng vốn đầu tư toàn xã hội đạt 24.000 tỉ đồng, đạt " + plan + ", tăng 8,9% so với cùng kỳ."
		found := false
		for _, f := range extractText("a.txt", text) {
			if f.Indicator == "von_dau_tu" && f.Kind == facts.ChangeVsPrev && f.Value == 8.9 {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no change_vs_prev 8,9", text)
		}
	}
}

// TestStraySpaces: a stray double space between words gives the facts of
// the single space.
func TestStraySpaces(t *testing.T) {
	one := "Tỉnh Lào Cai: theo kết quả rà soát năm 2024, toàn tỉnh còn 20.411/181.603 hộ nghèo, chiếm 11,24%."
	two := "Tỉnh Lào Cai: theo kết quả rà soát năm 2024, toàn tỉnh còn 20.411/181.603 hộ  nghèo, chiếm 11,24%."
	want := encode(stripEvidence(extractText("a.txt", one)))
	if got := encode(stripEvidence(extractText("a.txt", two))); len(want) == 0 || !bytes.Equal(got, want) {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func stripEvidence(fs []facts.Fact) []facts.Fact {
	for i := range fs {
		fs[i].Evidence = ""
	}
	return fs
}

func FuzzExtract(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		f.Add(string(b))
	}
	f.Add(" date 2023-1")
	f.Add("Quận A\n(0) Bình luận")
	f.Add("năm 2023 - 18/18 chỉ tiêu; tăng 15-16%;;. . TP. Q.")
	f.Fuzz(func(t *testing.T, text string) {
		fs := factsOf(document.Document{Name: "f.txt", Text: text}, catalog.Default(), Options{Year: 2024})
		for _, fact := range fs {
			if ps := fact.Check(); len(ps) > 0 {
				t.Errorf("invalid fact %+v: %v", fact, ps)
			}
		}
	})
}

func TestLinkLinesIgnored(t *testing.T) {
	text := "Huyện Sóc Sơn\n\nNăm 2024, thu ngân sách trên địa bàn huyện đạt 2.100 tỷ đồng.\nXem thêm: Huyện Sóc Sơn thu ngân sách 900 tỷ đồng\n- 11-01-2025Huyện này thu ngân sách hơn 27.000 tỷ đồng"
	if fs := one(t, text, "thu_ngan_sach"); len(fs) != 1 || fs[0].Value != 2100e9 {
		t.Errorf("got %s", encode(fs))
	}
}

func TestSeveralUnits(t *testing.T) {
	text := "Nhiều quận, huyện thu ngân sách vượt dự toán\n\n05/01/2024\n\n" +
		"Năm 2023, quận Hoàn Kiếm thu ngân sách đạt 15.000 tỷ đồng, đạt 110% dự toán; quận Ba Đình đạt 12.000 tỷ đồng; huyện Đông Anh đạt 27.000 tỷ đồng. Quận Hoàn Kiếm dẫn đầu."
	want := map[float64]string{15000e9: "Quận Hoàn Kiếm", 110: "Quận Hoàn Kiếm", 12000e9: "Quận Ba Đình", 27000e9: "Huyện Đông Anh"}
	fs := one(t, text, "thu_ngan_sach")
	if len(fs) != len(want) {
		t.Fatalf("got %s", encode(fs))
	}
	for _, f := range fs {
		if want[f.Value] != f.Unit {
			t.Errorf("%v: unit %q, want %q", f.Value, f.Unit, want[f.Value])
		}
	}
	// A commune named in a district's text is a part, not a peer.
	fs = one(t, "Huyện Thạnh Hóa đề ra chỉ tiêu\n\nNăm 2024, huyện Thạnh Hóa phấn đấu không còn xã Nông thôn mới nợ tiêu chí; thu ngân sách 137,5 tỉ đồng.", "thu_ngan_sach")
	if len(fs) != 1 || fs[0].Unit != "Huyện Thạnh Hóa" {
		t.Errorf("got %s", encode(fs))
	}
}

func TestProvinceHeadline(t *testing.T) {
	text := "Tỉnh Quảng Ninh: thu ngân sách năm 2023 vượt dự toán\n\n05/01/2024\n\nNăm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ninh đạt 50.000 tỷ đồng. TP Hạ Long dẫn đầu; TP Hạ Long và TP Cẩm Phả đều vượt dự toán, TP Hạ Long tăng mạnh."
	fs := one(t, text, "thu_ngan_sach")
	if len(fs) != 1 || fs[0].Unit != "Tỉnh Quảng Ninh" {
		t.Errorf("got %s", encode(fs))
	}
}

// factsOf extracts a document with a new Extractor, for tests that need
// only the facts.
func factsOf(d document.Document, cat *catalog.Catalog, opt Options) []facts.Fact {
	fs, _ := New(cat, opt).Extract(d)
	return fs
}

// TestUnitLists: per-unit lists whose units go without their level word
// take it from where the text names them, or from the tier it lists;
// provinces are named bare; a parent in brackets is no subject.
func TestUnitLists(t *testing.T) {
	tests := []struct {
		name, text, ind string
		want            map[float64]string
	}{
		{"districts of a province's round-up", "Nhiều huyện miền núi thu ngân sách vượt dự toán\n\n29/12/2023\n\nNăm 2023, nhiều huyện miền núi của tỉnh Thanh Hóa vượt dự toán. Huyện Ngọc Lặc thu ngân sách đạt 312,5 tỷ đồng. Cũng trong năm, Thạch Thành thu 268 tỷ đồng, đạt 118% dự toán tỉnh giao; Cẩm Thủy 245,7 tỷ đồng, đạt 131,2%. Toàn tỉnh, tổng thu ngân sách nhà nước ước đạt 51.560 tỷ đồng.",
			"thu_ngan_sach", map[float64]string{312.5e9: "Huyện Ngọc Lặc", 268e9: "Huyện Thạch Thành", 118: "Huyện Thạch Thành", 245.7e9: "Huyện Cẩm Thủy", 131.2: "Huyện Cẩm Thủy", 51560e9: "Tỉnh Thanh Hóa"}},
		{"a list after a colon", "Kết quả giảm nghèo năm 2022 tỉnh Ninh Thuận\n\n06/12/2022\n\nToàn tỉnh Ninh Thuận có 11.015 hộ nghèo, chiếm tỷ lệ 5,93%. Các huyện đều có tỷ lệ hộ nghèo giảm vượt chỉ tiêu giao, riêng huyện Bác Ái chỉ đạt 79% kế hoạch. Tỷ lệ hộ nghèo cuối năm 2022 của các địa phương: Bác Ái 24,6%; Thuận Nam 6,8%.",
			"ty_le_ho_ngheo", map[float64]string{5.93: "Tỉnh Ninh Thuận", 79: "Huyện Bác Ái", 24.6: "Huyện Bác Ái", 6.8: "Huyện Thuận Nam"}},
		{"provinces named bare in a ranking", "Tăng trưởng GRDP năm 2022\n\n22/12/2022\n\nTốc độ tăng trưởng kinh tế (GRDP) của tỉnh Bắc Giang năm 2022 ước đạt 19,8%. GRDP Khánh Hòa ước tăng 20,7%.",
			"tang_truong_kinh_te", map[float64]string{19.8: "Tỉnh Bắc Giang", 20.7: "Tỉnh Khánh Hòa"}},
		{"the parent in brackets", "Phú Tân đẩy nhanh giải ngân\n\n20/07/2024\n\nTheo UBND huyện Phú Tân (An Giang), giải ngân vốn đầu tư công trên địa bàn huyện đạt 142,6 tỷ đồng.",
			"giai_ngan_dau_tu", map[float64]string{142.6e9: "Huyện Phú Tân"}},
		{"a unit followed by what it did", "Kết quả giảm nghèo\n\n06/12/2022\n\nTỉnh Ninh Thuận giảm nghèo vượt kế hoạch; tỷ lệ giảm nghèo vượt kế hoạch cao nhất là huyện Ninh Sơn, đạt 167%.",
			"ty_le_ho_ngheo", map[float64]string{167: "Huyện Ninh Sơn"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := one(t, tc.text, tc.ind)
			got := map[float64]string{}
			for _, f := range fs {
				got[f.Value] = f.Unit
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSamePeriodNoEstimate: the "ước" of this year's figure does not make
// the same period's figure of a year before an estimate.
func TestSamePeriodNoEstimate(t *testing.T) {
	for _, text := range []string{
		"Thành phố Đà Nẵng\nNăm 2024, GRDP ước tăng 6,47%, cao hơn mức tăng 3,94% cùng kỳ năm 2023.",
		"Thành phố Đà Nẵng\nNăm 2024, tốc độ tăng trưởng kinh tế ước đạt 6,47% (cùng kỳ 3,94%).",
	} {
		n := 0
		for _, f := range extractText("t.txt", text) {
			if f.Indicator != "tang_truong_kinh_te" {
				continue
			}
			n++
			if want := f.Value == 6.47; f.Estimate != want {
				t.Errorf("%s: %v estimate %v, want %v", text, f.Value, f.Estimate, want)
			}
		}
		if n != 2 {
			t.Errorf("%s: %d growth facts, want 2", text, n)
		}
	}
}

// checkSameFacts extracts a text and its variant (another spelling, an
// abbreviation) and fails unless the text gives facts and the variant the
// same ones, evidence aside.
func checkSameFacts(t *testing.T, text, variant string) {
	t.Helper()
	want := encode(stripEvidence(extractText("a.txt", text)))
	got := encode(stripEvidence(extractText("a.txt", variant)))
	if len(want) == 0 {
		t.Errorf("%q: no facts", text)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%q:\ngot  %s\nwant %s", variant, got, want)
	}
}
