// Package review writes extracted facts as a review workbook and reads the
// workbook back after a person has checked it.
//
// The workbook is the hand-over between the machine and a finance officer:
// chitieu extract writes one row per fact with the sentence it came from,
// the officer corrects values, deletes wrong rows and adds missing ones in
// Excel or LibreOffice, and chitieu build reads the result as a fact file.
// So Write aims at a sheet that is pleasant to edit (Vietnamese titles and
// labels, drop-down lists, numbers as numbers, a guide sheet), and Read at
// reading exactly what the person sees: columns found by header in any
// order, numbers typed as text, dates Excel made of typed text, merged
// cells, and every bad row reported with the row number the spreadsheet
// shows. Write is reproducible: the same facts give the same bytes.
//
// The package knows the fact table (internal/facts) and the catalog's
// names for display; it does not build reports or judge whether a figure
// is right.
package review
