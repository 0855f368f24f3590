package cli

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/job"
	"github.com/chitieu/chitieu/internal/mailer"
	"github.com/chitieu/chitieu/internal/mailer/mailtest"
	"github.com/chitieu/chitieu/internal/ooxmltest"
)

const (
	smtpUser     = "tckh@example.vn"
	smtpPassword = "pa55-bí-mật-7f3k"
)

// jobEnv is the environment of a scheduled run: a fixed date and the
// password in its variable.
var jobEnv = map[string]string{"SOURCE_DATE_EPOCH": "1732233600", "LANG": "C", "CHITIEU_SMTP_PASSWORD": smtpPassword}

// writeJob writes a job file delivering the seed facts through srv, with
// extra lines appended to [mail].
func writeJob(t *testing.T, dir string, srv *mailtest.Server, security string, extra string) string {
	t.Helper()
	seeds, err := filepath.Abs(repoFile("testdata", "facts", "seeds.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	text := fmt.Sprintf(`inputs = [%q]
output = "bao-cao/Báo cáo {{.Date}}.xlsx"
[report]
money_unit = "ty"
[mail]
server = %q
security = %q
ca_file = %q
from = "Phòng TC-KH <tckh@example.vn>"
to = ["lanhdao@example.vn"]
username = %q
password_env = "CHITIEU_SMTP_PASSWORD"
retry_wait = "5ms"
timeout = "10s"
%s`, filepath.ToSlash(seeds), srv.Addr(), security, filepath.ToSlash(srv.CAFile), smtpUser, extra)
	p := filepath.Join(dir, "job.toml")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func readSummary(t *testing.T, path string) job.Summary {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var s job.Summary
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, data)
	}
	return s
}

// TestRunSendsOverSTARTTLSWithAuth is the main test: a real SMTP
// server on loopback, STARTTLS with a test certificate, AUTH; the message
// arrives with the workbook, which opens and holds the report; the
// password appears in no log.
func TestRunSendsOverSTARTTLSWithAuth(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{Username: smtpUser, Password: smtpPassword})
	dir := t.TempDir()
	jobPath := writeJob(t, dir, srv, "starttls", "[[mail.unit]]\nname = \"Quận Hoàng Mai\"\nto = [\"hoangmai@example.vn\"]\n")
	sumPath := filepath.Join(dir, "summary.json")
	code, stdout, stderr := run(t, jobEnv, "run", "--summary-json", sumPath, jobPath)
	if code != job.ExitDone {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	msgs := srv.Messages()
	if len(msgs) != 2 {
		t.Fatalf("%d messages arrived, want the whole report and Hoàng Mai's", len(msgs))
	}
	for _, m := range msgs {
		if m.User != smtpUser || !m.TLS {
			t.Errorf("message to %v: AUTH user %q, TLS %v", m.To, m.User, m.TLS)
		}
	}
	sum := readSummary(t, sumPath)
	if sum.Status != job.StatusSent || len(sum.Workbooks) != 2 || len(sum.Deliveries) != 2 {
		t.Errorf("summary: %+v", sum)
	}
	whole := filepath.Join(dir, "bao-cao", "Báo cáo 2024-11-22.xlsx")
	for _, m := range msgs {
		name, xlsx, body := attachment(t, m.Data)
		want := whole
		if m.To[0] == "hoangmai@example.vn" {
			want = filepath.Join(dir, "bao-cao", "Báo cáo 2024-11-22 - Quận Hoàng Mai.xlsx")
			if !strings.Contains(body, "Quận Hoàng Mai") {
				t.Errorf("unit body: %s", body)
			}
		}
		if name != filepath.Base(want) {
			t.Errorf("attachment named %q, want %q", name, filepath.Base(want))
		}
		onDisk, err := os.ReadFile(want)
		if err != nil || !bytes.Equal(onDisk, xlsx) {
			t.Errorf("attachment differs from %s (%v)", want, err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(xlsx))
		if err != nil {
			t.Fatalf("attachment does not open: %v", err)
		}
		if sheets := f.GetSheetList(); len(sheets) < 5 || sheets[0] != "Tổng hợp" {
			t.Errorf("attachment sheets: %v", sheets)
		}
		f.Close()
		ooxmltest.ValidateFile(t, want)
	}
	for where, text := range map[string]string{"stderr": stderr, "stdout": stdout, "summary": mustRead(t, sumPath)} {
		if strings.Contains(text, smtpPassword) {
			t.Errorf("the password appears in %s", where)
		}
	}
	if !strings.Contains(stderr, "time=") || !strings.Contains(stderr, "level=INFO") {
		t.Errorf("logs lack timestamps or levels:\n%s", stderr)
	}
}

func TestRunImplicitTLS(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{ImplicitTLS: true, Username: smtpUser, Password: smtpPassword})
	jobPath := writeJob(t, t.TempDir(), srv, "tls", "")
	if code, _, stderr := run(t, jobEnv, "run", jobPath); code != job.ExitDone || len(srv.Messages()) != 1 || !srv.Messages()[0].TLS {
		t.Fatalf("exit %d, %d messages\n%s", code, len(srv.Messages()), stderr)
	}
}

// TestRunRetriesThenExit3 covers a server that rejects and one that drops
// the connection: every attempt is made, the exit code is 3 and the
// workbook stays on disk; one refusal followed by success is exit 0.
func TestRunRetriesThenExit3(t *testing.T) {
	for _, drop := range []bool{false, true} {
		srv := mailtest.Start(t, mailtest.Options{Username: smtpUser, Password: smtpPassword, Reject: 3, Drop: drop})
		dir := t.TempDir()
		jobPath := writeJob(t, dir, srv, "starttls", "")
		sumPath := filepath.Join(dir, "s.json")
		code, _, stderr := run(t, jobEnv, "run", "--summary-json", sumPath, jobPath)
		if code != job.ExitNotDelivered {
			t.Fatalf("drop=%v: exit %d, want %d\n%s", drop, code, job.ExitNotDelivered, stderr)
		}
		if srv.Refused() != 3 || len(srv.Messages()) != 0 {
			t.Errorf("drop=%v: %d attempts refused, %d accepted; want 3 and 0", drop, srv.Refused(), len(srv.Messages()))
		}
		if _, err := os.Stat(filepath.Join(dir, "bao-cao", "Báo cáo 2024-11-22.xlsx")); err != nil {
			t.Errorf("drop=%v: the workbook was not kept: %v", drop, err)
		}
		sum := readSummary(t, sumPath)
		if sum.Status != job.StatusNotDelivered || len(sum.Deliveries) != 1 || sum.Deliveries[0].Attempts != 3 || sum.Deliveries[0].Error == "" {
			t.Errorf("drop=%v: summary %+v", drop, sum)
		}
		if strings.Count(stderr, "trying again") != 2 || strings.Contains(stderr, smtpPassword) {
			t.Errorf("drop=%v: logs:\n%s", drop, stderr)
		}
	}
	srv := mailtest.Start(t, mailtest.Options{Username: smtpUser, Password: smtpPassword, Reject: 1})
	if code, _, stderr := run(t, jobEnv, "run", writeJob(t, t.TempDir(), srv, "starttls", "")); code != job.ExitDone || len(srv.Messages()) != 1 {
		t.Errorf("one refusal then success: exit %d\n%s", code, stderr)
	}
}

// TestOverlappingRunsSendOnce: while one run is sending, a second run of
// the same job refuses and does nothing; one mail arrives and the
// workbook is whole.
func TestOverlappingRunsSendOnce(t *testing.T) {
	hold, arrived := make(chan struct{}), make(chan struct{}, 1)
	srv := mailtest.Start(t, mailtest.Options{Username: smtpUser, Password: smtpPassword, Hold: hold, Arrived: arrived})
	dir := t.TempDir()
	jobPath := writeJob(t, dir, srv, "starttls", "")
	var wg sync.WaitGroup
	var first int
	var firstErr string
	wg.Add(1)
	go func() {
		defer wg.Done()
		first, _, firstErr = run(t, jobEnv, "run", jobPath)
	}()
	<-arrived // the first run holds the lock and is sending
	code, _, stderr := run(t, jobEnv, "run", jobPath)
	close(hold)
	wg.Wait()
	if code != job.ExitBuild || !strings.Contains(stderr, "another run of this job is in progress") {
		t.Errorf("second run: exit %d\n%s", code, stderr)
	}
	if first != job.ExitDone {
		t.Errorf("first run: exit %d\n%s", first, firstErr)
	}
	if n := len(srv.Messages()); n != 1 {
		t.Errorf("%d messages, want 1", n)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "bao-cao", "Báo cáo 2024-11-22.xlsx"))
	if err != nil {
		t.Fatalf("workbook: %v", err)
	}
	f.Close()
	if left, _ := filepath.Glob(filepath.Join(dir, "bao-cao", ".*tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestJobFileErrorsExit2: the job file's mistakes stop the run before any
// work with exit 2 and the file and line to fix.
func TestJobFileErrorsExit2(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{Username: smtpUser, Password: smtpPassword})
	dir := t.TempDir()
	good := mustRead(t, writeJob(t, dir, srv, "starttls", ""))
	cases := []struct{ name, text, want string }{
		{"unknown key", good + "attachement_limit = 5\n", "job.toml:15: unknown key \"mail.attachement_limit\""},
		{"bad glob", strings.Replace(good, "inputs = [", "inputs = [\"bai-viet/[*.txt\", ", 1), "job.toml:1: inputs: \"bai-viet/[*.txt\" is not a valid pattern"},
	}
	for _, c := range cases {
		p := filepath.Join(dir, "job.toml")
		os.WriteFile(p, []byte(c.text), 0o644)
		sum := filepath.Join(dir, "s.json")
		code, _, stderr := run(t, jobEnv, "run", "--summary-json", sum, p)
		stderr = unquote(stderr)
		if code != job.ExitJob || !strings.Contains(stderr, filepath.Join(dir, c.want)) {
			t.Errorf("%s: exit %d, want %d and %q:\n%s", c.name, code, job.ExitJob, c.want, stderr)
		}
		if s := readSummary(t, sum); s.Status != job.StatusJobInvalid || s.ExitCode != job.ExitJob {
			t.Errorf("%s: summary %+v", c.name, s)
		}
	}
	p := filepath.Join(dir, "job.toml")
	os.WriteFile(p, []byte(good), 0o644)
	noPassword := map[string]string{"SOURCE_DATE_EPOCH": "1732233600", "LANG": "C"}
	for _, args := range [][]string{{"run", p}, {"run", "--check", p}} {
		code, _, stderr := run(t, noPassword, args...)
		stderr = unquote(stderr)
		if code != job.ExitJob || !strings.Contains(stderr, p+":12: mail.password_env: the environment variable CHITIEU_SMTP_PASSWORD is not set") {
			t.Errorf("%v without the password variable: exit %d:\n%s", args, code, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "bao-cao")); err == nil {
		t.Error("a failed job built something")
	}
	if len(srv.Messages()) != 0 {
		t.Error("a failed job sent mail")
	}
	// Vietnamese when the locale says so.
	vi := map[string]string{"LANG": "vi_VN.UTF-8"}
	os.WriteFile(p, []byte(good+"attachement_limit = 5\n"), 0o644)
	if code, _, stderr := run(t, vi, "run", p); code != job.ExitJob || !strings.Contains(stderr, "khóa không hợp lệ") {
		t.Errorf("Vietnamese: exit %d\n%s", code, stderr)
	}
	if code, _, _ := run(t, jobEnv, "run"); code != ExitUsage {
		t.Errorf("no job file: exit %d", code)
	}
}

// TestCheckPrintsThePlan: --check reads the job, finds the inputs and the
// password, and builds and sends nothing.
func TestCheckPrintsThePlan(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{Username: smtpUser, Password: smtpPassword})
	dir := t.TempDir()
	p := writeJob(t, dir, srv, "starttls", "")
	code, stdout, stderr := run(t, jobEnv, "run", "--check", p)
	if code != job.ExitDone {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	// Sizes in the reader's language: a decimal point in English.
	for _, want := range []string{": 1 matching", "Báo cáo 2024-11-22.xlsx", "starttls", "lanhdao@example.vn", "CHITIEU_SMTP_PASSWORD", "attachment limit 10.0 MB"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("--check output lacks %q:\n%s", want, stdout)
		}
	}
	vi := map[string]string{"SOURCE_DATE_EPOCH": "1732233600", "LANG": "vi_VN.UTF-8", "CHITIEU_SMTP_PASSWORD": smtpPassword}
	if _, stdout, _ := run(t, vi, "run", "--check", p); !strings.Contains(stdout, "giới hạn tệp đính kèm 10,0 MB") {
		t.Errorf("Vietnamese --check output lacks the limit with a decimal comma:\n%s", stdout)
	}
	if _, err := os.Stat(filepath.Join(dir, "bao-cao")); err == nil || len(srv.Messages()) != 0 {
		t.Error("--check built or sent")
	}
}

// TestDryRunWritesAProperMessage: --dry-run writes each message as an
// .eml file, a MIME message that net/mail and mime/multipart read back,
// with the workbook attached under its Vietnamese name.
func TestDryRunWritesAProperMessage(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{Username: smtpUser, Password: smtpPassword})
	dir := t.TempDir()
	p := writeJob(t, dir, srv, "starttls", "")
	noPassword := map[string]string{"SOURCE_DATE_EPOCH": "1732233600", "LANG": "C"}
	code, _, stderr := run(t, noPassword, "run", "--dry-run", p)
	if code != job.ExitDone || len(srv.Messages()) != 0 {
		t.Fatalf("exit %d, %d sent\n%s", code, len(srv.Messages()), stderr)
	}
	eml := filepath.Join(dir, "bao-cao", "Báo cáo 2024-11-22.eml")
	name, xlsx, body := attachment(t, []byte(mustRead(t, eml)))
	if name != "Báo cáo 2024-11-22.xlsx" {
		t.Errorf("attachment name %q", name)
	}
	if onDisk, _ := os.ReadFile(strings.TrimSuffix(eml, ".eml") + ".xlsx"); !bytes.Equal(onDisk, xlsx) {
		t.Error("the .eml attachment is not the workbook")
	}
	for _, want := range []string{"Kính gửi", "Một số chỉ tiêu chính", "tỷ đồng"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	msg, _ := mail.ReadMessage(strings.NewReader(mustRead(t, eml)))
	subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil || subject != "Báo cáo chỉ tiêu kinh tế - xã hội năm 2024" {
		t.Errorf("subject %q %v", subject, err)
	}
	ooxmltest.ValidateFile(t, strings.TrimSuffix(eml, ".eml")+".xlsx")
}

func TestAttachmentOverLimitIsKeptNotSent(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{Username: smtpUser, Password: smtpPassword})
	dir := t.TempDir()
	p := writeJob(t, dir, srv, "starttls", "max_attachment_mb = 0.01\n")
	code, _, stderr := run(t, jobEnv, "run", p)
	if code != job.ExitNotDelivered || !strings.Contains(stderr, "over the attachment limit of 0.0 MB") {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "bao-cao", "Báo cáo 2024-11-22.xlsx")); err != nil || len(srv.Messages()) != 0 {
		t.Errorf("workbook kept: %v; %d sent", err, len(srv.Messages()))
	}
}

// attachment parses a message as a mail client would and returns the
// attachment's file name and bytes and the decoded text body.
func attachment(t *testing.T, raw []byte) (name string, data []byte, body string) {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("not a mail message: %v", err)
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/mixed" {
		t.Fatalf("Content-Type %q %v", mt, err)
	}
	r := multipart.NewReader(msg.Body, params["boundary"])
	for {
		part, err := r.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("multipart: %v", err)
		}
		ct, _, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		switch ct {
		case "text/plain":
			b, _ := io.ReadAll(part) // multipart decodes quoted-printable
			body = string(b)
		case mailer.XLSXType:
			disp, dp, err := mime.ParseMediaType(part.Header.Get("Content-Disposition"))
			if err != nil || disp != "attachment" {
				t.Fatalf("Content-Disposition %q: %v", part.Header.Get("Content-Disposition"), err)
			}
			name = dp["filename"]
			enc, _ := io.ReadAll(part)
			data, err = base64.StdEncoding.DecodeString(strings.Join(strings.Fields(string(enc)), ""))
			if err != nil {
				t.Fatalf("attachment is not base64: %v", err)
			}
		default:
			t.Errorf("unexpected part %q", ct)
		}
	}
	if data == nil {
		t.Fatal("no XLSX attachment")
	}
	return name, data, body
}

// unquote undoes the quoting slog's text handler gives a message.
func unquote(log string) string { return strings.ReplaceAll(log, `\"`, `"`) }

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
