package extract

import (
	"strings"
	"sync"
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
	// Progress, when set, is called now and then while a long document is
	// read, with the bytes read so far and the document's size.
	Progress func(done, total int)
}

// scan finds the figures of a paragraph; a variable so tests can count
// calls or swap scanners. scanAppend is the same for the paragraphs of
// the prose reader, which reuses one slice (docReader.amounts).
var (
	scan       = vnnum.Scan
	scanAppend = vnnum.ScanAppend
)

// scanPara is scanAppend(out, p.text), read at the paragraph's tokens
// (scanTokens) when they are the runs of letters and of digits that
// vnnum.ScanAppend walks: when every rune of the paragraph is in the
// blocks of Vietnamese text (vnRunes; the document said so of all its
// text when it was a plain-text file: plainRunes). There the tokenizer's words
// (letters, digits, combining marks) and vnnum's letters (letters,
// combining marks) are the same runes but for the ASCII digits, which
// both part from letters; TestScanTokens checks every rune of those
// blocks, and compares the two on the corpora.
func (x *docReader) scanPara(out []vnnum.Amount, p view) []vnnum.Amount {
	if !x.plainRunes && !vnRunes(p.text) {
		return scanAppend(out, p.text)
	}
	return scanTokens(out, p.text, p.toks)
}

// scanTokens is vnnum.ScanAppend(out, text) for a text whose tokens are
// toks and whose runs of letters are its word tokens (see scanPara):
// ScanAppend reads a figure only where a run of digits or a word that
// starts a number (vnnum.StartsNumber) starts, and asks that of every
// word it walks over letter by letter; the tokens tell where those start
// without the walk, which was a tenth of the time of extraction.
func scanTokens(out []vnnum.Amount, text string, toks []tok) []vnnum.Amount {
	s := vnnum.NewScanner(text)
	i := 0 // where ScanAppend's walk is: a figure read goes on at its next
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		if !t.word || t.start < i {
			continue
		}
		digits := t.digits
		if !digits && (!numberStarts.mayHave(t.h) || !vnnum.StartsNumber(text[t.start:t.end])) {
			continue
		}
		a, next, ok := s.At(t.start)
		if !ok && !digits {
			continue // ScanAppend goes on after the word: the next token starts there or later
		}
		if ok {
			out = append(out, a)
		}
		i = next
		// The walk goes on at next: between tokens it passes over
		// spaces and punctuation, where it reads nothing, to the next
		// token; inside a token (next left a word or a run of digits
		// half read, or cut a mark of punctuation) it reads on from
		// there, as ScanAppend does.
		m := k + 1
		for m < len(toks) && toks[m].end <= next {
			m++
		}
		if t.end > next || m < len(toks) && toks[m].start < next {
			return s.Rest(out, next)
		}
		k = m - 1
	}
	return out
}

// numberStarts is the signature (see wordBits) of the tokens of the
// words vnnum.StartsNumber holds for: a word token's text is its word
// lowered and folded as these are, so a word whose bit is clear starts
// no number, told by its hash without reading the text ("năm" passes,
// most words do not).
var numberStarts = func() (b wordBits) {
	for _, w := range vnnum.NumberStarts() {
		wb := wordBitsOf(tokenize(lowerSameLen(w), nil))
		for i := range b {
			b[i] |= wb[i]
		}
	}
	return b
}()

