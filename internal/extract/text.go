package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// lowerSameLen lower-cases s rune by rune, keeping every rune's byte length,
// so that byte offsets found in the lower-case copy hold in the original
// text (evidence is cut from the original).
func lowerSameLen(s string) string {
	// One walk: the copy is made at the first rune that changes (most
	// paragraphs have a capital in their first word), as a []byte of s
	// whose changed runes are overwritten in place (see lowering) and
	// handed back as a string without another copy.
	lw := lowering{s: s, lower: s}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if l := asciiLower[c]; l != c {
				lw.putByte(i, l)
			}
			i++
			continue
		}
		_, n := lw.rune(i)
		i += n
	}
	return lw.lower
}

// asciiLower lower-cases an ASCII byte.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return t
}()

// sameLenLower is lowerTable where lowering keeps a rune's length in
// UTF-8, and the rune itself where it would not (lowerSameLen keeps it
// then).
var sameLenLower = func() []uint16 {
	t := make([]uint16, len(lowerTable))
	for r := range t {
		t[r] = uint16(r)
		if l := lowerTable[r]; utf8.RuneLen(l) == utf8.RuneLen(rune(r)) {
			t[r] = uint16(l)
		}
	}
	return t
}()

func lowerRune(r rune) rune {
	if r >= 0 && r < rune(len(lowerTable)) {
		return lowerTable[r]
	}
	return unicode.ToLower(r)
}

// lowerTable caches unicode.ToLower for the runes Vietnamese text uses
// (Latin, combining marks, Latin Extended Additional), which a table look-up
// serves faster than the case tables.
var lowerTable = func() []rune {
	t := make([]rune, 0x2000)
	for r := range t {
		t[r] = unicode.ToLower(rune(r))
	}
	// Some keyboards type the Icelandic eth ("Ð", "ð") for the
	// Vietnamese "Đ", "đ" ("huyện Ðầm Dơi", "Ðến nay"): the same letter
	// to a reader, and of the same length in UTF-8.
	t['Ð'], t['ð'] = 'đ', 'đ'
	return t
}()

// vnLetters writes a name's eth ("Ð", "ð", see lowerTable) as the
// Vietnamese "Đ", "đ": "Huyện Ðầm Dơi" is "Huyện Đầm Dơi".
func vnLetters(s string) string {
	// "Ð" and "ð" are C3 90 and C3 B0 in UTF-8, and C3 starts a rune
	// wherever it stands: a look at the bytes finds them, where
	// strings.ContainsAny decoded every rune of every unit name.
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xC3 && (s[i+1] == 0x90 || s[i+1] == 0xB0) {
			return strings.NewReplacer("Ð", "Đ", "ð", "đ").Replace(s)
		}
	}
	return s
}

// officialSpelling writes a unit's name as the official lists of units
// spell it, so that one unit has one name in every fact: the tone of an
// open "oa", "oe" or "uy" on its first vowel ("Khánh Hoà" → "Khánh Hòa",
// see foldTones) and a plain apostrophe in names of the Central Highlands
// ("Ea H’leo" → "Ea H'leo"). Pages use both spellings, often on one page.
func officialSpelling(unit string) string {
	if f := foldTones(unit); f != unit && !twoTones(f) {
		unit = f
	}
	if strings.ContainsAny(unit, "‘’ʼ") {
		unit = strings.NewReplacer("‘", "'", "’", "'", "ʼ", "'").Replace(unit)
	}
	return unit
}

// twoTones reports a word of name with two tone marks, which no
// Vietnamese syllable has: a misprint ("Hòoà"), not to be folded into
// another ("Hòòa").
func twoTones(name string) bool {
	for _, w := range strings.Fields(name) {
		n := 0
		for _, r := range norm.NFD.String(w) {
			switch r {
			case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
				n++
			}
		}
		if n > 1 {
			return true
		}
	}
	return false
}

// tok is a word or a punctuation mark of a lower-cased text.
type tok struct {
	s          string // normalised form (see normWord)
	start, end int    // byte offsets in the text
	word       bool   // letters or digits, as opposed to punctuation
	// digits is isDigits(s), told once here for the rules that ask it
	// of token after token (a loop over the bytes each time, whose end
	// mispredicts with the length of a number).
	digits bool
	h      uint32 // tokHash(s), for the matchers
}

// newTok makes the token of s at [start, end); digits is isDigits(s),
// which the tokenizers know from the word's first rune (digits and
// letters make separate words).
func newTok(s string, start, end int, word, digits bool) tok {
	return tok{s: s, start: start, end: end, word: word, digits: digits, h: tokHash(s)}
}

