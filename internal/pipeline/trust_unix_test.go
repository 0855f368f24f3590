//go:build unix

package pipeline

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// (In its own file because syscall.Mkfifo does not exist on Windows, and
// CI vets the Windows build.)

// A pipe or a device is refused at once, not read until it ends.
func TestFIFORefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.jsonl")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("mkfifo:", err)
	}
	for _, in := range []string{fifo, "/dev/zero"} {
		_, ps := Build(BuildOptions{Inputs: Inputs{Paths: []string{in}}, Output: filepath.Join(dir, "r.xlsx")})
		if got := messages(ps); ps.Err() == nil || !strings.Contains(got, in+": not a regular file") {
			t.Errorf("%s: %s", in, got)
		}
	}
}
