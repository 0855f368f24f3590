package vnnum

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Low-level reading helpers. They work on byte offsets into the text and
// never allocate on the hot path.

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// isLetter counts combining marks as letters so that text that escaped NFC
// still reads as whole words.
func isLetter(r rune) bool {
	// Vietnamese letters live in ASCII, Latin-1, Latin Extended-A/B and
	// Latin Extended Additional: answer those without the table search,
	// in few enough steps to be inlined in the scanner's loops.
	if uint32(r) < uint32(len(latinLetters)) {
		return latinLetters[r]
	}
	return uint32(r-0x1E00) <= 0xFF || otherLetter(r)
}

// latinLetters[r] is isLetter(r) for the runes below U+0250: the ASCII
// letters, and Latin-1 and Latin Extended-A/B but for × and ÷.
var latinLetters = func() (t [0x250]bool) {
	for r := range rune(len(t)) {
		switch {
		case r < 0x80:
			t[r] = isASCIILetter(byte(r))
		case r >= 0xC0:
			t[r] = r != 0xD7 && r != 0xF7
		default:
			t[r] = otherLetter(r)
		}
	}
	return t
}()

// otherLetter is isLetter for the rest of Unicode.
func otherLetter(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func runeSize(s string, i int) int {
	if s[i] < 0x80 {
		return 1
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

func prevRune(s string, i int) rune {
	if i <= 0 {
		return utf8.RuneError
	}
	if s[i-1] < 0x80 {
		return rune(s[i-1])
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// lettersEnd returns the end of the run of letters starting at i (i when
// s[i] is no letter).
func lettersEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c < 0x80:
			if !isASCIILetter(c) {
				return i
			}
			i++
		// The bytes of most Vietnamese letters tell them without decoding:
		// C3–C8 and a continuation byte are U+00C0–U+023F, all letters
		// but × and ÷; E1 B8–BB and one more are Latin Extended
		// Additional, all letters. The rest are decoded (with utf8's
		// checks) and asked.
		case c >= 0xC3 && c <= 0xC8 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			if c == 0xC3 && (s[i+1] == 0x97 || s[i+1] == 0xB7) {
				return i
			}
			i += 2
		case c == 0xE1 && i+2 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isLetter(r) {
				return i
			}
			i += n
		}
	}
	return i
}

// unitEnd is lettersEnd that also takes digits and ²/³ after the first
// letter, for units such as "m2", "km²".
func unitEnd(s string, i int) int {
	e := lettersEnd(s, i)
	if e == i {
		return i
	}
	for e < len(s) {
		if isDigit(s[e]) {
			e++
			continue
		}
		if strings.HasPrefix(s[e:], "²") || strings.HasPrefix(s[e:], "³") {
			e += 2
			continue
		}
		n := lettersEnd(s, e)
		if n == e {
			break
		}
		e = n
	}
	return e
}

func startsWord(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] == '_' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isLetter(r)
}

// hspace returns the size of a horizontal space at i, 0 if none. Figures
// never continue across a line break.
func hspace(s string, i int) int {
	switch s[i] {
	case ' ', '\t':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 { // NO-BREAK SPACE
			return 2
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xAF || s[i+2] == 0x89 || s[i+2] == 0x8A) {
			return 3 // narrow no-break, thin, hair space
		}
	}
	return 0
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		n := hspace(s, i)
		if n == 0 {
			return i
		}
		i += n
	}
	return i
}

// skipSpaceBack returns j <= i with s[j:i] all horizontal space.
func skipSpaceBack(s string, i int) int {
	for i > 0 {
		switch {
		case s[i-1] == ' ' || s[i-1] == '\t':
			i--
		case i >= 2 && s[i-2] == 0xC2 && s[i-1] == 0xA0:
			i -= 2
		case i >= 3 && s[i-3] == 0xE2 && s[i-2] == 0x80 && (s[i-1] == 0xAF || s[i-1] == 0x89 || s[i-1] == 0x8A):
			i -= 3
		default:
			return i
		}
	}
	return i
}

