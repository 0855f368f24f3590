package form

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/internal/xlsx"
)

// Options are the choices of one fill.
type Options struct {
	// Year is the report year of every unit; 0 gives each unit its own
	// latest year with facts.
	Year    int
	Catalog *catalog.Catalog // nil for the built-in catalog
}

// Filled is a form filled in memory, ready to write.
type Filled struct {
	p     *pkg
	date  time.Time
	notes *xlsx.Notes
	// Sheets are the filled sheets, in workbook order.
	Sheets []string
	// Unfilled counts the placeholders left unfilled: not understood, or
	// without a value in the report.
	Unfilled int
}

// Write writes the filled workbook.
func (f *Filled) Write(w io.Writer) error {
	f.p.flush()
	return xlsx.WriteParts(w, f.p.parts, f.date, f.notes)
}

// problem is one placeholder chitieu could not fill.
type problem struct {
	sheet, cell, raw string
	why              *msg
	missing          bool // a value the report does not have (else: not understood)
}

// filler holds one fill.
type filler struct {
	t      *Template
	p      *pkg
	d      *Data
	rep    *report.Report
	opt    Options
	wb     string
	sst    []*node
	others []sheetInfo // the form's sheets as they came (for references)
	charts []string
	notes  *xlsx.Notes
	probs  []problem
	// comments are the notes a form's author left on cells, by sheet.
	comments map[string][]cellNote
	st       *styleSheet
	// wrapped is set when a cell got a wrapping format (see wrapText), so
	// that its row is fitted to the text, repeated or not, and grown when
	// the form fixed its height.
	wrapped bool
	// partYear are the cells of the sheet being filled that hold a figure
	// of part of the year as text (see figureResult), by cell reference.
	partYear map[string]string
	// leftOut are the formulas that refer to such cells, which Excel's
	// SUM and arithmetic do not count as numbers.
	leftOut []leftOut
}

// leftOutFormat warns of a formula that leaves out figures of part of the
// year (see leftOut).
const leftOutFormat = "cell %s: the formula leaves out %s: figures of part of the year, written as text"

// leftOut is a formula cell whose references take in cells holding a
// figure of part of the year as text.
type leftOut struct {
	sheet, cell string
	cells       []string // "E11 (đến 31/10/2024)"
}

type cellNote struct {
	ref, text string
}