// The hashes of words that loops over every token of the text look for:
// a word is passed over by its hash, one comparison that is nearly
// always false, where comparing the strings tests a length that often
// agrees (and mispredicts). A token with the hash is compared as well.
var (
	hashNam   = tokHash("năm")
	hashNhiem = tokHash("nhiệm")
	hashTieu  = tokHash("tiêu")
	hashDia   = tokHash("địa")
	hashTru   = tokHash("trụ")
	hashThu   = tokHash("thu")
	hashChi   = tokHash("chỉ")
	hashTai   = tokHash("tại")
	hashQuote = tokHash("\"")
	hashOpen  = tokHash("(")
	hashSemi  = tokHash(";")
	hashDash  = tokHash("-")
	// "khóa" in both tone placements, and the words after which
	// latestTermStart reads a term's years ("nhiệm kỳ", "giai đoạn",
	// "thời kỳ").
	hashKhoa    = tokHash("khóa")
	hashKhoaOld = tokHash("khoá")
	hashGiai    = tokHash("giai")
	hashThoi    = tokHash("thời")
	hashKy      = tokHash("kỳ")
	hashDoan    = tokHash("đoạn")
	// The words that the share and capital rules of a figure read from
	// (see figure.words): "tỷ trọng", "cơ cấu", "vốn".
	hashTrong = tokHash("trọng")
	hashCau   = tokHash("cấu")
	hashVon   = tokHash("vốn")
	// The words a few walks of the sentence need: a month named after
	// a subject (subjectMonths), an activity done "cho" its people
	// (ownActivity), a figure counted "nếu" … (countedOtherwise).
	hashThang = tokHash("tháng")
	hashCho   = tokHash("cho")
	hashNeu   = tokHash("nếu")
	// The nation ("cả nước", "toàn quốc", see nationAt) and an area of
	// a unit ("khu vực", "vùng", see areaMayOpen), for partOfTotal.
	hashNuoc = tokHash("nước")
	hashQuoc = tokHash("quốc")
	hashKhu  = tokHash("khu")
	hashVung = tokHash("vùng")
)

// tokHash is FNV-1a of a token's text: matchers find words by it without
// hashing them again for each matcher.
func tokHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

// wordBits is a signature of the words of a paragraph (or a sentence,
// see docReader.sentWords): bit tokHash%1024 of each of its tokens. A word whose bit is clear is not among them, so
// a walk over the paragraph that looks for it (a web address, an
// office's address, "tại", a term of office) ends before it starts;
// a bit set may be another word's, and the walk is made. The zero
// signature says that no word is present: a walk may ask it only of a
// paragraph whose signature view has made.
type wordBits [16]uint64

// wordBitsOf is the signature of toks.
func wordBitsOf(toks []tok) (b wordBits) {
	for i := range toks {
		h := toks[i].h
		b[h>>6&15] |= 1 << (h & 63)
	}
	return b
}

// mayHave reports whether a token of hash h may be in the paragraph;
// a nil signature (none made) may hold anything.
func (b *wordBits) mayHave(h uint32) bool {
	return b == nil || b[h>>6&15]&(1<<(h&63)) != 0
}

