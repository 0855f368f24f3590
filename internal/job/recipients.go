package job

import (
	"encoding/csv"
	"errors"
	"io"
	"net/mail"
	"os"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/document"
)

// readRecipients reads a per-unit recipients CSV: a header row naming the
// columns unit (or "Đơn vị"), to (or "Email") and optionally cc, then one
// unit a row; a cell may hold several addresses separated by ';' or ','.
// The delimiter is ',' or ';' (what Excel writes on a Vietnamese PC).
func readRecipients(path string) ([]UnitRecipients, diag.List) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, diag.List{diag.Errorf(path, 0, "cannot read: %v", diag.StripPath(err))}
	}
	text, err := document.Decode(data)
	if err != nil {
		return nil, diag.Problems(diag.WithFile(err, path))
	}
	first, _, _ := strings.Cut(text, "\n")
	r := csv.NewReader(strings.NewReader(text))
	if strings.Count(first, ";") > strings.Count(first, ",") {
		r.Comma = ';'
	}
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	head, err := r.Read()
	if err != nil {
		return nil, diag.List{diag.Errorf(path, 1, "want a header row: unit, to, cc")}
	}
	col := map[string]int{"unit": -1, "to": -1, "cc": -1}
	for i, h := range head {
		switch strings.ToLower(strings.TrimSpace(norm.NFC.String(h))) {
		case "unit", "đơn vị", "don vi":
			col["unit"] = i
		case "to", "email", "e-mail", "thư điện tử":
			col["to"] = i
		case "cc":
			col["cc"] = i
		}
	}
	if col["unit"] < 0 || col["to"] < 0 {
		return nil, diag.List{diag.Errorf(path, 1, "want a header row: unit, to, cc")}
	}
	var out []UnitRecipients
	var ps diag.List
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			ps = append(ps, diag.Errorf(path, line, "%v", diag.StripPath(err)))
			break
		}
		cell := func(name string) string {
			if i := col[name]; i >= 0 && i < len(rec) {
				return strings.TrimSpace(norm.NFC.String(rec[i]))
			}
			return ""
		}
		if strings.Join(rec, "") == "" {
			continue
		}
		u := UnitRecipients{Name: cell("unit"), File: path, Line: line}
		if u.Name == "" {
			ps = append(ps, diag.Errorf(path, line, "no unit name"))
			continue
		}
		var bad bool
		u.To, bad = splitAddresses(cell("to"))
		var badCc bool
		u.Cc, badCc = splitAddresses(cell("cc"))
		switch {
		case bad || badCc:
			ps = append(ps, diag.Errorf(path, line, "%s: not a list of e-mail addresses", u.Name))
		case len(u.To) == 0:
			ps = append(ps, diag.Errorf(path, line, "%s: no address in to", u.Name))
		default:
			out = append(out, u)
		}
	}
	return out, ps
}

// splitAddresses reads "a@x.vn; Tên <b@x.vn>" and reports a bad entry.
func splitAddresses(s string) ([]string, bool) {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' }) {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		if _, err := mail.ParseAddress(f); err != nil {
			return nil, true
		}
		out = append(out, f)
	}
	return out, false
}
