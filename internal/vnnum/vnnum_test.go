package vnnum

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// w is one expected figure: span is text[Start:End], num is text[NumStart:…]
// prefix.
type w struct {
	span  string
	num   string
	value float64
	max   float64
	of    float64
	form  Form
	uom   string
	noun  string
	qual  string
}

func p(span string, value float64) w { return w{span: span, value: value} }

func (x w) u(uom string) w    { x.uom = uom; return x }
func (x w) n(noun string) w   { x.noun = noun; return x }
func (x w) q(qual string) w   { x.qual = qual; return x }
func (x w) at(num string) w   { x.num = num; return x }
func (x w) rng(max float64) w { x.form, x.max = Range, max; return x }
func (x w) frac(of float64) w { x.form, x.of = Fraction, of; return x }

var scanCases = []struct {
	in   string
	want []w
}{
	// plain numbers
	{"đạt 5.816", []w{p("5.816", 5816)}},
	{"1.651", []w{p("1.651", 1651)}},
	{"4.435,98", []w{p("4.435,98", 4435.98)}},
	{"tăng 10,74 lần", []w{p("10,74", 10.74)}},
	{"0,77", []w{p("0,77", 0.77)}},
	{"115.075,8", []w{p("115.075,8", 115075.8)}},
	{"22.466", []w{p("22.466", 22466)}},
	{"01", []w{p("01", 1)}},
	{"17,5", []w{p("17,5", 17.5)}},
	{"2.848.", []w{p("2.848", 2848)}},
	{"1,888", []w{p("1,888", 1.888)}},
	{"1.651.346", []w{p("1.651.346", 1651346)}},
	{"(2.015)", []w{p("2.015", 2015)}},
	{"số 12, 13 và 14", []w{p("12", 12), p("13", 13), p("14", 14)}},
	// money
	{"1.000  tỷ", []w{p("1.000  tỷ", 1e12).u("VND")}},
	{"1.651 tỷ 346 triệu đồng", []w{p("1.651 tỷ 346 triệu đồng", 1651346000000).u("VND")}},
	{"115.075 tỷ 897 triệu đồng", []w{p("115.075 tỷ 897 triệu đồng", 115075897000000).u("VND")}},
	{"đạt hơn 12 nghìn tỷ đồng.", []w{p("hơn 12 nghìn tỷ đồng", 12e12).u("VND").q("over").at("12")}},
	{"trên 3 nghìn 250 tỷ đồng", []w{p("trên 3 nghìn 250 tỷ đồng", 3250e9).u("VND").q("over").at("3")}},
	{"khoảng 12 ngàn 40 tỷ,", []w{p("khoảng 12 ngàn 40 tỷ", 12040e9).u("VND").q("approx").at("12")}},
	{"1 nghìn 200 tỷ 500 triệu đồng", []w{p("1 nghìn 200 tỷ 500 triệu đồng", 1200.5e9).u("VND")}},
	{"5 nghìn 300 người", []w{p("5 nghìn", 5e3).u("VND"), p("300 người", 300).n("người")}},
	{"2 triệu 300 nghìn đồng", []w{p("2 triệu 300 nghìn đồng", 2.3e6).u("VND")}},
	{"65,8 nghìn tỷ đồng", []w{p("65,8 nghìn tỷ đồng", 65.8e12).u("VND")}},
	{"ước đạt 187,45 nghìn tỷ đồng,", []w{p("187,45 nghìn tỷ đồng", 187.45e12).u("VND")}},
	{"khoảng 8,3 ngàn tỷ đồng", []w{p("khoảng 8,3 ngàn tỷ đồng", 8.3e12).u("VND").q("approx").at("8,3")}},
	{"ước đạt hơn 2 triệu tỷ đồng,", []w{p("hơn 2 triệu tỷ đồng", 2e15).u("VND").q("over").at("2")}},
	{"6.617,2 tỷ", []w{p("6.617,2 tỷ", 6617.2e9).u("VND")}},
	{"850 triệu đồng", []w{p("850 triệu đồng", 850e6).u("VND")}},
	{"50.000 đồng", []w{p("50.000 đồng", 50000).u("VND")}},
	{"50.000đ mỗi", []w{p("50.000đ", 50000).u("VND")}},
	{"3 tỉ đồng", []w{p("3 tỉ đồng", 3e9).u("VND")}},
	{"2 vạn đồng", []w{p("2 vạn đồng", 2e4).u("VND")}},
	{"5 ngàn tỷ", []w{p("5 ngàn tỷ", 5e12).u("VND")}},
	{"12 nghìn", []w{p("12 nghìn", 12e3).u("VND")}},
	{"1 TỶ ĐỒNG", []w{p("1 TỶ ĐỒNG", 1e9).u("VND")}},
	{"2.378 tỷ đồng, tăng", []w{p("2.378 tỷ đồng", 2378e9).u("VND")}},
	{"21 triệu đồng/người/năm", []w{p("21 triệu đồng/người/năm", 21e6).u("VND").n("đồng/người/năm")}},
	// "triệu đồng" as offices abbreviate it; "tr" alone is no scale
	{"đạt 2.141.605 tr.đ,", []w{p("2.141.605 tr.đ", 2141605e6).u("VND")}},
	{"thu 438 trđ", []w{p("438 trđ", 438e6).u("VND")}},
	{"thu 438 tr. đồng", []w{p("438 tr. đồng", 438e6).u("VND")}},
	{"1.651 tỷ 346 tr.đ", []w{p("1.651 tỷ 346 tr.đ", 1651346e6).u("VND")}},
	{"55 tr.đ/người/năm", []w{p("55 tr.đ/người/năm", 55e6).u("VND").n("đồng/người/năm")}},
	{"5 tr người", []w{p("5", 5)}},
	{"77 ngàn ha lúa", []w{p("77 ngàn ha", 77000).n("ha")}},
	{"5 nghìn người", []w{p("5 nghìn người", 5000).n("người")}},
	{"10 triệu USD", []w{p("10 triệu USD", 10e6).n("usd")}},
	{"5 đồng chí", []w{p("5 đồng chí", 5).n("đồng chí")}}, // comrades, not money
	{"1 tỷ 500 tỷ", []w{p("1 tỷ", 1e9).u("VND"), p("500 tỷ", 500e9).u("VND")}},
	{"3 tỷ 20 hộ", []w{p("3 tỷ", 3e9).u("VND"), p("20 hộ", 20).n("hộ")}},
	// percent
	{"10,74%", []w{p("10,74%", 10.74).u("%")}},
	{"17,2 %", []w{p("17,2 %", 17.2).u("%")}},
	{"đạt 105% dự toán", []w{p("105%", 105).u("%")}},
	{"14,6%CK", []w{p("14,6%", 14.6).u("%")}},
	{"15 phần trăm", []w{p("15 phần trăm", 15).u("%")}},
	{"15 PHẦN TRĂM", []w{p("15 PHẦN TRĂM", 15).u("%")}},
	{"15 phẦn trăm", []w{p("15 phẦn trăm", 15).u("%")}},
	{"tăng 15-16%", []w{p("15-16%", 15).rng(16).u("%")}},
	{"15 - 16%", []w{p("15 - 16%", 15).rng(16).u("%")}},
	{"15–16 %", []w{p("15–16 %", 15).rng(16).u("%")}},
	{"tăng 10—12%", []w{p("10—12%", 10).rng(12).u("%")}},          // em dash
	{"6,5 – 7%", []w{p("6,5 – 7%", 6.5).rng(7).u("%")}},           // en dash, spaced
	{"3‑5 tỷ đồng", []w{p("3‑5 tỷ đồng", 3e9).rng(5e9).u("VND")}}, // non-breaking hyphen
	{"15−16%", []w{p("15−16%", 15).rng(16).u("%")}},               // minus sign
	{"2021—2025", []w{p("2021—2025", 2021).rng(2025)}},
	{"đạt 5 — tăng 7%", []w{p("5", 5), p("7%", 7).u("%")}}, // a dash before words joins nothing
	{"từ 12,4% đến 13,2%", []w{p("từ 12,4% đến 13,2%", 12.4).rng(13.2).u("%").at("12,4")}},
	{"từ 12,4 đến 13,2%", []w{p("từ 12,4 đến 13,2%", 12.4).rng(13.2).u("%").at("12,4")}},
	{"12,4% đến 13,2%", []w{p("12,4%", 12.4).u("%"), p("13,2%", 13.2).u("%")}},
	{"3-5 tỷ đồng", []w{p("3-5 tỷ đồng", 3e9).rng(5e9).u("VND")}},
	{"10% - 5 hộ", []w{p("10%", 10).u("%"), p("5 hộ", 5).n("hộ")}},
	{"16 - 15%", []w{p("16", 16), p("15%", 15).u("%")}},
	// fractions
	{"hoàn thành 18/18 chỉ tiêu", []w{p("18/18 chỉ tiêu", 18).frac(18).n("chỉ tiêu")}},
	{"13/14 chỉ tiêu", []w{p("13/14 chỉ tiêu", 13).frac(14).n("chỉ tiêu")}},
	{"xếp thứ 2/8 huyện", []w{p("2/8 huyện", 2).frac(8).n("huyện")}},
	{"18/18", []w{p("18/18", 18).frac(18)}},
	// counts with nouns
	{"5.816 người", []w{p("5.816 người", 5816).n("người")}},
	{"19 hộ", []w{p("19 hộ", 19).n("hộ")}},
	{"9.000 lao động", []w{p("9.000 lao động", 9000).n("lao động")}},
	{"218 quần chúng", []w{p("218 quần chúng", 218).n("quần chúng")}},
	{"25 chỉ tiêu", []w{p("25 chỉ tiêu", 25).n("chỉ tiêu")}},
	{"2.015 lao động", []w{p("2.015 lao động", 2015).n("lao động")}},
	{"30 đảng viên", []w{p("30 đảng viên", 30).n("đảng viên")}},
	{"120 học sinh", []w{p("120 học sinh", 120).n("học sinh")}},
	{"3 xã, 2 phường", []w{p("3 xã", 3).n("xã"), p("2 phường", 2).n("phường")}},
	{"12 dự án, 4 công trình", []w{p("12 dự án", 12).n("dự án"), p("4 công trình", 4).n("công trình")}},
	{"350 doanh nghiệp", []w{p("350 doanh nghiệp", 350).n("doanh nghiệp")}},
	{"1.200 tấn", []w{p("1.200 tấn", 1200).n("tấn")}},
	{"45 ha", []w{p("45 ha", 45).n("ha")}},
	{"12,5 km đường", []w{p("12,5 km", 12.5).n("km")}},
	{"10km", []w{p("10km", 10).n("km")}},
	{"3.000 lượt", []w{p("3.000 lượt", 3000).n("lượt")}},
	{"40 hộ nghèo", []w{p("40 hộ nghèo", 40).n("hộ nghèo")}},
	{"5.816 NGƯỜI", []w{p("5.816 NGƯỜI", 5816).n("người")}},
	{"xử lý 498 trường hợp vi phạm", []w{p("498 trường hợp", 498).n("trường hợp")}},
	{"1.260 trường học", []w{p("1.260 trường học", 1260).n("trường học")}},
	{"12.030 học viên", []w{p("12.030 học viên", 12030).n("học viên")}},
	{"5.816 người lao động", []w{p("5.816 người", 5816).n("người")}},
	{"khoảng 1.000\u00a0 tỷ đồng", []w{p("khoảng 1.000\u00a0 tỷ đồng", 1e12).u("VND").q("approx").at("1.000")}},
	{"500 m2", []w{p("500 m2", 500).n("m2")}},
	// number words
	{"một nghìn người", []w{p("một nghìn người", 1000).n("người")}},
	{"hai mươi mốt hộ", []w{p("hai mươi mốt hộ", 21).n("hộ")}},
	{"một trăm linh năm chỉ tiêu", []w{p("một trăm linh năm chỉ tiêu", 105).n("chỉ tiêu")}},
	{"mười lăm phần trăm", []w{p("mười lăm phần trăm", 15).u("%")}},
	{"ba mươi tư xã", []w{p("ba mươi tư xã", 34).n("xã")}},
	{"Một nghìn tỷ đồng", []w{p("Một nghìn tỷ đồng", 1e12).u("VND")}},
	{"hai trăm triệu đồng", []w{p("hai trăm triệu đồng", 200e6).u("VND")}},
	{"một số chỉ tiêu", nil},
	{"một người", []w{p("một người", 1).n("người")}},
	{"hai mươi mốt", nil},
	{"tư nhân", nil},
	{"hàng trăm hộ", nil},
	{"mười năm qua", nil},
	{"thứ hai hằng tuần", nil},
	{"50%-60%", []w{p("50%-60%", 50).rng(60).u("%")}},
	{"từ 5 tỷ đến 7 tỷ đồng", []w{p("từ 5 tỷ đến 7 tỷ đồng", 5e9).rng(7e9).u("VND").at("5")}},
	{"2 - 3 nghìn tỷ đồng", []w{p("2 - 3 nghìn tỷ đồng", 2e12).rng(3e12).u("VND")}},
	{"ngày 10-12", nil},
	{"năm 2024", []w{p("2024", 2024)}},
	{"khoảng một nghìn lao động", []w{p("khoảng một nghìn lao động", 1000).n("lao động").q("approx").at("một")}},
	// qualifiers
	{"khoảng 9.000 lao động", []w{p("khoảng 9.000 lao động", 9000).n("lao động").q("approx").at("9.000")}},
	{"gần 200 hộ", []w{p("gần 200 hộ", 200).n("hộ").q("approx").at("200")}},
	{"xấp xỉ 50%", []w{p("xấp xỉ 50%", 50).u("%").q("approx").at("50")}},
	{"trên 80%", []w{p("trên 80%", 80).u("%").q("over").at("80")}},
	{"hơn hơn 12 nghìn tỷ đồng", []w{p("hơn hơn 12 nghìn tỷ đồng", 12e12).u("VND").q("over").at("12")}},
	{"Hơn 300 người", []w{p("Hơn 300 người", 300).n("người").q("over").at("300")}},
	{"dưới 1,5%", []w{p("dưới 1,5%", 1.5).u("%").q("under").at("1,5")}},
	{"không quá 5%", []w{p("không quá 5%", 5).u("%").q("under").at("5")}},
	{"80% trở lên", []w{p("80% trở lên", 80).u("%").q("over").at("80")}},
	{"80% TRỞ LÊN", []w{p("80% TRỞ LÊN", 80).u("%").q("over").at("80")}},
	{"ngoài 3 xã", []w{p("ngoài 3 xã", 3).n("xã").q("over").at("3")}},
	{"5%, hơn 6%", []w{p("5%", 5).u("%"), p("hơn 6%", 6).u("%").q("over").at("6")}},
	// dates, times, ids: not figures
	{"đến ngày 31-10-2024", nil},
	{"16/12/2022", nil},
	{"28/12/1996- 28/12/2024", nil},
	{"10-1-2024", nil},
	{"16-12- 2022", nil},
	{"12/1/2018", nil},
	{"2024-10-31", nil},
	{"16.12.2022", nil},
	{"Hiền Thu 26/12/2023 - 13:37", nil},
	{"09:24", nil},
	{"Sáng 26-12, UBND", nil},
	{"ngày 16/12", nil},
	{"Chiều nay, 22/12, UBND", nil},
	{"hôm nay (22/6), lãnh đạo", nil},
	{"đến 15/6 đạt 5.317,6 tấn", []w{p("5.317,6 tấn", 5317.6).n("tấn")}},
	{"đạt 1/6 chỉ tiêu", []w{p("1/6 chỉ tiêu", 1).frac(6).n("chỉ tiêu")}},
	{"ngày 31 tháng 10 năm 2024", []w{p("2024", 2024)}},
	{"tháng 12/2023", nil},
	{"Covid-19", nil},
	{"img_5487.jpg", nil},
	{"Vành đai 2.5", nil},
	{"QL6", nil},
	{"000_6080ff4ddb6c78b3.txt", nil},
	{"6080ff4ddb6c78b3", nil},
	{"Nghị định 30/2020/NĐ-CP", nil},
	{"Quyết định 1234/QĐ-UBND", nil},
	{"1,888,000", nil},
	{"13h30", nil},
	{"1234567890123456789012345678901", nil},
	// years and periods
	{"năm 2024 tỷ lệ hộ nghèo giảm", []w{p("2024", 2024)}},
	{"Năm 2023 hộ nghèo giảm 5 hộ", []w{p("2023", 2023), p("5 hộ", 5).n("hộ")}},
	{"tăng 5 tỷ trọng", []w{p("5", 5)}},
	{"3 TỶ LỆ", []w{p("3", 3)}},
	{"tháng 12 hộ", nil},
	{"1.000 năm", []w{p("1.000", 1000)}},
	{"năm 2023", []w{p("2023", 2023)}},
	{"giai đoạn 2021-2025", []w{p("2021-2025", 2021).rng(2025)}},
	{"2020 - 2025", []w{p("2020 - 2025", 2020).rng(2025)}},
	{"2021-2025 10%", []w{p("2021-2025", 2021).rng(2025), p("10%", 10).u("%")}},
	{"2021-2025%", []w{p("2021-2025", 2021).rng(2025)}},
	{"từ 2021 đến 2025", []w{p("từ 2021 đến 2025", 2021).rng(2025).at("2021")}},
	// headings and odd case
	{"THU NGÂN SÁCH HƠN 12 NGHÌN TỶ ĐỒNG", []w{p("HƠN 12 NGHÌN TỶ ĐỒNG", 12e12).u("VND").q("over").at("12")}},
	{"9.000 Lao Động", []w{p("9.000 Lao Động", 9000).n("lao động")}},
	{"MỘT NGHÌN NGƯỜI", []w{p("MỘT NGHÌN NGƯỜI", 1000).n("người")}},
	// a full sentence
	{"Năm 2023, kinh tế quận tăng 10,74%, thu ngân sách ước đạt 105% dự toán, giải quyết việc làm cho 5.816 người.",
		[]w{p("2023", 2023), p("10,74%", 10.74).u("%"), p("105%", 105).u("%"), p("5.816 người", 5816).n("người")}},
}

