package form

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/templates"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestBuiltinGolden fills every built-in form from the sample facts and
// compares a dump of the result with testdata/NAME.golden.
func TestBuiltinGolden(t *testing.T) {
	for _, tf := range templates.Forms {
		if tf.File == "" {
			continue
		}
		t.Run(tf.Name, func(t *testing.T) {
			form, err := tf.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			money := "ty"
			if tf.Name == "ngan-sach" {
				money = "trieu"
			}
			out, ps := fill(t, tf.File, form, seedReport(t, money), Options{})
			again, _ := fill(t, tf.File, form, seedReport(t, money), Options{})
			if !bytes.Equal(out, again) {
				t.Error("two fills of the same form differ")
			}
			checkValid(t, out)
			var w strings.Builder
			for _, p := range ps {
				fmt.Fprintf(&w, "problem: %s\n", p.Error())
			}
			w.WriteString(dump(t, out))
			golden := filepath.Join("testdata", tf.Name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(w.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got := w.String(); got != string(want) {
				t.Errorf("fill of %s differs from %s (go test ./internal/form -update):\n%s", tf.Name, golden, firstDiff(got, string(want)))
			}
			if dir := os.Getenv("CHITIEU_FORM_OUT"); dir != "" {
				if err := os.WriteFile(filepath.Join(dir, tf.Name+".xlsx"), out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n got  %q\n want %q", i+1, x, y)
		}
	}
	return ""
}

// dump describes a workbook as stable text: sheets, defined names, merges,
// and every cell with its value or formula, number format and note.
func dump(t testing.TB, b []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var w strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&w, format+"\n", a...) }
	p("sheets: %q", f.GetSheetList())
	var names []string
	for _, dn := range f.GetDefinedName() {
		names = append(names, fmt.Sprintf("%s[%s]=%s", dn.Name, dn.Scope, dn.RefersTo))
	}
	sort.Strings(names)
	for _, n := range names {
		p("defined name: %s", n)
	}
	for _, sh := range f.GetSheetList() {
		p("\n== %s", sh)
		ms, _ := f.GetMergeCells(sh)
		var mm []string
		for _, m := range ms {
			mm = append(mm, m.GetStartAxis()+":"+m.GetEndAxis())
		}
		sort.Strings(mm)
		p("merges: %s", strings.Join(mm, " "))
		notes := map[string]string{}
		cms, _ := f.GetComments(sh)
		for _, c := range cms {
			txt := c.Text
			for _, par := range c.Paragraph {
				txt += par.Text
			}
			notes[c.Cell] = strings.ReplaceAll(txt, "\n", " | ")
		}
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		maxCol := 0
		for _, r := range rows {
			maxCol = max(maxCol, len(r))
		}
		for ri := range len(rows) + 2 {
			for ci := 1; ci <= maxCol+1; ci++ {
				ref, _ := excelize.CoordinatesToCellName(ci, ri+1)
				v := ""
				if ri < len(rows) && ci-1 < len(rows[ri]) {
					v = rows[ri][ci-1]
				}
				fm, _ := f.GetCellFormula(sh, ref)
				note := notes[ref]
				if v == "" && fm == "" && note == "" {
					continue
				}
				line := ref + ": "
				if fm != "" {
					line += "=" + fm
				} else {
					typ, _ := f.GetCellType(sh, ref)
					if typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset && v != "" && isNumber(v) {
						line += "n:" + v
					} else {
						line += fmt.Sprintf("%q", v)
					}
				}
				if s, err := f.GetCellStyle(sh, ref); err == nil && s != 0 {
					if st, err := f.GetStyle(s); err == nil && st.CustomNumFmt != nil {
						line += " fmt=" + *st.CustomNumFmt
					}
				}
				if note != "" {
					line += " note=" + note
				}
				p("%s", line)
			}
		}
	}
	return w.String()
}

func isNumber(s string) bool {
	_, err := fmt.Sscanf(s, "%g", new(float64))
	return err == nil
}