// tokenize splits lower-case text into words (runs of letters and digits)
// and single punctuation marks; white space separates and is dropped, so
// "thương mại-dịch vụ" and "thương mại - dịch vụ" give the same tokens.
func tokenize(lower string, toks []tok) []tok {
	if toks == nil {
		toks = make([]tok, 0, len(lower)/5+4)
	}
	toks = toks[:0]
	i := 0
	for i < len(lower) {
		r, n := rune(lower[i]), 1
		var word bool
		if r < utf8.RuneSelf {
			k := asciiClass[r]
			if k == aSpace {
				i++
				continue
			}
			word = k == aLetter || k == aDigit // isWordRune, without the call
		} else {
			r, n = decodeRune(lower, i)
			word = isWordRune(r)
		}
		switch {
		case word:
			// Digits and letters make separate words: "2025Huyện",
			// "14,6%CK", "56,5ha".
			digit := '0' <= r && r <= '9'
			j := i + n
			for j < len(lower) {
				c := lower[j]
				if c < utf8.RuneSelf {
					if k := asciiClass[c]; k != aLetter && k != aDigit || (k == aDigit) != digit {
						break
					}
					j++
					continue
				}
				if digit {
					break // no rune beyond ASCII is a digit '0'-'9'
				}
				// Most letters of a word are two- or three-byte runes
				// the table knows: they are decoded here, without the
				// calls to decodeRune and isWordRune (which do the same).
				if c >= 0xC2 && c <= 0xDF && j+1 < len(lower) && lower[j+1]&0xC0 == 0x80 {
					if k := wordRunes[rune(c&0x1F)<<6|rune(lower[j+1]&0x3F)]; k == 2 {
						j += 2
						continue
					} else if k == 1 {
						break
					}
				} else if c == 0xE1 && j+2 < len(lower) && lower[j+1]&0xC0 == 0x80 && lower[j+2]&0xC0 == 0x80 {
					if k := wordRunes[0x1000|rune(lower[j+1]&0x3F)<<6|rune(lower[j+2]&0x3F)]; k == 2 {
						j += 3
						continue
					} else if k == 1 {
						break
					}
				}
				r2, n2 := decodeRune(lower, j)
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
			w := lower[i:j]
			if len(w) >= 3 && (w[len(w)-1] >= utf8.RuneSelf || w[0] == 'q') {
				w = normWord(w) // only such words can need the fold
			}
			toks = append(toks, newTok(w, i, j, true, digit))
			i = j
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff':
			i += n
		default:
			toks = append(toks, newTok(normPunct(r, lower[i:i+n]), i, i+n, false, false))
			i += n
		}
	}
	return toks
}

// lowerTokenize is lowerSameLen(s) and tokenize of it, in one walk over
// s: every paragraph is lowered and tokenized, and the two walks decoded
// each rune twice. The runes of the lower-case text start where those of
// s do (lowering keeps each rune's length), so each rune is lowered
// where tokenize meets it and classified as tokenize classifies the
// lower-case rune. Tokens before the first capital are pieces of s, the
// same bytes as the lower-case text's there. TestLowerTokenize and
// FuzzTokenize compare it with the two walks.
func lowerTokenize(s string, toks []tok) (string, []tok) {
	if toks == nil {
		toks = make([]tok, 0, len(s)/5+4)
	}
	toks = toks[:0]
	lw := lowering{s: s, lower: s}
	i := 0
	for i < len(s) {
		c := s[i]
		r, n := rune(c), 1
		var word bool
		if c < utf8.RuneSelf {
			k := asciiClass[c]
			if k == aSpace {
				i++
				continue
			}
			if c-'A' < 26 {
				r = rune(c + 'a' - 'A')
				lw.putByte(i, byte(r))
			}
			word = k == aLetter || k == aDigit
		} else {
			r, n = lw.rune(i)
			word = isWordRune(r)
		}
		switch {
		case word:
			// As tokenize: digits and letters make separate words.
			digit := '0' <= r && r <= '9'
			same := uint8(aLetter) // the class of the ASCII bytes that go on with the word
			if digit {
				same = aDigit
			}
			j := i + n
			for j < len(s) {
				c := s[j]
				if c < utf8.RuneSelf {
					if asciiClass[c] != same {
						break
					}
					if c-'A' < 26 {
						lw.putByte(j, c+'a'-'A')
					}
					j++
					continue
				}
				if digit {
					break
				}
				// The two- and three-byte letters of Vietnamese, decoded
				// as lw.rune decodes them and told by wordLower: most
				// runes of a word are such letters, and each cost the
				// calls to lw.rune and isWordRune.
				var r2 rune
				n2 := 0
				if c >= 0xC2 && c <= 0xDF && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
					r2, n2 = rune(c&0x1F)<<6|rune(s[j+1]&0x3F), 2
				} else if c == 0xE1 && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 {
					r2, n2 = 0x1000|rune(s[j+1]&0x3F)<<6|rune(s[j+2]&0x3F), 3
				}
				if n2 != 0 {
					if e := wordLower[r2]; e&wordLowerLetter != 0 {
						if l := rune(e &^ wordLowerLetter); l != r2 {
							lw.putRune(j, l)
						}
						j += n2
						continue
					}
				}
				r2, n2 = lw.rune(j)
				if !isWordRune(r2) {
					break // lowered again where the walk goes on: the same bytes
				}
				j += n2
			}
			w := lw.lower[i:j]
			if len(w) >= 3 && (w[len(w)-1] >= utf8.RuneSelf || w[0] == 'q') {
				w = normWord(w)
			}
			toks = append(toks, newTok(w, i, j, true, digit))
			i = j
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff':
			i += n
		default:
			toks = append(toks, newTok(normPunct(r, lw.lower[i:i+n]), i, i+n, false, false))
			i += n
		}
	}
	return lw.lower, toks
}

// lowering is the lower-case copy of s that lowerTokenize writes: s
// itself until a rune changes, then a copy written in place.
type lowering struct {
	s     string
	b     []byte // nil until a rune changes
	lower string // s, then b
}

// putByte writes the lower-case ASCII letter l at i.
func (lw *lowering) putByte(i int, l byte) {
	if lw.b == nil {
		lw.copy()
	}
	lw.b[i] = l
}