// Fill fills the form t from the report: one copy of the form sheet per
// unit (or, when the form has a row marked {{lap don_vi}}, the form sheet
// once for all units), every placeholder replaced, everything else of the
// workbook kept. rep must be built for all years (report.Options.Year 0).
// The problems are warnings: placeholders not understood, values the
// report does not have, units left out; the error is for a form that
// cannot be filled at all.
func Fill(t *Template, rep *report.Report, opt Options) (*Filled, diag.List, error) {
	fl := &filler{t: t, p: newPkg(t.parts), rep: rep, opt: opt, d: NewData(rep, opt.Catalog),
		notes: xlsx.NewNotes(), comments: map[string][]cellNote{}}
	fail := func(format string, a ...any) (*Filled, diag.List, error) {
		return nil, nil, diag.Errorf(t.Name, 0, format, a...)
	}
	var err error
	if fl.wb, err = fl.p.workbookPart(); err != nil {
		return fail("%v", err)
	}
	if err := fl.loadStrings(); err != nil {
		return fail("%v", err)
	}
	sheets, err := fl.p.sheets(fl.wb)
	if err != nil {
		return fail("%v", err)
	}
	fl.others = sheets
	for _, n := range fl.p.sortedParts() {
		if strings.HasPrefix(fl.p.contentType(n), "application/vnd.openxmlformats-officedocument.drawingml.chart") {
			fl.charts = append(fl.charts, n)
		}
	}
	// The form sheet is the first with a placeholder; other sheets with
	// placeholders are filled once, for the whole report.
	form := -1
	var extra []int
	perUnit := true
	for i, s := range sheets {
		if s.part == "" {
			continue
		}
		phs, rep, err := fl.scan(s.part)
		if err != nil {
			return fail("%v", err)
		}
		if !phs {
			continue
		}
		if form < 0 {
			form = i
			perUnit = rep != PerUnit
		} else {
			extra = append(extra, i)
		}
	}
	if form < 0 {
		return fail("no placeholder in the form: type {{…}} in the cells to fill (see 'chitieu templates help')")
	}
	var ps diag.List
	fs := sheets[form]
	if err := fl.takeComments(fs); err != nil {
		return fail("%v", err)
	}
	filled := &Filled{p: fl.p, date: rep.Date, notes: fl.notes}
	if !perUnit {
		year := opt.Year
		if year == 0 {
			year = rep.Latest
		}
		if err := fl.fillSheet(fs.name, fs.part, scope{year: year}); err != nil {
			return fail("%v", err)
		}
		filled.Sheets = append(filled.Sheets, fs.name)
	} else {
		var units []*report.Unit
		for _, u := range rep.Units {
			if opt.Year != 0 && !fl.d.HasYear(u, opt.Year) {
				ps = append(ps, diag.Warnf(t.Name, 0, "%s has no facts for %s: no sheet for it", u.Name, strconv.Itoa(opt.Year)))
				continue
			}
			units = append(units, u)
		}
		if len(units) == 0 {
			return fail("no unit has facts for %s", strconv.Itoa(opt.Year))
		}
		var reserved []string
		for i, s := range sheets {
			if i != form {
				reserved = append(reserved, s.name)
			}
		}
		namer := xlsx.NewSheetNamer(append(reserved, xlsx.SheetChecks)...)
		names := make([]string, len(units))
		for i, u := range units {
			names[i] = namer.Name(u.Short)
		}
		parts, err := fl.copies(form, sheets, names)
		if err != nil {
			return fail("%v", err)
		}
		for i, u := range units {
			year := opt.Year
			if year == 0 {
				year = fl.d.LatestYear(u)
			}
			fl.comments[names[i]] = fl.comments[fs.name]
			if err := fl.fillSheet(names[i], parts[i], scope{unit: u, year: year}); err != nil {
				return fail("%v", err)
			}
			if i > 0 {
				// Copies are not referred to from elsewhere: done with.
				fl.release(parts[i])
			}
		}
		filled.Sheets = names
	}
	for _, i := range extra {
		s := sheets[i]
		if err := fl.takeComments(s); err != nil {
			return fail("%v", err)
		}
		year := opt.Year
		if year == 0 {
			year = rep.Latest
		}
		if err := fl.fillSheet(s.name, s.part, scope{year: year}); err != nil {
			return fail("%v", err)
		}
	}
	if err := fl.finish(); err != nil {
		return fail("%v", err)
	}
	// Placeholders not understood are named one by one; values the
	// report lacks, which a fixed form can have by the dozen, one line a
	// sheet (each is on the Kiểm tra sheet).
	var missing []string
	missingBy := map[string][]string{}
	for _, pr := range fl.probs {
		if pr.missing {
			if missingBy[pr.sheet] == nil {
				missing = append(missing, pr.sheet)
			}
			missingBy[pr.sheet] = append(missingBy[pr.sheet], pr.cell+" "+pr.raw)
			continue
		}
		args := append([]any{pr.sheet + "!" + pr.cell, pr.raw}, pr.why.args...)
		ps = append(ps, diag.Warnf(t.Name, 0, "%s: %s: not understood: "+pr.why.format, args...))
	}
	for _, lo := range fl.leftOut {
		ps = append(ps, diag.Warnf(t.Name, 0, leftOutFormat, lo.sheet+"!"+lo.cell, strings.Join(lo.cells, ", ")))
	}
	for _, sh := range missing {
		l := missingBy[sh]
		list := strings.Join(l, ", ")
		if len(l) > 8 {
			list = strings.Join(l[:8], ", ") + ", …"
		}
		ps = append(ps, diag.Warnf(t.Name, 0, "sheet %s: %d placeholders without a value in the report, left empty (listed on the Kiểm tra sheet): %s",
			sh, len(l), list))
	}
	if err := fl.checksSheet(ps); err != nil {
		return fail("%v", err)
	}
	filled.Unfilled = len(fl.probs)
	return filled, ps, nil
}

// release writes a filled copy's sheet and drawings back to bytes.
func (fl *filler) release(part string) {
	if rs, _, err := fl.p.rels(part); err == nil {
		for _, r := range rs {
			if r.typ == relDrawing && !r.external {
				fl.p.release(r.part)
			}
		}
	}
	fl.p.release(relsPath(part))
	fl.p.release(part)
}

// loadStrings reads the shared strings.
func (fl *filler) loadStrings() error {
	rs, _, err := fl.p.rels(fl.wb)
	if err != nil {
		return err
	}
	for _, r := range rs {
		if r.typ == relSST && fl.p.exists(r.part) {
			t, err := fl.p.tree(r.part)
			if err != nil {
				return err
			}
			fl.sst = t.root().children("si")
		}
	}
	return nil
}