// vnRunes reports text that is valid UTF-8 whose runes are all ASCII or
// in the blocks of Vietnamese text the tokenizer knows by its table
// (wordRunes): U+0080–U+024F, U+0300–U+036F, U+1E00–U+1EFF,
// U+2000–U+20FF.
func vnRunes(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			continue
		}
		switch {
		case c >= 0xC2 && c <= 0xC8 || c == 0xCC: // U+0080–U+023F, U+0300–U+033F
			if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
				return false
			}
			i++
		case c == 0xC9 || c == 0xCD: // U+0240–U+024F, U+0340–U+036F
			lim := byte(0x90)
			if c == 0xCD {
				lim = 0xB0
			}
			if i+1 >= len(s) || s[i+1] < 0x80 || s[i+1] >= lim {
				return false
			}
			i++
		case c == 0xE1: // U+1E00–U+1EFF
			if i+2 >= len(s) || s[i+1] < 0xB8 || s[i+1] > 0xBB || s[i+2]&0xC0 != 0x80 {
				return false
			}
			i += 2
		case c == 0xE2: // U+2000–U+20FF
			if i+2 >= len(s) || s[i+1] < 0x80 || s[i+1] > 0x83 || s[i+2]&0xC0 != 0x80 {
				return false
			}
			i += 2
		default:
			return false
		}
	}
	return true
}

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
	doc = document.Structure(doc)
	text := doc.Text
	// Such a text needs neither NFC nor line ends rewritten below (it
	// holds no combining mark and no carriage return), and its
	// paragraphs are pieces of it.
	plainRunes := doc.PlainRunes()
	if !plainRunes && needsNFC(text) {
		text = norm.NFC.String(text)
	}
	if !plainRunes && strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	var buf []para
	if p, ok := paraBufs.Get().(*[]para); ok {
		buf = *p
	}
	pg := splitPageInto(buf, text)
	defer func() {
		clear(pg.all) // no strings of this text kept alive by the pool
		all := pg.all[:0]
		paraBufs.Put(&all)
	}()
	// The lines of data tables are the table reader's, not prose; each
	// article reads the tables that start among its lines.
	inTable := tableLines(doc)
	starts := make([]int, len(pg.articles))
	for ai, art := range pg.articles {
		if len(art) > 0 {
			starts[ai] = art[0].line
		}
		if inTable != nil {
			kept := art[:0]
			for _, p := range art {
				if !inTable[p.line] {
					kept = append(kept, p)
				}
			}
			pg.articles[ai] = kept
		}
	}
	if len(pg.articles) == 0 {
		pg.articles, starts = [][]para{nil}, []int{0}
	}
	// Lines of the text are told as lines of the file (Fact.Line, notes).
	for _, art := range pg.articles {
		for i := range art {
			art[i].line = doc.SourceLine(art[i].line)
		}
	}
	notes := pg.notes
	for i := range notes {
		notes[i].Line = doc.SourceLine(notes[i].Line)
	}
	var out []facts.Fact
	for ai, seg := range pg.articles {
		x := e.newDocReader(doc.Name, text, seg, pg)
		x.plainRunes = plainRunes
		x.run()
		from, to := starts[ai], int(^uint(0)>>1)
		if ai == 0 {
			from = 0
		}
		if ai+1 < len(starts) {
			to = starts[ai+1]
		}
		x.readTables(doc, from, to)
		if fs := x.finish(); out == nil {
			out = fs // most documents are one article
		} else {
			out = appendNew(out, fs)
		}
		notes = append(notes, x.notes...)
		x.release()
	}
	return out, notes
}

// appendNew appends to out the facts of fs that out does not hold yet:
// a page cut into articles (a lede, links to other articles, the body)
// may state one figure in two of them, and the same figure stated twice
// is one fact.
func appendNew(out, fs []facts.Fact) []facts.Fact {
	type key struct {
		unit, ind string
		kind      facts.Kind
		year      int
		value     float64
	}
	held := make(map[key]bool, len(out))
	for _, o := range out {
		held[key{o.Unit, o.Indicator, o.Kind, o.Year, o.Value}] = true
	}
	for _, f := range fs {
		if !held[key{f.Unit, f.Indicator, f.Kind, f.Year, f.Value}] {
			out = append(out, f)
		}
	}
	return out
}

// para is one paragraph of the document: a line, or a piece of a very
// long line (see maxPara).
type para struct {
	text   string // original NFC text
	line   int    // where the paragraph is in the file (Document.SourceLine), for Fact.Line
	off    int    // byte offset in the document
	header bool   // before the article body (headline, dateline, links)
	title  bool
	// caption: a photo's caption or credit ("Quang cảnh hội nghị. Ảnh:
	// Minh Phương"), whose places and years are the photo's.
	caption bool
	byline  bool // a signature with the reporter's place (see bylineLine), also a caption
	// stamp: a line of the page's header that is no text of the
	// article, its clock line or breadcrumb ("Thứ hai, 02/02/2026 -
	// 21:36", "Tin tức > Huyện, thị, thành"): not its headline, and its
	// words and years are not the text's. The clock still dates the page
	// (see findDate).
	stamp bool
	lines int // lines of a hard-wrapped paragraph joined after its first (see wrappedAfter)
	// link: a line that points to other articles (isLinkLine), told once
	// as the article's setup reads the paragraph (all but captions and
	// stamps), for the reading after it.
	link bool

	// The view's lower-case text and tokens, kept when the article is
	// short enough (see cacheLimit).
	lower string
	toks  []tok
	// words is the signature of the paragraph's tokens (see wordBits),
	// made with them by view.
	words wordBits
}

