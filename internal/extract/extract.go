package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/catalog"
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

// Extract finds the catalog's indicator facts in a document. It never
// fails: a text without recognisable figures gives no facts.
func Extract(doc document.Document, cat *catalog.Catalog, opt Options) []facts.Fact {
	if cat == nil {
		cat = catalog.Default()
	}
	x := newExtractor(doc, cat, opt)
	x.run()
	return x.finish()
}

// para is one line of the document, as the extractor sees it.
type para struct {
	text   string // original NFC text
	lower  string
	toks   []tok
	header bool // before the article body (headline, dateline, links)
	title  bool
}

// candidate is a fact with where it was found, before de-duplication.
type candidate struct {
	facts.Fact
	header bool
	digits int // significant digits as written, to keep the precise twin
	order  int
}

type extractor struct {
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
}

func newExtractor(doc document.Document, cat *catalog.Catalog, opt Options) *extractor {
	x := &extractor{cat: cat, ind: indicatorsOf(cat), opt: opt, name: doc.Name}
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
		p := para{text: l, lower: lowerSameLen(l), header: i < body}
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

// needsNFC reports whether text may hold decomposed Vietnamese: combining
// marks U+0300–U+036F start with bytes 0xCC or 0xCD in UTF-8. Document
// text is NFC already; this keeps NFD input working without paying for a
// normalisation pass on every document.
func needsNFC(text string) bool {
	return strings.IndexByte(text, 0xCC) >= 0 || strings.IndexByte(text, 0xCD) >= 0
}

// dateHeader reads " date 2023-11 rest".
func dateHeader(l string) (y, m int, rest string, ok bool) {
	t := strings.TrimLeft(l, " \t")
	if !strings.HasPrefix(t, "date ") || len(t) < 12 {
		return 0, 0, l, false
	}
	y, err1 := strconv.Atoi(t[5:9])
	m, err2 := strconv.Atoi(t[10:12])
	if err1 != nil || err2 != nil || t[9] != '-' || m < 1 || m > 12 {
		return 0, 0, l, false
	}
	// Keep byte offsets of the rest meaningful: blank out the header.
	off := len(l) - len(t) + 12
	return y, m, strings.Repeat(" ", off) + l[off:], true
}

// date is a day-month(-year) found in tokens.
type date struct {
	d, m, y int
	at, end int // token indexes
}

// dateAt reads "31-10-2024", "16/12/2022", "16-12- 2022", "30-9" at toks[i].
func dateAt(toks []tok, i int) (date, bool) {
	if i+2 >= len(toks) || !isDigits(toks[i].s) || len(toks[i].s) > 2 {
		return date{}, false
	}
	sep := toks[i+1].s
	if (sep != "/" && sep != "-" && sep != ".") || !isDigits(toks[i+2].s) || len(toks[i+2].s) > 2 {
		return date{}, false
	}
	if toks[i+1].start != toks[i].end {
		return date{}, false // "6 - 1" with spaces is a range, not a date
	}
	d, _ := strconv.Atoi(toks[i].s)
	m, _ := strconv.Atoi(toks[i+2].s)
	if d < 1 || d > 31 || m < 1 || m > 12 {
		return date{}, false
	}
	dt := date{d: d, m: m, at: i, end: i + 3}
	if i+4 < len(toks) && toks[i+3].s == sep && isDigits(toks[i+4].s) && len(toks[i+4].s) == 4 {
		dt.y, _ = strconv.Atoi(toks[i+4].s)
		dt.end = i + 5
	} else if i+3 < len(toks) && (toks[i+3].s == "/" || toks[i+3].s == "-" || toks[i+3].s == ".") {
		return date{}, false // "18/18/…" or a malformed date: not a date
	}
	return dt, true
}

func startsWithDate(toks []tok) bool {
	i := 0
	for i < len(toks) && !toks[i].word {
		i++
	}
	if i < len(toks) && isWeekday(toks, i) {
		return true
	}
	_, ok := dateAt(toks, i)
	return ok
}

func isWeekday(toks []tok, i int) bool {
	return toks[i].s == "thứ" || toks[i].s == "chủ"
}

// findDate sets the publication date: the last dated short line of the
// page header (the article's dateline comes after the site's own date
// line), else a short signed source line ("Báo Hải Phòng 12/1/2018"), else
// the month of the lede ("Ngày 15-12, …") with the year inferred from the
// years the text speaks of.
func (x *extractor) findDate() {
	if x.pubY != 0 {
		return
	}
	pick := func(p para) (date, bool) {
		if len(p.text) > 160 || strings.Contains(p.lower, ", ngày") {
			return date{}, false // a long line is prose; "Hà Nội, ngày …" is a page header
		}
		t := strings.TrimSpace(p.text)
		if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "•") || strings.HasPrefix(t, "|") {
			return date{}, false // related links
		}
		var found date
		ok := false
		for i := range p.toks {
			if d, k := dateAt(p.toks, i); k && d.y >= 1990 {
				found, ok = d, true
			}
		}
		return found, ok
	}
	for _, p := range x.paras {
		if !p.header {
			break
		}
		if d, ok := pick(p); ok {
			x.pubY, x.pubM = d.y, d.m
		}
	}
	if x.pubY != 0 {
		return
	}
	for _, p := range x.paras {
		if len(p.text) < 50 && !strings.Contains(p.lower, "ngày") {
			if d, ok := pick(p); ok {
				x.pubY, x.pubM = d.y, d.m
				return
			}
		}
	}
	// The lede's day and month, and the year from the text.
	month := 0
	for n, p := range x.paras {
		if n > 4 || month != 0 {
			break
		}
		for i := 1; i < len(p.toks) && i < 30; i++ {
			switch p.toks[i-1].s {
			case "ngày", "sáng", "chiều", "tối", "trưa", "nay", ",", "(":
			default:
				continue
			}
			if d, ok := dateAt(p.toks, i); ok {
				if d.y >= 1990 {
					x.pubY, x.pubM = d.y, d.m // "Ngày 20/12/2022, …"
					return
				}
				month = d.m
				break
			}
		}
	}
	years := x.textYears()
	if len(years) == 0 {
		return
	}
	maxY, freqY, best := 0, 0, 0
	for y, c := range years {
		if y > maxY {
			maxY = y
		}
		if c > best || (c == best && y > freqY) {
			freqY, best = y, c
		}
	}
	switch {
	case month >= 10:
		// In the last months a text reports this year and plans the next.
		x.pubY, x.pubM = maxY, month
		if years[maxY-1] > 0 {
			x.pubY = maxY - 1
		}
	case month > 0 && month <= 2:
		x.pubY, x.pubM = maxY, month
	default:
		x.defYear = freqY
	}
}

