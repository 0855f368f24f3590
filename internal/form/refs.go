package form

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Excel's limits.
const (
	maxRows = 1048576
	maxCols = 16384
)

// endpoint is one end of a reference: a cell (both parts), a whole column
// (row 0) or a whole row (col 0). Absolute parts carry a '$'.
type endpoint struct {
	col, row       int
	absCol, absRow bool
}

func (e endpoint) String() string {
	var b strings.Builder
	if e.col > 0 {
		if e.absCol {
			b.WriteByte('$')
		}
		b.WriteString(colName(e.col))
	}
	if e.row > 0 {
		if e.absRow {
			b.WriteByte('$')
		}
		b.WriteString(strconv.Itoa(e.row))
	}
	return b.String()
}

// ref is a reference as it stands in a formula or an sqref: one endpoint,
// or a range of two.
type ref struct {
	a, b  endpoint
	pair  bool
	sheet string // the sheet qualifier as written ('Q. A'!), or ""
}

func (r ref) String() string {
	s := r.a.String()
	if r.pair {
		s += ":" + r.b.String()
	}
	return r.sheet + s
}

// colName is a column's letters: 1 → A, 28 → AB.
func colName(c int) string {
	var tmp [4]byte
	i := len(tmp)
	for c > 0 {
		c--
		i--
		tmp[i] = byte('A' + c%26)
		c /= 26
	}
	return string(tmp[i:])
}

// parseEndpoint reads "$A$1", "A1", "$B", "7" (kind 'c' cell, 'C' column,
// 'R' row).
func parseEndpoint(s string) (endpoint, byte, bool) {
	var e endpoint
	i := 0
	if i < len(s) && s[i] == '$' {
		e.absCol = true
		i++
	}
	j := i
	for j < len(s) && j-i < 3 && isLetter(s[j]) {
		j++
	}
	letters := s[i:j]
	if letters == "" {
		// A row: "7" or "$7".
		e.absCol = false
		k := 0
		if k < len(s) && s[k] == '$' {
			e.absRow = true
			k++
		}
		n, ok := digits(s[k:])
		if !ok || n < 1 || n > maxRows {
			return e, 0, false
		}
		e.row = n
		return e, 'R', true
	}
	col := 0
	for _, c := range []byte(strings.ToUpper(letters)) {
		col = col*26 + int(c-'A'+1)
	}
	if col > maxCols {
		return e, 0, false
	}
	e.col = col
	rest := s[j:]
	if rest == "" {
		return e, 'C', true
	}
	if rest[0] == '$' {
		e.absRow = true
		rest = rest[1:]
	}
	n, ok := digits(rest)
	if !ok || n < 1 || n > maxRows {
		return e, 0, false
	}
	e.row = n
	return e, 'c', true
}