// cacheLimit is the article size up to which paragraph tokens are kept
// between the passes over an article (about ten times its size in
// memory); longer articles are tokenized again in each pass.
const cacheLimit = 1 << 20

// view is a paragraph with its lower-case text and tokens. Views are made
// on demand so that a long document never holds the tokens of all its
// paragraphs at once: a view's tokens are valid until the next view.
type view struct {
	*para
	lower string
	toks  []tok
}

func (x *docReader) view(p *para) view {
	if p.toks != nil {
		return view{p, p.lower, p.toks}
	}
	if x.cache {
		// A paragraph has at most one token per byte, so tokenize
		// appends within the slab and never moves it.
		if cap(x.slab)-len(x.slab) <= len(p.text) {
			x.slab = make([]tok, 0, max(minSlab, 2*cap(x.slab), len(p.text)+1))
		}
		lower, toks := lowerTokenize(p.text, x.slab[len(x.slab):])
		x.slab = x.slab[:len(x.slab)+len(toks)]
		p.lower, p.toks = lower, toks[:len(toks):len(toks)]
		p.words = wordBitsOf(p.toks)
		return view{p, lower, p.toks}
	}
	var lower string
	lower, x.buf = lowerTokenize(p.text, x.buf[:0])
	p.words = wordBitsOf(x.buf)
	return view{p, lower, x.buf}
}

// ownView is view with tokens of its own: a look at other paragraphs
// while the current one's view (maybe in x.buf) is still in use.
func (x *docReader) ownView(p *para) view {
	if p.toks != nil {
		return view{p, p.lower, p.toks}
	}
	lower, toks := lowerTokenize(p.text, nil)
	return view{p, lower, toks}
}

// slabs are the token slabs of short articles, reused from one article
// to the next: allocating every article's tokens anew made most of the
// garbage of a run over many files. A slab's tokens are the docReader's
// alone; release hands the slab back once its article is read.
var slabs sync.Pool

// minSlab is the size of a new slab, in tokens (a 10 KB article has some
// 2,500).
const minSlab = 8192

// release hands the token slab back for the next article, and the
// docReader with its slices and maps; nothing of it is to be read after.
func (x *docReader) release() {
	if x.slab != nil {
		for i := range x.paras {
			x.paras[i].toks, x.paras[i].lower = nil, ""
		}
		clear(x.slab) // no strings of this text kept alive by the pool
		s := x.slab[:0]
		x.slab = nil
		slabs.Put(&s)
	}
	// No strings of this text kept alive by the pool either: the slices
	// are cleared to their capacity (a shorter last paragraph leaves
	// figures and tokens of longer ones beyond the length).
	clear(x.out)
	clear(x.shadows)
	clear(x.amounts[:cap(x.amounts)])
	clear(x.buf[:cap(x.buf)])
	clear(x.years)
	clear(x.sentInds)
	if x.units != nil {
		x.units.reset()
	}
	if x.capUnits != nil {
		x.capUnits.reset()
	}
	if x.stockUnits != nil {
		x.stockUnits.reset()
	}
	*x = docReader{out: x.out[:0], shadows: x.shadows[:0], amounts: x.amounts[:0], buf: x.buf[:0], sents: x.sents[:0], clauses: x.clauses[:0],
		events: x.events[:0], mentions: x.mentions[:0], cues: sentenceCues{kind: x.cues.kind[:0], est: x.cues.est[:0]},
		years: x.years, sentInds: x.sentInds, units: x.units, capUnits: x.capUnits, stockUnits: x.stockUnits}
	spares.Put(x)
}

// paraBufs are the paragraph slices of documents read, reused by the
// next: a run over many files allocated and grew one for each.
var paraBufs sync.Pool

// spares are docReaders released, with the slices and maps the next
// article reuses: a run over thousands of short articles allocated them
// anew for each, a tenth of its garbage.
var spares sync.Pool

// candidate is a fact with where it was found, before de-duplication.
// sentAt is a sentence of a paragraph.
type sentAt struct {
	p *para
	s span
}

