package pipeline

import (
	"io"
	"strconv"
	"time"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/form"
	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/internal/unitname"
	"github.com/chitieu/chitieu/internal/xlsx"
)

// BuildOptions describe one build: what to read, what report to make and
// where to write it.
type BuildOptions struct {
	Inputs
	Output string // the workbook to write (.xlsx)
	Force  bool   // replace an existing Output

	Year      int    // only facts of this report year; 0 for all
	MoneyUnit string // "ty", "trieu" or "dong"; "" for the report's default
	Title     string // report title; "" for the default
	Org       string // issuing body in the header; "" to take it from the unit
	Place     string // place in the date line; "" to take it from the unit
	Date      time.Time

	// Template is the form to fill instead of writing the built-in
	// report: a form file or a built-in form's name (templates.Forms);
	// "" or "bao-cao" for the built-in report. A form's report year is
	// Year, or each unit's latest year when Year is 0.
	Template string
	// Strict makes a form's placeholders that cannot be filled errors.
	Strict bool
	// OnlyUnit, when set, keeps only the facts of this unit (compared as
	// unitname.Key does): a unit's own workbook.
	OnlyUnit string
}

// Result is what a build made.
type Result struct {
	Output string         // the workbook written
	Report *report.Report // the report model it holds
	Facts  int            // facts in the report
	Files  []string       // the input files read, folders expanded
}

// Build reads the inputs, builds the report and writes it to
// opts.Output. The list holds every problem found, warnings included;
// when it holds an error (see diag.List.Err) nothing was written and an
// existing output is untouched.
func Build(opts BuildOptions) (Result, diag.List) {
	if ps := CheckOutput(opts.Output, opts.Force); ps != nil {
		return Result{}, ps
	}
	tpl, ps := template(opts)
	if ps.Err() != nil {
		return Result{}, ps
	}
	src, ps := readSource(opts.Inputs, opts.Output)
	if ps.Err() != nil {
		return Result{}, ps
	}
	src.once = true
	res, more := src.build(opts, tpl)
	return res, append(ps, more...)
}

// Source is the facts of the inputs, read once for one or more reports
// (a job's whole report and each unit's own).
type Source struct {
	Facts []facts.Fact
	Files []string // the input files read, folders expanded
	cat   *catalog.Catalog
	// once: the source builds one report, and lets its facts go once the
	// report holds the ones it reports (Report.Facts: the same slice, or
	// the year's facts when --year leaves others out), which a
	// national-scale build needs the memory of while writing.
	once bool
}

// Read reads the inputs. Having no facts at all is an error; each file
// that held none is named in a warning.
func Read(in Inputs) (*Source, diag.List) { return readSource(in, "") }

func readSource(in Inputs, output string) (*Source, diag.List) {
	all, res, ps := read(in, false, output)
	if ps.Err() != nil {
		return nil, ps
	}
	if len(all) == 0 {
		// Every input was named in a warning above as holding no facts.
		return nil, append(ps, diag.Errorf("", 0, "no facts in the input"))
	}
	return &Source{Facts: all, Files: res.files, cat: res.cat}, ps
}

// Build builds the report of s that opts describe (opts.Inputs is not
// read again) and writes it.
func (s *Source) Build(opts BuildOptions) (Result, diag.List) {
	if ps := CheckOutput(opts.Output, opts.Force); ps != nil {
		return Result{}, ps
	}
	if ps := notAnInput(opts.Output, s.Files); ps != nil {
		return Result{}, ps
	}
	tpl, ps := template(opts)
	if ps.Err() != nil {
		return Result{}, ps
	}
	return s.build(opts, tpl)
}

// template loads opts.Template when it names a form; nil for the
// built-in report.
func template(opts BuildOptions) (*form.Template, diag.List) {
	if !IsForm(opts.Template) {
		return nil, nil
	}
	return LoadTemplate(opts.Template)
}

