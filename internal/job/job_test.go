package job

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const goodJob = `inputs = ["data/*.jsonl", "bai-viet/*.txt"]
output = "bao-cao/bao-cao-{{.Date}}.xlsx"
template = ""
[report]
year = 2024
money_unit = "trieu"
[mail]
server = "smtp.example.vn:587"
security = "starttls"
from = "Phòng TC-KH <tckh@example.vn>"
to = ["lanhdao@example.vn"]
subject = "Báo cáo chỉ tiêu {{.Year}}"
username = "tckh@example.vn"
password_env = "CHITIEU_SMTP_PASSWORD"
retry_wait = "10ms"
attempts = 2
[[mail.unit]]
name = "Quận Hoàng Mai"
to = ["hoangmai@example.vn"]
[[mail.unit]]
name = "Huyện Gia Lâm"
to = ["gialam@example.vn", "Văn thư <vt@gialam.example.vn>"]
cc = ["lanhdao@example.vn"]
`

func TestParseGoodJob(t *testing.T) {
	j, ps := Parse(filepath.Join("jobs", "thang.toml"), []byte(goodJob))
	if ps.Err() != nil {
		t.Fatal(ps)
	}
	if len(j.Inputs) != 2 || j.Inputs[0].Pattern != filepath.Join("jobs", "data", "*.jsonl") || j.Inputs[1].Line != 1 {
		t.Errorf("inputs: %+v", j.Inputs)
	}
	if j.Build.Year != 2024 || j.Build.MoneyUnit != "trieu" || !j.Overwrite {
		t.Errorf("build: %+v", j.Build)
	}
	m := j.Mail
	if m.Host != "smtp.example.vn" || m.Port != 587 || m.Attempts != 2 || m.RetryWait != 10*time.Millisecond || m.Timeout != DefaultTimeout || m.MaxAttachment != 10<<20 {
		t.Errorf("mail: %+v", m)
	}
	if len(m.Units) != 2 || m.Units[1].Line != 20 || len(m.Units[1].To) != 2 || m.Units[1].Cc[0] != "lanhdao@example.vn" {
		t.Errorf("units: %+v", m.Units)
	}
	out, err := j.outputPath(time.Date(2025, 2, 5, 0, 0, 0, 0, time.UTC), "Quận Hoàng Mai")
	if want := filepath.Join("jobs", "bao-cao", "bao-cao-2025-02-05 - Quận Hoàng Mai.xlsx"); err != nil || out != want {
		t.Errorf("unit output: %q %v, want %q", out, err, want)
	}
}

// TestJobFileErrors: every mistake names the line to fix.
func TestJobFileErrors(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"unknown key", "inputs = [\"a\"]\noutput = \"r.xlsx\"\n[mail]\nserver = \"x:25\"\nsecurty = \"tls\"\n", `job.toml:5: unknown key "mail.securty"`},
		{"unknown top key", "inputs = [\"a\"]\noutput = \"r.xlsx\"\noutpt = \"r.xlsx\"\n", `job.toml:3: unknown key "outpt"`},
		{"bad glob", "inputs = [\"a/*.txt\",\n  \"b/[x.txt\"]\noutput = \"r.xlsx\"\n", `job.toml:2: inputs: "b/[x.txt" is not a valid pattern`},
		{"no inputs", "output = \"r.xlsx\"\n", `job.toml: inputs: name at least one`},
		{"not xlsx", "inputs = [\"a\"]\noutput = \"r.pdf\"\n", `job.toml:2: output: must name an .xlsx file`},
		{"bad output template", "inputs = [\"a\"]\noutput = \"r-{{.Dat}}.xlsx\"\n", `job.toml:2: output: `},
		{"syntax", "inputs = [\"a\"\noutput = \"r.xlsx\"\n", `job.toml:2: expected`},
		{"type", "inputs = \"a\"\noutput = \"r.xlsx\"\n", `job.toml:1: inputs: `},
		{"money unit", "inputs = [\"a\"]\noutput = \"r.xlsx\"\n[report]\nmoney_unit = \"usd\"\n", `job.toml:4: report.money_unit must be`},
		{"missing template", "inputs = [\"a\"]\noutput = \"r.xlsx\"\ntemplate = \"mau-khong-co.xlsx\"\n", `job.toml:3: template: `},
		{"clear text", "inputs = [\"a\"]\noutput = \"r.xlsx\"\n[mail]\nserver = \"smtp.example.vn:25\"\nsecurity = \"none\"\nfrom = \"a@b.vn\"\nto = [\"c@d.vn\"]\n", `job.toml:5: mail.security = "none"`},
		{"bad address", "inputs = [\"a\"]\noutput = \"r.xlsx\"\n[mail]\nserver = \"x:587\"\nsecurity = \"tls\"\nfrom = \"a@b.vn\"\nto = [\"c@d.vn\",\n \"not an address\"]\n", `job.toml:8: mail.to: "not an address"`},
		{"username without password", "inputs = [\"a\"]\noutput = \"r.xlsx\"\n[mail]\nserver = \"x:587\"\nsecurity = \"tls\"\nfrom = \"a@b.vn\"\nto = [\"c@d.vn\"]\nusername = \"u\"\n", `job.toml:8: mail.username needs a password`},
		{"bad subject", "inputs = [\"a\"]\noutput = \"r.xlsx\"\n[mail]\nserver = \"x:587\"\nsecurity = \"tls\"\nfrom = \"a@b.vn\"\nto = [\"c@d.vn\"]\nsubject = \"{{.Nam}}\"\n", `job.toml:8: mail.subject: `},
		{"no recipient", "inputs = [\"a\"]\noutput = \"r.xlsx\"\n[mail]\nserver = \"x:587\"\nsecurity = \"tls\"\nfrom = \"a@b.vn\"\n", `job.toml:3: mail: no recipient`},
		{"unit without to", "inputs = [\"a\"]\noutput = \"r.xlsx\"\n[mail]\nserver = \"x:587\"\nsecurity = \"tls\"\nfrom = \"a@b.vn\"\n[[mail.unit]]\nname = \"Quận 1\"\n", `job.toml:7: mail.unit "Quận 1": no address in to`},
		{"bad duration", "inputs = [\"a\"]\noutput = \"r.xlsx\"\n[mail]\nserver = \"x:587\"\nsecurity = \"tls\"\nfrom = \"a@b.vn\"\nto = [\"c@d.vn\"]\nretry_wait = \"soon\"\n", `job.toml:8: mail.retry_wait: "soon" is not a duration`},
	}
	for _, c := range cases {
		_, ps := Parse("job.toml", []byte(c.text))
		if ps.Err() == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		if got := ps.Error(); !strings.Contains(got, c.want) {
			t.Errorf("%s: got\n%s\nwant %q", c.name, got, c.want)
		}
	}
}