type candidate struct {
	facts.Fact
	header bool
	digits int // significant digits as written, to keep the precise twin
	placed int // digits up to the last non-zero one (see placedDigits)
	order  int
	// sent and at place a prose figure: its sentence (the paragraph's
	// line and the sentence's start) and its number's start; zero for a
	// table's. otherPlan marks the count of a second plan listed after
	// the first's (secondPlanCount): a fact of its own beside an equal
	// figure of the first plan in its sentence (see twins).
	sent, at  int
	otherPlan bool
}

// docReader is the reading of one document: the text, the unit and dates
// found in it, the running context, and the candidate facts.
type docReader struct {
	// areaToks are the paragraph tokens areaAny was found for (see
	// areaMayOpen): areaOpen's scan is asked figure by figure.
	areaToks []tok
	areaAny  bool
	// quoteToks are the sentence tokens quoteAny was found for (see
	// sentQuoted).
	quoteToks []tok
	quoteAny  bool

	cat   *catalog.Catalog
	ind   *indicatorSet
	opt   Options
	name  string
	paras []para
	unit  string
	units *unitFinder // nil when the caller gave the unit
	// capUnits are the units photo captions name, kept apart from the
	// text's (see captionUnit); nil until a caption is read.
	capUnits *unitFinder
	// stockUnits are the units the captions of stock photos and views
	// name (see stockPhoto), apart from capUnits: they never name the
	// unit of a text that gives its level alone.
	stockUnits *unitFinder
	// unitTier is the main unit's tier; only units of that tier (its
	// peers) take figures from it in a sentence. -1 for a bare level.
	unitTier tier

	pubY, pubM int // publication year and month, 0 when unknown
	defYear    int // the year of a figure when nothing says

	// Running context in reading order.
	year     int  // last year the text spoke of
	yearSet  bool // year comes from the text, not the default
	yearSent int  // the sentence (sentNo) that set year
	// month is the month of the running year's mention when it named
	// one ("tháng 1/2024"), in the sentence monthSent (0: none).
	month, monthSent int
	sentNo           int // sentences read so far
	sentMinYear      int // the earliest year the current sentence named
	// A year named inside a bracket is the bracket's aside ("(năm 2022
	// đạt 9,12%; …)"): the year before it holds again once it closes.
	brSaved   bool
	brYear    int
	brYearSet bool
	// partYears keeps the year last named with a part of a year, "N
	// tháng đầu/cuối năm YYYY", at n*2 (đầu) or n*2+1 (cuối); see partYear.
	partYears  [26]int
	period     int // month (1-12) whose end a part-year figure runs to (12: a part that ends with the year, December or the fourth quarter alone); 0 full year
	periodDay  int // day of an explicit "đến ngày" date, else month end
	lastKind   facts.Kind
	planYear   int // the year of the plan a heading put the text under ("II. Kế hoạch năm 2025"; see planHeading)
	lastKindYr int

	out     []candidate
	shadows []facts.Fact
	notes   diag.List

	size      int         // bytes of text, for progress
	years     map[int]int // the years the text speaks of, with counts
	lastYear  int         // the latest of years, 0 if none (for beyondReports)
	termStart int         // the latest first year of a term the text names
	termEnd   int         // the last year of the term a party congress opening now plans for
	// lastPeriodEnd is the last year of the multi-year period the text
	// named last ("giai đoạn 2021 - 2025"), that "giai đoạn này" refers to.
	lastPeriodEnd int
	// congressFrom is the first year of the term a party congress the
	// opening names opens (0 if none); see termContext.
	congressFrom int
	buf          []tok // the tokens of the current view
	cache        bool  // keep each paragraph's tokens (a short article)
	// plainRunes: the text's runes are all in vnRunes's blocks (see
	// document.PlainRunes), so each paragraph's are.
	plainRunes bool
	slab       []tok          // where they are kept, when cache
	amounts    []vnnum.Amount // the figures of the current paragraph
	sents      []span         // the sentences of the current paragraph
	clauses    []span         // the clauses of the current sentence
	// Buffers of the sentence walk, reused clause after clause.
	events   []cueEvent   // the subject cues of the current clause
	mentions []mention    // the time mentions of the current clause
	cues     sentenceCues // the kind and estimate words of the current sentence
	// sentWords is the signature of the current sentence's words (see
	// wordBits), made as sentence starts: its walks for a rare word
	// ("năm", "tiêu", "nhiệm") end before they start when its bit is
	// clear.
	sentWords wordBits

	// peers is peerUnits' answer for the current clause, its buffer
	// reused clause after clause.
	peers []unitMention

	sentInds map[string]bool // indicators given a figure in the current sentence
	// sentPlans and sentResults count the plan and the other facts the
	// current sentence gave; targetsEnd is the last year of the term
	// whose targets the sentence before set, and only set (see
	// termTargets); carryTargets is that of the sentence before this one.
	sentPlans, sentResults        int
	targetsEnd, carryTargets      int
	targetsFrom, carryTargetsFrom int // the term's first year
	// sentCountYear is the year of the plan count of targets the current
	// sentence gave ("phấn đấu hoàn thành 17 chỉ tiêu"), 0 if none;
	// listYear and listPara are that year and paragraph when the sentence
	// gave nothing else but plans, and carryList, carryListPara those of
	// the sentence before this one (see listsTargets).
	sentCountYear           int
	listYear, carryList     int
	listPara, carryListPara *para
	listOpen                bool // the current sentence opens a list (see opensList)
	// listNamed: the count sentence went on to name its targets (see
	// countedTargets); carryListNamed is that of the sentence before.
	listNamed, carryListNamed bool
	// resultYears has bit y-2000 set for each year y the text has given a
	// result of (an actual fact) so far (see reported).
	resultYears uint64
	// nationPara and nationClause locate the clause whose level was the
	// nation's (see nationScale): its subject's other figures are too.
	nationPara   *para
	nationClause int

	inSpan     bool // the current sentence named a multi-year span
	beforeSpan spanSaved

	// The previous sentence, for one that opens with "Trong đó, …": the
	// paragraph it was in, and whether it gave a total (a figure that is
	// no count of targets) that the parts break down.
	prevPara  *para
	prevTotal bool
	// prevHouseholds: the sentence before ended on a count of all the
	// households (see allHouseholds), whose "Trong đó, …" lists kinds.
	prevHouseholds bool
	// prevSent and curSent are the sentence before and the current one:
	// a part after "trong đó" weighs its words against its total's (see
	// closerPart), which may be the sentence before.
	prevSent, curSent sentAt
	// totalSent is the sentence whose total a sentence opening with
	// "Trong đó" lists the parts of: prevSent, except that a sentence
	// without figures in the same paragraph leaves it (and prevTotal) on
	// the sentence before ("… tổng mức bán lẻ … đạt 33.404 tỷ đồng, ….
	// Đây là mức doanh thu cao nhất …. Trong đó, doanh thu bán lẻ hàng
	// hóa …"). figSent is the running value it is taken from.
	totalSent, figSent sentAt
	// The subject and unit the last sentence with figures ended on, and
	// its paragraph: "Con số này …" in the next sentence speaks of them.
	lastSubj     subject
	lastSubjUnit string
	lastSubjPara *para
	// lastSubjFact: the last figure of that subject gave a fact, or the
	// sentence had none. "Con số này tăng 8,39% …" gives ratios of that
	// figure: none of the catalog's when the figure was none (one
	// sector's value, another part of a total).
	lastSubjFact bool
	// lastGrowth is the last growth subject a sentence ended on, and
	// lastGrowthSent that sentence's number (see bareGrowthAt).
	lastGrowth     subject
	lastGrowthSent int
	// topic is the indicator a sentence without figures opened with
	// ("Thu ngân sách nhà nước đạt kết quả rất tích cực."), in paragraph
	// topicPara, sentence topicSent: the next sentence may go on with it.
	topic     subject
	topicPara *para
	topicSent int
	// paraUnit is the unit a paragraph opened with as its subject
	// ("Huyện Thông Nông trồng được …"), in paragraph paraUnitOf: its
	// later sentences speak of it until they name another.
	paraUnit   string
	paraUnitOf *para

	// structHead: the paragraphs since the last that headed a list of
	// the economy's structure ("(2) Cơ cấu kinh tế:") are its bulleted
	// items; structItems is the current one (see structureShare).
	structHead  bool
	structItems *para

	// planPara is the paragraph that opened by setting targets before a
	// colon ("Đại hội đề ra các chỉ tiêu chủ yếu: …"): its sentences go
	// on listing targets.
	planPara *para

	// termPara is the paragraph whose sentence named, before its first
	// figure, the term it speaks of (see termContext); termParaEnd is
	// that term's last year, termParaPast whether the term has closed.
	termPara     *para
	termParaEnd  int
	termParaPast bool
}