// prevWord returns the word that ends at the white space before i.
func prevWord(s string, i int) (w string, start int, ok bool) {
	j := skipSpaceBack(s, i)
	if j == i {
		return "", 0, false
	}
	k := j
	for k > 0 {
		if c := s[k-1]; c < 0x80 {
			// Most letters of a word are ASCII: no decoding.
			if !isASCIILetter(c) {
				break
			}
			k--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !isLetter(r) {
			break
		}
		k -= n
	}
	if k == j {
		return "", 0, false
	}
	if k > 0 {
		if r := prevRune(s, k); isDigitRune(r) || r == '_' {
			return "", 0, false
		}
	}
	return s[k:j], k, true
}

func trimSpace(s string) (lo, hi int) {
	lo, hi = 0, len(s)
	for lo < hi {
		r, n := utf8.DecodeRuneInString(s[lo:])
		if !unicode.IsSpace(r) {
			break
		}
		lo += n
	}
	for hi > lo {
		r, n := utf8.DecodeLastRuneInString(s[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		hi -= n
	}
	return lo, hi
}

// glued says the digit at i belongs to a longer token: "QL6", "Covid-19",
// "img_5487", "v1.2".
func glued(s string, i int) bool {
	if i == 0 {
		return false
	}
	r := prevRune(s, i)
	if isLetter(r) || isDigitRune(r) || r == '_' {
		return true
	}
	switch r {
	case '-', '.', '/', ':', ',', '\\':
		if i >= 2 {
			r2 := prevRune(s, i-1)
			return isLetter(r2) || isDigitRune(r2) || r2 == '_'
		}
	}
	return false
}

// skipGlued returns the end of the token around i: letters, digits, '_'
// and the joiners -./:, between them. Always > i.
func skipGlued(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if isDigit(c) || c == '_' || isASCIILetter(c) {
			j++
			continue
		}
		if c == '-' || c == '.' || c == '/' || c == ':' || c == ',' || c == '\\' {
			if j+1 < len(s) && (isDigit(s[j+1]) || startsWord(s, j+1)) {
				j++
				continue
			}
			break
		}
		if c >= 0x80 {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isLetter(r) {
				j += n
				continue
			}
		}
		break
	}
	if j <= i {
		j = i + runeSize(s, i)
	}
	return j
}

// digitRun returns the end of the digits at i.
func digitRun(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func atoiRun(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
		if v > 1e6 {
			return v
		}
	}
	return v
}

// timeAt recognises "13:37" and "13:37:05".
func timeAt(s string, i int) (int, bool) {
	a := digitRun(s, i)
	if a-i < 1 || a-i > 2 || a+2 >= len(s) || s[a] != ':' {
		return 0, false
	}
	b := digitRun(s, a+1)
	if b-a-1 != 2 {
		return 0, false
	}
	if b+2 < len(s) && s[b] == ':' && digitRun(s, b+1) == b+3 {
		b += 3
	}
	return b, true
}

// dateAt recognises d/m/yyyy, d-m-yy, d.m.yyyy (spaces allowed around the
// second separator when the year has four digits: "16-12- 2022") and
// yyyy-mm-dd.
func dateAt(s string, i int) (int, bool) {
	_, _, _, e, ok := dateParts(s, i)
	return e, ok
}

// dateParts is dateAt with the date's parts; a two-digit year is 20yy.
func dateParts(s string, i int) (y, m, d, end int, ok bool) {
	a := digitRun(s, i)
	if a >= len(s) {
		return
	}
	sep := s[a]
	if sep != '/' && sep != '-' && sep != '.' {
		return
	}
	b := digitRun(s, a+1)
	if b-a-1 < 1 || b-a-1 > 2 {
		return
	}
	if a-i == 4 && sep == '-' { // ISO yyyy-mm-dd
		y, m = atoiRun(s[i:a]), atoiRun(s[a+1:b])
		if y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && b+1 < len(s) && s[b] == '-' {
			c := digitRun(s, b+1)
			if d = atoiRun(s[b+1 : c]); c-b-1 == 2 && d >= 1 && d <= 31 {
				return y, m, d, c, true
			}
		}
		return 0, 0, 0, 0, false
	}
	if a-i < 1 || a-i > 2 {
		return
	}
	d, m = atoiRun(s[i:a]), atoiRun(s[a+1:b])
	if d < 1 || d > 31 || m < 1 || m > 12 {
		return 0, 0, 0, 0, false
	}
	j := b
	spaced := false
	if k := skipSpace(s, j); k > j && sep != '.' {
		j, spaced = k, true
	}
	if j >= len(s) || s[j] != sep {
		return 0, 0, 0, 0, false
	}
	j++
	if k := skipSpace(s, j); k > j && sep != '.' {
		j, spaced = k, true
	}
	c := digitRun(s, j)
	n := c - j
	if n != 4 && (n != 2 || spaced) {
		return 0, 0, 0, 0, false
	}
	if c < len(s) && s[c] == ',' && c+1 < len(s) && isDigit(s[c+1]) {
		return 0, 0, 0, 0, false
	}
	y = atoiRun(s[j:c])
	if n == 2 {
		y += 2000
	}
	return y, m, d, c, true
}

// maxDigits is the longest number read; longer digit runs are ids.
const maxDigits = 30

// numTok is one digit-written number.
type numTok struct {
	v       float64
	end     int
	digits  int // integer digits, grouping dots excluded
	frac    int // decimal digits
	grouped bool
	ok      bool // false when malformed ("2.5", "1,888,000", "1234.567")
}

// pointDecimal reads digits with a decimal point where Vietnamese writes a
// comma ("86.6%", "102.4% kế hoạch", "3.55 tỷ đồng"): one or two digits
// after a single dot cannot be a group of thousands, so the dot can only
// be a decimal point. Only for a figure readDigits refused; the caller
// keeps it only when a unit of measure follows, since a bare "2.5" may as
// well be a section or a date.
func pointDecimal(s string, i int) (numTok, bool) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == i || j+1 >= len(s) || s[j] != '.' || !isDigit(s[j+1]) {
		return numTok{}, false
	}
	k := j + 1
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k-j-1 > 2 || k+1 < len(s) && (s[k] == '.' || s[k] == ',') && isDigit(s[k+1]) {
		return numTok{}, false
	}
	if j-i+k-j-1 > maxDigits {
		return numTok{}, false
	}
	v, err := strconv.ParseFloat(s[i:k], 64)
	if err != nil {
		return numTok{}, false
	}
	return numTok{v: v, end: k, digits: j - i, frac: k - j - 1, ok: true}, true
}

func (n numTok) isInt() bool { return n.frac == 0 }

func (n numTok) isYear() bool {
	return n.frac == 0 && !n.grouped && n.digits == 4 && n.v >= 1900 && n.v <= 2100
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// readDigits reads a Vietnamese-written number at i: digits, groups of
// exactly three after dots (only when the first group has at most three
// digits), then a decimal comma.
func readDigits(s string, i int) numTok {
	var mant uint64
	sig := 0 // significant digits held in mant
	exact := true
	acc := func(c byte) {
		if sig >= 19 {
			exact = false
			return
		}
		mant = mant*10 + uint64(c-'0')
		if mant != 0 {
			sig++
		}
	}
	n := numTok{}
	j := i
	for j < len(s) && isDigit(s[j]) {
		acc(s[j])
		j++
	}
	n.digits = j - i
	if n.digits <= 3 {
		for j+3 < len(s) && s[j] == '.' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
			(j+4 == len(s) || !isDigit(s[j+4])) {
			acc(s[j+1])
			acc(s[j+2])
			acc(s[j+3])
			j += 4
			n.digits += 3
			n.grouped = true
		}
	}
	if j+1 < len(s) && s[j] == ',' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			acc(s[j])
			n.frac++
			j++
		}
	}
	n.end = j
	n.ok = !(j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isDigit(s[j+1]))
	if n.digits+n.frac > maxDigits {
		n.ok = false // a hash or an id, never an amount
	}
	if exact && mant < 1<<53 && n.frac < len(pow10) {
		n.v = float64(mant) / pow10[n.frac]
	} else {
		n.v = slowValue(s[i:j])
	}
	return n
}

