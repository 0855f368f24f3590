package report

import (
	"time"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/facts"
)

// API CONTRACT (stub written by the lead; the report owner replaces the
// bodies and defines Report, and may add to, but not change, these
// signatures).

// Options are the user's choices for one report (the build command's flags).
type Options struct {
	Year      int       // only this report year; 0 for all years
	MoneyUnit string    // "ty" (default when empty), "trieu" or "dong"
	Title     string    // report title; empty for the default
	Org       string    // issuing body in the header; empty to derive from the units
	Place     string    // place in the date line; empty to derive from the unit
	Date      time.Time // report date (the CLI resolves --date and SOURCE_DATE_EPOCH)
}

// Report is the whole workbook's content, free of Excel.
type Report struct{}

// Build groups facts into a report. Problems are warnings (unknown
// indicator, conflicting sources) unless nothing can be built.
func Build(fs []facts.Fact, cat *catalog.Catalog, opt Options) (*Report, diag.List) {
	panic("report.Build: not implemented yet")
}
