package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteNew(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.xlsx")
	if err := Write(p, false, func(w io.Writer) error { _, err := io.WriteString(w, "ok"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "ok" {
		t.Errorf("content %q", b)
	}
	st, _ := os.Stat(p)
	if st.Mode().Perm()&0o044 == 0 {
		t.Errorf("output not readable by others: %v", st.Mode())
	}
	assertNoTemp(t, filepath.Dir(p))
}

func TestFailureKeepsOldFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.xlsx")
	os.WriteFile(p, []byte("good"), 0o640)
	boom := errors.New("boom")
	err := Write(p, true, func(w io.Writer) error {
		io.WriteString(w, "half")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "good" {
		t.Errorf("old file changed to %q", b)
	}
	assertNoTemp(t, filepath.Dir(p))
}

func TestNoOverwriteWithoutForce(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.xlsx")
	os.WriteFile(p, []byte("good"), 0o640)
	called := false
	err := Write(p, false, func(w io.Writer) error { called = true; return nil })
	if !errors.Is(err, ErrExists) || called {
		t.Fatalf("err = %v, fill called = %v", err, called)
	}
	if err := Write(p, true, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	st, _ := os.Stat(p)
	if string(b) != "new" || st.Mode().Perm() != 0o640 {
		t.Errorf("overwrite: %q %v", b, st.Mode())
	}
}

func TestMissingFolder(t *testing.T) {
	p := filepath.Join(t.TempDir(), "nope", "r.xlsx")
	if err := Write(p, false, func(w io.Writer) error { return nil }); err == nil {
		t.Error("want an error for a missing folder")
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if filepath.Ext(e.Name()) == ".tmp" {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}
