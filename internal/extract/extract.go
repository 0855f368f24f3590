package extract

// API CONTRACT stub written by the lead so the CLI compiles; the extract
// owner replaces this file.

import (
	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/facts"
)

// Options are the caller's overrides.
type Options struct {
	Unit string // the unit of every fact (--unit)
}

// Extract finds indicator facts in a document.
func Extract(doc document.Document, cat *catalog.Catalog, opt Options) []facts.Fact {
	panic("extract.Extract: not implemented yet")
}
