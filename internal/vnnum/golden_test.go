package vnnum

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/testcorpus"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current Scan")

// TestScanGolden pins what Scan finds in real articles (seed corpus), so a
// change in behaviour shows up as a diff to review: go test -update.
func TestScanGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	// The dev corpus is read where it lives (../shared), not copied; its
	// goldens are ours and stay in testdata/dev.
	dev, _ := filepath.Glob(filepath.Join(devCorpus(t), "*.txt"))
	files = append(files, dev...)
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus texts in testdata: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		var out strings.Builder
		for _, a := range Scan(text) {
			fmt.Fprintf(&out, "%q\tvalue=%v max=%v of=%v form=%d uom=%q noun=%q qual=%q\n",
				text[a.Start:a.End], a.Value, a.Max, a.Of, a.Form, a.UOM, a.Noun, a.Qualifier)
		}
		for _, d := range ScanDates(text) {
			fmt.Fprintf(&out, "date %q\t%d-%d-%d\n", text[d.Start:d.End], d.Year, d.Month, d.Day)
		}
		golden := strings.TrimSuffix(f, ".txt") + ".golden"
		if filepath.Dir(f) != "testdata" {
			golden = filepath.Join("testdata", "dev", strings.TrimSuffix(filepath.Base(f), ".txt")+".golden")
		}
		if *update {
			if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if got := out.String(); got != string(want) {
			t.Errorf("%s: Scan output differs from %s (review, then go test -update):\n%s", f, golden, diffLines(string(want), got))
		}
	}
}

func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var x, y string
		if i < len(w) {
			x = w[i]
		}
		if i < len(g) {
			y = g[i]
		}
		if x != y {
			fmt.Fprintf(&b, "line %d\n- %s\n+ %s\n", i+1, x, y)
		}
	}
	return b.String()
}

// TestGoldFiguresFound: every figure of the corpus's gold facts is among
// what Scan returns for its article, with the unit the fact has.
func TestGoldFiguresFound(t *testing.T) {
	for _, dir := range []string{"testdata", devCorpus(t)} {
		if n := goldFound(t, dir); n < 30 {
			t.Fatalf("%s: only %d gold facts read", dir, n)
		}
	}
}

func goldFound(t *testing.T, dir string) int {
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	scans := map[string][]Amount{}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var g struct {
			Source string  `json:"source"`
			Value  float64 `json:"value"`
			UOM    string  `json:"uom"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		as, ok := scans[g.Source]
		if !ok {
			b, err := os.ReadFile(filepath.Join(dir, g.Source))
			if err != nil {
				t.Fatal(err)
			}
			as = Scan(string(b))
			scans[g.Source] = as
		}
		found := false
		for _, a := range as {
			if !(near(a.Value, g.Value) || near(math.Abs(a.Value), math.Abs(g.Value)) || (a.Form == Fraction && near(a.Of, g.Value))) {
				continue
			}
			switch g.UOM {
			case "VND", "%":
				found = a.UOM == g.UOM
			default: // a count: some noun follows ("218 quần chúng" is counted in người)
				found = a.UOM == "" && a.Noun != ""
			}
			if found {
				break
			}
		}
		if !found {
			t.Errorf("%s: gold figure %v %s not scanned", g.Source, g.Value, g.UOM)
		}
		n++
	}
	return n
}

// devCorpus is ../shared/corpus/dev ($CHITIEU_SHARED/corpus/dev): skipped on
// a lone clone, required in CI.
func devCorpus(t *testing.T) string {
	t.Helper()
	return filepath.Join(testcorpus.Dir(t), "corpus", "dev")
}
