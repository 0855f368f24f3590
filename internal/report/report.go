package report

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/unitname"
)

// Options are the user's choices for one report (the build command's flags).
type Options struct {
	Year      int       // only this report year; 0 for all years
	MoneyUnit string    // "ty" (default when empty), "trieu" or "dong"
	Title     string    // report title; empty for the default
	Org       string    // issuing body in the header; empty to derive from the units
	Place     string    // place in the date line; empty to derive from the unit
	Date      time.Time // report date (the CLI resolves --date and SOURCE_DATE_EPOCH)
}

// DefaultTitle is the report title when Options.Title is empty.
const DefaultTitle = "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI"

// MoneyUnit is the one money unit of a report.
type MoneyUnit struct {
	Code  string  // "ty", "trieu", "dong"
	Name  string  // "tỷ đồng", as printed
	Scale float64 // đồng per unit
}

func moneyUnit(code string) MoneyUnit {
	switch code {
	case "trieu":
		return MoneyUnit{"trieu", "triệu đồng", 1e6}
	case "dong":
		return MoneyUnit{"dong", "đồng", 1}
	}
	return MoneyUnit{"ty", "tỷ đồng", 1e9}
}

// Measure says how an indicator's figures are shown.
type Measure int

// The measures.
const (
	Money   Measure = iota // in the report's money unit, up to 2 decimals
	Percent                // as written, up to 2 decimals
	Count                  // people, households, targets: whole numbers
)

func measureOf(uom string) Measure {
	switch uom {
	case facts.VND:
		return Money
	case facts.Percent:
		return Percent
	}
	return Count
}

// Report is the whole workbook's content, free of Excel.
type Report struct {
	Title  string
	Org    string // Options.Org, the workbook's author
	Date   time.Time
	Money  MoneyUnit
	Years  []int // every year with facts, ascending
	Latest int   // the year of the summary and the chart
	Units  []*Unit
	// Key are the catalog's key indicators, the summary's columns.
	Key     []Indicator
	Compare []*CompareRow
	// Facts are every input fact, in input order: the slice given to
	// Build, kept as it is (not copied, and changed neither by Build nor
	// by any reader of the report). Source(i) is Facts[i] as the sources
	// sheet lists it.
	Facts  []facts.Fact
	src    []source // parallel to Facts
	Checks []Check
}

// Indicator is a catalog entry as the report prints it.
type Indicator struct {
	Code    string
	Name    string
	UOM     string // printed: "tỷ đồng", "%", "người"
	Measure Measure
	Sum     bool // adding across units makes sense
	Known   bool // in the catalog
	// LowerBetter: under the plan is the better result (poverty rate).
	LowerBetter bool
	rawUOM      string
}

// Unit is one administrative unit: one sheet of the workbook.
type Unit struct {
	Name      string // as in the facts: "Quận Hoàng Mai"
	Short     string // level word abbreviated, for sheet tabs: "Q. Hoàng Mai"
	Governing string // "UBND THÀNH PHỐ HÀ NỘI", or "" when not known
	Issuer    string // "UBND QUẬN HOÀNG MAI"
	DateLine  string // "Hoàng Mai, ngày 05 tháng 02 năm 2025"
	Subtitle  string // "Năm 2022 - 2023"
	Years     []UnitYear
	Sections  []*Section
	// Summary is the figure of each key indicator in the latest year
	// (parallel to Report.Key): the actual, else the plan, else nil.
	Summary []SummaryCell
	// Unnamed is true for a unit its document knows only by its level
	// ("UBND huyện") or not at all: it is that document's unit, named
	// after it ("Huyện (a.txt)"), and not added into totals, where it
	// could be a unit counted already.
	Unnamed bool
}

// UnitYear is one year column group on a unit's sheet.
type UnitYear struct {
	Year int
	// EstimateTH is true when every actual figure of the year is an
	// estimate: the column is headed "Ước TH".
	EstimateTH bool
	// Prev is true when the year has a TH/cùng kỳ column.
	Prev bool
	// PrevIndex is the index in Unit.Years of the previous year, or -1.
	PrevIndex int
	// PrevDerived is true when some row derives TH/cùng kỳ from the
	// previous year's actual column.
	PrevDerived bool
}

// Section is a numbered part of a unit's table.
type Section struct {
	ID      string
	Numeral string // "I"
	Name    string // "KINH TẾ"
	Rows    []*Row
}

// Row is one indicator of one unit.
type Row struct {
	No int // 1, 2, 3 inside the section
	Indicator
	Years   []*YearCells // parallel to Unit.Years
	Remarks []string     // Ghi chú
}

// YearCells are one row's figures for one year.
type YearCells struct {
	Year         int
	Plan, Actual *Figure
	OfPlan       Ratio // TH/KH (%)
	OfPrev       Ratio // TH/cùng kỳ (%)
	// Wrong are facts of this cell whose unit of measure does not fit the
	// indicator: listed, not shown.
	Wrong []int
}

// Figure is one shown number with where it came from.
type Figure struct {
	Value  float64 // in report units (money in Report.Money)
	Fact   int     // index in Report.Facts of the fact shown
	Same   []int   // other facts stating the same figure
	Others []int   // facts that disagree, not shown
	// OtherPlans are shares of other plans than the shown one's, stated
	// beside it ("bằng 104% dự toán trung ương giao, bằng 86% dự toán tỉnh
	// giao"): true figures, not conflicts (see plans.go).
	OtherPlans []int
	Estimate   bool
	PartYear   string // "31/10/2024" when the figure covers part of the year only (see partYear)
	// YearEndPeriod marks a figure dated 31 December of its year: by
	// facts.md a month's figure is dated at the month's end and the whole
	// year is not dated, so this is December, the fourth quarter or the
	// second half alone, not the year.
	YearEndPeriod bool
}

// Ratio is a percentage column. When Derived, a workbook computes it from
// the figures (a formula) and Value is what that gives; otherwise Stated
// is the figure a document stated, and Value is it.
type Ratio struct {
	Derived bool
	Valid   bool
	Value   float64
	Stated  *Figure
	// Unsure is why the figures, though dated alike, were not divided
	// (see unsurePeriod); "" when they were, or could not be.
	Unsure string
}

// SummaryCell is a unit's figure for one key indicator.
type SummaryCell struct {
	Figure *Figure
	IsPlan bool // no actual: this is the plan
}

// CompareRow is one unit × indicator × year of the plan-versus-actual table.
type CompareRow struct {
	Unit *Unit
	Indicator
	Year     int
	Cells    *YearCells
	Estimate bool   // the actual figure is an estimate
	Files    string // source files of the row's facts, "; " between them
}

