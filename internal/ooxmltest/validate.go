package ooxmltest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Validator is validate.sh in the shared tools beside the repository
// (../shared from the module root), or "" when they are absent.
func Validator() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, "..", "shared", "tools", "ooxml", "validate.sh")
			if _, err := os.Stat(p); err == nil {
				return p
			}
			return ""
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

// Validate runs validate.sh on a workbook (its bytes) and fails the test
// unless it exits 0. Without the shared tools or python3-lxml the check is
// skipped with a log line, except on CI (CI=true), where it fails. The
// JDK's validator runs too when java is installed.
func Validate(t testing.TB, name string, data []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	ValidateFile(t, path)
}

// ValidateFile is Validate on a file.
func ValidateFile(t testing.TB, path string) {
	t.Helper()
	v := Validator()
	if v == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI: ../shared/tools/ooxml/validate.sh is missing")
		}
		t.Logf("../shared/tools/ooxml/validate.sh not found: %s not validated", path)
		return
	}
	if err := exec.Command("/usr/bin/python3", "-c", "import lxml").Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI: python3-lxml is not installed (apt-get install python3-lxml)")
		}
		t.Logf("python3-lxml missing: %s not validated", path)
		return
	}
	out, err := exec.Command(v, path).CombinedOutput()
	if err != nil {
		t.Errorf("validate.sh %s: %v\n%s", filepath.Base(path), err, out)
	}
}
