package form

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/report"
)

// testDate is the report date of every test fill.
var testDate = time.Date(2025, 2, 5, 9, 30, 0, 0, time.UTC)

// seedFacts reads the project's sample facts.
func seedFacts(t testing.TB) []facts.Fact {
	t.Helper()
	const path = "../../testdata/facts/seeds.jsonl"
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

// seedReport is the report of the sample facts, for all years.
func seedReport(t testing.TB, money string) *report.Report {
	t.Helper()
	rep, ps := report.Build(seedFacts(t), catalog.Default(), report.Options{Date: testDate, MoneyUnit: money})
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	return rep
}

// xlsxBytes saves an excelize workbook made in a test.
func xlsxBytes(t testing.TB, f *excelize.File) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fill reads a form and fills it, failing the test on an error.
func fill(t testing.TB, name string, form []byte, rep *report.Report, opt Options) ([]byte, diag.List) {
	t.Helper()
	tpl, err := ReadTemplate(name, form)
	if err != nil {
		t.Fatal(err)
	}
	filled, ps, err := Fill(tpl, rep, opt)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := filled.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), ps
}
