package facts

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"
)

// jsonlFlush is how many bytes of JSON Lines WriteJSONL gathers before a
// write.
const jsonlFlush = 256 << 10

// appendJSON appends f as one line of JSON, byte for byte what a
// json.Encoder with SetEscapeHTML(false) writes for it (TestAppendJSON
// compares the two). Facts with a value JSON cannot hold (NaN, ±Inf) and
// text that needs escaping go through encoding/json, whose error or
// escapes are then the answer.
//
// last holds the source and the evidence of the fact written before, when
// they were plain (see plainJSON): the facts of a sentence come one after
// the other with the same file and sentence, and a text equal to the last
// is plain without a walk over it.
func appendJSON(b []byte, f *Fact, last *lastPlain) ([]byte, error) {
	if !finite(f.Value) || f.ValueMax != nil && !finite(*f.ValueMax) {
		return appendEncoded(b, f)
	}
	b = append(b, `{"source":`...)
	b = appendKnownJSONString(b, f.Source, &last.source)
	b = append(b, `,"unit":`...)
	b = appendJSONString(b, f.Unit)
	b = append(b, `,"indicator":`...)
	b = appendJSONString(b, f.Indicator)
	b = append(b, `,"year":`...)
	b = strconv.AppendInt(b, int64(f.Year), 10)
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, string(f.Kind))
	b = append(b, `,"value":`...)
	b = appendJSONFloat(b, f.Value)
	b = append(b, `,"uom":`...)
	b = appendJSONString(b, f.UOM)
	if f.Estimate {
		b = append(b, `,"estimate":true`...)
	}
	if f.Qualifier != "" {
		b = append(b, `,"qualifier":`...)
		b = appendJSONString(b, f.Qualifier)
	}
	if f.ValueMax != nil {
		b = append(b, `,"value_max":`...)
		b = appendJSONFloat(b, *f.ValueMax)
	}
	if f.AsOf != "" {
		b = append(b, `,"as_of":`...)
		b = appendJSONString(b, f.AsOf)
	}
	if f.Evidence != "" {
		b = append(b, `,"evidence":`...)
		b = appendKnownJSONString(b, f.Evidence, &last.evidence)
	}
	return append(b, "}\n"...), nil
}

func finite(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

// appendEncoded appends what a json.Encoder writes for v.
func appendEncoded(b []byte, v any) ([]byte, error) {
	var w bytes.Buffer
	enc := json.NewEncoder(&w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return b, err
	}
	return append(b, w.Bytes()...), nil
}

// lastPlain is the last source and evidence appendJSON wrote that were
// plain.
type lastPlain struct{ source, evidence string }

// appendKnownJSONString is appendJSONString, told the last plain text of
// the field: s equal to it is plain.
func appendKnownJSONString(b []byte, s string, last *string) []byte {
	if s != *last {
		if !plainJSON(s) {
			return appendJSONString(b, s)
		}
		*last = s
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendJSONString appends s quoted. Text that is valid UTF-8 without
// control characters, quotes, backslashes or U+2028/U+2029 (nearly all
// of it) is copied as it is; the rest is left to encoding/json.
func appendJSONString(b []byte, s string) []byte {
	if !plainJSON(s) {
		b, _ = appendEncoded(b, s) // a string always encodes
		return b[:len(b)-1]        // without the Encoder's newline
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// plainJSON reports whether s goes into JSON between quotes unchanged.
// It checks that s is UTF-8 in the same walk (the evidence of every fact,
// a sentence, was walked twice): the two- and three-byte runes of
// Vietnamese text inline, with the checks utf8 makes, the rest through
// utf8.
func plainJSON(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' {
				return false
			}
			i++
			continue
		}
		switch {
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9):
			return false // U+2028 and U+2029, which encoding/json escapes
		case c >= 0xE1 && c <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				return false
			}
			i += n
		}
	}
	return true
}

// appendJSONFloat appends a finite v as encoding/json writes a float64.
func appendJSONFloat(b []byte, v float64) []byte {
	format := byte('f')
	if abs := math.Abs(v); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, v, format, -1, 64)
	if format == 'e' {
		// "1e-07" is written "1e-7".
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}