func TestTemplateKey(t *testing.T) {
	text := strings.Replace(goodJob, `template = ""`, `template = "don-vi"`, 1)
	j, ps := Parse("job.toml", []byte(text))
	if ps.Err() != nil || j.Build.Template != "don-vi" {
		t.Errorf("built-in form: %v %v", ps, j)
	}
}

func TestPassword(t *testing.T) {
	dir := t.TempDir()
	j, ps := Parse(filepath.Join(dir, "job.toml"), []byte(goodJob))
	if ps.Err() != nil {
		t.Fatal(ps)
	}
	if _, ps := j.Password(func(string) string { return "" }); ps.Err() == nil || !strings.Contains(ps.Error(), "job.toml:14: mail.password_env: the environment variable CHITIEU_SMTP_PASSWORD is not set") {
		t.Errorf("missing variable: %v", ps)
	}
	if pw, ps := j.Password(func(k string) string { return map[string]string{"CHITIEU_SMTP_PASSWORD": "bí mật"}[k] }); pw != "bí mật" || ps != nil {
		t.Errorf("from the environment: %q %v", pw, ps)
	}
	os.WriteFile(filepath.Join(dir, "pw.txt"), []byte("s3cret\r\n"), 0o600)
	text := strings.Replace(goodJob, `password_env = "CHITIEU_SMTP_PASSWORD"`, `password_file = "pw.txt"`, 1)
	j, ps = Parse(filepath.Join(dir, "job.toml"), []byte(text))
	if ps.Err() != nil {
		t.Fatal(ps)
	}
	if pw, ps := j.Password(nil); pw != "s3cret" || ps != nil {
		t.Errorf("from a file: %q %v", pw, ps)
	}
}

func TestRecipientsCSV(t *testing.T) {
	dir := t.TempDir()
	csv := "Đơn vị;Email;CC\nQuận Hoàng Mai;hm@example.vn; a@x.vn, b@x.vn\n\nHuyện Gia Lâm;gl@example.vn;\nQuận 1;;\nQuận 2;not-an-address;\n"
	os.WriteFile(filepath.Join(dir, "don-vi.csv"), []byte(csv), 0o644)
	rs, ps := readRecipients(filepath.Join(dir, "don-vi.csv"))
	if len(rs) != 2 || rs[0].Name != "Quận Hoàng Mai" || len(rs[0].Cc) != 2 || rs[1].Line != 4 {
		t.Errorf("recipients: %+v", rs)
	}
	got := ps.Error()
	for _, want := range []string{"don-vi.csv:5: Quận 1: no address in to", "don-vi.csv:6: Quận 2: not a list of e-mail addresses"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
	text := strings.Replace(goodJob, "[[mail.unit]]\nname = \"Quận Hoàng Mai\"\nto = [\"hoangmai@example.vn\"]\n", "units_csv = \"don-vi.csv\"\n", 1)
	text = strings.Replace(text, "attempts = 2\n", "attempts = 2\nunits_csv = \"don-vi.csv\"\n", 1)
	text = strings.Replace(text, "units_csv = \"don-vi.csv\"\n[[mail.unit]]", "[[mail.unit]]", 1)
	_, ps = Parse(filepath.Join(dir, "job.toml"), []byte(text))
	if ps.Err() == nil || !strings.Contains(ps.Error(), "don-vi.csv:5") {
		t.Errorf("a bad recipients file passed the job check: %v", ps)
	}
}

func TestKeyLines(t *testing.T) {
	lines := keyLines([]byte(goodJob))
	for path, want := range map[string]int{"inputs": 1, "inputs[1]": 1, "report.year": 5, "mail.server": 8, "mail.unit[0]": 17, "mail.unit[1].cc": 23, "mail.unit[1].to[1]": 22} {
		if got := lineAt(lines, path); got != want {
			t.Errorf("%s: line %d, want %d", path, got, want)
		}
	}
}

// FuzzParse: a job file is outside input; no content may crash the parser,
// and every problem it reports names the job file.
func FuzzParse(f *testing.F) {
	f.Add([]byte(goodJob))
	f.Add([]byte("inputs = [\"a\"]\noutput = \"r.xlsx\"\n[[mail.unit]]\n[[mail.unit]]\nname=1\n"))
	f.Add([]byte("a.b.c = 1\n[a]\nx = [[1], {y = 2}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		j, ps := Parse("fuzz.toml", data)
		if (j == nil) != (ps.Err() != nil) {
			t.Fatalf("job %v with problems %v", j != nil, ps)
		}
		for _, p := range ps {
			if p.File == "" {
				t.Fatalf("problem without a file: %v", p)
			}
		}
	})
}