// Source is one input fact as the sources sheet lists it (Report.Source):
// made when asked for, from the fact and what the report keeps of it.
type Source struct {
	Fact      *facts.Fact
	Unit      *Unit  // the unit the fact is filed under
	Name      string // indicator name
	KindTitle string // "Kế hoạch", "Thực hiện", "% KH", "% cùng kỳ", "tăng giảm %"
	Value     float64
	UOM       string // printed unit of Value
	Measure   Measure
	Qualifier string // "khoảng", "trên", "dưới", and a range "15 - 16"
	Status    string // "Dùng", "Trùng", "Khác, không dùng", "Kỳ khác, không dùng", "Sai đơn vị tính", "Theo kế hoạch khác"
}

// Statuses of a source fact.
const (
	StatusUsed     = "Dùng"
	StatusSame     = "Trùng"
	StatusConflict = "Khác, không dùng"
	StatusWrongUOM = "Sai đơn vị tính"
	// StatusOtherPlan is a share of another plan than the shown share's.
	StatusOtherPlan = "Theo kế hoạch khác"
	// StatusOtherPeriod is a figure of another part of the year than the
	// shown one's (the year to 30/09 beside the whole year): no conflict.
	StatusOtherPeriod = "Kỳ khác, không dùng"
)

// source is what the report keeps of an input fact besides the fact: the
// unit it is filed under, its indicator and its status. A national report
// has a quarter of a million facts: what Source derives (the indicator's
// name, the value in the report's money unit, …) is not stored.
type source struct {
	unit   *Unit
	ind    *Indicator
	status status
}

type status uint8

const (
	used status = iota
	same
	conflict
	wrongUOM
	otherPlanShare
	otherPeriod
)

var statusText = [...]string{used: StatusUsed, same: StatusSame, conflict: StatusConflict, wrongUOM: StatusWrongUOM, otherPlanShare: StatusOtherPlan, otherPeriod: StatusOtherPeriod}

// Source is input fact i as the sources sheet lists it.
func (r *Report) Source(i int) Source {
	f := &r.Facts[i]
	sr := r.src[i]
	s := Source{
		Fact:      f,
		Unit:      sr.unit,
		Name:      sr.ind.Name,
		KindTitle: KindTitle(f.Kind),
		Value:     f.Value,
		UOM:       f.UOM,
		Measure:   measureOf(f.UOM),
		Qualifier: qualifierText(f),
		Status:    statusText[sr.status],
	}
	if f.Kind.IsRatio() {
		s.Measure = Percent
	}
	if f.UOM == facts.VND && !f.Kind.IsRatio() {
		s.Value = f.Value / r.Money.Scale
		s.UOM = r.Money.Name
	}
	return s
}

// Check is one warning for the checks sheet.
type Check struct {
	Problem diag.Problem
	What    string // short Vietnamese label: "Số liệu khác nhau", …
	Unit    string
	Year    int
	Code    string
	Name    string // the indicator's Vietnamese name
	Kind    string
	Sources []int
}

var kindTitles = map[facts.Kind]string{
	facts.Plan:         "Kế hoạch",
	facts.Actual:       "Thực hiện",
	facts.PctOfPlan:    "% KH",
	facts.PctOfPrev:    "% cùng kỳ",
	facts.ChangeVsPrev: "tăng giảm %",
}

// KindTitle is the Vietnamese label of a kind on the sources sheet.
func KindTitle(k facts.Kind) string {
	if t, ok := kindTitles[k]; ok {
		return t
	}
	return string(k)
}

var qualifierWords = map[string]string{facts.Approx: "khoảng", facts.Over: "trên", facts.Under: "dưới"}

// cellKey names one cell's candidates.
type cellKey struct {
	year int
	kind facts.Kind
}

type rowAcc struct {
	ind   Indicator
	sec   string
	cells map[cellKey][]int
	wrong map[int][]int // year -> facts with a wrong unit of measure
	years map[int]bool
	// resolved and figs memoise cells and figures: a figure is resolved
	// once, so its conflicts are reported once.
	resolved map[int]*YearCells
	figs     map[cellKey]*Figure
}

type unitAcc struct {
	name  string
	short string // the sheet tab's name, for unnamed units
	rows  map[string]*rowAcc
	years map[int]bool
	unit  *Unit
	// spellings are the ways the facts write the unit's name, in the
	// order met, for its display name and the note on merged spellings.
	spellings []spelling
	unnamed   bool
}

// spelling is one way of writing a unit's name, as the facts have it.
type spelling struct {
	text  string
	n     int
	first int // the first fact written so
}

type builder struct {
	inds   map[Indicator]*Indicator // one of each, shared by the sources
	texts  map[string]string        // texts made more than once, kept once
	cat    *catalog.Catalog
	opt    Options
	rep    *Report
	units  map[string]*unitAcc
	unitOf []*unitAcc // of each fact
	accOf  map[*Unit]*unitAcc
}

// Build groups facts into a report. Problems are warnings (unknown
// indicator, conflicting sources) unless nothing can be built.
func Build(fs []facts.Fact, cat *catalog.Catalog, opt Options) (*Report, diag.List) {
	if cat == nil {
		cat = catalog.Default()
	}
	if len(fs) == 0 {
		return nil, diag.List{diag.Errorf("", 0, "no facts to report")}
	}
	title := strings.TrimSpace(opt.Title)
	if title == "" {
		title = DefaultTitle
	}
	b := &builder{
		cat:   cat,
		opt:   opt,
		inds:  map[Indicator]*Indicator{},
		texts: map[string]string{},
		units: map[string]*unitAcc{},
		accOf: map[*Unit]*unitAcc{},
		rep: &Report{
			Title: title,
			Org:   strings.TrimSpace(opt.Org),
			Date:  opt.Date,
			Money: moneyUnit(opt.MoneyUnit),
		},
	}
	b.collect(fs)
	b.layout()
	b.inds, b.texts = nil, nil
	var ps diag.List
	for _, c := range b.rep.Checks {
		ps = append(ps, c.Problem)
	}
	return b.rep, ps
}