// textYears counts the years the text speaks of ("năm 2023"), leaving out
// comparison bases and multi-year spans.
func (x *extractor) textYears() map[int]int {
	years := map[int]int{}
	for _, p := range x.paras {
		for i := range p.toks {
			if y, ok := yearMention(p.toks, i, 0); ok {
				years[y]++
			}
		}
	}
	return years
}

// yearMention reads "năm 2023" at toks[i] (i at "năm"), unless it is the
// base of a comparison or part of a span. lo is the first token of the
// clause: the comparison words are looked for after it.
func yearMention(toks []tok, i, lo int) (int, bool) {
	if toks[i].s != "năm" || i+1 >= len(toks) {
		return 0, false
	}
	t := toks[i+1]
	if len(t.s) != 4 || !isDigits(t.s) {
		return 0, false
	}
	y, _ := strconv.Atoi(t.s)
	if y < 1990 || y > 2100 {
		return 0, false
	}
	if i+2 < len(toks) && toks[i+2].s == "-" && i+3 < len(toks) && isDigits(toks[i+3].s) {
		return 0, false // "năm 2021-2025"
	}
	for k := i - 1; k >= lo && k >= i-6; k-- {
		s := toks[k].s
		if !toks[k].word && s != "(" {
			break
		}
		if comparisonBefore[s] || rangeBefore[s] {
			return 0, false
		}
		if s == "hơn" && k > lo && (toks[k-1].s == "cao" || toks[k-1].s == "thấp") {
			return 0, false // "cao hơn năm 2023"
		}
		if s == "đến" && k == i-1 {
			return 0, false // "đến năm 2030": a horizon
		}
	}
	return y, true
}

func (x *extractor) findUnit(text string) {
	if x.opt.Unit != "" {
		x.unit = x.opt.Unit
		return
	}
	u := newUnitFinder()
	for _, p := range x.paras {
		if isLinkLine(p) {
			continue
		}
		u.scan(p.text, p.toks, p.title)
	}
	x.unit = u.main(text)
	x.units = u
	x.unitTier = -1
	for _, lv := range levels {
		if strings.HasPrefix(x.unit, lv.name+" ") {
			x.unitTier = lv.tier
			if lv.name == "Thành phố" && centralCities[strings.TrimPrefix(x.unit, lv.name+" ")] {
				x.unitTier = tierProvince
			}
			break
		}
	}
}

// linkPrefixes start lines that point to other articles.
var linkPrefixes = []string{"xem thêm", "đọc thêm", "tin liên quan:", ">>", "bài liên quan"}

// isLinkLine reports a related-article line of the page ("- 11-01-2025Huyện
// ngoại thành …"): a date glued to a headline.
func isLinkLine(p para) bool {
	t := strings.TrimSpace(p.text)
	for _, pre := range linkPrefixes {
		if strings.HasPrefix(p.lower[len(p.text)-len(strings.TrimLeft(p.text, " \t")):], pre) {
			return true
		}
	}
	if !strings.HasPrefix(t, "-") && !strings.HasPrefix(t, "•") {
		return false
	}
	i := 0
	for i < len(p.toks) && !p.toks[i].word {
		i++
	}
	_, ok := dateAt(p.toks, i)
	return ok
}

// run walks the document in reading order.
func (x *extractor) run() {
	if x.defYear == 0 {
		x.defYear = x.pubY
	}
	if x.defYear == 0 {
		x.defYear = x.opt.Year
	}
	for pi := range x.paras {
		p := &x.paras[pi]
		if isLinkLine(*p) {
			continue
		}
		amounts := scan(p.text)
		for _, s := range sentences(p.text) {
			x.sentence(p, s, amounts)
		}
	}
}

