package job

import (
	"bytes"
	"errors"
	"net"
	"net/mail"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/pipeline"
	"github.com/chitieu/chitieu/internal/unitname"
)

// file is the job file as written; Parse checks it into a Job.
type file struct {
	Inputs    []string    `toml:"inputs"`
	Output    string      `toml:"output"`
	Template  string      `toml:"template"`
	Catalog   string      `toml:"catalog"`
	Unit      string      `toml:"unit"`
	UnitsFile string      `toml:"units_file"`
	Overwrite *bool       `toml:"overwrite"`
	Report    reportTable `toml:"report"`
	Mail      *mailTable  `toml:"mail"`
}

type reportTable struct {
	Year      int    `toml:"year"`
	MoneyUnit string `toml:"money_unit"`
	Title     string `toml:"title"`
	Org       string `toml:"org"`
	Place     string `toml:"place"`
	Date      string `toml:"date"`
}

type mailTable struct {
	Server          string      `toml:"server"`
	Security        string      `toml:"security"`
	From            string      `toml:"from"`
	To              []string    `toml:"to"`
	Cc              []string    `toml:"cc"`
	Bcc             []string    `toml:"bcc"`
	Subject         string      `toml:"subject"`
	Body            string      `toml:"body"`
	BodyFile        string      `toml:"body_file"`
	Username        string      `toml:"username"`
	PasswordEnv     string      `toml:"password_env"`
	PasswordFile    string      `toml:"password_file"`
	MaxAttachmentMB *float64    `toml:"max_attachment_mb"`
	Attempts        *int        `toml:"attempts"`
	RetryWait       string      `toml:"retry_wait"`
	Timeout         string      `toml:"timeout"`
	CAFile          string      `toml:"ca_file"`
	UnitsCSV        string      `toml:"units_csv"`
	Units           []unitTable `toml:"unit"`
}

type unitTable struct {
	Name string   `toml:"name"`
	To   []string `toml:"to"`
	Cc   []string `toml:"cc"`
}

// Job is a checked job file.
type Job struct {
	Path string // the job file as given
	Dir  string // its folder: relative paths in the file are relative to it

	Inputs   []Input // glob patterns, resolved against Dir
	Output   *template.Template
	Template string // a form file or built-in form name (build --template); "" for the built-in report
	// Build holds the build options the job fixes; Paths, Output and Date
	// are set per run.
	Build     pipeline.BuildOptions
	Date      string // report date as written; "" for the day of the run
	Overwrite bool   // replace an output of an earlier run (default true)

	Mail *Mail // nil when the job only builds
}

// Input is one inputs pattern and where it was written.
type Input struct {
	Pattern string // resolved against the job's folder
	Line    int
}

// Mail is the delivery part of a job.
type Mail struct {
	Server   string // host:port
	Host     string
	Port     int
	Security string // "starttls", "tls" or "none"
	From     string
	To       []string
	Cc       []string
	Bcc      []string
	Subject  *template.Template
	Body     *template.Template

	CAFile       string // PEM certificates to trust besides the system's
	Username     string
	PasswordEnv  string // the variable holding the password
	PasswordFile string // or the file holding it (first line)
	passwordLine int    // where the password source is named

	MaxAttachment int64 // bytes
	Attempts      int
	RetryWait     time.Duration // before the second attempt; doubles after
	Timeout       time.Duration // one connection

	Units []UnitRecipients // per-unit delivery; empty for none
}

// UnitRecipients are the addresses of one unit's own workbook.
type UnitRecipients struct {
	Name string
	To   []string
	Cc   []string
	File string // where the row was written: the job file or a CSV
	Line int
}

// Defaults a job file may change.
const (
	DefaultMaxAttachmentMB = 10
	DefaultAttempts        = 3
	DefaultRetryWait       = 15 * time.Second // 15 s, then 30 s: three attempts within about a minute
	DefaultTimeout         = 30 * time.Second
)

// Load reads and checks the job file at path.
func Load(path string) (*Job, diag.List) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, diag.List{diag.Errorf(path, 0, "cannot read: %v", diag.StripPath(err))}
	}
	return Parse(path, data)
}

// maxJobFile bounds what Parse reads: a job file is a few hundred bytes.
const maxJobFile = 1 << 20

// Parse checks a job file's content; path names it in problems and
// anchors its relative paths.
func Parse(path string, data []byte) (*Job, diag.List) {
	if len(data) > maxJobFile {
		return nil, diag.List{diag.Errorf(path, 0, "larger than %d KiB: not a job file", maxJobFile>>10)}
	}
	text, err := document.Decode(data)
	if err != nil {
		return nil, diag.Problems(diag.WithFile(err, path))
	}
	data = []byte(text)
	var f file
	dec := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, decodeProblems(path, err)
	}
	c := &checker{path: path, lines: keyLines(data)}
	j := c.check(&f)
	if c.ps.Err() != nil {
		return nil, c.ps
	}
	return j, c.ps
}

