package xlsxpkg

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
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
		for _, ref := range CellRefs(part) {
			col, row, _ := excelize.CellNameToCoordinates(ref)
			e.add(col, row)
		}
		if !e.empty() {
			l.Cells = e.ref()
		}
		out[name] = l
	}
	return out, nil
}

var rowOrCellRe = regexp.MustCompile(`<(row|c)\b([^>]*)>`)

// CellRefs lists the cells of a worksheet part in document order ("A1",
// …). A cell without a reference is in the column after the cell before
// it, a row without one after the row before it (the package writer
// leaves out the references a reader can infer).
func CellRefs(part []byte) []string {
	var refs []string
	row, col := 0, 0
	for _, m := range rowOrCellRe.FindAllSubmatch(part, -1) {
		ref := ""
		for _, a := range attrRe.FindAllSubmatch(m[2], -1) {
			if string(a[1]) == "r" {
				ref = string(a[2])
			}
		}
		if string(m[1]) == "row" {
			row, col = row+1, 0
			if ref != "" {
				row, _ = strconv.Atoi(ref)
			}
			continue
		}
		col++
		if ref != "" {
			col, row, _ = excelize.CellNameToCoordinates(ref)
		} else {
			ref, _ = excelize.CoordinatesToCellName(col, row)
		}
		refs = append(refs, ref)
	}
	return refs
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
