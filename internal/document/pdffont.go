package document

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf16"

	pdf "github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/charmap"
)

// pdfFont turns the codes a PDF shows into text and advance widths:
// through the font's ToUnicode CMap when it has one (Word, LibreOffice and
// browsers all write one, and it is the only way to Vietnamese text in a
// subset font), else its encoding (a base encoding with Differences, glyph
// names read as Unicode).
type pdfFont struct {
	twoByte  bool              // codes are two bytes (a Type0 font with an Identity or other 2-byte CMap)
	toUni    map[uint32]string // code → text, from ToUnicode
	ranges   []uniRange        // ToUnicode bfranges too long to spell out
	codeLen  [5]bool           // code lengths the ToUnicode codespace allows
	simple   [256]rune         // code → rune for a simple font without ToUnicode
	widths   map[uint32]float64
	dw       float64 // default width (glyph space, 1/1000 of the size)
	scale    float64 // glyph space to text space (1/1000, or Type3's FontMatrix)
	vertical bool
}

// uniRange maps codes lo..hi of length n to base, base+1, …
type uniRange struct {
	lo, hi uint32
	n      int
	base   []rune
}

// lookup finds the text of code c of n bytes.
func (f *pdfFont) lookup(c uint32, n int) (string, bool) {
	if s, ok := f.toUni[c]; ok {
		return s, true
	}
	for _, r := range f.ranges {
		if r.n == n && c >= r.lo && c <= r.hi {
			b := append([]rune(nil), r.base...)
			b[len(b)-1] += rune(c - r.lo)
			return string(b), true
		}
	}
	return "", false
}

// maxCMapBytes caps a ToUnicode CMap or font program read for widths.
const maxCMapBytes = 4 << 20

func readPDFFont(v pdf.Value, budget *int) *pdfFont {
	f := &pdfFont{dw: 1000, scale: 0.001, widths: map[uint32]float64{}}
	sub := v.Key("Subtype").Name()
	if sub == "Type0" {
		f.twoByte = true
		enc := v.Key("Encoding")
		if enc.Kind() == pdf.Name {
			f.vertical = strings.HasSuffix(enc.Name(), "-V")
		}
		desc := v.Key("DescendantFonts").Index(0)
		if d := desc.Key("DW"); d.Kind() == pdf.Integer || d.Kind() == pdf.Real {
			f.dw = d.Float64()
		}
		readCIDWidths(f, desc.Key("W"))
	} else {
		f.dw = 0
		if d := v.Key("FontDescriptor").Key("MissingWidth"); d.Kind() != pdf.Null {
			f.dw = d.Float64()
		}
		if f.dw == 0 {
			f.dw = 500
		}
		first := int(v.Key("FirstChar").Int64())
		ws := v.Key("Widths")
		for i := 0; i < ws.Len() && i < 256; i++ {
			f.widths[uint32(first+i)] = ws.Index(i).Float64()
		}
		if sub == "Type3" {
			if m := v.Key("FontMatrix"); m.Len() >= 1 && m.Index(0).Float64() != 0 {
				f.scale = m.Index(0).Float64()
			}
		}
		f.simple = simpleEncoding(v.Key("Encoding"))
	}
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		f.toUni = map[uint32]string{}
		readToUnicode(f, tu, budget)
	}
	return f
}

func readCIDWidths(f *pdfFont, w pdf.Value) {
	n := w.Len()
	count := 0
	for i := 0; i < n && count < 1<<17; {
		first := w.Index(i)
		if first.Kind() != pdf.Integer {
			i++
			continue
		}
		c := uint32(first.Int64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for k := 0; k < next.Len() && count < 1<<17; k++ {
				f.widths[c+uint32(k)] = next.Index(k).Float64()
				count++
			}
			i += 2
			continue
		}
		last := uint32(next.Int64())
		wd := w.Index(i + 2).Float64()
		for k := c; k <= last && k-c < 1<<16 && count < 1<<17; k++ {
			f.widths[k] = wd
			count++
		}
		i += 3
	}
}