// collect files every fact under its unit, indicator, year and kind, and
// lists it as a source.
func (b *builder) collect(fs []facts.Fact) {
	r := b.rep
	years := map[int]bool{}
	unknown := map[string][]int{}
	var unknownOrder []string
	b.nameUnits(fs)
	r.Facts = fs
	r.src = make([]source, len(fs))
	for i := range fs {
		f := &fs[i]
		u := b.unitOf[i]
		code := strings.TrimSpace(f.Indicator)
		ra := u.rows[code]
		if ra == nil {
			ra = &rowAcc{cells: map[cellKey][]int{}, wrong: map[int][]int{}, years: map[int]bool{}}
			if ind, ok := b.cat.Lookup(code); ok {
				ra.ind = b.indicator(ind, true)
				ra.sec = ind.Section
			} else {
				ra.ind = b.indicator(catalog.Indicator{Code: code, Name: code, UOM: f.UOM}, false)
				ra.sec = catalog.Other
			}
			u.rows[code] = ra
		}
		if !ra.ind.Known {
			if unknown[code] == nil {
				unknownOrder = append(unknownOrder, code)
			}
			unknown[code] = append(unknown[code], i)
		}
		u.years[f.Year] = true
		ra.years[f.Year] = true
		years[f.Year] = true

		r.src[i] = source{ind: b.canonical(ra.ind), status: used}
		if n := utf16Len(f.Evidence); n > maxCellText {
			// A workbook cell holds no more: the sources sheet and the
			// note show the sentence cut, and say so here.
			b.check(i, "Câu trích dẫn quá dài", diag.Warnf(place(*f), line(*f),
				"the quoted sentence has %d characters, more than a spreadsheet cell holds (%d): the workbook shows it cut", n, maxCellText))
		}

		want := b.uomOf(ra)
		if f.Kind.IsRatio() {
			want = facts.Percent
		}
		if strings.TrimSpace(f.UOM) != want {
			// An error, not a warning: a report without the figure would
			// pass for complete.
			r.src[i].status = wrongUOM
			ra.wrong[f.Year] = append(ra.wrong[f.Year], i)
			b.check(i, "Sai đơn vị tính", diag.Errorf(place(*f), line(*f),
				"the unit of measure %q does not fit %s (%s), which is in %q: correct the unit (chitieu converts tỷ đồng, triệu đồng, nghìn người, …) or the indicator",
				f.UOM, ra.ind.Name, facts.KindTitles[f.Kind], want))
			continue
		}
		b.plausible(i, ra)
		ck := cellKey{f.Year, f.Kind}
		ra.cells[ck] = append(ra.cells[ck], i)
	}
	for _, code := range unknownOrder {
		is := unknown[code]
		f := fs[is[0]]
		b.check(is[0], "Chỉ tiêu ngoài danh mục", diag.Warnf(place(f), line(f),
			"unknown indicator %q (%d facts): listed under KHÁC with the code as its name", code, len(is)))
	}
	for y := range years {
		r.Years = append(r.Years, y)
	}
	sort.Ints(r.Years)
	r.Latest = r.Years[len(r.Years)-1]
	if b.opt.Year != 0 && years[b.opt.Year] {
		r.Latest = b.opt.Year
	}
	for _, ind := range b.cat.Indicators {
		if ind.Key {
			r.Key = append(r.Key, b.indicator(ind, true))
		}
	}
}

// canonical is the one Indicator of its value that sources point to.
func (b *builder) canonical(ind Indicator) *Indicator {
	if p := b.inds[ind]; p != nil {
		return p
	}
	p := &ind
	b.inds[ind] = p
	return p
}

// uomOf is the unit of measure a row's plan and actual figures must have:
// the catalog's, or for an unknown code the first fact's.
func (b *builder) uomOf(ra *rowAcc) string {
	if ind, ok := b.cat.Lookup(ra.ind.Code); ok {
		return ind.UOM
	}
	return ra.ind.rawUOM
}

func (b *builder) indicator(ind catalog.Indicator, known bool) Indicator {
	out := Indicator{Code: ind.Code, Name: ind.Name, Measure: measureOf(ind.UOM), Sum: ind.Sum && ind.UOM != facts.Percent, Known: known, UOM: ind.UOM, rawUOM: ind.UOM, LowerBetter: ind.LowerBetter}
	if out.Measure == Money {
		out.UOM = b.rep.Money.Name
	}
	return out
}

func (b *builder) check(fact int, what string, p diag.Problem) {
	f := &b.rep.Facts[fact]
	b.rep.Checks = append(b.rep.Checks, Check{
		Problem: p, What: what, Unit: b.unitOf[fact].name, Year: f.Year, Code: f.Indicator,
		Name: b.rep.src[fact].ind.Name, Kind: string(f.Kind), Sources: []int{fact},
	})
}

// nameUnits finds the unit of every fact: one unit for every spelling of
// a name (unitKey), shown in its most common spelling, and for a fact
// whose unit is a level word alone, or unknown, the unit of its document.
// Merged spellings and unnamed units are noted on the checks sheet.
func (b *builder) nameUnits(fs []facts.Fact) {
	var order []*unitAcc
	for i, f := range fs {
		key := unitKey(f.Unit)
		bare := unitname.IsBare(f.Unit)
		if bare {
			key = "\x00" + unitKey(bareWord(f.Unit)) + "\x00" + f.Source
		}
		u := b.units[key]
		if u == nil {
			u = &unitAcc{rows: map[string]*rowAcc{}, years: map[int]bool{}, unnamed: bare}
			if bare {
				u.name, u.short = unnamedName(f.Unit, f.Source), unnamedShort(f.Unit, f.Source)
			}
			b.units[key] = u
			order = append(order, u)
		}
		b.unitOf = append(b.unitOf, u)
		raw := strings.TrimSpace(f.Unit)
		found := false
		for j := range u.spellings {
			if u.spellings[j].text == raw {
				u.spellings[j].n++
				found = true
				break
			}
		}
		if !found {
			u.spellings = append(u.spellings, spelling{raw, 1, i})
		}
	}
	for _, u := range order {
		if u.unnamed {
			f := fs[u.spellings[0].first]
			b.rep.Checks = append(b.rep.Checks, Check{What: "Đơn vị chưa rõ tên", Unit: u.name, Year: f.Year,
				Sources: []int{u.spellings[0].first},
				Problem: diag.Warnf(f.Source, 0, "the document names no unit, only %q: its figures are the unit %q of their own, not added into totals; name the unit with --units (a line %s<tab>UNIT NAME)",
					cleanName(f.Unit), u.name, f.Source)})
			continue
		}
		// The most common spelling, once cleaned; the first met on a tie.
		counts := map[string]int{}
		for _, sp := range u.spellings {
			counts[cleanName(sp.text)] += sp.n
		}
		for _, sp := range u.spellings {
			if c := cleanName(sp.text); u.name == "" || counts[c] > counts[u.name] {
				u.name = c
			}
		}
		if len(u.spellings) < 2 {
			continue
		}
		var list []string
		var at diag.Problem
		for _, sp := range u.spellings {
			f := fs[sp.first]
			list = append(list, fmt.Sprintf("%q (%d, %s)", sp.text, sp.n, origin(f)))
			if at.File == "" && cleanName(sp.text) != u.name {
				at = diag.Warnf(place(f), line(f), "")
			}
		}
		f := fs[u.spellings[0].first]
		b.rep.Checks = append(b.rep.Checks, Check{What: "Tên đơn vị viết khác nhau", Unit: u.name, Year: f.Year,
			Sources: []int{u.spellings[0].first},
			Problem: diag.Warnf(at.File, at.Line, "unit %q is written %d ways, taken as one unit: %s",
				u.name, len(u.spellings), strings.Join(list, "; "))})
	}
}