// subject is the indicator a clause is speaking of.
type subject struct {
	inds  []int // candidate indicators, the cue's own first
	start int   // byte offset of the cue
	end   int
	none  bool // another subject (no catalog indicator) is being spoken of
}

func (x *extractor) sentence(p *para, s span, amounts []vnnum.Amount) {
	stoks := tokRange(p.toks, s.Start, s.End)
	var cues *sentenceCues
	var carried subject
	unit := x.unit // a sentence may speak of another unit it names
	prevEnd := s.Start
	for ci, c := range clauses(p.text, s) {
		ctoks := tokRange(p.toks, c.Start, c.End)
		if len(ctoks) == 0 {
			continue
		}
		var figs []vnnum.Amount
		for _, a := range amounts {
			if a.Start >= c.Start && a.Start < c.End {
				figs = append(figs, a)
			}
		}
		subj := subject{none: true}
		if ci > 0 && !carried.none {
			// "…; đạt 68,68% …" and "…; quận Ba Đình đạt 12.000 tỷ đồng"
			// go on with the previous clause's subject.
			k := 0
			if _, name, _, _, next, ok := readUnit(p.text, ctoks, 0); ok && name != "" && next < len(ctoks) {
				k = next
			}
			if _, _, ok := carryM.match(ctoks, k); ok {
				subj = carried
			}
		}
		events := x.ind.events(ctoks)
		ev := 0
		// Mentions of time in this clause, applied as the walk passes them.
		mentions := x.timeMentions(ctoks, stoks)
		mi := 0
		umentions := x.peerUnits(p, ctoks)
		ui := 0
		prevFig := c.Start
		_ = prevEnd
		for fi, a := range figs {
			for ev < len(events) && ctoks[events[ev].at].start < a.Start {
				e := events[ev]
				subj = subj.after(e, ctoks)
				ev++
			}
			for mi < len(mentions) && mentions[mi].pos < a.Start {
				x.apply(mentions[mi])
				mi++
			}
			for ui < len(umentions) && umentions[ui].pos < a.Start {
				unit = umentions[ui].unit
				ui++
			}
			next := c.End
			if fi+1 < len(figs) {
				next = figs[fi+1].Start
			}
			if cues == nil {
				cues = findSentenceCues(stoks)
			}
			f := figure{unit: unit, cues: cues, a: a, p: p, clause: c, sent: s, ctoks: ctoks, stoks: stoks, prevEnd: prevFig, nextStart: next,
				after: mentions[mi:]}
			x.resolve(f, subj, events[ev:])
			prevFig = a.End
		}
		for ; ev < len(events); ev++ {
			e := events[ev]
			subj = subj.after(e, ctoks)
		}
		for ; mi < len(mentions); mi++ {
			x.apply(mentions[mi])
		}
		if len(umentions) > 0 {
			unit = umentions[len(umentions)-1].unit
		}
		carried = subj
	}
}

// unitMention is a peer unit named in a clause.
type unitMention struct {
	pos  int
	unit string
}

// peerUnits finds the units of the main unit's tier named in a clause:
// "quận Ba Đình đạt 12.000 tỷ đồng; huyện Đông Anh đạt …" gives each figure
// its own unit. Other tiers are parents or parts, never the subject here.
func (x *extractor) peerUnits(p *para, toks []tok) []unitMention {
	if x.units == nil {
		return nil
	}
	var out []unitMention
	for i := 0; i < len(toks); i++ {
		if !isLevelFirst(toks[i].s) {
			continue
		}
		lv, name, t, _, k, ok := readUnit(p.text, toks, i)
		if !ok || name == "" || t != x.unitTier {
			continue // another tier is a parent or a part, not a peer
		}
		if f, ok := x.units.fold[name]; ok {
			name = f
		}
		out = append(out, unitMention{toks[i].start, lv.name + " " + name})
		i = k - 1
	}
	return out
}

// after is the subject once cue event e has been read.
func (s subject) after(e cueEvent, toks []tok) subject {
	switch {
	case e.other:
		return subject{none: true}
	case e.weak && !s.none:
		return s // "thu ngân sách tăng trưởng 15%": the verb keeps the subject
	}
	return subject{inds: e.inds, start: toks[e.at].start, end: toks[e.end-1].end}
}

// mention is a time expression of the text.
type mention struct {
	pos       int // byte offset
	year      int // a year the text turns to, 0 if none
	resetPart bool
	period    int // month end of a part-year period, -1 to leave as is
	day       int
}

