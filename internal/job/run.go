package job

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/message"

	"github.com/chitieu/chitieu/internal/atomicfile"
	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/mailer"
	"github.com/chitieu/chitieu/internal/pipeline"
	"github.com/chitieu/chitieu/internal/runlock"
	"github.com/chitieu/chitieu/internal/unitname"
)

// Exit codes of a run, part of the contract with schedulers (README).
const (
	ExitDone         = 0 // built, and delivered when the job mails
	ExitBuild        = 1 // input or build error, or another run of the job holds the lock: nothing sent
	ExitJob          = 2 // the job file (or the command line) is wrong: nothing done
	ExitNotDelivered = 3 // built, but some mail was not delivered; the workbooks are kept
)

// Options are what a run takes besides the job.
type Options struct {
	DryRun  bool // write each message as an .eml file beside its workbook instead of sending
	Getenv  func(string) string
	Log     *slog.Logger
	Printer *message.Printer // the language of log messages
}

// Summary is the machine-readable account of a run (--summary-json).
type Summary struct {
	Job        string     `json:"job"`
	Started    time.Time  `json:"started"`
	Finished   time.Time  `json:"finished"`
	DryRun     bool       `json:"dry_run"`
	ExitCode   int        `json:"exit_code"`
	Status     string     `json:"status"` // see the Status constants
	Workbooks  []Workbook `json:"workbooks"`
	Deliveries []Delivery `json:"deliveries"`
	Problems   []Problem  `json:"problems"`
}

// Status values of a Summary.
const (
	StatusSent         = "sent"          // built and every message sent
	StatusBuilt        = "built"         // built; the job sends no mail
	StatusDryRun       = "dry-run"       // built; messages written as .eml
	StatusNotDelivered = "not-delivered" // built; some message not sent
	StatusBuildFailed  = "build-failed"
	StatusJobInvalid   = "job-invalid"
	StatusBusy         = "busy" // another run of the job holds its lock
)

// Workbook is one workbook a run wrote.
type Workbook struct {
	Path  string `json:"path"`
	Unit  string `json:"unit,omitempty"` // a unit's own workbook
	Facts int    `json:"facts"`
	Bytes int64  `json:"bytes"`
}

// Delivery is one message.
type Delivery struct {
	Unit     string   `json:"unit,omitempty"`
	Workbook string   `json:"workbook"`
	To       []string `json:"to"`
	Cc       []string `json:"cc,omitempty"`
	Status   string   `json:"status"` // "sent", "failed", "written" (dry run), "skipped"
	Attempts int      `json:"attempts,omitempty"`
	EML      string   `json:"eml,omitempty"`
	Error    string   `json:"error,omitempty"`
}

// Problem is a diag.Problem in the summary, in English.
type Problem struct {
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Warning bool   `json:"warning,omitempty"`
	Message string `json:"message"`
}

// runner is one run's state.
type runner struct {
	job  *Job
	opts Options
	sum  *Summary
	pr   *message.Printer
	log  *slog.Logger
}

