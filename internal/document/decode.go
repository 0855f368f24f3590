package document

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/chitieu/chitieu/internal/diag"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Decode turns bytes in any supported encoding into NFC UTF-8 text (used for
// CSV fact files too).
//
// The encoding is taken from a byte order mark (UTF-8, UTF-16 LE/BE), else
// UTF-16 without a mark when NUL bytes fill every other position, else UTF-8
// when the bytes are UTF-8, else Windows-1258 (the Vietnamese code page,
// which old Office and Excel "CSV" exports use). The BOM is dropped, CRLF and
// CR become LF; nothing else changes. Data that decodes to control
// characters rather than text is an error.
func Decode(data []byte) (string, error) {
	s, _, _, err := decode(data, false)
	if err != nil {
		return "", err
	}
	return norm.NFC.String(s), nil
}

// decode is Decode without the normalisation, which Parse leaves to clean;
// with html it also honours a <meta charset> (or http-equiv Content-Type)
// declaration in the first bytes. plain reports UTF-8 text that is plain
// (see isPlain), which clean need not map or normalise; nl is then s
// with a line end after it, sharing its bytes, when s has none at its end
// (see decodeUTF8).
func decode(data []byte, html bool) (s string, plain bool, nl string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		s, plain, nl = decodeUTF8(data[3:])
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		s = decodeWith(xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), data[2:])
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		s = decodeWith(xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), data[2:])
	default:
		if e, ok := sniffUTF16(data); ok {
			s = decodeWith(e, data)
			break
		}
		if html {
			if e := metaCharset(data); e != nil {
				s = decodeDeclared(e, data)
				break
			}
		}
		s, plain, nl = decodeUTF8(data)
	}
	if plain {
		return s, true, nl, nil // no CR to rewrite and nothing binary (see isPlain)
	}
	s = lineEnds(s)
	if isBinary(s) {
		return "", false, "", diag.Errorf("", 0, "binary data, not text")
	}
	return s, false, "", nil
}

func decodeWith(e encoding.Encoding, data []byte) string {
	// x/text decoders replace what they cannot map with U+FFFD and never
	// fail on bytes, so the error is only theoretical.
	b, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return string(b)
}

var win1258 = charmap.Windows1258

// decodeUTF8 reads data as UTF-8 if it mostly is, else as Windows-1258;
// plain reports UTF-8 that is plain (see isPlain).
//
// Text in Windows-1258 almost never forms valid multi-byte UTF-8 sequences
// (its letters are lead bytes followed by other letters, not by
// continuation bytes), so a file with more valid multi-byte characters than
// bad bytes is UTF-8 that was damaged: cut off in the middle of a character
// (articles are often truncated) or with a pasted Windows-1258 fragment. A
// character cut off at the very end is dropped; other bad bytes are read as
// Windows-1258, which is what they most likely are.
//
// Plain text that does not end in a line end (most files saved from a web
// page or an editor) is copied with one after it, and nl is that copy, s
// the same bytes without it: clean gives such a text its final line end,
// and copied the whole text to add it.
func decodeUTF8(data []byte) (s string, plain bool, nl string) {
	if n := len(data); n > 0 && data[n-1] != '\n' {
		b := make([]byte, n+1)
		copy(b, data)
		b[n] = '\n'
		// b is not written after this: the strings may share its bytes.
		nl = unsafe.String(unsafe.SliceData(b), n+1)
		s = nl[:n]
	} else {
		s = string(data)
	}
	if isPlain(s) {
		return s, true, nl // valid UTF-8 too
	}
	if utf8.ValidString(s) {
		return s, false, ""
	}
	if !damagedUTF8(data) {
		return decodeWith(win1258, data), false, ""
	}
	var b strings.Builder
	b.Grow(len(data))
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError || n > 1 {
			b.Write(data[i : i+n])
			i += n
			continue
		}
		if !utf8.FullRune(data[i:]) && utf8.RuneStart(data[i]) && data[i] >= 0xC0 {
			break // a character cut off by truncation
		}
		b.WriteString(decodeWith(win1258, data[i:i+1]))
		i++
	}
	return b.String(), false, ""
}

// damagedUTF8 reports whether data that is not valid UTF-8 is UTF-8 all
// the same, with some bad bytes: it has more valid multi-byte characters
// than bad bytes (Windows-1258 text almost never has any).
func damagedUTF8(data []byte) bool {
	multi, bad := 0, 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			bad++
		case n > 1:
			multi++
		}
		i += max(n, 1)
	}
	return multi > bad
}

