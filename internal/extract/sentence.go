package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// run walks the document in reading order.
func (x *docReader) run() {
	if x.defYear == 0 {
		x.defYear = x.pubY
	}
	if x.defYear == 0 {
		x.defYear = x.opt.Year
	}
	links, english := chromeBlock{}, chromeBlock{}
	// A section headed by a unit's name speaks of that unit (see
	// sectionUnit); the text's own unit comes back for the tables.
	mainUnit, mainTier := x.unit, x.unitTier
	defer func() { x.unit, x.unitTier = mainUnit, mainTier }()
	for pi := range x.paras {
		p := x.view(&x.paras[pi])
		if x.opt.Progress != nil && p.off/progressStep != (p.off+len(p.text))/progressStep {
			x.opt.Progress(p.off+len(p.text), x.size)
		}
		if p.caption || p.stamp {
			// A photo's caption: its year is the photo's, and would
			// carry to the sentences after it. A page's clock line or
			// breadcrumb is no sentence of the text.
			continue
		}
		if p.link { // isLinkLine(p), told by newDocReader
			if links.lines == 0 {
				links.first = p.line
			}
			links.add(p.text)
			continue
		}
		if englishFigures(p) {
			// A bilingual report's English paragraphs ("GRDP … increased
			// by 5.05%") repeat the Vietnamese ones, and the Vietnamese
			// rules misread them.
			english.add(p.text)
			if english.lines == 1 {
				english.first = p.line
			}
			continue
		}
		lastHead := p.header && pi > 0 && pi+1 < len(x.paras) && !x.paras[pi+1].header && x.sectionAfter(pi+1)
		if u, t, ok := x.sectionUnit(p, lastHead); ok {
			x.unit, x.unitTier = u, t
		}
		if y, ok := planHeading(p.toks); ok {
			x.planYear = y
		}
		// "(2) Cơ cấu kinh tế:" on a line of its own, then "+ Ngành
		// dịch vụ: 40,62%" on the lines after it: the bulleted lines are
		// the structure's items (see structureShare).
		switch {
		case structureHead(p.toks):
			x.structHead, x.structItems = true, nil
		case x.structHead && bulletItem(p.toks):
			x.structItems = p.para
		default:
			x.structHead, x.structItems = false, nil
		}
		x.amounts = x.scanPara(x.amounts[:0], p)
		x.amounts = labelledMoneyPairs(p.text, decimalMoneyPairs(p.text, bracketMoneyPairs(p.text, compactPairs(p.text, compactMoney(p.text, x.amounts)))))
		amounts := listCounts(p.text, percentPoints(p.text, x.amounts))
		x.sents = appendSentences(x.sents[:0], p.text)
		x.areaToks = nil // p.toks may be x.buf, the last paragraph's slice
		for _, s := range x.sents {
			x.sentence(p, s, amounts)
		}
	}
	if x.opt.Progress != nil && len(x.paras) > 0 {
		last := x.paras[len(x.paras)-1]
		x.opt.Progress(last.off+len(last.text), x.size)
	}
	if english.lines > 0 {
		x.notes = append(x.notes, diag.Warnf("", english.first, "skipped %d paragraphs (%d bytes) in English", english.lines, english.bytes))
	}
	if links.lines > 0 {
		x.notes = append(x.notes, diag.Warnf("", links.first, "skipped %d lines (%d bytes) of links to other articles", links.lines, links.bytes))
	}
}

// sectionAfter reports a section heading in the body from paragraph i
// on: a header line heads the first section only in a text cut into
// sections ("Hà Nội" … "Quảng Ninh" …); alone, a place's name between
// the headline and the body is a dateline or the page's section.
func (x *docReader) sectionAfter(i int) bool {
	for ; i < len(x.paras); i++ {
		if x.paras[i].header {
			continue
		}
		if _, _, ok := x.sectionUnit(x.view(&x.paras[i]), false); ok {
			return true
		}
	}
	return false
}

// progressStep is how often, in bytes of text, Options.Progress is called.
const progressStep = 1 << 20

// subject is the indicator a clause is speaking of.
type subject struct {
	inds  []int // candidate indicators, the cue's own first
	start int   // byte offset of the cue
	end   int
	none  bool // another subject (no catalog indicator) is being spoken of
	// otherFig: another subject named by its words ("khu vực nông - lâm -
	// thủy sản") has had a figure in this clause (see after).
	otherFig bool
	// lead is where the words that lead up to the cue start: the end of
	// the clause's last figure before the cue, or the clause's start (0
	// for a subject from before the clause). "Các lĩnh vực công nghiệp -
	// xây dựng và dịch vụ tiếp tục tăng trưởng": what grows is named
	// before the cue "tăng trưởng".
	lead int
}

// from sets the lead of a subject just read (see lead): at the last
// figure's end lastFig, when the cue gave a new subject.
func (s subject) from(prev subject, lastFig int) subject {
	if !s.none && (s.start != prev.start || prev.none) {
		s.lead = lastFig
	}
	return s
}

