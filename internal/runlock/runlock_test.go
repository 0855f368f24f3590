package runlock

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestSecondAcquireIsBusy(t *testing.T) {
	p := filepath.Join(t.TempDir(), "job.lock")
	l, err := Acquire(p)
	if err != nil {
		t.Fatal(err)
	}
	// flock locks belong to the open file, so a second open in this
	// process is refused just as another process would be.
	_, err = Acquire(p)
	var be *BusyError
	if !errors.Is(err, ErrBusy) || !errors.As(err, &be) || !strings.Contains(be.Holder, "pid ") {
		t.Fatalf("second Acquire: %v", err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	l2, err := Acquire(p)
	if err != nil {
		t.Fatalf("after Release: %v", err)
	}
	l2.Release()
}

// TestOtherProcessIsBusy holds the lock in a child process (this test
// binary, re-run) and checks the parent is refused.
func TestOtherProcessIsBusy(t *testing.T) {
	if p := os.Getenv("RUNLOCK_HOLD"); p != "" {
		if _, err := Acquire(p); err != nil {
			os.Exit(3)
		}
		os.Stdout.WriteString("held\n")
		os.Stdin.Read(make([]byte, 1)) // hold until the parent closes stdin
		os.Exit(0)
	}
	p := filepath.Join(t.TempDir(), "job.lock")
	cmd := exec.Command(os.Args[0], "-test.run=TestOtherProcessIsBusy")
	cmd.Env = append(os.Environ(), "RUNLOCK_HOLD="+p)
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 5)
	if _, err := out.Read(buf); err != nil || string(buf) != "held\n" {
		t.Fatalf("child: %q %v", buf, err)
	}
	if _, err := Acquire(p); !errors.Is(err, ErrBusy) {
		t.Errorf("lock held by another process: %v", err)
	}
	in.Close()
	cmd.Wait()
	l, err := Acquire(p)
	if err != nil {
		t.Fatalf("after the holder exited: %v", err)
	}
	l.Release()
}
