package vnnum

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkScanRepetitive shows that Scan stays linear on repetitive input
// (no pattern makes it rescan far): ns/op of the 20000-repeat input should
// be about 10x the 2000-repeat one, not 100x. A benchmark, not a test: the
// shared machines are too noisy for a timed assertion.
//
//	go test ./internal/vnnum -run NONE -bench ScanRepetitive
func BenchmarkScanRepetitive(b *testing.B) {
	units := []string{"1-", "1 - ", "từ 1 đến ", "hơn ", "một ", "một trăm ", "a1", "1/1/", "1.000.", "1,1,", "mười ",
		"1 tỷ ", "ngày 1 tháng ", "1%-", "đồng/", "2021-", "xấp xỉ ", "9", "năm ", "1 hộ ", "không quá "}
	for _, u := range units {
		for _, n := range []int{2000, 20000} {
			s := strings.Repeat(u, n)
			b.Run(fmt.Sprintf("%q/%d", u, n), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				for i := 0; i < b.N; i++ {
					Scan(s)
					ScanDates(s)
				}
			})
		}
	}
}

// Parse refuses a long run of tokens that is no single number.
func TestParseLong(t *testing.T) {
	for _, u := range []string{"1", "a1", "1.000", "1 ", "hơn ", "một "} {
		if _, err := Parse(strings.Repeat(u, 200000)); err == nil {
			t.Errorf("Parse(%q repeated) succeeded", u)
		}
	}
}