// newDocReader prepares the reading of one article of a page: its
// paragraphs, the date and unit the article speaks of.
func (e *Extractor) newDocReader(name, text string, paras []para, pg page) *docReader {
	x, _ := spares.Get().(*docReader)
	if x == nil {
		x = &docReader{years: map[int]int{}, sentInds: map[string]bool{}}
	}
	units := x.units // reset by release
	x.cat, x.ind, x.opt, x.name, x.size, x.paras, x.units = e.cat, e.ind, e.opt, name, len(text), paras, nil
	x.pubY, x.pubM = pg.pubY, pg.pubM
	if n := len(paras); n > 0 && paras[n-1].off+len(paras[n-1].text)-paras[0].off <= cacheLimit {
		x.cache = true
		if s, ok := slabs.Get().(*[]tok); ok {
			x.slab = *s
		}
	}
	if e.opt.Unit == "" {
		x.units = units
		if x.units == nil {
			x.units = newUnitFinder()
		}
	}
	// One pass over the paragraphs for what the whole text decides: the
	// headline, the unit, the years spoken of.
	// A report's letterhead ("UBND TỈNH BẮC NINH" over "UBND HUYỆN TIÊN
	// DU") comes before its headline and names units as the headline
	// does: the lowest of them issued the report.
	article := ""
	if n := len(paras); n > 0 {
		article = text[paras[0].off : paras[n-1].off+len(paras[n-1].text)]
	}
	titleSeen := false
	titleNamed := false // a headline named a unit
	bodySeen := false   // a paragraph of the body was read
	nameLine := -1      // the line that carries the name of a letterhead's body (see letterheadName)
	var congress [2]int // the term of a party congress the opening names
	for i := range x.paras {
		v := x.view(&x.paras[i])
		// A line that is only a place's name before the headline ("Quận
		// 3", "TP.HCM", "TỈNH LÂM ĐỒNG" under a portal's banner) is the
		// page's section or the banner's parent: read like a letterhead,
		// the headline after it is still the headline.
		letterhead := !titleSeen && v.header && (isLetterhead(v.text, v.lower) || placeLine(v.text, v.toks) || i == nameLine)
		joined := false // read with the next line (see letterheadName)
		if !titleSeen && v.header && i != nameLine && x.units != nil && (letterhead || levelOnlyLine(v)) {
			if j, both, ok := x.letterheadName(i); ok {
				// "HỘI ĐỒNG NHÂN DÂN HUYỆN" (or "HUYỆN" alone) over
				// "KRÔNG PẮC": one body.
				nameLine, letterhead, joined = j, true, true
				jt := tokenize(lowerSameLen(both), nil)
				x.units.scan(both, jt, nil, true)
			}
		}
		if v.stamp {
			// The page's clock line or breadcrumb: no headline, no
			// year of the text. A unit a breadcrumb names is the
			// section the article is filed under, read as a
			// letterhead is ("Trang chủ › Cấp ủy › Huyện Cần Giờ" over
			// a table that names none); its level words alone are the
			// portal's menu ("Tin tức > Huyện, thị, thành").
			if u := x.units; u != nil {
				n, scans := u.n, u.scans
				u.namesOnly = true
				u.scan(v.text, v.toks, &v.words, false)
				u.namesOnly, u.scans = false, scans // not a paragraph of the lead (see leadParas)
				if !pageClock(strings.TrimSpace(v.text)) {
					for k, at := range u.firstSeen {
						if at >= n {
							u.title[k] = true
						}
					}
				}
			}
			continue
		}
		if v.caption {
			// A photo's caption tells when the photo was taken, not
			// the years the text speaks of, and is no headline. The
			// places it names are the photo's, counted apart: they
			// name the text's unit where the text names them too, or
			// gives the unit's level alone (see captionUnit).
			if x.units != nil && !v.byline {
				// A stock photo or a view of a place (see stockPhoto)
				// shows no event the text reports: its places name
				// the text's unit only where the text names them too.
				c := &x.capUnits
				if stockPhoto(v.lower) {
					c = &x.stockUnits
				}
				if *c == nil {
					*c = newUnitFinder()
				}
				n := (*c).n
				(*c).scan(v.text, v.toks, &v.words, false)
				for k, at := range (*c).firstSeen {
					if at >= n && countName(article, k.name) > countName(v.text, k.name) {
						// A place the text names too ("Đại hội Đảng
						// bộ huyện Đạ Tẻh (Ảnh: …)" over a text that
						// speaks of "Đạ Tẻh" and "huyện"): the caption
						// names the text's own unit in full.
						x.units.scan(v.text, v.toks, &v.words, false)
						break
					}
				}
			}
			continue
		}
		if !titleSeen && v.header && len(v.toks) > 0 && !letterhead && headlineLike(v) && !x.sectionName(i) {
			v.title, titleSeen = true, true
		} else if titleSeen && !titleNamed && !bodySeen && v.header && !letterhead && headlineLike(v) && opensWithUnit(v) {
			// "Chào mừng đại hội Đảng các cấp …" (a page's banner) taken
			// for the headline names no unit; the header line after it
			// that opens with one ("Xã Tuy Phước Tây phấn đấu …") is the
			// article's headline.
			v.title = true
		}
		if !v.header && len(v.toks) > 0 {
			bodySeen = true
		}
		if v.words.mayHave(hashNam) {
			countYears(x.years, v.toks)
		}
		// A term is named after "khóa", or after "nhiệm kỳ", "giai
		// đoạn", "thời kỳ" with a dash between its years (see
		// latestTermStart).
		w := &v.words
		if w.mayHave(hashKhoa) || w.mayHave(hashKhoaOld) ||
			(w.mayHave(hashNhiem) || w.mayHave(hashGiai) || w.mayHave(hashThoi)) && (w.mayHave(hashKy) || w.mayHave(hashDoan)) && w.mayHave(hashDash) {
			x.termStart = latestTermStart(v.toks, x.termStart)
		}
		if i < 10 {
			if a, b := congressTerm(v.toks, &v.words); a > congress[0] {
				congress = [2]int{a, b}
			}
		}
		v.link = isLinkLine(v)
		if x.units != nil && !v.link && i != nameLine && !joined {
			n := len(x.units.title)
			x.units.scan(v.text, v.toks, &v.words, v.title || letterhead)
			if v.title && len(x.units.title) > n {
				titleNamed = true
			}
		}
	}
	for y := range x.years {
		x.lastYear = max(x.lastYear, y)
	}
	x.findDate()
	x.congressFrom = congress[0]
	if congress[0] != 0 && (x.pubY == 0 || congress[0] == x.pubY) {
		// A congress held as its term opens sets targets for the term.
		x.termEnd = congress[1]
	}
	if len(paras) > 0 {
		last := paras[len(paras)-1]
		x.findUnit(text[paras[0].off : last.off+len(last.text)])
	}
	return x
}