// Run runs the job: lock, read the inputs, build the workbooks, deliver.
func Run(ctx context.Context, j *Job, opts Options) *Summary {
	if opts.Getenv == nil {
		opts.Getenv = os.Getenv
	}
	if opts.Printer == nil {
		opts.Printer = diag.English()
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	r := &runner{job: j, opts: opts, pr: opts.Printer, log: opts.Log,
		sum: &Summary{Job: j.Path, Started: time.Now(), DryRun: opts.DryRun, Workbooks: []Workbook{}, Deliveries: []Delivery{}, Problems: []Problem{}}}
	code, status := r.run(ctx)
	r.sum.ExitCode, r.sum.Status, r.sum.Finished = code, status, time.Now()
	return r.sum
}

// LockPath is the lock file of a job: hidden, beside the job file.
func LockPath(jobPath string) string {
	dir, base := filepath.Split(jobPath)
	return filepath.Join(dir, "."+base+".lock")
}

func (r *runner) run(ctx context.Context) (int, string) {
	j := r.job
	lock, err := runlock.Acquire(LockPath(j.Path))
	if errors.Is(err, runlock.ErrBusy) {
		r.problems(diag.List{diag.Errorf(j.Path, 0, "another run of this job is in progress (%v); this run did nothing", err)})
		return ExitBuild, StatusBusy
	}
	if err != nil {
		r.problems(diag.List{diag.Errorf(LockPath(j.Path), 0, "cannot lock: %v", diag.StripPath(err))})
		return ExitBuild, StatusBuildFailed
	}
	defer lock.Release()

	var password string
	if j.Mail != nil && !r.opts.DryRun {
		pw, ps := j.Password(r.opts.Getenv)
		if r.problems(ps) {
			return ExitJob, StatusJobInvalid
		}
		password = pw
	}
	date, err := pipeline.ReportDate(j.Date, r.opts.Getenv)
	if err != nil {
		r.problems(diag.Problems(diag.WithFile(err, j.Path)))
		return ExitJob, StatusJobInvalid
	}

	paths, ps := j.expandInputs()
	if r.problems(ps) {
		return ExitBuild, StatusBuildFailed
	}
	in := j.Build.Inputs
	in.Paths = paths
	src, ps := pipeline.Read(in)
	if r.problems(ps) {
		return ExitBuild, StatusBuildFailed
	}
	r.log.Info(r.pr.Sprintf("read the inputs"), "files", len(src.Files), "facts", len(src.Facts))

	// The whole report, then each unit's own.
	type built struct {
		unit string
		res  pipeline.Result
	}
	var books []built
	whole, err := j.outputPath(date, "")
	if err != nil {
		r.problems(diag.List{diag.Errorf(j.Path, 0, "output: %v", err)})
		return ExitJob, StatusJobInvalid
	}
	res, ok := r.build(src, whole, date, "")
	if !ok {
		return ExitBuild, StatusBuildFailed
	}
	books = append(books, built{"", res})
	if j.Mail != nil {
		have := map[string]bool{}
		for _, u := range j.Mail.Units {
			have[unitname.Key(u.Name)] = true
			p, err := j.outputPath(date, u.Name)
			if err != nil {
				r.problems(diag.List{diag.Errorf(j.Path, 0, "output: %v", err)})
				return ExitJob, StatusJobInvalid
			}
			res, ok := r.build(src, p, date, u.Name)
			if !ok {
				// A unit without facts this time: named, not mailed.
				r.sum.Deliveries = append(r.sum.Deliveries, Delivery{Unit: u.Name, To: u.To, Cc: u.Cc, Status: "skipped", Error: "no workbook"})
				continue
			}
			books = append(books, built{u.Name, res})
		}
		if len(j.Mail.Units) > 0 {
			var none []string
			for _, u := range res.Report.Units {
				if !have[unitname.Key(u.Name)] {
					none = append(none, u.Name)
				}
			}
			if len(none) > 0 {
				r.problems(diag.List{diag.Warnf(j.Path, 0, "no recipients for %s: their figures are only in the whole report", strings.Join(none, ", "))})
			}
		}
	}
	if j.Mail == nil {
		return ExitDone, StatusBuilt
	}

	server := mailer.Server{
		Host: j.Mail.Host, Port: j.Mail.Port, Security: j.Mail.Security,
		Username: j.Mail.Username, Password: password, CAFile: j.Mail.CAFile, Timeout: j.Mail.Timeout,
	}
	failed := false
	for _, b := range books {
		to, cc, bcc := j.Mail.To, j.Mail.Cc, j.Mail.Bcc
		if b.unit != "" {
			u := j.Mail.unit(b.unit)
			to, cc, bcc = u.To, u.Cc, nil
		}
		if len(to) == 0 {
			continue // the whole report when only units get mail
		}
		d := r.deliver(ctx, server, b.unit, b.res, to, cc, bcc, date)
		failed = failed || d.Status == "failed"
		r.sum.Deliveries = append(r.sum.Deliveries, d)
	}
	switch {
	case failed:
		return ExitNotDelivered, StatusNotDelivered
	case r.opts.DryRun:
		return ExitDone, StatusDryRun
	}
	return ExitDone, StatusSent
}

// build writes one workbook; ok is false when it could not.
func (r *runner) build(src *pipeline.Source, output string, date time.Time, unit string) (pipeline.Result, bool) {
	opts := r.job.Build
	opts.Output, opts.Date, opts.OnlyUnit = output, date, unit
	if err := os.MkdirAll(filepath.Dir(output), 0o755); err != nil {
		r.problems(diag.List{diag.Errorf(filepath.Dir(output), 0, "cannot create the folder: %v", diag.StripPath(err))})
		return pipeline.Result{}, false
	}
	res, ps := src.Build(opts)
	if unit != "" && ps.Err() != nil && len(ps) == 1 && ps[0].File == "" {
		// "no facts for the unit": a warning for the unit's delivery.
		ps[0].Warning = true
		r.problems(ps)
		return res, false
	}
	if r.problems(ps) {
		return res, false
	}
	wb := Workbook{Path: res.Output, Unit: unit, Facts: res.Facts}
	if st, err := os.Stat(res.Output); err == nil {
		wb.Bytes = st.Size()
	}
	r.sum.Workbooks = append(r.sum.Workbooks, wb)
	r.log.Info(r.pr.Sprintf("wrote %s", res.Output), "facts", res.Facts, "bytes", wb.Bytes)
	return res, true
}

func (r *runner) deliver(ctx context.Context, s mailer.Server, unit string, res pipeline.Result, to, cc, bcc []string, date time.Time) Delivery {
	m := r.job.Mail
	d := Delivery{Unit: unit, Workbook: res.Output, To: to, Cc: cc}
	data := NewMessageData(res.Report, unit, res.Output)
	subject, err := expand(m.Subject, data)
	body, berr := expand(m.Body, data)
	if err = errors.Join(err, berr); err != nil {
		return r.failed(d, err)
	}
	msg, err := mailer.Compose(mailer.Message{
		From: m.From, To: to, Cc: cc, Bcc: bcc, Subject: strings.TrimSpace(subject), Body: body, Attachment: res.Output,
	}, m.MaxAttachment)
	var big *mailer.TooLargeError
	if errors.As(err, &big) {
		r.problems(diag.List{diag.Errorf(res.Output, 0, "%.1f MB, over the attachment limit of %.1f MB (mail.max_attachment_mb); not sent, the workbook is kept", mb(big.Size), mb(big.Limit))})
		d.Status, d.Error = "failed", err.Error()
		return d
	}
	if err != nil {
		return r.failed(d, err)
	}
	if r.opts.DryRun {
		eml := strings.TrimSuffix(res.Output, filepath.Ext(res.Output)) + ".eml"
		if err := atomicfile.Write(eml, true, func(w io.Writer) error { return mailer.WriteEML(w, msg) }); err != nil {
			return r.failed(d, err)
		}
		r.log.Info(r.pr.Sprintf("dry run: wrote the message to %s instead of sending it", eml), "to", strings.Join(to, ", "))
		d.Status, d.EML = "written", eml
		return d
	}
	n, err := mailer.Send(ctx, s, mailer.Retry{Attempts: m.Attempts, Wait: m.RetryWait}, msg, r.log)
	d.Attempts = n
	if err != nil {
		return r.failed(d, err)
	}
	r.log.Info(r.pr.Sprintf("sent %s", filepath.Base(res.Output)), "to", strings.Join(to, ", "), "attempts", n)
	d.Status = "sent"
	return d
}

func (r *runner) failed(d Delivery, err error) Delivery {
	r.log.Error(r.pr.Sprintf("not delivered; the workbook is kept: %s", d.Workbook), "to", strings.Join(d.To, ", "), "attempts", d.Attempts, "error", err.Error())
	d.Status, d.Error = "failed", err.Error()
	return d
}

// problems logs ps, records them in the summary and reports whether one
// is an error.
func (r *runner) problems(ps diag.List) (failed bool) {
	r.sum.Problems = append(r.sum.Problems, LogProblems(r.log, r.pr, ps)...)
	return ps.Err() != nil
}

// LogProblems logs each problem in the printer's language, an error or a
// warning, and returns them for a Summary (in English).
func LogProblems(log *slog.Logger, pr *message.Printer, ps diag.List) []Problem {
	var out []Problem
	for _, p := range ps {
		out = append(out, Problem{File: p.File, Line: p.Line, Warning: p.Warning, Message: p.Message(diag.English())})
		if p.Warning {
			log.Warn(p.Message(pr))
		} else {
			log.Error(p.Message(pr))
		}
	}
	return out
}

// Invalid is the summary of a run stopped by a wrong job file.
func Invalid(path string, started time.Time, problems []Problem) *Summary {
	return &Summary{Job: path, Started: started, Finished: time.Now(), ExitCode: ExitJob, Status: StatusJobInvalid,
		Workbooks: []Workbook{}, Deliveries: []Delivery{}, Problems: problems}
}

// mb is a size in megabytes, for a message printer to write with one
// decimal in its language ("12,5 MB" in Vietnamese, "12.5 MB" in English).
func mb(n int64) float64 { return float64(n) / (1 << 20) }

// expandInputs turns the job's patterns into files and folders; a pattern
// that matches nothing is named in a warning, and none matching at all is
// an error.
func (j *Job) expandInputs() ([]string, diag.List) {
	var paths []string
	var ps diag.List
	for _, in := range j.Inputs {
		var found []string
		if strings.ContainsAny(in.Pattern, "*?[") {
			found, _ = filepath.Glob(in.Pattern) // checked when the job was read
		} else if _, err := os.Stat(in.Pattern); err == nil {
			found = []string{in.Pattern}
		}
		if len(found) == 0 {
			ps = append(ps, diag.Warnf(j.Path, in.Line, "inputs: nothing matches %s", in.Pattern))
		}
		paths = append(paths, found...)
	}
	if len(paths) == 0 {
		ps = append(ps, diag.Errorf(j.Path, 0, "inputs: no input file found; nothing to build"))
	}
	return paths, ps
}

// outputPath expands the output template for a run on date, for the whole
// report (unit "") or a unit's own workbook. A template that does not use
// .Unit gets the unit's name before the extension.
func (j *Job) outputPath(date time.Time, unit string) (string, error) {
	year := j.Build.Year
	if year == 0 {
		year = date.Year()
	}
	name, err := expand(j.Output, OutputData{Date: date.Format("2006-01-02"), Year: year, Month: date.Format("01"), Unit: fileSafe(unit)})
	if err != nil {
		return "", err
	}
	if unit != "" && !strings.Contains(j.Output.Root.String(), ".Unit") {
		ext := filepath.Ext(name)
		name = strings.TrimSuffix(name, ext) + " - " + fileSafe(unit) + ext
	}
	if !filepath.IsAbs(name) {
		name = filepath.Join(j.Dir, name)
	}
	return name, nil
}

// fileSafe replaces what Windows forbids in file names.
func fileSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < 0x20 {
			return '-'
		}
		return r
	}, s)
}

func (m *Mail) unit(name string) UnitRecipients {
	for _, u := range m.Units {
		if unitname.Key(u.Name) == unitname.Key(name) {
			return u
		}
	}
	return UnitRecipients{}
}
