package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"time"

	"github.com/chitieu/chitieu/internal/atomicfile"
	"github.com/chitieu/chitieu/internal/job"
)

var runCommand = &command{
	name:    "run",
	summary: "run a job file: build the report and e-mail it (for cron, systemd, Task Scheduler)",
	usage:   "chitieu run [--check] [--dry-run] [--summary-json FILE] JOB.toml",
	run:     runJob,
}

// runJob parses run's command line, runs the job and maps its outcome to
// the exit codes schedulers act on (job.Exit*).
func runJob(c *ctx, cmd *command, args []string) int {
	fs := c.flagSet(cmd)
	var (
		check, dryRun bool
		summaryPath   string
	)
	fs.BoolVar(&check, "check", false, "check the job file and print what a run would do; build and send nothing")
	fs.BoolVar(&dryRun, "dry-run", false, "build, and write each message as an .eml file instead of sending it")
	fs.StringVar(&summaryPath, "summary-json", "", "write a machine-readable summary of the run to this file")
	if done, code := c.parse(cmd, fs, args); done {
		return code
	}
	if fs.NArg() != 1 {
		return c.usageError(cmd, "want one job file")
	}
	path := fs.Arg(0)
	started := time.Now()
	// Logs go to standard error with a timestamp on each line, which is
	// what cron mail, journald and a redirected Task Scheduler log keep.
	log := slog.New(slog.NewTextHandler(c.Stderr, nil))

	j, ps := job.Load(path)
	if ps.Err() != nil {
		problems := job.LogProblems(log, c.pr, ps)
		c.writeSummary(log, summaryPath, job.Invalid(path, started, problems))
		return job.ExitJob
	}
	job.LogProblems(log, c.pr, ps)
	if check {
		lines, ps := j.Check(c.pr, c.Getenv)
		for _, l := range lines {
			fmt.Fprintln(c.Stdout, l)
		}
		problems := job.LogProblems(log, c.pr, ps)
		if ps.Err() != nil {
			c.writeSummary(log, summaryPath, job.Invalid(path, started, problems))
			return job.ExitJob
		}
		c.printf("chitieu run: %s is ready to run\n", path)
		return job.ExitDone
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	sum := job.Run(ctx, j, job.Options{DryRun: dryRun, Getenv: c.Getenv, Log: log, Printer: c.pr})
	c.writeSummary(log, summaryPath, sum)
	log.Info(c.pr.Sprintf("finished"), "status", sum.Status, "exit", sum.ExitCode)
	return sum.ExitCode
}

func (c *ctx) writeSummary(log *slog.Logger, path string, sum *job.Summary) {
	if path == "" {
		return
	}
	err := atomicfile.Write(path, true, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(sum)
	})
	if err != nil {
		log.Error(c.pr.Sprintf("cannot write the summary %s: %v", path, err))
	}
}
