// Package form fills a finance office's own Excel form (biểu mẫu) from a
// report: the office types placeholders ({{don_vi}}, {{nam}},
// {{thu_ngan_sach.actual}}, {{lap chi_tieu}} …) into the cells of its
// form, and chitieu writes one filled copy of the form sheet per unit, or
// the sheet once for all units when a row repeats per unit, keeping
// everything else of the workbook.
//
// It works on the package's parts rather than through a spreadsheet
// library: parts it does not need to change (styles, pictures, printer
// settings, other sheets) are written back byte for byte, and the sheets it
// fills keep every element and attribute their program wrote; only cells,
// row numbers and the references that move with them change. Inserting
// rows for a repeated row moves what lies below (cells, merges, formats,
// validations, links, pictures, defined names, other sheets' formulas) and
// stretches ranges that end on the repeated row, so a SUM under it sums
// the whole filled block.
//
// Values come from the report through Data (Figure(unit, code, year,
// kind)); notes and the zip package are written by package xlsx, shared
// with the built-in report. Nothing in a form is run or evaluated:
// ReadTemplate refuses macro-enabled, encrypted and non-XLSX files and
// bounds sizes, and formulas are left for Excel or LibreOffice to compute
// when the file opens.
package form
