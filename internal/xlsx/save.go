package xlsx

import (
	"io"
	"time"

	"github.com/xuri/excelize/v2"
)

// What other workbook writers (package form, which fills a user's form)
// share with the report writer: cell notes written in one pass and a
// reproducible package. They go through Save rather than copying the
// package writer.

// Notes are cell notes to add when a workbook is saved.
type Notes struct{ e *extras }

// NewNotes returns an empty set of notes.
func NewNotes() *Notes { return &Notes{e: newExtras()} }

// Add puts a note on a cell (1-based column and row) of a sheet; empty
// text adds nothing. The sheet must not have notes of its own already.
func (n *Notes) Add(sheet string, col, row int, text string) { n.e.add(sheet, col, row, text) }

// Save writes f to w as the report writer does: parts sorted, every part
// dated date (ZipTime), content types in a fixed order, and the notes
// added, so the same workbook and date give the same bytes. notes may be
// nil.
func Save(f *excelize.File, w io.Writer, date time.Time, notes *Notes) error {
	e := newExtras()
	if notes != nil {
		e = notes.e
	}
	stamp := ZipTime(date)
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return newPackage(w, stamp, e) })
	_, err := f.WriteTo(w)
	return err
}

// WriteParts writes a package given part by part (name → content, as in
// the zip) the way Save does: sorted, dated, content types in a fixed
// order, the notes added. Package form edits a user's workbook at this
// level, so everything it does not touch stays as the user saved it. The
// parts are taken over.
func WriteParts(w io.Writer, parts map[string][]byte, date time.Time, notes *Notes) error {
	e := newExtras()
	if notes != nil {
		e = notes.e
	}
	p := newPackage(w, ZipTime(date), e)
	for name, data := range parts {
		p.parts[name] = rawPart(data)
	}
	return p.Close()
}
