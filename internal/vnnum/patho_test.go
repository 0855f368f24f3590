package vnnum

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// Scan stays linear on repetitive input: no pattern makes it rescan far.
func TestScanLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times Scan on 1 MB inputs")
	}
	units := []string{"1-", "1 - ", "từ 1 đến ", "hơn ", "một ", "một trăm ", "a1", "1/1/", "1.000.", "1,1,", "mười ",
		"1 tỷ ", "ngày 1 tháng ", "1%-", "đồng/", "2021-", "xấp xỉ ", "9", "năm ", "1 hộ ", "không quá "}
	for _, u := range units {
		small := strings.Repeat(u, 2000)
		big := strings.Repeat(u, 20000)
		ts := timeScan(small)
		tb := timeScan(big)
		t.Logf("%q: %.1fx", u, float64(tb)/float64(ts))
		// 10x the input: linear is 10x the time, quadratic 100x; the bound
		// leaves room for the allocator, caches and a busy machine
		if tb > 60*ts && tb > 20*time.Millisecond {
			t.Errorf("Scan on %q repeated: %v for 2000, %v for 20000: not linear", u, ts, tb)
		}
	}
}

func timeScan(s string) time.Duration {
	best := time.Hour
	for k := 0; k < 5; k++ {
		runtime.GC()
		t0 := time.Now()
		Scan(s)
		ScanDates(s)
		if d := time.Since(t0); d < best {
			best = d
		}
	}
	return best
}

// Parse reads a long token once, not once per byte.
func TestParseLinear(t *testing.T) {
	for _, u := range []string{"1", "a1", "1.000", "1 ", "hơn ", "một "} {
		s := strings.Repeat(u, 200000)
		t0 := time.Now()
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q repeated) succeeded", u)
		}
		if d := time.Since(t0); d > 2*time.Second {
			t.Errorf("Parse(%q repeated 200000 times) took %v", u, d)
		}
	}
}