// timeMentions finds years and part-year periods in a clause.
func (x *extractor) timeMentions(ctoks, stoks []tok) []mention {
	var out []mention
	for i := 0; i < len(ctoks); i++ {
		t := ctoks[i]
		if y, ok := yearMention(ctoks, i, 0); ok {
			m := mention{pos: t.start, year: y, period: -1}
			// "Năm 2024, …" at a sentence's start speaks of the whole year.
			if len(stoks) > 0 && (stoks[0].start == t.start || (len(stoks) > 1 && stoks[1].start == t.start && (stoks[0].s == "trong" || stoks[0].s == "cả" || stoks[0].s == "hết"))) {
				m.resetPart = true
				m.period = 0
			}
			if i > 0 && ctoks[i-1].s == "cả" {
				m.period = 0
			}
			out = append(out, m)
			i++
			continue
		}
		if comparedAt(ctoks, i) {
			continue
		}
		switch {
		case t.s == "năm" && i+1 < len(ctoks) && (ctoks[i+1].s == "nay") && x.pubY != 0:
			out = append(out, mention{pos: t.start, year: x.pubY, period: -1})
		case t.s == "năm" && i+1 < len(ctoks) && (ctoks[i+1].s == "tới" || ctoks[i+1].s == "sau") && x.pubY != 0:
			out = append(out, mention{pos: t.start, year: x.pubY + 1, period: 0})
		case t.s == "cả" && i+1 < len(ctoks) && ctoks[i+1].s == "năm":
			out = append(out, mention{pos: t.start, period: 0})
		case isDigits(t.s) && i+1 < len(ctoks) && ctoks[i+1].s == "tháng":
			n, _ := strconv.Atoi(t.s)
			if n < 1 || n > 12 || (i > 0 && ctoks[i-1].s == "tháng") {
				continue
			}
			if i+2 < len(ctoks) && ctoks[i+2].s == "cuối" {
				out = append(out, mention{pos: t.start, period: 0})
				continue
			}
			if n == 12 {
				n = 0
			}
			out = append(out, mention{pos: t.start, period: n})
		case (t.s == "quý" || t.s == "quí") && i+1 < len(ctoks):
			if q, ok := quarters[ctoks[i+1].s]; ok {
				if q == 12 {
					q = 0
				}
				out = append(out, mention{pos: t.start, period: q})
			}
		case t.s == "đến" || t.s == "tính":
			k := i + 1
			if k < len(ctoks) && (ctoks[k].s == "ngày" || ctoks[k].s == "đến") {
				k++
			}
			if k < len(ctoks) && ctoks[k].s == "ngày" {
				k++
			}
			if d, ok := dateAt(ctoks, k); ok {
				m := mention{pos: t.start, period: d.m, day: d.d}
				if d.m == 12 && d.d == 31 {
					m.period = 0
				}
				if d.y != 0 {
					m.year = d.y
				}
				out = append(out, m)
				i = d.end - 1
				continue
			}
			// "đến hết tháng 10/2024", "tính đến tháng 9": to the month's end.
			if k < len(ctoks) && ctoks[k].s == "hết" {
				k++
			}
			if k+1 < len(ctoks) && ctoks[k].s == "tháng" && isDigits(ctoks[k+1].s) {
				n, _ := strconv.Atoi(ctoks[k+1].s)
				if n < 1 || n > 12 {
					continue
				}
				m := mention{pos: t.start, period: n % 12}
				e := k + 2
				if e+1 < len(ctoks) && (ctoks[e].s == "/" || ctoks[e].s == "-") && len(ctoks[e+1].s) == 4 && isDigits(ctoks[e+1].s) {
					m.year, _ = strconv.Atoi(ctoks[e+1].s)
					e += 2
				}
				out = append(out, m)
				i = e - 1
			}
		}
	}
	return out
}

// comparedAt reports whether toks[i] follows "so với" closely: the start of
// a comparison base.
func comparedAt(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if !toks[k].word {
			return false
		}
		if toks[k].s == "so" || toks[k].s == "với" {
			return true
		}
	}
	return false
}

func (x *extractor) apply(m mention) {
	if m.year != 0 {
		x.year, x.yearSet = m.year, true
	}
	if m.period >= 0 {
		x.period, x.periodDay = m.period, m.day
	}
}

// figure is one scanned amount with its surroundings.
type figure struct {
	unit               string
	cues               *sentenceCues
	a                  vnnum.Amount
	p                  *para
	clause, sent       span
	ctoks, stoks       []tok
	prevEnd, nextStart int
	after              []mention // time mentions after the figure in its clause
}

func (f figure) pre() []tok  { return tokRange(f.ctoks, f.prevEnd, f.a.Start) }
func (f figure) post() []tok { return tokRange(f.ctoks, f.a.End, f.nextStart) }

// sentenceCues are the kind and estimate words of a sentence, found once
// for all its figures.
type sentenceCues struct {
	kind []posVal // kind words (see lastKindCue), in order
	est  []posVal // estimate words and look-alikes, in order
}

type posVal struct{ pos, val int }

func findSentenceCues(stoks []tok) *sentenceCues {
	c := &sentenceCues{}
	for i := 0; i < len(stoks); i++ {
		val, e, ok := kindM.match(stoks, i)
		if !ok {
			continue
		}
		k := i - 1
		if k >= 1 && stoks[k].s == "với" && stoks[k-1].s == "so" {
			k -= 2
		}
		// "kế hoạch" after a percentage ("đạt 162,8% kế hoạch") is the
		// base of a ratio and says nothing about the figures after it.
		if val != 0 && !(val == cuePlan && k >= 0 && stoks[k].s == "%") {
			c.kind = append(c.kind, posVal{stoks[i].start, val})
		}
		i = e - 1
	}
	for i := 0; i < len(stoks); i++ {
		if val, e, ok := estM.match(stoks, i); ok {
			c.est = append(c.est, posVal{stoks[i].start, val})
			i = e - 1
		}
	}
	return c
}