// letterheadName joins a letterhead's line that ends on a level word in
// capitals ("HỘI ĐỒNG NHÂN DÂN HUYỆN", "UBND THỊ XÃ") with the next line
// when that holds the name alone, in capitals ("KRÔNG PẮC"): a PDF's
// letterhead breaks the body's name so. It returns the next line's index
// and the two lines as one.
func (x *docReader) letterheadName(i int) (int, string, bool) {
	v := x.ownView(&x.paras[i])
	n := len(v.toks)
	if n < 1 || !v.toks[n-1].word || !isUpperCase(v.text) {
		return 0, "", false
	}
	lvEnd := false
	for k := max(0, n-3); k < n; k++ {
		// "… HUYỆN", and a party committee's "HUYỆN ỦY", "THÀNH ỦY".
		if lv, j, ok := matchLevel(v.text, v.toks, k); ok && !lv.upper && (j == n || j == n-1 && (v.toks[j].s == "ủy")) {
			lvEnd = true
		}
	}
	if !lvEnd {
		return 0, "", false
	}
	j := i + 1
	for j < len(x.paras) && strings.TrimSpace(x.paras[j].text) == "" {
		j++
	}
	if j >= len(x.paras) || !x.paras[j].header {
		return 0, "", false
	}
	w := x.ownView(&x.paras[j])
	if len(w.toks) == 0 || len(w.toks) > 4 || !isUpperCase(w.text) {
		return 0, "", false
	}
	for _, t := range w.toks {
		if !t.word || t.digits {
			return 0, "", false
		}
	}
	return j, strings.TrimSpace(v.text) + " " + strings.TrimSpace(w.text), true
}

