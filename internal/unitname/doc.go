// Package unitname knows how Vietnamese administrative units are named: the
// level words that come before a locality ("Quận Hoàng Mai", "Thị xã
// Quảng Yên"), their rank, their abbreviations, and the name a fact gets
// when its text names no unit.
//
// It is the one list of level words: the extractor reads them in text, the
// report shortens them for sheet names, and the pipeline recognises a unit
// that is a level word alone. It holds data and the simplest lookups only;
// reading units in running text is the extractor's job.
package unitname