// scan reports whether a sheet holds placeholders, and whether one of its
// rows repeats per unit.
func (fl *filler) scan(part string) (bool, string, error) {
	b := fl.p.parts[part]
	if !strings.Contains(string(b), "{{") && len(fl.sst) == 0 {
		return false, "", nil
	}
	t, err := parseXML(b)
	if err != nil {
		return false, "", fmt.Errorf("part %s: %v", part, err)
	}
	found, repeat := false, ""
	t.root().walk(func(n *node) {
		if local(n.name) != "c" || n.child("f") != nil {
			return
		}
		s, _ := fl.cellText(n)
		if !HasPlaceholder(s) {
			return
		}
		found = true
		for _, seg := range Parse(s) {
			if seg.Ph != nil && seg.Ph.Repeat == PerUnit {
				repeat = PerUnit
			}
		}
	})
	return found, repeat, nil
}

// cellText is a cell's text and the node holding its runs (<si> or <is>),
// or "" for a number, a formula or an empty cell.
func (fl *filler) cellText(c *node) (string, *node) {
	switch c.get("t") {
	case "s":
		v := c.child("v")
		if v == nil {
			return "", nil
		}
		i, err := strconv.Atoi(strings.TrimSpace(v.textOf()))
		if err != nil || i < 0 || i >= len(fl.sst) {
			return "", nil
		}
		si := fl.sst[i]
		return stringItemText(si), si
	case "inlineStr":
		if is := c.child("is"); is != nil {
			return stringItemText(is), is
		}
	}
	return "", nil
}

// stringItemText is the text of <si> or <is>: its <t>, or its runs' <t>,
// without phonetic guides.
func stringItemText(si *node) string {
	var b strings.Builder
	for _, k := range si.kids {
		if k.kind != elemNode {
			continue
		}
		switch local(k.name) {
		case "t":
			b.WriteString(k.textOf())
		case "r":
			if t := k.child("t"); t != nil {
				b.WriteString(t.textOf())
			}
		}
	}
	return b.String()
}

// takeComments moves the notes the form's author left on a sheet into the
// notes chitieu writes (one set of notes a sheet), and unlinks the old
// ones. The text is kept; the box's look is chitieu's.
func (fl *filler) takeComments(s sheetInfo) error {
	rs, root, err := fl.p.rels(s.part)
	if err != nil || root == nil {
		return err
	}
	var comments string
	for _, r := range rs {
		if r.typ == relComments && !r.external {
			comments = r.part
		}
	}
	if comments == "" {
		return nil
	}
	t, err := fl.p.tree(comments)
	if err != nil {
		return err
	}
	if cl := t.root().child("commentList"); cl != nil {
		for _, c := range cl.children("comment") {
			txt := ""
			if tx := c.child("text"); tx != nil {
				txt = stringItemText(tx)
			}
			fl.comments[s.name] = append(fl.comments[s.name], cellNote{c.get("ref"), txt})
		}
	}
	sh, err := fl.p.tree(s.part)
	if err != nil {
		return err
	}
	var keep []*node
	for _, k := range root.kids {
		if k.kind == elemNode && local(k.name) == "Relationship" {
			typ := k.get("Type")
			if typ == relComments || typ == relVML || typ == relThreaded {
				target := resolve(s.part, k.get("Target"))
				if k.get("TargetMode") != "External" && !fl.sharedTarget(s.part, target) {
					fl.p.remove(target)
					fl.p.remove(relsPath(target))
					fl.p.dropOverride(target)
				}
				continue
			}
		}
		keep = append(keep, k)
	}
	root.kids = keep
	sh.root().removeKids("legacyDrawing")
	return nil
}

// sharedTarget reports whether a part other than from links to target.
func (fl *filler) sharedTarget(from, target string) bool {
	for _, n := range fl.p.sortedParts() {
		if !strings.HasSuffix(n, ".rels") || n == relsPath(from) {
			continue
		}
		src := strings.TrimSuffix(strings.Replace(n, "_rels/", "", 1), ".rels")
		rs, _, err := fl.p.rels(src)
		if err != nil {
			continue
		}
		for _, r := range rs {
			if r.part == target {
				return true
			}
		}
	}
	return false
}

