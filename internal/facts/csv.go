package facts

import (
	"bufio"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/chitieu/chitieu/internal/diag"
)

// ReadCSV reads facts from CSV text already decoded to UTF-8 (the caller
// handles the file's encoding). The delimiter is ',' or ';' (Excel writes
// ';' where the decimal separator is a comma, as on Vietnamese PCs), or a
// tab, found from the header line; an Excel "sep=;" first line is honoured.
// The header names the columns in English field names or the workbook's
// Vietnamese titles, in any order; unknown columns are ignored.
func ReadCSV(name string, r io.Reader) ([]Fact, diag.List) {
	br := bufio.NewReader(r)
	first, err := br.Peek(4096)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, diag.List{diag.Errorf(name, 0, "read error: %v", err)}
	}
	head := strings.TrimPrefix(string(first), "\ufeff")
	comma, skip := sniffDelimiter(head)
	if strings.HasPrefix(string(first), "\ufeff") {
		br.Discard(len("\ufeff"))
	}
	lineOffset := 0
	if skip {
		// Drop the "sep=X" line; csv positions then start one line late.
		if _, err := br.ReadString('\n'); err != nil {
			return nil, diag.List{diag.Errorf(name, 1, "no header row")}
		}
		lineOffset = 1
	}
	cr := csv.NewReader(br)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = false

	header, err := cr.Read()
	if err == io.EOF {
		return nil, diag.List{diag.Errorf(name, 0, "the file is empty")}
	}
	if err != nil {
		return nil, diag.List{csvProblem(name, lineOffset, err)}
	}
	fields := make([]string, len(header))
	have := map[string]bool{}
	for i, h := range header {
		fields[i] = FieldOf(h)
		if fields[i] != "" {
			have[fields[i]] = true
		}
	}
	var errs diag.List
	for _, req := range required {
		if !have[req] {
			errs = append(errs, diag.Errorf(name, 1+lineOffset, "the header has no column %s", req))
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}

	var out []Fact
	texts := textTable{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, csvProblem(name, lineOffset, err))
			// A malformed record does not stop the reader: report every
			// bad line in one pass.
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				continue
			}
			break
		}
		line, _ := cr.FieldPos(0)
		line += lineOffset
		if blank(rec) {
			continue
		}
		var f Fact
		var ps diag.List
		for i, cell := range rec {
			if i >= len(fields) || fields[i] == "" {
				continue
			}
			if format, arg := f.Set(fields[i], unprotect(cell)); format != "" {
				ps = append(ps, diag.Errorf(name, line, format, arg))
			}
		}
		if len(ps) == 0 {
			for _, p := range f.Check() {
				p.File, p.Line = name, line
				ps = append(ps, p)
			}
		}
		if len(ps) > 0 {
			errs = append(errs, ps...)
			continue
		}
		f.Origin = name + ":" + strconv.Itoa(line)
		texts.share(&f)
		out = append(out, f)
	}
	return out, errs
}

func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// sniffDelimiter picks the delimiter that splits the header line into the
// most known column names.
func sniffDelimiter(head string) (rune, bool) {
	line, _, _ := strings.Cut(head, "\n")
	line = strings.TrimRight(line, "\r")
	if strings.HasPrefix(strings.ToLower(line), "sep=") && len(line) >= 5 {
		return []rune(line[4:])[0], true
	}
	best, bestN := ',', -1
	for _, c := range []rune{',', ';', '\t'} {
		n := 0
		for _, h := range strings.Split(line, string(c)) {
			if FieldOf(strings.Trim(h, `"`)) != "" {
				n++
			}
		}
		if n > bestN {
			best, bestN = c, n
		}
	}
	return best, false
}

func csvProblem(name string, offset int, err error) diag.Problem {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if pe.Err == csv.ErrFieldCount {
			return diag.Errorf(name, pe.Line+offset, "wrong number of fields")
		}
		return diag.Errorf(name, pe.Line+offset, "bad CSV: %v", pe.Err)
	}
	return diag.Errorf(name, 0, "read error: %v", err)
}

// formulaStart are the first characters that make Excel and LibreOffice
// read a cell as a formula (CSV injection).
const formulaStart = "=+-@\t\r"

// protect makes a text cell inert in a spreadsheet by a leading apostrophe
// when it would otherwise start a formula.
func protect(s string) string {
	if s != "" && strings.ContainsRune(formulaStart, rune(s[0])) {
		return "'" + s
	}
	return s
}

// unprotect undoes protect, so files chitieu wrote read back unchanged.
func unprotect(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.ContainsRune(formulaStart, rune(s[1])) {
		return s[1:]
	}
	return s
}

// WriteCSV writes facts for Excel: a UTF-8 byte-order mark (without it
// Excel reads the Vietnamese text as ANSI), English field names in the
// header, numbers with a dot decimal point, and text cells that could start
// a formula made inert.
func WriteCSV(w io.Writer, fs []Fact) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("\ufeff")
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	rec := make([]string, len(Columns))
	for i, c := range Columns {
		rec[i] = c.Field
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	for i := range fs {
		for j, c := range Columns {
			v := fs[i].Get(c.Field)
			switch c.Field {
			case "value", "value_max", "year":
			default:
				v = protect(v)
			}
			rec[j] = v
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

func init() {
	diag.Register(map[string]string{
		"no header row":               "không có dòng tiêu đề",
		"the file is empty":           "tệp rỗng",
		"the header has no column %s": "dòng tiêu đề thiếu cột %s",
		"wrong number of fields":      "số cột không đúng",
		"bad CSV: %v":                 "CSV không hợp lệ: %v",
	})
}
