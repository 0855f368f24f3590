package cli

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// sheetRows reads one sheet of a workbook as cell text.
func sheetRows(t *testing.T, path, sheet string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// column finds a heading in the first row.
func column(t *testing.T, rows [][]string, title string) int {
	t.Helper()
	for i, h := range rows[0] {
		if h == title {
			return i
		}
	}
	t.Fatalf("no column %q in %q", title, rows[0])
	return -1
}

// Nguồn's Dòng says on which line of the article each sentence is, so a
// reviewer can open the file there.
func TestSourcesSheetGivesTheDocumentLine(t *testing.T) {
	docs, _ := filepath.Glob(repoFile("testdata", "seeds", "*.txt"))
	out := filepath.Join(t.TempDir(), "r.xlsx")
	if code, _, e := run(t, fixed, append([]string{"build", "-o", out}, docs...)...); code != ExitOK {
		t.Fatalf("build: %s", e)
	}
	rows := sheetRows(t, out, "Nguồn")
	src, line, quote := column(t, rows, "Nguồn"), column(t, rows, "Dòng"), column(t, rows, "Câu trích dẫn")
	texts := map[string][]string{}
	for _, d := range docs {
		b, _ := os.ReadFile(d)
		texts[filepath.Base(d)] = strings.Split(strings.ReplaceAll(string(b), "\u00a0", " "), "\n")
	}
	for _, r := range rows[1:] {
		n, err := strconv.Atoi(r[line])
		if err != nil {
			t.Errorf("row %q: Dòng %q is not a line number", r[src], r[line])
			continue
		}
		lines := texts[r[src]]
		head := strings.SplitN(r[quote], " | ", 2)[0]
		head = head[:min(len(head), 20)]
		if n < 1 || n > len(lines) || !strings.Contains(lines[n-1], head) {
			t.Errorf("%s: line %d does not hold %q", r[src], n, r[quote])
		}
	}
}

// extract -f -o a.txt a.txt does not replace the article with its facts;
// a missing output folder is named.
func TestExtractOutputIsNotTheInput(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	docs, _ := filepath.Glob(repoFile("testdata", "seeds", "*.txt"))
	b, _ := os.ReadFile(docs[0])
	os.WriteFile(doc, b, 0o644)
	code, _, e := run(t, fixed, "extract", "-f", "-o", doc, doc)
	if after, _ := os.ReadFile(doc); code != ExitInput || string(after) != string(b) || !strings.Contains(e, "is also an input") {
		t.Errorf("exit %d, stderr %q", code, e)
	}
	missing := filepath.Join(dir, "nope", "f.jsonl")
	code, _, e = run(t, fixed, "extract", "-o", missing, doc)
	if code != ExitInput || !strings.Contains(e, "the folder "+filepath.Join(dir, "nope")+" does not exist") {
		t.Errorf("exit %d, stderr %q", code, e)
	}
}
