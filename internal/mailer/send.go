package mailer

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/wneessen/go-mail"
)

// Server is where and how to send.
type Server struct {
	Host     string
	Port     int
	Security string // "starttls", "tls" (implicit TLS) or "none"
	Username string // "" for no AUTH
	Password string // never logged
	CAFile   string // PEM certificates to trust besides the system's; "" for none
	Timeout  time.Duration
}

// Retry says how often to try a send and how long to wait between tries.
type Retry struct {
	Attempts int           // at least 1
	Wait     time.Duration // before the second attempt; doubles after each
}

// Send sends msg, trying again after a failure as r says, and returns the
// number of attempts made and the last error. Every failure is logged with
// its attempt; the password is in no message.
func Send(ctx context.Context, s Server, r Retry, msg *mail.Msg, log *slog.Logger) (int, error) {
	client, err := s.client()
	if err != nil {
		return 0, err
	}
	wait := r.Wait
	attempts := max(r.Attempts, 1)
	for i := 1; ; i++ {
		err = client.DialAndSendWithContext(ctx, msg)
		if err == nil {
			return i, nil
		}
		if i == attempts || ctx.Err() != nil {
			return i, err
		}
		log.Warn("send failed; trying again", "attempt", i, "of", attempts, "wait", wait.String(), "error", err.Error())
		select {
		case <-ctx.Done():
			return i, errors.Join(err, ctx.Err())
		case <-time.After(wait):
		}
		wait *= 2
	}
}

func (s Server) client() (*mail.Client, error) {
	tc := &tls.Config{ServerName: s.Host, MinVersion: tls.VersionTLS12}
	if s.CAFile != "" {
		pem, err := os.ReadFile(s.CAFile)
		if err != nil {
			return nil, err
		}
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("%s: no PEM certificate in it", s.CAFile)
		}
		tc.RootCAs = pool
	}
	opts := []mail.Option{mail.WithPort(s.Port), mail.WithTLSConfig(tc)}
	if s.Timeout > 0 {
		opts = append(opts, mail.WithTimeout(s.Timeout))
	}
	switch s.Security {
	case "tls":
		opts = append(opts, mail.WithSSL())
	case "none":
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	default:
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory))
	}
	if s.Username != "" {
		auth := mail.SMTPAuthAutoDiscover
		if s.Security == "none" {
			// Only on loopback (the job file check refuses it elsewhere);
			// go-mail's PLAIN refuses a clear-text connection.
			auth = mail.SMTPAuthPlainNoEnc
		}
		opts = append(opts, mail.WithSMTPAuth(auth), mail.WithUsername(s.Username), mail.WithPassword(s.Password))
	}
	return mail.NewClient(s.Host, opts...)
}
