package form

import (
	"strconv"
	"strings"

	"github.com/chitieu/chitieu/internal/report"
)

// scope is what the placeholders of a row refer to.
type scope struct {
	unit   *report.Unit   // nil for the whole report
	year   int            // the report year of the scope
	row    *report.Row    // the indicator of a row repeated per indicator
	fact   *report.Source // the fact of a row repeated per fact
	stt    int            // the item's number in a repeated row, from 1
	repeat string         // what the row repeats over, or ""
	empty  bool           // a repeated row with nothing to repeat over
}

// result is what a placeholder gives.
type result struct {
	isNum   bool
	num     float64
	plain   bool // a number written without grouping in text (a year)
	measure report.Measure
	figure  bool // a figure (gets a number format where the form has none)
	// partYear marks a figure of part of the year, written as text on two
	// lines: the number, then what part ("(đến 31/10/2024)").
	partYear bool
	period   string // for a partYear figure, what part: "đến 31/10/2024"
	text     string
	note     string
	unknown  *msg // why the placeholder is not understood (nil if it is)
	missing  *msg // why there is no value (nil if there is one)
}

// msg is a message for diag's printers (English, Vietnamese).
type msg struct {
	format string
	args   []any
}

func text(s string) result { return result{text: s} }
func unknownf(format string, a ...any) result {
	return result{unknown: &msg{format, a}}
}
func missingf(format string, a ...any) result {
	return result{missing: &msg{format, a}}
}

// figureResult is a figure's value: a number, or for an amount of part of
// the year text that says so ("5.606 (đến 31/10/2024)"), which Excel's SUM
// leaves out.
func figureResult(f Figure) result {
	if f.Period != "" {
		return result{text: report.FormatNumber(f.Value, 2) + "\n(" + f.Period + ")", partYear: true, period: f.Period, note: f.Note, measure: f.Measure}
	}
	return result{isNum: true, num: f.Value, note: f.Note, measure: f.Measure, figure: true}
}
func (r result) format() string {
	if r.isNum && r.plain {
		return strconv.FormatFloat(r.num, 'f', -1, 64)
	}
	if r.isNum {
		return report.FormatNumber(r.num, 2)
	}
	if r.partYear {
		// Within a line of text the number alone; what part of the year
		// it covers follows the text (see fillCell).
		n, _, _ := strings.Cut(r.text, "\n")
		return n
	}
	return r.text
}

// Field names, for the help text and the checks.
var (
	headerFields = []string{"don_vi", "co_quan", "cap_tren", "nam", "ngay", "ngay_thang", "don_vi_tinh", "tieu_de"}
	rowFields    = []string{"stt", "chi_tieu", "ma", "dvt", "nhom", "ghi_chu"}
	factFields   = []string{"loai", "gia_tri", "nguon", "trich_dan", "tinh_trang", "uoc_tinh"}
)

func isField(name string, list []string) bool {
	for _, f := range list {
		if f == name {
			return true
		}
	}
	return false
}

// eval gives a placeholder's value in a scope.
func (fl *filler) eval(p *Placeholder, sc scope) result {
	switch {
	case p.Bad != "":
		return badReason(p.Bad)
	case p.Repeat != "":
		return text("") // the row marker itself
	case sc.empty:
		return text("")
	case p.Field != "":
		return fl.field(p, sc)
	}
	return fl.figure(p, sc)
}

func badReason(bad string) result {
	switch bad {
	case "unclosed":
		return unknownf("no closing }}")
	case "empty":
		return unknownf("nothing between the braces")
	case "repeat":
		return unknownf("a repeated row is {{lap chi_tieu}}, {{lap don_vi}} or {{lap so_lieu}}")
	case "offset":
		return unknownf("a year offset is @-1, @+1 … (at most 50)")
	}
	return unknownf("not a field or a figure (CODE.KIND)")
}

