// Package xlsxpkg writes the zip package of a workbook that excelize
// builds, and adds what excelize does slowly, wrongly or not at all:
//
//   - rows written straight into the sheet parts (Sheet.Rows, or
//     Sheet.RowsLater for rows generated while the file is written), with
//     every text in the shared-string table once and formulas carrying
//     their computed results, so readers that do not recalculate (phone
//     mail previews, Quick Look, openpyxl data_only) show the numbers;
//   - sheets written whole (NewSheet), frame and all, for sheets that
//     come by the thousand (a report's unit sheets): excelize's work on a
//     sheet grows with the number of sheets, and it holds every frame
//     until the file is saved;
//   - cell notes (Sheet.Note): one comments part and one VML drawing per
//     sheet, written in one pass;
//   - sheet-local defined names (print titles and areas) in one pass;
//   - every worksheet fixed up for Excel and the readers that trust the
//     file: <col> elements ascending and non-overlapping, a <dimension>
//     that covers the data, only the XML namespaces the part uses;
//   - a reproducible zip: parts sorted, every one dated with one stamp,
//     so the same workbook gives the same bytes.
//
// Memory stays small on large workbooks: rows written early are kept
// compressed, notes are compressed when their sheet is sealed, and rows
// generated late go straight to the output.
//
// Every workbook chitieu writes goes through it (the report, the review
// workbook, filled forms): a fix made here is made for all of them.
package xlsxpkg
