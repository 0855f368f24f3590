package facts

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/diag"
)

// maxLine bounds one JSON Lines record; a longer line is reported, not
// read into memory whole.
const maxLine = 1 << 20

// ReadJSONL reads facts, one JSON object a line. name is the file name for
// messages. Every bad line is reported with its number; good lines are
// returned even when others are bad, so the caller decides.
func ReadJSONL(name string, r io.Reader) ([]Fact, diag.List) {
	var (
		out  []Fact
		errs diag.List
	)
	br := bufio.NewReaderSize(r, 64<<10)
	texts := textTable{}
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br)
		if tooLong {
			errs = append(errs, diag.Errorf(name, n, "line is longer than %d bytes", maxLine))
		} else if len(bytes.TrimSpace(line)) > 0 {
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\ufeff"))
			}
			f, ps := decodeFact(line, texts)
			for _, p := range ps {
				p.File, p.Line = name, n
				errs = append(errs, p)
			}
			if ps.Err() == nil {
				f.Origin = name + ":" + strconv.Itoa(n)
				out = append(out, f)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, diag.Errorf(name, n, "read error: %v", err))
			break
		}
	}
	return out, errs
}

// readLine returns one line without its end; tooLong when it exceeded
// maxLine (the rest of the line is skipped).
func readLine(br *bufio.Reader) (line []byte, tooLong bool, err error) {
	for {
		chunk, isPrefix, e := br.ReadLine()
		if len(line)+len(chunk) > maxLine {
			tooLong = true
		} else {
			line = append(line, chunk...)
		}
		if e != nil {
			return line, tooLong, e
		}
		if !isPrefix {
			return line, tooLong, nil
		}
	}
}

var required = []string{"source", "unit", "indicator", "year", "kind", "value", "uom"}

// textTable keeps one copy of each text a file's facts repeat: the unit,
// the indicator, the source document and the sentence of every fact of
// it (a national file has a quarter of a million facts and a few
// thousand texts).
type textTable map[string]string

// text is the JSON string token v as text (NFC), from the table when
// it holds it. A token without escapes is its own text and is looked up
// without a copy; others go through encoding/json.
func (tt textTable) text(v []byte) (string, bool) {
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' && bytes.IndexByte(v, '\\') < 0 {
		if t, ok := tt[string(v[1:len(v)-1])]; ok {
			return t, true
		}
		raw := string(v[1 : len(v)-1])
		t := norm.NFC.String(raw)
		if c, ok := tt[t]; ok {
			t = c // the same text, composed differently
		} else {
			tt[t] = t
		}
		tt[raw] = t
		return t, true
	}
	var t string
	if err := json.Unmarshal(v, &t); err != nil {
		return "", false
	}
	t = norm.NFC.String(t)
	if c, ok := tt[t]; ok {
		return c, true
	}
	tt[t] = t
	return t, true
}

// share replaces the texts of f by the table's copies; a text the table
// does not hold yet is copied into it, so that the fact holds no part of
// a longer string (a CSV record's).
func (tt textTable) share(f *Fact) {
	for _, p := range []*string{&f.Source, &f.Unit, &f.Indicator, &f.UOM, &f.Qualifier, &f.AsOf, &f.Evidence} {
		if *p == "" {
			continue
		}
		if c, ok := tt[*p]; ok {
			*p = c
			continue
		}
		c := strings.Clone(*p)
		tt[c] = c
		*p = c
	}
}