// kindBefore is the kind word nearest before byte offset pos, 0 if none.
func (c *sentenceCues) kindBefore(pos int) int {
	v := 0
	for _, k := range c.kind {
		if k.pos >= pos {
			break
		}
		v = k.val
	}
	return v
}

func (c *sentenceCues) estimateBefore(pos int, kind facts.Kind) bool {
	for _, k := range c.est {
		if k.pos >= pos {
			break
		}
		if k.val == 1 || (k.val == 2 && kind == facts.PctOfPlan) {
			return true
		}
	}
	return false
}

// sentenceBefore are the sentence's tokens before the figure.
func (f figure) sentenceBefore() []tok { return tokRange(f.stoks, f.sent.Start, f.a.Start) }

func (f figure) evidence() string {
	return strings.TrimSpace(f.p.text[f.clause.Start:f.clause.End])
}

// resolve decides whether a figure is a catalog fact, and which.
func (x *extractor) resolve(f figure, subj subject, later []cueEvent) {
	a := f.a
	if perCapita(f) {
		return
	}
	noun := nounOf(f)
	if ci := x.ind.counted(noun); ci >= 0 && a.UOM == "" {
		x.countTargets(f, ci)
		return
	}
	ind, ratio := -1, false
	if !subj.none {
		for _, i := range subj.inds {
			if ok, r := x.ind.fits(i, a, noun, true); ok && !x.ind.denied(i, f.ctoks, min(subj.start, f.prevEnd), f.a.Start) {
				ind, ratio = i, r
				break
			}
		}
	}
	if ind < 0 {
		// The cue may follow the figure: "97% người dân tham gia bảo hiểm y
		// tế", "218 quần chúng ưu tú được kết nạp".
		ind = x.cueAfter(f, later, noun)
	}
	if ind < 0 {
		return
	}
	in := x.ind.list[ind]
	kind, sign, ok := x.kindOf(f, in, ratio)
	if !ok {
		return
	}
	x.emit(f, in, kind, sign)
}

// perCapita reports "21 triệu đồng/người/năm" and the like.
func perCapita(f figure) bool {
	if f.a.Form != vnnum.Fraction && strings.Contains(f.p.text[f.a.NumStart:f.a.End], "/") {
		return true
	}
	rest := f.p.text[f.a.End:min(len(f.p.text), f.a.End+12)]
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, "/")
}

// nounOf is the noun after a count: vnnum's, else the words that follow.
func nounOf(f figure) string {
	if f.a.Noun != "" {
		return f.a.Noun
	}
	if f.a.UOM != "" {
		return ""
	}
	post := tokRange(f.ctoks, f.a.End, f.clause.End)
	var b []string
	for _, t := range post {
		if !t.word || len(b) == 3 {
			break
		}
		b = append(b, t.s)
	}
	return strings.Join(b, " ")
}

// cueAfter finds an indicator named right after a figure (within a few
// words, before any punctuation), for figures of the indicator's own unit.
func (x *extractor) cueAfter(f figure, later []cueEvent, noun string) int {
	// The cue may begin at the count's noun, which the amount includes
	// ("19 hộ thoát nghèo"): look from the first word after the digits.
	endTok := len(f.ctoks)
	for k, t := range f.ctoks {
		if t.start >= f.a.End || (t.start > f.a.NumStart && t.word && !isDigits(t.s)) {
			endTok = k
			break
		}
	}
	for _, e := range later {
		if e.at < endTok || e.at-endTok > 10 || f.ctoks[e.at].start >= f.nextStart {
			break
		}
		stop := false
		for k := endTok; k < e.at; k++ {
			if s := f.ctoks[k].s; s == "," || s == ";" || s == "(" || s == ")" || s == ":" {
				stop = true
			}
		}
		if stop || e.other {
			break
		}
		if e.weak {
			continue
		}
		for _, i := range e.inds {
			if ok, r := x.ind.fits(i, f.a, noun, false); ok && !r && !x.ind.denied(i, f.ctoks, f.prevEnd, f.ctoks[e.end-1].end) {
				return i
			}
		}
	}
	return -1
}