func (x *docReader) sentence(p view, s span, amounts []vnnum.Amount) {
	defer x.endSpan()
	stoks := tokRange(p.toks, s.Start, s.End)
	x.sentWords = wordBitsOf(stoks)
	words := &x.sentWords
	x.quoteToks = nil // see sentQuoted
	x.sentNo++
	x.carryTargets, x.targetsEnd = x.targetsEnd, 0
	x.carryTargetsFrom, x.targetsFrom = x.targetsFrom, 0
	x.sentPlans, x.sentResults = 0, 0
	x.carryList, x.carryListPara, x.listYear, x.listPara = x.listYear, x.listPara, 0, nil
	x.carryListNamed, x.listNamed = x.listNamed, false
	x.sentCountYear = 0
	x.listOpen = opensList(stoks)
	defer x.countedTargets(p.para, stoks)
	defer x.termTargets(stoks)
	if !x.inSpan && words.mayHave(hashNam) && yearSeries(stoks) { // a year is read after "năm" only
		// "mức tăng quý I năm 2020 tăng 0,42%, năm 2021 tăng 4,58%, …,
		// và năm 2024 tăng 6,54%": a series of years, each naming its
		// own figure; the text goes on in its own year after it.
		x.inSpan = true
		x.beforeSpan = spanSaved{x.year, x.yearSet, x.period, x.periodDay}
	}
	firstSent := s.Start == firstSentStart(p.text) // the paragraph's first sentence
	if firstSent {
		x.termPara = nil
	}
	// A term is named with "nhiệm kỳ" only (see termContext).
	if words.mayHave(hashNhiem) {
		if end, past, ok := x.termContext(stoks, amountsIn(amounts, s)); ok {
			x.termPara, x.termParaEnd, x.termParaPast = p.para, end, past
		}
	}
	if firstSent {
		x.planPara = nil
		if !kindM.absentFrom(words) && setsTargets(stoks) {
			x.planPara = p.para
		}
	}
	// Both heads end in "chỉ tiêu" or "mục tiêu".
	if x.planPara != p.para && words.mayHave(hashTieu) && (targetListHead(stoks) >= 0 || adoptedListHead(stoks)) {
		// "… và 12 chỉ tiêu chủ yếu đó là: (1) Thu ngân sách … tăng
		// bình quân 10-12%/năm …": the paragraph goes on listing the
		// targets the count heads.
		x.planPara = p.para
	}
	x.sentMinYear = 0
	figs := amountsIn(amounts, s)
	// "Trong đó, …" after a sentence that gave a total lists its parts.
	// "Xã A có 1.509 hộ. Trong đó, số hộ nghèo …" lists the unit's
	// households by kind, not parts of an indicator's total.
	//
	// A paragraph that opens with "Trong đó, …" goes on with the last
	// sentence of the paragraph before: the parts it lists are that
	// sentence's total's, as within one paragraph.
	total := (x.prevPara == p.para || firstSent && opensParts(stoks)) && x.prevTotal && !x.prevHouseholds
	// A paragraph that opens with a running total's period goes on with
	// the subject of the sentence just before, in the paragraph before
	// (see the cumulative carry below).
	subjReach := x.lastSubjPara != nil && (x.lastSubjPara == p.para || firstSent && x.lastSubjPara == x.prevPara)
	x.totalSent = x.figSent
	if x.prevPara != p.para || hasFigure(figs) || !x.prevTotal {
		x.prevTotal = totalFigure(figs, x.ind)
		x.figSent = sentAt{p.para, s}
	}
	x.prevPara = p.para
	x.prevSent, x.curSent = x.curSent, sentAt{p.para, s}
	x.prevHouseholds = allHouseholds(stoks)
	defer func() {
		x.restoreBracketYear()
		// A sentence without figures that names a year's results and the
		// next year's tasks ("đánh giá kết quả năm 2024, triển khai nhiệm
		// vụ năm 2025") leads to the results: the earliest year holds.
		if x.sentMinYear != 0 && !x.inSpan && !hasFigure(figs) {
			x.year = x.sentMinYear
		}
	}()
	if len(figs) == 0 {
		// The cues matter only when a subject goes on from the sentence
		// before (see namesOnly); else only one that opens the sentence
		// does (the topic, below).
		cuesBefore := 1
		if x.lastSubjPara != nil && !x.lastSubj.none && len(x.lastSubj.inds) > 0 {
			cuesBefore = len(stoks)
		}
		x.events = x.ind.appendEventsBefore(x.events[:0], stoks, cuesBefore)
		goesOn := namesOnly(x.events, x.lastSubjPara != nil, x.lastSubj)
		if !goesOn {
			x.lastSubjPara = nil // "con số này" speaks of the sentence just before
		} else {
			// "… tăng 53,27% so cùng kỳ. Sở dĩ tháng 9 tăng cao là do …
			// nên tổng mức bán lẻ giảm sâu.": a sentence without figures
			// that names only the subject just spoken of goes on with it.
			x.lastSubjPara = p.para
		}
		x.topicPara = nil
		if ev := x.events; len(ev) > 0 && ev[0].at == 0 && !ev[0].other && !ev[0].weak {
			// "Thu ngân sách nhà nước đạt kết quả rất tích cực.": a
			// sentence that opens with an indicator and gives no figure
			// names the topic of the next (see topicAt).
			x.topicPara, x.topicSent = p.para, x.sentNo
			x.topic = subject{inds: ev[0].inds, start: stoks[ev[0].at].start, end: stoks[ev[0].end-1].end}
		}
		// No figure: only the time the sentence turns to matters, and
		// the unit a paragraph's first sentence names.
		x.clauses = appendClauses(x.clauses[:0], p.text, s)
		if firstSent {
			// Only the later sentences of this paragraph read it: a
			// paragraph of one sentence (a headline, a caption, most
			// figureless ledes) has none to hand a unit on to.
			x.paraUnitOf, x.paraUnit = p.para, ""
			if strings.TrimSpace(p.text[s.End:]) != "" {
				x.paraUnit = x.figurelessUnit(p, stoks)
			}
		}
		for _, c := range x.clauses {
			x.mentions = x.timeMentions(x.mentions, tokRange(stoks, c.Start, c.End), stoks)
			for _, m := range x.mentions {
				if m.year != 0 && ratifiedYear(stoks, m.pos) {
					continue
				}
				if goesOn && m.year != 0 && m.year < cmp.Or(x.runningYear(), m.year) {
					// "Sở dĩ tháng 9 tăng cao là do tháng 9/2021 …": the
					// subject's cause, looked for in a year gone by, is no
					// new period for the figures after it.
					continue
				}
				x.apply(m)
			}
		}
		return
	}
	clear(x.sentInds)
	cues := x.cues.of(stoks) // found when a figure first asks (see sentCues)
	var carried subject
	// The subject of the sentence's last figure is what the next
	// sentence's running total goes on with, whatever the words after
	// that figure name ("GRDP quý III giảm 7,02% …, nhất là khu vực dịch
	// vụ và các ngành công nghiệp. Tính chung 9 tháng tăng 1,28%").
	var figSubj subject
	figSubjSet, figSubjFact := false, false
	colonList := false // the first clause names its subject before a colon (see cueBeforeColon)
	unit := x.unit     // a sentence may speak of another unit it names
	// Whether the sentence names several units, asked at most twice: once
	// here, once after the walk.
	several, severalRead := false, false
	severalNamed := func() bool {
		if !severalRead {
			several, severalRead = severalUnits(p.text, stoks), true
		}
		return several
	}
	if x.paraUnitOf == p.para && x.paraUnit != "" && !severalNamed() {
		unit = x.paraUnit
	}
	saved := unit   // the unit before a unit compared with
	named := ""     // the one unit the sentence names, "-" for several
	inBracket := "" // the unit before a bracket that names another
	countSeen := false
	countUnit := "" // the unit of the count seen: another unit's count is no superset
	prevEnd := s.Start
	sentParts := false // the sentence opens with "Trong đó," after a total
	x.clauses = appendClauses(x.clauses[:0], p.text, s)
	for ci, c := range x.clauses {
		// A clause lies within its sentence: its tokens are found among
		// the sentence's, a shorter search than the paragraph's.
		ctoks := tokRange(stoks, c.Start, c.End)
		if len(ctoks) == 0 {
			continue
		}
		figs := amountsIn(amounts, c)
		// A clause that opens with "trong đó" after a total names its
		// parts ("…; trong đó thu tiền sử dụng đất 1.100 tỷ đồng"); a
		// sentence that opens so lists them all.
		parts := sentParts
		if opensParts(ctoks) && total {
			parts = true
			sentParts = sentParts || ci == 0
		}
		if totalFigure(figs, x.ind) {
			total = true
		}
		subj := subject{none: true}
		if ci == 0 && x.lastSubjPara == p.para && !x.lastSubj.none && x.lastSubjFact && thisFigureAt(ctoks) && onlyRatios(figs) {
			// "… tổng thu đạt 326.193 tỷ đồng. Tuy nhiên, con số này chỉ
			// đạt 69,4% so với dự toán": ratios of the figure just given,
			// its indicator and its unit. A new level ("con số này dự
			// kiến sẽ chạm mốc 30.505 lao động") is another quantity.
			subj, unit = x.lastSubj, x.lastSubjUnit
		} else if ci == 0 && x.lastSubjPara != nil && !x.lastSubj.none && nextInRankingAt(ctoks) {
			// "Bình Dương đứng thứ năm với tổng thu ngân sách gần 50.000
			// tỷ đồng. Các địa phương tiếp theo là Quảng Ninh với 40.680
			// tỷ đồng, …": the ranking goes on with its indicator; each
			// item names its unit.
			subj = x.lastSubj
		}
		if ci == 0 && subj.none && x.lastGrowthSent != 0 && x.sentNo-x.lastGrowthSent <= 2 && bareGrowthAt(ctoks) && onlyRatios(figs) {
			// "… GRDP ước đạt 457.617 tỉ đồng, tăng 7,51% so với cùng kỳ.
			// … Theo đó, mức tăng quý I năm 2020 tăng 0,42%, năm 2021 tăng
			// 4,58%, …": a bare "mức tăng" with only percentages is the
			// growth spoken of a sentence or two before.
			subj = x.lastGrowth
		}
		if ci == 0 && subj.none && x.topicPara == p.para && x.topicSent == x.sentNo-1 && topicAt(ctoks) {
			// "Thu ngân sách nhà nước đạt kết quả rất tích cực. Năm 2024
			// ước thực hiện 23.751 tỷ đồng, đạt 149,3% dự toán …": a
			// sentence that opens with its verb or figure, after a time,
			// speaks of the topic the sentence before opened with.
			subj = x.topic
		}
		if ci == 0 && subj.none && subjReach && !x.lastSubj.none && cumulativeAt(ctoks, 0) && carriedAt(ctoks, skipLead(ctoks, 0)) {
			// "Tổng mức bán lẻ … tháng 4 đạt 6.487 tỷ đồng. Tính chung 4
			// tháng đầu năm là hơn 24.694 tỷ đồng, …": a sentence that
			// opens with a running total's period and names no subject
			// goes on with the subject of the sentence before (a cue of
			// its own still takes over).
			subj = x.lastSubj
		}
		if ci > 0 && !carried.none {
			// "…; đạt 68,68% …" and "…; quận Ba Đình đạt 12.000 tỷ đồng"
			// go on with the previous clause's subject.
			k := 0
			listItem := false
			if _, name, _, _, next, ok := x.itemUnit(p.text, ctoks); ok && name != "" && next < len(ctoks) {
				// "…; tiếp theo là huyện B với 34,41%; …": a ranking's
				// item names its unit after its place and "là".
				if next+1 < len(ctoks) && ctoks[next].s == "với" && ctoks[next+1].digits {
					next++
				}
				// "…; thành phố Thanh Hóa 6.200 tỷ đồng": an item of a
				// per-unit list, as for a name without its level word.
				k, listItem = next, true
			} else if _, _, next, ok := x.listName(p.text, ctoks, 0); ok {
				k, listItem = next, true // "…; Cẩm Thủy 245,7 tỷ đồng, …": the next item of a per-unit list
			}
			// "…; lũy kế 11 tháng 1.605 lao động": the cumulative figure
			// of the same subject, with or without a verb.
			cumulative := cumulativeAt(ctoks, k)
			k = skipLead(ctoks, k)
			// "… xuống còn 34.848 hộ; chiếm tỷ lệ 18,54% tổng số hộ": a
			// clause that opens with "chiếm" has no subject of its own;
			// its share is of what the clause before counted.
			share := k < len(ctoks) && ctoks[k].s == "chiếm"
			if _, _, ok := carryM.match(ctoks, k); ok || share || comparativeAt(ctoks, k) || yearAsideIn(ctoks, k) || (listItem || cumulative) && k < len(ctoks) && ctoks[k].digits || colonList && periodItemAt(ctoks) {
				subj = carried
			}
		}
		x.events = x.ind.appendEvents(x.events[:0], ctoks)
		events := x.events
		if ci == 0 {
			colonList = cueBeforeColon(ctoks, events)
		}
		ev := 0
		// Mentions of time in this clause, applied as the walk passes them.
		x.mentions = x.timeMentions(x.mentions, ctoks, stoks)
		if words.mayHave(hashThang) { // a month after a subject is "tháng N"
			x.mentions = subjectMonths(x.mentions, ctoks, events)
		}
		mentions := x.mentions
		if !hasFigure(figs) {
			mentions = slices.DeleteFunc(mentions, func(m mention) bool { return m.year != 0 && ratifiedYear(stoks, m.pos) })
		}
		mi := 0
		umentions := x.peerUnits(p.para, ctoks)
		respectiveUnits(ctoks, umentions, figs)
		if ci == 0 && firstSent {
			x.paraUnitOf, x.paraUnit = p.para, openingUnit(ctoks, umentions)
		}
		ui := 0
		listed := false // the last unit named is the text's own in a list of peers
		prevFig, prevReal := c.Start, c.Start
		prevNoun := ""                 // the noun of the figure that ends at prevReal
		var prevAmt vnnum.Amount       // the figure that ends at prevReal
		countStart, countEnd := -1, -1 // the clause's last figure when it is a count (see rateOfCountAt)
		firstEnd, firstTargets := 0, false
		for _, a := range figs {
			if a.UOM != "" || a.Noun != "" {
				firstEnd = a.End // a figure, not a year or a number in a name
				firstTargets = a.UOM == "" && x.ind.counted(a.Noun) >= 0
				break
			}
		}
		_ = prevEnd
		for fi, a := range figs {
			for ev < len(events) && ctoks[events[ev].at].start < a.Start {
				e := events[ev]
				if !subj.none && countEnd > subj.start && e.other && rateOfCountAt(ctoks, e, countEnd) && levelCountAt(ctoks, subj, countStart) {
					ev++ // "Số hộ nghèo: 201 hộ, tỷ lệ 6,47%": the rate of the count just given
					continue
				}
				if !subj.none && e.other && namedCountRate(ctoks, e, subj, countStart, countEnd) {
					ev++ // "có 120 thôn, tổ dân phố đạt chuẩn văn hóa, đạt tỷ lệ 96%": the rate of the count its subject named
					continue
				}
				if e.other && rateOfPlanAt(ctoks, e) {
					ev++ // "đạt tỷ lệ 83% dự toán": the ratio the subject reached, no rate of another subject
					continue
				}
				if !subj.none && e.other && x.coverRateOf(ctoks, e, subj) {
					ev++ // "số người tham gia BHYT là 120.000 người, đạt tỷ lệ bao phủ 93,5% dân số": the insurance's coverage
					continue
				}
				subj = subj.after(e, ctoks).from(subj, prevReal)
				ev++
			}
			if !subj.none && (a.UOM != "" || a.Noun != "") && prevReal > subj.end && ownNamedItem(p.text, ctoks, prevReal, a.Start) {
				// "Tổng thu ngân sách đạt trên 9 tỷ đồng, nguồn vốn huy
				// động tại Quỹ tín dụng đạt trên 90% kế hoạch năm": once
				// the subject has had its figure, an item after a comma
				// that names what it speaks of before its "đạt" is
				// another subject.
				subj = subject{none: true}
			}
			if !subj.none && a.UOM == "%" && shareOfNamed(ctoks, a.Start, a.End, events[ev:]) {
				// "13/14 tổ dân phố đạt tổ dân phố văn hóa, 100% cơ quan,
				// đơn vị đạt danh hiệu nếp sống văn hóa": a share that
				// opens an item names what it is a share of.
				subj = subject{none: true}
			}
			if !subj.none && (a.UOM != "" || a.Noun != "") && words.mayHave(hashCho) && ownActivity(ctoks, max(subj.end, prevReal), a.Start) {
				// "giải quyết việc làm cho 961 lao động, đạt 107% KH, đào
				// tạo nghề cho 400 lao động, đạt 100% KH": the stretch's
				// own activity, not the subject's.
				subj = subject{none: true}
			}
			for mi < len(mentions) && mentions[mi].pos < a.Start {
				x.applyIn(mentions[mi], p.text, s.Start)
				mi++
			}
			x.closeBracketYear(p.text, s.Start, a.Start)
			for ui < len(umentions) && umentions[ui].pos < a.Start {
				unit, saved, inBracket = bracketUnit(unit, saved, inBracket, umentions[ui].unit)
				named = oneNamed(named, umentions[ui].unit)
				listed = umentions[ui].listed
				ui++
			}
			next := c.End
			if fi+1 < len(figs) {
				next = figs[fi+1].Start
			}
			f := figure{unit: unit, cues: cues, a: a, p: p.para, clause: c, sent: s, ctoks: ctoks, stoks: stoks, prevEnd: prevFig, prevReal: prevReal, prevNoun: prevNoun, prevAmt: prevAmt, countBefore: countSeen && countUnit == unit, nextStart: next, firstEnd: firstEnd, firstTargets: firstTargets, parts: parts,
				after: mentions[mi:], ptoks: p.toks, listedOwn: listed && unit == x.unit, words: words}
			f.noun = nounOf(&f)
			f.preToks = tokRange(ctoks, prevFig, a.Start)
			f.postToks = tokRange(ctoks, a.End, next)
			n0 := len(x.out)
			x.resolve(&f, subj, events[ev:])
			if a.UOM != "" || a.Noun != "" {
				figSubj, figSubjSet, figSubjFact = subj, true, len(x.out) > n0
			}
			if subj.none && (a.UOM != "" || a.Noun != "") && ev > 0 && events[ev-1].other {
				subj.otherFig = true
			}
			prevFig = a.End
			if a.UOM != "" || a.Noun != "" {
				prevReal, prevNoun, prevAmt = a.End, a.Noun, a
			}
			countStart, countEnd = -1, -1
			if a.UOM == "" && (a.Noun != "" || !yearValue(a)) {
				countStart, countEnd = a.Start, a.End
			}
			if a.UOM == "" && x.ind.counted(f.noun) >= 0 {
				countSeen, countUnit = true, unit
			}
		}
		for ; ev < len(events); ev++ {
			e := events[ev]
			subj = subj.after(e, ctoks)
		}
		for ; mi < len(mentions); mi++ {
			x.applyIn(mentions[mi], p.text, s.Start)
		}
		for ; ui < len(umentions); ui++ {
			unit, saved, inBracket = bracketUnit(unit, saved, inBracket, umentions[ui].unit)
			named = oneNamed(named, umentions[ui].unit)
		}
		if unit == compareUnit {
			unit = saved
		}
		carried = subj
	}
	if x.paraUnitOf == p.para && (x.paraUnit != "" || firstSent) && named != "" && named != "-" && named != compareUnit && unit == named && inBracket == "" && !severalNamed() {
		// "Thành phố Thái Nguyên là trung tâm …. Trong năm 2024, tỉnh
		// Thái Nguyên đã cơ bản đạt các mục tiêu …. Thu ngân sách ước
		// đạt 19.680 tỷ đồng": a sentence that names one unit as the
		// one it speaks of hands the paragraph on to it; the later
		// sentences that name none are that unit's, not the opening
		// one's. (Fresh-text kind K8/K10 of docs/fresh-errors.md.) A
		// paragraph's first sentence does so though the paragraph did
		// not open with the unit ("Theo đánh giá, …, nhiều chỉ tiêu …
		// của Lâm Đồng tăng trưởng khá. cụ thể, tổng thu … Tổng mức
		// bán lẻ …").
		x.paraUnit = named
	}
	if figSubjSet {
		carried = figSubj
	}
	x.lastSubj, x.lastSubjUnit, x.lastSubjPara, x.lastSubjFact = carried, unit, p.para, !figSubjSet || figSubjFact
	if !carried.none && x.growthSubject(carried) {
		x.lastGrowth, x.lastGrowthSent = carried, x.sentNo
	}
}

// ownActivity reports a figure whose stretch (from the last comma after
// from) names an activity of its own done for the figure's people or
// households: words that open with no carry verb and end in "cho" right
// before the figure ("…, đào tạo nghề cho 400 lao động", "…, tập huấn kỹ
// thuật cho 1.200 lượt nông dân", "…, hỗ trợ xây nhà cho 35 hộ"). The
// subject named before that comma (a cue in the stretch would have
// replaced it) is not what such a figure counts.
func ownActivity(toks []tok, from, at int) bool {
	seg := tokRange(toks, from, at)
	start := -1
	for k := len(seg) - 1; k >= 0; k-- {
		if s := seg[k].s; s == "," || s == ";" || s == ":" {
			start = k + 1
			break
		}
	}
	if start < 0 {
		return false
	}
	seg = seg[start:]
	if len(seg) < 2 || seg[len(seg)-1].s != "cho" {
		return false
	}
	if _, _, ok := carryM.match(seg, 0); ok {
		return false // "…, đạt cho …", "…, tăng cho …": the subject's verb
	}
	for _, t := range seg[:len(seg)-1] {
		if !t.word {
			return false
		}
	}
	return true
}

