package extract

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/facts"
)

// TestFoldedRunes checks what makes foldMarks work rune by rune on the
// runes foldedRunes covers: NFD decomposes each on its own and then
// reorders only runes of a combining class above 0, which must be marks
// (foldMarks drops them).
func TestFoldedRunes(t *testing.T) {
	tab := foldedRunes()
	covered := 0
	for r := range rune(len(tab)) {
		if tab[r] == notFolded {
			continue
		}
		covered++
		for _, d := range norm.NFD.String(string(r)) {
			if norm.NFD.PropertiesString(string(d)).CCC() != 0 && !unicode.Is(unicode.Mn, d) {
				t.Errorf("NFD of U+%04X has U+%04X: reordered but kept", r, d)
			}
		}
	}
	if covered < 800 {
		t.Errorf("only %d runes covered", covered)
	}
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Thanh Hoá", "Thanh Hoa", true},
		{"THANH HOÁ", "thanh hoa", true},
		{"Đắk Lắk", "Dak Lak", true},
		{"Hoàng Mai", "Hoang Mai", true},
		{"Hoàng Mai", "Hoang Mái", true},
		{"Hoàng Mai", "Hoàn Mai", false},
		{"Hà Nội", "Ha No", false},
		{"a\u0301", "á", true},
		{"Ωmega", "ωmega", true}, // beyond the table: foldMarks decides
		{"中国", "中國", false},
	} {
		if got := sameFolded(c.a, c.b); got != c.same || got != (foldMarks(c.a) == foldMarks(c.b)) {
			t.Errorf("sameFolded(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

// FuzzSameFolded checks sameFolded against foldMarks.
func FuzzSameFolded(f *testing.F) {
	f.Add("Thanh Hoá", "THANH HOA")
	f.Add("Đắk\u0301 Lắk", "Dak Lak")
	f.Add("ǅ\u0345\u0301", "dž")
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := sameFolded(a, b), foldMarks(a) == foldMarks(b); got != want {
			t.Fatalf("sameFolded(%q, %q) = %v; foldMarks gives %q and %q", a, b, got, foldMarks(a), foldMarks(b))
		}
	})
}

// refLower is lowerSameLen as first written: a copy lower-cased in place.
func refLower(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		l := unicode.ToLower(r)
		if r == 'Ð' || r == 'ð' {
			l = 'đ' // the eth typed for "Đ" (see lowerTable)
		}
		if l != r && utf8.RuneLen(l) == n {
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	return string(b)
}

// FuzzFastText checks the fast paths of the text layer against the
// standard library: lowerSameLen against refLower, decodeRune against
// utf8.DecodeRuneInString, the tokens' hash against their text, and
// isWordRune against its slow form.
func FuzzFastText(f *testing.F) {
	f.Add("Thu NGÂN SÁCH Nhà Nước đạt 2.378 tỷ đồng – “vượt” KẾ HOẠCH…")
	f.Add("ǅ Ω \u0301 \xE1\xBB \xED\xA0\x80 \xF0\x9F\x98\x80 İ K Å")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lowerSameLen(s), refLower(s); got != want {
			t.Fatalf("lowerSameLen(%q) = %q, want %q", s, got, want)
		}
		for i := 0; i < len(s); i++ {
			if s[i] < utf8.RuneSelf {
				continue
			}
			r, n := decodeRune(s, i)
			if r2, n2 := utf8.DecodeRuneInString(s[i:]); r != r2 || n != n2 {
				t.Fatalf("decodeRune(%q, %d) = %U %d, want %U %d", s, i, r, n, r2, n2)
			}
			if isWordRune(r) != isWordRuneSlow(r) {
				t.Fatalf("isWordRune(%U) = %v", r, isWordRune(r))
			}
		}
		lower := lowerSameLen(s)
		if got, toks := lowerTokenize(s, nil); got != lower || !slices.Equal(toks, tokenize(lower, nil)) {
			t.Fatalf("lowerTokenize(%q) = %q %v, want %q %v", s, got, toks, lower, tokenize(lower, nil))
		}
		if got, want := tokenize(lower, nil), refTokenize(lower); !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q) = %v, want %v", lower, got, want)
		}
		for _, tk := range tokenize(lower, nil) {
			if tk.h != tokHash(tk.s) {
				t.Fatalf("token %q hashed %x, want %x", tk.s, tk.h, tokHash(tk.s))
			}
		}
	})
}

// TestWordRunes checks the table of isWordRune against its slow form.
func TestWordRunes(t *testing.T) {
	for r := range rune(0x3000) {
		if isWordRune(r) != isWordRuneSlow(r) {
			t.Errorf("isWordRune(%U) = %v", r, isWordRune(r))
		}
	}
}