// origin is where a fact was read, as a message shows it: "facts.csv:12",
// "a.txt:7", "a.txt".
func origin(f facts.Fact) string {
	if n := line(f); n > 0 {
		return place(f) + ":" + strconv.Itoa(n)
	}
	return place(f)
}

// place and line give a fact's origin for messages: "facts.csv", 12 from
// "facts.csv:12", else the source document and the line of its sentence.
func place(f facts.Fact) string {
	if f.Origin != "" {
		if i := strings.LastIndexByte(f.Origin, ':'); i > 0 {
			if _, err := strconv.Atoi(f.Origin[i+1:]); err == nil {
				return f.Origin[:i]
			}
		}
		return f.Origin
	}
	return f.Source
}

func line(f facts.Fact) int {
	if i := strings.LastIndexByte(f.Origin, ':'); i > 0 {
		if n, err := strconv.Atoi(f.Origin[i+1:]); err == nil {
			return n
		}
	}
	if f.Origin == "" {
		return f.Line
	}
	return 0
}

func qualifierText(f *facts.Fact) string {
	var s []string
	if w := qualifierWords[f.Qualifier]; w != "" {
		s = append(s, w)
	}
	if f.ValueMax != nil {
		s = append(s, FormatNumber(f.Value, 4)+" - "+FormatNumber(*f.ValueMax, 4))
	}
	return strings.Join(s, " ")
}

// layout orders the units, resolves every cell and
// derives the ratios.
func (b *builder) layout() {
	r := b.rep
	var names []string
	byName := map[string]*unitAcc{}
	for _, u := range b.units {
		names = append(names, u.name)
		byName[u.name] = u
	}
	SortUnitNames(names)
	for _, n := range names {
		u := byName[n]
		u.unit = b.newUnit(u)
		b.accOf[u.unit] = u
		r.Units = append(r.Units, u.unit)
	}
	for i := range r.src {
		r.src[i].unit = b.unitOf[i].unit
	}
	for _, n := range names {
		b.fillUnit(byName[n])
	}
}

func (b *builder) newUnit(u *unitAcc) *Unit {
	out := &Unit{Name: u.name, Short: shortName(u.name)}
	out.Issuer = "UBND " + upper(u.name)
	pl := strings.TrimSpace(b.opt.Place)
	if u.unnamed {
		// The document said "UBND huyện" and no more: so does the header,
		// and the place is left for a person to write.
		out.Unnamed, out.Short = true, u.short
		out.Issuer = ""
		if w := bareWord(u.spellings[0].text); w != unitname.Unknown {
			out.Issuer = "UBND " + upper(w)
		}
		if pl == "" {
			pl = " "
		}
	}
	if p, ok := provinces[strings.ToLower(u.name)]; ok {
		out.Governing = "UBND " + upper(p)
	}
	if b.rep.Org != "" {
		org := upper(b.rep.Org)
		if org != out.Issuer && !strings.HasPrefix(org, "UBND ") {
			// A department issues on behalf of the unit's people's committee,
			// which then heads the block.
			out.Governing = out.Issuer
		}
		out.Issuer = org
	}
	if pl == "" {
		pl = placeName(u.name)
	}
	out.DateLine = DateLine(strings.TrimSpace(pl), b.opt.Date)
	return out
}

// sectionOrder is the catalog's section order, then any other section,
// then KHÁC.
func (b *builder) sectionRank(id string) int {
	for i, s := range b.cat.Sections {
		if s.ID == id {
			return i
		}
	}
	if id == catalog.Other {
		return len(b.cat.Sections) + 1
	}
	return len(b.cat.Sections)
}

func (b *builder) fillUnit(ua *unitAcc) {
	r, u := b.rep, ua.unit
	var all []int
	for y := range ua.years {
		all = append(all, y)
	}
	sort.Ints(all)
	var shown []int
	for _, y := range all {
		if b.opt.Year == 0 || y == b.opt.Year {
			shown = append(shown, y)
		}
	}
	u.Subtitle = yearsLabel(shown)
	idx := map[int]int{}
	for i, y := range shown {
		idx[y] = i
		pi, ok := idx[y-1]
		if !ok {
			pi = -1
		}
		u.Years = append(u.Years, UnitYear{Year: y, PrevIndex: pi})
	}

	codes := make([]string, 0, len(ua.rows))
	for c := range ua.rows {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		a, c := ua.rows[codes[i]], ua.rows[codes[j]]
		if ra, rc := b.sectionRank(a.sec), b.sectionRank(c.sec); ra != rc {
			return ra < rc
		}
		if a.sec != c.sec {
			return a.sec < c.sec
		}
		if oa, oc := b.cat.Order(codes[i]), b.cat.Order(codes[j]); oa != oc {
			return oa < oc
		}
		return codes[i] < codes[j]
	})

	var sec *Section
	for _, code := range codes {
		ra := ua.rows[code]
		cells := map[int]*YearCells{}
		for _, y := range all {
			if ra.years[y] {
				cells[y] = b.cells(ra, y)
			}
		}
		for _, y := range all {
			c := cells[y]
			if c == nil {
				continue
			}
			cr := &CompareRow{Unit: u, Indicator: ra.ind, Year: y, Cells: c}
			cr.Estimate = c.Actual != nil && c.Actual.Estimate
			cr.Files = b.files(ra, y)
			r.Compare = append(r.Compare, cr)
		}
		row := &Row{Indicator: ra.ind}
		has := false
		for _, y := range shown {
			c := cells[y]
			if c == nil {
				c = &YearCells{Year: y}
			} else {
				has = true
			}
			row.Years = append(row.Years, c)
		}
		if !has {
			continue
		}
		if sec == nil || sec.ID != ra.sec {
			sec = &Section{ID: ra.sec, Numeral: roman(len(u.Sections) + 1), Name: b.cat.SectionName(ra.sec)}
			u.Sections = append(u.Sections, sec)
		}
		row.No = len(sec.Rows) + 1
		sec.Rows = append(sec.Rows, row)
	}

	// Per-year headings and the previous-period ratio, now that every row
	// of the sheet is known.
	for i := range u.Years {
		uy := &u.Years[i]
		actuals, estimates := 0, 0
		for _, s := range u.Sections {
			for _, row := range s.Rows {
				c := row.Years[i]
				if c.Actual != nil {
					actuals++
					if c.Actual.Estimate {
						estimates++
					}
				}
				b.ofPrev(u, row, i)
				if c.OfPrev.Valid {
					uy.Prev = true
					if c.OfPrev.Derived {
						uy.PrevDerived = true
					}
				}
			}
		}
		uy.EstimateTH = actuals > 0 && estimates == actuals
	}
	for _, s := range u.Sections {
		for _, row := range s.Rows {
			b.remarks(u, row)
		}
	}
	for _, k := range r.Key {
		var sc SummaryCell
		if ra := ua.rows[k.Code]; ra != nil && ra.years[r.Latest] {
			c := b.cells(ra, r.Latest)
			if c.Actual != nil {
				sc.Figure = c.Actual
			} else if c.Plan != nil {
				sc.Figure, sc.IsPlan = c.Plan, true
			}
		}
		u.Summary = append(u.Summary, sc)
	}
}