// decodeProblems turns the TOML decoder's errors into problems at their
// lines: every unknown key (a typo must not silently drop a setting), or
// the one syntax or type error.
func decodeProblems(path string, err error) diag.List {
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) {
		var ps diag.List
		for _, e := range strict.Errors {
			line, _ := e.Position()
			ps = append(ps, diag.Errorf(path, line, "unknown key %q", strings.Join(e.Key(), ".")))
		}
		return ps
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		line, _ := de.Position()
		msg := strings.TrimPrefix(de.Error(), "toml: ")
		if k := de.Key(); len(k) > 0 {
			return diag.List{diag.Errorf(path, line, "%s: %s", strings.Join(k, "."), msg)}
		}
		return diag.List{diag.Errorf(path, line, "%s", msg)}
	}
	return diag.List{diag.Errorf(path, 0, "%v", err)}
}

// checker collects the problems of one job file.
type checker struct {
	path  string
	lines map[string]int
	ps    diag.List
}

func (c *checker) errorf(key, format string, args ...any) {
	c.ps = append(c.ps, diag.Errorf(c.path, lineAt(c.lines, key), format, args...))
}

// resolve makes a path in the job file relative to the job's folder.
func (c *checker) resolve(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(filepath.Dir(c.path), p)
}

func (c *checker) check(f *file) *Job {
	j := &Job{Path: c.path, Dir: filepath.Dir(c.path), Overwrite: true}
	if f.Overwrite != nil {
		j.Overwrite = *f.Overwrite
	}
	if len(f.Inputs) == 0 {
		c.errorf("inputs", "inputs: name at least one file, folder or pattern")
	}
	for i, in := range f.Inputs {
		key := "inputs[" + strconv.Itoa(i) + "]"
		pat := c.resolve(strings.TrimSpace(in))
		if strings.TrimSpace(in) == "" {
			c.errorf(key, "inputs: an empty pattern")
			continue
		}
		if _, err := filepath.Match(pat, ""); err != nil {
			c.errorf(key, "inputs: %q is not a valid pattern", in)
			continue
		}
		j.Inputs = append(j.Inputs, Input{Pattern: pat, Line: lineAt(c.lines, key)})
	}

	switch {
	case f.Output == "":
		c.errorf("output", "output: missing (the workbook to write, e.g. \"bao-cao/bao-cao-{{.Date}}.xlsx\")")
	default:
		t, err := template.New("output").Option("missingkey=error").Parse(f.Output)
		if err != nil {
			c.errorf("output", "output: %v", err)
			break
		}
		name, err := expand(t, OutputData{Date: "2006-01-02", Year: 2006, Month: "01", Unit: "Quận X"})
		if err != nil {
			c.errorf("output", "output: %v", err)
			break
		}
		if !strings.EqualFold(filepath.Ext(name), ".xlsx") {
			c.errorf("output", "output: must name an .xlsx file, not %q", f.Output)
			break
		}
		j.Output = t
	}
	j.Template = f.Template
	if pipeline.IsForm(f.Template) {
		// A file beside the job, else a built-in form's name.
		if p := c.resolve(f.Template); p != f.Template {
			if _, err := os.Stat(p); err == nil {
				j.Template = p
			}
		}
		if _, ps := pipeline.LoadTemplate(j.Template); ps.Err() != nil {
			for _, p := range ps {
				c.errorf("template", "template: %s", p.Message(diag.English()))
			}
		}
	}

	r := f.Report
	switch r.MoneyUnit {
	case "", "ty", "trieu", "dong":
	default:
		c.errorf("report.money_unit", "report.money_unit must be ty, trieu or dong, not %q", r.MoneyUnit)
	}
	if r.Year != 0 && (r.Year < 1900 || r.Year > 2200) {
		c.errorf("report.year", "report.year %s is out of range", strconv.Itoa(r.Year))
	}
	if r.Date != "" {
		if _, err := pipeline.ReportDate(r.Date, func(string) string { return "" }); err != nil {
			c.errorf("report.date", "report.date: %q is not a date (YYYY-MM-DD or DD/MM/YYYY)", r.Date)
		}
	}
	j.Date = r.Date
	money := r.MoneyUnit
	if money == "" {
		money = "ty"
	}
	j.Build = pipeline.BuildOptions{
		Inputs:    pipeline.Inputs{Catalog: c.resolve(f.Catalog), Unit: f.Unit, UnitsFile: c.resolve(f.UnitsFile)},
		Force:     j.Overwrite,
		Template:  j.Template,
		Year:      r.Year,
		MoneyUnit: money,
		Title:     r.Title,
		Org:       r.Org,
		Place:     r.Place,
	}
	for key, p := range map[string]string{"catalog": j.Build.Catalog, "units_file": j.Build.UnitsFile} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			c.errorf(key, "%s: cannot read %s: %v", key, p, diag.StripPath(err))
		}
	}
	if f.Mail != nil {
		j.Mail = c.mail(f.Mail)
	}
	return j
}

