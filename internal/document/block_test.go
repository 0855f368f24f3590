package document

import (
	"fmt"
	"strings"
	"testing"
)

// sketch renders a document's blocks compactly for comparison: a
// paragraph as "L3 text"; a table as "L5 T<source> cols=N" and a line per
// row "  L6 [col(+span)(vspan)]text ..." with "/" for line breaks in cells.
func sketch(d Document) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		if bl.Table == nil {
			fmt.Fprintf(&b, "L%d %s\n", bl.Line, bl.Text)
			continue
		}
		fmt.Fprintf(&b, "L%d T%s cols=%d\n", bl.Line, bl.Table.Source, bl.Table.Cols)
		for _, r := range bl.Table.Rows {
			fmt.Fprintf(&b, "  L%d", r.Line)
			if r.Lines > 1 {
				fmt.Fprintf(&b, "+%d", r.Lines)
			}
			for _, c := range r.Cells {
				fmt.Fprintf(&b, " [%d", c.Col)
				if c.ColSpan > 1 {
					fmt.Fprintf(&b, "+%d", c.ColSpan)
				}
				if c.RowSpan > 1 {
					fmt.Fprintf(&b, "v%d", c.RowSpan)
				}
				fmt.Fprintf(&b, "]%s", strings.ReplaceAll(c.Text, "\n", "/"))
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func TestBlocks(t *testing.T) {
	cases := []struct {
		name string
		file string
		data string
		want string
	}{
		{"plain paragraphs", "a.txt", "Một\n\nHai ba\n", "L1 Một\nL3 Hai ba\n"},
		{"html spans", "a.html", `<html><body><p>Biểu 1</p><table>
<tr><th rowspan="2">Chỉ tiêu</th><th colspan="2">Năm 2024</th><th rowspan=2>Ghi chú</th></tr>
<tr><th>KH</th><th>TH</th></tr>
<tr><td>Thu ngân sách<br>(tỷ đồng)</td><td>1.550</td><td>1.620</td><td></td></tr>
</table><p>Sau bảng</p></body></html>`,
			"L1 Biểu 1\nL3 Thtml cols=4\n  L3 [0v2]Chỉ tiêu [1+2]Năm 2024 [3v2]Ghi chú\n  L4 [1]KH [2]TH\n  L5 [0]Thu ngân sách/(tỷ đồng) [1]1.550 [2]1.620 [3]\nL7 Sau bảng\n"},
		{"html layout table is no table", "a.html", `<html><body><table><tr><td><table><tr><td>a</td><td>1</td></tr></table></td><td>x</td></tr></table></body></html>`,
			"L1 Thtml cols=2\n  L1 [0]a [1]1\nL3 x\n"},
		{"html bad spans", "a.html", `<html><body><table><tr><td colspan="999999">a</td><td rowspan="-3">b</td></tr><tr><td>c</td></tr></table></body></html>`,
			"L1 Thtml cols=65\n  L1 [0+64]a [64]b\n  L2 [0]c\n"},
		{"docx merges", "a.docx", `<w:tbl>
<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Chỉ tiêu</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Năm 2024</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>KH</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>TH</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>`,
			"L1 Tdocx cols=3\n  L1 [0v2]Chỉ tiêu [1+2]Năm 2024\n  L2 [1]KH [2]TH\n  L3 [1]1 [2]2\n"},
		{"tab table", "a.txt", "Biểu\nChỉ tiêu\tĐVT\t2023\t2024\nThu ngân sách\tTỷ đồng\t1.200\t1.550\nHộ nghèo\t%\t\t2,1\t\nSau\n",
			"L1 Biểu\nL2 Ttext cols=4\n  L2 [0]Chỉ tiêu [1]ĐVT [2]2023 [3]2024\n  L3 [0]Thu ngân sách [1]Tỷ đồng [2]1.200 [3]1.550\n  L4 [0]Hộ nghèo [1]% [2] [3]2,1\nL5 Sau\n"},
		{"pipe table", "a.txt", "| Chỉ tiêu | KH |\n|---|---|\n| Thu | 1.550 |\nmột | dòng\n",
			"L1 Ttext cols=2\n  L1 [0]Chỉ tiêu [1]KH\n  L3 [0]Thu [1]1.550\n  L4 [0]một [1]dòng\n"},
		{"pipe table without outer pipes: a row starting with a pipe has an empty first cell", "a.txt", "TT | Chỉ tiêu | KH\n1 | Thu | 1.550\n | Tổng | 1.550 |\n",
			"L1 Ttext cols=4\n  L1 [0]TT [1]Chỉ tiêu [2]KH\n  L2 [0]1 [1]Thu [2]1.550\n  L3 [0] [1]Tổng [2]1.550 [3]\n"},
		{"one pipe line is a paragraph", "a.txt", "Trang chủ | Tin tức\nBài viết\n", "L1 Trang chủ | Tin tức\nL2 Bài viết\n"},
		{"one cell a line", "a.txt", "Đơn vị: triệu đồng\n\nSTT\n\nChỉ tiêu\n\nDự toán\n\nI\n\nTổng thu\nTotal revenue\n\n7,599,800\n\n1\n\nThu nội địa\n\n3,359,800\n\n2\n\nThu khác\n\nThu bổ sung\n\n0\n\n3\n\nChi\n\n3,088,135\n\nGhi chú: số liệu sơ bộ của cả năm, theo báo cáo của Sở Tài chính gửi Ủy ban nhân dân tỉnh vào cuối năm, kèm thuyết minh chi tiết từng khoản thu chi.\n",
			"L1 Đơn vị: triệu đồng\nL3 Ttext cols=3\n  L3+5 [0]STT [1]Chỉ tiêu [2]Dự toán\n  L9+6 [0]I [1]Tổng thu/Total revenue [2]7,599,800\n  L16+5 [0]1 [1]Thu nội địa [2]3,359,800\n  L22+3 [0]2 [1]Thu khác\n  L26+3 [1]Thu bổ sung [2]0\n  L30+5 [0]3 [1]Chi [2]3,088,135\nL36 Ghi chú: số liệu sơ bộ của cả năm, theo báo cáo của Sở Tài chính gửi Ủy ban nhân dân tỉnh vào cuối năm, kèm thuyết minh chi tiết từng khoản thu chi.\n"},
		{"one cell a line: capital letters number a budget form's sections", "a.txt",
			"STT\n\nNội dung\n\nDự toán\n\nQuyết toán\n\nA\n\nTỔNG THU\n\n2.400\n\n2.610\n\n1\n\nThu thuế\n\n1.100\n\n1.180\n\nB\n\nTỔNG CHI\n\n2.350\n\n2.290\n",
			"L1 Ttext cols=4\n  L1+7 [0]STT [1]Nội dung [2]Dự toán [3]Quyết toán\n  L9+7 [0]A [1]TỔNG THU [2]2.400 [3]2.610\n  L17+7 [0]1 [1]Thu thuế [2]1.100 [3]1.180\n  L25+7 [0]B [1]TỔNG CHI [2]2.350 [3]2.290\n"},
		{"one cell a line: years heading the rows of a series", "a.txt",
			"Năm\n\nTổng số\n\nThu nội địa\n\n2021\n\n4.120\n\n3.980\n\n2022\n\n4.566\n\n4.401\n\n2023\n\n4.810\n\n4.630\n",
			"L1 Ttext cols=3\n  L1+5 [0]Năm [1]Tổng số [2]Thu nội địa\n  L7+5 [0]2021 [1]4.120 [2]3.980\n  L13+5 [0]2022 [1]4.566 [2]4.401\n  L19+5 [0]2023 [1]4.810 [2]4.630\n"},
		{"one cell a line between lone pipes, prose right above, headers from STT with a remarks column, a section row before the first", "a.txt",
			"Năm 2024 tỉnh đề ra 15 chỉ tiêu, dự ước đến cuối năm có 14/15 chỉ tiêu chủ yếu đạt kế hoạch đề ra, 01 chỉ tiêu không đạt và các chỉ tiêu thành phần, cụ thể như sau:\nStt\n|\nChỉ tiêu\n|\nTH năm 2023\n|\nKH năm 2024\n|\nĐánh giá\n|\nI\n|\nKinh tế\n|\n|\n|\n|\n1\n|\nThu ngân sách (tỷ đồng)\n|\n11.350\n|\n11.789\n|\nĐạt\n|\n2\n|\nChi ngân sách\n|\n9.100\n|\n9.500\n|\nĐạt\n|\n3\n|\nVốn đầu tư\n|\n29.459\n|\n33.000\n|\nĐạt",
			"L1 Năm 2024 tỉnh đề ra 15 chỉ tiêu, dự ước đến cuối năm có 14/15 chỉ tiêu chủ yếu đạt kế hoạch đề ra, 01 chỉ tiêu không đạt và các chỉ tiêu thành phần, cụ thể như sau:\n" +
				"L2 Ttext cols=5\n  L2+9 [0]Stt [1]Chỉ tiêu [2]TH năm 2023 [3]KH năm 2024 [4]Đánh giá\n  L12+3 [0]I [1]Kinh tế\n" +
				"  L19+7 [0]1 [1]Thu ngân sách (tỷ đồng) [2]11.350 [3]11.789\n  L27 [1]Đạt\n  L29+7 [0]2 [1]Chi ngân sách [2]9.100 [3]9.500\n  L37 [1]Đạt\n  L39+7 [0]3 [1]Vốn đầu tư [2]29.459 [3]33.000\n" +
				"L46 |\nL47 Đạt\n"},
		{"one cell a line between lone pipes: a header of two rows is not anchored at STT", "a.txt",
			"STT\n|\nChỉ tiêu\n|\nNăm 2023\n|\nNăm 2024\n|\nKH\n|\nTH\n|\nKH\n|\nTH\n|\n1\n|\nThu ngân sách\n|\n100,5\n|\n110,5\n|\n120,5\n|\n130,5\n|\n2\n|\nChi ngân sách\n|\n90,5\n|\n95,5\n|\n100,5\n|\n105,5\n|\n3\n|\nVốn đầu tư\n|\n50,5\n|\n55,5\n|\n60,5\n|\n65,5\n",
			"L1 STT\nL2 |\nL3 Chỉ tiêu\nL4 |\nL5 Ttext cols=6\n  L5+11 [0]Năm 2023 [1]Năm 2024 [2]KH [3]TH [4]KH [5]TH\n" +
				"  L17+11 [0]1 [1]Thu ngân sách [2]100,5 [3]110,5 [4]120,5 [5]130,5\n  L29+11 [0]2 [1]Chi ngân sách [2]90,5 [3]95,5 [4]100,5 [5]105,5\n  L41+11 [0]3 [1]Vốn đầu tư [2]50,5 [3]55,5 [4]60,5 [5]65,5\n"},
		{"one cell a line, no blank lines", "a.txt", "Biểu 1\nSTT\nChỉ tiêu\nKH\nTH\n1\nThu\n1.200\n1.310\n2\nChi\n900\n880\n3\nVốn\n2.500\n2.650\n",
			"L1 Biểu 1\nL2 Ttext cols=4\n  L2+4 [0]STT [1]Chỉ tiêu [2]KH [3]TH\n  L6+4 [0]1 [1]Thu [2]1.200 [3]1.310\n  L10+4 [0]2 [1]Chi [2]900 [3]880\n  L14+4 [0]3 [1]Vốn [2]2.500 [3]2.650\n"},
		{"space-separated table: header over two lines, a label and a unit wrapped, column numbers", "a.txt",
			"Biểu 01\n" +
				"STT  Chỉ tiêu                   Đơn vị   Thực hiện   Kế hoạch\n" +
				"                                tính     năm 2023    năm 2024\n" +
				"(1)  (2)                        (3)      (4)         (5)\n" +
				"I    KINH TẾ\n" +
				"1    Tổng mức bán lẻ hàng hóa   Tỷ đồng  15.600      17.000\n" +
				"     và doanh thu dịch vụ\n" +
				"2    Tổng thu NSNN              Triệu    2.845.300   3.100.000\n" +
				"                                đồng\n" +
				"     Trong đó:\n" +
				"     - Thu nội địa              Triệu    2.700.100\n" +
				"Nơi nhận:\n",
			"L1 Biểu 01\nL2 Ttext cols=5\n  L2 [0]STT [1]Chỉ tiêu [2]Đơn vị [3]Thực hiện [4]Kế hoạch\n  L3 [2]tính [3]năm 2023 [4]năm 2024\n  L4 [0](1) [1](2) [2](3) [3](4) [4](5)\n  L5 [0]I [1]KINH TẾ\n" +
				"  L6+2 [0]1 [1]Tổng mức bán lẻ hàng hóa/và doanh thu dịch vụ [2]Tỷ đồng [3]15.600 [4]17.000\n  L8+2 [0]2 [1]Tổng thu NSNN [2]Triệu/đồng [3]2.845.300 [4]3.100.000\n  L10 [1]Trong đó:\n  L11 [1]- Thu nội địa [2]Triệu [3]2.700.100\nL12 Nơi nhận:\n"},
		{"space-separated header: two right-aligned headers one space apart under separate tops are two cells", "a.txt",
			"Phường          Số hộ    Tỷ lệ hộ      Số hộ\n" +
				"                nghèo   nghèo (%) cận nghèo\n" +
				"Phúc Xá           120        1,52       240\n" +
				"Trúc Bạch          85        0,97       180\n",
			"L1 Ttext cols=4\n  L1 [0]Phường [1]Số hộ [2]Tỷ lệ hộ [3]Số hộ\n  L2 [1]nghèo [2]nghèo (%) [3]cận nghèo\n  L3 [0]Phúc Xá [1]120 [2]1,52 [3]240\n  L4 [0]Trúc Bạch [1]85 [2]0,97 [3]180\n"},
		{"space-separated table over two pages: the repeated header starts another", "a.txt",
			"TT  Chỉ tiêu         KH     TH\n1   Thu ngân sách    1.200  1.310\n2   Chi ngân sách    900    880\n" +
				"TT  Chỉ tiêu           KH       TH\n3   Vốn đầu tư         2.500    2.650\n4   Việc làm mới       3.000    3.120\n",
			"L1 Ttext cols=4\n  L1 [0]TT [1]Chỉ tiêu [2]KH [3]TH\n  L2 [0]1 [1]Thu ngân sách [2]1.200 [3]1.310\n  L3 [0]2 [1]Chi ngân sách [2]900 [3]880\n" +
				"L4 Ttext cols=4\n  L4 [0]TT [1]Chỉ tiêu [2]KH [3]TH\n  L5 [0]3 [1]Vốn đầu tư [2]2.500 [3]2.650\n  L6 [0]4 [1]Việc làm mới [2]3.000 [3]3.120\n"},
		{"a letterhead of two columns and prose with double spaces are no table", "a.txt",
			"UBND HUYỆN GIA LÂM        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG TÀI CHÍNH           Độc lập - Tự do - Hạnh phúc\n\nNăm 2024,  thu ngân sách đạt  1.550 tỷ đồng.\n",
			"L1 UBND HUYỆN GIA LÂM        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nL2 PHÒNG TÀI CHÍNH           Độc lập - Tự do - Hạnh phúc\nL4 Năm 2024,  thu ngân sách đạt  1.550 tỷ đồng.\n"},
		{"a paragraph with stray double spaces after a table is no row", "a.txt",
			"TT  Chỉ tiêu         KH     TH\n1   Thu ngân sách    1.200  1.310\n2   Chi ngân sách    900    880\n\nTheo đó, tính đến cuối năm 2023, tỷ lệ hộ nghèo đa chiều toàn tỉnh là 13,16%; tổng số  hộ nghèo, hộ cận nghèo: 23.967 hộ, trong đó: số hộ nghèo là 14.040  hộ (tỷ lệ 7,71%), hộ cận nghèo là 9.927 hộ (tỷ lệ 5,45%), giảm  1.250 hộ so với năm 2022.\n",
			"L1 Ttext cols=4\n  L1 [0]TT [1]Chỉ tiêu [2]KH [3]TH\n  L2 [0]1 [1]Thu ngân sách [2]1.200 [3]1.310\n  L3 [0]2 [1]Chi ngân sách [2]900 [3]880\nL5 Theo đó, tính đến cuối năm 2023, tỷ lệ hộ nghèo đa chiều toàn tỉnh là 13,16%; tổng số  hộ nghèo, hộ cận nghèo: 23.967 hộ, trong đó: số hộ nghèo là 14.040  hộ (tỷ lệ 7,71%), hộ cận nghèo là 9.927 hộ (tỷ lệ 5,45%), giảm  1.250 hộ so với năm 2022.\n"},
		{"a list of label: value items with two spaces after the colon is no table", "a.txt",
			"Các chỉ tiêu chủ yếu năm 2025:\n\n1. Tổng thu ngân sách trên địa bàn:  820 tỷ đồng.\n\n2. Tổng vốn đầu tư xã hội:  9.400 tỷ đồng\n\n3. Tỷ lệ hộ nghèo:  dưới 1,5%\n",
			"L1 Các chỉ tiêu chủ yếu năm 2025:\nL3 1. Tổng thu ngân sách trên địa bàn:  820 tỷ đồng.\nL5 2. Tổng vốn đầu tư xã hội:  9.400 tỷ đồng\nL7 3. Tỷ lệ hộ nghèo:  dưới 1,5%\n"},
		{"label: value lines, no blank lines, with a dash", "a.txt",
			"- Thu ngân sách xã:  4,2 tỷ đồng\n- Chi ngân sách xã:  3,9 tỷ đồng\n- Giá trị sản xuất:  310 tỷ đồng\n",
			"L1 - Thu ngân sách xã:  4,2 tỷ đồng\nL2 - Chi ngân sách xã:  3,9 tỷ đồng\nL3 - Giá trị sản xuất:  310 tỷ đồng\n"},
		{"a spaced table whose label column has colons inside is still a table", "a.txt",
			"Chỉ tiêu           KH       TH\nThu ngân sách:     1.200    1.310\nChi ngân sách:     900      880\n",
			"L1 Ttext cols=3\n  L1 [0]Chỉ tiêu [1]KH [2]TH\n  L2 [0]Thu ngân sách: [1]1.200 [2]1.310\n  L3 [0]Chi ngân sách: [1]900 [2]880\n"},
		{"prose is no table", "a.txt", "Năm 2024\n\nThu ngân sách đạt 1.550 tỷ đồng.\n\n12\n\nChi ngân sách 900 tỷ đồng.\n", "L1 Năm 2024\nL3 Thu ngân sách đạt 1.550 tỷ đồng.\nL5 12\nL7 Chi ngân sách 900 tỷ đồng.\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := []byte(c.data)
			if strings.HasSuffix(c.file, ".docx") {
				data = makeDocx(t, c.data)
			}
			d, err := Parse(c.file, data)
			if err != nil {
				t.Fatal(err)
			}
			if got := sketch(d); got != c.want {
				t.Errorf("blocks:\n%s\nwant:\n%s\ntext:\n%s", got, c.want, d.Text)
			}
			checkBlocks(t, d)
		})
	}
}

// checkBlocks fails unless d's blocks keep their promises: in order, on
// the lines of Text they name, each table's cells inside its grid.
func checkBlocks(t *testing.T, d Document) {
	t.Helper()
	lines := splitLines(d.Text)
	last := 0
	for _, b := range d.Blocks {
		if b.Line <= last || b.Line > len(lines) {
			t.Fatalf("block at line %d after line %d (text has %d lines)", b.Line, last, len(lines))
		}
		last = b.Line
		if b.Table == nil {
			if lines[b.Line-1] != b.Text {
				t.Fatalf("paragraph %q is not line %d %q", b.Text, b.Line, lines[b.Line-1])
			}
			continue
		}
		tb := b.Table
		if tb.Cols < 1 || tb.Cols > maxTableCols+maxSpan || len(tb.Rows) == 0 {
			t.Fatalf("table of %d columns, %d rows", tb.Cols, len(tb.Rows))
		}
		for _, r := range tb.Rows {
			if r.Line != 0 {
				if r.Line < last || r.Line+r.Lines-1 > len(lines) {
					t.Fatalf("row at lines %d+%d outside the text", r.Line, r.Lines)
				}
				last = r.Line + r.Lines - 1
			}
			for _, c := range r.Cells {
				if c.Col < 0 || c.ColSpan < 1 || c.RowSpan < 1 || c.Col+c.ColSpan > tb.Cols {
					t.Fatalf("cell %+v outside a grid of %d columns", c, tb.Cols)
				}
			}
		}
		g := tb.Grid()
		if len(g) != len(tb.Rows) {
			t.Fatalf("grid of %d rows for %d", len(g), len(tb.Rows))
		}
	}
}

func TestGrid(t *testing.T) {
	d, err := Parse("a.html", []byte(`<html><body><table><tr><td rowspan=2>A</td><td colspan=2>B</td></tr><tr><td>C</td><td>D</td></tr></table></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	g := d.Blocks[0].Table.Grid()
	var got []string
	for _, row := range g {
		var cells []string
		for _, c := range row {
			if c == nil {
				cells = append(cells, "·")
				continue
			}
			cells = append(cells, c.Text)
		}
		got = append(got, strings.Join(cells, ""))
	}
	if s := strings.Join(got, "/"); s != "ABB/ACD" {
		t.Errorf("grid %s, want ABB/ACD", s)
	}
}

func TestIsFigure(t *testing.T) {
	for s, want := range map[string]bool{
		"1,971,000": true, "4.435,98": true, "-": true, "…": true, "12 – 14%": true, "(5,2)": true,
		"8,5—9,5": true, "6‑7": true, "−2,5": true, "—": true, "‒": true,
		"": false, "I": false, "năm 2008": false, "< 1": false, "2.482 tỷ": false,
	} {
		if got := IsFigure(s); got != want {
			t.Errorf("IsFigure(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestStructure(t *testing.T) {
	d := Structure(Document{Name: "a.txt", Text: "A\tB\n1\t2\n"})
	if len(d.Blocks) != 1 || d.Blocks[0].Table == nil {
		t.Fatalf("blocks %+v", d.Blocks)
	}
	again := Structure(d)
	if &again.Blocks[0] != &d.Blocks[0] {
		t.Error("Structure rebuilt blocks a document already had")
	}
}