func isLetter(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

func digits(s string) (int, bool) {
	if s == "" || len(s) > 7 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// parseRef reads an sqref item or a range without a sheet: "A1", "A1:C3",
// "A:A", "3:5".
func parseRef(s string) (ref, bool) {
	a, b, ok := strings.Cut(s, ":")
	ea, ka, okA := parseEndpoint(a)
	if !okA {
		return ref{}, false
	}
	if !ok {
		return ref{a: ea}, ka == 'c'
	}
	eb, kb, okB := parseEndpoint(b)
	if !okB || ka != kb {
		return ref{}, false
	}
	return ref{a: ea, b: eb, pair: true}, true
}

// rows are the first and last row a ref covers (0, 0 for whole columns).
func (r ref) rows() (int, int) {
	if !r.pair {
		return r.a.row, r.a.row
	}
	return min(r.a.row, r.b.row), max(r.a.row, r.b.row)
}

// covers reports whether a reference takes in the cell at col, row (a
// whole column or row takes in all of its cells).
func (r ref) covers(col, row int) bool {
	b := r.a
	if r.pair {
		b = r.b
	}
	in := func(v, x, y int) bool { return x == 0 && y == 0 || v >= min(x, y) && v <= max(x, y) }
	return in(col, r.a.col, b.col) && in(row, r.a.row, b.row)
}

// refFunc rewrites one reference; ok false leaves the text as it was.
// A row below 1 after the change becomes #REF!.
type refFunc func(r ref) (ref, bool)

// rewriteFormula calls fn on every reference in a formula and puts back
// what it returns, leaving all other text (strings, names, functions,
// spacing) exactly as written. External references ([1]Sheet!A1) and
// structured references (Table[Column]) are left alone.
func rewriteFormula(f string, fn refFunc) string {
	var b strings.Builder
	changed := false
	i := 0
	for i < len(f) {
		c := f[i]
		switch {
		case c == '"':
			j := skipQuoted(f, i, '"')
			b.WriteString(f[i:j])
			i = j
		case c == '[':
			// A structured reference or an external workbook index; what
			// follows up to the end of its reference is not ours.
			j := skipBrackets(f, i)
			j = skipExternalTail(f, j)
			b.WriteString(f[i:j])
			i = j
		case c == '#':
			j := i + 1
			for j < len(f) && (isLetter(f[j]) || f[j] == '/' || f[j] == '0' || f[j] == '!' || f[j] == '?') {
				j++
			}
			b.WriteString(f[i:j])
			i = j
		case c == '\'':
			j := skipQuoted(f, i, '\'')
			if j < len(f) && f[j] == '!' {
				sheet := f[i : j+1]
				if strings.Contains(sheet, "[") {
					// '[1]Sheet'!A1, or a path: an external workbook.
					k := refEnd(f, j+1)
					b.WriteString(f[i:k])
					i = k
					continue
				}
				k, out, ok := rewriteAt(f, j+1, sheet, fn)
				if ok {
					b.WriteString(sheet)
					b.WriteString(out)
					changed = true
				} else {
					b.WriteString(f[i:k])
				}
				i = k
				continue
			}
			b.WriteString(f[i:j])
			i = j
		case wordStart(f, i):
			j := wordEnd(f, i)
			word := f[i:j]
			if j < len(f) && f[j] == '!' {
				k, out, ok := rewriteAt(f, j+1, word+"!", fn)
				if ok {
					b.WriteString(word + "!")
					b.WriteString(out)
					changed = true
				} else {
					b.WriteString(f[i:k])
				}
				i = k
				continue
			}
			if j < len(f) && f[j] == '(' {
				b.WriteString(word) // a function
				i = j
				continue
			}
			k, out, ok := rewriteAt(f, i, "", fn)
			if k > i {
				if ok {
					b.WriteString(out)
					changed = true
				} else {
					b.WriteString(f[i:k])
				}
				i = k
				continue
			}
			b.WriteString(word)
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	if !changed {
		return f
	}
	return b.String()
}

// rewriteAt reads a reference at f[i:] (after any sheet qualifier) and
// returns where it ends and its rewritten text. k == i when there is no
// reference there.
func rewriteAt(f string, i int, sheet string, fn refFunc) (k int, out string, ok bool) {
	j := refEnd(f, i)
	first := f[i:j]
	if first == "" {
		return i, "", false
	}
	e1, k1, ok1 := parseEndpoint(first)
	if !ok1 {
		if sheet != "" {
			return j, "", false // a name on a sheet (Sheet1!MyName)
		}
		return i, "", false
	}
	r := ref{a: e1, sheet: sheet}
	end := j
	if j < len(f) && f[j] == ':' {
		j2 := refEnd(f, j+1)
		if e2, k2, ok2 := parseEndpoint(f[j+1 : j2]); ok2 && k2 == k1 {
			r.b, r.pair = e2, true
			end = j2
		}
	}
	if !r.pair && k1 != 'c' {
		// "A" or "7" alone is a name or a number, not a reference.
		if sheet != "" {
			return end, "", false
		}
		return i, "", false
	}
	if end < len(f) && (f[end] == '(' || isWordByte(f[end])) {
		return i, "", false // part of a longer name
	}
	nr, changed := fn(r)
	if !changed {
		return end, "", false
	}
	if !valid(r, nr) {
		return end, "#REF!", true
	}
	nr.sheet = ""
	return end, nr.String(), true
}

// valid reports whether a rewritten reference still points inside the
// sheet (else it is #REF!).
func valid(old, nr ref) bool {
	ok := func(o, n endpoint) bool {
		if n.row < 0 || n.col < 0 || n.row > maxRows || n.col > maxCols {
			return false
		}
		return (o.row == 0 || n.row >= 1) && (o.col == 0 || n.col >= 1)
	}
	return ok(old.a, nr.a) && (!old.pair || ok(old.b, nr.b))
}

// refEnd is where a reference's characters ($, letters, digits) end.
func refEnd(f string, i int) int {
	j := i
	for j < len(f) && (f[j] == '$' || isLetter(f[j]) || f[j] >= '0' && f[j] <= '9') {
		j++
	}
	return j
}

func skipQuoted(f string, i int, q byte) int {
	j := i + 1
	for j < len(f) {
		if f[j] == q {
			if j+1 < len(f) && f[j+1] == q {
				j += 2
				continue
			}
			return j + 1
		}
		j++
	}
	return len(f)
}

func skipBrackets(f string, i int) int {
	depth := 0
	for j := i; j < len(f); j++ {
		switch f[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return j + 1
			}
		case '\'':
			// Escaped brackets in structured references: '[ and '].
			j++
		}
	}
	return len(f)
}

// skipExternalTail skips "Sheet1!A1:B2" after an external index "[1]".
func skipExternalTail(f string, j int) int {
	k := j
	for k < len(f) && isWordByte(f[k]) {
		k++
	}
	if k < len(f) && f[k] == '!' {
		k = refEnd(f, k+1)
		if k < len(f) && f[k] == ':' {
			k = refEnd(f, k+1)
		}
		return k
	}
	return j
}

func isWordByte(c byte) bool {
	return isLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '\\' || c == '?' || c >= 0x80
}

// wordStart reports whether a name, function or reference starts at i: not
// in the middle of a number (1E5) or a word.
func wordStart(f string, i int) bool {
	c := f[i]
	if !(isLetter(c) || c == '_' || c == '\\' || c == '$' || c >= '0' && c <= '9' || c >= 0x80) {
		return false
	}
	if c >= 0x80 {
		r, _ := utf8.DecodeRuneInString(f[i:])
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return i == 0 || !(isWordByte(f[i-1]) || f[i-1] == '$')
}

// wordEnd is the end of a word (a name, a function, a sheet, a number).
func wordEnd(f string, i int) int {
	j := i
	for j < len(f) && (isWordByte(f[j]) || f[j] == '$') {
		j++
	}
	return j
}

// sheetOf is a qualifier's sheet name: 'Q. A”s'! → Q. A's.
func sheetOf(qual string) string {
	s := strings.TrimSuffix(qual, "!")
	if strings.HasPrefix(s, "'") && strings.HasSuffix(s, "'") && len(s) >= 2 {
		s = strings.ReplaceAll(s[1:len(s)-1], "''", "'")
	}
	return s
}

// quoteSheet writes a sheet name as a formula qualifier.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'!"
}

// onSheet reports whether a reference in a formula on host points at
// sheet (unqualified references point at the host).
func onSheet(r ref, host, sheet string) bool {
	if r.sheet == "" {
		return strings.EqualFold(host, sheet)
	}
	return strings.EqualFold(sheetOf(r.sheet), sheet)
}

// insertFn shifts references to sheet for count rows inserted before row
// at: every row from at down moves by count, both ends of a range alike,
// so a range across the insertion grows (as when rows are inserted in
// Excel).
func insertFn(host, sheet string, at, count int) refFunc {
	return func(r ref) (ref, bool) {
		if !onSheet(r, host, sheet) {
			return r, false
		}
		changed := false
		if r.a.row >= at {
			r.a.row += count
			changed = true
		}
		if r.pair && r.b.row >= at {
			r.b.row += count
			changed = true
		}
		return r, changed
	}
}

// stretchFn extends ranges on sheet that end on row last and start on or
// above first (a total over a repeating block written over the template
// row) by count rows, so they cover the filled block.
func stretchFn(host, sheet string, first, last, count int) refFunc {
	return func(r ref) (ref, bool) {
		if !r.pair || r.a.row == 0 || !onSheet(r, host, sheet) {
			return r, false
		}
		lo, hi := r.rows()
		if hi != last || lo > first {
			return r, false
		}
		if r.b.row == hi {
			r.b.row += count
		} else {
			r.a.row += count
		}
		return r, true
	}
}

// moveFn is a formula copied by (dr, dc): relative parts move, absolute
// parts stay, on whatever sheet they point at.
func moveFn(dr, dc int) refFunc {
	return func(r ref) (ref, bool) {
		mv := func(e *endpoint) bool {
			ch := false
			if e.row > 0 && !e.absRow && dr != 0 {
				e.row += dr
				ch = true
			}
			if e.col > 0 && !e.absCol && dc != 0 {
				e.col += dc
				if e.col < 1 || e.col > maxCols {
					e.col = -1 // → #REF!
				}
				ch = true
			}
			return ch
		}
		c1 := mv(&r.a)
		c2 := r.pair && mv(&r.b)
		return r, c1 || c2
	}
}

// renameFormula rewrites sheet qualifiers from → to, keeping the rest.
func renameFormula(f, from, to string) string {
	if !strings.Contains(strings.ToLower(f), strings.ToLower(strings.ReplaceAll(from, "'", "''"))) && !strings.Contains(strings.ToLower(f), strings.ToLower(from)) {
		return f
	}
	return rewriteQualifiers(f, from, quoteSheet(to))
}

// rewriteQualifiers replaces the qualifier of references to sheet by q.
func rewriteQualifiers(f, sheet, q string) string {
	var b strings.Builder
	changed := false
	i := 0
	for i < len(f) {
		c := f[i]
		switch {
		case c == '"':
			j := skipQuoted(f, i, '"')
			b.WriteString(f[i:j])
			i = j
		case c == '[':
			j := skipBrackets(f, i)
			j = skipExternalTail(f, j)
			b.WriteString(f[i:j])
			i = j
		case c == '\'':
			j := skipQuoted(f, i, '\'')
			if j < len(f) && f[j] == '!' && strings.EqualFold(sheetOf(f[i:j+1]), sheet) {
				b.WriteString(q)
				changed = true
				i = j + 1
				continue
			}
			b.WriteString(f[i:j])
			i = j
		case wordStart(f, i):
			j := wordEnd(f, i)
			if j < len(f) && f[j] == '!' && strings.EqualFold(f[i:j], sheet) {
				b.WriteString(q)
				changed = true
				i = j + 1
				continue
			}
			b.WriteString(f[i:j])
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	if !changed {
		return f
	}
	return b.String()
}

// rewriteSqref applies fn to each item of a space-separated list of
// references (sqref, ref attributes); items that become #REF! are dropped.
func rewriteSqref(s string, fn refFunc) string {
	items := strings.Fields(s)
	out := items[:0]
	changed := false
	for _, it := range items {
		r, ok := parseRef(it)
		if !ok {
			out = append(out, it)
			continue
		}
		nr, ch := fn(r)
		if !ch {
			out = append(out, it)
			continue
		}
		changed = true
		if !valid(r, nr) {
			continue
		}
		nr.sheet = ""
		out = append(out, nr.String())
	}
	if !changed {
		return s
	}
	return strings.Join(out, " ")
}
