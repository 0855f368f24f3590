// Package catalog is the list of indicators chitieu knows: their codes,
// Vietnamese names, units of measure, report sections and the cue phrases
// by which a text names them.
//
// The catalog is data (catalog.json, embedded), not code, and a user file in
// the same format extends or overrides it, so an office can add its own
// indicators without a new build. It holds no extraction logic.
package catalog
