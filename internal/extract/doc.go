// Package extract reads indicator facts out of the text of Vietnamese
// local-government articles: "thu ngân sách ước đạt 7.004,91 tỷ đồng, đạt
// 106,41% dự toán giao" becomes an actual and a pct_of_plan fact of
// thu_ngan_sach, with the unit, year, estimate flag, qualifier, as-of date
// and the clause as evidence (see ../shared/spec/facts.md).
//
// The work is data-driven: indicator cues and their "not" phrases come from
// the catalog; the words that decide a figure's kind, the subjects that are
// no indicator, the level words of units and the nouns of counts are tables
// in tables.go and unit.go. Extraction walks the document in reading order,
// keeping the year and the part-year period the text has turned to, and
// within each clause the subject the figures belong to. Numbers are read by
// package vnnum.
//
// Precision comes first: a figure whose subject, unit of measure or kind is
// unclear is left out, and so are parts of totals, comparisons with a plan,
// differences, rankings and per-capita amounts.
//
// New compiles a catalog once; the Extractor it returns reads any number of
// documents. The prose reader's files, by concern:
//
//	extract.go   the API and the reading of one document (docReader)
//	page.go      page chrome: metadata lines, related links, boilerplate
//	time.go      dates, years and part-year periods; the year of a figure
//	sentence.go  the walk over sentences and clauses, subjects, figures
//	kind.go      which indicator a figure belongs to, and its kind
//	emit.go      facts out of figures, target counts, de-duplication
//	unit.go      the administrative unit a text and a clause speak of
//	cues.go, tables.go, text.go, split.go  matchers, word tables, tokens
//
// A reader of another document structure (tables) sits beside the prose
// reader and emits through the same facts.Fact values.
//
// The package does not read files, decide output formats or talk to the
// user; it never fails on any text.
package extract
