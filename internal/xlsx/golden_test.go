package xlsx

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/internal/xlsxpkg"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// unzip reads every part of a workbook.
func unzip(t testing.TB, b []byte) (map[string][]byte, []*zip.File) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[zf.Name] = data
	}
	return parts, zr.File
}

var (
	brkRe = regexp.MustCompile(`<brk id="([0-9]+)"`)
)

// cellRefs lists the cells a sheet part holds, in document order, so the
// dump sees formula cells without a cached value too.
func cellRefs(t testing.TB, parts map[string][]byte, sheet string) []string {
	paths, _, err := xlsxpkg.SheetParts(parts)
	if err != nil {
		t.Fatal(err)
	}
	return xlsxpkg.CellRefs(parts[paths[sheet]])
}

// dump describes a workbook as stable text: what a golden file compares.
func dump(t testing.TB, b []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	parts, _ := unzip(t, b)
	layouts, err := xlsxpkg.Layouts(b)
	if err != nil {
		t.Fatal(err)
	}
	var w strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&w, format+"\n", a...) }
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	p("props: title=%q creator=%q created=%s modified=%s language=%s", props.Title, props.Creator, props.Created, props.Modified, props.Language)
	p("sheets: %q", f.GetSheetList())
	var names []string
	for _, dn := range f.GetDefinedName() {
		names = append(names, fmt.Sprintf("%s[%s]=%s", dn.Name, dn.Scope, dn.RefersTo))
	}
	sort.Strings(names)
	for _, n := range names {
		p("defined name: %s", n)
	}
	var charts []string
	for n := range parts {
		if strings.HasPrefix(n, "xl/charts/chart") {
			charts = append(charts, n)
		}
	}
	sort.Strings(charts)
	p("charts: %q", charts)
	for _, sheet := range f.GetSheetList() {
		p("\n== %s", sheet)
		// In file order, as a reader meets them: <col> ascending, a
		// <dimension> exactly over the cells (a library upgrade must not
		// bring back descending columns or dimension A1).
		l := layouts[sheet]
		p("layout: dimension=%s cells=%s cols=%s", l.Dimension, l.Cells, strings.Join(l.Cols, " "))
		pl, _ := f.GetPageLayout(sheet)
		pm, _ := f.GetPageMargins(sheet)
		sp, _ := f.GetSheetProps(sheet)
		hf, _ := f.GetHeaderFooter(sheet)
		p("page: size=%d orientation=%s fitToWidth=%d fitToHeight=%d fitToPage=%v", deref(pl.Size), deref(pl.Orientation), deref(pl.FitToWidth), deref(pl.FitToHeight), deref(sp.FitToPage))
		p("margins: left=%.3f right=%.3f top=%.3f bottom=%.3f", deref(pm.Left), deref(pm.Right), deref(pm.Top), deref(pm.Bottom))
		if hf != nil {
			p("footer: %q", hf.OddFooter)
		}
		var brks []string
		for _, m := range brkRe.FindAllSubmatch(parts[l.Part], -1) {
			brks = append(brks, string(m[1]))
		}
		if len(brks) > 0 {
			// A break after row id: the signature kept with the table.
			p("page breaks after rows: %s", strings.Join(brks, " "))
		}
		panes, _ := f.GetPanes(sheet)
		p("panes: freeze=%v x=%d y=%d top-left=%s", panes.Freeze, panes.XSplit, panes.YSplit, panes.TopLeftCell)
		var widths []string
		for c := 1; c <= 16; c++ {
			wd, _ := f.GetColWidth(sheet, colName(c))
			widths = append(widths, fmt.Sprintf("%s=%g", colName(c), wd))
		}
		p("widths: %s", strings.Join(widths, " "))
		merges, _ := f.GetMergeCells(sheet)
		var ms []string
		for _, m := range merges {
			ms = append(ms, m.GetStartAxis()+":"+m.GetEndAxis())
		}
		p("merges: %s", strings.Join(ms, " "))
		tables, _ := f.GetTables(sheet)
		for _, tb := range tables {
			p("table: %s %s %s", tb.Name, tb.Range, tb.StyleName)
		}
		cfs, _ := f.GetConditionalFormats(sheet)
		var cfr []string
		for rng, opts := range cfs {
			var vs []string
			for _, o := range opts {
				vs = append(vs, o.Criteria+o.Value)
			}
			cfr = append(cfr, rng+" "+strings.Join(vs, ","))
		}
		sort.Strings(cfr)
		for _, c := range cfr {
			p("conditional format: %s", c)
		}
		covered := map[string]bool{}
		for _, m := range merges {
			c1, r1, _ := excelize.CellNameToCoordinates(m.GetStartAxis())
			c2, r2, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
			for r := r1; r <= r2; r++ {
				for c := c1; c <= c2; c++ {
					if r != r1 || c != c1 {
						covered[cell(c, r)] = true
					}
				}
			}
		}
		for _, ref := range cellRefs(t, parts, sheet) {
			if covered[ref] {
				continue
			}
			v, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
			formula, _ := f.GetCellFormula(sheet, ref)
			if v == "" && formula == "" {
				continue
			}
			id, _ := f.GetCellStyle(sheet, ref)
			s, err := f.GetStyle(id)
			if err != nil {
				t.Fatal(err)
			}
			font := "-"
			if s.Font != nil {
				font = fmt.Sprintf("%s/%g", s.Font.Family, s.Font.Size)
				if s.Font.Bold {
					font += "/b"
				}
				if s.Font.Italic {
					font += "/i"
				}
			}
			fmtS := ""
			if s.CustomNumFmt != nil {
				fmtS = " fmt=" + *s.CustomNumFmt
			}
			line := fmt.Sprintf("%s %q", ref, v)
			if formula != "" {
				// With its cached result: what a reader that does not
				// recalculate shows.
				line = fmt.Sprintf("%s =%s → %q", ref, formula, v)
			}
			p("%s [%s%s]", line, font, fmtS)
		}
		cms, _ := f.GetComments(sheet)
		for _, c := range cms {
			text := c.Text
			for _, r := range c.Paragraph {
				text += r.Text
			}
			p("note %s: %q", c.Cell, text)
		}
	}
	return w.String()
}

func deref[T any](p *T) T {
	var z T
	if p == nil {
		return z
	}
	return *p
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs at line %d:\n got: %s\nwant: %s\n(run go test -update if the change is intended)", path, i+1, g, w)
			}
		}
	}
}

func TestGoldenFixture(t *testing.T) {
	_, b := build(t, readFacts(t, "testdata/fixture.jsonl"), report.Options{Org: "", MoneyUnit: "ty"})
	golden(t, "fixture", dump(t, b))
}

func TestGoldenFixtureTrieuOrg(t *testing.T) {
	_, b := build(t, readFacts(t, "testdata/fixture.jsonl"), report.Options{
		Org: "Phòng Tài chính - Kế hoạch", MoneyUnit: "trieu", Place: "Hà Nội", Title: "BÁO CÁO THỬ", Year: 2024})
	golden(t, "fixture-trieu", dump(t, b))
}

func TestGoldenGold(t *testing.T) {
	_, b := build(t, goldFacts(t), report.Options{})
	golden(t, "gold", dump(t, b))
}