// kindOf decides the kind of a figure of indicator in; sign is -1 for a
// decrease.
func (x *extractor) kindOf(f figure, in catalog.Indicator, ratio bool) (facts.Kind, float64, bool) {
	pre, post := f.pre(), f.post()
	verb, _, _ := lastPhrase(pre, verbM)
	if ratio && verb == vGrowth {
		verb = vIncrease // "thu ngân sách tăng trưởng 15%"
	}
	parenPlan := parenAfterPlan(pre)
	cmpPlan, cmpPrev, compared := comparator(post)
	if ratio {
		switch {
		case parenPlan:
			return facts.PctOfPlan, 1, true
		case verb == vExceed:
			x.shadow(f, in, facts.ChangeVsPrev, 1)
			return "", 0, false
		case cmpPlan:
			if verb == vIncrease || verb == vDecrease {
				// Compared with a plan: no catalog fact, and neither is
				// a headline that rounds it.
				x.shadow(f, in, facts.ChangeVsPrev, signOf(verb))
				return "", 0, false
			}
			return facts.PctOfPlan, 1, true
		case cmpPrev:
			switch verb {
			case vIncrease:
				return facts.ChangeVsPrev, 1, true
			case vDecrease:
				return facts.ChangeVsPrev, -1, true
			}
			return facts.PctOfPrev, 1, true
		case compared:
			return "", 0, false
		}
		switch verb {
		case vIncrease:
			return facts.ChangeVsPrev, 1, true
		case vDecrease:
			return facts.ChangeVsPrev, -1, true
		case vReach, vAchieve:
			return facts.PctOfPlan, 1, true
		}
		return "", 0, false
	}
	if parenPlan {
		return facts.Plan, 1, true // "kế hoạch đề ra (8,79%)", "dự toán (4.435,98 tỷ đồng)"
	}
	if f.a.UOM == "%" {
		// A percentage indicator: the figure is its level.
		if cmpPlan {
			return "", 0, false // "đạt 100% kế hoạch" of a rate: a ratio of a ratio
		}
		if hasWord(pre, "vượt") {
			return "", 0, false
		}
		if !x.ind.growth(in) && (verb == vIncrease || verb == vDecrease) {
			return "", 0, false // the change of a rate, not the rate
		}
	} else {
		if compared && !cmpPlan {
			return "", 0, false // "cao hơn 330 tỷ đồng so với …": a difference
		}
		if verb == vExceed {
			return "", 0, false
		}
		if f.a.UOM == "VND" && (verb == vIncrease || verb == vDecrease) {
			return "", 0, false
		}
	}
	return x.mode(f), 1, true
}

func signOf(verb int) float64 {
	if verb == vDecrease {
		return -1
	}
	return 1
}

// shadow records a body figure that is no fact, so that a headline restating
// it is dropped too.
func (x *extractor) shadow(f figure, in catalog.Indicator, kind facts.Kind, sign float64) {
	if f.p.header {
		return
	}
	x.shadows = append(x.shadows, facts.Fact{Unit: f.unit, Indicator: in.Code, Kind: kind, Value: sign * f.a.Value})
}

// restates reports whether a headline figure h is a rounded statement of
// body figure b: equal, rounded, or "trên 20%" for 23%.
func restates(h facts.Fact, b float64) bool {
	if h.Value == b || roundsTo(b, h.Value) {
		return true
	}
	lo, hi := math.Abs(h.Value), math.Abs(b)
	switch h.Qualifier {
	case facts.Over:
		return hi >= lo && hi <= lo*1.25
	case facts.Approx:
		return math.Abs(hi-lo) <= 0.1*lo
	case facts.Under:
		return hi <= lo && hi >= lo*0.8
	}
	return false
}