// slowValue handles numbers with more digits than a uint64 holds.
func slowValue(t string) float64 {
	b := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case isDigit(c):
			b = append(b, c)
		case c == ',':
			b = append(b, '.')
		}
	}
	v, _ := strconv.ParseFloat(string(b), 64)
	return v
}

// wordAt returns the unit-like word at i and where it ends.
func wordAt(s string, i int) (string, int) {
	e := unitEnd(s, i)
	return s[i:e], e
}

// scaleAt reads a scale word at q; "nghìn tỷ" is one scale of 10^12,
// "triệu tỷ" one of 10^15.
func scaleAt(s string, q int) (float64, int, bool) {
	if q >= len(s) {
		return 0, 0, false
	}
	w, e := wordAt(s, q)
	m, ok := scaleIndex[w]
	if !ok {
		return 0, 0, false
	}
	return scaleOf(s, w, e, m)
}

// scaleOf is scaleAt for the scale word w (of scale m) that ends at e.
func scaleOf(s, w string, e int, m float64) (float64, int, bool) {
	if q2 := skipSpace(s, e); q2 > e {
		if w2, _ := wordAt(s, q2); notScaleIndex[lowerOf(w)+" "+lowerOf(w2)] {
			return 0, 0, false // "2024 tỷ lệ": the ratio, not a billion
		}
	}
	if m == 1e3 || m == 1e6 {
		// "nghìn tỷ" is 10^12, "triệu tỷ" (a national budget's "hơn 2
		// triệu tỷ đồng") 10^15.
		q2 := skipSpace(s, e)
		if q2 > e {
			w2, e2 := wordAt(s, q2)
			if m2, ok := scaleIndex[w2]; ok && m2 == 1e9 {
				return m * 1e9, e2, true
			}
		}
	}
	return m, e, true
}