// files names the source files of a row's facts of year y, "; " between
// them; the text is made once for each list of files (most rows of a
// report name the same few).
func (b *builder) files(ra *rowAcc, y int) string {
	seen := map[string]bool{}
	var out []string
	add := func(i int) {
		s := b.rep.Facts[i].Source
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	var all []int
	for k, is := range ra.cells {
		if k.year == y {
			all = append(all, is...)
		}
	}
	all = append(all, ra.wrong[y]...)
	sort.Ints(all)
	for _, i := range all {
		add(i)
	}
	t := strings.Join(out, "; ")
	if k, ok := b.texts[t]; ok {
		return k
	}
	b.texts[t] = t
	return t
}

// cells resolves one row's year: the figure of each kind and TH/KH.
func (b *builder) cells(ra *rowAcc, y int) *YearCells {
	if ra.resolved == nil {
		ra.resolved = map[int]*YearCells{}
	}
	if c, ok := ra.resolved[y]; ok {
		return c
	}
	c := &YearCells{Year: y, Wrong: ra.wrong[y]}
	c.Plan = b.figure(ra, y, facts.Plan)
	c.Actual = b.figure(ra, y, facts.Actual)
	stated := b.figure(ra, y, facts.PctOfPlan)
	c.OfPlan.Stated = stated
	// December's or the fourth quarter's figure alone measured against
	// the year's plan is no share of it (the year to date is: "9 tháng
	// đạt 75% kế hoạch").
	if c.Plan != nil && c.Actual != nil && c.Plan.YearEndPeriod == c.Actual.YearEndPeriod {
		c.OfPlan.Derived = true
		if c.Plan.Value != 0 {
			c.OfPlan.Valid = true
			c.OfPlan.Value = c.Actual.Value / c.Plan.Value * 100
		}
	} else if stated != nil {
		c.OfPlan.Valid, c.OfPlan.Value = true, stated.Value
	}
	ra.resolved[y] = c
	return c
}

// ofPrev fills TH/cùng kỳ of a shown year: from the previous year's actual
// on the same sheet, else from a stated ratio (or 100 + a stated change).
func (b *builder) ofPrev(u *Unit, row *Row, i int) {
	c := row.Years[i]
	if noPrevRatio(row.Indicator) {
		// Ghi chú gives the change in points (see pointRemarks).
		c.OfPrev = Ratio{}
		return
	}
	ra := b.accOf[u].rows[row.Code]
	stated := b.figure(ra, c.Year, facts.PctOfPrev)
	if stated == nil {
		if ch := b.figure(ra, c.Year, facts.ChangeVsPrev); ch != nil {
			cp := *ch
			cp.Value = 100 + ch.Value
			stated = &cp
		}
	}
	c.OfPrev = Ratio{Stated: stated}
	if pi := u.Years[i].PrevIndex; pi >= 0 {
		// "Cùng kỳ" is the same period of the year before: a figure to
		// 31/10 is not compared with a full year.
		if p := row.Years[pi].Actual; p != nil && c.Actual != nil && samePeriod(p, c.Actual) {
			if why := unsurePeriod(p, c.Actual, stated, row.Years[pi].Year, c.Year); why != "" {
				c.OfPrev.Unsure = why
				if stated != nil {
					c.OfPrev.Valid, c.OfPrev.Value = true, stated.Value
				}
				return
			}
			c.OfPrev.Derived = true
			if p.Value > 0 && c.Actual.Value >= 0 {
				// A ratio to nothing, or of a negative figure ("-200%"),
				// says nothing.
				c.OfPrev.Valid = true
				c.OfPrev.Value = c.Actual.Value / p.Value * 100
			}
			return
		}
	}
	if stated != nil {
		c.OfPrev.Valid, c.OfPrev.Value = true, stated.Value
	}
}

// samePeriod reports whether two figures of consecutive years cover the
// same part of their year: both full years, or both to the same day of
// the same month (the month's end in both: 29/02/2024 and 28/02/2023).
// Two periods that end the same day may still differ in length: see
// unsurePeriod.
func samePeriod(prev, cur *Figure) bool {
	if prev.PartYear == "" || cur.PartYear == "" {
		return prev.PartYear == cur.PartYear
	}
	pd, pm, py, ok1 := splitDMY(prev.PartYear)
	cd, cm, cy, ok2 := splitDMY(cur.PartYear)
	if !ok1 || !ok2 || pm != cm {
		return false
	}
	return pd == cd || pd == monthEnd(py, pm) && cd == monthEnd(cy, cm)
}

// splitDMY reads "31/10/2024".
func splitDMY(s string) (d, m, y int, ok bool) {
	parts := strings.Split(s, "/")
	if len(parts) != 3 {
		return 0, 0, 0, false
	}
	var err [3]error
	d, err[0] = strconv.Atoi(parts[0])
	m, err[1] = strconv.Atoi(parts[1])
	y, err[2] = strconv.Atoi(parts[2])
	return d, m, y, err[0] == nil && err[1] == nil && err[2] == nil
}

// monthEnd is the last day of month m of year y.
func monthEnd(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// unsurePeriod says why two actuals of consecutive years dated alike
// (samePeriod) are not divided into a TH/cùng kỳ, or "" when they are.
// The facts date a month's figure ("tháng 10") and the months to it ("10
// tháng") alike, at the month's end, and December, the fourth quarter and
// the second half all at 31/12: a ratio of two such figures may set a
// month against ten ("12%", read as a collapse). A stated ratio that the
// figures give settles it: they are of one period. Otherwise two figures
// dated 31/12 are never divided (which of the three periods each is, the
// facts do not say), and other part-year amounts only while one is less
// than 2,5 times the other: beyond that they are taken for periods of
// different length. Periods that differ less (six months and a quarter)
// pass: the facts cannot tell them apart.
func unsurePeriod(prev, cur, stated *Figure, prevYear, curYear int) string {
	if prev.PartYear == "" || prev.Value <= 0 || cur.Value <= 0 {
		return ""
	}
	if stated != nil && agrees(cur.Value/prev.Value*100, stated) {
		return ""
	}
	both := fmt.Sprintf("TH %d và TH %d cùng ghi đến %s", curYear, prevYear, cur.PartYear[:5])
	if cur.YearEndPeriod || prev.YearEndPeriod {
		return both + ", mỗi số có thể là tháng 12, quý IV hoặc 6 tháng cuối năm: không chắc cùng kỳ"
	}
	if r := cur.Value / prev.Value; r >= 1/2.5 && r <= 2.5 {
		return ""
	}
	m := strings.TrimLeft(cur.PartYear[3:5], "0")
	return both + " nhưng số này gấp hơn 2,5 lần số kia, có thể không cùng kỳ (ví dụ số riêng tháng " + m + " và số lũy kế " + m + " tháng)"
}

// remarks writes a row's Ghi chú: part-year figures, estimates under a
// "Thực hiện" heading, qualifiers, stated ratios that disagree with the
// figures or cannot be derived, and facts that are listed but not shown.
func (b *builder) remarks(u *Unit, row *Row) {
	multi := len(u.Years) > 1
	suffix := func(y int) string {
		if multi {
			return " (năm " + strconv.Itoa(y) + ")"
		}
		return ""
	}
	var out []string
	for i, c := range row.Years {
		y := c.Year
		for _, p := range []struct {
			label string
			f     *Figure
		}{{"KH", c.Plan}, {"TH", c.Actual}} {
			if p.f == nil {
				continue
			}
			if t := periodTag(b.rep.Facts[p.f.Fact]); t != "" {
				out = append(out, fmt.Sprintf("%s %d %s", p.label, y, t))
			}
			if p.label == "TH" && p.f.Estimate && !u.Years[i].EstimateTH {
				out = append(out, fmt.Sprintf("TH %d là số ước", y))
			}
			if src := b.rep.Source(p.f.Fact); src.Qualifier != "" {
				out = append(out, fmt.Sprintf("%s %d: %s", p.label, y, qualifiedText(src)))
			}
			if len(p.f.Others) > 0 {
				out = append(out, fmt.Sprintf("%s %d có số liệu khác (xem trang Kiểm tra)", p.label, y))
			}
		}
		if s := c.OfPlan.Stated; s != nil && len(s.OtherPlans) > 0 {
			// Each share with the plan it measures against: the column
			// cannot say which plan its figure is of.
			for _, i := range append([]int{s.Fact}, s.OtherPlans...) {
				f := &b.rep.Facts[i]
				phrase, _ := planBasis(f)
				out = append(out, "Báo cáo nêu: đạt "+FormatNumber(f.Value, 2)+"% "+phrase+suffix(y))
			}
			if c.OfPlan.Derived && c.OfPlan.Valid && !b.anyPlanAgrees(c.OfPlan.Value, s) {
				b.rep.Checks = append(b.rep.Checks, b.ratioCheck(u, row, c, s, "TH/KH", c.OfPlan.Value))
			}
		} else if s != nil && (!c.OfPlan.Derived || !agrees(c.OfPlan.Value, s)) {
			out = append(out, "Báo cáo nêu: đạt "+FormatNumber(s.Value, 2)+"%"+suffix(y))
			if c.OfPlan.Derived && c.OfPlan.Valid {
				b.rep.Checks = append(b.rep.Checks, b.ratioCheck(u, row, c, s, "TH/KH", c.OfPlan.Value))
			}
		}
		if noPrevRatio(row.Indicator) {
			out = append(out, b.pointRemarks(u, row, i, suffix(y))...)
		}
		if c.OfPrev.Unsure != "" {
			out = append(out, "TH/cùng kỳ không tính"+suffix(y)+": "+c.OfPrev.Unsure)
		}
		if s := c.OfPrev.Stated; s != nil && (!c.OfPrev.Derived || !agrees(c.OfPrev.Value, s)) {
			f := &b.rep.Facts[s.Fact]
			var t string
			switch {
			case f.Kind == facts.PctOfPrev:
				t = "bằng " + FormatNumber(f.Value, 2) + "% cùng kỳ"
			case f.Value < 0:
				t = "giảm " + FormatNumber(-f.Value, 2) + "% so với cùng kỳ"
			default:
				t = "tăng " + FormatNumber(f.Value, 2) + "% so với cùng kỳ"
			}
			out = append(out, "Báo cáo nêu: "+t+suffix(y))
			if c.OfPrev.Derived && c.OfPrev.Valid {
				b.rep.Checks = append(b.rep.Checks, b.ratioCheck(u, row, c, s, "TH/cùng kỳ", c.OfPrev.Value))
			}
		}
		for _, r := range []struct {
			label string
			f     *Figure
		}{{"TH/KH", c.OfPlan.Stated}, {"TH/cùng kỳ", c.OfPrev.Stated}} {
			if r.f != nil && len(r.f.Others) > 0 {
				out = append(out, fmt.Sprintf("%s %d có số liệu khác (xem trang Kiểm tra)", r.label, y))
			}
		}
		if len(c.Wrong) > 0 {
			out = append(out, fmt.Sprintf("Năm %d có số liệu sai đơn vị tính (xem trang Kiểm tra)", y))
		}
	}
	row.Remarks = out
}

func (b *builder) ratioCheck(u *Unit, row *Row, c *YearCells, s *Figure, what string, derived float64) Check {
	f := b.rep.Facts[s.Fact]
	p := diag.Warnf(place(f), line(f), "stated %s %s%% for %s, %s %s differs from the figures (%s%%)",
		what, FormatNumber(s.Value, 2), u.Name, row.Name, strconv.Itoa(c.Year), FormatNumber(derived, 2))
	return Check{Problem: p, What: "Tỷ lệ nêu khác số liệu", Unit: u.Name, Year: c.Year, Code: row.Code,
		Name: row.Name, Kind: string(f.Kind), Sources: []int{s.Fact}}
}

// anyPlanAgrees reports whether the derived TH/KH is one of the stated
// shares of several plans: the sheet's plan is one of them.
func (b *builder) anyPlanAgrees(derived float64, s *Figure) bool {
	if agrees(derived, s) {
		return true
	}
	for _, i := range s.OtherPlans {
		if agrees(derived, &Figure{Value: b.rep.Facts[i].Value}) {
			return true
		}
	}
	return false
}

// agrees reports whether a stated percentage is the derived one up to the
// rounding of the stated figure (105 for 104,6; 96,4 for 96,43).
func agrees(derived float64, s *Figure) bool {
	d := Decimals(s.Value, 2)
	tol := 0.5*math.Pow(10, -float64(d)) + 1e-9
	return math.Abs(derived-s.Value) <= tol
}

// figure resolves the candidates of one cell: the best shown, the rest
// kept as the same figure or as conflicts.
func (b *builder) figure(ra *rowAcc, y int, k facts.Kind) *Figure {
	cands := ra.cells[cellKey{y, k}]
	if len(cands) == 0 {
		return nil
	}
	if ra.figs == nil {
		ra.figs = map[cellKey]*Figure{}
	}
	if f, ok := ra.figs[cellKey{y, k}]; ok {
		return f
	}
	r := b.rep
	fs := r.Facts
	order := append([]int(nil), cands...)
	// A month's amount beside the year to the same day comes last, then
	// Better's order (one key after another, so that the sort's order does
	// not depend on the facts' order).
	within := monthsWithin(fs, cands)
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if within[a] != within[b] {
			return within[b]
		}
		return Better(fs[a], fs[b])
	})
	best := order[0]
	bf := fs[best]
	fig := &Figure{Value: r.Source(best).Value, Fact: best, Estimate: bf.Estimate, PartYear: partYear(bf), YearEndPeriod: datedYearEnd(bf)}
	for _, i := range order[1:] {
		switch {
		case sameValue(fs[i].Value, bf.Value):
			fig.Same = append(fig.Same, i)
			r.src[i].status = same
		case k == facts.PctOfPlan && otherPlan(&fs[best], &fs[i]) && !b.stated(fig.OtherPlans, &fs[i]):
			fig.OtherPlans = append(fig.OtherPlans, i)
			r.src[i].status = otherPlanShare
		default:
			fig.Others = append(fig.Others, i)
			r.src[i].status = conflict
			if partYear(fs[i]) != partYear(bf) || within[i] {
				// The year to 30/09 beside the whole year, or a month
				// beside the year to its end: both may be true, so no
				// conflict, but still not shown.
				r.src[i].status = otherPeriod
			}
		}
	}
	sort.Ints(fig.Same)
	sort.Ints(fig.Others)
	sort.Ints(fig.OtherPlans)
	b.checkOthers(ra, y, k, best, fig.Others, conflict)
	b.checkOthers(ra, y, k, best, fig.Others, otherPeriod)
	ra.figs[cellKey{y, k}] = fig
	return fig
}

