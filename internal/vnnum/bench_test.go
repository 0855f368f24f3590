package vnnum

import (
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/testcorpus"
)

// BenchmarkScanArticles scans the lines of the shared dev corpus's real
// articles one at a time, as the extractor scans paragraphs:
// go test ./internal/vnnum -run NONE -bench ScanArticles -cpu 1.
func BenchmarkScanArticles(b *testing.B) {
	_, data, _ := testcorpus.DevArticles(b)
	var lines []string
	size := 0
	for _, d := range data {
		for l := range strings.SplitSeq(string(d), "\n") {
			if l != "" {
				lines = append(lines, l)
				size += len(l)
			}
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var out []Amount
	n := 0
	for b.Loop() {
		for _, l := range lines {
			out = ScanAppend(out[:0], l)
			n += len(out)
		}
	}
	if n == 0 {
		b.Fatal("no figures in the articles")
	}
}
