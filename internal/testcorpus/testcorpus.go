// Package testcorpus finds the shared material (../shared beside the
// repository, or $CHITIEU_SHARED) for the tests and benchmarks of several
// packages, so that each does not carry its own copy of the lookup. Tests
// that need it skip on a lone clone but fail in CI, where it must be
// present.
package testcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir is the shared material's folder. Tests run in their package's
// folder, internal/<name>, so the default is three levels up.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("CHITIEU_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared")
	}
	if _, err := os.Stat(filepath.Join(dir, "corpus")); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("shared corpus not found at %s (set CHITIEU_SHARED): %v", dir, err)
		}
		tb.Skipf("shared corpus not found at %s (set CHITIEU_SHARED to run this)", dir)
	}
	return dir
}

// DevArticles reads the real articles of the shared dev corpus (what
// scripts/bench-extract copies), in file-name order, with their total
// size, for the benchmarks that profile one stage on them.
func DevArticles(tb testing.TB) (paths []string, data [][]byte, size int64) {
	tb.Helper()
	dir := filepath.Join(Dir(tb), "corpus", "dev")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no articles in %s: %v", dir, err)
	}
	for _, p := range paths {
		d, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		data = append(data, d)
		size += int64(len(d))
	}
	return paths, data, size
}
