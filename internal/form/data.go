package form

import (
	"strconv"
	"strings"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/report"
)

// Data is what a form reads from the report: figures by unit, indicator,
// year and kind, the indicators and facts of a unit, and the catalog that
// says which codes exist.
type Data struct {
	rep   *report.Report
	cat   *catalog.Catalog
	cells map[cellKey]*report.CompareRow
	rows  map[*report.Unit]map[string]*report.Row
	codes map[string]bool // codes with facts
	// years are the years of each unit with facts, ascending.
	years map[*report.Unit][]int
}

type cellKey struct {
	unit *report.Unit
	code string
	year int
}

// NewData indexes a report built for all years (report.Options.Year 0),
// so that a form can reach the year before the report year.
func NewData(rep *report.Report, cat *catalog.Catalog) *Data {
	if cat == nil {
		cat = catalog.Default()
	}
	d := &Data{rep: rep, cat: cat, cells: map[cellKey]*report.CompareRow{},
		rows: map[*report.Unit]map[string]*report.Row{}, codes: map[string]bool{}, years: map[*report.Unit][]int{}}
	for _, cr := range rep.Compare {
		d.cells[cellKey{cr.Unit, cr.Code, cr.Year}] = cr
		d.codes[cr.Code] = true
	}
	for _, u := range rep.Units {
		m := map[string]*report.Row{}
		for _, s := range u.Sections {
			for _, r := range s.Rows {
				m[r.Code] = r
			}
		}
		d.rows[u] = m
		seen := map[int]bool{}
		for _, y := range u.Years {
			seen[y.Year] = true
			d.years[u] = append(d.years[u], y.Year)
		}
		// Years of facts listed but not placed (a wrong unit of
		// measure) count as years with data too.
		for i := range rep.Facts {
			if s := rep.Source(i); s.Unit == u && !seen[s.Fact.Year] {
				seen[s.Fact.Year] = true
				d.years[u] = insertSorted(d.years[u], s.Fact.Year)
			}
		}
	}
	return d
}

func insertSorted(ys []int, y int) []int {
	i := 0
	for i < len(ys) && ys[i] < y {
		i++
	}
	return append(ys[:i], append([]int{y}, ys[i:]...)...)
}

// LatestYear is the last year a unit has facts for, or 0.
func (d *Data) LatestYear(u *report.Unit) int {
	ys := d.years[u]
	if len(ys) == 0 {
		return 0
	}
	return ys[len(ys)-1]
}

// HasYear reports whether a unit has facts for a year.
func (d *Data) HasYear(u *report.Unit, y int) bool {
	for _, x := range d.years[u] {
		if x == y {
			return true
		}
	}
	return false
}

// Kinds a figure placeholder may ask for.
var kinds = []string{string(facts.Plan), string(facts.Actual), string(facts.PctOfPlan), string(facts.PctOfPrev), string(facts.ChangeVsPrev)}

func knownKind(k string) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// KnownCode reports whether an indicator code is in the catalog or has
// facts.
func (d *Data) KnownCode(code string) bool {
	_, ok := d.cat.Lookup(code)
	return ok || d.codes[code]
}

// Indicator returns the catalog's (or the report's) entry of a code.
func (d *Data) indicator(u *report.Unit, code string) report.Indicator {
	if r := d.rows[u][code]; r != nil {
		return r.Indicator
	}
	for _, cr := range d.rep.Compare {
		if cr.Code == code {
			return cr.Indicator
		}
	}
	ind, _ := d.cat.Lookup(code)
	m := report.Count
	uom := ind.UOM
	switch ind.UOM {
	case facts.VND:
		m, uom = report.Money, d.rep.Money.Name
	case facts.Percent:
		m = report.Percent
	}
	return report.Indicator{Code: code, Name: ind.Name, UOM: uom, Measure: m}
}

// Figure is one value a form shows.
type Figure struct {
	Value   float64
	Measure report.Measure
	Note    string // the evidence note of the cell
	// Period is the part of its year an amount covers ("đến 31/10/2024"),
	// "" for the whole year (see periodText).
	Period string
}

