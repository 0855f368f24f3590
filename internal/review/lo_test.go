package review

import (
	"context"
	"os/exec"
	"path/filepath"
	"time"
)

func lookSoffice() (string, error) { return exec.LookPath("soffice") }

// convert runs LibreOffice to re-save src as .xlsx in out. It uses its own
// user profile under dir: a shared profile is locked by any other
// LibreOffice running on the machine, and the conversion would fail.
func convert(soffice, dir, out, src string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation="+profile,
		"--headless", "--convert-to", "xlsx", "--outdir", out, src)
	return cmd.CombinedOutput()
}
