package xlsxpkg

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// Rows are serialised here rather than by excelize's StreamWriter.SetRow,
// which allocates a cell struct, a string copy and an escaped copy per
// cell and writes every text inline, once per cell. excelize still writes
// each sheet's frame (columns, panes, merges, print setup, tables,
// drawings); the package writer puts these rows into the frame's
// sheetData when the workbook is saved.

// Excel's limits on a worksheet (Excel specifications and limits).
const (
	MaxRows      = 1 << 20 // rows of a sheet
	MaxCols      = 1 << 14 // columns of a sheet
	MaxCellChars = 32767   // UTF-16 code units of a cell's text, or a note's
	MaxLinks     = 65530   // hyperlinks on a sheet
)

// Error is a formula result that is an error value, as Excel writes it.
type Error string

// NA is the result of NA() and of failed look-ups: a chart leaves a gap.
const NA Error = "#N/A"

// Cell is one cell of a row: a value, or a formula and its result.
//
// Value is nil (a cell with only a style), a string, an int, an int64, a
// float64, a bool, a time.Time (a date serial) or, as a formula result,
// an Error. With a Formula, Value is what the formula computes: written
// as the cell's cached value, it is what readers that do not recalculate
// show, so it must be what Excel computes (see Round for ROUND).
type Cell struct {
	Style   int
	Value   any
	Formula string
	// A formula shared down its column (as Excel writes a filled-down
	// formula: the text once, with the range it covers): sharedTo is the
	// last row of the group on its first cell; member marks the others.
	sharedTo int
	member   bool
}

// Row assembles one row's cells by column (1-based). A cell may be present
// with no value, for its style (a border).
type Row struct {
	cells []Cell
	has   []bool
}

// NewRow makes a row of width columns.
func NewRow(width int) *Row { return &Row{cells: make([]Cell, width), has: make([]bool, width)} }

// Width is the number of columns the row can hold.
func (r *Row) Width() int { return len(r.cells) }

// Set puts a value with a style in column col.
func (r *Row) Set(col int, v any, style int) {
	r.cells[col-1] = Cell{Style: style, Value: v}
	r.has[col-1] = true
}

// Formula puts a formula (without the leading =) and its computed result
// in column col.
func (r *Row) Formula(col int, formula string, result any, style int) {
	r.cells[col-1] = Cell{Style: style, Value: result, Formula: formula}
	r.has[col-1] = true
}

// SharedFormula puts a formula that the cells below it, to row last of
// the same column, share (see Shared): the text is written once, which
// keeps a long table's sheet small. formula is this cell's own.
func (r *Row) SharedFormula(col int, formula string, result any, style, last int) {
	r.cells[col-1] = Cell{Style: style, Value: result, Formula: formula, sharedTo: last}
	r.has[col-1] = true
}

// Shared puts a cell of the shared formula begun above it in column col,
// with its result.
func (r *Row) Shared(col int, result any, style int) {
	r.cells[col-1] = Cell{Style: style, Value: result, member: true}
	r.has[col-1] = true
}

// Get returns the cell of column col and whether it is present.
func (r *Row) Get(col int) (Cell, bool) { return r.cells[col-1], r.has[col-1] }

// Reset empties the row for reuse.
func (r *Row) Reset() {
	clear(r.cells)
	clear(r.has)
}

// extent is the rectangle of cells a sheet holds (1-based, inclusive);
// zero when it holds none.
type extent struct{ c1, r1, c2, r2 int }

func (e extent) empty() bool { return e.r2 == 0 }

func (e *extent) add(col, row int) {
	if e.empty() {
		*e = extent{col, row, col, row}
		return
	}
	e.c1, e.r1 = min(e.c1, col), min(e.r1, row)
	e.c2, e.r2 = max(e.c2, col), max(e.r2, row)
}

func (e *extent) union(o extent) {
	if o.empty() {
		return
	}
	e.add(o.c1, o.r1)
	e.add(o.c2, o.r2)
}

// ref is the extent as a range ("A1:K35"), "A1" when empty.
func (e extent) ref() string {
	if e.empty() {
		return "A1"
	}
	a := string(appendCol(nil, e.c1)) + strconv.Itoa(e.r1)
	if e.c1 == e.c2 && e.r1 == e.r2 {
		return a
	}
	return a + ":" + string(appendCol(nil, e.c2)) + strconv.Itoa(e.r2)
}

// Rows writes <row> elements of one sheet, in ascending row order.
type Rows struct {
	sheet string
	w     io.Writer
	sst   *sharedStrings
	b     []byte // the row being written
	ext   extent
	// groups are the shared formulas open in each column: index and last
	// row.
	groups map[int][2]int
	si     int
	last   int // the last row written
	err    error
}