// checkOthers warns of the figures of a cell with status st that are not
// shown beside the best, and lists them on Kiểm tra: figures that
// disagree, or figures of another part of the year (each with the date
// its period ends).
func (b *builder) checkOthers(ra *rowAcc, y int, k facts.Kind, best int, others []int, st status) {
	r := b.rep
	fs := r.Facts
	dated := func(i int) string {
		if p := partYear(fs[i]); st == otherPeriod && p != "" {
			return valueText(r.Source(i)) + " (" + fs[i].Source + ", " + p + ")"
		}
		return valueText(r.Source(i)) + " (" + fs[i].Source + ")"
	}
	var vs []string
	ids := []int{best}
	for _, i := range others {
		if r.src[i].status == st {
			vs = append(vs, dated(i))
			ids = append(ids, i)
		}
	}
	if len(vs) == 0 {
		return
	}
	bf := fs[best]
	un := b.unitOf[best].name
	format, what := "conflicting figures for %s, %s %s, %s: shown %s, not shown %s", "Số liệu khác nhau"
	if st == otherPeriod {
		format, what = "figures of another period for %s, %s %s, %s (a date is the end of a part-year figure's period): shown %s, not shown %s", "Số liệu của kỳ khác"
	}
	p := diag.Warnf(place(bf), line(bf), format, un, ra.ind.Name, strconv.Itoa(y), facts.KindTitles[k], dated(best), strings.Join(vs, "; "))
	r.Checks = append(r.Checks, Check{Problem: p, What: what, Unit: un,
		Year: y, Code: bf.Indicator, Name: ra.ind.Name, Kind: string(k), Sources: ids})
}