// millionDong reads an office's abbreviation of "triệu đồng" at the word
// w that ends at e: "trđ", "tr.đ", "tr. đồng", "tr đ" ("đạt 2.141.605
// tr.đ"). It returns where the money word ends. "tr" alone is no scale.
func millionDong(s, w string, e int) (int, bool) {
	// Only "tr" (2 bytes) and "trđ" (4) are read, in any case, and the
	// capitals of their letters are of the same length: the word after
	// every number is turned away by its length before it is lowered.
	if len(w) != len("tr") && len(w) != len("trđ") {
		return 0, false
	}
	switch strings.ToLower(w) {
	case "trđ":
		return e, true
	case "tr":
	default:
		return 0, false
	}
	p := e
	if p < len(s) && s[p] == '.' {
		p++
	}
	p = skipSpace(s, p)
	w2, e2 := wordAt(s, p)
	switch strings.ToLower(w2) {
	case "đ", "đồng", "vnđ":
		return e2, true
	}
	return 0, false
}

// moneyOf reads a money word ("đồng", "đ", "VNĐ"): w, which ends at e.
func moneyOf(s, w string, e int) (int, bool) {
	if lowerOf(w) == "đồng" {
		if q2 := skipSpace(s, e); q2 > e {
			w2, _ := wordAt(s, q2)
			if notMoneyIndex[w2] {
				return 0, false // "5 đồng chí": five comrades
			}
		}
	}
	return e, true
}

// nounAt reads the longest unit noun phrase at q.
func nounAt(s string, q int) (string, int, bool) {
	ph, e, ok := phraseIndexAt(nounIndex, s, q)
	return ph, e, ok
}

func phraseIndexAt(idx map[string][]phrase, s string, q int) (string, int, bool) {
	if q >= len(s) {
		return "", 0, false
	}
	w, e := wordAt(s, q)
	phs, ok := idx[w]
	if !ok {
		return "", 0, false
	}
	return phrasesAfter(phs, s, e)
}

// phrasesAfter is phraseIndexAt for the phrases phs of the word that
// ends at e: the first whose further words follow.
func phrasesAfter(phs []phrase, s string, e int) (string, int, bool) {
next:
	for _, ph := range phs {
		pos := e
		for _, want := range ph.words {
			p2 := skipSpace(s, pos)
			if p2 == pos {
				continue next
			}
			w2, e2 := wordAt(s, p2)
			if !strings.EqualFold(w2, want) {
				continue next
			}
			pos = e2
		}
		return ph.text, pos, true
	}
	return "", 0, false
}

// phraseAt matches the lower-case words at q, case-insensitively.
func phraseAt(s string, q int, words ...string) (int, bool) {
	if c := words[0][0]; c >= 'a' && c <= 'z' && c != 'k' && c != 's' && q < len(s) && s[q]|0x20 != c {
		// Only its capital folds to the ASCII letter that starts the
		// phrase (the Kelvin sign and the long s fold to k and s): a text
		// that starts with another byte differs, without reading a word.
		return 0, false
	}
	pos := q
	for k, want := range words {
		if k > 0 {
			p2 := skipSpace(s, pos)
			if p2 == pos {
				return 0, false
			}
			pos = p2
		}
		if pos >= len(s) {
			return 0, false
		}
		e := lettersEnd(s, pos)
		if e == pos || !strings.EqualFold(s[pos:e], want) {
			return 0, false
		}
		pos = e
	}
	return pos, true
}