func (lw *lowering) copy() {
	lw.b = make([]byte, len(lw.s))
	copy(lw.b, lw.s)
	// b is written only where the walk has not been yet: the string
	// may share its bytes.
	lw.lower = unsafe.String(unsafe.SliceData(lw.b), len(lw.b))
}

// putRune writes the lower-case rune l, of the length of the rune at i.
func (lw *lowering) putRune(i int, l rune) {
	if lw.b == nil {
		lw.copy()
	}
	utf8.EncodeRune(lw.b[i:], l)
}

// wordLower holds, for each rune below U+2000, its lower case as
// sameLenLower has it, with wordLowerLetter set when that lower-case rune
// is a letter of a word (isWordRune): lowerTokenize lowers and classifies
// the runes inside a word by one look-up. Runes without the bit take the
// general path.
var wordLower = func() *[0x2000]uint32 {
	t := new([0x2000]uint32)
	for r := range t {
		l := rune(sameLenLower[r])
		t[r] = uint32(l)
		if l >= utf8.RuneSelf && l < rune(len(wordRunes)) && wordRunes[l] == 2 {
			t[r] |= wordLowerLetter
		}
	}
	return t
}()

const wordLowerLetter = 1 << 31

// rune lowers the rune of s at i (s[i] >= 0x80) as lowerSameLen does,
// writing it when it changes, and returns it with its length.
func (lw *lowering) rune(i int) (rune, int) {
	s := lw.s
	c := s[i]
	var r rune
	var n int
	switch {
	case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		r, n = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
	case c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		r, n = 0x1000|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
	default:
		r, n = decodeRune(s, i)
	}
	var l rune
	if r >= 0 && r < rune(len(sameLenLower)) {
		l = rune(sameLenLower[r])
	} else if l = unicode.ToLower(r); utf8.RuneLen(l) != n {
		l = r
	}
	if l != r {
		if lw.b == nil {
			lw.copy()
		}
		utf8.EncodeRune(lw.b[i:], l)
	}
	return l, n
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) for s[i] >= 0x80, with the
// two-byte forms and the three-byte forms from U+1000 to U+CFFF (every
// continuation byte valid there) decoded inline: Vietnamese letters and
// punctuation are such runes.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	switch {
	case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	case c >= 0xE1 && c <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// asciiClass sorts ASCII bytes for tokenize.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch r := rune(c); {
		case '0' <= r && r <= '9':
			t[c] = aDigit
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			t[c] = aLetter
		case unicode.IsSpace(r):
			t[c] = aSpace
		}
	}
	return t
}()

