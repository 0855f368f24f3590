package xlsx

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/internal/xlsxpkg"
)

// writer holds one workbook being written.
type writer struct {
	r   *report.Report
	f   *excelize.File
	pkg *xlsxpkg.Writer // rows, notes and names, and the zip (internal/xlsxpkg)
	st  *styles
	err error
	// sheet is each unit's sheet name.
	sheet map[*report.Unit]string
	runs  *unitRuns // of the unit sheet being written
}

// Write writes the report as an XLSX workbook to w.
//
// The same report gives the same bytes: zip entries are sorted and dated
// with the report date, document properties carry it too, and no part
// depends on map order or the clock.
func Write(w io.Writer, r *report.Report) error {
	if r == nil {
		return errors.New("xlsx: no report to write")
	}
	f := excelize.NewFile()
	defer f.Close()
	x := &writer{r: r, f: f, pkg: xlsxpkg.New(r.Date), sheet: UnitSheets(r)}
	x.st = &styles{f: f, ids: map[st]int{}}
	x.pkg.NoteFont = font
	x.pkg.Attach(f, w)

	x.setErr(f.SetDefaultFont(font))
	x.setErr(f.SetSheetName("Sheet1", SheetSummary))
	// Unit sheets are written whole by the package writer, after the
	// summary (see unitSheet); excelize makes the others.
	units := map[string]bool{}
	for _, u := range r.Units {
		units[strings.ToLower(x.sheet[u])] = true
	}
	for _, name := range append(append([]string{SheetSummary, SheetCompare}, sourceSheets(len(r.Facts))...), SheetChecks) {
		if units[strings.ToLower(name)] {
			return fmt.Errorf("xlsx: a unit's sheet is named %q, which the report needs", name)
		}
		if name == SheetSummary {
			continue
		}
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)

	x.summary()
	for _, u := range r.Units {
		x.unitSheet(u)
		if x.err != nil {
			return x.err
		}
	}
	x.compare()
	x.sources()
	x.checks()
	x.props()
	if x.err == nil {
		x.err = x.st.err
	}
	if x.err != nil {
		return x.err
	}
	_, err := f.WriteTo(w)
	return err
}

func (x *writer) setErr(err error) {
	if err != nil && x.err == nil {
		x.err = err
	}
}

// props fills the document properties from the report, dated with the
// report date so that a rebuild gives the same file.
func (x *writer) props() {
	creator := x.r.Org
	if creator == "" {
		creator = "chitieu"
	}
	d := ZipTime(x.r.Date).UTC().Format(time.RFC3339)
	x.setErr(x.f.SetDocProps(&excelize.DocProperties{
		Title:          x.r.Title,
		Subject:        "Chỉ tiêu kinh tế - xã hội",
		Creator:        creator,
		LastModifiedBy: creator,
		Created:        d,
		Modified:       d,
		Language:       "vi-VN",
	}))
	x.setErr(x.f.SetAppProps(&excelize.AppProperties{Application: "chitieu", Company: x.r.Org}))
	// What the next run reads to skip this file in an input folder.
	x.setErr(x.f.SetCustomProps(excelize.CustomProperty{Name: reportProperty, Value: reportValue}))
	full := true
	x.setErr(x.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}))
}

// ZipTime is the date of every part of the package: the report date, or
// the first date a zip file can hold when the report has none.
func ZipTime(d time.Time) time.Time { return xlsxpkg.ZipTime(d) }

// quoteSheet writes a sheet name for a formula or defined name.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

func cell(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

func colName(col int) string {
	s, _ := excelize.ColumnNumberToName(col)
	return s
}
