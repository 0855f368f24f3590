package pipeline

import (
	"io"
	"os"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/form"
	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/templates"
)

// IsForm reports whether a --template value asks for a form rather than
// the built-in report ("" and "bao-cao" are the built-in report).
func IsForm(template string) bool {
	return template != "" && template != templates.Builtin
}

// LoadTemplate reads a form: a file when one of that name exists, else a
// built-in form of that name. Problems name the file.
func LoadTemplate(name string) (*form.Template, diag.List) {
	st, statErr := os.Stat(name)
	if statErr != nil {
		if f, ok := templates.Find(name); ok {
			b, err := f.Bytes()
			if err != nil {
				return nil, diag.List{diag.Errorf(name, 0, "%v", err)}
			}
			t, err := form.ReadTemplate(f.File, b)
			if err != nil {
				return nil, diag.Problems(err)
			}
			return t, nil
		}
		return nil, diag.List{diag.Errorf(name, 0, "no such form: neither a file nor a built-in form (chitieu templates list)")}
	}
	if !st.Mode().IsRegular() {
		return nil, diag.List{diag.Errorf(name, 0, "the form is not a regular file")}
	}
	if st.Size() > form.MaxFileSize {
		return nil, diag.List{diag.Errorf(name, 0, "the form is %d MB; a form must be under %d MB", st.Size()>>20, form.MaxFileSize>>20)}
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, diag.List{diag.Errorf(name, 0, "cannot read: %v", diag.StripPath(err))}
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, form.MaxFileSize+1))
	if err != nil {
		return nil, diag.List{diag.Errorf(name, 0, "cannot read: %v", diag.StripPath(err))}
	}
	t, err := form.ReadTemplate(name, b)
	if err != nil {
		return nil, diag.Problems(err)
	}
	return t, nil
}

// fillForm fills a form from a report built for all years. With strict,
// any placeholder left unfilled is an error.
func fillForm(t *form.Template, rep *report.Report, cat *catalog.Catalog, year int, strict bool) (*form.Filled, diag.List) {
	filled, ps, err := form.Fill(t, rep, form.Options{Year: year, Catalog: cat})
	if err != nil {
		return nil, diag.Problems(err)
	}
	if strict && filled.Unfilled > 0 {
		return nil, append(ps, diag.Errorf(t.Name, 0, "--strict: %d placeholders could not be filled; nothing written", filled.Unfilled))
	}
	return filled, ps
}
