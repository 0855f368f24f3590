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

// workbookRows reads every sheet as sorted rows of cell text (formulas as
// formulas), dropping evidence quotations.
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
		quote := -1
		var lines []string
		for r, row := range rows {
			cells := make([]string, len(row))
			for c, v := range row {
				name, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if fm, _ := f.GetCellFormula(sh, name); fm != "" {
					v = "=" + fm
				}
				if v == "Câu trích dẫn" {
					quote = c
				}
				if c == quote && r > 0 {
					v = "…"
				}
				cells[c] = v
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