// qualBefore reads qualifier words before start ("hơn", "xấp xỉ", "hơn
// hơn"), never reaching before lowBound. It returns the qualifier of the
// word nearest the number and the new start.
func (r *reader) qualBefore(start, lowBound int) (string, int) {
	s := r.s
	qual := ""
	for k := 0; k < 3; k++ {
		w, ws, ok := r.prevWord(start)
		if !ok || ws < lowBound || !mayQualify(w) {
			break
		}
		if q, ok := qualIndex[w]; ok {
			if qual == "" {
				qual = q
			}
			start = ws
			continue
		}
		if p, ok := pairIndex[w]; ok {
			w2, ws2, ok2 := prevWord(s, ws)
			if ok2 && ws2 >= lowBound && strings.EqualFold(w2, p.first) {
				if qual == "" {
					qual = p.qual
				}
				start = ws2
				continue
			}
		}
		break
	}
	return qual, start
}

// readWords reads a number written in words at i ("một trăm linh năm",
// "hai mươi mốt", "một nghìn sáu trăm năm mươi mốt tỷ"). scaled says a
// scale word (nghìn, triệu, tỷ) was part of it.
func readWords(s string, i int) (v float64, end int, scaled, ok bool) {
	const (
		stStart = iota // start of a group of three digits
		stDigit        // after a digit that may still become tens or hundreds
		stTram         // after trăm
		stLinh         // after linh/lẻ
		stTens         // after mươi or mười
		stUnits        // after the units digit
	)
	var result, cur, maxScale, last float64
	stage := stStart
	p := i
	end = i
	n := 0
loop:
	for {
		q := p
		if n > 0 {
			q = skipSpace(s, p)
			if q == p {
				break
			}
		}
		we := lettersEnd(s, q)
		if we == q {
			break
		}
		nw, found := numIndex[s[q:we]]
		if !found {
			break
		}
		if n == 0 && nw.kind != wDigit && nw.kind != wMuoi10 {
			return 0, i, false, false
		}
		switch nw.kind {
		case wDigit:
			switch stage {
			case stStart:
				if result > 0 && !followedByMult(s, we) {
					break loop // "một nghìn năm" is a thousand years
				}
				cur += nw.val
				last, stage = nw.val, stDigit
			case stTram:
				if !followedByKind(s, we, wMuoi) {
					break loop // "hai trăm năm": two hundred years
				}
				cur += nw.val
				last, stage = nw.val, stDigit
			case stLinh, stTens:
				if stage == stTens && nw.val == 5 && lowerOf(s[q:we]) == "năm" {
					break loop // after tens five is "lăm": "mười năm" is ten years
				}
				cur += nw.val
				stage = stUnits
			default:
				break loop
			}
		case wLate:
			if stage == stTens || (stage == stLinh && nw.val == 4) {
				cur += nw.val
				stage = stUnits
			} else {
				break loop
			}
		case wMuoi:
			if stage != stDigit || last < 2 {
				break loop
			}
			cur += last * 9
			stage = stTens
		case wMuoi10:
			if stage != stStart && stage != stTram {
				break loop
			}
			cur += 10
			stage = stTens
		case wTram:
			if stage != stDigit {
				break loop
			}
			cur += last * 99
			stage = stTram
		case wLinh:
			if stage != stTram {
				break loop
			}
			stage = stLinh
		case wScale:
			switch {
			case stage == stLinh:
				break loop
			case stage == stStart:
				// "nghìn tỷ": a larger scale right after a scale
				if nw.val <= maxScale {
					break loop
				}
				result *= nw.val
				maxScale = nw.val
			case nw.val > maxScale:
				result = (result + cur) * nw.val
				maxScale = nw.val
			default:
				result += cur * nw.val
			}
			cur, stage, scaled = 0, stStart, true
		}
		n++
		p = we
		if stage != stLinh {
			end = we
		}
	}
	if n == 0 {
		return 0, i, false, false
	}
	return result + cur, end, scaled, true
}

// followedByMult: the next word is mươi, trăm or a scale.
func followedByMult(s string, e int) bool {
	q := skipSpace(s, e)
	if q == e {
		return false
	}
	nw, ok := numIndex[s[q:lettersEnd(s, q)]]
	return ok && (nw.kind == wMuoi || nw.kind == wTram || nw.kind == wScale)
}

func followedByKind(s string, e, kind int) bool {
	q := skipSpace(s, e)
	if q == e {
		return false
	}
	nw, ok := numIndex[s[q:lettersEnd(s, q)]]
	return ok && nw.kind == kind
}
