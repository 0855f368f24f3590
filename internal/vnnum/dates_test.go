package vnnum

import (
	"fmt"
	"testing"
)

func TestScanDates(t *testing.T) {
	cases := []struct {
		in   string
		want string // "span=Y-M-D;…"
	}{
		{"đến ngày 31-10-2024 là", "ngày 31-10-2024"[len("ngày "):] + "=2024-10-31;"},
		{"16/12/2022", "16/12/2022=2022-12-16;"},
		{"28/12/1996- 28/12/2024", "28/12/1996=1996-12-28;28/12/2024=2024-12-28;"},
		{"10-1-2024", "10-1-2024=2024-1-10;"},
		{"16-12- 2022", "16-12- 2022=2022-12-16;"},
		{"12/1/2018", "12/1/2018=2018-1-12;"},
		{"2024-10-31", "2024-10-31=2024-10-31;"},
		{"16.12.2022", "16.12.2022=2022-12-16;"},
		{"1/1/24", "1/1/24=2024-1-1;"},
		{"Hiền Thu 26/12/2023 - 13:37", "26/12/2023=2023-12-26;"},
		{"Sáng 26-12, UBND", "Sáng 26-12=0-12-26;"},
		{"Chiều nay, 22/12,", "22/12=0-12-22;"},
		{"hôm nay (22/6)", "22/6=0-6-22;"},
		{"đến 15/6 đạt", "15/6=0-6-15;"},
		{"ngày 31 tháng 10 năm 2024", "ngày 31 tháng 10 năm 2024=2024-10-31;"},
		{"Ngày 5 tháng 2", "Ngày 5 tháng 2=0-2-5;"},
		{"tháng 10 năm 2024", "tháng 10 năm 2024=2024-10-0;"},
		{"tháng 12/2023", "tháng 12/2023=2023-12-0;"},
		{"năm 2023 tăng 10,74%", ""},
		{"18/18 chỉ tiêu, 13/14", ""},
		{"15-16%", ""},
		{"Covid-19 ngày 1.651", ""},
		{"Nghị định 30/2020/NĐ-CP", ""},
		{"6 tháng đầu năm 2024", ""},
	}
	for _, c := range cases {
		got := ""
		for _, d := range ScanDates(c.in) {
			got += fmt.Sprintf("%s=%d-%d-%d;", c.in[d.Start:d.End], d.Year, d.Month, d.Day)
		}
		if got != c.want {
			t.Errorf("ScanDates(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzScanDates(f *testing.F) {
	for _, tc := range scanCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, d := range ScanDates(s) {
			if d.Start < prev || d.Start >= d.End || d.End > len(s) || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
				t.Fatalf("bad date %+v in %q", d, s)
			}
			prev = d.End
		}
	})
}
