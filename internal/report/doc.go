// Package report turns indicator facts into the content of a report: the
// units in Vietnamese collation order with short names and header
// lines, each unit's indicators grouped in the catalog's numbered
// sections, one figure per cell chosen among conflicting facts, the
// ratios to derive or the stated ones to show, remarks (Ghi chú), the
// notes that say where each figure came from, the plan-versus-actual
// rows, the sources list and the warnings.
//
// It knows nothing of Excel: the same Report feeds the workbook writer
// (package xlsx) and could feed an e-mail summary. It never drops a fact:
// every input fact is listed in Report.Facts (Report.Source gives each
// as the sources sheet lists it) and has a CompareRow. A report keeps
// what it derives small: notes and source lines are made when asked for.
package report
