package document

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/diag"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// sentence has every Vietnamese tone mark and the letters Windows-1258
// writes precomposed (ă â đ ê ô ơ ư) and decomposed (ấ ệ ở ữ ỹ).
const sentence = "Thu ngân sách nhà nước ước đạt 2.378 tỷ đồng, bằng 118,5% so với cùng kỳ; Quận Hoàng Mai, Huyện Gia Lâm, Thị xã Quảng Yên, kinh tế tăng 10,74%; vỹ tuyến, giữ vững, ở, ấy, mệnh lệnh.\nDòng thứ hai: Đảng viên mới."

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding test input: %v", err)
	}
	return b
}

// encode1258 writes s in Windows-1258 the way Vietnamese Windows does: the
// code page has some letters precomposed (à, ô, Ă, ơ…) and the five tone
// marks as combining characters, so a letter it lacks (ấ, ệ, ở) is its base
// letter with circumflex, breve or horn composed, followed by the tone mark.
func encode1258(t testing.TB, s string) []byte {
	t.Helper()
	enc := charmap.Windows1258.NewEncoder()
	var out []byte
	for _, r := range norm.NFC.String(s) {
		if b, err := enc.Bytes([]byte(string(r))); err == nil {
			out = append(out, b...)
			continue
		}
		var base, tones []rune
		for _, d := range norm.NFD.String(string(r)) {
			switch d {
			case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
				tones = append(tones, d)
			default:
				base = append(base, d)
			}
		}
		out = append(out, encode(t, enc0, norm.NFC.String(string(base))+string(tones))...)
	}
	return out
}

var enc0 = charmap.Windows1258

var utf16LE = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)

func TestDecodeEncodings(t *testing.T) {
	want := sentence
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	cases := []struct {
		name string
		in   []byte
	}{
		{"utf8", []byte(sentence)},
		{"utf8 nfd", []byte(norm.NFD.String(sentence))},
		{"utf8 bom", append([]byte("\xEF\xBB\xBF"), sentence...)},
		{"utf8 crlf", []byte(strings.ReplaceAll(sentence, "\n", "\r\n"))},
		{"utf8 cr", []byte(strings.ReplaceAll(sentence, "\n", "\r"))},
		{"utf16le bom", append([]byte("\xFF\xFE"), encode(t, utf16le, sentence)...)},
		{"utf16be bom", append([]byte("\xFE\xFF"), encode(t, utf16be, sentence)...)},
		{"utf16le bom nfd crlf", append([]byte("\xFF\xFE"), encode(t, utf16le, norm.NFD.String(strings.ReplaceAll(sentence, "\n", "\r\n")))...)},
		{"utf16le no bom", encode(t, utf16le, sentence)},
		{"utf16be no bom", encode(t, utf16be, sentence)},
		{"windows-1258", encode1258(t, sentence)},
		{"windows-1258 crlf", encode1258(t, strings.ReplaceAll(sentence, "\n", "\r\n"))},
		// Truncated articles end in the middle of a character; the text is
		// still UTF-8, not Windows-1258.
		{"utf8 cut mid-character", []byte(sentence + "\n" + string([]byte("ấ")[:2]))},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Decode(c.in)
			if err != nil {
				t.Fatal(err)
			}
			w := want
			if strings.HasPrefix(c.name, "utf8 cut") {
				w += "\n"
			}
			if got != w {
				t.Errorf("got  %q\nwant %q", got, w)
			}
		})
	}
}

func TestDecodeRejectsBinary(t *testing.T) {
	cases := map[string][]byte{
		"nul in utf8":   []byte("abc\x00def ghi"),
		"control bytes": {0x01, 0x02, 0x03, 0x04, 'a', 0x05, 0x06},
		"random":        bytes.Repeat([]byte{0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x02, 0x9D}, 20),
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Decode(in)
			if err == nil {
				t.Fatal("no error")
			}
			checkVietnamese(t, err)
		})
	}
}

