package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"time"
	"unicode/utf8"
)

// Rows are serialised here rather than by excelize's StreamWriter.SetRow,
// which allocates a cell struct, a string copy and an escaped copy per
// cell: for a 700-unit report that was most of the memory the build took.
// excelize still writes each sheet's frame (columns, panes, merges, print
// setup, tables, drawings); the package writer puts these rows into the
// frame's sheetData when the workbook is saved. Big sheets are not held
// in memory at all: their rows are generated while the part is written.

// body is the rows of one sheet: written already, or generated on save.
type body struct {
	buf    bytes.Buffer
	gen    func(w *rowWriter) error
	maxRow int
	maxCol int
}

// rowWriter writes <row> elements to w.
type rowWriter struct {
	w    io.Writer
	b    []byte // the row being written
	body *body
	err  error
}

// excelEpoch is day 0 of Excel's 1900 date system (as corrected for its
// 1900 leap-year bug, valid from March 1900).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// row writes one row: cell i is column i+1; a height of 0 leaves the
// row's height to the application.
func (rw *rowWriter) row(n int, r *rowOut, height float64) {
	if rw.err != nil {
		return
	}
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
	for i := range r.cells {
		if !r.has[i] {
			continue
		}
		c := &r.cells[i]
		col := i + 1
		b = append(b, `<c r="`...)
		b = appendCol(b, col)
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, '"')
		if c.StyleID != 0 {
			b = append(b, ` s="`...)
			b = strconv.AppendInt(b, int64(c.StyleID), 10)
			b = append(b, '"')
		}
		switch {
		case c.Formula != "":
			b = append(b, `><f>`...)
			b = appendEscaped(b, c.Formula)
			b = append(b, `</f></c>`...)
		default:
			switch x := c.Value.(type) {
			case nil:
				b = append(b, `/>`...)
			case string:
				if x == "" {
					b = append(b, `/>`...)
					break
				}
				b = append(b, ` t="inlineStr"><is><t xml:space="preserve">`...)
				b = appendEscaped(b, x)
				b = append(b, `</t></is></c>`...)
			case int:
				b = append(b, `><v>`...)
				b = strconv.AppendInt(b, int64(x), 10)
				b = append(b, `</v></c>`...)
			case float64:
				b = append(b, `><v>`...)
				b = strconv.AppendFloat(b, x, 'f', -1, 64)
				b = append(b, `</v></c>`...)
			case time.Time:
				b = append(b, `><v>`...)
				b = strconv.AppendFloat(b, x.Sub(excelEpoch).Hours()/24, 'f', -1, 64)
				b = append(b, `</v></c>`...)
			default:
				rw.err = fmt.Errorf("xlsx: cell %s%d: unsupported value %T", colName(col), n, x)
				return
			}
		}
		rw.body.maxCol = max(rw.body.maxCol, col)
	}
	b = append(b, `</row>`...)
	rw.body.maxRow = max(rw.body.maxRow, n)
	rw.b = b
	_, rw.err = rw.w.Write(b)
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

// appendEscaped writes s as XML text: markup characters escaped, and
// characters XML 1.0 cannot hold dropped.
func appendEscaped(b []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r == '&':
			b = append(b, "&amp;"...)
		case r == '<':
			b = append(b, "&lt;"...)
		case r == '>':
			b = append(b, "&gt;"...)
		case r == '"':
			b = append(b, "&quot;"...)
		case r == '\r':
			b = append(b, "&#xD;"...)
		case r == '\n' || r == '\t':
			b = append(b, byte(r))
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF:
			// Not allowed in XML 1.0.
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// rows returns the writer of a sheet's rows, held in memory.
func (x *writer) rows(sheet string, sizeHint int) *rowWriter {
	bd := &body{}
	bd.buf.Grow(sizeHint)
	x.extra.bodies[sheet] = bd
	return &rowWriter{w: &bd.buf, body: bd}
}

// rowsLater registers a generator of a sheet's rows, run when the
// workbook is saved.
func (x *writer) rowsLater(sheet string, gen func(w *rowWriter) error) {
	x.extra.bodies[sheet] = &body{gen: gen}
}