// readToUnicode reads a ToUnicode CMap: its codespace ranges, bfchar and
// bfrange entries.
func readToUnicode(f *pdfFont, s pdf.Value, budget *int) {
	data := readStream(s, maxCMapBytes)
	*budget -= len(data) / 16
	l := pdfLexer{b: data}
	var stack []any
	entries := 0
	for {
		t := l.next()
		if t == nil {
			break
		}
		op, ok := t.(pdfOp)
		if !ok {
			stack = append(stack, t)
			if len(stack) > 1<<16 {
				stack = stack[len(stack)-3:]
			}
			continue
		}
		switch op {
		case "endcodespacerange":
			for i := 0; i+1 < len(stack); i += 2 {
				if lo, ok := stack[i].([]byte); ok && len(lo) >= 1 && len(lo) <= 4 {
					f.codeLen[len(lo)] = true
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(stack) && entries < 1<<17; i += 2 {
				src, ok1 := stack[i].([]byte)
				dst, ok2 := stack[i+1].([]byte)
				if ok1 && ok2 && len(src) <= 4 {
					f.toUni[code(src)] = utf16BE(dst)
					f.codeLen[len(src)] = true
					entries++
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(stack); i += 3 {
				lo, ok1 := stack[i].([]byte)
				hi, ok2 := stack[i+1].([]byte)
				if !ok1 || !ok2 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				a, b := code(lo), code(hi)
				f.codeLen[len(lo)] = true
				switch dst := stack[i+2].(type) {
				case []byte:
					base := []rune(utf16BE(dst))
					if b-a > 256 && len(base) > 0 && len(f.ranges) < 4096 {
						f.ranges = append(f.ranges, uniRange{a, b, len(lo), base})
						continue
					}
					for c := a; c <= b && c-a < 1<<16 && entries < 1<<17; c++ {
						if len(base) == 0 {
							break
						}
						r := make([]rune, len(base))
						copy(r, base)
						r[len(r)-1] += rune(c - a)
						f.toUni[c] = string(r)
						entries++
					}
				case pdfArray:
					for k, d := range dst {
						if s, ok := d.([]byte); ok && uint32(k) <= b-a {
							f.toUni[a+uint32(k)] = utf16BE(s)
							entries++
						}
					}
				}
			}
		}
		stack = stack[:0]
	}
}

func code(b []byte) uint32 {
	var c uint32
	for _, x := range b {
		c = c<<8 | uint32(x)
	}
	return c
}

func utf16BE(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	if len(b) == 1 {
		u = append(u, uint16(b[0]))
	}
	return string(utf16.Decode(u))
}

// readStream reads at most limit bytes of a stream's decoded data; a
// stream the library cannot decode reads as empty.
func readStream(s pdf.Value, limit int64) (data []byte) {
	defer func() {
		if recover() != nil {
			data = nil
		}
	}()
	rc := s.Reader()
	defer rc.Close()
	data, _ = io.ReadAll(io.LimitReader(rc, limit))
	return data
}

// glyph is one shown code: its text and advance width in text space
// (before the font size).
type shownCode struct {
	text  string
	width float64
	space bool // the single-byte code 32, which word spacing widens
}

// decode splits a shown string into codes.
func (f *pdfFont) decode(s []byte, out []shownCode) []shownCode {
	for i := 0; i < len(s); {
		n := 1
		if f.toUni != nil {
			// The shortest code length the CMap knows that maps.
			n = 0
			for k := 1; k <= 4 && i+k <= len(s); k++ {
				if f.codeLen[k] {
					if _, ok := f.lookup(code(s[i:i+k]), k); ok {
						n = k
						break
					}
				}
			}
			if n == 0 {
				n = 1
				if f.twoByte {
					n = 2
				}
			}
		} else if f.twoByte {
			n = 2
		}
		if i+n > len(s) {
			n = len(s) - i
		}
		c := code(s[i : i+n])
		i += n
		sc := shownCode{space: n == 1 && c == 32}
		if f.toUni != nil {
			sc.text, _ = f.lookup(c, n)
		} else if !f.twoByte && c < 256 {
			if r := f.simple[c]; r != 0 {
				sc.text = string(r)
			}
		}
		w, ok := f.widths[c]
		if !ok {
			w = f.dw
		}
		sc.width = w * f.scale
		out = append(out, sc)
	}
	return out
}

// simpleEncoding is the code → rune table of a simple font: a base
// encoding (WinAnsi unless named otherwise) changed by Differences.
func simpleEncoding(enc pdf.Value) [256]rune {
	var t [256]rune
	base := charmap.Windows1252
	name := enc.Name()
	if enc.Kind() == pdf.Dict {
		name = enc.Key("BaseEncoding").Name()
	}
	if name == "MacRomanEncoding" {
		base = charmap.Macintosh
	}
	for i := 32; i < 256; i++ {
		t[i] = base.DecodeByte(byte(i))
	}
	if enc.Kind() == pdf.Dict {
		d := enc.Key("Differences")
		c := 0
		for i := 0; i < d.Len() && i < 1024; i++ {
			v := d.Index(i)
			switch v.Kind() {
			case pdf.Integer:
				c = int(v.Int64())
			case pdf.Name:
				if c >= 0 && c < 256 {
					if r := glyphRune(v.Name()); r != 0 {
						t[c] = r
					}
				}
				c++
			}
		}
	}
	return t
}

// glyphRune reads a glyph name as Unicode: uniXXXX, uXXXX, a single
// character, or a name of the Adobe Glyph List that Vietnamese and Latin
// text uses.
func glyphRune(n string) rune {
	if r, ok := glyphNames[n]; ok {
		return r
	}
	if strings.HasPrefix(n, "uni") && len(n) >= 7 {
		if v, err := strconv.ParseUint(n[3:7], 16, 32); err == nil {
			return rune(v)
		}
	}
	if strings.HasPrefix(n, "u") && len(n) >= 5 && len(n) <= 7 {
		if v, err := strconv.ParseUint(n[1:], 16, 32); err == nil {
			return rune(v)
		}
	}
	if len(n) == 1 {
		return rune(n[0])
	}
	// Names Windows-1252 knows: look them up through a reverse table.
	if r, ok := winGlyphs[n]; ok {
		return r
	}
	return 0
}

var glyphNames = map[string]rune{
	"space": ' ', "exclam": '!', "quotedbl": '"', "numbersign": '#', "dollar": '$', "percent": '%',
	"ampersand": '&', "quotesingle": '\'', "parenleft": '(', "parenright": ')', "asterisk": '*', "plus": '+',
	"comma": ',', "hyphen": '-', "period": '.', "slash": '/', "zero": '0', "one": '1', "two": '2', "three": '3',
	"four": '4', "five": '5', "six": '6', "seven": '7', "eight": '8', "nine": '9', "colon": ':', "semicolon": ';',
	"less": '<', "equal": '=', "greater": '>', "question": '?', "at": '@', "bracketleft": '[', "backslash": '\\',
	"bracketright": ']', "underscore": '_', "braceleft": '{', "bar": '|', "braceright": '}', "endash": '–',
	"emdash": '—', "quoteleft": '‘', "quoteright": '’', "quotedblleft": '“', "quotedblright": '”', "bullet": '•',
	"ellipsis": '…', "Ohorn": 'Ơ', "ohorn": 'ơ', "Uhorn": 'Ư', "uhorn": 'ư', "Dcroat": 'Đ', "dcroat": 'đ',
	"Abreve": 'Ă', "abreve": 'ă', "Itilde": 'Ĩ', "itilde": 'ĩ', "Utilde": 'Ũ', "utilde": 'ũ',
	"gravecomb": '\u0300', "acutecomb": '\u0301', "tildecomb": '\u0303', "hookabovecomb": '\u0309', "dotbelowcomb": '\u0323',
	"minus": '−', "nbspace": ' ', "periodcentered": '·', "guillemotleft": '«', "guillemotright": '»',
}

// winGlyphs are the Latin-1 letters by their glyph names (agrave, Eacute,
// …), made from the letters and the accent names.
var winGlyphs = func() map[string]rune {
	m := map[string]rune{}
	accents := map[rune]string{'\u0300': "grave", '\u0301': "acute", '\u0302': "circumflex", '\u0303': "tilde", '\u0308': "dieresis"}
	for acc, name := range accents {
		for _, base := range "AEIOUYNaeiouyn" {
			if r := composeLatin(base, acc); r != 0 {
				m[string(base)+name] = r
			}
		}
	}
	return m
}()

// composeLatin composes a base letter and a combining accent within
// Latin-1 (0 when they do not compose there).
func composeLatin(base, acc rune) rune {
	tbl := map[rune]string{'\u0300': "AÀEÈIÌOÒUÙaàeèiìoòuù", '\u0301': "AÁEÉIÍOÓUÚYÝaáeéiíoóuúyý",
		'\u0302': "AÂEÊIÎOÔUÛaâeêiîoôuû", '\u0303': "AÃNÑOÕaãnñoõ", '\u0308': "AÄEËIÏOÖUÜaäeëiïoöuüyÿ"}
	rs := []rune(tbl[acc])
	for i := 0; i+1 < len(rs); i += 2 {
		if rs[i] == base {
			return rs[i+1]
		}
	}
	return 0
}