func TestScan(t *testing.T) {
	if len(scanCases) < 80 {
		t.Fatalf("only %d scan cases", len(scanCases))
	}
	for _, tc := range scanCases {
		got := Scan(tc.in)
		if len(got) != len(tc.want) {
			t.Errorf("Scan(%q): got %d figures %s, want %d", tc.in, len(got), show(tc.in, got), len(tc.want))
			continue
		}
		for k, g := range got {
			checkAmount(t, "Scan", tc.in, g, tc.want[k])
		}
	}
}

func checkAmount(t *testing.T, fn, in string, g Amount, x w) {
	t.Helper()
	num := x.num
	if num == "" {
		num = x.span
	}
	span := in[g.Start:g.End]
	if span != x.span || !strings.HasPrefix(in[g.NumStart:], num) || !near(g.Value, x.value) || !near(g.Max, x.max) ||
		!near(g.Of, x.of) || g.Form != x.form || g.UOM != x.uom || g.Noun != x.noun || g.Qualifier != x.qual {
		t.Errorf("%s(%q):\n got  %s\n want span=%q num=%q value=%v max=%v of=%v form=%v uom=%q noun=%q qual=%q",
			fn, in, show(in, []Amount{g}), x.span, num, x.value, x.max, x.of, x.form, x.uom, x.noun, x.qual)
	}
}

