package cli

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestSeedDocumentsGiveTheGoldReport is the extraction issue's acceptance:
// building from the five seed articles gives the same report as building
// from their gold facts, save for evidence wording (the Nguồn sheet's
// quotation column and the cell notes, which quote it).
func TestSeedDocumentsGiveTheGoldReport(t *testing.T) {
	docs, _ := filepath.Glob(repoFile("testdata", "seeds", "*.txt"))
	dir := t.TempDir()
	fromDocs, fromGold := filepath.Join(dir, "docs.xlsx"), filepath.Join(dir, "gold.xlsx")
	if code, _, e := run(t, fixed, append([]string{"build", "-o", fromDocs}, docs...)...); code != ExitOK {
		t.Fatalf("from documents: %s", e)
	}
	if code, _, e := run(t, fixed, "build", "-o", fromGold, repoFile("testdata", "facts", "seeds.jsonl")); code != ExitOK {
		t.Fatalf("from gold: %s", e)
	}
	a, b := workbookRows(t, fromDocs), workbookRows(t, fromGold)
	for sheet, want := range b {
		got, ok := a[sheet]
		if !ok {
			t.Errorf("sheet %q missing from the report built from documents", sheet)
			continue
		}
		diffRows(t, sheet, got, want)
	}
	for sheet := range a {
		if _, ok := b[sheet]; !ok {
			t.Errorf("extra sheet %q in the report built from documents", sheet)
		}
	}
}

// provenance are the columns that say where a fact was read from (a line
// of the gold file, or nothing for an article) or quote it, and the row
// numbers of the fact lists, whose order follows the input; they differ
// between the two builds by design.
var provenance = map[string]bool{"Câu trích dẫn": true, "Dòng": true, "Vị trí": true}

// workbookRows reads every sheet as sorted rows of cell text (formulas as
// formulas), dropping provenance columns.
func workbookRows(t *testing.T, path string) map[string][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]string{}
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		drop := map[int]bool{}
		var lines []string
		for r, row := range rows {
			var cells []string
			for c, v := range row {
				name, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if fm, _ := f.GetCellFormula(sh, name); fm != "" {
					v = "=" + fm
				}
				if provenance[v] {
					drop[c] = true
					// Fact lists are numbered in input order: drop STT too.
					for k, h := range row {
						if h == "STT" {
							drop[k] = true
						}
					}
				}
				if drop[c] {
					v = "…"
				}
				cells = append(cells, v)
			}
			lines = append(lines, strings.Join(cells, " | "))
		}
		sort.Strings(lines)
		out[sh] = lines
	}
	return out
}

func diffRows(t *testing.T, sheet string, got, want []string) {
	t.Helper()
	g := map[string]int{}
	for _, l := range got {
		g[l]++
	}
	for _, l := range want {
		if g[l] > 0 {
			g[l]--
			continue
		}
		t.Errorf("%s: missing row: %s", sheet, l)
	}
	for l, n := range g {
		for ; n > 0; n-- {
			t.Errorf("%s: extra row: %s", sheet, l)
		}
	}
}
