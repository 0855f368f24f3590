// Package xlsx writes a report.Report as the XLSX workbook a district
// finance office files: a summary sheet first, one sheet per unit laid
// out as Decree 30/2020 and the offices' habit want (header block, the
// indicator table with formulas for every derived ratio, signature block,
// A4 print setup), the plan-versus-actual table with its chart, every
// input fact on the sources sheet, and the warnings on a checks sheet.
//
// It decides layout, formats and styles only; which figure goes in which
// cell, conflicts and remarks are decided by package report. Cell notes
// are written by the package's own zip writer in one pass (see
// package.go), which also makes the file byte-for-byte reproducible.
//
// Sheet names (Excel's 31-character limit, forbidden characters,
// uniqueness) are decided here (SheetNamer), not in report; SheetNamer,
// Notes and Save are shared with the other workbook writers.
package xlsx
