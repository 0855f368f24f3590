package vnnum

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

// API CONTRACT (stub written by the lead; the vnnum owner replaces the bodies
// and may add to, but not change, these signatures).

// Form says how a figure was written.
type Form int

const (
	Plain    Form = iota // 5.816, 4.435,98, 1.651 tỷ 346 triệu, một nghìn
	Range                // 15-16%, 15 - 16 %, từ 12,4% đến 13,2%
	Fraction             // 18/18, 13/14
)

// Amount is one figure found in text.
type Amount struct {
	Value      float64 // scaled: money in đồng, percent as written, counts as is
	Max        float64 // upper end of a Range
	Of         float64 // denominator of a Fraction ("18/18" -> Value 18, Of 18)
	Form       Form
	UOM        string // "VND" (any money word: tỷ/tỉ/triệu/nghìn/ngàn/đồng), "%", or "" when no unit follows
	Noun       string // for non-money, non-% figures: the lower-case NFC unit noun that follows ("người", "lao động", "hộ", "chỉ tiêu", "tấn", "ha"), else ""; see doc.go for "đồng/người" and "usd"
	Qualifier  string // "approx" (khoảng, gần, xấp xỉ), "over" (hơn, trên, trở lên, ngoài), "under" (dưới, không quá), or ""
	Start, End int    // byte offsets in the scanned text of the whole expression, qualifier and unit included
	NumStart   int    // byte offset of the first digit or number word
}

// ErrNotFigure is wrapped by Parse and ParseDecimal when the input is not
// one figure (a date, a time, trailing words, no number at all).
var ErrNotFigure = errors.New("not a figure")

// Scan finds every figure in text, left to right. Dates (31-10-2024,
// 16/12/2022, 28/12/1996) are not figures and are skipped.
func Scan(text string) []Amount {
	return ScanAppend(nil, text)
}

// ScanAppend is Scan appending to out, so that a caller scanning paragraph
// after paragraph can reuse one slice.
func ScanAppend(out []Amount, text string) []Amount {
	s := NewScanner(text)
	return s.Rest(out, 0)
}

// Scanner reads the figures of one text where its caller points, as
// ScanAppend finds them. ScanAppend walks every letter of the text to
// find the words, and among them those that start a number in words; a
// caller that has split the text into words already (the extractor)
// asks At where a word that starts a number (StartsNumber) or a run of
// digits starts, and spares that walk.
type Scanner struct {
	r    reader
	last int // where the last figure read ended (ScanAppend's lowBound)
}

// NewScanner is a Scanner of text.
func NewScanner(text string) Scanner {
	return Scanner{r: reader{s: text}}
}

// At reads the figure whose number starts at i: a digit, or a word for
// which StartsNumber holds and that starts a run of letters. next is
// where ScanAppend goes on (after a figure read, or past the digits it
// could not read; past a word that read no figure, ScanAppend goes on
// after the word).
func (s *Scanner) At(i int) (a Amount, next int, ok bool) {
	a, next, ok = s.r.at(i, s.last)
	if ok {
		s.last = a.End
	}
	return a, next, ok
}

// StartsNumber reports whether ScanAppend reads a figure at the run of
// letters w (all the letters from where it starts): a word a number in
// words starts with (một … chín, mười, in any case).
func StartsNumber(w string) bool {
	if n := len(w); n < minStartLen || n > maxStartLen || !mayStartNumber(w) {
		return false
	}
	nw, ok := numIndex[w]
	return ok && (nw.kind == wDigit || nw.kind == wMuoi10)
}

