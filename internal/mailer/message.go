package mailer

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/wneessen/go-mail"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// XLSXType is the MIME type of an Excel workbook.
const XLSXType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// Message is one e-mail carrying one workbook.
type Message struct {
	From       string
	To, Cc     []string
	Bcc        []string
	Subject    string
	Body       string // plain text, UTF-8
	Attachment string // path of the workbook
	Date       time.Time
}

// TooLargeError is an attachment over the limit.
type TooLargeError struct {
	Path        string
	Size, Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s is %s, over the attachment limit of %s", e.Path, mib(e.Size), mib(e.Limit))
}

func mib(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

// Compose builds the MIME message, refusing an attachment over limit bytes
// (0: no limit).
func Compose(m Message, limit int64) (*mail.Msg, error) {
	data, err := os.ReadFile(m.Attachment)
	if err != nil {
		return nil, err
	}
	if limit > 0 && int64(len(data)) > limit {
		return nil, &TooLargeError{Path: m.Attachment, Size: int64(len(data)), Limit: limit}
	}
	msg := mail.NewMsg(mail.WithCharset(mail.CharsetUTF8), mail.WithEncoding(mail.EncodingQP))
	if err := msg.From(m.From); err != nil {
		return nil, fmt.Errorf("from %q: %w", m.From, err)
	}
	if err := msg.To(m.To...); err != nil {
		return nil, fmt.Errorf("to: %w", err)
	}
	if len(m.Cc) > 0 {
		if err := msg.Cc(m.Cc...); err != nil {
			return nil, fmt.Errorf("cc: %w", err)
		}
	}
	if len(m.Bcc) > 0 {
		if err := msg.Bcc(m.Bcc...); err != nil {
			return nil, fmt.Errorf("bcc: %w", err)
		}
	}
	msg.Subject(m.Subject)
	if m.Date.IsZero() {
		msg.SetDate()
	} else {
		msg.SetDateWithValue(m.Date)
	}
	msg.SetMessageID()
	msg.SetGenHeader(mail.HeaderXMailer, "chitieu")
	msg.SetBodyString(mail.TypeTextPlain, m.Body)
	name := filepath.Base(m.Attachment)
	if err := msg.AttachReader(name, bytes.NewReader(data), attachmentHeaders(name)); err != nil {
		return nil, err
	}
	return msg, nil
}

// attachmentHeaders names the file the way mail clients read it: the
// Content-Disposition filename in RFC 2231 (UTF-8, percent-encoded, in
// continuations so no line grows long) after a plain ASCII fallback for
// clients that know only filename=, and the Content-Type name in RFC 2047,
// which older Outlook versions read instead.
func attachmentHeaders(name string) mail.FileOption {
	return func(f *mail.File) {
		f.Header.Set("Content-Type", XLSXType+";\r\n name=\""+mime.BEncoding.Encode("UTF-8", name)+"\"")
		f.Header.Set("Content-Disposition", disposition(name))
	}
}

// disposition writes an attachment's Content-Disposition with name.
func disposition(name string) string {
	var b strings.Builder
	b.WriteString("attachment;\r\n filename=\"" + asciiName(name) + "\"")
	if asciiName(name) == name {
		return b.String()
	}
	// Continuations of at most 60 characters, never splitting a %XX.
	var parts []string
	cur := "UTF-8''"
	for _, tok := range rfc2231Tokens(name) {
		if len(cur)+len(tok) > 60 && cur != "" {
			parts = append(parts, cur)
			cur = ""
		}
		cur += tok
	}
	parts = append(parts, cur)
	for i, p := range parts {
		fmt.Fprintf(&b, ";\r\n filename*%d*=%s", i, p)
	}
	return b.String()
}

// rfc2231Tokens writes s for RFC 2231, one token a byte: the byte itself
// when it is an attribute-char, else its %XX escape.
func rfc2231Tokens(s string) []string {
	toks := make([]string, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$&+-.^_`|~", c) >= 0) {
			toks = append(toks, string(c))
			continue
		}
		toks = append(toks, fmt.Sprintf("%%%02X", c))
	}
	return toks
}

// asciiName is name without diacritics ("Báo cáo Đống Đa.xlsx" → "Bao cao
// Dong Da.xlsx"), for clients that cannot decode the RFC 2231 name.
func asciiName(name string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, err := transform.String(t, name)
	if err != nil {
		s = name
	}
	s = strings.NewReplacer("Đ", "D", "đ", "d").Replace(s)
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r >= 0x7f || r == '"' || r == '\\' {
			return '_'
		}
		return r
	}, s)
}

// WriteEML writes msg as an .eml file a mail client opens.
func WriteEML(w io.Writer, msg *mail.Msg) error {
	_, err := msg.WriteTo(w)
	return err
}