// fillSheet expands the repeated rows of a sheet and fills every
// placeholder.
func (fl *filler) fillSheet(name, part string, sc scope) error {
	sh, err := fl.loadSheet(name, part)
	if err != nil {
		return err
	}
	unshare(sh)
	// Notes of the form's author stay on their cells as rows move.
	authored := map[*node]string{}
	for _, cn := range fl.comments[name] {
		if c := sh.cell(cn.ref); c != nil {
			authored[c] = cn.text
		}
	}
	// Repeated rows, bottom up so the rows above stay where they are.
	type block struct {
		row    *node
		repeat string
		cell   string
	}
	var blocks []block
	for _, r := range sh.rows() {
		for _, c := range r.children("c") {
			if c.child("f") != nil {
				continue
			}
			s, _ := fl.cellText(c)
			if !HasPlaceholder(s) {
				continue
			}
			for _, seg := range Parse(s) {
				if seg.Ph == nil || seg.Ph.Repeat == "" {
					continue
				}
				if n := len(blocks); n > 0 && blocks[n-1].row == r {
					fl.problem(name, c.get("r"), seg.Ph.Raw, false, &msg{"a row repeats once; this marker is ignored", nil})
					continue
				}
				blocks = append(blocks, block{r, seg.Ph.Repeat, c.get("r")})
			}
		}
	}
	scopes := map[*node]scope{}
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		items := fl.items(b.repeat, sc)
		if items == nil {
			why := &msg{"rows per indicator need one unit: put them on a unit's form, without a {{lap don_vi}} row", nil}
			if b.repeat == PerUnit {
				why = &msg{"a row per unit belongs on a form for all units; on a unit's sheet it stays empty", nil}
			}
			fl.problem(name, b.cell, "{{lap "+b.repeat+"}}", false, why)
		}
		row := rowNum(b.row)
		if len(items) == 0 {
			scopes[b.row] = scope{empty: true, repeat: b.repeat}
			continue
		}
		scopes[b.row] = items[0]
		if n := len(items); n > 1 {
			if row+n-1 > maxRows {
				return fmt.Errorf("sheet %s: %d rows for row %d run past the end of the sheet", name, n, row)
			}
			if err := fl.insertRows(sh, row+1, n-1); err != nil {
				return err
			}
			if err := fl.stretch(sh, row, n-1); err != nil {
				return err
			}
			for k := 1; k < n; k++ {
				cp := fl.copyRow(sh, b.row, row+k)
				scopes[cp] = items[k]
			}
		}
	}
	fit := map[*node]bool{}
	for r := range scopes {
		fit[r] = true
	}
	fl.partYear = map[string]string{}
	notes := map[*node]string{}
	grow := map[*node]bool{}
	for _, r := range sh.rows() {
		rsc, ok := scopes[r]
		if !ok {
			rsc = sc
		}
		fl.wrapped = false
		for _, c := range r.children("c") {
			note := authored[c]
			if c.child("f") == nil {
				if s, runs := fl.cellText(c); HasPlaceholder(s) {
					if n := fl.fillCell(name, c, s, runs, rsc); n != "" {
						if note != "" {
							note = n + "\n\n" + note
						} else {
							note = n
						}
					}
				}
			}
			if note != "" {
				notes[c] = note
			}
		}
		if fl.wrapped {
			fit[r], grow[r] = true, true
		}
	}
	// Formulas, once every cell is filled: one that takes in a figure of
	// part of the year, written as text, leaves it out.
	for _, r := range sh.rows() {
		for _, c := range r.children("c") {
			if out := fl.takesInPartYear(c); len(out) > 0 {
				fl.leftOut = append(fl.leftOut, leftOut{name, c.get("r"), out})
				n := "Không gồm " + strings.Join(out, ", ") + ": số của một phần năm, ghi dạng chữ, công thức không cộng"
				if notes[c] != "" {
					n += "\n\n" + notes[c]
				}
				notes[c] = n
			}
		}
	}
	for _, r := range sh.rows() {
		for _, c := range r.children("c") {
			if notes[c] != "" {
				col, row, _ := cellPos(c.get("r"))
				fl.notes.Add(name, col, row, notes[c])
			}
		}
	}
	if len(fit) > 0 {
		width, looks, merged := colWidths(sh.ws), fl.looks(), mergedWidths(sh.ws)
		for _, r := range sh.rows() {
			if fit[r] {
				fl.fitRow(sh, r, width, looks, merged, grow[r])
			}
		}
	}
	// Notes of the author on cells the sheet does not hold.
	for _, cn := range fl.comments[name] {
		if sh.cell(cn.ref) == nil {
			if col, row, ok := cellPos(cn.ref); ok {
				fl.notes.Add(name, col, row, cn.text)
			}
		}
	}
	setDimension(sh)
	dropCachedValues(sh.ws)
	return nil
}