func near(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func show(in string, as []Amount) string {
	var b strings.Builder
	for _, a := range as {
		fmt.Fprintf(&b, "[span=%q num=%q value=%v max=%v of=%v form=%v uom=%q noun=%q qual=%q]",
			in[a.Start:a.End], in[a.NumStart:a.End], a.Value, a.Max, a.Of, a.Form, a.UOM, a.Noun, a.Qualifier)
	}
	return b.String()
}

var parseCases = []struct {
	in   string
	want w
}{
	{"hơn 1.651 tỷ 346 triệu đồng", p("hơn 1.651 tỷ 346 triệu đồng", 1651346e6).u("VND").q("over").at("1.651")},
	{"  4.435,98 ", p("4.435,98", 4435.98)},
	{"một nghìn", p("một nghìn", 1000).u("VND")},
	{"hai mươi mốt", p("hai mươi mốt", 21)},
	{"một trăm linh năm", p("một trăm linh năm", 105)},
	{"mười lăm", p("mười lăm", 15)},
	{"ba mươi tư", p("ba mươi tư", 34)},
	{"mười", p("mười", 10)},
	{"một trăm mười", p("một trăm mười", 110)},
	{"chín mươi chín", p("chín mươi chín", 99)},
	{"hai nghìn không trăm hai mươi lăm", p("hai nghìn không trăm hai mươi lăm", 2025).u("VND")},
	{"một nghìn sáu trăm năm mươi mốt tỷ ba trăm bốn mươi sáu triệu đồng", p("một nghìn sáu trăm năm mươi mốt tỷ ba trăm bốn mươi sáu triệu đồng", 1651346e6).u("VND")},
	{"không quá 5%", p("không quá 5%", 5).u("%").q("under").at("5")},
	{"từ 12,4% đến 13,2%", p("từ 12,4% đến 13,2%", 12.4).rng(13.2).u("%").at("12,4")},
	{"18/18", p("18/18", 18).frac(18)},
	{"13/14 chỉ tiêu", p("13/14 chỉ tiêu", 13).frac(14).n("chỉ tiêu")},
	{"2021-2025", p("2021-2025", 2021).rng(2025)},
	{"xấp xỉ 1.000  tỷ", p("xấp xỉ 1.000  tỷ", 1e12).u("VND").q("approx").at("1.000")},
	{"9.000 lao động trở lên", p("9.000 lao động trở lên", 9000).n("lao động").q("over")},
	// A decimal point where Vietnamese writes a comma: one or two digits
	// after a single dot are no group of thousands.
	{"86.6%", p("86.6%", 86.6).u("%")},
	{"102.45%", p("102.45%", 102.45).u("%")},
	{"3.5 tỷ đồng", p("3.5 tỷ đồng", 3.5e9).u("VND")},
	{"3.500 tỷ đồng", p("3.500 tỷ đồng", 3.5e12).u("VND")},
}

var parseBad = []string{
	"", "   ", "abc", "31-10-2024", "16/12/2022", "13:37", "Covid-19", "2.5", "5 và 6", "5%%", "hơn",
	"một số", "năm 2024", "mười năm", "hai mươi năm", "12/2023", "1,888,000", "img_5487.jpg", "5 abc",
	"mục 2.5", "2.5", "1.2.3%", "2.5.2024", "86.6,5%", "86.66.6%",
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases {
		g, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		checkAmount(t, "Parse", tc.in, g, tc.want)
	}
	for _, in := range parseBad {
		if g, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) = %s, want error", in, show(in, []Amount{g}))
		}
	}
}

