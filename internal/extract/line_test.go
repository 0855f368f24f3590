package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/document"
)

// Every fact knows the line of the file its sentence is on, so the
// report's sources sheet can send a reader there.
func TestFactLineIsTheFileLine(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	if len(paths) == 0 {
		t.Fatal("no seeds")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		// Blank lines at the top and a doubled gap move every line down;
		// the text chitieu reads drops them, the line numbers must not.
		data = append([]byte("\n\n\n\n"), data...)
		doc, err := document.Parse(p, data)
		if err != nil {
			t.Fatal(err)
		}
		// The text has no-break spaces as spaces.
		file := strings.Split(strings.ReplaceAll(string(data), "\u00a0", " "), "\n")
		fs := factsOf(doc, catalog.Default(), Options{})
		for _, f := range fs {
			if f.Line < 1 || f.Line > len(file) {
				t.Errorf("%s: %s %s: line %d", p, f.Indicator, f.Kind, f.Line)
				continue
			}
			// Table evidence is cells joined by " | ", so compare a prefix.
			head := strings.TrimSpace(strings.SplitN(f.Evidence, " | ", 2)[0])
			head = head[:min(len(head), 20)]
			if !strings.Contains(file[f.Line-1], head) {
				t.Errorf("%s: evidence %q is not on line %d: %q", p, f.Evidence, f.Line, file[f.Line-1])
			}
		}
	}
}