// ownNamedItem reports a figure whose stretch of the clause since the
// last figure (from) ends in an item of a list after a comma that names
// its own subject and then reaches it: "…, bảo hiểm xã hội tự nguyện đạt
// 58,27%", "…, nguồn vốn huy động tại Quỹ tín dụng đạt trên 90% kế
// hoạch". The name is two words or more, opens in lower case (a place
// opens in capitals: "…, Cẩm Thủy đạt 245 tỷ đồng" is a per-unit list),
// holds no number, and is none of the words that go on with the subject
// before: its time ("cả năm", "lũy kế", "riêng quý IV"), its measure
// ("tỷ lệ", "số thu", "mức"), its plan ("kế hoạch", "dự toán") or the
// unit ("toàn huyện").
func ownNamedItem(text string, toks []tok, from, at int) bool {
	seg := tokRange(toks, from, at)
	comma := -1
	for k := len(seg) - 1; k >= 0; k-- {
		if s := seg[k].s; s == "," {
			comma = k
			break
		} else if !seg[k].word {
			return false
		}
	}
	if comma < 0 {
		return false
	}
	seg = seg[comma+1:]
	v := len(seg) - 1
	for v >= 0 && approxBefore[seg[v].s] {
		v--
	}
	// The item's verb of reaching: "đạt", or as reports also write it
	// "bằng", "thực hiện", "là" ("…, nguồn vốn huy động tại Quỹ tín
	// dụng bằng 95% kế hoạch", "…, bảo hiểm thất nghiệp là 31,5%").
	switch {
	case v >= 2 && (seg[v].s == "đạt" || seg[v].s == "bằng" || seg[v].s == "là"):
	case v >= 3 && seg[v].s == "hiện" && seg[v-1].s == "thực":
		v--
	default:
		return false
	}
	name := seg[:v]
	if n := len(name); n >= 2 && name[n-2].s == "thực" && name[n-1].s == "hiện" {
		// "…, thực hiện đạt 114% dự toán": "thực hiện" is part of the
		// verb of reaching, no subject of its own.
		name = name[:n-2]
	}
	if len(name) > 0 && name[len(name)-1].s == "ước" {
		name = name[:len(name)-1]
	}
	if len(name) < 2 {
		return false
	}
	if !lowerStart(text[name[0].start:]) {
		return false
	}
	for k, t := range name {
		if !t.word || isDigits(t.s) || ownItemStop[t.s] {
			return false
		}
		if k < 2 && levelAt(name, k) {
			return false // "…, xã Tân Lộc đạt 94,26%", "…, các xã đạt …": a unit's item
		}
	}
	if _, _, ok := planM.match(name, 0); ok || hasPhrase(name, planNounM) {
		return false
	}
	return true
}

// shareOfNamed reports a percentage at [start, end) that opens an item
// of a list (after a comma or a semicolon) and is followed by the noun it
// is a share of, then its verb: "…, 100% cơ quan, đơn vị đạt danh hiệu
// nếp sống văn hóa", "…, 100% trường học đạt chuẩn quốc gia". Such an
// item speaks of its noun, not of the subject before it, unless a cue
// of the catalog stands in the item ("…, 95% hộ đạt gia đình văn hóa",
// "…, 98% người dân tham gia bảo hiểm y tế"; later are the clause's
// events from the figure on). A plan or a comparison after the
// percentage ("…, 105% dự toán") is no noun.
func shareOfNamed(toks []tok, start, end int, later []cueEvent) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= start })
	if k < len(toks) && approxBefore[toks[k].s] {
		k++
	}
	if k == 0 || k >= len(toks) || toks[k-1].s != "," && toks[k-1].s != ";" && toks[k-1].s != "và" {
		return false // the item opens after a comma, a semicolon or "và"
	}
	k = sort.Search(len(toks), func(k int) bool { return toks[k].start >= end })
	if k >= len(toks) || !toks[k].word || toks[k].digits {
		return false
	}
	if plan, prev, compared := comparator(toks[k:]); plan || prev || compared {
		return false
	}
	verb := -1
	for j := k; j < len(toks) && j < k+7; j++ {
		if s := toks[j].s; s == "đạt" || s == "được" || s == "tham" || s == "có" {
			verb = j
			break
		}
		if !toks[j].word && toks[j].s != "," || toks[j].digits {
			return false
		}
	}
	if verb <= k {
		return false
	}
	itemEnd := len(toks)
	for j := verb; j < len(toks); j++ {
		if toks[j].s == "," || toks[j].s == ";" {
			itemEnd = j
			break
		}
	}
	for _, e := range later {
		if e.at >= itemEnd {
			break
		}
		if !e.other && e.at >= k {
			return false
		}
	}
	return true
}

// levelAt reports a level word ("xã", "thành phố", "TP") at toks[k].
func levelAt(toks []tok, k int) bool {
	for _, lv := range levelsFrom[toks[k].s] {
		if lv.at(toks, k) {
			return true
		}
	}
	return false
}

// ownItemStop are the words that keep an item after a comma on the
// subject before it (see ownNamedItem): times, the subject's measure,
// the unit's extent, a plan.
var ownItemStop = map[string]bool{
	"năm": true, "tháng": true, "quý": true, "quí": true, "kỳ": true, "lũy": true, "luỹ": true, "tính": true, "đến": true,
	"nay": true, "tỷ": true, "tỉ": true, "lệ": true, "số": true, "mức": true, "toàn": true, "cả": true, "chung": true,
	"kế": true, "hoạch": true, "dự": true, "toán": true, "chỉ": true, "tiêu": true, "mục": true, "nghị": true, "quyết": true, "nq": true, "kh": true,
	"so": true, "với": true, "bình": true, "quân": true, "đạt": true, "tăng": true, "giảm": true, "vượt": true, "bằng": true,
}

// lowerStart reports text that opens with a lower-case letter.
func lowerStart(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLower(r)
}

// oneNamed keeps the one unit a sentence names: the first name, and "-"
// once a second, other one comes.
func oneNamed(named, u string) string {
	switch {
	case u == "" || u == compareUnit || named == u:
		return named
	case named == "":
		return u
	}
	return "-"
}

// cueBeforeColon reports a clause that names an indicator, then a colon
// that opens the list of its figures: "Diễn biến chỉ số tăng trưởng GRDP
// qua các quý như sau: Sơ bộ quý I giảm mạnh (-11,38%); sang quý II …
// (-13,01%); thì đến quý III … (-5,89%)". Each item after a semicolon
// that names its period (see periodItemAt) goes on with that subject,
// whatever words open it, unless it names its own.
func cueBeforeColon(ctoks []tok, events []cueEvent) bool {
	for _, e := range events {
		if e.other || e.weak {
			continue
		}
		for k := e.end; k < len(ctoks) && k < e.end+12; k++ {
			if ctoks[k].s == ":" {
				return true
			}
			if ctoks[k].digits || !ctoks[k].word && ctoks[k].s != "," {
				break
			}
		}
	}
	return false
}

// periodItemAt reports a clause that names a quarter, a month or a year
// among its first words, before any figure: "sang quý II tiếp tục giảm
// nhiều hơn (-13,01%)", "tuy nhiên đến quý IV mức giảm lại tăng lên
// (-7,56%)", "tháng 9 đạt 1.200 tỷ đồng" — the next period of a series.
func periodItemAt(ctoks []tok) bool {
	for k := 0; k < len(ctoks) && k < 6; k++ {
		switch s := ctoks[k].s; {
		case isDigits(s):
			return false
		case s == "quý" || s == "quí" || s == "tháng":
			return true
		case s == "năm" && k+1 < len(ctoks) && ctoks[k+1].digits:
			return true
		}
	}
	return false
}

// carriedAt reports a carry verb or a figure at toks[k], past a
// qualifier after "là" ("là hơn 24.694 tỷ đồng").
func carriedAt(toks []tok, k int) bool {
	if _, _, ok := carryM.match(toks, k); ok {
		return true
	}
	return k < len(toks) && toks[k].digits
}

// topicAt reports a clause with no subject of its own before its verb or
// figure: after a time and a kind word ("Năm 2024 ước thực hiện 23.751
// tỷ đồng"), a carried verb or a figure comes first.
func topicAt(ctoks []tok) bool {
	k := skipLead(ctoks, 0)
	if k >= len(ctoks) || k == 0 {
		return false // a time or a kind word must lead: "Năm 2024 …"
	}
	if _, _, ok := carryM.match(ctoks, k); ok {
		return true
	}
	return ctoks[k].digits
}

// onlyRatios reports figures that are all percentages (years and bare
// numbers aside), at least one.
func onlyRatios(figs []vnnum.Amount) bool {
	n := 0
	for _, a := range figs {
		if a.UOM == "" && a.Noun == "" {
			continue
		}
		if a.UOM != "%" {
			return false
		}
		n++
	}
	return n > 0
}

// yearAsideIn reports a clause whose first figure from ctoks[k] on stands
// in a bracket that opens with a year ("…; (năm 2022 đạt 9,12%)", "…; cao
// thứ 13 cả nước (năm 2022 đạt 9,12%; …"): the figure another year had,
// of the previous clause's subject. Before the bracket only words, or a
// rank ("thứ 13/63"), may stand.
func yearAsideIn(ctoks []tok, k int) bool {
	for ; k+3 < len(ctoks); k++ {
		t := ctoks[k].s
		if t == "(" {
			return ctoks[k+1].s == "năm" && len(ctoks[k+2].s) == 4 && ctoks[k+2].digits && yearAsideFigure(ctoks[k+3:])
		}
		if isDigits(t) && !(k > 0 && (ctoks[k-1].s == "thứ" || ctoks[k-1].s == "/")) {
			return false
		}
		if !ctoks[k].word && t != "/" {
			return false
		}
	}
	return false
}

// yearAsideFigure reports a figure within three words (its verb) at the
// start of toks, inside the bracket.
func yearAsideFigure(toks []tok) bool {
	for k := 0; k < len(toks) && k <= 3; k++ {
		if toks[k].digits {
			return true
		}
		if !toks[k].word && toks[k].s != ":" {
			return false
		}
	}
	return false
}

// comparativeAt reports a clause that goes on at ctoks[k] with "thấp hơn"
// or "cao hơn" and a figure ("…; thấp hơn 3,46 điểm phần trăm so với kế
// hoạch năm 2024 (8%)"): it compares the previous clause's subject.
func comparativeAt(ctoks []tok, k int) bool {
	return k+2 < len(ctoks) && (ctoks[k].s == "thấp" || ctoks[k].s == "cao") && ctoks[k+1].s == "hơn" && ctoks[k+2].digits
}

// itemUnit reads the unit an item of a per-unit list opens with, after
// a ranking's lead (see rankLead) or at the clause's start; a plural
// ("các xã", "những phường") before the first named unit of a list is
// passed over.
func (x *docReader) itemUnit(text string, ctoks []tok) (lv level, name string, t tier, j, k int, ok bool) {
	r := rankLead(ctoks)
	if r+1 < len(ctoks) && (ctoks[r].s == "các" || ctoks[r].s == "những") && isLevelFirst(ctoks[r+1].s) {
		// "…; tiếp theo là các phường X giảm 5%, Y giảm 4%": the plural
		// heads a list of named units, its first item named at once.
		if lv, name, t, j, k, ok = readUnit(text, ctoks, r+1); ok && name != "" {
			return
		}
	}
	if r > 0 {
		if lv, name, t, j, k, ok = readUnit(text, ctoks, r); ok && name != "" {
			return
		}
	}
	return readUnit(text, ctoks, 0)
}

// rankLead is the index after the words that place a ranking's item
// before its unit: up to four words without a figure ending in "là"
// ("tiếp theo là", "thấp nhất là", "đứng thứ hai là", "kế đến là" …);
// 0 if the clause opens otherwise.
func rankLead(ctoks []tok) int {
	for k := 0; k < len(ctoks) && k <= 4; k++ {
		t := ctoks[k]
		if !t.word || t.digits {
			return 0
		}
		if t.s == "là" {
			if k == 0 {
				return 0
			}
			return k + 1
		}
	}
	return 0
}

// bareGrowthAt reports a clause that opens, after a linking word or two
// ("Theo đó,", "Như vậy"), with "mức tăng (trưởng)" followed by no
// subject of its own: a time, a verb or a figure.
func bareGrowthAt(ctoks []tok) bool {
	for k := 0; k+2 < len(ctoks) && k <= 3; k++ {
		if ctoks[k].s != "mức" || ctoks[k+1].s != "tăng" {
			if ctoks[k].digits {
				return false
			}
			continue
		}
		j := k + 2
		if ctoks[j].s == "trưởng" {
			j++
		}
		if j >= len(ctoks) {
			return false
		}
		switch w := ctoks[j].s; {
		case w == "quý" || w == "quí" || w == "năm" || w == "tháng" || w == "tăng" || w == "đạt" || w == "là" || w == "giảm" || isDigits(w):
			return true
		}
		return false
	}
	return false
}

// growthSubject reports a subject whose first indicator is a growth rate.
func (x *docReader) growthSubject(s subject) bool {
	return len(s.inds) > 0 && x.ind.list[s.inds[0]].Growth
}

// nextInRankingAt reports a clause that opens with the next places of a
// ranking: "Các địa phương tiếp theo là …", "Tiếp theo là …".
func nextInRankingAt(ctoks []tok) bool {
	for k := 0; k+2 < len(ctoks) && k <= 4; k++ {
		if ctoks[k].s == "tiếp" && ctoks[k+1].s == "theo" && ctoks[k+2].s == "là" {
			return true
		}
		if ctoks[k].digits {
			return false
		}
	}
	return false
}

// thisFigureAt reports a clause that opens, after a linking word or two
// ("Tuy nhiên,", "Như vậy"), with "con số này", "con số đó" or "con số
// trên": it goes on with the figure the sentence before gave.
func thisFigureAt(ctoks []tok) bool {
	for k := 0; k+2 < len(ctoks) && k <= 3; k++ {
		if ctoks[k].s == "con" && ctoks[k+1].s == "số" {
			switch ctoks[k+2].s {
			case "này", "đó", "trên":
				return true
			}
			return false
		}
		if ctoks[k].digits {
			return false
		}
	}
	return false
}

// openingUnit is the unit a paragraph's first clause opens with as its
// subject ("Huyện Thông Nông trồng được 52 ha lúa …", "+ Huyện A đạt
// …"): the paragraph speaks of it in its later sentences ("Thu ngân sách
// trên địa bàn trên 2,4 tỷ đồng") until they name another. "" if the
// clause opens otherwise.
func openingUnit(ctoks []tok, ms []unitMention) string {
	if len(ms) == 0 || strings.HasPrefix(ms[0].unit, "\x00") || unitTierOf(ms[0].unit) < 0 {
		return ""
	}
	for k, t := range ctoks {
		if t.start >= ms[0].pos {
			if t.start == ms[0].pos && k <= 3 && clauseSubjectAt(ctoks, k) {
				return ms[0].unit
			}
			return ""
		}
	}
	return ""
}

