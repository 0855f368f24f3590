package document

import (
	"bytes"
	"strconv"
)

// A lexer for PDF content streams and CMaps: the operands and operators
// of the page description, which the file library leaves to its users.
// It never fails: bytes it cannot read are skipped.

// pdfName is a PDF name (/F1), without the slash.
type pdfName string

// pdfOp is an operator (Tj, re, begincodespacerange).
type pdfOp string

// pdfArray and pdfDict are composite operands; strings are []byte.
type pdfArray []any

type pdfDict map[pdfName]any

type pdfLexer struct {
	b   []byte
	pos int
}

func isPDFSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isPDFDelim(c byte) bool {
	return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '%'
}

// next returns the next token: a float64, []byte, pdfName, pdfOp,
// pdfArray, pdfDict, or nil at the end. Arrays and dictionaries nest at
// most maxPDFNest deep.
func (l *pdfLexer) next() any { return l.value(0) }

const maxPDFNest = 32

func (l *pdfLexer) value(depth int) any {
	for {
		l.skipSpace()
		if l.pos >= len(l.b) {
			return nil
		}
		c := l.b[l.pos]
		switch {
		case c == '(':
			return l.literal()
		case c == '<' && l.pos+1 < len(l.b) && l.b[l.pos+1] == '<':
			l.pos += 2
			return l.dict(depth + 1)
		case c == '<':
			return l.hex()
		case c == '[':
			l.pos++
			return l.array(depth + 1)
		case c == '/':
			return l.name()
		case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
			l.pos++
			return pdfOp(string(c))
		case c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.':
			return l.number()
		default:
			start := l.pos
			for l.pos < len(l.b) && !isPDFSpace(l.b[l.pos]) && !isPDFDelim(l.b[l.pos]) {
				l.pos++
			}
			if l.pos == start {
				l.pos++
				continue
			}
			return pdfOp(l.b[start:l.pos])
		}
	}
}

func (l *pdfLexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if c == '%' {
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		if !isPDFSpace(c) {
			return
		}
		l.pos++
	}
}

func (l *pdfLexer) number() any {
	start := l.pos
	l.pos++
	for l.pos < len(l.b) && (l.b[l.pos] >= '0' && l.b[l.pos] <= '9' || l.b[l.pos] == '.') {
		l.pos++
	}
	f, err := strconv.ParseFloat(string(l.b[start:l.pos]), 64)
	if err != nil {
		return 0.0
	}
	return f
}

func (l *pdfLexer) name() pdfName {
	l.pos++
	var b []byte
	for l.pos < len(l.b) && !isPDFSpace(l.b[l.pos]) && !isPDFDelim(l.b[l.pos]) {
		c := l.b[l.pos]
		if c == '#' && l.pos+2 < len(l.b) {
			if v, err := strconv.ParseUint(string(l.b[l.pos+1:l.pos+3]), 16, 8); err == nil {
				b = append(b, byte(v))
				l.pos += 3
				continue
			}
		}
		b = append(b, c)
		l.pos++
	}
	return pdfName(b)
}

func (l *pdfLexer) literal() []byte {
	l.pos++
	var b []byte
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return b
			}
		case '\\':
			if l.pos >= len(l.b) {
				return b
			}
			e := l.b[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; k++ {
						v = v*8 + int(l.b[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		b = append(b, c)
	}
	return b
}

func (l *pdfLexer) hex() []byte {
	l.pos++
	var b []byte
	hi := -1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		var v int
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c >= 'a' && c <= 'f':
			v = int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			v = int(c-'A') + 10
		default:
			continue
		}
		if hi < 0 {
			hi = v
		} else {
			b = append(b, byte(hi<<4|v))
			hi = -1
		}
	}
	if hi >= 0 {
		b = append(b, byte(hi<<4))
	}
	return b
}

func (l *pdfLexer) array(depth int) pdfArray {
	var a pdfArray
	for {
		if depth > maxPDFNest {
			return a
		}
		v := l.value(depth)
		if v == nil {
			return a
		}
		if op, ok := v.(pdfOp); ok && op == "]" {
			return a
		}
		a = append(a, v)
	}
}

func (l *pdfLexer) dict(depth int) pdfDict {
	d := pdfDict{}
	var key pdfName
	haveKey := false
	for {
		if depth > maxPDFNest {
			return d
		}
		v := l.value(depth)
		if v == nil {
			return d
		}
		if op, ok := v.(pdfOp); ok && op == ">" {
			if l.pos < len(l.b) && l.b[l.pos] == '>' {
				l.pos++
			}
			return d
		}
		if !haveKey {
			if n, ok := v.(pdfName); ok {
				key, haveKey = n, true
			}
			continue
		}
		d[key] = v
		haveKey = false
	}
}

// skipInlineImage moves past the data of an inline image (after its ID
// operator) to just after the EI that ends it.
func (l *pdfLexer) skipInlineImage() {
	if l.pos < len(l.b) && isPDFSpace(l.b[l.pos]) {
		l.pos++
	}
	for {
		i := bytes.Index(l.b[l.pos:], []byte("EI"))
		if i < 0 {
			l.pos = len(l.b)
			return
		}
		at := l.pos + i
		l.pos = at + 2
		before := at == 0 || isPDFSpace(l.b[at-1])
		after := l.pos >= len(l.b) || isPDFSpace(l.b[l.pos])
		if before && after {
			return
		}
	}
}

func num(v any) (float64, bool) {
	f, ok := v.(float64)
	return f, ok
}