// Figure returns a unit's figure of an indicator for a year and kind, in
// the report's money unit; ok is false when the report has none.
func (d *Data) Figure(u *report.Unit, code string, year int, kind string) (Figure, bool) {
	cr := d.cells[cellKey{u, code, year}]
	if cr == nil {
		return Figure{}, false
	}
	c := cr.Cells
	fig := func(f *report.Figure, m report.Measure) (Figure, bool) {
		if f == nil {
			return Figure{}, false
		}
		return Figure{Value: f.Value, Measure: m, Note: d.rep.NoteWithFigure(f), Period: periodText(f)}, true
	}
	switch facts.Kind(kind) {
	case facts.Plan:
		return fig(c.Plan, cr.Measure)
	case facts.Actual:
		return fig(c.Actual, cr.Measure)
	case facts.PctOfPlan:
		return d.ratio(c.OfPlan, "TH/KH", c.Actual, c.Plan, year, year)
	case facts.PctOfPrev, facts.ChangeVsPrev:
		var prev *report.Figure
		if p := d.cells[cellKey{u, code, year - 1}]; p != nil {
			prev = p.Cells.Actual
		}
		f, ok := d.ratio(c.OfPrev, "TH/cùng kỳ", c.Actual, prev, year, year-1)
		if ok && facts.Kind(kind) == facts.ChangeVsPrev {
			f.Value -= 100
			f.Note = "Tăng (+) / giảm (-) so với cùng kỳ = TH/cùng kỳ - 100\n" + f.Note
		}
		return f, ok
	}
	return Figure{}, false
}

// periodText says what part of its year a plan or actual covers, for the
// cell itself: "đến 31/10/2024", "chỉ kỳ kết thúc 31/12/2024" (December,
// the fourth quarter or the second half; see report.Figure), or "" for
// the whole year. A form's TH column is the year's: a figure to 31/10
// written there as a bare number reads as the year's on paper and in a
// mail preview, where the cell's note does not show, and the form's own
// SUM would add it to other units' whole years.
func periodText(f *report.Figure) string {
	switch {
	case f.PartYear == "":
		return ""
	case f.YearEndPeriod:
		return "chỉ kỳ kết thúc " + f.PartYear
	}
	return "đến " + f.PartYear
}

// Unsure is why the report derived no TH/cùng kỳ for a unit's indicator
// in a year although both years have figures (see report.Ratio.Unsure),
// for the messages of a placeholder left empty; "" otherwise.
func (d *Data) Unsure(u *report.Unit, code string, year int, kind string) string {
	cr := d.cells[cellKey{u, code, year}]
	if cr == nil || facts.Kind(kind) != facts.PctOfPrev && facts.Kind(kind) != facts.ChangeVsPrev {
		return ""
	}
	return cr.Cells.OfPrev.Unsure
}

// ratio is a percentage: derived from the figures (with a note that says
// so, and the stated figure's note when a document stated it too), or as
// a document stated it.
func (d *Data) ratio(r report.Ratio, label string, num, den *report.Figure, ny, dy int) (Figure, bool) {
	if !r.Valid {
		return Figure{}, false
	}
	f := Figure{Value: r.Value, Measure: report.Percent}
	if r.Derived && num != nil && den != nil {
		f.Note = label + " tính từ số liệu: " + report.FormatNumber(num.Value, 2) + " / " + report.FormatNumber(den.Value, 2) + " × 100"
		if ny != dy {
			f.Note = label + " tính từ số liệu: TH " + strconv.Itoa(ny) + " " + report.FormatNumber(num.Value, 2) +
				" / TH " + strconv.Itoa(dy) + " " + report.FormatNumber(den.Value, 2) + " × 100"
		}
		if r.Stated != nil {
			f.Note += "\n\n" + d.rep.NoteWithFigure(r.Stated)
		}
		return f, true
	}
	if r.Stated != nil {
		f.Note = d.rep.NoteWithFigure(r.Stated)
	}
	return f, true
}

// Indicators are a unit's indicators with a figure in year, in the
// report's order (sections, then the catalog's order).
func (d *Data) Indicators(u *report.Unit, year int) []*report.Row {
	var out []*report.Row
	for _, s := range u.Sections {
		for _, r := range s.Rows {
			if d.cells[cellKey{u, r.Code, year}] != nil {
				out = append(out, r)
			}
		}
	}
	return out
}

// section is the name of the section of a unit's row ("KINH TẾ").
func (d *Data) section(u *report.Unit, code string) string {
	for _, s := range u.Sections {
		for _, r := range s.Rows {
			if r.Code == code {
				return s.Numeral + ". " + s.Name
			}
		}
	}
	return ""
}

// Facts are the facts of a unit (every unit when u is nil) for a year (any
// year when 0), in input order.
func (d *Data) Facts(u *report.Unit, year int) []*report.Source {
	var out []*report.Source
	for i := range d.rep.Facts {
		if s := d.rep.Source(i); (u == nil || s.Unit == u) && (year == 0 || s.Fact.Year == year) {
			out = append(out, &s)
		}
	}
	return out
}

// factNote is the note of a fact's value on a list form.
func factNote(s *report.Source) string {
	f := s.Fact
	var b strings.Builder
	b.WriteString(s.KindTitle + " " + strconv.Itoa(f.Year))
	b.WriteString("\nNguồn: " + f.Source)
	if f.Origin != "" && f.Origin != f.Source {
		b.WriteString(" (" + f.Origin + ")")
	}
	if f.Evidence != "" {
		b.WriteString("\n“" + f.Evidence + "”")
	}
	return b.String()
}