// cell finds a cell by reference.
func (sh *sheet) cell(ref string) *node {
	_, row, ok := cellPos(ref)
	if !ok {
		return nil
	}
	for _, r := range sh.rows() {
		if rowNum(r) != row {
			continue
		}
		for _, c := range r.children("c") {
			if c.get("r") == ref {
				return c
			}
		}
	}
	return nil
}

// items are the scopes of a repeated row's copies; nil when the row
// cannot repeat in this scope.
func (fl *filler) items(repeat string, sc scope) []scope {
	out := []scope{}
	switch repeat {
	case PerIndicator:
		if sc.unit == nil {
			if len(fl.rep.Units) != 1 {
				return nil
			}
			sc.unit = fl.rep.Units[0]
		}
		for i, r := range fl.d.Indicators(sc.unit, sc.year) {
			out = append(out, scope{unit: sc.unit, year: sc.year, row: r, stt: i + 1, repeat: repeat})
		}
	case PerFact:
		// Each unit's facts of its report year.
		var srcs []*report.Source
		if sc.unit != nil {
			srcs = fl.d.Facts(sc.unit, sc.year)
		} else {
			for _, u := range fl.rep.Units {
				y := fl.unitYear(u)
				if y != 0 {
					srcs = append(srcs, fl.d.Facts(u, y)...)
				}
			}
		}
		for i, s := range srcs {
			out = append(out, scope{unit: s.Unit, year: s.Fact.Year, fact: s, stt: i + 1, repeat: repeat})
		}
	case PerUnit:
		if sc.unit != nil {
			return nil
		}
		n := 0
		for _, u := range fl.rep.Units {
			y := fl.unitYear(u)
			if y == 0 {
				continue
			}
			n++
			out = append(out, scope{unit: u, year: y, stt: n, repeat: repeat})
		}
	}
	return out
}

// unitYear is a unit's report year: --year, or its latest year; 0 when the
// unit has no facts that year.
func (fl *filler) unitYear(u *report.Unit) int {
	if fl.opt.Year != 0 {
		if !fl.d.HasYear(u, fl.opt.Year) {
			return 0
		}
		return fl.opt.Year
	}
	return fl.d.LatestYear(u)
}

func (fl *filler) problem(sheet, cell, raw string, missing bool, why *msg) {
	fl.probs = append(fl.probs, problem{sheet, cell, raw, why, missing})
}

// fillCell replaces the placeholders of one cell and returns the note of
// its figures. A cell that is one placeholder takes the value itself (a
// number stays a number, in the cell's own format); placeholders inside
// text are written into it.
func (fl *filler) fillCell(sheet string, c *node, s string, runs *node, sc scope) string {
	ref := c.get("r")
	var notes []string
	// periods are the parts of the year of the figures written into text,
	// said once after it: "Thu: 5.606 tỷ đồng (đến 31/10/2024)".
	var periods []string
	tail := func() string {
		if len(periods) == 0 {
			return ""
		}
		return " (" + strings.Join(periods, "; ") + ")"
	}
	eval := func(p *Placeholder) (string, result) {
		r := fl.eval(p, sc)
		switch {
		case r.unknown != nil:
			fl.problem(sheet, ref, p.Raw, false, r.unknown)
			return p.Raw, r
		case r.missing != nil:
			fl.problem(sheet, ref, p.Raw, true, r.missing)
			return "…", r
		}
		if r.note != "" {
			notes = append(notes, r.note)
		}
		if r.partYear && !slices.Contains(periods, r.period) {
			periods = append(periods, r.period)
		}
		return r.format(), r
	}
	segs := Parse(s)
	// One placeholder, perhaps beside the row marker and spaces.
	var only *Placeholder
	alone := true
	for _, sg := range segs {
		switch {
		case sg.Ph == nil:
			if strings.TrimSpace(sg.Text) != "" {
				alone = false
			}
		case sg.Ph.Repeat != "":
		case only != nil:
			alone = false
		default:
			only = sg.Ph
		}
	}
	if alone {
		if only == nil {
			setEmpty(c)
			return ""
		}
		txt, r := eval(only)
		switch {
		case r.unknown != nil:
			setText(c, txt)
		case r.missing != nil || !r.isNum && r.text == "":
			setEmpty(c)
		case r.isNum:
			setNumber(c, r.num)
			if r.figure {
				fl.numberFormat(c, r)
			}
		case r.partYear:
			// Two lines where the cell can wrap, else one.
			txt := r.text
			if !fl.wrapText(c) {
				txt = strings.ReplaceAll(r.text, "\n", " ")
			}
			setText(c, txt)
			fl.partYear[ref] = r.period
			if sc.unit != nil {
				fl.partYear[ref] = sc.unit.Name + ", " + r.period
			}
		default:
			setText(c, r.text)
		}
		return strings.Join(notes, "\n\n")
	}
	// Text with placeholders: keep the runs' formatting where each
	// placeholder lies within one run.
	if runs != nil && len(runs.children("r")) > 0 && placeholdersWithinRuns(runs) {
		out := &node{kind: elemNode, name: "is"}
		for _, k := range runs.kids {
			if k.kind != elemNode {
				continue
			}
			switch local(k.name) {
			case "r":
				nr := k.clone()
				if nt := nr.child("t"); nt != nil {
					nt.setText(fl.substitute(nt.textOf(), eval))
					nt.set("xml:space", "preserve")
				}
				out.kids = append(out.kids, nr)
			case "t":
				nt := k.clone()
				nt.setText(fl.substitute(k.textOf(), eval))
				out.kids = append(out.kids, nt)
			}
		}
		if t := tail(); t != "" {
			if rs := out.children("r"); len(rs) > 0 && rs[len(rs)-1].child("t") != nil {
				nt := rs[len(rs)-1].child("t")
				nt.setText(nt.textOf() + t)
			} else if ts := out.children("t"); len(ts) > 0 {
				ts[len(ts)-1].setText(ts[len(ts)-1].textOf() + t)
			}
		}
		setRich(c, out)
		return strings.Join(notes, "\n\n")
	}
	txt := fl.substitute(s, eval)
	setText(c, txt+tail())
	return strings.Join(notes, "\n\n")
}

