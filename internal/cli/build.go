package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/chitieu/chitieu/internal/atomicfile"
	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/internal/xlsx"
)

var buildCommand = &command{
	name:    "build",
	summary: "build an XLSX report from documents and fact files",
	usage:   "chitieu build -o REPORT.xlsx [flags] FILE|FOLDER...",
	run:     runBuild,
}

// vietnam is the time zone of the report date when none is given: a run
// just after midnight in Hà Nội must not print yesterday's date.
var vietnam = time.FixedZone("ICT", 7*60*60)

// inputFlags are the flags shared by build and extract.
type inputFlags struct {
	catalog, unit, units string
}

func (f *inputFlags) add(fs interface {
	StringVar(p *string, name, value, usage string)
}) {
	fs.StringVar(&f.catalog, "catalog", "", "extra indicator catalog (JSON) extending the built-in one")
	fs.StringVar(&f.unit, "unit", "", "administrative unit of every fact, overriding what documents say")
	fs.StringVar(&f.units, "units", "", "file mapping document names to units (NAME<tab>UNIT a line) for documents that name none")
}

// loader prepares the catalog and unit rules; problems are the user's.
func (f *inputFlags) loader(c *ctx) (*loader, bool) {
	cat, err := catalog.Load(f.catalog)
	if err != nil {
		c.report(withFile(diag.Problems(err), f.catalog))
		return nil, false
	}
	l := &loader{cat: cat, unit: f.unit}
	if f.units != "" {
		rules, ps := readUnitRules(f.units)
		if c.report(ps) {
			return nil, false
		}
		l.units = rules
	}
	return l, true
}

func runBuild(c *ctx, cmd *command, args []string) int {
	fs := c.flagSet(cmd)
	var (
		out, moneyUnit, title, org, place, date string
		year                                    int
		force                                   bool
		in                                      inputFlags
	)
	fs.StringVarP(&out, "output", "o", "", "the workbook to write (required)")
	fs.IntVar(&year, "year", 0, "only this report year")
	fs.StringVar(&moneyUnit, "money-unit", "ty", "money unit of the report: ty, trieu or dong")
	fs.StringVar(&title, "title", "", "report title")
	fs.StringVar(&org, "org", "", "issuing body in the header (default: from the units)")
	fs.StringVar(&place, "place", "", "place in the date line (default: from the unit)")
	fs.StringVar(&date, "date", "", "report date, YYYY-MM-DD or DD/MM/YYYY (default: today, or SOURCE_DATE_EPOCH)")
	fs.BoolVarP(&force, "force", "f", false, "overwrite an existing output file")
	in.add(fs)
	if done, code := c.parse(cmd, fs, args); done {
		return code
	}
	usage := func(format string, a ...any) int { return c.usageError(cmd, format, a...) }
	if out == "" {
		return usage("missing -o/--output")
	}
	if !strings.EqualFold(filepath.Ext(out), ".xlsx") {
		return usage("the output must be an .xlsx file: %s", out)
	}
	if fs.NArg() == 0 {
		return usage("no input files")
	}
	switch moneyUnit {
	case "ty", "trieu", "dong":
	default:
		return usage("--money-unit must be ty, trieu or dong, not %q", moneyUnit)
	}
	if year != 0 && (year < 1900 || year > 2200) {
		return usage("--year %d is out of range", year)
	}
	when, err := reportDate(date, c.Getenv)
	if err != nil {
		return usage("%v", err)
	}
	if !force {
		if _, err := os.Stat(out); err == nil {
			c.printf("chitieu build: %s exists; use --force to overwrite it\n", out)
			return ExitInput
		}
	}

	l, ok := in.loader(c)
	if !ok {
		return ExitInput
	}
	paths, ps := expand(fs.Args())
	all, more := l.load(paths)
	ps = append(ps, more...)
	if c.report(ps) {
		c.printf("chitieu build: nothing written: fix the problems above\n")
		return ExitInput
	}
	if len(all) == 0 {
		c.printf("chitieu build: no facts in the input; nothing written\n")
		return ExitInput
	}
	if year != 0 {
		all = onlyYear(all, year)
		if len(all) == 0 {
			c.printf("chitieu build: no facts for the year %d; nothing written\n", year)
			return ExitInput
		}
	}
	rep, ps := report.Build(all, l.cat, report.Options{
		Year: year, MoneyUnit: moneyUnit, Title: title, Org: org, Place: place, Date: when,
	})
	if c.report(ps) || rep == nil {
		c.printf("chitieu build: nothing written: fix the problems above\n")
		return ExitInput
	}
	err = atomicfile.Write(out, force, func(w io.Writer) error { return xlsx.Write(w, rep) })
	if err != nil {
		c.printf("chitieu build: cannot write %s: %v\n", out, err)
		return ExitInput
	}
	c.printf("chitieu build: wrote %s (%d facts from %d files)\n", out, len(all), len(paths))
	return ExitOK
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

// reportDate resolves --date, else SOURCE_DATE_EPOCH (reproducible builds),
// else today in Vietnam.
func reportDate(flag string, getenv func(string) string) (time.Time, error) {
	if flag != "" {
		for _, layout := range []string{"2006-01-02", "02/01/2006", "2/1/2006", "02-01-2006"} {
			if t, err := time.ParseInLocation(layout, flag, vietnam); err == nil {
				return t, nil
			}
		}
		return time.Time{}, fmt.Errorf("--date %q is not a date (YYYY-MM-DD or DD/MM/YYYY)", flag)
	}
	if s := getenv("SOURCE_DATE_EPOCH"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH %q is not a number of seconds", s)
		}
		return time.Unix(n, 0).In(vietnam), nil
	}
	return time.Now().In(vietnam), nil
}