func (c *checker) mail(m *mailTable) *Mail {
	out := &Mail{
		Server: m.Server, Security: m.Security, Username: m.Username,
		MaxAttachment: DefaultMaxAttachmentMB << 20,
		Attempts:      DefaultAttempts, RetryWait: DefaultRetryWait, Timeout: DefaultTimeout,
	}
	host, port, err := net.SplitHostPort(m.Server)
	n, perr := strconv.Atoi(port)
	switch {
	case m.Server == "":
		c.errorf("mail.server", "mail.server: missing (host:port of the SMTP server, e.g. \"smtp.example.vn:587\")")
	case err != nil || host == "" || perr != nil || n <= 0 || n > 65535:
		c.errorf("mail.server", "mail.server: want host:port, not %q", m.Server)
	default:
		out.Host, out.Port = host, n
	}
	switch m.Security {
	case "starttls", "tls":
	case "none":
		if out.Host != "" && !loopback(out.Host) {
			c.errorf("mail.security", "mail.security = \"none\" sends the password and the report in clear text: allowed only for a server on this machine (localhost)")
		}
	case "":
		c.errorf("mail.security", "mail.security: missing (\"starttls\", \"tls\" or \"none\")")
	default:
		c.errorf("mail.security", "mail.security must be \"starttls\", \"tls\" or \"none\", not %q", m.Security)
	}
	if m.From == "" {
		c.errorf("mail.from", "mail.from: missing (the sender, e.g. \"Phòng TC-KH <tckh@example.vn>\")")
	} else if _, err := mail.ParseAddress(m.From); err != nil {
		c.errorf("mail.from", "mail.from: %q is not an e-mail address", m.From)
	} else {
		out.From = strings.TrimSpace(m.From)
	}
	out.To = c.addresses("mail.to", m.To)
	out.Cc = c.addresses("mail.cc", m.Cc)
	out.Bcc = c.addresses("mail.bcc", m.Bcc)

	subject := m.Subject
	if subject == "" {
		subject = DefaultSubject
	}
	out.Subject = c.template("mail.subject", subject)
	body := m.Body
	switch {
	case m.Body != "" && m.BodyFile != "":
		c.errorf("mail.body_file", "mail.body and mail.body_file: give one, not both")
	case m.BodyFile != "":
		data, err := os.ReadFile(c.resolve(m.BodyFile))
		if err != nil {
			c.errorf("mail.body_file", "mail.body_file: cannot read %s: %v", m.BodyFile, diag.StripPath(err))
			break
		}
		text, err := document.Decode(data)
		if err != nil {
			c.errorf("mail.body_file", "mail.body_file: %s", diag.Text(diag.English(), err))
			break
		}
		body = text
	case body == "":
		body = DefaultBody
	}
	out.Body = c.template("mail.body", body)

	switch {
	case m.PasswordEnv != "" && m.PasswordFile != "":
		c.errorf("mail.password_file", "mail.password_env and mail.password_file: give one, not both")
	case m.PasswordEnv != "":
		out.PasswordEnv = m.PasswordEnv
		out.passwordLine = lineAt(c.lines, "mail.password_env")
	case m.PasswordFile != "":
		out.PasswordFile = c.resolve(m.PasswordFile)
		out.passwordLine = lineAt(c.lines, "mail.password_file")
	}
	if m.Username != "" && out.PasswordEnv == "" && out.PasswordFile == "" {
		c.errorf("mail.username", "mail.username needs a password: name its environment variable (password_env) or file (password_file); the password itself never goes in the job file")
	}
	if m.Username == "" && (out.PasswordEnv != "" || out.PasswordFile != "") {
		c.errorf("mail.username", "mail: a password without mail.username")
	}

	if m.MaxAttachmentMB != nil {
		if *m.MaxAttachmentMB <= 0 || *m.MaxAttachmentMB > 1024 {
			c.errorf("mail.max_attachment_mb", "mail.max_attachment_mb must be above 0 and at most 1024")
		} else {
			out.MaxAttachment = int64(*m.MaxAttachmentMB * (1 << 20))
		}
	}
	if m.Attempts != nil {
		if *m.Attempts < 1 || *m.Attempts > 20 {
			c.errorf("mail.attempts", "mail.attempts must be 1 to 20")
		} else {
			out.Attempts = *m.Attempts
		}
	}
	if m.CAFile != "" {
		out.CAFile = c.resolve(m.CAFile)
		if _, err := os.Stat(out.CAFile); err != nil {
			c.errorf("mail.ca_file", "mail.ca_file: cannot read %s: %v", m.CAFile, diag.StripPath(err))
		}
	}
	out.RetryWait = c.duration("mail.retry_wait", m.RetryWait, out.RetryWait)
	out.Timeout = c.duration("mail.timeout", m.Timeout, out.Timeout)

	for i, u := range m.Units {
		key := "mail.unit[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(u.Name) == "" {
			c.errorf(key, "mail.unit: name missing")
			continue
		}
		to := c.addresses(key+".to", u.To)
		if len(to) == 0 {
			c.errorf(key, "mail.unit %q: no address in to", u.Name)
		}
		out.Units = append(out.Units, UnitRecipients{Name: u.Name, To: to, Cc: c.addresses(key+".cc", u.Cc), File: c.path, Line: lineAt(c.lines, key)})
	}
	if m.UnitsCSV != "" {
		rs, ps := readRecipients(c.resolve(m.UnitsCSV))
		if ps.Err() != nil {
			c.ps = append(c.ps, ps...)
		}
		out.Units = append(out.Units, rs...)
	}
	seen := map[string]UnitRecipients{}
	for _, u := range out.Units {
		k := unitname.Key(u.Name)
		if prev, ok := seen[k]; ok {
			c.ps = append(c.ps, diag.Errorf(u.File, u.Line, "unit %q already has recipients (%s:%d)", u.Name, prev.File, prev.Line))
		}
		seen[k] = u
	}
	if len(out.To) == 0 && len(out.Units) == 0 {
		c.errorf("mail", "mail: no recipient (mail.to, [[mail.unit]] or mail.units_csv)")
	}
	return out
}

