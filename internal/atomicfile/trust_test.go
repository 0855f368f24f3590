package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// helperEnv makes the test binary a writer that stops half-way, for the
// signal tests: it writes part of the file, says "ready", and waits.
const helperEnv = "ATOMICFILE_HELPER_OUTPUT"

func TestMain(m *testing.M) {
	if out := os.Getenv(helperEnv); out != "" {
		err := Write(out, false, func(w io.Writer) error {
			io.WriteString(w, "half a workbook")
			fmt.Println("ready")
			select {} // until a signal
		})
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	os.Exit(m.Run())
}

// An interrupted run (Ctrl-C, kill, a closed terminal) leaves no temporary
// file beside the output, and no output.
func TestSignalRemovesTemp(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no POSIX signals")
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "r.xlsx")
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), helperEnv+"="+out)
			stdout, _ := cmd.StdoutPipe()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, _ := bufio.NewReader(stdout).ReadString('\n')
			if line != "ready\n" {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("helper said %q", line)
			}
			if tmp, _ := filepath.Glob(filepath.Join(dir, ".r.xlsx.*.tmp")); len(tmp) != 1 {
				t.Fatalf("while writing: temporary files %v", tmp)
			}
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("helper ended with %v", err)
			}
			// It dies of the signal, as it would have without the cleanup.
			if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != sig {
				t.Errorf("exit status %v, want killed by %v", ee, sig)
			}
			assertNoTemp(t, dir)
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("output exists after the interrupted write: %v", err)
			}
		})
	}
}

// A run killed outright (kill -9, power cut) cannot clean up: the next run
// to the same output removes what it left, and nothing a live run is
// writing.
func TestLeftoversOfDeadRunsRemoved(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "r.xlsx")
	dead := exec.Command(os.Args[0], "-test.run=^$")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(dir, fmt.Sprintf(".r.xlsx.%d-123456.tmp", dead.Process.Pid))
	live := filepath.Join(dir, fmt.Sprintf(".r.xlsx.%d-654321.tmp", os.Getpid()))
	old := filepath.Join(dir, ".r.xlsx.987654.tmp") // an older run's name, no pid
	other := filepath.Join(dir, ".other.xlsx.1-1.tmp")
	for _, p := range []string{stale, live, old, other} {
		os.WriteFile(p, []byte("x"), 0o600)
	}
	long := time.Now().Add(-2 * time.Hour)
	os.Chtimes(old, long, long)
	if err := Write(out, false, func(w io.Writer) error { _, err := io.WriteString(w, "ok"); return err }); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{stale: false, old: false, live: true, other: true} {
		_, err := os.Stat(p)
		if got := err == nil; got != want {
			t.Errorf("%s: exists %v, want %v", filepath.Base(p), got, want)
		}
	}
}

// Errors name what the user named: the output, or its missing folder, not
// a temporary file.
func TestErrorsNameTheOutput(t *testing.T) {
	dir := t.TempDir()
	ok := func(w io.Writer) error { return nil }
	missing := filepath.Join(dir, "nope", "r.xlsx")
	err := Write(missing, false, ok)
	if !errors.Is(err, ErrNoFolder) || !strings.Contains(err.Error(), filepath.Join(dir, "nope")) || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("missing folder: %v", err)
	}
	for _, force := range []bool{false, true} {
		err = Write(dir, force, ok)
		if !errors.Is(err, ErrIsFolder) || strings.Contains(err.Error(), ".tmp") {
			t.Errorf("output is a folder (force %v): %v", force, err)
		}
	}
	file := filepath.Join(dir, "f")
	os.WriteFile(file, nil, 0o644)
	if err := Write(filepath.Join(file, "r.xlsx"), false, ok); !errors.Is(err, ErrNoFolder) {
		t.Errorf("folder is a file: %v", err)
	}
	if err := Check(filepath.Join(dir, "new.xlsx"), false); err != nil {
		t.Errorf("Check of a new file: %v", err)
	}
	if err := Check(file, false); !errors.Is(err, ErrExists) {
		t.Errorf("Check of an existing file without force: %v", err)
	}
	if err := Check(file, true); err != nil {
		t.Errorf("Check of an existing file with force: %v", err)
	}
}