// parenAfterPlan reports "kế hoạch đề ra (" right before a figure: the
// bracket gives the plan's own figure.
func parenAfterPlan(pre []tok) bool {
	n := len(pre)
	if n < 2 || pre[n-1].s != "(" {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-6; k-- {
		if _, _, ok := planM.match(pre, k); ok {
			return true
		}
	}
	return false
}

// comparator reads what follows a figure: "(so với) dự toán" → plan, "so
// với cùng kỳ/năm 2023" or "CK" → previous period; compared is true for
// any "so với".
func comparator(post []tok) (plan, prev, compared bool) {
	i := 0
	if i < len(post) && post[i].s == "so" {
		compared = true
		i++
		if i < len(post) && post[i].s == "với" {
			i++
		}
		if i < len(post) {
			if _, _, ok := planM.match(post, i); ok {
				return true, false, true
			}
		}
		return false, true, true
	}
	if i < len(post) {
		if _, _, ok := planM.match(post, i); ok {
			return true, false, false
		}
		if _, _, ok := prevM.match(post, i); ok {
			return false, true, false
		}
	}
	return false, false, false
}

func hasWord(toks []tok, w string) bool {
	for _, t := range toks {
		if t.s == w {
			return true
		}
	}
	return false
}

// mode decides between plan and actual for a figure that is a level.
func (x *extractor) mode(f figure) facts.Kind {
	y, explicit := x.yearOf(f)
	if v := f.cues.kindBefore(f.a.Start); v != 0 {
		switch v {
		case cuePlan:
			return facts.Plan
		case cueActual:
			return facts.Actual
		case cueExpect:
			if x.pubY == 0 || y > x.pubY {
				return facts.Plan
			}
			return facts.Actual
		}
	}
	if x.period != 0 {
		return facts.Actual
	}
	if explicit && x.pubY != 0 {
		switch {
		case y > x.pubY:
			return facts.Plan
		case y < x.pubY:
			return facts.Actual
		case x.pubM <= 2:
			return facts.Plan
		default:
			return facts.Actual
		}
	}
	if x.lastKind != "" && y == x.lastKindYr {
		return x.lastKind
	}
	return facts.Actual
}

// yearOf is the year of a figure and whether the text states it: the
// clause's year, else the running year, else a year later in the clause.
func (x *extractor) yearOf(f figure) (int, bool) {
	// A year right after the figure is its own ("16 chỉ tiêu năm 2023").
	if len(f.after) > 0 && f.after[0].year != 0 {
		near := true
		for _, t := range tokRange(f.ctoks, f.a.End, f.after[0].pos) {
			if t.s == "," || t.s == ";" || t.s == ":" {
				near = false
				break
			}
		}
		if near && len(tokRange(f.ctoks, f.a.End, f.after[0].pos)) <= 10 {
			return f.after[0].year, true
		}
	}
	if x.yearSet {
		return x.year, true
	}
	for _, m := range f.after {
		if m.year != 0 {
			return m.year, true
		}
	}
	return x.defYear, false
}

// finalYear adjusts a default year by kind: a December article plans next
// year, a January one reports last year.
func (x *extractor) finalYear(f figure, kind facts.Kind) int {
	y, explicit := x.yearOf(f)
	if explicit || x.pubY == 0 || y != x.pubY {
		return y
	}
	switch {
	case kind == facts.Plan && x.pubM >= 10:
		return y + 1
	case kind != facts.Plan && x.pubM <= 2 && x.period == 0:
		return y - 1
	}
	return y
}

func (x *extractor) estimate(f figure, kind facts.Kind) bool {
	return f.cues.estimateBefore(f.a.Start, kind)
}

func (x *extractor) asOf(year int) string {
	if x.period == 0 || year == 0 {
		return ""
	}
	d := x.periodDay
	if d == 0 {
		d = monthEnd(year, x.period)
	}
	b := make([]byte, 0, 10)
	b = strconv.AppendInt(b, int64(year), 10)
	b = append(b, '-', byte('0'+x.period/10), byte('0'+x.period%10), '-', byte('0'+d/10), byte('0'+d%10))
	return string(b)
}

func monthEnd(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func (x *extractor) emit(f figure, in catalog.Indicator, kind facts.Kind, sign float64) {
	year := x.finalYear(f, kind)
	if year == 0 {
		return
	}
	uom := in.UOM
	if kind.IsRatio() {
		uom = facts.Percent
	}
	ft := facts.Fact{
		Source:    x.name,
		Unit:      f.unit,
		Indicator: in.Code,
		Year:      year,
		Kind:      kind,
		Value:     sign * f.a.Value,
		UOM:       uom,
		Estimate:  x.estimate(f, kind),
		Qualifier: f.a.Qualifier,
		AsOf:      x.asOf(year),
		Evidence:  f.evidence(),
	}
	if f.a.Form == vnnum.Range && f.a.Max != 0 {
		m := sign * f.a.Max
		ft.ValueMax = &m
	}
	x.add(ft, f)
	if kind == facts.Plan || kind == facts.Actual {
		x.lastKind, x.lastKindYr = kind, year
	}
}

func (x *extractor) add(ft facts.Fact, f figure) {
	if ft.Unit == "" {
		ft.Unit = unknownUnit
	}
	x.out = append(x.out, candidate{Fact: ft, header: f.p.header, digits: sigDigits(f.p.text[f.a.NumStart:f.a.End]), order: len(x.out)})
}

// unknownUnit names the unit of facts from a text that names none; the
// user gives one with --unit.
const unknownUnit = "Chưa rõ đơn vị"

// countTargets handles counts of targets: "18/18 chỉ tiêu" (reached of
// assigned), "giao cho quận 19 chỉ tiêu", "đề ra 24 chỉ tiêu", "Trong 25
// chỉ tiêu …" (assigned), "19 chỉ tiêu kế hoạch … đã … hoàn thành" (all
// assigned were reached). Counts of parts ("7 chỉ tiêu vượt kế hoạch", "có 8
// chỉ tiêu …") are not facts.
func (x *extractor) countTargets(f figure, ci int) {
	in := x.ind.list[ci]
	if x.ind.denied(ci, f.ctoks, f.clause.Start, f.clause.End) {
		return
	}
	a := f.a
	if a.Form == vnnum.Fraction {
		if a.Of <= 0 || a.Value > a.Of {
			return
		}
		est := x.estimate(f, facts.Actual) || estimateRightAfter(f)
		year := x.finalYear(f, facts.Actual)
		if year == 0 {
			return
		}
		base := facts.Fact{Source: x.name, Unit: f.unit, Indicator: in.Code, Year: year, UOM: in.UOM, Evidence: f.evidence()}
		act := base
		act.Kind, act.Value, act.Estimate = facts.Actual, a.Value, est
		act.AsOf = x.asOf(year)
		plan := base
		plan.Kind, plan.Value = facts.Plan, a.Of
		x.add(act, f)
		x.add(plan, f)
		return
	}
	if a.Form != vnnum.Plain || a.Value != math.Trunc(a.Value) || a.Value <= 0 {
		return
	}
	pre := tokRange(f.ctoks, f.clause.Start, a.Start)
	assigned := false
	n := len(pre)
	switch {
	case n >= 1 && (pre[n-1].s == "giao" || pre[n-1].s == "trong"):
		assigned = true
	case n >= 2 && (pre[n-2].s == "đề" || pre[n-2].s == "đặt") && pre[n-1].s == "ra":
		assigned = true
	case n >= 3 && pre[n-3].s == "giao" && pre[n-2].s == "cho":
		assigned = true
	}
	reached := false
	if !assigned {
		post := tokRange(f.ctoks, a.End, f.clause.End)
		i := 0
		for i < len(post) && (post[i].s == "chỉ" || post[i].s == "tiêu") {
			i++
		}
		if i+1 < len(post) && post[i].s == "kế" && post[i+1].s == "hoạch" && !hasWord(post, "vượt") {
			for k := i; k+1 < len(post); k++ {
				if post[k].s == "hoàn" && post[k+1].s == "thành" {
					reached = true
				}
			}
		}
		if !reached {
			return
		}
	}
	year := x.finalYear(f, facts.Plan)
	if reached {
		year = x.finalYear(f, facts.Actual)
	}
	if year == 0 {
		return
	}
	base := facts.Fact{Source: x.name, Unit: f.unit, Indicator: in.Code, Year: year, UOM: in.UOM, Value: a.Value, Evidence: f.evidence()}
	if reached {
		act := base
		act.Kind = facts.Actual
		x.add(act, f)
	}
	plan := base
	plan.Kind = facts.Plan
	x.add(plan, f)
}

// estimateRightAfter reports "19/19 chỉ tiêu ước hoàn thành".
func estimateRightAfter(f figure) bool {
	post := tokRange(f.ctoks, f.a.End, f.clause.End)
	for i, t := range post {
		if i > 4 || !t.word {
			break
		}
		if t.s == "ước" {
			return true
		}
	}
	return false
}

// sigDigits counts the digits written in a figure, to tell the precise of
// two twins ("12.170 tỷ" against "12 nghìn tỷ").
func sigDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// finish removes duplicates and returns the facts in text order.
func (x *extractor) finish() []facts.Fact {
	keep := make([]bool, len(x.out))
	for i := range keep {
		keep[i] = true
	}
	// Twins share unit, indicator and kind: compare within those groups.
	type groupKey struct {
		unit, ind string
		kind      facts.Kind
	}
	groups := map[groupKey][]int{}
	for i := range x.out {
		k := groupKey{x.out[i].Unit, x.out[i].Indicator, x.out[i].Kind}
		groups[k] = append(groups[k], i)
	}
	for _, idx := range groups {
		x.twins(idx, keep)
	}
	x.dropShadowed(keep)
	var out []facts.Fact
	for i := range x.out {
		if keep[i] {
			out = append(out, x.out[i].Fact)
		}
	}
	return out
}

// twins clears keep for the less precise or headline twin of each pair of
// facts of one group (same unit, indicator and kind).
func (x *extractor) twins(idx []int, keep []bool) {
	for _, i := range idx {
		for _, j := range idx {
			if i == j || !keep[i] || !keep[j] {
				continue
			}
			a, b := &x.out[i], &x.out[j]
			sameYear := a.Year == b.Year
			if !sameYear && !(a.header && !b.header) {
				continue
			}
			if a.Value == b.Value {
				// Keep the body's, else the first.
				if (a.header && !b.header) || (a.header == b.header && i > j) {
					keep[i] = false
				}
				continue
			}
			if roundsTo(b.Value, a.Value) && (a.digits < b.digits || a.header && !b.header) {
				keep[i] = false
			}
		}
	}
}

// dropShadowed clears keep for headline facts that restate a body figure
// found to be no fact.
func (x *extractor) dropShadowed(keep []bool) {
	for i := range x.out {
		c := &x.out[i]
		if !c.header {
			continue
		}
		for _, s := range x.shadows {
			if s.Unit == c.Unit && s.Indicator == c.Indicator && s.Kind == c.Kind && restates(c.Fact, s.Value) {
				keep[i] = false
			}
		}
	}
}

// roundsTo reports whether short is precise rounded (or cut) to the
// precision short is written with: 12e12 of 12.17e12, 6617 of 6617.2,
// 115075.8 of 115075.897.
func roundsTo(precise, short float64) bool {
	if precise == 0 || short == 0 || (precise < 0) != (short < 0) {
		return false
	}
	p, s := math.Abs(precise), math.Abs(short)
	if math.Abs(p-s)/p > 0.1 {
		return false
	}
	// The precision of short is its last non-zero decimal place.
	for step := 1e15; step >= 1e-6; step /= 10 {
		if q := s / step; math.Round(q) != 0 && math.Abs(q-math.Round(q)) < 1e-9*math.Max(1, q) {
			r := math.Round(p/step) * step
			t := math.Floor(p/step) * step
			return math.Abs(r-s) <= 1e-9*p || math.Abs(t-s) <= 1e-9*p
		}
	}
	return false
}
