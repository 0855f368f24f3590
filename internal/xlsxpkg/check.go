package xlsxpkg

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// SheetLayout is what CheckSheets reads of a worksheet part: its
// <dimension> and its <col> spans in file order.
type SheetLayout struct {
	Part      string
	Dimension string   // the ref, "" when there is none
	Cols      []string // "min-max" in file order
	Cells     string   // the range the cells cover, "" when none
}

// Layouts reads the layout of every worksheet of a workbook, by sheet
// name.
func Layouts(data []byte) (map[string]SheetLayout, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	parts := map[string][]byte{}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		parts[zf.Name] = b
	}
	paths, _, err := SheetParts(parts)
	if err != nil {
		return nil, err
	}
	out := map[string]SheetLayout{}
	for name, sp := range paths {
		part := parts[sp]
		l := SheetLayout{Part: sp}
		if d := dimRe.Find(part); d != nil {
			for _, a := range attrRe.FindAllSubmatch(d, -1) {
				if string(a[1]) == "ref" {
					l.Dimension = string(a[2])
				}
			}
		}
		if loc := colsRe.FindSubmatchIndex(part); loc != nil {
			for _, m := range colRe.FindAllSubmatch(part[loc[2]:loc[3]], -1) {
				var lo, hi string
				for _, a := range attrRe.FindAllSubmatch(m[1], -1) {
					switch string(a[1]) {
					case "min":
						lo = string(a[2])
					case "max":
						hi = string(a[2])
					}
				}
				l.Cols = append(l.Cols, lo+"-"+hi)
			}
		}
		var e extent
		for _, m := range cellRefRe.FindAllSubmatch(part, -1) {
			col, _ := excelize.ColumnNameToNumber(string(m[1]))
			row, _ := strconv.Atoi(string(m[2]))
			e.add(col, row)
		}
		if !e.empty() {
			l.Cells = e.ref()
		}
		out[name] = l
	}
	return out, nil
}

// CheckSheets checks what Excel and the readers that trust a workbook
// need of every worksheet and a schema does not say: <col> elements in
// ascending order without overlap, and a <dimension> that is exactly the
// range of the cells. It returns every problem found.
func CheckSheets(data []byte) error {
	ls, err := Layouts(data)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(ls))
	for n := range ls {
		names = append(names, n)
	}
	sort.Strings(names)
	var probs []string
	for _, n := range names {
		l := ls[n]
		prev := 0
		for _, c := range l.Cols {
			lo, hi, _ := strings.Cut(c, "-")
			a, _ := strconv.Atoi(lo)
			b, _ := strconv.Atoi(hi)
			if a <= prev || b < a {
				probs = append(probs, fmt.Sprintf("%s: <col> %s after column %d (not ascending, or overlapping)", n, c, prev))
			}
			prev = b
		}
		want := l.Cells
		if want == "" {
			want = "A1"
		}
		if l.Dimension != want {
			probs = append(probs, fmt.Sprintf("%s: <dimension ref=%q>, cells cover %s", n, l.Dimension, want))
		}
	}
	if len(probs) > 0 {
		return fmt.Errorf("%s", strings.Join(probs, "\n"))
	}
	return nil
}
