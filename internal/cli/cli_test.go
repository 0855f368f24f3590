package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// run runs chitieu in-process with a fixed environment.
func run(t *testing.T, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = Main(args, Env{Stdout: &o, Stderr: &e, Stdin: strings.NewReader(""), Getenv: func(k string) string { return env[k] }})
	return code, o.String(), e.String()
}

var fixed = map[string]string{"SOURCE_DATE_EPOCH": "1732233600", "LANG": "C"}

func repoFile(parts ...string) string {
	return filepath.Join(append([]string{"..", ".."}, parts...)...)
}

func TestUsageErrors(t *testing.T) {
	cases := [][]string{
		{},
		{"frobnicate"},
		{"build"},
		{"build", "-o", "x.xlsx"},
		{"build", "-o", "x.pdf", "a.jsonl"},
		{"build", "--money-unit", "usd", "-o", "x.xlsx", "a.jsonl"},
		{"build", "--date", "tomorrow", "-o", "x.xlsx", "a.jsonl"},
		{"build", "--bogus"},
		{"extract"},
		{"extract", "--format", "pdf", "a.txt"},
		{"extract", "--format", "xlsx", "a.txt"},
	}
	for _, args := range cases {
		if code, _, errOut := run(t, fixed, args...); code != ExitUsage || errOut == "" {
			t.Errorf("%q: exit %d, stderr %q; want %d and a message", args, code, errOut, ExitUsage)
		}
	}
	for _, args := range [][]string{{"help"}, {"help", "build"}, {"build", "--help"}, {"extract", "-h"}, {"version"}} {
		if code, out, _ := run(t, fixed, args...); code != ExitOK || out == "" {
			t.Errorf("%q: exit %d, stdout %q", args, code, out)
		}
	}
}

func TestBadInputWritesNothingAndKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"source":"a","unit":"Quận X","indicator":"thu_ngan_sach","year":2024,"kind":"plan","value":1,"uom":"VND"}
{"source":"a","unit":"Quận X","indicator":"thu_ngan_sach","year":"năm","kind":"plan","value":1,"uom":"VND"}
{"source":"a","unit":"Quận X","indicator":"thu_ngan_sach","year":2024,"kind":"guess","value":1,"uom":"VND"}
`), 0o644)
	out := filepath.Join(dir, "r.xlsx")
	code, _, errOut := run(t, fixed, "build", "-o", out, bad)
	if code != ExitInput {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, ExitInput, errOut)
	}
	for _, want := range []string{bad + ":2: ", bad + ":3: unknown kind"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a workbook was written from bad input")
	}
	// An existing good file survives a failed --force run.
	os.WriteFile(out, []byte("previous"), 0o644)
	if code, _, _ := run(t, fixed, "build", "--force", "-o", out, bad); code != ExitInput {
		t.Errorf("exit %d", code)
	}
	if b, _ := os.ReadFile(out); string(b) != "previous" {
		t.Error("the previous output was replaced")
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*tmp"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestMessagesInVietnamese(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("source,unit,indicator,year,kind,value,uom\na,Quận X,thu_ngan_sach,2024,plan,abc,VND\n"), 0o644)
	vi := map[string]string{"LANG": "vi_VN.UTF-8"}
	code, _, errOut := run(t, vi, "build", "-o", filepath.Join(dir, "r.xlsx"), bad)
	if code != ExitInput || !strings.Contains(errOut, bad+`:2: giá trị "abc" không phải là số`) {
		t.Errorf("exit %d, stderr:\n%s", code, errOut)
	}
	// Years are not quantities: no thousands separator in any language.
	yr := filepath.Join(dir, "year.jsonl")
	os.WriteFile(yr, []byte(`{"source":"a","unit":"Quận X","indicator":"thu_ngan_sach","year":20310,"kind":"plan","value":1,"uom":"VND"}`+"\n"), 0o644)
	for _, args := range [][]string{{"--year", "20310", yr}, {"--year", "2031", repoFile("testdata", "facts", "seeds.jsonl")}, {yr}} {
		_, _, errOut = run(t, vi, append([]string{"build", "-o", filepath.Join(dir, "r.xlsx")}, args...)...)
		if strings.Contains(errOut, "20.310") || strings.Contains(errOut, "2.031") || !strings.Contains(errOut, "năm") && !strings.Contains(errOut, "--year") {
			t.Errorf("build %q: a year printed as a quantity, or no year message:\n%s", args, errOut)
		}
	}
	code, _, errOut = run(t, vi, "build", "-o", filepath.Join(dir, "r.xlsx"), filepath.Join(dir, "missing.jsonl"))
	if code != ExitInput || !strings.Contains(errOut, "không đọc được") {
		t.Errorf("missing file: exit %d, stderr:\n%s", code, errOut)
	}
}

func TestBuildFromFactsAndRefuseOverwrite(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "r.xlsx")
	in := repoFile("testdata", "facts", "seeds.jsonl")
	code, _, errOut := run(t, fixed, "build", "-o", out, in)
	if code != ExitOK {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	sheets := f.GetSheetList()
	f.Close()
	if len(sheets) < 5 {
		t.Errorf("sheets: %v", sheets)
	}
	before, _ := os.ReadFile(out)
	if code, _, errOut := run(t, fixed, "build", "-o", out, in); code != ExitInput || !strings.Contains(errOut, "--force") {
		t.Errorf("overwrite without --force: exit %d, %s", code, errOut)
	}
	// Reproducible: same input and SOURCE_DATE_EPOCH, same bytes.
	if code, _, errOut := run(t, fixed, "build", "--force", "-o", out, in); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	after, _ := os.ReadFile(out)
	if !bytes.Equal(before, after) {
		t.Error("two builds of the same input differ")
	}
}

func TestExtractThenBuildFromDocuments(t *testing.T) {
	docs, _ := filepath.Glob(repoFile("testdata", "seeds", "*.txt"))
	if len(docs) != 5 {
		t.Fatalf("sample documents: %v", docs)
	}
	code, out, errOut := run(t, fixed, append([]string{"extract"}, docs...)...)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not JSONL: %q", line)
		}
		if m["evidence"] == "" || m["source"] == "" {
			t.Errorf("fact without evidence or source: %v", m)
		}
		n++
	}
	if n < 30 {
		t.Errorf("only %d facts from the seed articles", n)
	}

	dir := t.TempDir()
	// CSV for Excel, and a review workbook, both read back by build.
	for _, ext := range []string{"csv", "xlsx", "jsonl"} {
		p := filepath.Join(dir, "facts."+ext)
		if code, _, errOut := run(t, fixed, append([]string{"extract", "-o", p}, docs...)...); code != ExitOK {
			t.Fatalf("extract -o %s: exit %d: %s", p, code, errOut)
		}
		r := filepath.Join(dir, "r-"+ext+".xlsx")
		if code, _, errOut := run(t, fixed, "build", "-o", r, p); code != ExitOK {
			t.Errorf("build from %s: exit %d: %s", ext, code, errOut)
		}
	}
	// The same facts through any fact format give the same report, save
	// for the provenance column naming the fact file and line.
	jsonl := workbookRows(t, filepath.Join(dir, "r-jsonl.xlsx"))
	for _, ext := range []string{"csv", "xlsx"} {
		other := workbookRows(t, filepath.Join(dir, "r-"+ext+".xlsx"))
		for sheet, want := range jsonl {
			diffRows(t, ext+" "+sheet, other[sheet], want)
		}
	}
	r := filepath.Join(dir, "direct.xlsx")
	if code, _, errOut := run(t, fixed, append([]string{"build", "-o", r}, docs...)...); code != ExitOK {
		t.Errorf("build from documents: exit %d: %s", code, errOut)
	}
}

func TestUnitsFileNamesBareLevelUnits(t *testing.T) {
	dir := t.TempDir()
	units := filepath.Join(dir, "units.tsv")
	os.WriteFile(units, []byte("# file\tunit\n003_*.txt\tThị xã Quảng Yên\n"), 0o644)
	doc := repoFile("testdata", "seeds", "003_7c16cafb3a7db5e6.txt")
	code, out, errOut := run(t, fixed, "extract", "--units", units, doc)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"unit":"Thị xã Quảng Yên"`) || strings.Contains(out, `"unit":"Thị xã"`) {
		t.Errorf("units file not applied:\n%s", out)
	}
	code, out, _ = run(t, fixed, "extract", "--unit", "Phường Bến Nghé", doc)
	if code != ExitOK || strings.Count(out, `"unit":"Phường Bến Nghé"`) != strings.Count(out, "\n") {
		t.Errorf("--unit not applied to every fact:\n%s", out)
	}
}

func TestNoFactsIsAWarning(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "empty.txt")
	os.WriteFile(p, []byte("Hôm nay trời đẹp.\n"), 0o644)
	code, out, errOut := run(t, fixed, "extract", p)
	if code != ExitOK || strings.TrimSpace(out) != "" || !strings.Contains(errOut, "no indicator facts found") {
		t.Errorf("exit %d, out %q, err %q", code, out, errOut)
	}
}
