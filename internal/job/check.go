package job

import (
	"strings"

	"golang.org/x/text/message"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/pipeline"
)

// Check is what `chitieu run --check` reports: the problems a run would
// meet before building (inputs that match nothing, a missing password)
// and, in the printer's language, what the run would do.
func (j *Job) Check(pr *message.Printer, getenv func(string) string) ([]string, diag.List) {
	var lines []string
	add := func(format string, args ...any) { lines = append(lines, pr.Sprintf(format, args...)) }
	var ps diag.List
	for _, in := range j.Inputs {
		single := Job{Path: j.Path, Inputs: []Input{in}}
		found, more := single.expandInputs()
		ps = append(ps, more.Warnings()...)
		add("input %s: %d matching", in.Pattern, len(found))
	}
	date, err := pipeline.ReportDate(j.Date, getenv)
	if err != nil {
		ps = append(ps, diag.Problems(diag.WithFile(err, j.Path))...)
		return lines, ps
	}
	out, err := j.outputPath(date, "")
	if err != nil {
		return lines, append(ps, diag.Errorf(j.Path, 0, "output: %v", err))
	}
	add("output: %s", out)
	if j.Mail == nil {
		add("mail: none (the job only builds)")
		return lines, ps
	}
	m := j.Mail
	add("mail: %s (%s) from %s", m.Server, m.Security, m.From)
	if len(m.To) > 0 {
		add("  the whole report to %s", strings.Join(append(append([]string{}, m.To...), m.Cc...), ", "))
	}
	for _, u := range m.Units {
		p, _ := j.outputPath(date, u.Name)
		add("  %s (%s) to %s", u.Name, p, strings.Join(append(append([]string{}, u.To...), u.Cc...), ", "))
	}
	add("  attachment limit %.1f MB; %d attempts, first retry after %s", mb(m.MaxAttachment), m.Attempts, m.RetryWait)
	switch {
	case m.PasswordEnv != "":
		add("  password from the environment variable %s", m.PasswordEnv)
	case m.PasswordFile != "":
		add("  password from the file %s", m.PasswordFile)
	default:
		add("  no AUTH")
	}
	if _, more := j.Password(getenv); more != nil {
		ps = append(ps, more...)
	}
	return lines, ps
}