// refTokenize is tokenize as first written, with the standard decoder.
func refTokenize(lower string) []tok {
	var toks []tok
	for i := 0; i < len(lower); {
		r, n := utf8.DecodeRuneInString(lower[i:])
		switch {
		case isWordRuneSlow(r):
			digit := '0' <= r && r <= '9'
			j := i + n
			for j < len(lower) {
				r2, n2 := utf8.DecodeRuneInString(lower[j:])
				if !isWordRuneSlow(r2) || ('0' <= r2 && r2 <= '9') != digit {
					break
				}
				j += n2
			}
			w := normWord(lower[i:j])
			toks = append(toks, newTok(w, i, j, true, isDigits(w)))
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

// TestIsUpperCase checks isUpperCase against the strings.ToUpper
// comparison it replaces.
func TestIsUpperCase(t *testing.T) {
	for _, s := range []string{
		"", "HUYỆN", "Huyện", "TP.HCM", "QUẬN 1", "ĐẮK LẮK", "đắk", "ß", "ǅ", "Ǆ", "\uFFFD", "A\xffB", "A\xe1\xbbB", "ÁO\u0301", "123", "-",
	} {
		if got, want := isUpperCase(s), s == strings.ToUpper(s); got != want {
			t.Errorf("isUpperCase(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsUpper checks the table of isUpper against unicode.IsUpper.
func TestIsUpper(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isUpper(r) != unicode.IsUpper(r) {
			t.Fatalf("isUpper(U+%04X) = %v", r, isUpper(r))
		}
	}
}

// TestListHeads checks isListHead with the heads found once against
// listHead at every token.
func TestListHeads(t *testing.T) {
	for _, s := range []string{
		"", ",", "Cũng trong năm, Thạch Thành thu 268 tỷ đồng, Cẩm Thủy 245,7 tỷ đồng",
		", , trong năm, riêng, còn Bác Ái 24,6%: Thuận Bắc 9,12%", "năm nay trong năm tiếp đến sau đó, thứ hai là",
		"của các địa phương: Bác Ái 24,6%; Thuận Bắc 9,12%", "trong năm", "riêng",
	} {
		toks := tokenize(lowerSameLen(s), nil)
		heads := listHeads(toks, nil)
		for i := range toks {
			if got, want := isListHead(toks, i, heads), listHead(toks, i); got != want {
				t.Errorf("%q at %d (%q): %v, want %v", s, i, toks[i].s, got, want)
			}
		}
	}
}

// TestTokRange checks tokRange's written-out searches against
// sort.Search at every byte range of a text.
func TestTokRange(t *testing.T) {
	s := "Năm 2024, thu ngân sách đạt 1.234 tỷ đồng (tăng 5%); chi 900 tỷ."
	toks := tokenize(lowerSameLen(s), nil)
	for from := -1; from <= len(s)+1; from++ {
		for to := from - 1; to <= len(s)+1; to++ {
			lo := sort.Search(len(toks), func(i int) bool { return toks[i].start >= from })
			hi := lo + sort.Search(len(toks)-lo, func(i int) bool { return toks[lo+i].end > to })
			if got := tokRange(toks, from, to); !slices.Equal(got, toks[lo:hi]) {
				t.Fatalf("tokRange(%d, %d) = %v, want %v", from, to, got, toks[lo:hi])
			}
		}
	}
}

// TestWordSet checks that a wordSet holds its words and no others: the
// words of a text, the members with a letter changed, cut or added.
func TestWordSet(t *testing.T) {
	members := []string{"năm", "tháng", "q", "h", "tx", "http", "đặc"}
	ws := newWordSet(members...)
	words := strings.Fields("Năm 2024 thu ngân sách q h hh qq tx txx t x ht http https www đặc đặ đ ă tháng thángg")
	for _, m := range members {
		words = append(words, m, m+"a", "a"+m, m[:len(m)-1], strings.ToUpper(m))
	}
	for _, w := range words {
		if got, want := ws.has(w), slices.Contains(members, w); got != want {
			t.Errorf("has(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLowerSameLen checks the one-walk lowerSameLen against the rule it
// implements, rune by rune: a rune is lowered when its lower case has the
// same length in UTF-8, else kept; invalid bytes are kept. Every rune up
// to U+2FFF is tried alone, between capitals, and cut short.
func TestLowerSameLen(t *testing.T) {
	ref := func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if l := lowerRune(r); l != r && utf8.RuneLen(l) == n {
				b.WriteRune(l)
			} else {
				b.WriteString(s[i : i+n])
			}
			i += n
		}
		return b.String()
	}
	check := func(s string) {
		t.Helper()
		if got, want := lowerSameLen(s), ref(s); got != want {
			t.Errorf("lowerSameLen(%q) = %q, want %q", s, got, want)
		}
	}
	for r := range rune(0x3000) {
		c := string(r)
		check(c)
		check("Ab" + c + "Ð")
		check("ab" + c[:len(c)-1])
		check(c[:len(c)-1] + "Z\xff")
	}
	for _, s := range []string{"", "đã", "ĐÃ HOÀN THÀNH 18/18 CHỈ TIÊU", "Huyện Ðầm Dơi", "İstanbul KELVIN \u212a", "\xe1\xba", "Thu\xc3"} {
		check(s)
	}
}

// TestSameWords checks sameWords, which walks the words, against the
// collapsed string it stands for.
func TestSameWords(t *testing.T) {
	for _, s := range []string{"", " ", "hộ nghèo", "hộ  nghèo", " hộ\tnghèo ", "hộ nghèo mới", "hộ", "hộnghèo", "hộ\u3000nghèo", "hộ nghè", "nghèo hộ", "hộ nghèo hộ nghèo", "x hộ nghèo"} {
		for _, w := range []string{"", "hộ nghèo", "hộ", "hộ nghèo mới"} {
			if got, want := sameWords(s, w), collapseSpace(s) == w; got != want {
				t.Errorf("sameWords(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestSameFoldedWords checks sameFoldedWords against the joined strings
// it stands for, and vnLetters against strings.ContainsAny.
func TestSameFoldedWords(t *testing.T) {
	names := [][]string{{"Thanh", "Hoá"}, {"Thanh", "Hoa"}, {"THANH", "HOÁ"}, {"Krông", "Pắc"}, {"Krong", "Pac"}, {"Thanh"}, {"Hoa"}, {"Ðầm", "Dơi"}, {"Đầm", "Dơi"}, {"hoa"}, {"dam", "doi"}, {"日本"}, {"\xff"}}
	for _, a := range names {
		for _, b := range names {
			x, y := strings.Join(a, " "), strings.Join(b, " ")
			if got, want := sameFoldedWords(a, b), x != y && sameFolded(x, y); got != want {
				t.Errorf("sameFoldedWords(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
		s := strings.Join(a, " ")
		want := s
		if strings.ContainsAny(s, "Ðð") {
			want = strings.NewReplacer("Ð", "Đ", "ð", "đ").Replace(s)
		}
		if got := vnLetters(s); got != want {
			t.Errorf("vnLetters(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"\xe1\xc3\x90", "ð", "Ã\x90", "\xc3"} {
		if got, want := vnLetters(s), strings.NewReplacer("Ð", "Đ", "ð", "đ").Replace(s); got != want {
			t.Errorf("vnLetters(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLowerTokenize checks lowerTokenize against lowerSameLen and
// tokenize: on every rune between letters, capitals and digits, on
// invalid and cut sequences, and on the lines of the seed articles.
func TestLowerTokenize(t *testing.T) {
	check := func(s string) {
		t.Helper()
		lower := lowerSameLen(s)
		want := tokenize(lower, nil)
		got, toks := lowerTokenize(s, nil)
		if got != lower || !slices.Equal(toks, want) {
			t.Fatalf("lowerTokenize(%q) = %q %v, want %q %v", s, got, toks, lower, want)
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		c := string(r)
		check("Ab" + c + "Cd 12" + c + "3 " + c + "Xy")
		check(c)
	}
	for _, s := range []string{"", "\xff", "\xe1\xbb", "Ả\xe1", "HÀ\xc3", "a\xed\xa0\x80B", "Q\xf0\x9f\x98", "ĐẢNG BỘ Huyện Ðầm Dơi: 2025Huyện"} {
		check(s)
	}
	for _, l := range seedLines(t) {
		check(l)
	}
}

// seedLines returns every line of the seed articles: real text to hold
// the fast paths' assumptions against.
func seedLines(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob("testdata/seeds/*.txt")
	var lines []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	return lines
}

// TestPrefixTokens checks what namedBefore assumes: the tokens of a line
// that end by a token's start are the tokens of the line cut there, on
// the lines of the seed articles.
func TestPrefixTokens(t *testing.T) {
	for _, l := range seedLines(t) {
		_, toks := lowerTokenize(l, nil)
		for _, at := range toks {
			got := tokRange(toks, 0, at.start)
			if want := tokenize(lowerSameLen(l[:at.start]), nil); !slices.Equal(got, want) {
				t.Fatalf("tokens of %q before %d: %v, want %v", l, at.start, got, want)
			}
		}
	}
}

// TestSpellingsStart checks what normWord assumes of spellings: every
// variant starts with k, t or q, and is 4 bytes at most unless it starts
// with q.
func TestSpellingsStart(t *testing.T) {
	for w := range spellings {
		if c := w[0]; c != 'k' && c != 't' && c != 'q' || c != 'q' && len(w) > 4 {
			t.Errorf("spelling %q: normWord would not look it up", w)
		}
	}
}

// TestOldToneKeys checks what normWord assumes of oldTone: every key is
// "o" or "u" and a rune of two bytes starting with C3 or of three
// starting with E1; and normWord against its first form.
func TestOldToneKeys(t *testing.T) {
	for k := range oldTone {
		r, n := utf8.DecodeRuneInString(k[1:])
		if k[0] != 'o' && k[0] != 'u' || r == utf8.RuneError || 1+n != len(k) || !(n == 2 && k[1] == 0xC3 || n == 3 && k[1] == 0xE1) {
			t.Errorf("oldTone key %q: normWord would not fold it", k)
		}
	}
	ref := func(w string) string {
		if len(w) < 3 {
			return w
		}
		if w[0] == 'q' || len(w) <= 4 {
			if rep, ok := spellings[w]; ok {
				return rep
			}
		}
		if w[len(w)-1] < utf8.RuneSelf {
			return w
		}
		_, n := utf8.DecodeLastRuneInString(w)
		head := w[:len(w)-n]
		if len(head) == 0 {
			return w
		}
		v := head[len(head)-1]
		if v != 'o' && v != 'u' {
			return w
		}
		if v == 'u' && len(head) >= 2 && head[len(head)-2] == 'q' {
			return w
		}
		if rep, ok := oldTone[w[len(head)-1:]]; ok {
			return head[:len(head)-1] + rep
		}
		return w
	}
	words := []string{"hoá", "thuỷ", "quý", "qúy", "kì", "tỉ", "hoà", "khoẻ", "thuý", "xoà", "oá", "\xc3\xa1", "o\xc3\xc3", "o\xe1\xba", "\xe1\xba\xa3", "ao\xe1\xba\xa3", "xo\xbaả", "hòa", "là", "tế"}
	for k := range oldTone {
		words = append(words, "h"+k, "qu"+k[1:], "t"+k+"\xff", k)
	}
	for _, w := range words {
		if got, want := normWord(w), ref(w); got != want {
			t.Errorf("normWord(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestLevelFirsts checks that the first words of the levels (levelsFrom)
// are the words isLevelFirst knows: matchLevel asks levelsFrom alone.
func TestLevelFirsts(t *testing.T) {
	for w := range levelsFrom {
		if !isLevelFirst(w) {
			t.Errorf("%q starts a level but isLevelFirst(%q) is false", w, w)
		}
	}
	for w := range levelFirsts.words {
		if _, ok := levelsFrom[w]; !ok {
			t.Errorf("isLevelFirst(%q) but no level starts with it", w)
		}
	}
}

func TestOfficialSpelling(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Tỉnh Khánh Hoà", "Tỉnh Khánh Hòa"},
		{"Huyện Hoằng Hoá", "Huyện Hoằng Hóa"},
		{"Xã Thuỷ Xuân Tiên", "Xã Thủy Xuân Tiên"},
		{"Phường Hoà Khánh Bắc", "Phường Hòa Khánh Bắc"},
		{"Huyện Ea H’leo", "Huyện Ea H'leo"},
		{"Huyện Cư M‘gar", "Huyện Cư M'gar"},
		// Already official, or no open syllable to fold: unchanged.
		{"Tỉnh Thanh Hóa", "Tỉnh Thanh Hóa"},
		{"Huyện Quỳ Châu", "Huyện Quỳ Châu"},
		{"Phường Mỹ Quý", "Phường Mỹ Quý"},
		{"Xã Hoàng Hoa Thám", "Xã Hoàng Hoa Thám"},
		// A misprint with two tones is left as printed, not made
		// into another misprint ("Hòòa").
		{"Thị xã Hòoà Thành", "Thị xã Hòoà Thành"},
	} {
		if got := officialSpelling(c.in); got != c.want {
			t.Errorf("officialSpelling(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A page that spells its unit both ways states a figure twice once, not
// twice: the name is made one before twins are compared.
func TestOfficialSpellingBeforeTwins(t *testing.T) {
	text := "UBND HUYỆN HOẰNG HOÁ\n\nKết quả thu ngân sách năm 2024\n\n" +
		"Năm 2024, thu ngân sách trên địa bàn huyện Hoằng Hoá đạt 185 tỷ đồng, bằng 110% dự toán.\n\n" +
		"Thu ngân sách trên địa bàn huyện Hoằng Hóa đạt 185 tỷ đồng."
	n := 0
	for _, f := range extractText("mix.txt", text) {
		if f.Indicator == "thu_ngan_sach" && f.Kind == facts.Actual {
			n++
			if f.Unit != "Huyện Hoằng Hóa" {
				t.Errorf("unit %q", f.Unit)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d actual revenue facts, want 1", n)
	}
}