func (fl *filler) field(p *Placeholder, sc scope) result {
	name := p.Field
	if p.Offset != 0 && name != "nam" {
		return unknownf("only {{nam}} and figures take a year offset")
	}
	if sc.fact != nil {
		sc.unit, sc.year = sc.fact.Unit, sc.fact.Fact.Year
	}
	r := fl.rep
	u := sc.unit
	if u == nil && len(r.Units) == 1 {
		u = r.Units[0]
	}
	switch name {
	case "nam":
		return result{isNum: true, plain: true, num: float64(sc.year + p.Offset)}
	case "don_vi_tinh":
		return text(r.Money.Name)
	case "tieu_de":
		return text(r.Title)
	case "don_vi":
		if u == nil {
			return missingf("the form covers several units: {{don_vi}} belongs in a row marked {{lap don_vi}}")
		}
		return text(u.Name)
	case "co_quan":
		if u != nil {
			return text(u.Issuer)
		}
		if r.Org != "" {
			return text(strings.ToUpper(r.Org))
		}
		return missingf("the form covers several units: give the issuing body with --org")
	case "cap_tren":
		if u != nil {
			return text(u.Governing)
		}
		return text(common(r.Units, func(u *report.Unit) string { return u.Governing }))
	case "ngay":
		if u != nil {
			return text(u.DateLine)
		}
		if s := common(r.Units, func(u *report.Unit) string { return u.DateLine }); s != "" {
			return text(s)
		}
		return text(report.DateLine("", r.Date))
	case "ngay_thang":
		line := report.DateLine("x", r.Date)
		return text(strings.TrimPrefix(line, "x, "))
	}
	if isField(name, rowFields) {
		return fl.rowField(name, sc)
	}
	if isField(name, factFields) {
		if sc.fact == nil {
			return unknownf("{{%s}} belongs in a row marked {{lap so_lieu}}", name)
		}
		return fl.factField(name, sc.fact)
	}
	return unknownf("no field %s", name)
}

// common is the value every unit shares, or "".
func common(us []*report.Unit, get func(*report.Unit) string) string {
	if len(us) == 0 {
		return ""
	}
	v := get(us[0])
	for _, u := range us[1:] {
		if get(u) != v {
			return ""
		}
	}
	return v
}

func (fl *filler) rowField(name string, sc scope) result {
	if name == "stt" {
		if sc.stt == 0 {
			return unknownf("{{stt}} belongs in a repeated row ({{lap …}})")
		}
		return result{isNum: true, plain: true, num: float64(sc.stt)}
	}
	var ind report.Indicator
	switch {
	case sc.row != nil:
		ind = sc.row.Indicator
	case sc.fact != nil:
		s := sc.fact
		ind = report.Indicator{Code: s.Fact.Indicator, Name: s.Name, UOM: s.UOM}
		if name == "nhom" {
			return text(fl.d.section(s.Unit, s.Fact.Indicator))
		}
		if name == "ghi_chu" {
			return unknownf("{{ghi_chu}} belongs in a row marked {{lap chi_tieu}}")
		}
	default:
		return unknownf("{{%s}} belongs in a row marked {{lap chi_tieu}} or {{lap so_lieu}}", name)
	}
	switch name {
	case "chi_tieu":
		return text(ind.Name)
	case "ma":
		return text(ind.Code)
	case "dvt":
		return text(ind.UOM)
	case "nhom":
		return text(fl.d.section(sc.unit, ind.Code))
	case "ghi_chu":
		return text(strings.Join(sc.row.Remarks, "; "))
	}
	return unknownf("no field %s", name)
}

func (fl *filler) factField(name string, s *report.Source) result {
	f := s.Fact
	switch name {
	case "loai":
		return text(s.KindTitle)
	case "gia_tri":
		return result{isNum: true, num: s.Value, note: factNote(s), measure: s.Measure, figure: true}
	case "nguon":
		return text(f.Source)
	case "trich_dan":
		return text(f.Evidence)
	case "tinh_trang":
		return text(s.Status)
	case "uoc_tinh":
		if f.Estimate {
			return text("x")
		}
		return text("")
	}
	return unknownf("no field %s", name)
}

func (fl *filler) figure(p *Placeholder, sc scope) result {
	code := p.Code
	if code == "" {
		switch {
		case sc.row != nil:
			code = sc.row.Code
		case sc.fact != nil:
			code = sc.fact.Fact.Indicator
		default:
			return unknownf("{{.%s}} (no indicator code) belongs in a row marked {{lap chi_tieu}}", p.Kind)
		}
	}
	if !knownKind(p.Kind) {
		return unknownf("no kind %s (plan, actual, pct_of_plan, pct_of_prev, change_vs_prev)", p.Kind)
	}
	if !fl.d.KnownCode(code) {
		return unknownf("no indicator %s in the catalog or the facts", code)
	}
	u, year := sc.unit, sc.year
	if sc.fact != nil {
		u, year = sc.fact.Unit, sc.fact.Fact.Year
	}
	if u == nil {
		if len(fl.rep.Units) != 1 {
			return missingf("the form covers several units: figures belong in a row marked {{lap don_vi}}")
		}
		u = fl.rep.Units[0]
	}
	year += p.Offset
	f, ok := fl.d.Figure(u, code, year, p.Kind)
	if !ok {
		if why := fl.d.Unsure(u, code, year, p.Kind); why != "" {
			return missingf("no %s of %s for %s in %s: %s", kindName(p.Kind), code, u.Name, strconv.Itoa(year), why)
		}
		return missingf("no %s of %s for %s in %s", kindName(p.Kind), code, u.Name, strconv.Itoa(year))
	}
	return figureResult(f)
}

// kindName is a kind as the messages say it.
func kindName(k string) string { return k }