// stated reports whether a share of f's plan is among the shares of other
// plans already: a third differing share of the same other plan is a
// conflict with that one, not another plan.
func (b *builder) stated(shares []int, f *facts.Fact) bool {
	for _, i := range shares {
		if !otherPlan(&b.rep.Facts[i], f) {
			return true
		}
	}
	return false
}

func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// Better reports whether fact a should be shown rather than b when both
// give the same unit, indicator, year and kind: any figure wins over one
// dated 31 December of its year, which is December's, the fourth
// quarter's or the second half's alone (the whole year is not dated), so
// neither the year nor the year to date; else a figure that is not an
// estimate wins, then the later as_of (a full-year figure counts as of 31
// December), then neither (the first stays first in a stable sort). Each
// rule compares one key, so Better is a strict weak order. A cell first
// puts aside a month beside the year to its end (see monthsWithin).
func Better(a, b facts.Fact) bool {
	if ea, eb := datedYearEnd(a), datedYearEnd(b); ea != eb {
		return eb
	}
	if a.Estimate != b.Estimate {
		return !a.Estimate
	}
	return asOf(a) > asOf(b)
}

// monthsWithin marks, among one cell's candidates, each amount (money or
// a count, not a rate) with a larger amount dated the same day before the
// end of their year: facts.md dates a month's figure at the month's end
// like the year to that day ("tháng 10 ước 2.845 tỷ đồng, lũy kế 27.306
// tỷ đồng"), and the year to date holds the month, so the smaller is the
// month's, not the figure the cell is for.
func monthsWithin(fs []facts.Fact, cands []int) map[int]bool {
	var within map[int]bool
	for _, i := range cands {
		a := fs[i]
		if a.AsOf == "" || a.AsOf >= yearEnd(a.Year) || a.UOM == facts.Percent || a.Value < 0 {
			continue
		}
		for _, j := range cands {
			if b := fs[j]; b.AsOf == a.AsOf && b.UOM != facts.Percent && b.Value > a.Value {
				if within == nil {
					within = map[int]bool{}
				}
				within[i] = true
				break
			}
		}
	}
	return within
}

