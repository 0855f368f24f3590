// Package mailer delivers a workbook by e-mail: it composes the message (a
// plain-text Vietnamese body, the workbook attached with the XLSX type and
// a file name that survives mail clients), refuses an attachment over the
// size limit, writes the message as an .eml file for a dry run, and sends
// it over SMTP (STARTTLS or implicit TLS, AUTH) with retries and backoff,
// through github.com/wneessen/go-mail.
//
// It knows nothing of reports or job files: the caller gives it the
// addresses, the rendered subject and body, and the file. The password is
// held only in Server and never logged.
package mailer