// decodeFact decodes one JSON object strictly enough that a person's typo
// (a year as text, a missing value) is caught, not silently zeroed.
// texts, when not nil, shares the texts of the facts decoded with it.
func decodeFact(line []byte, texts textTable) (Fact, diag.List) {
	var f Fact
	var ps diag.List
	bad := func(format string, args ...any) { ps = append(ps, diag.Errorf("", 0, format, args...)) }
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(line, &raw); err != nil {
		bad("not a JSON object: %v", jsonProblem(err))
		return f, ps
	}
	for _, k := range required {
		if v, ok := raw[k]; !ok || string(v) == "null" {
			bad("missing field %s", k)
		}
	}
	if len(ps) > 0 {
		return f, ps
	}
	str := func(k string, dst *string) {
		v, ok := raw[k]
		if !ok || string(v) == "null" {
			return
		}
		// encoding/json would turn bad bytes into U+FFFD, so "Ho\xe0ng
		// Mai" would become a unit of its own, "Ho�ng Mai", without a word.
		if !utf8.Valid(v) {
			bad("field %s is not valid UTF-8 text: save the file as UTF-8", k)
			return
		}
		if texts == nil {
			texts = textTable{}
		}
		t, ok := texts.text(v)
		if !ok {
			bad("field %s must be text", k)
		}
		*dst = t
	}
	num := func(k string) (float64, bool) {
		v := raw[k]
		// A JSON number token (the line parsed already) reads as a Go
		// number as it stands; anything else goes the long way.
		if len(v) > 0 && (v[0] == '-' || '0' <= v[0] && v[0] <= '9') {
			if x, err := strconv.ParseFloat(string(v), 64); err == nil {
				return x, true
			}
		}
		var x float64
		if err := json.Unmarshal(v, &x); err != nil {
			// People hand-write "4.435,98" in JSON too; accept a string that
			// is a number, refuse anything else.
			var s string
			if json.Unmarshal(v, &s) == nil {
				if y, err := ParseNumber(s); err == nil {
					return y, true
				}
			}
			bad("field %s must be a number, not %s", k, string(v))
			return 0, false
		}
		return x, true
	}
	str("source", &f.Source)
	str("unit", &f.Unit)
	str("indicator", &f.Indicator)
	var kind string
	str("kind", &kind)
	if k, ok := ParseKind(kind); ok {
		f.Kind = k
	} else {
		f.Kind = Kind(kind)
	}
	str("uom", &f.UOM)
	str("qualifier", &f.Qualifier)
	str("as_of", &f.AsOf)
	str("evidence", &f.Evidence)
	if y, ok := num("year"); ok {
		if y != math.Trunc(y) {
			bad("year %q is not a whole number", strconv.FormatFloat(y, 'f', -1, 64))
		}
		f.Year = int(y)
	}
	if v, ok := num("value"); ok {
		f.Value = v
	}
	if v, ok := raw["value_max"]; ok && string(v) != "null" {
		if m, ok := num("value_max"); ok {
			f.ValueMax = &m
		}
	}
	if v, ok := raw["estimate"]; ok && string(v) != "null" {
		if err := json.Unmarshal(v, &f.Estimate); err != nil {
			bad("field %s must be true or false", "estimate")
		}
	}
	if len(ps) > 0 {
		return f, ps
	}
	return f, f.Check()
}

// jsonProblem shortens encoding/json's messages, which name Go types a
// finance officer has never heard of.
func jsonProblem(err error) string {
	s := err.Error()
	s = strings.TrimPrefix(s, "json: ")
	if strings.Contains(s, "cannot unmarshal") {
		return "not an object"
	}
	return s
}

// WriteJSONL writes facts one a line, in the contract's field order.
func WriteJSONL(w io.Writer, fs []Fact) error {
	// Facts are written by appendJSON into one large buffer: through
	// encoding/json and a 4 KB bufio.Writer, writing was a tenth of an
	// extract run's work beyond extraction, and a write call per 4 KB.
	var buf []byte
	var last lastPlain
	for i := range fs {
		var err error
		if buf, err = appendJSON(buf, &fs[i], &last); err != nil {
			return err
		}
		if len(buf) >= jsonlFlush {
			if _, err := w.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	if len(buf) > 0 {
		_, err := w.Write(buf)
		return err
	}
	return nil
}

func init() {
	diag.Register(map[string]string{
		"line is longer than %d bytes":                             "dòng dài quá %d byte",
		"read error: %v":                                           "lỗi đọc: %v",
		"not a JSON object: %v":                                    "không phải đối tượng JSON: %v",
		"field %s must be text":                                    "trường %s phải là chuỗi văn bản",
		"field %s must be a number, not %s":                        "trường %s phải là số, không phải %s",
		"field %s must be true or false":                           "trường %s phải là true hoặc false",
		"field %s is not valid UTF-8 text: save the file as UTF-8": "trường %s không phải văn bản UTF-8 hợp lệ: hãy lưu tệp dạng UTF-8",
	})
}