// severalUnits reports a level word made plural ("3 phường", "các xã"):
// a sentence that speaks of several units is not the paragraph's one's.
func severalUnits(text string, stoks []tok) bool {
	for i := 1; i < len(stoks); i++ {
		if !levelFirstTok(&stoks[i]) || !(pluralBefore[stoks[i-1].s] || stoks[i-1].digits) {
			continue
		}
		if _, _, ok := matchLevel(text, stoks, i); ok {
			return true
		}
	}
	return false
}

// ratifiedYear reports a year at byte offset pos that names what a
// council ratifies ("phê chuẩn tổng quyết toán … năm 2016", "phê chuẩn
// Chương trình giám sát năm 2018"): a closed year's accounts or a
// document's year, not the time the text turns to. The ratifying word
// stands before it in its part of the sentence (up to a semicolon).
func ratifiedYear(stoks []tok, pos int) bool {
	i := sort.Search(len(stoks), func(k int) bool { return stoks[k].start >= pos })
	for k := i - 1; k >= 1 && k >= i-20; k-- {
		if stoks[k].s == ";" || stoks[k].s == "." {
			return false
		}
		if stoks[k].s == "chuẩn" && stoks[k-1].s == "phê" || stoks[k].s == "toán" && stoks[k-1].s == "quyết" {
			return true
		}
	}
	return false
}

// termTargets notes a sentence that sets a term's targets and reports no
// result: it names the term ("nhiệm kỳ 2020-2025", "giai đoạn 2026-2030")
// and gave plans only ("Đại hội biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ
// 2020-2025.", "Đại hội thông qua Nghị quyết nhiệm kỳ 2025-2030, đặt mục
// tiêu …; …"). The sentence after it, with no kind word of its own, goes
// on listing those targets (see mode).
func (x *docReader) termTargets(stoks []tok) {
	if x.sentPlans == 0 || x.sentResults > 0 {
		return
	}
	if from, end := termIn(stoks); end != 0 && (x.pubY == 0 || end > x.pubY) {
		x.targetsFrom, x.targetsEnd = from, end
	}
}

// inTargets reports the current sentence as one that goes on listing the
// targets of the term the sentence before set (see termTargets): it
// names no year, or only years of the term still to come ("đến năm 2025
// đạt 70 triệu đồng", "đạt chuẩn nâng cao vào cuối năm 2020").
func (x *docReader) inTargets() bool {
	if x.carryTargets == 0 {
		return false
	}
	if x.yearSent != x.sentNo || x.year == x.carryTargets {
		return true
	}
	return x.year >= x.carryTargetsFrom && x.year <= x.carryTargets && (x.pubY == 0 || x.year > x.pubY)
}

// countedTargets notes a sentence that set a count of targets and gave
// nothing but plans ("Trong năm 2021, huyện phấn đấu hoàn thành 17 chỉ
// tiêu chủ yếu."): a sentence right after it that opens a list ("Trong
// đó, …", "Cụ thể, …") names those targets (see listsTargets).
//
// A count sentence that goes on to name some of its targets ("Tỉnh đề
// ra 23 chỉ tiêu chủ yếu, trong đó có một số chỉ tiêu quan trọng như
// …", "…, gồm: …") leaves its list open: the sentence after it goes on
// naming them when it names no year of its own (see listNamed).
func (x *docReader) countedTargets(p *para, stoks []tok) {
	if x.sentCountYear != 0 && x.sentResults == 0 {
		x.listYear, x.listPara = x.sentCountYear, p
		x.listNamed = namesCountedTargets(stoks)
	}
}

// namesCountedTargets reports a sentence that counts targets ("23 chỉ
// tiêu") and then starts naming them: "như", "trong đó", "gồm" or a
// colon after the count.
func namesCountedTargets(stoks []tok) bool {
	for i := 0; i+2 < len(stoks); i++ {
		if !stoks[i].digits || stoks[i+1].s != "chỉ" || stoks[i+2].s != "tiêu" || i > 0 && stoks[i-1].s == "/" {
			continue
		}
		for k := i + 3; k < len(stoks); k++ {
			switch {
			case stoks[k].s == "như" || stoks[k].s == "gồm" || stoks[k].s == ":":
				return true
			case inThatAt(stoks, k):
				return true
			}
		}
		return false
	}
	return false
}

// listsTargets reports the current sentence as the list of the targets
// whose count the sentence before set (see countedTargets): it opens a
// list, in the same paragraph, and names no year but the plan's. Its
// figures without a kind word of their own ("tốc độ tăng trưởng kinh tế
// đạt 14%") are targets; "đạt" there is what the targets reach.
func (x *docReader) listsTargets(f *figure) bool {
	if x.carryList == 0 || x.carryListPara != f.p {
		return false
	}
	if !x.listOpen {
		// The count sentence began naming its targets: this one goes
		// on with them unless it turns to a year of its own.
		return x.carryListNamed && x.yearSent != x.sentNo
	}
	return x.yearSent != x.sentNo || x.year == x.carryList
}

// opensList reports a sentence that opens by listing what the sentence
// before named: "Trong đó", "Cụ thể", "Gồm", "Bao gồm".
func opensList(toks []tok) bool {
	if opensParts(toks) {
		return true
	}
	if len(toks) >= 2 && (toks[0].s == "cụ" && toks[1].s == "thể" || toks[0].s == "bao" && toks[1].s == "gồm") {
		return true
	}
	return len(toks) >= 1 && toks[0].s == "gồm"
}

// termIn is the first and last year of the first term or period of years
// a sentence names ("nhiệm kỳ 2020 – 2025", "giai đoạn 2026-2030"), 0 if
// none.
func termIn(toks []tok) (int, int) {
	for k := 0; k+4 < len(toks); k++ {
		if !(toks[k].s == "nhiệm" || toks[k].s == "giai" && toks[k+1].s == "đoạn") || toks[k].s == "nhiệm" && toks[k+1].s != "kỳ" {
			continue
		}
		if from, to, ok := termYears(toks, k+2); ok {
			return from, to
		}
	}
	return 0, 0
}

// opensParts reports a sentence or clause that opens with "trong đó" (or
// "trong số đó").
func opensParts(toks []tok) bool {
	return len(toks) > 0 && inThatAt(toks, 0)
}

// firstSentStart is where the first sentence of a paragraph's text starts.
func firstSentStart(text string) int {
	i := 0 // strings.TrimLeft(text, " \t") without building its set each sentence
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}

// setsTargets reports a sentence that opens by setting targets before a
// colon ("Nhiệm kỳ 2025-2030, Đại hội đề ra các chỉ tiêu chủ yếu: …"): a
// target verb, then a colon, with no figure between.
//
// A plan word right after a percentage is the base of a ratio ("có 4
// đảng bộ … đạt trên 50% mục tiêu được giao, bao gồm: …"), spent by it,
// as is a target verb that completes it ("đạt 105% kế hoạch đề ra"):
// they set no targets, and the list after the colon says what each did.
func setsTargets(stoks []tok) bool {
	baseEnd := -1 // where a ratio's base noun ends
	for i := 0; i < len(stoks); i++ {
		if !kindM.mayStart(&stoks[i]) {
			continue
		}
		v, e, ok := kindM.longest(stoks, i)
		if !ok {
			continue
		}
		if v == cuePlan && (i > 0 && stoks[i-1].s == "%" || baseEnd >= 0 && baseEnd <= i && i-baseEnd <= 3 && allWords(stoks[baseEnd:i])) {
			baseEnd = e
			i = e - 1
			continue
		}
		if v == cuePlan && i > 0 && stoks[i-1].s == "(" {
			// "tỷ lệ hộ nghèo còn 2,3% (KH: dưới 2,5%)": a plan noun
			// that opens a bracket labels the bracket's figure, the
			// plan beside a result; it heads no list of targets.
			i = e - 1
			continue
		}
		if v != cuePlan || stoks[i].s == "giao" && capitalBefore(stoks, i) {
			return false // "Vốn đầu tư công năm 2021 giao cho tỉnh: 4.820 tỷ đồng": the capital's figure, no list of targets
		}
		for k := e; k < len(stoks) && k < e+6; k++ {
			if stoks[k].s == ":" {
				return true
			}
			if stoks[k].digits {
				return false
			}
		}
		return false
	}
	return false
}

// adoptedListHead reports a sentence with no figure that adopts targets
// and ends with the head of their list, "các chỉ tiêu" or "các mục tiêu"
// and only the list's qualifiers ("HĐND huyện đã biểu quyết thông qua
// Nghị quyết về nhiệm vụ năm 2022 với các mục tiêu chính. Về kinh tế:
// …"): the sentences after it list the targets, as after a colon. The
// targets reached ("đã hoàn thành các mục tiêu chính"), or their results
// ("kết quả thực hiện các chỉ tiêu"), head no list of targets.
func adoptedListHead(toks []tok) bool {
	n := len(toks)
	for n > 0 && (toks[n-1].s == "." || toks[n-1].s == ":") {
		n--
	}
	// The head first, read back from the end: most sentences end in
	// other words, and the walks over the whole sentence below are then
	// not needed.
	k := n - 1
	for ; k >= 2; k-- {
		if toks[k].s == "tiêu" && (toks[k-1].s == "chỉ" || toks[k-1].s == "mục") {
			break
		}
		if !listQualifier.has(toks[k].s) && !(len(toks[k].s) == 4 && toks[k].digits) {
			return false
		}
	}
	if k < 2 {
		return false
	}
	for _, t := range toks[:n] {
		if t.digits && !(len(t.s) == 4 && t.s >= "1990" && t.s <= "2100") {
			return false
		}
	}
	if !hasPhrase(toks[:n], adoptVerbM) && !hasPhrase(toks[:n], planDocM) {
		return false
	}
	if toks[k-2].s != "các" && toks[k-2].s != "những" {
		return false
	}
	for j := k - 2; j >= 1 && j >= k-8; j-- {
		switch toks[j-1].s + " " + toks[j].s {
		case "kết quả", "tình hình", "đánh giá", "thực hiện":
			return false
		}
	}
	return !resultObject(toks, k-1)
}

// totalFigure reports that the first figure among figs with a unit of
// measure or a counted noun is a total whose parts may follow, not a
// count of targets ("25 chỉ tiêu, trong đó …" lists the targets).
func totalFigure(figs []vnnum.Amount, ind *indicatorSet) bool {
	for _, a := range figs {
		if a.UOM != "" || a.Noun != "" {
			return a.UOM != "" || ind.counted(a.Noun) < 0
		}
	}
	return false
}

// hasFigure reports an amount with a unit of measure or a counted noun
// among figs (not only years, dates and numbers in names).
func hasFigure(figs []vnnum.Amount) bool {
	for _, a := range figs {
		if a.UOM != "" || a.Noun != "" {
			return true
		}
	}
	return false
}

// bracketUnit is nextUnit with the brackets that name a unit (see
// peerUnits): before is the unit the sentence spoke of before such a
// bracket opened, "" outside one.
func bracketUnit(unit, saved, before, m string) (string, string, string) {
	switch m {
	case openBracket:
		return unit, saved, unit
	case closeBracket:
		if before == "" {
			return unit, saved, ""
		}
		return before, saved, ""
	}
	unit, saved = nextUnit(unit, saved, m)
	return unit, saved, before
}

// nextUnit is the unit of the figures after mention m, given the unit
// before it and the one saved before a compared unit.
func nextUnit(unit, saved, m string) (string, string) {
	switch m {
	case compareUnit:
		if unit != compareUnit {
			saved = unit
		}
		return compareUnit, saved
	case restoreUnit:
		if unit == compareUnit {
			return saved, saved
		}
		return unit, saved
	}
	return m, saved
}

// after is the subject once cue event e has been read.
func (s subject) after(e cueEvent, toks []tok) subject {
	switch {
	case e.other && e.at > 0 && (toks[e.at-1].s == "chiếm" || toks[e.at-1].s == "(") && toks[e.at].s == "tỷ":
		// "11.015 hộ nghèo, chiếm tỷ lệ 5,93%", "số hộ nghèo là 14.040 hộ
		// (tỷ lệ 7,71%)": the rate of the subject
		return s
	case e.other && e.at > 1 && toks[e.at-1].s == "đạt" && toks[e.at-2].s == "," && toks[e.at].s == "tỷ" && wholeCountBefore(toks[:e.at]):
		// "737/742 hộ đạt chuẩn gia đình văn hóa, đạt tỷ lệ 99,3%": the
		// rate a count of the whole (N of M) reaches is the subject's.
		// The share of targets reached ("14/19 chỉ tiêu kinh tế - xã hội
		// đạt …, đạt tỷ lệ 73,68%") is no rate of the words in their
		// name, nor is the share of a plain count ("tặng quà 300 hộ
		// nghèo, đạt tỷ lệ 100%") the poverty rate.
		return s
	case e.other && e.at > 1 && toks[e.at].s == "tỷ" && toks[e.at-2].s == "tương" && (toks[e.at-1].s == "ứng" || toks[e.at-1].s == "đương"):
		// "đạt 24.044 tỷ đồng, tương ứng tỷ lệ 35% so với kế hoạch": the
		// same level put as a share, still the subject's.
		return s
	case e.other && e.at > 1 && (toks[e.at].s == "tỷ" || toks[e.at].s == "tỉ") && (toks[e.at-1].s == "với" || toks[e.at-1].s == "đạt") && !s.none && pairNamedBefore(toks[:e.at-1], s.start):
		// "đạt 12/9 chỉ tiêu phát triển đảng viên được giao trong năm
		// 2024 với tỉ lệ 133,33%": the rate a pair (result/target) of
		// the indicator named right after it reaches is the pair's share
		// of its target, still the subject's.
		return s
	case e.other:
		return subject{none: true}
	case contributionTo(toks, e.at):
		// "Khu vực công nghiệp … tăng 7,12%, đóng góp 2,26 điểm phần
		// trăm vào tăng trưởng GRDP của tỉnh, giảm 7,63% so với cùng
		// kỳ": what a part contributes to is no subject; the part's
		// figures go on.
		return s
	case s.otherFig && bareGrowthCue(e, toks):
		// "Giá trị tăng thêm khu vực nông - lâm - thủy sản ước đạt
		// 21.967 tỷ đồng, tốc độ tăng trưởng đạt 3,05%": a growth rate
		// that names no economy, right after another subject's level,
		// is that subject's growth (a sector's), not the economy's.
		return s
	case e.weak && !s.none:
		return s // "thu ngân sách tăng trưởng 15%": the verb keeps the subject
	}
	return subject{inds: e.inds, start: toks[e.at].start, end: toks[e.end-1].end}
}

