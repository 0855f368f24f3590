package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// Options are the caller's overrides.
type Options struct {
	// Unit, when set, is the unit of every fact (--unit).
	Unit string
	// Year is the year of figures whose text gives no year at all and
	// whose document has no date; 0 drops such figures.
	Year int
}

// scan finds the figures of a paragraph; a variable so tests can count
// calls or swap scanners.
var scan = vnnum.Scan

// Extractor reads the facts of one catalog out of documents. The catalog
// is compiled once, in New; an Extractor holds no state between documents
// and may be used by several goroutines at once.
type Extractor struct {
	cat *catalog.Catalog
	ind *indicatorSet
	opt Options
}

// New compiles cat (the built-in catalog when nil) for extraction. The
// catalog must not change afterwards.
func New(cat *catalog.Catalog, opt Options) *Extractor {
	if cat == nil {
		cat = catalog.Default()
	}
	return &Extractor{cat: cat, ind: compile(cat), opt: opt}
}

// Extract finds the catalog's indicator facts in a document, in text
// order, and notes what it skipped (warnings whose File is empty: the
// caller knows the path). It never fails: a text without recognisable
// figures gives no facts.
func (e *Extractor) Extract(doc document.Document) ([]facts.Fact, diag.List) {
	x := e.newDocReader(doc)
	x.run()
	return x.finish(), x.notes
}

// para is one line of the document, as the extractor sees it.
type para struct {
	text   string // original NFC text
	lower  string
	toks   []tok
	header bool // before the article body (headline, dateline, links)
	title  bool
	line   int // where the paragraph is in the file (Document.SourceLine), for Fact.Line
}

// candidate is a fact with where it was found, before de-duplication.
type candidate struct {
	facts.Fact
	header bool
	digits int // significant digits as written, to keep the precise twin
	order  int
}

// docReader is the reading of one document: the text, the unit and dates
// found in it, the running context, and the candidate facts.
type docReader struct {
	cat   *catalog.Catalog
	ind   *indicatorSet
	opt   Options
	name  string
	paras []para
	unit  string
	units *unitFinder // nil when the caller gave the unit
	// unitTier is the main unit's tier; only units of that tier (its
	// peers) take figures from it in a sentence. -1 for a bare level.
	unitTier tier

	pubY, pubM int // publication year and month, 0 when unknown
	defYear    int // the year of a figure when nothing says

	// Running context in reading order.
	year       int  // last year the text spoke of
	yearSet    bool // year comes from the text, not the default
	period     int  // month (1-12) whose end a part-year figure runs to; 0 full year
	periodDay  int  // day of an explicit "đến ngày" date, else month end
	lastKind   facts.Kind
	lastKindYr int

	out     []candidate
	shadows []facts.Fact
	notes   diag.List
}

func (e *Extractor) newDocReader(doc document.Document) *docReader {
	x := &docReader{cat: e.cat, ind: e.ind, opt: e.opt, name: doc.Name}
	text := doc.Text
	if needsNFC(text) {
		text = norm.NFC.String(text)
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")

	// A " date YYYY-MM" first line (how the dev corpus marks an excerpt's
	// publication month) is metadata, not text.
	if len(lines) > 0 {
		if y, m, rest, ok := dateHeader(lines[0]); ok {
			x.pubY, x.pubM = y, m
			lines[0] = rest
		}
	}
	body := -1
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if clutterLines[lowerSameLen(t)] {
			lines = lines[:i]
			break
		}
		// The body starts at the first long line or the first line of
		// several sentences; headlines and datelines are single short lines.
		if body < 0 && (utf8.RuneCountInString(t) > 200 || len(sentences(t)) > 1 && utf8.RuneCountInString(t) > 80) {
			body = i
		}
	}
	if body < 0 {
		body = len(lines)
	}
	titleSeen := false
	// One token buffer for the whole document: paragraphs take slices of
	// it (a word and its space are rarely under four bytes).
	buf := make([]tok, 0, len(text)/5+16)
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		p := para{text: l, lower: lowerSameLen(l), header: i < body, line: doc.SourceLine(i + 1)}
		toks := tokenize(p.lower, buf[:0])
		p.toks = toks[:len(toks):len(toks)]
		if len(toks) <= cap(buf) {
			buf = buf[len(toks):len(toks)]
		}
		if !titleSeen && p.header && len(p.toks) > 0 && !startsWithDate(p.toks) {
			p.title, titleSeen = true, true
		}
		x.paras = append(x.paras, p)
	}
	x.findDate()
	x.findUnit(text)
	return x
}