// checkVietnamese fails when an error's message has no Vietnamese text.
func checkVietnamese(t *testing.T, err error) {
	t.Helper()
	var p diag.Problem
	if !errors.As(err, &p) {
		t.Fatalf("%v is not a diag.Problem", err)
	}
	en := p.Message(diag.English())
	vi := p.Message(diag.Printer(language.Vietnamese))
	if en == vi {
		t.Errorf("no Vietnamese translation of %q", p.Format)
	}
}

func TestParseText(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"plain", "Dòng một\nDòng hai", "Dòng một\nDòng hai\n"},
		{"keeps inner spaces", "Thu  ngân\tsách   đạt", "Thu  ngân\tsách   đạt\n"},
		{"trailing spaces", "a  \nb\t \n", "a\nb\n"},
		{"blank runs", "a\n\nb\n\n\nc\n\n\n\n\n\nd", "a\n\nb\n\n\nc\n\n\nd\n"},
		{"leading and trailing blank lines", "\n\n  \na\n\n\n", "a\n"},
		{"nbsp", "2.378\u00A0tỷ\u00A0đồng", "2.378 tỷ đồng\n"},
		{"zero width and soft hyphen", "ngân\u200B sách\u00AD nhà\u200D nước\uFEFF", "ngân sách nhà nước\n"},
		{"zero width inside a letter", "to\u200B\u0301i", "tói\n"},
		{"form feed", "a\fb", "a\nb\n"},
		{"controls dropped", "Thu ngân sách\x07 đạt 2.378 tỷ đồng", "Thu ngân sách đạt 2.378 tỷ đồng\n"},
		{"empty", "", ""},
		{"only spaces", "  \n \n", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse("dir/a.txt", []byte(c.in))
			if err != nil {
				t.Fatal(err)
			}
			if d.Name != "a.txt" {
				t.Errorf("Name %q", d.Name)
			}
			if d.Text != c.want {
				t.Errorf("got  %q\nwant %q", d.Text, c.want)
			}
		})
	}
}

// TestNFCIdentity: the same text in NFC and NFD, in every encoding, must give
// byte-identical Text.
func TestNFCIdentity(t *testing.T) {
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	nfc, err := Parse("a.txt", []byte(sentence))
	if err != nil {
		t.Fatal(err)
	}
	if !norm.NFC.IsNormalString(nfc.Text) {
		t.Fatal("Text is not NFC")
	}
	for name, in := range map[string][]byte{
		"nfd":          []byte(norm.NFD.String(sentence)),
		"nfd utf16":    append([]byte("\xFF\xFE"), encode(t, utf16le, norm.NFD.String(sentence))...),
		"windows-1258": encode1258(t, sentence),
	} {
		d, err := Parse("a.txt", in)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.Text != nfc.Text {
			t.Errorf("%s: got %q, want %q", name, d.Text, nfc.Text)
		}
	}
}