// contributionTo reports a cue at toks[at] that receives a contribution:
// within three words after "vào" in a stretch (no comma between) that says a part
// "(đóng) góp" a figure to it, or right after "điểm phần trăm vào". "góp
// phần vào tổng thu ngân sách 950 tỷ đồng" gives no figure before "vào":
// its receiver is a subject.
func contributionTo(toks []tok, at int) bool {
	// "vào mức tăng trưởng chung", "vào tăng trưởng GRDP" (the cue at
	// "GRDP"): up to three words may stand between.
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		if toks[k].s == "vào" {
			at = k + 1
			break
		}
		if !toks[k].word || toks[k].digits || k == at-4 {
			return false
		}
	}
	if at == 0 || toks[at-1].s != "vào" {
		return false
	}
	if at >= 3 && toks[at-3].s == "phần" && toks[at-2].s == "trăm" {
		return true
	}
	figure := false
	for k := at - 2; k >= 0 && k >= at-10; k-- {
		switch toks[k].s {
		case ",", ";", ":", "(", ")":
			return false
		case "góp":
			return figure
		}
		figure = figure || toks[k].digits
	}
	return false
}

// bareGrowthCue reports a cue event that names a growth rate and nothing
// it is the growth of: "tốc độ tăng trưởng", "tăng trưởng" (not "tăng
// trưởng kinh tế", "tốc độ tăng trưởng GRDP").
func bareGrowthCue(e cueEvent, toks []tok) bool {
	w := toks[e.at:e.end]
	if len(w) == 4 && w[0].s == "tốc" && w[1].s == "độ" {
		w = w[2:]
	}
	return len(w) == 2 && w[0].s == "tăng" && w[1].s == "trưởng"
}

// figure is one scanned amount with its surroundings.
type figure struct {
	unit               string
	listedOwn          bool // the text's own unit named in a list of peers (see afterPeer)
	cues               *sentenceCues
	a                  vnnum.Amount
	p                  *para
	clause, sent       span
	ctoks, stoks       []tok
	prevEnd, nextStart int
	prevReal           int          // end of the clause's previous figure with a unit of measure or noun (not "số 1")
	prevNoun           string       // the noun of the figure that ends at prevReal ("152 đảng viên"), if a count
	prevAmt            vnnum.Amount // the figure that ends at prevReal, when prevReal is past the clause's start
	firstEnd           int          // end of the clause's first figure
	firstTargets       bool         // the clause's first figure counts targets ("25 chỉ tiêu, trong đó …")
	countBefore        bool         // a count of targets came before this figure in its sentence
	parts              bool         // the clause names the parts of a total before it ("…; trong đó …")
	ptoks              []tok        // the paragraph's tokens, for areaOpen (asked for a few figures only)
	subjStart, subjEnd int          // the subject's cue, when known
	after              []mention    // time mentions after the figure in its clause
	// noun is nounOf of the figure as the sentence walk found it, read
	// once: it joins words into a new string for a bare number.
	noun string
	// preToks is pre(), taken once by the walk: the rules ask for it
	// more than twice a figure on average. postToks is post(), likewise
	// (the rules that change f.a keep its start and end).
	preToks, postToks []tok
	// The tokens sentenceBefore, clauseBefore and clauseAfter return,
	// once taken.
	sb, cb, ca             []tok
	sbDone, cbDone, caDone bool
	// words is the signature of the figure's sentence (see
	// docReader.sentWords): a rule that needs a word of the sentence
	// returns at once when its bit is clear.
	words *wordBits
}

// pre are the clause's tokens between the previous figure and this one;
// post those between this figure and the next (or the clause's end).
func (f *figure) pre() []tok  { return f.preToks }
func (f *figure) post() []tok { return f.postToks }

// sentenceCues are the kind and estimate words of a sentence, found once
// for all its figures, when a figure first asks for them (see find).
type sentenceCues struct {
	kind []posVal // kind words (see lastKindCue), in order
	est  []posVal // estimate words and look-alikes, in order
	// stoks is the sentence; found tells that kind and est are its.
	stoks []tok
	found bool
}

// of starts the cues of a new sentence, to be found when first asked.
func (c *sentenceCues) of(stoks []tok) *sentenceCues {
	// kind and est are emptied too: nothing may read the sentence
	// before's cues through them (find fills them when first asked).
	c.stoks, c.found = stoks, false
	c.kind, c.est = c.kind[:0], c.est[:0]
	return c
}

// find returns c with the cues of its sentence. Most figure sentences
// never ask: their figures are settled (years, figures of no indicator)
// before any rule weighs kind words, so the walk waits for the first ask.
func (c *sentenceCues) find() *sentenceCues {
	if !c.found {
		findSentenceCues(c, c.stoks)
		c.found = true
	}
	return c
}

// sentCues are the kind and estimate words of the figure's sentence.
func (f *figure) sentCues() *sentenceCues { return f.cues.find() }

type posVal struct {
	pos, val int
	noun     bool // a plan noun ("kế hoạch", "dự toán"), not a target verb
}

// findSentenceCues finds the cues of a sentence into c (the docReader's,
// reused sentence after sentence) and returns it.
func findSentenceCues(c *sentenceCues, stoks []tok) *sentenceCues {
	c.kind, c.est = c.kind[:0], c.est[:0]
	governs := false // a target verb governs the result verbs after it (see targetGoverns)
	list := false    // a list of targets goes on past semicolons (see targetList)
	baseEnd := -1    // where the plan noun that is a ratio's base ends ("% mục tiêu")
	purposeEnd := openingPurpose(stoks)
	firstOpen := len(stoks) // the sentence's first "(": no inclusion bracket before it
	for k := range stoks {
		if stoks[k].h == hashOpen && stoks[k].s == "(" {
			firstOpen = k
			break
		}
	}
	for i := 0; i < len(stoks); i++ {
		if stoks[i].h == hashSemi && stoks[i].s == ";" && !list {
			governs = false
		}
		if stoks[i].s == ":" && i > 0 && reportedAt(stoks, i) {
			// "Tại hội nghị … triển khai nhiệm vụ năm 2024, UBND thành
			// phố cho biết: tính đến ngày 28/12/2023, …": what is
			// reported after the colon is a sentence of its own; the
			// lead-in's kind words (the meeting's name) are not its.
			c.kind = c.kind[:0]
			governs, list, baseEnd = false, false, -1
			continue
		}
		// The hash first: targetList opens on "chỉ", and this walk asks
		// every token of the sentence.
		if stoks[i].h == hashChi && targetList(stoks, i) {
			c.kind = append(c.kind, posVal{pos: stoks[i].start, val: cuePlan})
			governs, list = true, true
			i++
			continue
		}
		if stoks[i].s == "xác" && i+2 < len(stoks) && stoks[i+1].s == "định" && stoks[i+2].s == ":" {
			// "Nghị quyết Đại hội … xác định: mỗi năm …; tỷ lệ … đạt trên
			// 95%": what a body determines, in a list after its colon, are
			// targets, as after "đề ra:".
			c.kind = append(c.kind, posVal{pos: stoks[i].start, val: cuePlan})
			governs, list = true, true
			i += 2
			continue
		}
		if !kindM.mayStart(&stoks[i]) {
			continue
		}
		val, e, ok := kindM.longest(stoks, i)
		if !ok {
			continue
		}
		if firstOpen < i && inInclusionBracket(stoks, i) {
			// "giải ngân vốn đầu tư năm 2022 (bao gồm các kế hoạch vốn
			// năm trước chuyển sang) hơn 5.700 tỷ đồng": the bracket says
			// what the subject takes in, not the kind of its figure.
			i = e - 1
			continue
		}
		if val == cuePlan && planPeriodOfYear(stoks, i, e) {
			// "Là năm bản lề của kế hoạch 5 năm 2021 - 2025, năm 2022
			// kinh tế tăng trưởng 7,8%": the plan period a year belongs
			// to says when the figures fall, not that they are targets.
			i = e - 1
			continue
		}
		if val == cuePlan && stoks[i].s == "nq" && !notationNQ(stoks, i) {
			// "Đại hội thông qua NQ nhiệm kỳ mới với …", "đạt 61,37% chỉ
			// tiêu NQ, …": the initials of "Nghị quyết" in prose name
			// the resolution as the full noun does, no kind word.
			i = e - 1
			continue
		}
		if val == cuePlan && effortNoun(stoks, i, e) {
			// "dưới sự phấn đấu, nỗ lực của cả hệ thống chính trị, …":
			// the effort made, a noun, names no target.
			i = e - 1
			continue
		}
		if val == cueExpect && i > 0 && purposeWord(stoks[i-1].s) && resultVerb(stoks[i].s) {
			// "tập trung các giải pháp để thực hiện các chỉ tiêu như: …":
			// the targets aimed at, whatever year the text is from.
			val = cuePlan
		}
		if val == cueActual && resultVerb(stoks[i].s) && i < purposeEnd {
			// "Để hoàn thành chỉ tiêu về tỷ lệ bao phủ BHYT đạt trên
			// 95,5% theo kế hoạch …, các cơ quan …": a clause of purpose
			// that opens the sentence names what is aimed at; its result
			// verbs, up to its end, report nothing reached.
			val = cuePlan
		} else if val == cueActual && governs && (resultVerb(stoks[i].s) || stoks[i].s == "vượt") {
			// "Huyện phấn đấu trong năm 2024, thu nhập bình quân đạt 60
			// triệu đồng, hoàn thành thu ngân sách 100 tỷ đồng": what
			// the target verb strives for, not a result.
			val = cuePlan
		} else if val == cueActual {
			governs, list = false, false // "…, đã hoàn thành …", "kết quả …": a result again
		}
		if val == cuePlan && targetGoverns(stoks, i) {
			governs = true
		}
		k := i - 1
		if k >= 1 && stoks[k].s == "với" && stoks[k-1].s == "so" {
			k -= 2
		} else if k >= 0 && stoks[k].s == "so" {
			k-- // "so dự toán": reports often drop the "với"
		}
		// "kế hoạch" after a percentage ("đạt 162,8% kế hoạch") is the
		// base of a ratio and says nothing about the figures after it.
		// "So với kế hoạch, …" names the base of a comparison, not the
		// kind of what follows.
		compared := i >= 2 && stoks[i-1].s == "với" && stoks[i-2].s == "so" || i >= 1 && stoks[i-1].s == "so" ||
			i >= 3 && stoks[i-1].s == "số" && stoks[i-2].s == "với" && stoks[i-3].s == "so" // "so với số kế hoạch vốn …"
		if val == cuePlan && !governs && resultObject(stoks, i) {
			// "đạt và vượt kế hoạch đề ra: …", "vượt các chỉ tiêu Nghị
			// quyết đề ra": the plan is what was reached; what follows
			// are results.
			val = cueActual
		}
		if val == cuePlan && baseEnd >= 0 && baseEnd <= i && i-baseEnd <= 3 && allWords(stoks[baseEnd:i]) {
			// "vượt 12% mục tiêu đề ra", "đạt 95% kế hoạch tỉnh giao":
			// the target verb after a ratio's base noun names that base
			// too, not a target for what follows.
			baseEnd = e
			i = e - 1
			continue
		}
		baseEnd = -1
		if val != 0 && !compared && !(val == cuePlan && k >= 0 && stoks[k].s == "%") {
			_, _, noun := planNounM.match(stoks, i)
			if noun && val == cuePlan && governs && k >= 0 && (stoks[k].s == "vượt" || stoks[k].s == "đạt") {
				// "phấn đấu thu ngân sách vượt dự toán; tỷ lệ bao phủ
				// BHYT đạt 99,3%": the plan a target verb strives to
				// beat is part of the target; the figures after it are
				// targets too, not results measured against a plan.
				noun = false
			}
			c.kind = append(c.kind, posVal{stoks[i].start, val, noun && val == cuePlan})
		} else if val == cuePlan {
			baseEnd = e
		}
		i = e - 1
	}
	for i := 0; i < len(stoks); i++ {
		if !estM.mayStart(&stoks[i]) {
			continue
		}
		if val, e, ok := estM.longest(stoks, i); ok {
			c.est = append(c.est, posVal{pos: stoks[i].start, val: val})
			i = e - 1
		}
	}
	return c
}

// notationNQ reports "NQ" at toks[i] used as report notation for the
// resolution's target, as "KH" is for the plan: right after a slash
// ("ước đạt 14,2%/NQ 13 - 14%"), or right before its figure, a colon or
// a bracket ("NQ 2.000 lao động", "NQ: 8%", "NQ (8%)").
func notationNQ(toks []tok, i int) bool {
	if i > 0 && toks[i-1].s == "/" {
		return true
	}
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.digits || n.s == ":" || n.s == "("
}