// placeholdersWithinRuns reports whether no placeholder of a rich text
// spans two runs.
func placeholdersWithinRuns(runs *node) bool {
	for _, k := range runs.children("r") {
		if t := k.child("t"); t != nil {
			for _, sg := range Parse(t.textOf()) {
				if sg.Ph != nil && sg.Ph.Bad == "unclosed" {
					return false
				}
			}
			if strings.Contains(t.textOf(), "}}") && !strings.Contains(t.textOf(), "{{") {
				return false
			}
		}
	}
	return true
}

func (fl *filler) substitute(s string, eval func(*Placeholder) (string, result)) string {
	var b strings.Builder
	for _, sg := range Parse(s) {
		if sg.Ph == nil {
			b.WriteString(sg.Text)
			continue
		}
		if sg.Ph.Repeat != "" {
			continue
		}
		t, _ := eval(sg.Ph)
		b.WriteString(t)
	}
	return b.String()
}

// setNumber, setText, setRich and setEmpty write a cell's value, keeping
// its style.
func setNumber(c *node, v float64) {
	c.del("t")
	c.removeKids("is")
	c.removeKids("v")
	vn := elem(c.name, "v")
	vn.setText(strconv.FormatFloat(v, 'f', -1, 64))
	c.kids = append(c.kids, vn)
}

func setText(c *node, s string) {
	if s == "" {
		setEmpty(c)
		return
	}
	is := elem(c.name, "is")
	t := elem(c.name, "t", "xml:space", "preserve")
	t.setText(s)
	is.kids = []*node{t}
	setRich(c, is)
}

func setRich(c *node, is *node) {
	c.set("t", "inlineStr")
	c.removeKids("v")
	c.removeKids("is")
	is.name = elem(c.name, "is").name
	c.kids = append(c.kids, is)
}

func setEmpty(c *node) {
	c.del("t")
	c.removeKids("v")
	c.removeKids("is")
}

// takesInPartYear lists the cells holding a figure of part of the year as
// text ("E11 (đến 31/10/2024)") that a formula cell refers to on its own
// sheet; nil for other cells.
func (fl *filler) takesInPartYear(c *node) []string {
	f := c.child("f")
	if f == nil || len(fl.partYear) == 0 || strings.TrimSpace(f.textOf()) == "" {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	rewriteFormula(f.textOf(), func(r ref) (ref, bool) {
		if r.sheet != "" {
			return r, false
		}
		for cell, period := range fl.partYear {
			col, row, ok := cellPos(cell)
			if ok && !seen[cell] && r.covers(col, row) {
				seen[cell] = true
				out = append(out, cell+" ("+period+")")
			}
		}
		return r, false
	})
	slices.Sort(out)
	return out
}
