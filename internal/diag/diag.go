package diag

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Problem is one thing wrong with an input, at a place in a file.
type Problem struct {
	File    string // base name or path as the user gave it
	Line    int    // 1-based; 0 when the problem is about the whole file
	Warning bool   // a warning does not stop the run
	Format  string // English fmt format, also the message-catalog key
	Args    []any
}

// Errorf makes an error Problem.
func Errorf(file string, line int, format string, args ...any) Problem {
	return Problem{File: file, Line: line, Format: format, Args: args}
}

// Warnf makes a warning Problem.
func Warnf(file string, line int, format string, args ...any) Problem {
	return Problem{File: file, Line: line, Warning: true, Format: format, Args: args}
}

// Message renders p as "FILE:LINE: text" in the printer's language.
func (p Problem) Message(pr *message.Printer) string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Line)
		}
		b.WriteString(": ")
	}
	if p.Warning {
		b.WriteString(pr.Sprintf("warning: "))
	}
	b.WriteString(pr.Sprintf(p.Format, p.Args...))
	return b.String()
}

// Error renders p in English, so a Problem can travel as an error.
func (p Problem) Error() string { return p.Message(English()) }

// List is the problems of one or more inputs. It is an error when it holds
// at least one non-warning problem (see Err).
type List []Problem

// Err returns l as an error if it holds an error Problem, else nil.
func (l List) Err() error {
	for _, p := range l {
		if !p.Warning {
			return l
		}
	}
	return nil
}

// Warnings returns only the warnings of l.
func (l List) Warnings() List {
	var w List
	for _, p := range l {
		if p.Warning {
			w = append(w, p)
		}
	}
	return w
}

func (l List) Error() string {
	var s []string
	for _, p := range l {
		s = append(s, p.Error())
	}
	return strings.Join(s, "\n")
}

// Problems unwraps err into the Problems it carries: a List, a Problem, or
// a plain error wrapped as one Problem with no place.
func Problems(err error) List {
	if err == nil {
		return nil
	}
	var l List
	if errors.As(err, &l) {
		return l
	}
	var p Problem
	if errors.As(err, &p) {
		return List{p}
	}
	return List{{Format: "%v", Args: []any{err}}}
}

// WithFile names file in the problems of err that came without one (a
// decoder or a catalog parser does not know the file it reads). A plain
// error becomes one Problem in file, so whatever went wrong with a file the
// user named reaches them with its name.
func WithFile(err error, file string) error {
	if err == nil {
		return nil
	}
	var l List
	if errors.As(err, &l) {
		return l.WithFile(file)
	}
	var p Problem
	if !errors.As(err, &p) {
		p = Problem{Format: "%v", Args: []any{err}}
	}
	if p.File == "" {
		p.File = file
	}
	return p
}

// Text renders err for a person in the printer's language: the Problems it
// carries one a line, translated; any other error as it says itself.
func Text(pr *message.Printer, err error) string {
	var l List
	var p Problem
	switch {
	case errors.As(err, &l):
	case errors.As(err, &p):
		l = List{p}
	default:
		return err.Error()
	}
	s := make([]string, len(l))
	for i, p := range l {
		s[i] = p.Message(pr)
	}
	return strings.Join(s, "\n")
}

// WithFile returns l with file named in the problems that came without one.
func (l List) WithFile(file string) List {
	if l == nil {
		return nil
	}
	out := make(List, len(l))
	for i, p := range l {
		if p.File == "" {
			p.File = file
		}
		out[i] = p
	}
	return out
}

// StripPath drops the path an os error repeats ("open a.txt: no such file
// or directory" → "no such file or directory"), for a Problem that already
// names the file.
func StripPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

var cat = catalog.NewBuilder(catalog.Fallback(language.English))

// Register adds the Vietnamese text of English message formats. Call it from
// an init function in the package that raises the messages.
func Register(vi map[string]string) {
	for en, v := range vi {
		if err := cat.SetString(language.Vietnamese, en, v); err != nil {
			panic(fmt.Sprintf("diag: bad Vietnamese message for %q: %v", en, err))
		}
	}
}

func init() {
	Register(map[string]string{
		"warning: ": "cảnh báo: ",
		"%v":        "%v",
	})
}

// Printer returns a message printer for tag, drawing on the registered
// translations.
func Printer(tag language.Tag) *message.Printer {
	return message.NewPrinter(tag, message.Catalog(cat))
}

// English returns the English printer.
func English() *message.Printer { return Printer(language.English) }

// Locale picks the user's language: from the POSIX locale variables in
// the usual order of precedence when one is set (Vietnamese when it starts
// with "vi", English otherwise), else from the system's display language
// (Windows, which sets none of those variables), else English.
func Locale(getenv func(string) string) language.Tag {
	if getenv == nil {
		getenv = os.Getenv
	}
	return locale(getenv, systemLanguages)
}

// locale is Locale with the system's preferred languages (BCP 47 names,
// "vi-VN", most preferred first) given, so its logic is tested anywhere.
func locale(getenv func(string) string, system func() []string) language.Tag {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
		if v := getenv(k); v != "" {
			return pick(v)
		}
	}
	if langs := system(); len(langs) > 0 {
		return pick(langs[0])
	}
	return language.English
}

func pick(name string) language.Tag {
	if strings.HasPrefix(strings.ToLower(name), "vi") {
		return language.Vietnamese
	}
	return language.English
}