// planPeriodOfYear reports "kế hoạch" at toks[i:e] naming the
// multi-year plan a year is a stage of: a year's place in it before
// ("năm bản lề", "năm thứ hai", "năm đầu", "năm cuối", then "của" or
// "thực hiện") and the plan's years after ("kế hoạch 5 năm 2021 - 2025",
// "kế hoạch giai đoạn 2021 - 2025", "kế hoạch 2021 - 2025").
func planPeriodOfYear(toks []tok, i, e int) bool {
	if e != i+2 || toks[i].s != "kế" {
		return false
	}
	k := e
	switch {
	case k+1 < len(toks) && toks[k].digits && toks[k+1].s == "năm":
		k += 2
	case k+1 < len(toks) && toks[k].s == "giai" && toks[k+1].s == "đoạn":
		k += 2
	}
	if k+2 >= len(toks) {
		return false
	}
	if _, _, ok := termYears(toks, k); !ok {
		return false
	}
	for j := i - 1; j >= 1 && j >= i-6; j-- {
		if toks[j-1].s != "năm" {
			continue
		}
		switch toks[j].s {
		case "bản", "thứ", "đầu", "cuối", "giữa":
			return true
		}
	}
	return false
}

// reportedAt reports a colon at k right after a verb of reporting ("cho
// biết:", "thông tin:", "báo cáo:").
func reportedAt(stoks []tok, k int) bool {
	for j := max(0, k-2); j < k; j++ {
		if _, e, ok := reportVerbM.match(stoks, j); ok && e == k {
			return true
		}
	}
	return false
}

// applyIn applies a time mention of the sentence that starts at byte
// from of text, keeping aside the year before a year named inside a
// bracket: "Tăng trưởng năm 2023 ước đạt 8,16% (năm 2022 đạt 9,12%). …
// quý IV tăng 10,88%" speaks of 2023 again once the bracket closes.
func (x *docReader) applyIn(m mention, text string, from int) {
	if m.year != 0 && !m.label && !m.span {
		if bracketOpen(text, from, m.pos) && asideFigure(text, m.pos) {
			if !x.brSaved {
				x.brSaved, x.brYear, x.brYearSet = true, x.year, x.yearSet
			}
		} else {
			x.brSaved = false
		}
	}
	x.apply(m)
}

// closeBracketYear restores the year kept aside by applyIn once the
// bracket that named another year has closed before pos.
func (x *docReader) closeBracketYear(text string, from, pos int) {
	if x.brSaved && !bracketOpen(text, from, pos) { // nothing to restore without brSaved: no scan
		x.restoreBracketYear()
	}
}

// restoreBracketYear gives back the running year a bracket's own year
// replaced (see applyIn), if one did.
func (x *docReader) restoreBracketYear() {
	if x.brSaved {
		x.year, x.yearSet, x.brSaved = x.brYear, x.brYearSet, false
	}
}

