// Package document turns one input file — plain text, HTML, DOCX or a text
// PDF, in UTF-8, UTF-16 or Windows-1258 — into normalised text for the
// extractor (Unicode NFC, "\n" line ends, one paragraph or table row a
// line) and its structure: the paragraphs and tables in reading order
// (Document.Blocks), tables with their rows, cells and merged cells.
//
// Its job is to make every way a Vietnamese office stores the same article
// read as the same bytes, so that extraction and evidence quoting never
// depend on the encoding, the normalisation form or the file format. Within
// a line it keeps the source's characters as they are (it collapses no
// spaces), because the extractor quotes evidence verbatim; it only removes
// what a reader cannot see (page chrome of HTML, zero-width characters, soft
// hyphens, trailing spaces).
//
// It must not interpret the text: no sentence splitting, number parsing or
// guessing of units belongs here. Recognising a table is structure — which
// cells are figures, row numbers or text — not meaning. A PDF's text is
// rebuilt from glyph positions (pdf.go, pdflayout.go); the file library
// reads the file structure only. Files it cannot read (scanned PDFs, old
// .doc, spreadsheets, binary data, damaged archives) are reported as diag
// Problems naming the file, with the reason in English and Vietnamese.
package document
