package xlsx

import (
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/xlsxpkg"
)

// What other workbook writers (package form, which fills a user's form)
// share with the report writer: cell notes written in one pass and a
// reproducible package whose sheets Excel opens clean (internal/xlsxpkg).
// They go through Save or WriteParts rather than copying the package
// writer.

// Notes are cell notes to add when a workbook is saved.
type Notes struct{ list []noteAt }

type noteAt struct {
	sheet    string
	col, row int
	text     string
}

// NewNotes returns an empty set of notes.
func NewNotes() *Notes { return &Notes{} }

// Add puts a note on a cell (1-based column and row) of a sheet; empty
// text adds nothing. The sheet must not have notes of its own already.
func (n *Notes) Add(sheet string, col, row int, text string) {
	if text != "" {
		n.list = append(n.list, noteAt{sheet, col, row, text})
	}
}

func (n *Notes) to(p *xlsxpkg.Writer) {
	if n == nil {
		return
	}
	for _, a := range n.list {
		p.Sheet(a.sheet).Note(a.col, a.row, a.text)
	}
}

// Save writes f to w as the report writer does: parts sorted, every part
// dated date (ZipTime), content types in a fixed order, the notes added,
// and every sheet fixed up for Excel (<col> in order, a <dimension> that
// covers the data), so the same workbook and date give the same bytes.
// notes may be nil.
func Save(f *excelize.File, w io.Writer, date time.Time, notes *Notes) error {
	p := xlsxpkg.New(date)
	p.NoteFont = font
	notes.to(p)
	p.Attach(f, w)
	_, err := f.WriteTo(w)
	return err
}

// WriteParts writes a package given part by part (name → content, as in
// the zip) the way Save does. Package form edits a user's workbook at this
// level, so everything it does not touch stays as the user saved it. The
// parts are taken over.
func WriteParts(w io.Writer, parts map[string][]byte, date time.Time, notes *Notes) error {
	p := xlsxpkg.New(date)
	p.NoteFont = font
	notes.to(p)
	return p.WriteParts(w, parts)
}