// bracketOpen reports an opening bracket in text[from:pos] that has not
// closed by pos.
func bracketOpen(text string, from, pos int) bool {
	if from < 0 || pos > len(text) || from >= pos {
		return false
	}
	// Before the first opening bracket the depth stays 0.
	k := strings.IndexByte(text[from:pos], '(')
	if k < 0 {
		return false
	}
	depth := 0
	for i := from + k; i < pos; i++ {
		switch text[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

// allWords reports tokens that are all words (no mark, no number).
func allWords(toks []tok) bool {
	for _, t := range toks {
		if !t.word || t.digits {
			return false
		}
	}
	return true
}

// targetList reports "chỉ tiêu" at toks[i] heading a list of targets
// after a colon: "thông qua Nghị quyết … năm 2024 với các chỉ tiêu chủ
// yếu như: …; …", "giao một số chỉ tiêu cơ bản sau: …". The items are the
// targets, whatever verb (đạt, còn, hoàn thành) each states its figure
// with, up to the sentence's end, and whatever was done to the list
// before ("đã thông qua"). Only qualifiers of the list ("chủ yếu", "cơ
// bản", "như sau", the year) stand between the noun and the colon. Not a
// count ("18/18 chỉ tiêu: …"), not the targets reached ("đạt và vượt các
// chỉ tiêu: …", see resultObject), nor the results of targets ("kết quả
// (thực hiện) các chỉ tiêu chủ yếu: …").
func targetList(toks []tok, i int) bool {
	if toks[i].h != hashChi || toks[i].s != "chỉ" || i+1 >= len(toks) || toks[i+1].s != "tiêu" {
		return false
	}
	colon := false
	for k := i + 2; k < len(toks) && k < i+14; k++ {
		t := toks[k].s
		if t == ":" {
			colon = true
			break
		}
		if !listQualifier.has(t) && !(len(t) == 4 && isDigits(t)) {
			return false
		}
	}
	if !colon {
		return false
	}
	if i > 0 && (!toks[i-1].word || toks[i-1].digits) {
		return false // "hoàn thành 18/18 chỉ tiêu: …", "(chỉ tiêu: …)"
	}
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if !toks[k].word {
			break
		}
		if w := toks[k-1].s + " " + toks[k].s; w == "kết quả" || w == "tình hình" || w == "đánh giá" || w == "thực hiện" {
			if w == "thực hiện" && k >= 2 && purposeWord(toks[k-2].s) {
				break // "để thực hiện các chỉ tiêu như: …": the targets aimed at, not their results
			}
			return false
		}
	}
	return !resultObject(toks, i)
}

// purposeWord reports a word that opens a clause of purpose ("để",
// "nhằm"): a result verb right after it says what is aimed at.
func purposeWord(w string) bool { return w == "để" || w == "nhằm" }

// listQualifier are the words that may qualify a list of targets between
// "chỉ tiêu" and its colon ("các chỉ tiêu kinh tế - xã hội chủ yếu năm
// 2024 như sau:").
var listQualifier = newWordSet("chủ", "yếu", "cơ", "bản", "chính", "quan", "trọng", "như", "sau", "năm", "cụ", "thể",
	"kinh", "tế", "xã", "hội", "-", "giai", "đoạn", "đến", "là", "gồm", "bao", "cho", "trong")

// targetGoverns reports a target verb at toks[i] ("phấn đấu", "quyết
// tâm", "đặt mục tiêu", "đề ra mục tiêu") that governs the rest of its clause up to a semicolon: the
// result verbs after it ("đạt", "hoàn thành", "thực hiện") say what is
// striven for, as in "phấn đấu hoàn thành" right after it. Not the noun
// ("sự phấn đấu", "nỗ lực phấn đấu", "với quyết tâm"), nor a striving
// already done ("đã phấn đấu").
func targetGoverns(toks []tok, i int) bool {
	if toks[i].s == "mục" && i+1 < len(toks) && toks[i+1].s == "tiêu" && i > 0 && (toks[i-1].s == "đặt" || toks[i-1].s == "ra") {
		// "đặt mục tiêu", "đề ra mục tiêu": setting a target is a target verb
	} else if toks[i].s != "phấn" && toks[i].s != "quyết" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch toks[k].s {
		case "sự", "lực", "với", "đã", "quả", "tinh", "thần":
			return false
		case ",", ";", ":", "(":
			return true
		}
	}
	return true
}

// effortNoun reports "phấn đấu" at stoks[i:e] used as a noun, the
// effort made: after "sự" or a preposition that takes a noun ("dưới",
// "nhờ"), as in "dưới sự phấn đấu, nỗ lực của …" (or with the "sự"
// dropped: "dưới phấn đấu, cố gắng của …").
func effortNoun(stoks []tok, i, e int) bool {
	if e != i+2 || stoks[i].s != "phấn" || i == 0 {
		return false
	}
	switch stoks[i-1].s {
	case "sự", "dưới", "nhờ":
		return true
	}
	return false
}

// resultVerb reports the first word of a result verb a target verb can
// govern: "hoàn thành", "thực hiện", "đạt được".
func resultVerb(w string) bool { return w == "hoàn" || w == "thực" || w == "đạt" }

// resultObject reports a plan word at toks[i] that only qualifies the
// object of a result verb: "đề ra" in "vượt kế hoạch đề ra", "đạt và vượt
// các chỉ tiêu Nghị quyết Đại hội đề ra". The verb is looked for a few
// words back, without punctuation or a figure between, and must not be
// governed by a target word ("phấn đấu đạt các chỉ tiêu đề ra").
func resultObject(toks []tok, i int) bool {
	switch {
	case (toks[i].s == "đề" || toks[i].s == "đặt") && i+1 < len(toks) && toks[i+1].s == "ra":
	case toks[i].s == "mục" || toks[i].s == "kế" || toks[i].s == "chỉ" || toks[i].s == "nghị",
		toks[i].s == "dự" && i+1 < len(toks) && toks[i+1].s == "toán",
		toks[i].s == "kh" || toks[i].s == "dt" || toks[i].s == "nq":
		// "đạt và vượt phần lớn các mục tiêu nghị quyết: …", "đạt dự
		// toán, tăng 8,9%", "đạt KH": a plan as what was reached
	default:
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := toks[k]
		if !t.word || t.digits {
			return false
		}
		switch t.s {
		case "đạt", "vượt", "thành":
			if t.s == "thành" && (k == 0 || toks[k-1].s != "hoàn") {
				continue
			}
			for b := k - 1; b >= 0 && b >= k-3; b-- {
				if _, _, ok := targetLeadM.match(toks, b); ok {
					return false
				}
			}
			return true
		}
	}
	return false
}

// kindCueBefore is the kind word nearest before byte offset pos.
func (c *sentenceCues) kindCueBefore(pos int) (posVal, bool) {
	var v posVal
	ok := false
	for _, k := range c.kind {
		if k.pos >= pos {
			break
		}
		v, ok = k, true
	}
	return v, ok
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

// sentenceBefore, clauseBefore and clauseAfter are the tokens of the
// figure's sentence before it, and of its clause before and after it:
// each taken once, when first asked (the rules ask each several times a
// figure; the rules that change f.a keep its start and end).
func (f *figure) sentenceBefore() []tok {
	if !f.sbDone {
		f.sb, f.sbDone = tokRange(f.stoks, f.sent.Start, f.a.Start), true
	}
	return f.sb
}

func (f *figure) clauseBefore() []tok {
	if !f.cbDone {
		f.cb, f.cbDone = tokRange(f.ctoks, f.clause.Start, f.a.Start), true
	}
	return f.cb
}

func (f *figure) clauseAfter() []tok {
	if !f.caDone {
		f.ca, f.caDone = tokRange(f.ctoks, f.a.End, f.clause.End), true
	}
	return f.ca
}

func (f *figure) evidence() string {
	return strings.TrimSpace(f.p.text[f.clause.Start:f.clause.End])
}

// amountsIn returns the amounts (in text order) that start within span c.
func amountsIn(amounts []vnnum.Amount, c span) []vnnum.Amount {
	lo := firstAmountFrom(amounts, c.Start)
	hi := lo + firstAmountFrom(amounts[lo:], c.End)
	return amounts[lo:hi]
}

// firstAmountFrom is the index of the first amount that starts at byte b
// or after it (len(amounts) if none): sort.Search written out, as
// tokIndex is, since every sentence and clause asks it and the closure
// calls cost more than the search.
func firstAmountFrom(amounts []vnnum.Amount, b int) int {
	lo, hi := 0, len(amounts)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); amounts[m].Start < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// compactMoney undoes vnnum's reading of "1.486 tỷ đồng/KH" as money per
// something: in report notation the slash goes on to the plan ("ước đạt
// 1.486 tỷ đồng/KH 1.300 tỷ đồng"), so the amount ends before it.
func compactMoney(text string, amounts []vnnum.Amount) []vnnum.Amount {
	for i := range amounts {
		a := &amounts[i]
		if a.UOM != "VND" || !strings.HasPrefix(a.Noun, "đồng/") {
			continue
		}
		slash := moneySlash(text, a.NumStart, a.End)
		if slash < 0 {
			continue
		}
		if compactSlash(text[slash+1 : min(len(text), slash+24)]) {
			a.End, a.Noun = slash, ""
		}
	}
	return amounts
}

// moneySlash is the first slash in text[from:to] right after a letter:
// the one after the money word however the đồng is written ("tỷ
// đồng/KH", "tỷ VNĐ/KH", "tỷ đ/KH"), not one inside a pair of numbers
// ("45.799/36.875 tỷ đồng"). It is -1 when there is none.
func moneySlash(text string, from, to int) int {
	for i := from; i < to; i++ {
		if text[i] != '/' || i == from {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(text[from:i]); unicode.IsLetter(r) {
			return i
		}
	}
	return -1
}

// percentPoints reads "1,2 điểm phần trăm", "0,5 điểm %" as a percentage:
// a rate's change in points.
func percentPoints(text string, amounts []vnnum.Amount) []vnnum.Amount {
	for i := range amounts {
		a := &amounts[i]
		if a.UOM != "" || a.Noun != "điểm" {
			continue
		}
		rest := lowerSameLen(text[a.End:min(len(text), a.End+16)])
		trimmed := strings.TrimLeft(rest, " ")
		for _, w := range []string{"phần trăm", "%"} {
			if strings.HasPrefix(trimmed, w) {
				a.UOM, a.Noun = "%", ""
				a.End += len(rest) - len(trimmed) + len(w)
				break
			}
		}
	}
	return amounts
}

// skipLead skips what may stand before a carried clause's verb: a time
// ("…; năm 2024 phấn đấu giảm còn 0,8%", "…; 6 tháng đầu năm đạt …") and
// a kind word.
func skipLead(toks []tok, k int) int {
	for k < len(toks) {
		switch {
		case toks[k].s == "năm" && k+1 < len(toks) && (toks[k+1].digits || toks[k+1].s == "nay" || toks[k+1].s == "tới" || toks[k+1].s == "sau"):
			k += 2
		case toks[k].s == "cả" && k+1 < len(toks) && toks[k+1].s == "năm", toks[k].s == "đến" && k+1 < len(toks) && toks[k+1].s == "nay":
			k += 2
		case toks[k].digits && k+1 < len(toks) && toks[k+1].s == "tháng":
			k += 2
			if k+1 < len(toks) && toks[k].s == "đầu" && toks[k+1].s == "năm" {
				k += 2
			}
		case toks[k].s == ",":
			k++
		case toks[k].s == "riêng" && k+1 < len(toks) && timeWord[toks[k+1].s] && toks[k+1].s != "trong":
			k++ // "…; riêng năm 2025 ước đạt 33.200 tỷ đồng": the same subject, one year of it
		case cumulativeAt(toks, k):
			k += 2 // "…; lũy kế đến tháng 11.2025 đạt …"
		case toks[k].s == "đến" && k+2 < len(toks) && toks[k+1].s == "tháng" && toks[k+2].digits:
			k += 3
			if k+1 < len(toks) && (toks[k].s == "." || toks[k].s == "/") && toks[k+1].digits {
				k += 2 // "đến tháng 11.2025", "đến tháng 11/2025"
			}
		case toks[k].s == "trong" && k+1 < len(toks) && toks[k+1].s == "tháng":
			k += 2
		case (toks[k].s == "quý" || toks[k].s == "quí") && k+1 < len(toks) && quarters[toks[k+1].s] != 0:
			k += 2 // "…; quý II giảm 13,01%": the same subject, the next quarter
		case (toks[k].s == "sang" || toks[k].s == "đến" || toks[k].s == "thì") && k+1 < len(toks) && (toks[k+1].s == "quý" || toks[k+1].s == "quí" || toks[k+1].s == "đến" || toks[k+1].s == "tháng" || toks[k+1].s == "năm"):
			k++ // "…; sang quý II …", "…; thì đến quý III …"
		case (toks[k].s == "tiếp" && k+1 < len(toks) && toks[k+1].s == "tục"):
			k += 2 // "…; quý II tiếp tục giảm …"
		default:
			if v, e, ok := kindM.match(toks, k); ok && v != 0 && e > k {
				if _, ce, ok := carryM.match(toks, k); ok && ce >= e {
					return k // "…; riêng năm 2025 ước đạt …": the verb that carries
				}
				k = e
				continue
			}
			return k
		}
	}
	return k
}

// cumulativeAt reports a period word of a running total at toks[k]:
// "lũy kế", "tính chung", "cộng dồn", "cả năm" — the total to date (or of
// the year) of a monthly report, of the subject already spoken of.
func cumulativeAt(toks []tok, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	a, b := toks[k].s, toks[k+1].s
	return pairIs(a, b, "lũy kế") || pairIs(a, b, "luỹ kế") || pairIs(a, b, "tính chung") || pairIs(a, b, "cộng dồn") || pairIs(a, b, "cả năm")
}

// pairIs reports a+" "+b == w without building the string (the rules
// ask it of every token of a clause).
func pairIs(a, b, w string) bool {
	return len(a)+1+len(b) == len(w) && w[len(a)] == ' ' && w[:len(a)] == a && w[len(a)+1:] == b
}

// englishFigures reports a paragraph in English with figures: eight words
// or more, digits, and no Vietnamese letter. Vietnamese prose of that
// length always carries marks; a short line without them may be a name
// or a heading ("GRDP 2023", "Quảng Ninh" typed without marks).
func englishFigures(p view) bool {
	if !isASCII(p.text) || strings.IndexAny(p.text, "0123456789") < 0 {
		return false
	}
	words := 0
	for _, t := range p.toks {
		if t.word && !t.digits {
			words++
		}
	}
	return words >= 8
}

// rateOfPlanAt reports event e, another subject, as a bare "tỷ lệ" between
// a verb of result and a percentage of a plan: "đạt tỷ lệ 96% kế hoạch",
// "bằng tỷ lệ 102% so với dự toán". The rate is the ratio the clause's
// subject reached against its plan, as "đạt 96% kế hoạch" is; "tỷ lệ"
// names no indicator of its own there.
//
// With no base after it, the ratio is still the subject's when the
// clause gave the subject an amount of money right before: "tổng thu
// ngân sách Nhà nước được trên 4,2 tỷ đồng, đạt tỷ lệ trên 50,17%", as
// "…, đạt 50,17%" is. A qualifier may stand before the number.
func rateOfPlanAt(toks []tok, e cueEvent) bool {
	if e.at == 0 || e.end-e.at != 2 || toks[e.at].s != "tỷ" || toks[e.at+1].s != "lệ" {
		return false
	}
	switch toks[e.at-1].s {
	case "đạt", "bằng", "với":
	default:
		return false
	}
	k := e.end
	for k < len(toks) && k <= e.end+1 && approxBefore[toks[k].s] {
		k++
	}
	if k >= len(toks) || !toks[k].digits {
		return false // "tỷ lệ: 5%": no colon here
	}
	start := k
	for k < len(toks) && k <= start+4 && (toks[k].digits || toks[k].s == "," || toks[k].s == ".") {
		k++
	}
	if k >= len(toks) || toks[k].s != "%" {
		return false
	}
	if plan, _, _ := comparator(toks[k+1:]); plan {
		return true
	}
	if k+1 < len(toks) && toks[k+1].word {
		return false // "đạt tỷ lệ 96% số hộ": a share of something named
	}
	return amountRightBefore(toks[:e.at-1]) // "… 4,2 tỷ đồng, đạt tỷ lệ 50,17%"
}

// amountRightBefore reports an amount of money that ends toks but for a
// comma or "và" after it: "4,2 tỷ đồng,", "420 tỷ và", "1.250 triệu
// VNĐ,". A count in thousands ("2 nghìn lao động,") is none.
func amountRightBefore(toks []tok) bool {
	k := len(toks)
	if k > 0 && toks[k-1].s == "và" {
		k--
	}
	if k > 0 && toks[k-1].s == "," {
		k--
	}
	if k == len(toks) || k < 2 {
		return false
	}
	switch toks[k-1].s {
	case "đồng", "đ", "vnđ", "vnd":
		return true
	case "tỷ", "tỉ", "triệu":
		return toks[k-2].digits
	}
	return false
}

// bareRateBeforeFigure reports event e as a bare "tỷ lệ" right before a
// figure, a colon perhaps between ("tỷ lệ 6,47%", "tỷ lệ: 2,11%"): the
// rate of rateOfCountAt and namedCountRate, which name no subject of
// their own.
func bareRateBeforeFigure(toks []tok, e cueEvent) bool {
	if e.end-e.at != 2 || toks[e.at+1].s != "lệ" || toks[e.at].s != "tỷ" {
		return false
	}
	k := e.end
	if k < len(toks) && toks[k].s == ":" {
		k++
	}
	return k < len(toks) && toks[k].digits
}

// totalOnly reports the rest of a count's total after its first digits
// ("/53.904 hộ"): the number's other groups and one noun at most.
func totalOnly(rest []tok) bool {
	words := 0
	for _, t := range rest {
		switch {
		case t.digits || t.s == ".":
		case t.word:
			words++
		default:
			return false
		}
	}
	return words <= 1
}

// linkingOnly reports rest, the words between a count's separator and its
// rate, as nothing or one linking verb ("…, đạt tỷ lệ 2,03%").
func linkingOnly(rest []tok) bool {
	switch len(rest) {
	case 0:
		return true
	case 1:
		switch rest[0].s {
		case "đạt", "chiếm", "với", "bằng", "là":
			return true
		}
	}
	return false
}

// rateOfCountAt reports event e, another subject, as a bare "tỷ lệ" right
// before a figure (a colon may stand between), just after a count that
// ended at countEnd: a comma (or a dash), perhaps one linking verb, and nothing else
// between, but for the total the count is of ("/506.184 hộ"). Such a rate
// is the share of that count, and keeps its subject: "Số hộ nghèo: 201
// hộ, tỷ lệ 6,47%", "8.112 hộ nghèo/506.184 hộ, tỷ lệ 1,60%", "số hộ nghèo
// còn lại cuối năm là 873, đạt tỷ lệ 2,03%". "…, tỷ lệ lao động qua đào
// tạo đạt 70%" names a rate of its own.
func rateOfCountAt(toks []tok, e cueEvent, countEnd int) bool {
	if !bareRateBeforeFigure(toks, e) {
		return false
	}
	seg := tokRange(toks, countEnd, toks[e.at].start)
	c := -1
	for i := len(seg) - 1; i >= 0; i-- {
		if s := seg[i].s; s == "," || s == "-" || s == "–" || s == "—" {
			c = i // "Số hộ nghèo: 87 hộ - tỷ lệ 2,11%": a dash parts the pair as a comma does
			break
		}
	}
	if c < 0 {
		// "tổng số hộ nghèo là 171/416 hộ tỷ lệ 41,11%": the rate right
		// after the count's total, no mark between.
		return len(seg) == 0 || len(seg) >= 2 && seg[0].s == "/" && seg[1].digits && totalOnly(seg[2:])
	}
	if c > 0 && !(c >= 2 && seg[0].s == "/" && seg[1].digits) {
		return false // words of their own between the count and its rate
	}
	return linkingOnly(seg[c+1:])
}

// respectiveUnits pairs units named in a row with the figures given in a
// row after them, in order: "Xã A và B có tỷ lệ hộ nghèo giảm ít nhất
// là 0,52% và 1,55%", "phường C, phường D đạt 98% và 97%". The units are
// joined by "và" or a comma, nothing but a name's words between; the
// figures, as many, by "và" or a comma alone, no unit named after the
// first. Each unit's mention is moved to just before its figure (ms is
// changed in place). Other shapes are left as they are.
func respectiveUnits(toks []tok, ms []unitMention, figs []vnnum.Amount) {
	if len(ms) < 2 {
		return
	}
	for a := 0; a+1 < len(ms); a++ {
		b := a // the run ms[a..b] of units named in a row
		for b+1 < len(ms) && joinedNames(tokRange(toks, ms[b].pos, ms[b+1].pos)) {
			b++
		}
		if b == a {
			continue
		}
		n := b - a + 1
		if b+1 < len(ms) {
			return // another unit named after the run: not a pair list
		}
		var run []vnnum.Amount
		for _, f := range figs {
			if f.Start < ms[b].pos || f.UOM == "" && f.Noun == "" {
				continue
			}
			if len(run) > 0 {
				if gap := tokRange(toks, run[len(run)-1].End, f.Start); len(gap) != 1 || gap[0].s != "và" && gap[0].s != "," || f.UOM != run[0].UOM {
					break
				}
			}
			run = append(run, f)
		}
		if len(run) != n {
			return // more or fewer figures than units: no respective pairs
		}
		for i := 1; i < n; i++ {
			ms[a+i].pos = run[i].Start - 1
		}
		return
	}
}

// joinedNames reports the words from one unit's mention to the next as
// the first's name and one "và" or comma: no verb, no figure, at most
// five words.
func joinedNames(seg []tok) bool {
	if len(seg) < 2 || len(seg) > 6 {
		return false
	}
	joins := 0
	for _, t := range seg {
		switch {
		case t.s == "và" || t.s == ",":
			joins++
		case !t.word || t.digits:
			return false
		}
	}
	last := seg[len(seg)-1].s
	return joins == 1 && (last == "và" || last == "," || isLevelTok(last) || seg[len(seg)-2].s == "và" || seg[len(seg)-2].s == ",")
}

// namedCountRate reports event e, another subject, as a bare "tỷ lệ"
// right before a figure, after a count (countStart, countEnd) whose
// noun is the subject's cue, right after the cue's words (a title and
// its verb among them) a comma, a dash or a bracket, perhaps one
// linking verb, and the rate: "có 120 thôn, tổ dân
// phố đạt chuẩn văn hóa, đạt tỷ lệ 96%", "hiện có 35 khu dân cư văn hóa
// (tỷ lệ 70%)". The count has its verb of having or being before it (see
// levelCountAt); the rate is the share of what it counts, the subject's.
func namedCountRate(toks []tok, e cueEvent, subj subject, countStart, countEnd int) bool {
	if countEnd < 0 || subj.start < countStart || !bareRateBeforeFigure(toks, e) {
		return false
	}
	n := tokIndex(toks, countStart) + 1 // the word after the count's number
	for n < len(toks) && (!toks[n].word || toks[n].digits) && toks[n-1].end == toks[n].start && toks[n].s != "," {
		n++ // "1.200.000": the rest of the number
	}
	if n >= len(toks) || toks[n].start != subj.start || !levelCountAt(toks, subj, countStart) {
		return false // the count's noun is not the subject's cue
	}
	seg := tokRange(toks, subj.end, toks[e.at].start)
	c := -1
	for i, t := range seg {
		switch t.s {
		case ";", ":":
			return false
		case ",", "-", "–", "(":
			c = i
		}
		if t.digits {
			return false // a figure of its own between
		}
	}
	if c != 0 {
		return false // words of their own after the subject ("… hộ nghèo được vay vốn, tỷ lệ 95%")
	}
	return linkingOnly(seg[c+1:])
}

// levelCountAt reports the count at countStart as a level of its subject:
// right after the subject's cue ("hộ nghèo 1.234 hộ"), a colon ("Số hộ
// nghèo: 201 hộ"), or a verb of having or being ("hiện có 793 hộ nghèo",
// "còn 1.245 hộ nghèo", "là 873", "tổng số 3.109 hộ"). A count that an
// activity serves ("hỗ trợ làm nhà cho 350 hộ nghèo", "tặng quà 300 hộ
// nghèo") is of the households it reached, and its rate is no share of
// the subject.
func levelCountAt(toks []tok, subj subject, countStart int) bool {
	k := tokIndex(toks, countStart)
	if k <= 0 || k > len(toks) {
		return false
	}
	p := toks[k-1]
	if p.end == subj.end {
		return true
	}
	switch p.s {
	case ":", "có", "còn", "là", "số", "gồm":
		return true
	}
	return false
}

// yearValue reports a bare whole number that reads as a year.
func yearValue(a vnnum.Amount) bool {
	return a.UOM == "" && a.Noun == "" && a.Value >= 1900 && a.Value <= 2100 && a.Value == float64(int(a.Value))
}

// wholeCountBefore reports a count of the whole, N of M ("737/742 hộ"),
// or the households the unit has that reached a title ("Có 3.019 hộ đạt
// gia đình văn hóa"), in the clause before the end of toks (back to a
// semicolon), and no count of targets or criteria ("chỉ tiêu", "tiêu
// chí") there.
func wholeCountBefore(toks []tok) bool {
	whole := false
	for k := len(toks) - 1; k >= 0 && toks[k].s != ";"; k-- {
		switch {
		case toks[k].s == "tiêu":
			return false
		case toks[k].s == "/" && k > 0 && k+1 < len(toks) && toks[k-1].digits && toks[k+1].digits:
			whole = true
		case toks[k].s == "có" && heldTitleCount(toks[k+1:]):
			whole = true
		case toks[k].digits && (k == 0 || toks[k-1].s == "," || toks[k-1].s == ":") && heldTitleCount(toks[k:]):
			whole = true // "Năm 2023, 3.019 hộ đạt danh hiệu …, đạt tỷ lệ 92,5%"
		}
	}
	return whole
}

// heldTitleCount reports toks opening with a count of households or
// families and a verb of holding a title right after its noun: "3.019
// hộ đạt …", "1.250 hộ gia đình đạt …", "3.019 hộ được công nhận …",
// "3.019 hộ gia đình giữ vững danh hiệu …" (not "đăng ký": registered
// for the title, not holding it).
func heldTitleCount(toks []tok) bool {
	k := 0
	for k < len(toks) && (toks[k].digits || k > 0 && toks[k].s == "." && k+1 < len(toks) && toks[k+1].digits) {
		k++
	}
	if k == 0 || k >= len(toks) || toks[k].s != "hộ" && toks[k].s != "gia" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch {
		case toks[j].s == "đạt":
			return true
		case j+1 < len(toks) && (toks[j].s == "công" && toks[j+1].s == "nhận" || toks[j].s == "giữ" && toks[j+1].s == "vững"):
			return true // "được công nhận", "giữ vững (danh hiệu)"
		}
	}
	return false
}

// targetListHead finds a count of targets that heads a list of them: a
// number, "chỉ tiêu" (or "mục tiêu") and at most six words or marks
// before a colon, with no figure, result verb or semicolon between ("12 chỉ tiêu chủ yếu đó là:", "15 chỉ
// tiêu, gồm:"). It returns the index of the number, -1 if none.
func targetListHead(toks []tok) int {
	for i := 0; i+3 < len(toks); i++ {
		if toks[i+2].h != hashTieu || toks[i+2].s != "tiêu" || !toks[i].digits || toks[i+1].s != "chỉ" && toks[i+1].s != "mục" {
			continue
		}
		if i > 0 && toks[i-1].s == "/" {
			continue
		}
		for k := i + 3; k < len(toks) && k <= i+9; k++ {
			if toks[k].s == ":" {
				return i
			}
			if toks[k].digits || toks[k].s == ";" || toks[k].s == "/" || toks[k].s == "đạt" || toks[k].s == "hoàn" || toks[k].s == "vượt" {
				break
			}
		}
	}
	return -1
}

// yearSeries reports a sentence that names three years or more ("năm
// 2020 …, năm 2021 …, năm 2022 …"): a series, each year its own figure's.
func yearSeries(stoks []tok) bool {
	var seen [3]int
	n := 0
	for i := range stoks {
		if stoks[i].h != hashNam {
			continue // see hashNam; yearMention compares the word
		}
		y, ok := yearMention(stoks, i, 0)
		if !ok || slices.Contains(seen[:n], y) {
			continue
		}
		seen[n] = y
		n++
		if n == len(seen) {
			return true
		}
	}
	return false
}

// namesOnly reports a sentence whose indicator cues all name the
// subject's own indicator, at least one of them: it speaks of that
// subject (its causes, its context) and of nothing else.
func namesOnly(events []cueEvent, live bool, subj subject) bool {
	if !live || subj.none || len(subj.inds) == 0 || len(events) == 0 {
		return false
	}
	for _, e := range events {
		if e.other || len(e.inds) == 0 || e.inds[0] != subj.inds[0] {
			return false
		}
	}
	return true
}

// runningYear is the year the figures read so far belong to: the one the
// text turned to, else the document's own.
func (x *docReader) runningYear() int {
	if x.yearSet {
		return x.year
	}
	return x.defYear
}

// listCounts gives a bare number that ends an item of a per-unit list
// the count noun of the item before it: "Đảng bộ TP. Tam Kỳ … 150 đảng
// viên mới; Hội An 110; Điện Bàn 150" counts 110 and 150 đảng viên too.
// The item is "; " and a name in capitals (one to four words, no figure)
// right before the number, and ends at the number (";", ".", "," or "và"
// follow, or the text ends); the item before it, up to its ";", ends
// in a count (a number and its noun, with at most words after it: "150
// đảng viên mới;") or is such an item itself. Money and
// percentages are not carried: a bare number after "620 tỷ đồng" may be
// of another scale.
func listCounts(text string, amounts []vnnum.Amount) []vnnum.Amount {
	for i := 1; i < len(amounts); i++ {
		a, prev := &amounts[i], &amounts[i-1]
		if a.UOM != "" || a.Noun != "" || a.Form != vnnum.Plain || prev.UOM != "" || prev.Noun == "" || a.Qualifier != "" {
			continue
		}
		between := text[prev.End:a.NumStart] // scanned once: each amount's look back ends at the one before
		semi := strings.IndexByte(between, ';')
		if semi < 0 || strings.IndexAny(between[:semi], ".:") >= 0 || !listItemName(between[semi+1:]) {
			continue
		}
		rest := strings.TrimLeft(text[a.End:], " ")
		if !(rest == "" || rest[0] == ';' || rest[0] == '.' || rest[0] == ',' || strings.HasPrefix(rest, "và ")) {
			continue
		}
		a.Noun = prev.Noun
	}
	return amounts
}

// listItemName reports s as a list item's name: one to four words, each
// starting with a capital, nothing else.
func listItemName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !isUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) {
				return false
			}
		}
	}
	return true
}