func TestParseRejects(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		want string // in the English message
	}{
		{"pdf.txt", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "PDF"},
		{"old.doc", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"), ".doc"},
		{"renamed.docx", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"), ".doc"},
		{"a.txt", []byte("{\\rtf1\\ansi hello}"), "RTF"},
		{"a.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "image"},
		{"a.txt", []byte{0x1F, 0x8B, 0x08, 0x00}, "gzip"},
		{"a.txt", []byte("ELF\x7f\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00"), "binary"},
		{"a.docx", []byte("Thu ngân sách"), "not a zip"},
	}
	for _, c := range cases {
		t.Run(c.name+" "+c.want, func(t *testing.T) {
			_, err := Parse(c.name, c.in)
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, c.name+": ") || !strings.Contains(msg, c.want) {
				t.Errorf("got %q, want %q: …%s…", msg, c.name, c.want)
			}
			checkVietnamese(t, err)
		})
	}
}

func TestIsDocument(t *testing.T) {
	for path, want := range map[string]bool{
		"a.txt": true, "A.TXT": true, "b.text": true, "dir/c.htm": true, "c.HTML": true,
		"d.xhtml": true, "e.docx": true, "E.DocX": true,
		"f.jsonl": false, "f.json": false, "f.csv": false, "f.xlsx": false,
		"f.pdf": true, "f.doc": false, "noext": false, "txt": false, ".txt.csv": false,
	} {
		if got := IsDocument(path); got != want {
			t.Errorf("IsDocument(%q) = %v", path, got)
		}
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bài.txt")
	if err := os.WriteFile(path, encode1258(t, sentence), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "bài.txt" || d.Text != sentence+"\n" {
		t.Errorf("got %+v", d)
	}
	missing := filepath.Join(dir, "missing.txt")
	_, err = Read(missing)
	if err == nil || !strings.HasPrefix(err.Error(), missing+": ") {
		t.Errorf("missing file: %v", err)
	}
	if err != nil && strings.Count(err.Error(), missing) != 1 {
		t.Errorf("path repeated: %v", err)
	}
	checkVietnamese(t, err)
	if _, err := openFile(missing); err == nil {
		t.Error("openFile opened a missing file")
	} else if _, want := os.Open(missing); err.Error() != want.Error() {
		t.Errorf("openFile: %v, os.Open: %v", err, want)
	}
	if _, err := Read(dir); err == nil || !strings.HasPrefix(err.Error(), dir+": ") {
		t.Errorf("directory: %v", err)
	}
}

// TestSeeds reads the seed articles, which are UTF-8 NFC, and checks that
// their NFD and Windows-1258 forms read identically.
func TestSeeds(t *testing.T) {
	paths, _ := filepath.Glob("/work/shared/corpus/seeds/*.txt")
	if len(paths) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("no seed articles in /work/shared/corpus/seeds (CI=true)")
		}
		t.Skip("no seed articles: /work/shared/corpus/seeds is absent")
	}
	if len(paths) != 5 {
		t.Errorf("%d seed articles, want 5", len(paths))
	}
	for _, p := range paths {
		d, err := Read(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Text) < 500 || !strings.Contains(d.Text, "ngân sách") && !strings.Contains(d.Text, "kinh tế") {
			t.Errorf("%s: implausible text %.200q", p, d.Text)
		}
		raw, _ := os.ReadFile(p)
		for name, in := range map[string][]byte{
			"nfd":          []byte(norm.NFD.String(string(raw))),
			"windows-1258": encode1258(t, string(raw)),
		} {
			d2, err := Parse(d.Name, in)
			if err != nil {
				t.Fatalf("%s %s: %v", p, name, err)
			}
			if d2.Text != d.Text {
				t.Errorf("%s: %s form reads differently", p, name)
			}
		}
	}
}

// TestDecodeExcelCSV: the encodings Excel writes "CSV" and "Unicode text" in.
func TestDecodeExcelCSV(t *testing.T) {
	csv := "source,unit,indicator,year,kind,value,uom,evidence\r\n" +
		"a.txt,Quận Hoàng Mai,thu_ngan_sach,2023,actual,2378000000000,VND,\"Thu ngân sách\r\nđạt 2.378 tỷ đồng\"\r\n"
	want := strings.ReplaceAll(csv, "\r\n", "\n")
	tsv := strings.ReplaceAll(csv, ",", "\t")
	for name, c := range map[string]struct {
		in   []byte
		want string
	}{
		"utf-8 bom":             {append([]byte("\xEF\xBB\xBF"), csv...), want},
		"utf-16le bom (tab)":    {append([]byte("\xFF\xFE"), encode(t, utf16LE, tsv)...), strings.ReplaceAll(want, ",", "\t")},
		"windows-1258":          {encode1258(t, csv), want},
		"windows-1258 nfd-ish":  {encode1258(t, norm.NFD.String(csv)), want},
		"utf-8 nfd, no bom":     {[]byte(norm.NFD.String(csv)), want},
		"ascii only, semicolon": {[]byte("a;b\r\n1;2"), "a;b\n1;2"},
	} {
		got, err := Decode(c.in)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got != c.want {
			t.Errorf("%s: got %q\nwant %q", name, got, c.want)
		}
	}
}

// A fact file that is UTF-8 with a few bad bytes is refused line by line:
// guessing would change a unit's name. A whole file in Windows-1258 is
// still read.
func TestDecodeStrict(t *testing.T) {
	damaged := []byte("nguồn,đơn vị,mã chỉ tiêu\na.txt,Qu\xe1\xba\xadn Ho\xe0ng Mai\nb.txt,Qu\xe1\xba\xadn Long Bi\xean\nc.txt,Qu\xe1\xba\xadn \xff\xfe\n")
	_, ps := DecodeStrict(damaged)
	if len(ps) != 3 || ps[0].Line != 2 || ps[1].Line != 3 || ps[2].Line != 4 {
		t.Fatalf("damaged UTF-8: %v", ps)
	}
	if !strings.Contains(ps[0].Error(), "invalid UTF-8") {
		t.Errorf("message: %v", ps[0])
	}
	if _, ps := DecodeStrict(append([]byte("\xEF\xBB\xBF"), "unit\nHo\xe0ng"...)); len(ps) != 1 || ps[0].Line != 2 {
		t.Errorf("damaged UTF-8 after a BOM: %v", ps)
	}
	cp := []byte("unit\nQu\xe2n Ho\xe0ng Mai\n") // Windows-1258 throughout
	if s, ps := DecodeStrict(cp); ps != nil || s != "unit\nQuân Hoàng Mai\n" {
		t.Errorf("Windows-1258: %q %v", s, ps)
	}
	if s, ps := DecodeStrict([]byte("unit\nQuận Hoàng Mai\n")); ps != nil || s != "unit\nQuận Hoàng Mai\n" {
		t.Errorf("UTF-8: %q %v", s, ps)
	}
}

// Every line of Text knows where it is in the file: the editor's line for
// plain text, whatever blank lines and page breaks clean removed; the
// paragraph for HTML and DOCX.
func TestSourceLine(t *testing.T) {
	txt := "\n\nTiêu đề\n\n\n\n\nĐoạn một.\r\nĐoạn hai.\fTrang hai.\n"
	d, err := Parse("a.txt", []byte(txt))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(d.Text, "\n"), "\n")
	want := map[string]int{"Tiêu đề": 3, "Đoạn một.": 8, "Đoạn hai.": 9, "Trang hai.": 9}
	for i, l := range lines {
		if w, ok := want[l]; ok && d.SourceLine(i+1) != w {
			t.Errorf("%q: line %d, want %d", l, d.SourceLine(i+1), w)
		}
		delete(want, l)
	}
	if len(want) != 0 {
		t.Errorf("lines not in the text: %v (text %q)", want, d.Text)
	}
	h, err := Parse("a.html", []byte("<html><body>\n\n<h1>Tiêu đề</h1>\n<p>Đoạn một.</p>\n\n\n<p>Đoạn hai.</p></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	lines = strings.Split(strings.TrimSuffix(h.Text, "\n"), "\n")
	para := 0
	for i, l := range lines {
		if l == "" {
			continue
		}
		para++
		if h.SourceLine(i+1) != para {
			t.Errorf("HTML %q: paragraph %d, want %d", l, h.SourceLine(i+1), para)
		}
	}
	if para != 3 {
		t.Errorf("HTML paragraphs %d in %q", para, h.Text)
	}
	if (Document{Text: "a\nb\n"}).SourceLine(2) != 2 {
		t.Error("a Document literal maps lines to themselves")
	}
}

// TestReadAll: the whole input whatever the size hint (right, short, long,
// none) and however the reader delivers it.
func TestReadAll(t *testing.T) {
	text := strings.Repeat("Thu ngân sách đạt 2.378 tỷ đồng. ", 100)
	for _, hint := range []int{len(text), 0, 10, len(text) - 1, len(text) + 1, 10 * len(text)} {
		for name, r := range map[string]func() io.Reader{
			"whole":    func() io.Reader { return strings.NewReader(text) },
			"one byte": func() io.Reader { return iotest.OneByteReader(strings.NewReader(text)) },
			"half":     func() io.Reader { return iotest.HalfReader(strings.NewReader(text)) },
			"data EOF": func() io.Reader { return iotest.DataErrReader(strings.NewReader(text)) },
		} {
			got, err := readAll(nil, r(), hint, false)
			if err != nil || string(got) != text {
				t.Errorf("%s, hint %d: %d bytes, %v", name, hint, len(got), err)
			}
		}
	}
	// A regular file's size is right: its reads stop at that size.
	for name, r := range map[string]io.Reader{"whole": strings.NewReader(text), "one byte": iotest.OneByteReader(strings.NewReader(text)), "half": iotest.HalfReader(strings.NewReader(text))} {
		if got, err := readAll(make([]byte, 3, 7), r, len(text), true); err != nil || string(got) != text {
			t.Errorf("regular, %s: %d bytes, %v", name, len(got), err)
		}
	}
	if _, err := readAll(nil, iotest.ErrReader(io.ErrUnexpectedEOF), 0, false); err != io.ErrUnexpectedEOF {
		t.Errorf("a read error is returned, got %v", err)
	}
}

// TestRunesOver checks runesOver against utf8.RuneCountInString.
func TestRunesOver(t *testing.T) {
	for _, s := range []string{"", "abc", "Thu ngân sách đạt", strings.Repeat("đ", 200), strings.Repeat("a\xff", 90), strings.Repeat("\xe1\xbb", 100), strings.Repeat("😀", 41),
		strings.Repeat("\x80a", 100), strings.Repeat("ệ", 161), strings.Repeat("ệ", 160) + "\x80", strings.Repeat("Thu ngân sách đạt 12,5% ", 9)} {
		for _, n := range []int{0, 1, 2, 40, 41, 160, 161, 200, 400} {
			if got, want := runesOver(s, n), utf8.RuneCountInString(s) > n; got != want {
				t.Errorf("runesOver(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestNumberHeading checks the headings of a row-number column, and that
// the length cut before lowering keeps a heading written in capitals.
func TestNumberHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"STT": true, " Stt ": true, "SỐ THỨ TỰ": true, "Số TT": true, "\u212aTT": false,
		"Số thứ tự của các xã": false, strings.Repeat("STT ", 20): false, "": false,
	} {
		if got := numberHeading(s); got != want {
			t.Errorf("numberHeading(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCleanFinalLineEnd checks what parse relies on when it hands clean
// the decoded text with a final line end added (decodeUTF8's nl): plain
// text without one cleans to the same text and line numbers with it.
func TestCleanFinalLineEnd(t *testing.T) {
	for _, s := range []string{"a", "a  ", "a\nb", "a\n\n\n\nb", "a\n  ", "a\n\n", "\n\na\tb \t", " ", "Năm 2024\n\nhuyện đạt 18/18 chỉ tiêu."} {
		if s[len(s)-1] == '\n' || !isPlain(s) {
			continue
		}
		want, wantNums := cleanText(s, true, true)
		got, gotNums := cleanText(s+"\n", true, true)
		if got != want || !slices.Equal(gotNums, wantNums) {
			t.Errorf("cleanText(%q + newline) = %q %v, want %q %v", s, got, gotNums, want, wantNums)
		}
		d, _, nl := decodeUTF8([]byte(s))
		if d != s || nl != s+"\n" {
			t.Errorf("decodeUTF8(%q) = %q, nl %q", s, d, nl)
		}
	}
}

// TestPlainRunes checks that Parse says which texts are plain (isPlain)
// and that a Document whose Text was changed since says nothing.
func TestPlainRunes(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Thu ngân sách đạt 1.234 tỷ đồng – tăng 5%.\n\nHuyện Đông Anh", true},
		{"Thu ngân sa\u0301ch đạt 5%", false}, // a combining mark: NFC
		{"GDP 人均 tăng 5%", false},
		{"line\r\nend", false},
		{"", false},
	} {
		d, err := Parse("a.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		if got := d.PlainRunes(); got != tc.want {
			t.Errorf("Parse(%q).PlainRunes() = %v, want %v", tc.text, got, tc.want)
		}
		if d.PlainRunes() {
			d.Text += "人"
			if d.PlainRunes() {
				t.Errorf("PlainRunes still true after Text changed")
			}
		}
	}
}
