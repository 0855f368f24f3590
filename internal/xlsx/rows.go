package xlsx

import (
	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/internal/xlsxpkg"
)

// Rows go to the package writer (internal/xlsxpkg), which puts them into
// the sheet frames excelize writes (columns, panes, merges, print setup,
// tables, drawings) when the workbook is saved, with every text in the
// shared-string table and every formula with its computed result.

// rowOut assembles one row; a cell may be present with no value, for its
// border.
type rowOut struct{ *xlsxpkg.Row }

func newRow(n int) *rowOut { return &rowOut{xlsxpkg.NewRow(n)} }

func (r *rowOut) set(col int, v any, style int) { r.Set(col, v, style) }

// formula puts a formula and the result it computes, which readers that
// do not recalculate show (see xlsxpkg.Cell).
func (r *rowOut) formula(col int, f string, result any, style int) { r.Formula(col, f, result, style) }

func (r *rowOut) reset() { r.Reset() }

// shared puts item i's formula in column col as part of a run of items
// with the same key (ends from runEnds; item i is on row first+i): the
// run's first cell carries the formula for all of them, the others point
// to it. A run of one is a plain formula.
func (r *rowOut) shared(col, i int, key func(int) string, ends []int, first int, f string, result any, style int) {
	switch {
	case ends[i] == i && (i == 0 || key(i-1) != key(i)):
		r.Formula(col, f, result, style)
	case i == 0 || key(i-1) != key(i):
		r.SharedFormula(col, f, result, style, first+ends[i])
	default:
		r.Shared(col, result, style)
	}
}

// runEnds gives each of n items the index of the last item of its run:
// consecutive items with the same non-empty key.
func runEnds(n int, key func(int) string) []int {
	ends := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		ends[i] = i
		if k := key(i); k != "" && i+1 < n && key(i+1) == k {
			ends[i] = ends[i+1]
		}
	}
	return ends
}

// anys is the row for excelize's StreamWriter.SetRow (table headings,
// which excelize reads back to name the table's columns).
func (r *rowOut) anys() []any {
	out := make([]any, r.Width())
	for i := range out {
		if c, ok := r.Get(i + 1); ok {
			out[i] = excelize.Cell{StyleID: c.Style, Value: c.Value, Formula: c.Formula}
		}
	}
	return out
}

// rowWriter writes a sheet's rows.
type rowWriter struct{ rows *xlsxpkg.Rows }

// row writes r as row n; a height of 0 leaves the height to the
// application.
func (rw *rowWriter) row(n int, r *rowOut, height float64) { rw.rows.Write(n, r.Row, height) }

func (rw *rowWriter) err() error { return rw.rows.Err() }

// rows returns the writer of a sheet's rows, kept compressed until the
// workbook is saved; seal the sheet when its rows and notes are done.
func (x *writer) rows(sheet string) *rowWriter {
	return &rowWriter{x.pkg.Sheet(sheet).Rows()}
}

// seal compresses a finished sheet's rows and notes.
func (x *writer) seal(sheet string) { x.setErr(x.pkg.Sheet(sheet).Seal()) }

// rowsLater registers a generator of a sheet's rows covering exactly
// the range ref, run while the workbook is saved, so that large sheets
// are never held in memory.
func (x *writer) rowsLater(sheet, ref string, gen func(w *rowWriter) error) {
	x.pkg.Sheet(sheet).RowsLater(ref, func(rows *xlsxpkg.Rows) error { return gen(&rowWriter{rows}) })
}

// note puts a cell note (the sentence a figure came from) on a cell.
func (x *writer) note(sheet string, col, row int, text string) {
	x.pkg.Sheet(sheet).Note(col, row, text)
}

// guardedResult is what guardedRatio computes: num/den×100 in the order
// Excel computes it, or "" when either figure is missing or den is 0.
func guardedResult(num, den *report.Figure) any {
	if num == nil || den == nil || den.Value == 0 {
		return ""
	}
	return num.Value / den.Value * 100
}

// status is what the Đánh giá formula computes from a TH/KH result: the
// ratio rounded as displayed against 100; where less is better, staying
// under the plan beats it.
func status(ofPlan any, lowerBetter bool) string {
	v, ok := ofPlan.(float64)
	if !ok {
		return ""
	}
	r := xlsxpkg.Round(v, 1)
	switch {
	case r == 100:
		return "Đạt"
	case r > 100 != lowerBetter:
		return "Vượt"
	}
	return "Chưa đạt"
}