const (
	aOther = iota
	aLetter
	aDigit
	aSpace
)

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if r < rune(len(wordRunes)) && wordRunes[r] != 0 {
		return wordRunes[r] == 2
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordRunes caches isWordRuneSlow (2 true, 1 false, 0 not cached) for the
// blocks of Vietnamese text (Latin, combining marks, Latin Extended
// Additional, punctuation), which the Unicode tables answer by a search.
var wordRunes = func() *[0x2100]uint8 {
	t := new([0x2100]uint8)
	for _, block := range [][2]rune{{0x80, 0x250}, {0x300, 0x370}, {0x1E00, 0x1F00}, {0x2000, 0x2100}} {
		for r := block[0]; r < block[1]; r++ {
			t[r] = 1
			if isWordRuneSlow(r) {
				t[r] = 2
			}
		}
	}
	return t
}()

// normPunct folds the dashes and quotes that Vietnamese web texts use
// interchangeably.
func normPunct(r rune, s string) string {
	switch r {
	case '–', '—', '‑', '−':
		return "-"
	case '“', '”', '„', '«', '»':
		return "\""
	case '‘', '’':
		return "'"
	}
	return s
}

// oldTone maps the old-style tone placement of open syllables ending in
// "oa"/"uy" ("hoá", "thuỷ") to the new style ("hóa", "thủy"): texts use
// both and cues are written in one.
var oldTone = map[string]string{
	"oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
	"uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
	"oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
}

// foldTones writes each word of a name with its tone where oldTone puts
// it ("Khánh Hoà" → "Khánh Hòa", "Thuỷ" → "Thủy"), keeping its case. Only
// a word's last two letters can need it.
func foldTones(name string) string {
	if !strings.ContainsAny(name, "oOuU") {
		return name
	}
	words := strings.Split(name, " ")
	changed := false
	for k, w := range words {
		if head, rep, ok := oldToneTail(w); ok {
			words[k], changed = head+rep, true
		}
	}
	if !changed {
		return name
	}
	return strings.Join(words, " ")
}

// spellings maps the other spellings in use of a syllable to the one cues
// are written in: "kì" for "kỳ" ("cùng kì", "nhiệm kì"), "tỉ" for "tỷ",
// and the tone put on the u of "qu" ("qúy", "qũy"), the old placement
// wrongly applied where qu is a consonant.
var spellings = map[string]string{
	"kì": "kỳ", "tỉ": "tỷ",
	"qúy": "quý", "qùy": "quỳ", "qủy": "quỷ", "qũy": "quỹ", "qụy": "quỵ",
}

// normWord folds a lower-case word's spelling variants (see oldTone and
// spellings) to the spelling cues are written in. tokenize calls it only
// for words of 3 bytes or more that end in a non-ASCII rune or start with
// q.
func normWord(w string) string {
	if len(w) < 3 {
		return w
	}
	// The spellings start with k, t or q ("kì", "tỉ", "qúy"): other
	// words need no look-up.
	if c := w[0]; (c == 'q' || len(w) <= 4) && (c == 'k' || c == 't' || c == 'q') {
		if rep, ok := spellings[w]; ok {
			return rep
		}
	}
	if head, rep, ok := oldToneTail(w); ok {
		return head + rep
	}
	return w
}

// oldToneTail finds in w an ending written with the old tone placement
// ("hoà", "thuỷ") and returns the word before that ending and the ending
// as oldTone writes it ("h", "òa"). Words of either case come in: only a
// lower-case o or u before the toned vowel is folded.
func oldToneTail(w string) (head, rep string, ok bool) {
	// Two-rune Vietnamese endings are 1+2 or 1+3 bytes; only words
	// ending in a non-ASCII rune can need the fold.
	if len(w) < 3 || w[len(w)-1] < utf8.RuneSelf {
		return "", "", false
	}
	// A fold (oldTone) ends in a rune of two bytes that start with C3
	// ("á") or of three that start with E1 ("ả"): that tells the last
	// rune's length without decoding it backwards, and any other word
	// has no fold.
	var n int
	switch {
	case w[len(w)-2] == 0xC3:
		n = 2
	case len(w) >= 4 && w[len(w)-3] == 0xE1:
		n = 3
	default:
		return "", "", false
	}
	h := w[:len(w)-n]
	if len(h) == 0 {
		return "", "", false
	}
	v := h[len(h)-1]
	if v != 'o' && v != 'u' {
		return "", "", false
	}
	if v == 'u' && len(h) >= 2 && (h[len(h)-2] == 'q' || h[len(h)-2] == 'Q') {
		return "", "", false // "quý": qu is a consonant, the tone is already on y
	}
	rep, ok = oldTone[w[len(h)-1:]]
	return h[:len(h)-1], rep, ok
}

// phrase is a cue split into tokens; "*" stands for up to maxGap words.
type phrase struct {
	toks []string
	hs   []uint32 // tokHash of each of toks
	val  int
}

const maxGap = 4

// matcher finds the longest phrase starting at a token. Phrases are
// indexed by their first token so matching a clause costs one look-up per
// word, not one string search per cue. The index is a hash table on the
// tokens' own hash (tok.h), at most a quarter full: most words start no
// phrase, and they cost a probe or two and no string comparison.
type matcher struct {
	slots  []int32  // 1 + index in firsts, 0 for an empty slot
	hashes []uint32 // the hash of each slot's word
	firsts []firstWord
	// starts has bit h>>startShift set for the hash h of every first
	// word: a word whose bit is clear starts no phrase, which match tells
	// without a probe of the table (matchers are asked about nearly every
	// token of a text, and most tokens start nothing). Its fixed size
	// keeps match small enough to be inlined, so that the test costs no
	// call; 4096 bits stay sparse for the largest matcher (the catalog's
	// cues, 69 first words, set under 2% of them).
	starts [startBits / 64]uint64
	// firstWords has the wordBits bit of every first word set (all of
	// them for a phrase that opens with a gap): absentFrom compares it
	// with a signature at once, not word after word.
	firstWords wordBits
}

const (
	startBits  = 4096
	startShift = 32 - 12 // 2^12 == startBits
)

// firstWord is a phrase's first token and the phrases that start with it,
// in the order they were added.
type firstWord struct {
	s       string
	phrases []phrase
	// seconds holds, for each phrase, the hash of its second word, or
	// anySecond for a phrase of one word or with a gap second: longest
	// reads this short array, not the phrases, to pass over the phrases
	// the next token cannot continue.
	seconds []uint64
	// words holds the phrases without a gap as a tree of their words
	// after the first (this word is its root): phrases that share their
	// first words are compared with the text once for those words, not
	// once each (some first words start 29 phrases, and most share a
	// second word). gapped lists the phrases with a gap, which matchAt
	// reads.
	words  wordNode
	gapped []int32
}

// wordNode is a word of a phrase in firstWord.words: its word and hash,
// the phrase that ends with it (1 + index in phrases, the first added;
// 0 none) and the words that follow it in other phrases. nextBits has
// bit h%64 set for the hash h of each word in next: longest passes over a
// token that can go on with none of them without comparing it with each
// (most tokens after a phrase's first words).
type wordNode struct {
	s        string
	h        uint32
	ends     int32
	next     []wordNode
	nextBits uint64
}

// anySecond is firstWord.seconds' key of a phrase any next token (or none)
// may continue; a token's hash is below 1<<32.
const anySecond = 1 << 32

// secondKey is the key of phrase p in firstWord.seconds.
func secondKey(p phrase) uint64 {
	if len(p.toks) > 1 && p.toks[1] != "*" {
		return uint64(p.hs[1])
	}
	return anySecond
}

func newMatcher() *matcher { return &matcher{} }

// find returns the index in firsts of the word s of hash h, or -1.
func (m *matcher) find(s string, h uint32) int {
	if len(m.slots) == 0 {
		return -1
	}
	mask := uint32(len(m.slots) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		e := m.slots[j]
		if e == 0 {
			return -1
		}
		if m.hashes[j] == h && m.firsts[e-1].s == s {
			return int(e - 1)
		}
	}
}

// officeAbbrevs are the abbreviations offices write for terms that cues
// spell out: a phrase with the term matches the abbreviation too ("vượt
// KH", "thu NSNN", "GTSX tăng", "tham gia BHYT").
var officeAbbrevs = [][2]string{
	{"kế hoạch", "kh"},
	{"ngân sách nhà nước", "nsnn"},
	{"ngân sách", "nsnn"}, // "chi ngân sách" is the state's: "chi NSNN"
	{"giá trị sản xuất", "gtsx"},
	{"bảo hiểm y tế", "bhyt"},
}

func (m *matcher) add(p string, val int) {
	lower := lowerSameLen(p)
	for _, a := range officeAbbrevs {
		if strings.Contains(lower, a[0]) && strings.TrimSpace(lower) != a[0] && !strings.Contains(lower, a[0]+" nhà nước") {
			m.add(strings.ReplaceAll(lower, a[0], a[1]), val)
		}
	}
	ts := tokenize(lower, nil)
	if len(ts) == 0 {
		return
	}
	ph := phrase{val: val}
	for _, t := range ts {
		ph.toks = append(ph.toks, t.s) // "*" tokenizes as itself: the gap
		ph.hs = append(ph.hs, t.h)
	}
	first, h := ph.toks[0], ph.hs[0]
	if k := m.find(first, h); k >= 0 {
		m.firsts[k].addPhrase(ph)
		return
	}
	m.firsts = append(m.firsts, firstWord{s: first, words: wordNode{s: first, h: h}})
	if first == "*" {
		for k := range m.firstWords {
			m.firstWords[k] = ^uint64(0) // a gap may start at any word
		}
	} else {
		m.firstWords[h>>6&15] |= 1 << (h & 63)
	}
	m.firsts[len(m.firsts)-1].addPhrase(ph)
	if 4*len(m.firsts) > len(m.slots) {
		m.rehash(max(16, 8*len(m.firsts)))
		return
	}
	m.put(len(m.firsts)-1, h)
}

// addPhrase adds ph, which starts with fw's word, to fw.
func (fw *firstWord) addPhrase(ph phrase) {
	j := int32(len(fw.phrases))
	fw.phrases = append(fw.phrases, ph)
	fw.seconds = append(fw.seconds, secondKey(ph))
	if slices.Contains(ph.toks[1:], "*") {
		fw.gapped = append(fw.gapped, j)
		return
	}
	n := &fw.words
	for k := 1; k < len(ph.toks); k++ {
		i := slices.IndexFunc(n.next, func(c wordNode) bool { return c.h == ph.hs[k] && c.s == ph.toks[k] })
		if i < 0 {
			n.next = append(n.next, wordNode{s: ph.toks[k], h: ph.hs[k]})
			n.nextBits |= 1 << (ph.hs[k] % 64)
			i = len(n.next) - 1
		}
		n = &n.next[i]
	}
	if n.ends == 0 {
		n.ends = j + 1 // a phrase added again keeps the first one's place
	}
}

// rehash makes the table n slots (a power of two) and puts every word in.
func (m *matcher) rehash(n int) {
	size := 1
	for size < n {
		size *= 2
	}
	m.slots, m.hashes = make([]int32, size), make([]uint32, size)
	for k := range m.firsts {
		m.put(k, tokHash(m.firsts[k].s))
	}
}

func (m *matcher) put(k int, h uint32) {
	mask := uint32(len(m.slots) - 1)
	j := h & mask
	for m.slots[j] != 0 {
		j = (j + 1) & mask
	}
	m.slots[j], m.hashes[j] = int32(k+1), h
	b := h >> startShift
	m.starts[b/64] |= 1 << (b % 64)
}

// match returns the value and the end token index (exclusive) of the
// longest phrase matching toks at i.
func (m *matcher) match(toks []tok, i int) (val, end int, ok bool) {
	if !m.mayStart(&toks[i]) {
		return 0, -1, false // the fast answer for most tokens (see starts)
	}
	return m.longest(toks, i)
}

// mayStart reports whether t may start a phrase: false means it starts
// none. Inlined, it saves the loops that ask a matcher about every token
// the call to match for most of them (match itself is too large to be
// inlined).
func (m *matcher) mayStart(t *tok) bool {
	b := t.h >> startShift
	return m.starts[b/64]&(1<<(b%64)) != 0
}

// longest is match for a token that may start a phrase.
func (m *matcher) longest(toks []tok, i int) (val, end int, ok bool) {
	k := m.find(toks[i].s, toks[i].h)
	if k < 0 {
		return 0, -1, false
	}
	best := -1
	if m.firsts[k].s == "*" {
		// Phrases that open with a gap: matchAt reads it.
		for _, p := range m.firsts[k].phrases {
			if e, ok := matchAt(p.toks, p.hs, toks, i); ok && e > best {
				best, val = e, p.val
			}
		}
		return val, best, best >= 0
	}
	// find has compared the first word. The phrases without a gap are
	// read off the tree of their words; of the others, one whose second
	// word is not the next token is passed over by its key alone. The
	// phrase that ends last wins, and of those that end together the
	// first added, as when every phrase was tried in turn.
	fw := &m.firsts[k]
	bestJ := int32(-1)
	best, bestJ = fw.words.longest(toks, i+1, 1, best, bestJ)
	if len(fw.gapped) > 0 {
		next := uint64(anySecond << 1) // no next token: only anySecond phrases
		if i+1 < len(toks) {
			next = uint64(toks[i+1].h)
		}
		for _, j := range fw.gapped {
			if key := fw.seconds[j]; key != next && key != anySecond {
				continue
			}
			p := &fw.phrases[j]
			if e, ok := matchAt(p.toks[1:], p.hs[1:], toks, i+1); ok && (e > best || e == best && j < bestJ) {
				best, bestJ = e, j
			}
		}
	}
	if best < 0 {
		return 0, -1, false
	}
	return fw.phrases[bestJ].val, best, true
}

// longest finds the phrases of the tree under n that the tokens from i
// go on with, n being the word before toks[i] and the depth-th word of
// its phrases (the first is 1), and returns the end of the one that ends
// last and its index (the first added of those that end together), or
// best and bestJ when none beats them. It reads the text as matchAt
// does: an estimate's hedge "ước" before a word from the third on is
// passed over.
func (n *wordNode) longest(toks []tok, i, depth int, best int, bestJ int32) (int, int32) {
	if n.ends != 0 {
		if j := n.ends - 1; i > best || i == best && j < bestJ {
			best, bestJ = i, j
		}
	}
	if i >= len(toks) {
		return best, bestJ
	}
	hedge := depth >= 2 && toks[i].h == hedgeHash && toks[i].s == "ước"
	// The token, or the one after a hedge, must have the hash of a word
	// that goes on (see nextBits).
	may := uint64(1) << (toks[i].h % 64)
	if hedge && i+1 < len(toks) {
		may |= 1 << (toks[i+1].h % 64)
	}
	if n.nextBits&may == 0 {
		return best, bestJ
	}
	for c := range n.next {
		w := &n.next[c]
		at := i
		if hedge && w.s != "ước" {
			at++
			if at >= len(toks) {
				continue
			}
		}
		if toks[at].h == w.h && toks[at].s == w.s {
			best, bestJ = w.longest(toks, at+1, depth+1, best, bestJ)
		}
	}
	return best, bestJ
}

func matchAt(p []string, hs []uint32, toks []tok, i int) (int, bool) {
	for k, s := range p {
		if s == "*" {
			// A gap of words (never punctuation) before the rest.
			rest, rhs := p[k+1:], hs[k+1:]
			for g := 0; g <= maxGap && i+g <= len(toks); g++ {
				if g > 0 && !toks[i+g-1].word {
					break
				}
				if e, ok := matchAt(rest, rhs, toks, i+g); ok {
					return e, true
				}
			}
			return 0, false
		}
		if i < len(toks) && k > 0 && toks[i].h == hedgeHash && toks[i].s == "ước" && s != "ước" {
			// "thương mại dịch vụ ước chiếm 45%", "thu ngân sách ước
			// đạt": the estimate's hedge stands between a subject and
			// its verb without breaking the phrase they make.
			i++
		}
		if i >= len(toks) || toks[i].h != hs[k] || toks[i].s != s {
			return 0, false
		}
		i++
	}
	return i, true
}

// hedgeHash is the hash of "ước", the hedge matchAt reads through.
var hedgeHash = tokHash("ước")

// hasPhrase reports whether any of the phrases occurs in toks.
func hasPhrase(toks []tok, m *matcher) bool {
	for i := range toks {
		if !m.mayStart(&toks[i]) {
			continue
		}
		if _, _, ok := m.longest(toks, i); ok {
			return true
		}
	}
	return false
}

// absentFrom reports that no phrase of m is in a paragraph of signature
// words (see wordBits): the bit of none of its first words is set, and a
// phrase starts only at its first word. A nil signature holds anything.
func (m *matcher) absentFrom(words *wordBits) bool {
	if words == nil {
		return false
	}
	for k := range words {
		if words[k]&m.firstWords[k] != 0 {
			return false
		}
	}
	return true
}

// lastPhrase finds the phrase of m that ends nearest the end of toks and
// returns its value and start index.
func lastPhrase(toks []tok, m *matcher) (val, at int, ok bool) {
	at = -1
	for i := 0; i < len(toks); i++ {
		if !m.mayStart(&toks[i]) {
			continue
		}
		if v, e, found := m.longest(toks, i); found {
			val, at, ok = v, i, true
			i = e - 1 // leftmost-longest: "hoàn thành mục tiêu" hides its "mục tiêu"
		}
	}
	return val, at, ok
}

// tokRange returns the tokens lying within byte range [from, to).
func tokRange(toks []tok, from, to int) []tok {
	// Binary searches as sort.Search does them, written out: every
	// sentence and clause takes its tokens so, and the closures cost more
	// than the search.
	lo := tokIndex(toks, from)
	// Tokens are a byte long at least and do not overlap, so at most
	// to-from of them lie in the range: the search for its end looks no
	// further (most ranges are a clause or the words between two
	// figures, in a paragraph's or sentence's tokens).
	end, hi := lo, len(toks)
	if n := to - from; n < hi-lo {
		hi = lo + max(n, 0)
	}
	for end < hi {
		if m := int(uint(end+hi) >> 1); toks[m].end <= to {
			end = m + 1
		} else {
			hi = m
		}
	}
	return toks[lo:end]
}

// tokIndex is the index of the first token that starts at byte offset
// from or after it (len(toks) if none).
func tokIndex(toks []tok, from int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); toks[m].start < from {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// isUpperCase reports s == strings.ToUpper(s) without making the
// upper-case copy (unit names are checked word by word, and the copies
// were an eighth of the objects extraction allocated). strings.ToUpper
// maps every rune with unicode.ToUpper and writes an invalid byte as
// U+FFFD, so such a byte makes s differ.
func isUpperCase(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return false
			}
		}
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// isUpper is unicode.IsUpper, from a table for the runes of Vietnamese
// text: the unicode package searches its ranges for every rune beyond
// Latin-1 ("đ", "ư", "ạ"), and unit names are told by their capitals
// word after word.
func isUpper(r rune) bool {
	if r >= 0 && r < rune(len(upperRunes)) {
		return upperRunes[r]
	}
	return unicode.IsUpper(r)
}

var upperRunes = func() (t [0x2000]bool) {
	for r := range t {
		t[r] = unicode.IsUpper(rune(r))
	}
	return t
}()

// wordSet is a small set of words for tests asked of nearly every token
// ("is this a level word?"): a word whose first and last bytes and length
// fit no member is answered at once, without the string comparisons a
// switch or the hashing a map would make; the few others are looked up.
type wordSet struct {
	keys  [256]uint32 // bit len%32 of row first+7*last, for each member
	words map[string]bool
}

func newWordSet(words ...string) *wordSet {
	ws := &wordSet{words: map[string]bool{}}
	for _, w := range words {
		row, bit := wordKey(w)
		ws.keys[row] |= bit
		ws.words[w] = true
	}
	return ws
}

func wordKey(w string) (row uint8, bit uint32) {
	return w[0] + 7*w[len(w)-1], 1 << (len(w) & 31)
}

// has reports whether w is in the set.
func (ws *wordSet) has(w string) bool {
	if w == "" {
		return false
	}
	if row, bit := wordKey(w); ws.keys[row]&bit == 0 {
		return false
	}
	return ws.words[w]
}