// DecodeStrict is Decode for fact files, where a guess would change a
// unit's or an indicator's name: UTF-8 text with damaged bytes, which
// Decode repairs as well as it can (as a document deserves), is an error
// on every line that has one. Whole files in Windows-1258 or UTF-16 are
// decoded as Decode does.
func DecodeStrict(data []byte) (string, diag.List) {
	body := bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	bom := len(body) < len(data)
	_, utf16 := sniffUTF16(data)
	if !utf8.Valid(body) && !bytes.HasPrefix(data, []byte("\xFF\xFE")) && !bytes.HasPrefix(data, []byte("\xFE\xFF")) &&
		!utf16 && (bom || damagedUTF8(body)) {
		var ps diag.List
		line, last := 1, 0
		for i := 0; i < len(body); {
			r, n := utf8.DecodeRune(body[i:])
			if r == utf8.RuneError && n <= 1 && line != last {
				ps = append(ps, diag.Errorf("", line, "invalid UTF-8 bytes: the file is UTF-8 but damaged here; correct the text or save the file as UTF-8 again"))
				last = line
			}
			if body[i] == '\n' {
				line++
			}
			i += max(n, 1)
		}
		return "", ps
	}
	s, err := Decode(data)
	if err != nil {
		return "", diag.Problems(err)
	}
	return s, nil
}

// decodeDeclared decodes data with the encoding an HTML page declares, unless
// the bytes contradict the declaration: pages that were re-saved as UTF-8
// often keep their old windows-1258 or iso-8859-1 <meta>, and a page that
// says UTF-8 may still be in the code page it was written in.
func decodeDeclared(e encoding.Encoding, data []byte) string {
	if e == encoding.Nop || e == xunicode.UTF8 || isUTF16(e) {
		// An ASCII-compatible <meta> that says UTF-16 cannot be right
		// (the HTML standard reads such pages as UTF-8).
		s, _, _ := decodeUTF8(data)
		return s
	}
	if utf8.Valid(data) && hasMultiByte(data) {
		return string(data)
	}
	return decodeWith(e, data)
}

func isUTF16(e encoding.Encoding) bool {
	for _, u := range []encoding.Encoding{
		xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM),
		xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM),
		xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM),
		xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM),
	} {
		if e == u {
			return true
		}
	}
	n, _ := htmlindex.Name(e)
	return strings.HasPrefix(n, "utf-16")
}

func hasMultiByte(data []byte) bool {
	for _, c := range data {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// sniffUTF16 recognises UTF-16 without a byte order mark. Vietnamese text in
// UTF-16 has a NUL high byte in most code units (ASCII letters, digits,
// spaces, and Latin-1 letters such as "à" or "ô"), and text in any 8-bit
// encoding has no NULs at all, so many NULs on one side and almost none on
// the other is clear evidence.
func sniffUTF16(data []byte) (encoding.Encoding, bool) {
	sample := data[:min(len(data), 8192)]
	units := len(sample) / 2
	if units == 0 || bytes.IndexByte(sample, 0) < 0 {
		return nil, false // text in an 8-bit encoding: no NULs to count
	}
	even, odd := 0, 0
	for i := 0; i+1 < len(sample); i += 2 {
		if sample[i] == 0 {
			even++
		}
		if sample[i+1] == 0 {
			odd++
		}
	}
	switch {
	case odd*10 >= units*3 && even*50 <= units:
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), true
	case even*10 >= units*3 && odd*50 <= units:
		return xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), true
	}
	return nil, false
}

// metaCharset finds the encoding declared by a <meta charset=…> or
// <meta http-equiv="Content-Type" content="…; charset=…"> in the first
// bytes of an HTML page, or returns nil.
func metaCharset(data []byte) encoding.Encoding {
	head := strings.ToLower(string(data[:min(len(data), 8192)]))
	for {
		i := strings.Index(head, "<meta")
		if i < 0 {
			return nil
		}
		head = head[i+5:]
		end := strings.IndexByte(head, '>')
		if end < 0 {
			end = len(head)
		}
		tag := head[:end]
		if j := strings.Index(tag, "charset"); j >= 0 {
			v := strings.TrimLeft(tag[j+len("charset"):], " \t\r\n")
			if strings.HasPrefix(v, "=") {
				v = strings.TrimLeft(v[1:], " \t\r\n\"'")
				if k := strings.IndexAny(v, " \t\r\n\"';/>"); k >= 0 {
					v = v[:k]
				}
				if e, err := htmlindex.Get(v); err == nil {
					return e
				}
			}
		}
		head = head[end:]
	}
}

// lineEnds turns CRLF and lone CR into LF.
func lineEnds(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// isBinary reports whether s is not text: it holds a NUL, or more than one
// character in twenty is a control character or an undecodable byte.
// Combining marks are not counted as characters, so that the verdict is the
// same before and after NFC composes them with their letters.
func isBinary(s string) bool {
	total, bad := 0, 0
	for _, r := range s {
		if r < 0x300 || !unicode.Is(unicode.Mn, r) {
			total++
		}
		switch {
		case r == 0:
			return true
		case r < 0x20 && r != '\t' && r != '\n' && r != '\f' && r != '\v',
			r >= 0x7F && r < 0xA0,
			r == utf8.RuneError:
			bad++
		}
	}
	return bad*20 > total
}