// Err is the first error writing rows met.
func (rw *Rows) Err() error { return rw.err }

// excelEpoch is day 0 of Excel's 1900 date system (as corrected for its
// 1900 leap-year bug, valid from March 1900).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

func (rw *Rows) fail(format string, a ...any) {
	if rw.err == nil {
		rw.err = fmt.Errorf("xlsxpkg: sheet %q: "+format, append([]any{rw.sheet}, a...)...)
	}
}

// Write writes r as row n; a height of 0 leaves the row's height to the
// application. Rows must come in ascending order, within Excel's limits.
func (rw *Rows) Write(n int, r *Row, height float64) {
	if rw.err != nil {
		return
	}
	if n <= rw.last || n > MaxRows {
		rw.fail("row %d after row %d (rows ascend, at most %d)", n, rw.last, MaxRows)
		return
	}
	if len(r.cells) > MaxCols {
		rw.fail("row %d is %d columns wide, more than Excel's %d", n, len(r.cells), MaxCols)
		return
	}
	rw.last = n
	b := rw.b[:0]
	b = append(b, `<row r="`...)
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, '"')
	if height > 0 {
		b = append(b, ` ht="`...)
		b = strconv.AppendFloat(b, height, 'f', -1, 64)
		b = append(b, `" customHeight="1"`...)
	}
	b = append(b, '>')
	prev := 0 // the column of the cell written before, 0 at the row's start
	for i := range r.cells {
		if !r.has[i] {
			continue
		}
		var ok bool
		if b, ok = rw.cell(b, i+1, n, prev, &r.cells[i]); !ok {
			return
		}
		prev = i + 1
	}
	b = append(b, `</row>`...)
	rw.b = b
	if _, err := rw.w.Write(b); err != nil && rw.err == nil {
		rw.err = err
	}
}

// cell appends one <c> element. A cell right after the one before it
// (prev, 0 at the row's start) goes without its reference: r is optional
// and readers place such a cell in the next column, as Excel does. On a
// wide table the references were a third of the sheet's compressed bytes.
// Formula cells keep theirs: checkers name a formula by its cell.
func (rw *Rows) cell(b []byte, col, n, prev int, c *Cell) ([]byte, bool) {
	rw.ext.add(col, n)
	b = append(b, `<c`...)
	if col != prev+1 || c.Formula != "" || c.member {
		b = append(b, ` r="`...)
		b = appendCol(b, col)
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, '"')
	}
	if c.Style != 0 {
		b = append(b, ` s="`...)
		b = strconv.AppendInt(b, int64(c.Style), 10)
		b = append(b, '"')
	}
	if c.Formula != "" || c.member {
		switch c.Value.(type) {
		case string:
			b = append(b, ` t="str"`...)
		case bool:
			b = append(b, ` t="b"`...)
		case Error:
			b = append(b, ` t="e"`...)
		}
		switch g, open := rw.groups[col]; {
		case c.member:
			if !open || n > g[1] {
				rw.fail("cell %s%d: no shared formula above to join", colName(col), n)
				return b, false
			}
			b = append(b, `><f t="shared" si="`...)
			b = strconv.AppendInt(b, int64(g[0]), 10)
			b = append(b, `"/>`...)
		case c.sharedTo > n:
			if rw.groups == nil {
				rw.groups = map[int][2]int{}
			}
			rw.groups[col] = [2]int{rw.si, c.sharedTo}
			b = append(b, `><f t="shared" ref="`...)
			b = appendCol(b, col)
			b = strconv.AppendInt(b, int64(n), 10)
			b = append(b, ':')
			b = appendCol(b, col)
			b = strconv.AppendInt(b, int64(c.sharedTo), 10)
			b = append(b, `" si="`...)
			b = strconv.AppendInt(b, int64(rw.si), 10)
			b = append(b, `">`...)
			rw.si++
			b = appendEscaped(b, c.Formula)
			b = append(b, `</f>`...)
		default:
			b = append(b, `><f>`...)
			b = appendEscaped(b, c.Formula)
			b = append(b, `</f>`...)
		}
		if c.Value != nil {
			b = append(b, `<v>`...)
			switch x := c.Value.(type) {
			case string:
				b = appendEscaped(b, clamp(x))
			case Error:
				b = append(b, x...)
			default:
				var ok bool
				if b, ok = rw.number(b, col, n, x); !ok {
					return b, false
				}
			}
			b = append(b, `</v>`...)
		}
		return append(b, `</c>`...), true
	}
	switch x := c.Value.(type) {
	case nil:
		return append(b, `/>`...), true
	case string:
		if x == "" {
			return append(b, `/>`...), true
		}
		b = append(b, ` t="s"><v>`...)
		b = strconv.AppendInt(b, int64(rw.sst.index(x)), 10)
	case bool:
		b = append(b, ` t="b"><v>`...)
		b = rw.appendBool(b, x)
	case Error:
		b = append(b, ` t="e"><v>`...)
		b = append(b, x...)
	default:
		b = append(b, `><v>`...)
		var ok bool
		if b, ok = rw.number(b, col, n, x); !ok {
			return b, false
		}
	}
	return append(b, `</v></c>`...), true
}

