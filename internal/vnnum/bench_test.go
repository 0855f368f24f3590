package vnnum

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkScanArticles scans the lines of the shared dev corpus's real
// articles one at a time, as the extractor scans paragraphs:
// go test ./internal/vnnum -run NONE -bench ScanArticles -cpu 1.
func BenchmarkScanArticles(b *testing.B) {
	dir := os.Getenv("CHITIEU_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "corpus", "dev", "*.txt"))
	if len(paths) == 0 {
		b.Skipf("no articles in %s/corpus/dev (set CHITIEU_SHARED)", dir)
	}
	var lines []string
	size := 0
	for _, p := range paths {
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
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