// addresses checks a list of e-mail addresses.
func (c *checker) addresses(key string, list []string) []string {
	var out []string
	for i, s := range list {
		if _, err := mail.ParseAddress(s); err != nil {
			c.errorf(key+"["+strconv.Itoa(i)+"]", "%s: %q is not an e-mail address", key, s)
			continue
		}
		out = append(out, strings.TrimSpace(s))
	}
	return out
}

func (c *checker) template(key, text string) *template.Template {
	t, err := template.New(key).Option("missingkey=error").Parse(text)
	if err != nil {
		c.errorf(key, "%s: %v", key, err)
		return nil
	}
	// Run it once on sample data so that a misspelt field ({{.Yaer}}) is
	// found now, not at the first send.
	if _, err := expand(t, sampleMessage()); err != nil {
		c.errorf(key, "%s: %v", key, err)
		return nil
	}
	return t
}

func (c *checker) duration(key, s string, def time.Duration) time.Duration {
	if s == "" {
		return def
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 || d > time.Hour {
		c.errorf(key, "%s: %q is not a duration up to 1h (e.g. \"15s\", \"2m\")", key, s)
		return def
	}
	return d
}

// loopback reports whether host is this machine.
func loopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Password returns the SMTP password from the environment variable or the
// file the job names ("" when the job uses no AUTH). A missing variable or
// file is a problem at the line that names it.
func (j *Job) Password(getenv func(string) string) (string, diag.List) {
	m := j.Mail
	if m == nil {
		return "", nil
	}
	switch {
	case m.PasswordEnv != "":
		pw := getenv(m.PasswordEnv)
		if pw == "" {
			return "", diag.List{diag.Errorf(j.Path, m.passwordLine, "mail.password_env: the environment variable %s is not set", m.PasswordEnv)}
		}
		return pw, nil
	case m.PasswordFile != "":
		data, err := os.ReadFile(m.PasswordFile)
		if err != nil {
			return "", diag.List{diag.Errorf(j.Path, m.passwordLine, "mail.password_file: cannot read %s: %v", m.PasswordFile, diag.StripPath(err))}
		}
		pw, _, _ := strings.Cut(string(data), "\n")
		pw = strings.TrimRight(pw, "\r")
		if pw == "" {
			return "", diag.List{diag.Errorf(j.Path, m.passwordLine, "mail.password_file: %s is empty", m.PasswordFile)}
		}
		return pw, nil
	}
	return "", nil
}

func expand(t *template.Template, data any) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", err
	}
	return b.String(), nil
}