// checkInvariants is what the extractor relies on for any input.
func checkInvariants(t *testing.T, text string, as []Amount) {
	t.Helper()
	// rune boundaries as Go decodes text: an invalid byte is a rune of its own
	starts := map[int]bool{len(text): true}
	for i := range text {
		starts[i] = true
	}
	prevEnd := 0
	for _, a := range as {
		if !(prevEnd <= a.Start && a.Start <= a.NumStart && a.NumStart < a.End && a.End <= len(text)) {
			t.Fatalf("bad offsets %+v (prev end %d) in %q", a, prevEnd, text)
		}
		for _, o := range []int{a.Start, a.NumStart, a.End} {
			if !starts[o] {
				t.Fatalf("offset %d not on a rune boundary in %q", o, text)
			}
		}
		if math.IsNaN(a.Value) || math.IsInf(a.Value, 0) {
			t.Fatalf("value %v in %q", a.Value, text)
		}
		prevEnd = a.End
	}
}

func TestScanInvariantsOnCases(t *testing.T) {
	for _, tc := range scanCases {
		checkInvariants(t, tc.in, Scan(tc.in))
	}
}

// TestScaledExact: an amount with a scale word is the whole number of
// đồng (or people) the text wrote, to the last digit: TestScan's near()
// would let 33,3 tỷ pass as 33299999999.999996, which a fact file and a
// review workbook would print.
func TestScaledExact(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
	}{
		{"thu 33,3 tỷ đồng", 33300000000},
		{"đạt 7.004,91 tỷ đồng", 7004910000000},
		{"chi 0,7 tỷ đồng", 700000000},
		{"hơn 109,62 nghìn tỷ đồng", 109620000000000},
		{"1.651 tỷ 346 triệu đồng", 1651346000000},
		{"24,57 tỷ đồng", 24570000000},
		{"2,3 triệu người", 2300000},
		{"từ 1,1 - 1,3 tỷ đồng", 1100000000},
	} {
		got := Scan(tc.in)
		if len(got) == 0 || got[0].Value != tc.want {
			t.Errorf("Scan(%q) = %s, want value %.0f exactly", tc.in, show(tc.in, got), tc.want)
		}
	}
	for _, tc := range []struct{ v, m, want float64 }{
		{33.3, 1e9, 33300000000},
		{0.7, 1e9, 700000000},
		{1.2345, 1e3, 1234.5}, // a real fraction stays
		{4435.98, 1, 4435.98},
	} {
		if got := Scale(tc.v, tc.m); got != tc.want {
			t.Errorf("Scale(%v, %v) = %v, want %v", tc.v, tc.m, got, tc.want)
		}
	}
}

// TestMayQualify checks that every word qualBefore looks up passes
// mayQualify, which stops it early for other words.
func TestMayQualify(t *testing.T) {
	for w := range qualIndex {
		if !mayQualify(w) {
			t.Errorf("mayQualify(%q) = false, but it is a qualifier", w)
		}
	}
	for w := range pairIndex {
		if !mayQualify(w) {
			t.Errorf("mayQualify(%q) = false, but it ends a qualifier pair", w)
		}
	}
	if mayQualify("") {
		t.Error(`mayQualify("") = true`)
	}
}
