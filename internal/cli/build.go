package cli

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/pipeline"
)

var buildCommand = &command{
	name:    "build",
	summary: "build an XLSX report from documents and fact files",
	usage:   "chitieu build -o REPORT.xlsx [flags] FILE|FOLDER...",
	run:     runBuild,
}

// addInputFlags binds the flags build and extract share.
func addInputFlags(fs *pflag.FlagSet, in *pipeline.Inputs) {
	fs.StringVar(&in.Catalog, "catalog", "", "extra indicator catalog (JSON) extending the built-in one")
	fs.StringVar(&in.Unit, "unit", "", "administrative unit of every fact, overriding what documents say")
	fs.StringVar(&in.UnitsFile, "units", "", "file mapping document names to units (NAME<tab>UNIT a line) for documents that name none")
}

// runBuild parses build's command line into pipeline options, runs the
// pipeline and prints its outcome.
func runBuild(c *ctx, cmd *command, args []string) int {
	fs := c.flagSet(cmd)
	var (
		opts pipeline.BuildOptions
		date string
	)
	fs.StringVarP(&opts.Output, "output", "o", "", "the workbook to write (required)")
	fs.IntVar(&opts.Year, "year", 0, "only this report year")
	fs.StringVar(&opts.MoneyUnit, "money-unit", "ty", "money unit of the report: ty, trieu or dong")
	fs.StringVar(&opts.Title, "title", "", "report title")
	fs.StringVar(&opts.Org, "org", "", "issuing body in the header (default: from the units)")
	fs.StringVar(&opts.Place, "place", "", "place in the date line (default: from the unit)")
	fs.StringVar(&date, "date", "", "report date, YYYY-MM-DD or DD/MM/YYYY (default: today, or SOURCE_DATE_EPOCH)")
	fs.BoolVarP(&opts.Force, "force", "f", false, "overwrite an existing output file")
	fs.StringVar(&opts.Template, "template", "", "fill this form (an .xlsx file, or a built-in form: chitieu templates list) instead of the built-in report")
	fs.BoolVar(&opts.Strict, "strict", false, "with --template: placeholders that cannot be filled are errors (nothing written)")
	addInputFlags(fs, &opts.Inputs)
	opts.Progress = progressFunc(c.Stderr)
	if done, code := c.parse(cmd, fs, args); done {
		return code
	}
	usage := func(format string, a ...any) int { return c.usageError(cmd, format, a...) }
	if opts.Output == "" {
		return usage("missing -o/--output")
	}
	if !strings.EqualFold(filepath.Ext(opts.Output), ".xlsx") {
		return usage("the output must be an .xlsx file: %s", opts.Output)
	}
	if fs.NArg() == 0 {
		return usage("no input files")
	}
	opts.Paths = fs.Args()
	if opts.Strict && !pipeline.IsForm(opts.Template) {
		return usage("--strict goes with --template FORM")
	}
	switch opts.MoneyUnit {
	case "ty", "trieu", "dong":
	default:
		return usage("--money-unit must be ty, trieu or dong, not %q", opts.MoneyUnit)
	}
	if opts.Year != 0 && (opts.Year < 1900 || opts.Year > 2200) {
		return usage("--year %s is out of range", strconv.Itoa(opts.Year)) // a year: no thousands separator
	}
	when, err := pipeline.ReportDate(date, c.Getenv)
	if err != nil {
		if date != "" {
			return usage("--date %s", diag.Text(c.pr, err))
		}
		return usage("%s", diag.Text(c.pr, err))
	}
	opts.Date = when
	return build(c, opts)
}

func build(c *ctx, opts pipeline.BuildOptions) int {
	lowMemory()
	res, ps := pipeline.Build(opts)
	if c.report(ps) {
		c.printf("chitieu build: nothing written: fix the problems above\n")
		return ExitInput
	}
	c.printf("chitieu build: wrote %s (%d facts from %d files)\n", res.Output, res.Facts, len(res.Files))
	return ExitOK
}

// lowMemory bounds the memory of a build: the report is held whole while
// the workbook is written, so Go's default (let the heap grow to twice
// what is live before collecting) would double a large report's memory;
// collecting at +35% costs a little time and keeps a 700-unit report
// under 150 MiB. GOGC, when set, wins. (A hard limit, GOMEMLIMIT, is left
// to the user: below what a national report holds live it makes the
// collector run without pause.)
func lowMemory() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(35)
	}
}
