package mailer

import (
	"errors"
	"mime"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDispositionRoundTrip: the attachment's name, written in RFC 2231
// continuations, reads back whole with mime.ParseMediaType; continuation
// lines stay within 78 characters (the plain fallback name is one line,
// far under the 998 limit, since clients that need it know no
// continuations).
func TestDispositionRoundTrip(t *testing.T) {
	for _, name := range []string{
		"bao-cao.xlsx",
		"Báo cáo 2024-11-22.xlsx",
		"Báo cáo kết quả thực hiện chỉ tiêu kinh tế - xã hội năm 2024 - Thị xã Quảng Yên, tỉnh Quảng Ninh.xlsx",
		"Đống Đa; \"quoted\" 100%.xlsx",
	} {
		d := disposition(name)
		for _, line := range strings.Split(d, "\r\n") {
			if strings.HasPrefix(line, " filename*") && len(line) > 78 || len(line) > 998 {
				t.Errorf("%q: line of %d characters: %s", name, len(line), line)
			}
		}
		unfolded := strings.ReplaceAll(d, "\r\n", "")
		mt, params, err := mime.ParseMediaType(unfolded)
		if err != nil || mt != "attachment" || params["filename"] != name {
			t.Errorf("%q: read back %q %q %v", name, mt, params["filename"], err)
		}
	}
	if got := asciiName("Báo cáo Đống Đa \"x\".xlsx"); got != "Bao cao Dong Da _x_.xlsx" {
		t.Errorf("asciiName: %q", got)
	}
}

func TestComposeRefusesLargeAttachment(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.xlsx")
	os.WriteFile(p, make([]byte, 2048), 0o644)
	m := Message{From: "a@b.vn", To: []string{"c@d.vn"}, Subject: "S", Body: "B", Attachment: p}
	_, err := Compose(m, 1024)
	var big *TooLargeError
	if !errors.As(err, &big) || big.Size != 2048 || big.Limit != 1024 {
		t.Errorf("over the limit: %v", err)
	}
	if _, err := Compose(m, 4096); err != nil {
		t.Errorf("under the limit: %v", err)
	}
	m.From = "not an address"
	if _, err := Compose(m, 0); err == nil {
		t.Error("a bad sender was accepted")
	}
}