func (rw *Rows) appendBool(b []byte, x bool) []byte {
	if x {
		return append(b, '1')
	}
	return append(b, '0')
}

// number appends a numeric value: a number, a date or a boolean.
func (rw *Rows) number(b []byte, col, n int, v any) ([]byte, bool) {
	switch x := v.(type) {
	case int:
		return strconv.AppendInt(b, int64(x), 10), true
	case int64:
		return strconv.AppendInt(b, x, 10), true
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			rw.fail("cell %s%d: %v is not a number a workbook can hold", colName(col), n, x)
			return b, false
		}
		return appendFloat(b, x), true
	case bool:
		return rw.appendBool(b, x), true
	case time.Time:
		return appendFloat(b, x.Sub(excelEpoch).Hours()/24), true
	}
	rw.fail("cell %s%d: unsupported value %T", colName(col), n, v)
	return b, false
}

// appendFloat writes the shortest decimal that reads back as x: what a
// reader shows is the number the writer meant.
func appendFloat(b []byte, x float64) []byte {
	if a := math.Abs(x); a != 0 && (a < 1e-6 || a >= 1e21) {
		return strconv.AppendFloat(b, x, 'E', -1, 64)
	}
	return strconv.AppendFloat(b, x, 'f', -1, 64)
}

func appendCol(b []byte, col int) []byte {
	var tmp [4]byte
	i := len(tmp)
	for col > 0 {
		col--
		i--
		tmp[i] = byte('A' + col%26)
		col /= 26
	}
	return append(b, tmp[i:]...)
}

func colName(col int) string { return string(appendCol(nil, col)) }

// CellName is the A1 name of a cell (1-based column and row).
func CellName(col, row int) string { return colName(col) + strconv.Itoa(row) }

// appendEscaped writes s as XML text: markup characters escaped.
// Characters XML 1.0 cannot hold are written as Excel writes them,
// _xHHHH_, and a literal _xHHHH_ in the text is escaped as _x005F_xHHHH_,
// so that Excel reads back the text that was written.
func appendEscaped(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '&':
				b = append(b, "&amp;"...)
			case c == '<':
				b = append(b, "&lt;"...)
			case c == '>':
				b = append(b, "&gt;"...)
			case c == '\r':
				b = append(b, "&#xD;"...)
			case c == '\n' || c == '\t':
				b = append(b, c)
			case c < 0x20:
				b = append(b, "_x00"...)
				b = append(b, hexDigit(c>>4), hexDigit(c&15), '_')
			case c == '_' && isEscapeAt(s, i):
				b = append(b, "_x005F_"...)
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, "\uFFFD"...)
		case r == 0xFFFE || r == 0xFFFF:
			b = append(b, "_x"...)
			b = append(b, 'F', 'F', 'F', hexDigit(byte(r&15)), '_')
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return b
}

func hexDigit(x byte) byte { return "0123456789ABCDEF"[x&15] }

// isEscapeAt reports whether s holds an _xHHHH_ escape at i.
func isEscapeAt(s string, i int) bool {
	if i+7 > len(s) || s[i+1] != 'x' || s[i+6] != '_' {
		return false
	}
	for _, c := range []byte(s[i+2 : i+6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// clamp cuts a text to what a cell or a note holds, MaxCellChars UTF-16
// code units, ending it with "…". Callers that may meet such texts
// (quoted sentences) say so in a warning; this keeps the file valid.
func clamp(s string) string {
	if len(s) <= MaxCellChars {
		return s // at most MaxCellChars runes, so at most that many units
	}
	n := 0
	for i, r := range s {
		n += utf16.RuneLen(r)
		if n > MaxCellChars-1 {
			return s[:i] + "…"
		}
	}
	return s
}

// TooLong reports whether a text is more than a cell or a note holds.
func TooLong(s string) bool { return len(s) > MaxCellChars && clamp(s) != s }
