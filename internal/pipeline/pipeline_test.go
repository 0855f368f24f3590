package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/chitieu/chitieu/internal/diag"
)

func TestReportDate(t *testing.T) {
	env := func(k string) string { return map[string]string{"SOURCE_DATE_EPOCH": "1738713600"}[k] }
	d, err := ReportDate("", env)
	if err != nil || d.Format("2006-01-02") != "2025-02-05" {
		t.Errorf("SOURCE_DATE_EPOCH: %v %v", d, err)
	}
	for _, s := range []string{"2025-02-05", "05/02/2025", "5/2/2025"} {
		d, err := ReportDate(s, env)
		if err != nil || d.Format("2006-01-02") != "2025-02-05" {
			t.Errorf("%s: %v %v", s, d, err)
		}
	}
	if _, err := ReportDate("", func(string) string { return "soon" }); err == nil {
		t.Error("bad SOURCE_DATE_EPOCH accepted")
	}
	if _, err := ReportDate("tomorrow", env); err == nil {
		t.Error("bad date accepted")
	}
	if d, _ := ReportDate("", func(string) string { return "" }); time.Since(d) > time.Minute {
		t.Error("default is not today")
	}
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func messages(ps diag.List) string {
	var s []string
	for _, p := range ps {
		s = append(s, p.Error())
	}
	return strings.Join(s, "\n")
}

// TestNoFactsNamesTheFiles: a build from inputs without facts names every
// file that held none, and writes nothing.
func TestNoFactsNamesTheFiles(t *testing.T) {
	dir := t.TempDir()
	doc := write(t, dir, "empty.txt", "Hôm nay trời đẹp.\n")
	csv := write(t, dir, "header.csv", "source,unit,indicator,year,kind,value,uom\n")
	out := filepath.Join(dir, "r.xlsx")
	_, ps := Build(BuildOptions{Inputs: Inputs{Paths: []string{doc, csv}}, Output: out})
	if ps.Err() == nil {
		t.Fatal("a build without facts succeeded")
	}
	got := messages(ps)
	for _, want := range []string{doc + ": warning: no indicator facts found", csv + ": warning: no indicator facts found", "no facts in the input"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a workbook was written")
	}
}

func TestBuildProblems(t *testing.T) {
	dir := t.TempDir()
	seeds := filepath.Join("..", "..", "testdata", "facts", "seeds.jsonl")
	out := write(t, dir, "r.xlsx", "previous")
	_, ps := Build(BuildOptions{Inputs: Inputs{Paths: []string{seeds}}, Output: out})
	if got := messages(ps); !strings.Contains(got, out+": the file exists") {
		t.Errorf("existing output: %s", got)
	}
	_, ps = Build(BuildOptions{Inputs: Inputs{Paths: []string{seeds}}, Output: out, Force: true, Year: 1999})
	if got := messages(ps); !strings.Contains(got, "no facts for the year 1999") {
		t.Errorf("year filter: %s", got)
	}
	// A year is not a quantity: no digit grouping in Vietnamese ("2.024").
	if got := diag.Text(diag.Printer(language.Vietnamese), ps); !strings.Contains(got, "năm 1999") {
		t.Errorf("year filter in Vietnamese: %s", got)
	}
	cat := write(t, dir, "cat.json", "{not json")
	_, ps = Build(BuildOptions{Inputs: Inputs{Paths: []string{seeds}, Catalog: cat}, Output: out, Force: true})
	if got := messages(ps); !strings.HasPrefix(got, cat+": ") {
		t.Errorf("bad catalog: %s", got)
	}
	if b, _ := os.ReadFile(out); string(b) != "previous" {
		t.Error("a failed build replaced the output")
	}
	res, ps := Build(BuildOptions{Inputs: Inputs{Paths: []string{seeds}}, Output: out, Force: true})
	if ps.Err() != nil || res.Report == nil || res.Facts == 0 || len(res.Files) != 1 || res.Output != out {
		t.Errorf("build: %+v %s", res, messages(ps))
	}
}
