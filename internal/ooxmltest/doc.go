// Package ooxmltest checks, in tests, that a workbook opens clean in
// Excel as far as a machine can tell: the shared OOXML kit
// (../shared/tools/ooxml/validate.sh: two schema validators and a lint of
// Excel's repair triggers) must exit 0. Every workbook chitieu writes is
// checked with it: the report, the review workbook, filled forms.
package ooxmltest
