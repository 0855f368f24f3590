// Package document turns one input file — plain text, HTML or DOCX, in
// UTF-8, UTF-16 or Windows-1258 — into normalised text for the extractor:
// Unicode NFC, "\n" line ends, one paragraph or table row a line.
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
// guessing of units belongs here. Files it cannot read (PDF, old .doc,
// spreadsheets, binary data, damaged archives) are reported as diag
// Problems naming the file, with the reason in English and Vietnamese.
package document