// NumberStarts lists the words for which StartsNumber holds, in every
// case it accepts: a caller that knows its words by another key (the
// extractor's token hashes) builds its own quick test from them.
func NumberStarts() []string {
	var ws []string
	for w, nw := range numIndex {
		if nw.kind == wDigit || nw.kind == wMuoi10 {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	return ws
}

// Rest appends to out the figures ScanAppend finds from byte i of the
// text on, where i is a place ScanAppend's walk reaches (its start, or a
// next that At returned).
func (s *Scanner) Rest(out []Amount, i int) []Amount {
	text := s.r.s
	for i < len(text) {
		c := text[i]
		if isDigit(c) {
			a, next, ok := s.At(i)
			if ok {
				out = append(out, a)
			}
			i = next
			continue
		}
		if c < 0x80 && !isASCIILetter(c) {
			i++
			continue
		}
		e := lettersEnd(text, i)
		if e == i { // a non-letter rune (punctuation, symbol, invalid byte)
			i += runeSize(text, i)
			continue
		}
		if n := e - i; n < minStartLen || n > maxStartLen {
			i = e // cannot be một..chín, mười: spare the map look-up
			continue
		}
		if !mayStartNumber(text[i:e]) {
			i = e
			continue
		}
		if nw, ok := numIndex[text[i:e]]; ok && (nw.kind == wDigit || nw.kind == wMuoi10) {
			a, next, ok := s.At(i)
			if ok {
				out = append(out, a)
				i = next
				continue
			}
		}
		i = e
	}
	return out
}

// Parse reads s as exactly one figure expression ("hơn 1.651 tỷ 346 triệu đồng").
// Surrounding white space is ignored. Unlike Scan it reads bare number
// words ("hai mươi mốt" = 21).
func Parse(s string) (Amount, error) {
	lo, hi := trimSpace(s)
	if lo == hi {
		return Amount{}, fmt.Errorf("vnnum: empty figure: %w", ErrNotFigure)
	}
	r := reader{s: s[:hi], parse: true}
	i := lo
	for i < hi {
		c := s[i]
		cand := isDigit(c)
		e := i + 1
		if !cand {
			e = lettersEnd(s[:hi], i)
			if e == i {
				e = i + runeSize(s, i)
			} else if nw, ok := numIndex[s[i:e]]; ok && (nw.kind == wDigit || nw.kind == wMuoi10) {
				cand = true
			}
		}
		if cand {
			a, next, ok := r.at(i, lo)
			if ok && a.Start == lo && a.End == hi {
				return a, nil
			}
			// past what at looked at, so a long token is read once
			e = max(e, next)
		}
		i = e
	}
	return Amount{}, fmt.Errorf("vnnum: %q is not one figure: %w", s, ErrNotFigure)
}

// reader reads one figure expression at a time from s.
type reader struct {
	s     string
	parse bool // Parse mode: report bare number words too
	// prevAt-1 is where the word before, prev, was last read (0: none):
	// digitsAt reads the word before a figure, and finish reads it again
	// for a qualifier.
	prevAt int
	prev   struct {
		w     string
		start int
		ok    bool
	}
}

// prevWord is prevWord(r.s, i), read once for each i in a row.
func (r *reader) prevWord(i int) (w string, start int, ok bool) {
	if r.prevAt != i+1 {
		r.prev.w, r.prev.start, r.prev.ok = prevWord(r.s, i)
		r.prevAt = i + 1
	}
	return r.prev.w, r.prev.start, r.prev.ok
}

// at reads the figure whose number starts at i. lowBound is where the
// previous figure ended: a qualifier is never taken from before it. next is
// always > i: where scanning continues.
func (r *reader) at(i, lowBound int) (a Amount, next int, ok bool) {
	if isDigit(r.s[i]) {
		return r.digitsAt(i, lowBound)
	}
	return r.wordsAt(i, lowBound)
}

func (r *reader) digitsAt(i, lowBound int) (Amount, int, bool) {
	s := r.s
	if glued(s, i) {
		return Amount{}, skipGlued(s, i), false
	}
	if e, ok := timeAt(s, i); ok {
		return Amount{}, e, false
	}
	if e, ok := dateAt(s, i); ok {
		return Amount{}, e, false
	}
	n := readDigits(s, i)
	point := false
	if !n.ok {
		if n, point = pointDecimal(s, i); !point {
			return Amount{}, skipGlued(s, i), false
		}
	}
	e := n.end
	pw, pws, hasPrev := r.prevWord(i)
	if !hasPrev || pws < lowBound {
		pw = ""
	}
	low := lowerOf(pw)
	// "26-12", "ngày 16/12": day and month without a year.
	if e2, ok := dayMonthAt(s, n, low); ok {
		return Amount{}, e2, false
	}
	if e+1 < len(s) && s[e] == '/' {
		if isDigit(s[e+1]) {
			return r.fraction(i, n, lowBound, low)
		}
		if startsWord(s, e+1) { // "1234/QĐ-UBND": a document number
			return Amount{}, skipGlued(s, i), false
		}
	}
	if e+2 < len(s) && s[e] == '/' && s[e+1] == ' ' && isDigit(s[e+2]) {
		if a, end, ok := r.spacedCount(i, n, lowBound); ok {
			return a, end, true
		}
	}
	if n.isInt() && ((low == "ngày" && n.v >= 1 && n.v <= 31) || (low == "tháng" && n.v >= 1 && n.v <= 12)) {
		return Amount{}, e, false // "ngày 31 tháng 10 năm 2024": the day and the month
	}
	var u unitRes
	if low == "năm" && n.isYear() {
		// "năm 2023 hộ nghèo giảm": the year takes no unit noun
		u = unitRes{value: n.v, mult: 1, end: e}
	} else {
		u = r.unit(e, n.v, true, false)
	}
	if point && u.uom == "" {
		return Amount{}, skipGlued(s, i), false // "mục 2.5": no unit, no figure
	}
	if u.end == e && e < len(s) && startsWord(s, e) {
		// digits glued to letters that are no unit: an id, a file name
		return Amount{}, skipGlued(s, i), false
	}
	a := Amount{Value: u.value, UOM: u.uom, Noun: u.noun, Start: i, NumStart: i, End: u.end}
	start := i
	if rg, ok := r.rangeAfter(n, u, low == "từ"); ok {
		a.Form = Range
		a.Value, a.Max, a.UOM, a.Noun, a.End = rg.v1, rg.v2, rg.uom, rg.noun, rg.end
		if rg.from {
			start = pws
		}
	}
	r.finish(&a, start, lowBound)
	return a, a.End, true
}

func (r *reader) fraction(i int, n numTok, lowBound int, prevLow string) (Amount, int, bool) {
	s := r.s
	d := readDigits(s, n.end+1)
	after := d.end
	if !d.ok || !n.isInt() || !d.isInt() {
		return Amount{}, skipGlued(s, i), false
	}
	if after < len(s) && (s[after] == '/' || s[after] == ':' || startsWord(s, after) ||
		(s[after] == '-' && after+1 < len(s) && isDigit(s[after+1]))) {
		// "30/2020/NĐ-CP", "1234/QĐ-UBND": a document number
		return Amount{}, skipGlued(s, i), false
	}
	if n.v >= 1 && n.v <= 12 && d.isYear() {
		return Amount{}, after, false // "12/2023": a month
	}
	if dayIndex[prevLow] && n.v >= 1 && n.v <= 31 && d.v >= 1 && d.v <= 12 {
		return Amount{}, after, false // "ngày 16/12"
	}
	a := Amount{Value: n.v, Of: d.v, Form: Fraction, Start: i, NumStart: i, End: after}
	q := skipSpace(s, after)
	if noun, e, ok := nounAt(s, q); ok {
		a.Noun, a.End = noun, e
	} else if n.v >= 1 && n.v <= 31 && d.v >= 1 && d.v <= 12 && n.digits <= 2 && d.digits <= 2 &&
		(n.v > d.v || prevLow == "đến" || prevLow == "từ" || prevLow == "tới") {
		// "Chiều nay, 22/12,", "hôm nay (22/6)", "đến 15/6": a day and month;
		// a count of targets never has more done than set
		return Amount{}, after, false
	}
	r.finish(&a, i, lowBound)
	return a, a.End, true
}

// spacedCount reads a count of targets printed with a space after its
// slash ("12/ 12 chỉ tiêu", "hoàn thành 17/ 18 chỉ tiêu"): a fraction, as
// "12/12 chỉ tiêu" is, when the noun after it counts targets or criteria.
func (r *reader) spacedCount(i int, n numTok, lowBound int) (Amount, int, bool) {
	s := r.s
	d := readDigits(s, n.end+2)
	if !d.ok || !n.isInt() || !d.isInt() || n.v > d.v || d.v <= 0 {
		return Amount{}, 0, false
	}
	noun, e, ok := nounAt(s, skipSpace(s, d.end))
	if !ok || !(strings.HasPrefix(noun, "chỉ tiêu") || strings.HasPrefix(noun, "tiêu chí")) {
		return Amount{}, 0, false
	}
	a := Amount{Value: n.v, Of: d.v, Form: Fraction, Start: i, NumStart: i, End: e, Noun: noun}
	r.finish(&a, i, lowBound)
	return a, a.End, true
}

func (r *reader) wordsAt(i, lowBound int) (Amount, int, bool) {
	s := r.s
	firstEnd := lettersEnd(s, i)
	if i > 0 {
		if p := prevRune(s, i); isLetter(p) || isDigitRune(p) {
			return Amount{}, firstEnd, false
		}
	}
	v, e, scaled, ok := readWords(s, i)
	if !ok {
		return Amount{}, firstEnd, false
	}
	u := r.unit(e, v, false, scaled)
	if !r.parse && !scaled && u.uom != "%" && u.noun == "" {
		// "một số chỉ tiêu" is "some targets", not the number 1
		return Amount{}, firstEnd, false
	}
	a := Amount{Value: u.value, UOM: u.uom, Noun: u.noun, Start: i, NumStart: i, End: u.end}
	r.finish(&a, i, lowBound)
	return a, a.End, true
}

// finish sets the qualifier: words before start, "trở lên" after End.
func (r *reader) finish(a *Amount, start, lowBound int) {
	a.Qualifier, a.Start = r.qualBefore(start, lowBound)
	q := skipSpace(r.s, a.End)
	if e, ok := phraseAt(r.s, q, "trở", "lên"); ok {
		a.Qualifier, a.End = "over", e
	}
}

type unitRes struct {
	value, mult float64
	uom, noun   string
	end         int
	scaled      bool
}

func (u unitRes) any() bool { return u.uom != "" || u.noun != "" || u.scaled }

// unit reads what follows a number ending at p: %, scale words (with the
// compound "1.651 tỷ 346 triệu"), đồng, or a unit noun. scaled says the
// number words already held a scale ("một nghìn").
func (r *reader) unit(p int, v float64, allowScale, scaled bool) unitRes {
	s := r.s
	u := unitRes{value: v, mult: 1, end: p, scaled: scaled}
	q := skipSpace(s, p)
	if q < len(s) && s[q] == '%' {
		u.uom, u.end = "%", q+1
		return u
	}
	if e, ok := phraseAt(s, q, "phần", "trăm"); ok {
		u.uom, u.end = "%", e
		return u
	}
	// One look-up says what the word at q may start (most often
	// nothing: "12,5% so với", "năm 2023 huyện").
	word, wordEnd := wordAt(s, q)
	if allowScale {
		if e, ok := millionDong(s, word, wordEnd); ok {
			u.value, u.mult, u.end, u.scaled, u.uom = Scale(v, 1e6), 1e6, e, true, "VND"
			if noun, pe := perNoun(s, e); pe > e {
				u.noun, u.end = noun, pe
			}
			return u
		}
	}
	uw := unitWordOf(word)
	if allowScale && uw.scale != 0 {
		if m, e, ok := scaleOf(s, word, wordEnd, uw.scale); ok {
			u.value, u.mult, u.end, u.scaled = Scale(v, m), m, e, true
			last := m
			for {
				q2 := skipSpace(s, u.end)
				if q2 == u.end || q2 >= len(s) || !isDigit(s[q2]) {
					break
				}
				n := readDigits(s, q2)
				if !n.ok || !n.isInt() {
					break
				}
				q3 := skipSpace(s, n.end)
				m2, e3, ok := scaleAt(s, q3)
				if !ok && q3 < len(s) {
					// "1.651 tỷ 346 tr.đ": the millions abbreviated
					w3, we3 := wordAt(s, q3)
					e3, ok = millionDong(s, w3, we3)
					m2 = 1e6
				}
				if ok && last == 1e3 && m == 1e3 && m2 == 1e9 && n.v < 1000 {
					// "6 nghìn 700 tỷ": the thousands and the hundreds
					// of one count of billions (6.700 tỷ), as "6 nghìn
					// tỷ" is 6 of 10^12.
					u.value = Scale(u.value+n.v, m2)
					u.mult = m * m2
					last, u.end = m2, e3
					continue
				}
				if !ok || m2 >= last {
					break
				}
				u.value += Scale(n.v, m2)
				last, u.end = m2, e3
			}
			q = skipSpace(s, u.end)
			word, wordEnd = wordAt(s, q)
			uw = unitWordOf(word)
		}
	}
	if uw.money {
		if e, ok := moneyOf(s, word, wordEnd); ok {
			u.uom, u.end = "VND", e
			if noun, pe := perNoun(s, e); pe > e {
				u.noun, u.end = noun, pe
			}
			return u
		}
	}
	if _, e, ok := phrasesAfter(uw.foreign, s, wordEnd); ok {
		u.noun, u.end = "usd", e
		return u
	}
	if noun, e, ok := phrasesAfter(uw.noun, s, wordEnd); ok {
		u.noun, u.end = noun, e
		return u
	}
	if u.scaled {
		u.uom = "VND"
	}
	return u
}

// perNoun reads what money ending at e is per ("21 triệu đồng/người/năm":
// money per person, kept as the noun "đồng/người/năm"); pe is e when
// no slash and word follow.
func perNoun(s string, e int) (noun string, pe int) {
	noun, pe = "đồng", e
	for pe < len(s) && s[pe] == '/' {
		we := lettersEnd(s, pe+1)
		if we == pe+1 {
			break
		}
		noun += "/" + strings.ToLower(s[pe+1:we])
		pe = we
	}
	return noun, pe
}

type rangeRes struct {
	v1, v2    float64
	uom, noun string
	end       int
	from      bool
}

// rangeAfter reads "- 16%", "– 16", "đến 13,2%" after a first number n with
// unit u1. from says "từ" stood before the first number.
func (r *reader) rangeAfter(n numTok, u1 unitRes, from bool) (rangeRes, bool) {
	s := r.s
	q := skipSpace(s, u1.end)
	if q >= len(s) {
		return rangeRes{}, false
	}
	conn := 0
	usedTo := false
	switch dash := dashLen(s, q); {
	case dash > 0:
		conn = dash
	case from:
		e := lettersEnd(s, q)
		if w := lowerOf(s[q:e]); w == "đến" || w == "tới" {
			conn, usedTo = e-q, true
		}
	}
	if conn == 0 {
		return rangeRes{}, false
	}
	r2 := skipSpace(s, q+conn)
	if r2 >= len(s) || !isDigit(s[r2]) {
		return rangeRes{}, false
	}
	if _, ok := timeAt(s, r2); ok {
		return rangeRes{}, false
	}
	if _, ok := dateAt(s, r2); ok {
		return rangeRes{}, false
	}
	n2 := readDigits(s, r2)
	if !n2.ok || (n2.end < len(s) && (s[n2.end] == '/' || s[n2.end] == ':')) {
		return rangeRes{}, false
	}
	var u2 unitRes
	if !u1.any() && n.isYear() && n2.isYear() {
		// "2021-2025": a period; a % after it belongs to something else
		u2 = unitRes{value: n2.v, mult: 1, end: n2.end}
	} else {
		u2 = r.unit(n2.end, n2.v, true, false)
	}
	if u2.end == n2.end && n2.end < len(s) && startsWord(s, n2.end) {
		return rangeRes{}, false
	}
	rg := rangeRes{v1: u1.value, v2: u2.value, uom: u2.uom, noun: u2.noun, end: u2.end, from: from && usedTo}
	if u1.any() {
		if u2.uom != u1.uom || u2.noun != u1.noun {
			return rangeRes{}, false
		}
	} else {
		rg.v1 = Scale(n.v, u2.mult)
	}
	if !(rg.v2 > rg.v1) {
		return rangeRes{}, false
	}
	if from && !usedTo {
		rg.from = false
	}
	return rg, true
}

// dashLen is the length in bytes of the dash at s[q], 0 if none: a
// hyphen, or any of the dashes typists and word processors write for it
// between two figures ("6–6,8%", "10—12%", a minus sign, a non-breaking
// hyphen), which all join a range.
func dashLen(s string, q int) int {
	if s[q] == '-' {
		return 1
	}
	// U+2010–U+2015 (hyphen, non-breaking hyphen, figure dash, en dash,
	// em dash, horizontal bar) are E2 80 90–95; U+2212 minus is E2 88 92.
	if q+2 < len(s) && s[q] == 0xE2 && (s[q+1] == 0x80 && s[q+2] >= 0x90 && s[q+2] <= 0x95 || s[q+1] == 0x88 && s[q+2] == 0x92) {
		return 3
	}
	return 0
}

// dayMonthAt skips "26-12" (day-month, second smaller than first) and,
// after a day word, "16/12" or "15-12".
func dayMonthAt(s string, n numTok, prevLow string) (int, bool) {
	e := n.end
	if !n.isInt() || n.grouped || n.digits > 2 || n.v < 1 || n.v > 31 || e+1 >= len(s) || (s[e] != '-' && s[e] != '/') {
		return 0, false
	}
	j := e + 1
	k := j
	for k < len(s) && k-j < 3 && isDigit(s[k]) {
		k++
	}
	if k-j < 1 || k-j > 2 || (k < len(s) && (isDigit(s[k]) || s[k] == '/' || s[k] == ',' && k+1 < len(s) && isDigit(s[k+1]))) {
		return 0, false
	}
	m := 0
	for _, c := range []byte(s[j:k]) {
		m = m*10 + int(c-'0')
	}
	if m < 1 || m > 12 {
		return 0, false
	}
	if dayIndex[prevLow] || (s[e] == '-' && float64(m) < n.v) {
		return k, true
	}
	return 0, false
}

// Scale is v times the scale m ("33,3 tỷ" is 33.3 × 10⁹), without the
// binary floating point's noise: 33.3 × 1e9 is 33299999999.999996 in
// float64, a figure no finance officer wrote and one that would print as
// such in a fact file. A product within a billionth of a whole number is
// that whole number; a real fraction (1,2345 nghìn = 1234.5) is kept.
func Scale(v, m float64) float64 {
	x := v * m
	if r := math.Round(x); r != x && math.Abs(x-r) <= 1e-9*math.Abs(x) {
		return r
	}
	return x
}