// datedYearEnd reports a figure whose as_of is the last day of its own
// year: a period that ends with the year, not the whole year (see
// Figure.YearEndPeriod).
func datedYearEnd(f facts.Fact) bool {
	return f.AsOf == yearEnd(f.Year)
}

// yearEnd is 31 December of year y, as as_of writes it.
func yearEnd(y int) string { return fmt.Sprintf("%04d-12-31", y) }

// asOf is the date a figure runs to, as a sortable string; a figure
// without one, or dated after its year, covers the full year.
func asOf(f facts.Fact) string {
	end := yearEnd(f.Year)
	if f.AsOf == "" || f.AsOf > end {
		return end
	}
	return f.AsOf
}

// partYear is the dd/mm/yyyy end of a figure that covers part of its
// year only (to a date before the year's end, or a period that ends with
// it), or "" for the whole year (no as_of, or one after the year).
func partYear(f facts.Fact) string {
	if f.AsOf == "" || f.AsOf > yearEnd(f.Year) {
		return ""
	}
	return dmy(f.AsOf)
}

// periodTag says what part of its year a figure covers, for notes: "đến
// 31/10/2024", "chỉ kỳ kết thúc 31/12/2024 (tháng 12, quý IV hoặc 6 tháng
// cuối năm), không phải cả năm", or "" for the year.
func periodTag(f facts.Fact) string {
	p := partYear(f)
	switch {
	case p == "":
		return ""
	case datedYearEnd(f):
		return "chỉ kỳ kết thúc " + p + " (tháng 12, quý IV hoặc 6 tháng cuối năm), không phải cả năm"
	}
	return "đến " + p
}

// valueText writes a source's value with its unit: "4.435,98 tỷ đồng".
func valueText(s Source) string {
	v := FormatNumber(s.Value, 2)
	if s.Measure == Money && s.Value != 0 && math.Abs(s.Value) < 0.01 {
		v = FormatNumber(s.Value, 6)
	}
	if s.UOM == facts.Percent {
		return v + "%"
	}
	return v + " " + s.UOM
}

// qualifiedText writes a figure as the document did: "trên 22%",
// "khoảng 1.000 tỷ đồng", "15 - 16%".
func qualifiedText(s Source) string {
	f := s.Fact
	v := valueText(s)
	if f.ValueMax != nil {
		hi := s
		hi.Value = s.Value * *f.ValueMax / f.Value
		if f.Value == 0 {
			hi.Value = *f.ValueMax
		}
		v = FormatNumber(s.Value, 2) + " - " + valueText(hi)
	}
	if w := qualifierWords[f.Qualifier]; w != "" {
		v = w + " " + v
	}
	return v
}

// Note is the text of a value cell's note: where the figure came from
// (the file and line, the sentence), then the facts that agree or
// disagree. The cell shows the figure and its column the kind and year,
// so the note restates them only with what the cell cannot say: a
// qualifier (khoảng, trên), an estimate, a part of the year. It is made
// when asked for, not kept: a report has a note for every figure.
func (r *Report) Note(fig *Figure) string { return r.note(fig, false) }

// NoteWithFigure is Note starting with the figure, its kind and year
// ("Kế hoạch 2023: 1.651,35 tỷ đồng"), for a cell whose place may not say
// what it holds (a cell of an office's own form).
func (r *Report) NoteWithFigure(fig *Figure) string { return r.note(fig, true) }

func (r *Report) note(fig *Figure, what bool) string {
	s := r.Source(fig.Fact)
	f := s.Fact
	var nb strings.Builder
	nb.Grow(64 + len(f.Evidence))
	var tags []string
	if s.Qualifier != "" {
		tags = append(tags, s.Qualifier)
	}
	if f.Estimate {
		tags = append(tags, "số ước")
	}
	if t := periodTag(*f); t != "" {
		tags = append(tags, t)
	}
	if len(tags) > 0 || what {
		fmt.Fprintf(&nb, "%s %d: %s", s.KindTitle, f.Year, valueText(s))
		if len(tags) > 0 {
			nb.WriteString(" (" + strings.Join(tags, ", ") + ")")
		}
		nb.WriteByte('\n')
	}
	if f.Kind.IsRatio() {
		nb.WriteString("Số liệu báo cáo nêu\n")
	}
	nb.WriteString("Nguồn: " + f.Source)
	switch {
	case f.Line > 0:
		nb.WriteString(", dòng " + strconv.Itoa(f.Line))
	case f.Origin != "" && f.Origin != f.Source:
		nb.WriteString(" (" + f.Origin + ")")
	}
	if f.Evidence != "" {
		nb.WriteString("\n“" + f.Evidence + "”")
	}
	for _, i := range fig.Same {
		nb.WriteString("\nCùng số liệu: " + r.Facts[i].Source)
	}
	if len(fig.OtherPlans) > 0 {
		if phrase, _ := planBasis(f); phrase != "" {
			nb.WriteString("\nSo với: " + phrase)
		}
	}
	for _, i := range fig.OtherPlans {
		o := r.Facts[i]
		phrase, _ := planBasis(&o)
		nb.WriteString("\nTheo kế hoạch khác: đạt " + FormatNumber(o.Value, 2) + "% " + phrase + " - " + o.Source)
		if o.Line > 0 {
			nb.WriteString(", dòng " + strconv.Itoa(o.Line))
		}
	}
	for _, i := range fig.Others {
		o := r.Source(i)
		label := "\nSố liệu khác (không dùng): "
		if r.src[i].status == otherPeriod {
			label = "\nSố liệu kỳ khác (không dùng): "
		}
		nb.WriteString(label + valueText(o))
		if o.Fact.Estimate {
			nb.WriteString(", số ước")
		}
		if t := periodTag(*o.Fact); t != "" {
			nb.WriteString(", " + t)
		}
		nb.WriteString(" - " + o.Fact.Source)
		if o.Fact.Evidence != "" {
			nb.WriteString(" “" + o.Fact.Evidence + "”")
		}
	}
	return nb.String()
}

// maxCellText is what a spreadsheet cell (or note) holds, in UTF-16 code
// units (Excel's limit).
const maxCellText = 32767

func utf16Len(s string) int {
	if len(s) <= maxCellText {
		return len(s) // never more units than bytes
	}
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