func (s *Source) build(opts BuildOptions, tpl *form.Template) (Result, diag.List) {
	all := s.Facts
	reportYear := opts.Year
	if tpl != nil {
		// A form reaches back (TH năm trước, {{nam@-1}}): it gets every
		// year, and picks its own.
		reportYear = 0
	}
	if opts.Year != 0 {
		if len(onlyYear(all, opts.Year)) == 0 {
			// A string, not %d: a Vietnamese printer groups the digits
			// of numbers, and a year is not a quantity ("năm 2.024").
			return Result{}, diag.List{diag.Errorf("", 0, "no facts for the year %s", strconv.Itoa(opts.Year))}
		}
		if tpl == nil {
			all = onlyYear(all, opts.Year)
		}
	}
	if opts.OnlyUnit != "" {
		all = onlyUnit(all, opts.OnlyUnit)
		if len(all) == 0 {
			return Result{}, diag.List{diag.Errorf("", 0, "no facts for the unit %s", opts.OnlyUnit)}
		}
	}
	rep, ps := report.Build(all, s.cat, report.Options{
		Year: reportYear, MoneyUnit: opts.MoneyUnit, Title: opts.Title, Org: opts.Org, Place: opts.Place, Date: opts.Date,
	})
	if ps.Err() != nil || rep == nil {
		return Result{}, ps
	}
	nFacts := len(all)
	if s.once {
		all, s.Facts = nil, nil
	}
	write := func(w io.Writer) error { return xlsx.Write(w, rep) }
	if tpl != nil {
		filled, more := fillForm(tpl, rep, s.cat, opts.Year, opts.Strict)
		ps = append(ps, more...)
		if ps.Err() != nil {
			return Result{}, ps
		}
		write = filled.Write
	}
	if more := WriteOutput(opts.Output, opts.Force, s.Files, write); more != nil {
		return Result{}, append(ps, more...)
	}
	return Result{Output: opts.Output, Report: rep, Facts: nFacts, Files: s.Files}, ps
}

// Extract reads documents (only documents: fact files are refused) and
// returns their facts and the files read.
func Extract(in Inputs) ([]facts.Fact, []string, diag.List) {
	all, res, ps := read(in, true, "")
	return all, res.files, ps
}

// readResult is what reading the inputs gives besides the facts.
type readResult struct {
	files []string
	cat   *catalog.Catalog
}

// read reads the inputs; output, when not "", is the file the run will
// write, refused as an input before anything is read.
func read(in Inputs, docsOnly bool, output string) ([]facts.Fact, readResult, diag.List) {
	l, ps := newLoader(in)
	if ps.Err() != nil {
		return nil, readResult{}, ps
	}
	l.docsOnly = docsOnly
	paths, ps := expand(in.Paths, docsOnly)
	if output != "" {
		if more := notAnInput(output, paths); more != nil {
			return nil, readResult{}, append(ps, more...)
		}
	}
	all, more := l.load(paths)
	return all, readResult{files: paths, cat: l.cat}, append(ps, more...)
}

func onlyYear(fs []facts.Fact, year int) []facts.Fact {
	var out []facts.Fact
	for _, f := range fs {
		if f.Year == year {
			out = append(out, f)
		}
	}
	return out
}

func onlyUnit(fs []facts.Fact, unit string) []facts.Fact {
	var out []facts.Fact
	k := unitname.Key(unit)
	for _, f := range fs {
		if unitname.Key(f.Unit) == k {
			out = append(out, f)
		}
	}
	return out
}

// Vietnam is the time zone of report dates: a run just after midnight in
// Hà Nội must not print yesterday's date.
var Vietnam = time.FixedZone("ICT", 7*60*60)

// ReportDate resolves a report date given as text (YYYY-MM-DD or
// DD/MM/YYYY), else SOURCE_DATE_EPOCH (reproducible builds), else today in
// Vietnam. A wrong date is a diag.Problem, to print in the user's language.
func ReportDate(text string, getenv func(string) string) (time.Time, error) {
	if text != "" {
		for _, layout := range []string{"2006-01-02", "02/01/2006", "2/1/2006", "02-01-2006"} {
			if t, err := time.ParseInLocation(layout, text, Vietnam); err == nil {
				return t, nil
			}
		}
		return time.Time{}, diag.Errorf("", 0, "%q is not a date (YYYY-MM-DD or DD/MM/YYYY)", text)
	}
	if s := getenv("SOURCE_DATE_EPOCH"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, diag.Errorf("", 0, "SOURCE_DATE_EPOCH %q is not a number of seconds", s)
		}
		return time.Unix(n, 0).In(Vietnam), nil
	}
	return time.Now().In(Vietnam), nil
}