// levelOnlyLine reports a line that is a level word in capitals and
// nothing else ("HUYỆN", "THÀNH PHỐ", a party committee's "HUYỆN ỦY"): a
// letterhead's line whose name follows on the next.
func levelOnlyLine(v view) bool {
	n := len(v.toks)
	if n == 0 || n > 3 || !isUpperCase(v.text) {
		return false
	}
	lv, j, ok := matchLevel(v.text, v.toks, 0)
	return ok && !lv.upper && (j == n || j == n-1 && (v.toks[j].s == "ủy"))
}

// opensWithUnit reports a line that opens with a unit's level word and
// name ("Xã Tuy Phước Tây phấn đấu …") or a province's name, and goes on
// with at least three words.
func opensWithUnit(v view) bool {
	if len(v.toks) == 0 {
		return false
	}
	if _, e, ok := provinceAt(v.text, v.toks, 0); ok {
		return len(v.toks)-e >= 3
	}
	_, name, _, _, k, ok := readUnit(v.text, v.toks, 0)
	return ok && name != "" && len(v.toks)-k >= 3 // a headline's words after it, not a place's name alone
}

// headlineLike reports a header line that may be the headline: not a
// date, the portal's name, its menu or a dateline.
func headlineLike(v view) bool {
	return !startsWithDate(v.toks) && !isPortalName(v.lower) && !isMenuLine(v.lower) && !isDateline(v.lower)
}

