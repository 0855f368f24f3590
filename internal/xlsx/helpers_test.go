package xlsx

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/report"
)

// goldPath is the shared evaluation data the team's tools are checked on.
const goldPath = "/work/shared/corpus/seeds/gold.jsonl"

// testDate is the report date of every test workbook.
var testDate = time.Date(2025, 2, 5, 9, 30, 0, 0, time.UTC)

// readFacts reads a JSONL fact file, failing the test on any bad line.
func readFacts(t testing.TB, path string) []facts.Fact {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fs, ps := facts.ReadJSONL(path, f)
	if len(ps) > 0 {
		t.Fatalf("%s: %v", path, ps)
	}
	return fs
}

// goldFacts reads the shared gold facts; without /work/shared the test is
// skipped, unless CI=true, where the data must be there.
func goldFacts(t testing.TB) []facts.Fact {
	t.Helper()
	if _, err := os.Stat(goldPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI: %s is missing: %v", goldPath, err)
		}
		t.Skipf("%s not found (shared corpus absent): skipping", goldPath)
	}
	return readFacts(t, goldPath)
}

// build makes the report and the workbook bytes.
func build(t testing.TB, fs []facts.Fact, opt report.Options) (*report.Report, []byte) {
	t.Helper()
	if opt.Date.IsZero() {
		opt.Date = testDate
	}
	rep, ps := report.Build(fs, catalog.Default(), opt)
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, rep); err != nil {
		t.Fatal(err)
	}
	return rep, buf.Bytes()
}

func TestWriteGoldToFile(t *testing.T) {
	out := os.Getenv("CHITIEU_XLSX_OUT")
	if out == "" {
		t.Skip("set CHITIEU_XLSX_OUT to write the gold workbook for a look")
	}
	_, b := build(t, goldFacts(t), report.Options{})
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
