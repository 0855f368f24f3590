package cli

import (
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/pipeline"
	"github.com/chitieu/chitieu/internal/review"
)

var extractCommand = &command{
	name:    "extract",
	summary: "extract indicator facts from documents (.txt, .html, .docx, .pdf)",
	usage:   "chitieu extract [flags] DOCUMENT|FOLDER...",
	run:     runExtract,
}

func runExtract(c *ctx, cmd *command, args []string) int {
	fs := c.flagSet(cmd)
	var (
		out, format string
		force       bool
		in          pipeline.Inputs
	)
	fs.StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	fs.StringVar(&format, "format", "", "jsonl, csv or xlsx (a review workbook) (default: from -o, else jsonl)")
	fs.BoolVarP(&force, "force", "f", false, "overwrite an existing output file")
	addInputFlags(fs, &in)
	if done, code := c.parse(cmd, fs, args); done {
		return code
	}
	usage := func(format string, a ...any) int { return c.usageError(cmd, format, a...) }
	if fs.NArg() == 0 {
		return usage("no input files")
	}
	if format == "" {
		format = "jsonl"
		if ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(out), ".")); ext == "csv" || ext == "xlsx" {
			format = ext
		}
	}
	var write func(io.Writer, []facts.Fact) error
	switch format {
	case "jsonl":
		write = facts.WriteJSONL
	case "csv":
		write = facts.WriteCSV
	case "xlsx":
		write = review.Write
		if out == "" {
			return usage("--format xlsx needs -o FILE.xlsx")
		}
	default:
		return usage("--format must be jsonl, csv or xlsx, not %q", format)
	}

	if out != "" && c.report(pipeline.CheckOutput(out, force)) {
		return ExitInput
	}
	in.Paths = fs.Args()
	in.Progress = progressFunc(c.Stderr)
	lessCollection()
	all, paths, ps := pipeline.Extract(in)
	if c.report(ps) {
		return ExitInput
	}
	if out == "" {
		if err := write(c.Stdout, all); err != nil {
			c.printf("chitieu extract: %v\n", err)
			return ExitInput
		}
		return ExitOK
	}
	if c.report(pipeline.WriteOutput(out, force, paths, func(w io.Writer) error { return write(w, all) })) {
		return ExitInput
	}
	c.printf("chitieu extract: wrote %d facts from %d files to %s\n", len(all), len(paths), out)
	return ExitOK
}

// lessCollection lets the collector run less often while extracting.
// Reading a document makes short-lived garbage (about 200 KB of token and
// sentence slices an article) while what stays live is small (the facts),
// so Go's default of collecting each time the heap doubles spends about a
// tenth of an extraction's CPU collecting. Collecting at +400% takes that
// down to a few percent (scripts/bench-extract); the soft limit of 1 GiB
// makes the collector work harder only once the heap nears it, where the
// default would already have needed 2 GiB for the same live facts.
// GOGC or GOMEMLIMIT, when set, win.
func lessCollection() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(1 << 30)
}
