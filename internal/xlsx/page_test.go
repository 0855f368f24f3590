package xlsx

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/report"
)

// pdfPages is the text of each page of a PDF (pdftotext).
func pdfPages(t *testing.T, pdf string) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI: pdftotext (poppler-utils) is not installed")
		}
		t.Skip("pdftotext not installed: skipping")
	}
	out, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(out), "\f")
}

// The signature block never stands alone on a page: whatever the length
// of the table, the page it is printed on holds rows of the table too.
// Units with 38 to 54 rows, printed by LibreOffice, cover every place the
// end of a table can fall on a page (a portrait page holds about 45 rows
// under the header block).
func TestSignatureKeptWithLastRows(t *testing.T) {
	bin := soffice(t)
	var fs []facts.Fact
	const from, to = 38, 54
	units := to - from + 1
	for n := from; n <= to; n++ {
		u := fmt.Sprintf("Xã Thử %02d", n)
		for i := 0; i < n; i++ {
			fs = append(fs, facts.Fact{Source: "a.txt", Unit: u, Indicator: fmt.Sprintf("dong_%02d_%02d", n, i),
				Year: 2024, Kind: facts.Actual, Value: float64(100 + i), UOM: "ha"})
		}
	}
	_, b := build(t, fs, report.Options{})
	dir := t.TempDir()
	in := filepath.Join(dir, "sig.xlsx")
	os.WriteFile(in, b, 0o644)
	pdf := convert(t, bin, in, dir, "pdf")
	exec.Command("cp", pdf, "/tmp/t8/sig.pdf").Run()
	pages := pdfPages(t, pdf)
	seen := 0
	for i, p := range pages {
		if !strings.Contains(p, "NGƯỜI LẬP BIỂU") {
			continue
		}
		seen++
		if !strings.Contains(p, "dong_") {
			t.Errorf("page %d: the signature block stands alone:\n%s", i+1, p)
		}
	}
	if seen != units {
		t.Errorf("%d signature blocks for %d units", seen, units)
	}
}