// sectionName reports a header line of one to three words ("Thời sự",
// "Kinh tế - Xã hội") with a longer headline after it, before the body:
// the section of the portal the article is filed under, not its
// headline.
func (x *docReader) sectionName(i int) bool {
	v := x.ownView(&x.paras[i])
	words := 0
	for _, t := range v.toks {
		switch {
		case t.word && !t.digits:
			words++
		case t.s == "-" || t.s == "–":
		default:
			return false
		}
	}
	if words == 0 || words > 3 {
		return false
	}
	for j := i + 1; j < len(x.paras) && x.paras[j].header; j++ {
		w := x.ownView(&x.paras[j])
		if len(w.toks) == 0 || !headlineLike(w) || isLetterhead(w.text, w.lower) {
			continue
		}
		n := 0
		for _, t := range w.toks {
			if t.word {
				n++
			}
		}
		return n > 3
	}
	return false
}

// isDateline reports a short "Place, ngày …" line: where and when a page
// or report was written ("Khánh Hòa, ngày 15/01/2024"), not its headline.
func isDateline(lower string) bool {
	i := strings.Index(lower, ", ngày ")
	return i > 0 && i < 40 && len(lower) < 120
}

// portalPrefixes start the name of the web portal a page is published on
// ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH …", "Cơ quan của Đảng bộ …"): the
// publisher's banner, not the headline that names the article's unit.
var portalPrefixes = []string{"cổng thông tin", "trang thông tin điện tử", "báo điện tử", "tạp chí điện tử", "cơ quan của", "cơ quan chủ quản"}

func isPortalName(lower string) bool {
	lower = strings.TrimSpace(lower)
	for _, p := range portalPrefixes {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	// A newspaper's banner: "Báo Phú Thọ điện tử", "BÁO QUẢNG NGÃI
	// ONLINE", "Báo Ninh Thuận"; and a breadcrumb ("Chính trị > Xây
	// dựng Đảng") is no headline either.
	if utf8.RuneCountInString(lower) < 60 && strings.HasPrefix(lower, "báo ") && !strings.ContainsAny(lower, ".:,;") {
		return true
	}
	if strings.Contains(lower, "cơ quan của đảng bộ") || strings.Contains(lower, "cơ quan chủ quản") {
		return true // "BÁO PHÚ THỌ Cơ quan của Đảng bộ tỉnh Phú Thọ"
	}
	if strings.Contains(lower, " > ") || strings.Contains(lower, " › ") || strings.Contains(lower, " » ") {
		// A breadcrumb that ends at a unit's page names the unit
		// ("Trang chủ › Cấp ủy › Huyện Cần Giờ").
		for _, w := range strings.Fields(lower) {
			if isLevelFirst(w) {
				return false
			}
		}
		return true
	}
	return false
}