// inInclusionBracket reports that stoks[i] lies in a bracket that says
// what a subject takes in or leaves out ("(bao gồm …)", "(gồm …)", "(kể
// cả …)", "(tính cả …)", "(không kể …)") and closes with no figure in
// it (a year is none): a kind word there names a part of the subject, not the kind of the
// figure after the bracket.
func inInclusionBracket(stoks []tok, i int) bool {
	open := -1
	for k := i - 1; k >= 0; k-- {
		if stoks[k].s == ")" {
			return false
		}
		if stoks[k].s == "(" {
			open = k
			break
		}
	}
	if open < 0 || open+2 >= len(stoks) {
		return false
	}
	switch a, b := stoks[open+1].s, stoks[open+2].s; {
	case a == "bao" && b == "gồm", a == "gồm", a == "kể" && b == "cả", a == "tính" && b == "cả",
		a == "không" && (b == "kể" || b == "tính" || b == "bao"):
	default:
		return false
	}
	for k := open + 1; k < len(stoks); k++ {
		switch {
		case stoks[k].s == ")":
			return true
		case stoks[k].s == "(" || stoks[k].s == ";":
			return false
		case stoks[k].digits && !(len(stoks[k].s) == 4 && (stoks[k].s[:2] == "19" || stoks[k].s[:2] == "20")):
			return false // a figure of its own in the bracket; a year is none
		}
	}
	return false
}

// pairNamedBefore reports a pair "N/M" as the last figure of toks (up to a
// semicolon; a year does not count as a figure) with the subject's cue,
// at byte offset cue, after it: the subject was named right after the
// pair, as namedAfterPair reads it.
func pairNamedBefore(toks []tok, cue int) bool {
	for k := len(toks) - 1; k >= 0 && toks[k].s != ";"; k-- {
		if !toks[k].digits {
			continue
		}
		if k >= 2 && toks[k-1].s == "/" && toks[k-2].digits {
			return toks[k].end <= cue
		}
		if len(toks[k].s) == 4 && (strings.HasPrefix(toks[k].s, "19") || strings.HasPrefix(toks[k].s, "20")) {
			continue // "trong năm 2024"
		}
		return false
	}
	return false
}

// openingPurpose finds a clause of purpose that opens a sentence ("Để hoàn
// thành …", "Nhằm đạt …": a purpose word, then a result verb) and returns
// the index of the comma or semicolon that ends it; 0 if there is none.
func openingPurpose(stoks []tok) int {
	if len(stoks) < 3 || !purposeWord(stoks[0].s) || !resultVerb(stoks[1].s) {
		return 0
	}
	for k := 2; k < len(stoks); k++ {
		if stoks[k].s == "," || stoks[k].s == ";" || stoks[k].s == ":" {
			return k
		}
	}
	return 0
}

// figurelessUnit is the one unit a paragraph's first sentence names
// without a figure, other than a source it cites ("Theo UBND tỉnh A,"),
// "" if none or several: "Theo UBND tỉnh A, quy mô kinh tế Phú Quốc
// ngày càng gia tăng. Tốc độ tăng trưởng … đạt trên 19%/năm": the
// sentences after it in the paragraph speak of that unit, as after a
// sentence whose figures name it (see sentence).
func (x *docReader) figurelessUnit(p view, stoks []tok) string {
	if severalUnits(p.text, stoks) {
		return ""
	}
	one := ""
	source := -1 // the end of "Theo X," that opens the sentence
	if len(stoks) > 0 && stoks[0].s == "theo" {
		for _, t := range stoks {
			if t.s == "," {
				source = t.start
				break
			}
		}
	}
	for _, c := range x.clauses {
		ctoks := tokRange(stoks, c.Start, c.End)
		for _, m := range x.peerUnits(p.para, ctoks) {
			switch {
			case !strings.HasPrefix(m.unit, "\x00") && !namesUnit(p.text[stoks[0].start:stoks[len(stoks)-1].end], m.unit):
				// "UBND huyện", "Huyện ủy": a governing body by its
				// level word, no unit the sentence speaks of.
				continue
			case m.pos < source:
				// the source the sentence cites
			case strings.HasPrefix(m.unit, "\x00"):
				return ""
			case one == "":
				one = m.unit
			case one != m.unit:
				return ""
			}
		}
		for i := 0; i < len(ctoks); i++ {
			// "quy mô kinh tế Phú Quốc": a unit the text names elsewhere
			// with its level word, named here without it; "kinh tế
			// huyện Tân Lạc", with it.
			if ctoks[i].start < source || i > 0 && isLevelFirst(ctoks[i-1].s) {
				continue
			}
			u, e := x.bareUnitAt(p.text, ctoks, i)
			if u == "" && levelFirstTok(&ctoks[i]) {
				// "kinh tế huyện Tân Lạc": a unit of any tier, named.
				if lv, name, _, _, k, ok := readUnit(p.text, ctoks, i); ok && name != "" {
					u, e = lv.name+" "+name, k
				}
			}
			if u == "" {
				continue
			}
			if one != "" && one != u {
				return ""
			}
			one, i = u, e-1
		}
	}
	return one
}

// bareUnitAt reads at toks[i] two or three capitalised words that name a
// unit the text names elsewhere with its level word ("Phú Quốc" after
// "đặc khu Phú Quốc"): the unit and the index after the name.
func (x *docReader) bareUnitAt(orig string, toks []tok, i int) (string, int) {
	if x.units == nil {
		return "", 0
	}
	var words []string
	k := i
	for k < len(toks) && len(words) < 3 && toks[k].word && !toks[k].digits {
		w := orig[toks[k].start:toks[k].end]
		if r, _ := utf8.DecodeRuneInString(w); !isUpper(r) || isLevelFirst(toks[k].s) {
			break
		}
		words = append(words, w)
		k++
	}
	for n := len(words); n >= 2; n-- {
		name := vnLetters(strings.Join(words[:n], " "))
		if lv := x.units.levelOf(name); lv != "" {
			return lv + " " + name, i + n
		}
	}
	return "", 0
}

// namesUnit reports the name of unit (its level word cut) in text.
func namesUnit(text, unit string) bool {
	name := unit
	for _, lv := range levels {
		if n := len(lv.name); len(unit) > n && unit[n] == ' ' && unit[:n] == lv.name {
			name = unit[n+1:]
			break
		}
	}
	return strings.Contains(text, name)
}

// coverRateOf reports "tỷ lệ bao phủ" (the coverage rate) named with no
// noun of its own after it ("đạt tỷ lệ bao phủ 93,5% dân số", "tỷ lệ bao
// phủ đạt 93,5%") while the health insurance is the subject: the
// insurance's coverage, not another rate. The coverage of anything else
// names it ("tỷ lệ bao phủ vắc xin") or has another subject.
func (x *docReader) coverRateOf(ctoks []tok, e cueEvent, subj subject) bool {
	k := e.at
	if len(subj.inds) == 0 || x.ind.list[subj.inds[0]].Code != "ty_le_bhyt" || k+4 > len(ctoks) {
		return false
	}
	if ctoks[k].s != "tỷ" && ctoks[k].s != "tỉ" || ctoks[k+1].s != "lệ" || ctoks[k+2].s != "bao" || ctoks[k+3].s != "phủ" {
		return false
	}
	if k+4 == len(ctoks) || !ctoks[k+4].word || ctoks[k+4].digits {
		return true
	}
	switch ctoks[k+4].s {
	case "đạt", "là", "ước", "chung", "khoảng", "gần", "hơn", "trên", "dưới", "tăng", "giảm":
		return true
	}
	return false
}
