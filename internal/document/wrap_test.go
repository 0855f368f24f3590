package document

import (
	"reflect"
	"strings"
	"testing"
)

// TestUnwrap: a plain-text file hard-wrapped at a fixed width reads as one
// paragraph a line, each paragraph numbered by its first line; files that
// are not wrapped, tables and lists keep their lines.
func TestUnwrap(t *testing.T) {
	para1 := "Năm 2024, thu ngân sách nhà nước trên địa bàn huyện ước đạt 1.436 tỷ đồng, đạt 116,63% dự toán tỉnh giao, tăng 12% so với cùng kỳ năm trước; tổng vốn đầu tư phát triển toàn xã hội đạt 5.200 tỷ đồng."
	para2 := "Tỷ lệ hộ nghèo giảm còn 1,2%; giải quyết việc làm mới cho 2.015 lao động, đạt 105% kế hoạch năm; tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,5%."
	wrap := func(p string, width int) string {
		var b strings.Builder
		n := 0
		for i, w := range strings.Fields(p) {
			l := len([]rune(w))
			if i > 0 && n+1+l > width {
				b.WriteByte('\n')
				n = 0
			} else if i > 0 {
				b.WriteByte(' ')
				n++
			}
			b.WriteString(w)
			n += l
		}
		return b.String()
	}
	cases := []struct {
		name, in string
		want     []string // lines of Text
		lines    []int    // their source lines
	}{
		{
			name:  "wrapped at 70, blank lines between paragraphs",
			in:    "Huyện Thường Tín\n\n" + wrap(para1, 70) + "\n\n" + wrap(para2, 70) + "\n",
			want:  []string{"Huyện Thường Tín", "", para1, "", para2},
			lines: []int{1, 3, 3, 7, 7}, // a blank line has the next one's number, as in cleanText
		},
		{
			name: "wrapped at 80, paragraphs on adjacent lines",
			in:   wrap(para1, 80) + "\n" + wrap(para2, 80) + "\n",
			want: []string{para1, para2},
		},
		{
			name: "wrapped at 60, a list after a colon",
			in:   wrap("Kết quả thực hiện các chỉ tiêu chủ yếu của kế hoạch phát triển kinh tế - xã hội năm 2024 như sau:", 60) + "\n" + wrap("- "+para1, 60) + "\n" + wrap("- "+para2, 60) + "\n",
			want: []string{"Kết quả thực hiện các chỉ tiêu chủ yếu của kế hoạch phát triển kinh tế - xã hội năm 2024 như sau:", "- " + para1, "- " + para2},
		},
		{
			name: "a paragraph a line",
			in:   "Huyện Thường Tín\n" + para1 + "\n" + para2 + "\nẢnh: Thu Hà\n",
			want: []string{"Huyện Thường Tín", para1, para2, "Ảnh: Thu Hà"},
		},
		{
			name: "short lines: a list of headlines",
			in:   "Tin liên quan\nHuyện Gia Lâm thu ngân sách đạt 2.100 tỷ đồng, vượt dự toán\nQuận Hoàng Mai hoàn thành 18/18 chỉ tiêu kinh tế - xã hội năm 2023\nThị xã Quảng Yên phấn đấu thu ngân sách 1.550 tỷ đồng năm 2024\nHà Nội giải ngân vốn đầu tư công đạt 65% kế hoạch\n",
			want: []string{"Tin liên quan", "Huyện Gia Lâm thu ngân sách đạt 2.100 tỷ đồng, vượt dự toán", "Quận Hoàng Mai hoàn thành 18/18 chỉ tiêu kinh tế - xã hội năm 2023", "Thị xã Quảng Yên phấn đấu thu ngân sách 1.550 tỷ đồng năm 2024", "Hà Nội giải ngân vốn đầu tư công đạt 65% kế hoạch"},
		},
		{
			name: "a table of spaced columns beside wrapped prose",
			in: wrap(para1, 70) + "\n" + wrap(para2, 70) + "\n\n" +
				"Chỉ tiêu                              Kế hoạch     Thực hiện\n" +
				"Thu ngân sách (tỷ đồng)                  1.300         1.436\n" +
				"Tổng vốn đầu tư phát triển (tỷ đồng)     5.000         5.200\n",
			want: []string{para1, para2, "", "Chỉ tiêu                              Kế hoạch     Thực hiện", "Thu ngân sách (tỷ đồng)                  1.300         1.436", "Tổng vốn đầu tư phát triển (tỷ đồng)     5.000         5.200"},
		},
	}
	for _, c := range cases {
		d, err := Parse("a.txt", []byte(c.in))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got := splitLines(d.Text)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\ngot  %q\nwant %q", c.name, got, c.want)
			continue
		}
		for i, want := range c.lines {
			if n := d.SourceLine(i + 1); n != want {
				t.Errorf("%s: line %d comes from line %d, want %d", c.name, i+1, n, want)
			}
		}
	}
}
