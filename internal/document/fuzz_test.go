package document

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/diag"
	"golang.org/x/text/unicode/norm"
)

// checkText fails unless s keeps Document.Text's promises.
func checkText(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8: %q", s)
	}
	if !norm.NFC.IsNormalString(s) {
		t.Fatalf("not NFC: %q", s)
	}
	if strings.ContainsAny(s, "\r\u00A0\u200B\u00AD\uFEFF\x00") {
		t.Fatalf("CR, NBSP, zero-width, soft hyphen, BOM or NUL left: %q", s)
	}
	if s != "" && (!strings.HasSuffix(s, "\n") || strings.HasPrefix(s, "\n")) {
		t.Fatalf("blank lines at the ends or no final newline: %q", s)
	}
	if strings.Contains(s, strings.Repeat("\n", maxBlankLines+2)) {
		t.Fatalf("more than %d blank lines in a row: %q", maxBlankLines, s)
	}
	for line := range strings.SplitSeq(s, "\n") {
		if strings.TrimRight(line, " \t") != line {
			t.Fatalf("trailing space: %q", line)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("a.txt", []byte(sentence))
	f.Add("a.txt", encode1258(f, sentence))
	f.Add("a.txt", append([]byte("\xFF\xFE"), encode(f, utf16LE, sentence)...))
	f.Add("a.html", []byte(`<!DOCTYPE html><html><head><meta charset="windows-1258"></head><body><nav>x</nav><table><tr><td>Thu</td><td>2.378</td></tr></table><p>a&nbsp;b</p></body></html>`))
	f.Add("a.html", []byte("<p>a<br>b<div class=menu>c</div>"))
	f.Add("a.docx", makeDocx(f, `<w:p><w:r><w:t>a</w:t><w:tab/><w:br/></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:del><w:r><w:delText>c</w:delText></w:r></w:del>`))
	f.Add("a.docx", []byte("PK\x05\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"))
	f.Add("a.txt", []byte("%PDF-1.4"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		switch {
		case strings.HasSuffix(name, ".html"), strings.HasSuffix(name, ".docx"), strings.HasSuffix(name, ".txt"):
		default:
			name = "a.txt"
		}
		d, err := Parse(name, data)
		if err != nil {
			var p diag.Problem
			if !errors.As(err, &p) || p.File != name {
				t.Fatalf("error %v is not a Problem about %s", err, name)
			}
			return
		}
		checkText(t, d.Text)
		checkBlocks(t, d)
		// Text read again as plain text is itself, unless it now looks
		// like another format (a page that spelled out "<html>" in text).
		if looksHTML(d.Text) {
			return
		}
		again, err := Parse("b.txt", []byte(d.Text))
		if err == nil && again.Text != d.Text {
			t.Fatalf("not stable:\n%q\n%q", d.Text, again.Text)
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(sentence))
	f.Add([]byte(norm.NFD.String(sentence)))
	f.Add(encode1258(f, sentence))
	f.Add(append([]byte("\xFF\xFE"), encode(f, utf16LE, sentence)...))
	f.Add(encode(f, utf16LE, sentence))
	f.Add(append([]byte("\xEF\xBB\xBF"), "a;b\r\n1;2\r\n"...))
	f.Add([]byte("abc\xE1\xBB"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode(data)
		if err != nil {
			return
		}
		if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) || strings.Contains(s, "\r") {
			t.Fatalf("Decode(%q) = %q: not NFC UTF-8 with LF line ends", data, s)
		}
		if strings.HasPrefix(s, "\uFEFF") {
			return // a second BOM is text and stays; the next Decode drops it
		}
		again, err := Decode([]byte(s))
		if err != nil || again != s {
			t.Fatalf("Decode not stable on its output %q: %q, %v", s, again, err)
		}
	})
}

// FuzzTextTables checks that table recognition in plain text keeps the
// blocks' promises (in order, on their lines, cells inside the grid) and
// never panics, whatever the lines.
func FuzzTextTables(f *testing.F) {
	f.Add("Chỉ tiêu\tĐVT\t2023\nThu\tTỷ đồng\t1.200\n")
	f.Add("| a | b |\n|---|---|\n| 1 | 2 |\n")
	f.Add("STT\n\nChỉ tiêu\n\nKH\n\nI\n\nThu\n\n1,200\n\n1\n\nChi\n\n900\n\n2\n\nVốn\n\n0\n\n3\n\nKhác\n\n5\n")
	f.Add("a | b\n\t\n1\t2\n-\n\n-\n\n-\n")
	f.Add("TT  Chỉ tiêu   ĐVT    KH\n          tính\n1   Thu        Tỷ     1.200\n    ngân sách  đồng\n2   Chi        %      (9)=(7)/(4)\n3   Vốn        Tr.đ   2.500\nTT  Chỉ tiêu   ĐVT    KH\n")
	f.Fuzz(func(t *testing.T, text string) {
		s, _ := clean(text, true)
		d := Structure(Document{Text: s})
		checkBlocks(t, d)
	})
}

// FuzzClean checks clean's fast path for plain text against the general
// path: the same Text and lines, and plain text is in NFC with every
// neighbour.
func FuzzClean(f *testing.F) {
	f.Add(sentence + "\n\n\n\nĐoạn hai.  \n\t\n")
	f.Add("\n\nTiêu đề – “trích dẫn” …\nThu 2.378 tỷ ₫\n")
	f.Add("a\u0301 to\u200Bi\r\nb\fc")
	f.Add("Thu ngân sách\x07 đạt\u00A0 2.378")
	f.Add("\xE0\x80\xAF \xC0\xAF \xE2\x84\xA2 \xED\xA0\x80 \xE1\xBB")
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range []int{0, 3, 20, 160} {
			if got, want := runesOver(s, n), utf8.RuneCountInString(s) > n; got != want {
				t.Fatalf("runesOver(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
		plain := isPlain(s)
		for _, byLine := range []bool{true, false} {
			got, gotNums := cleanText(s, byLine, plain)
			want, wantNums := cleanText(s, byLine, false)
			if got != want || !slices.Equal(gotNums, wantNums) {
				t.Fatalf("clean(%q, %v): plain %v gives %q %v, want %q %v", s, byLine, plain, got, gotNums, want, wantNums)
			}
		}
		if plain && (!utf8.ValidString(s) || !norm.NFC.IsNormalString(s) || isBinary(s) || strings.ContainsRune(s, '\r')) {
			t.Fatalf("isPlain(%q) but it is not valid NFC, is binary or has CR", s)
		}
		if plain != refPlain(s) {
			t.Fatalf("isPlain(%q) = %v, want %v", s, plain, !plain)
		}
	})
}

// refPlain is isPlain written with the standard decoder.
func refPlain(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r < 0x20 && r != '\t' && r != '\n' || r == 0x7F {
				return false
			}
			continue
		}
		if int(r) >= len(inert) || !inert[r] {
			return false
		}
	}
	return true
}

// TestInert checks the inert table against NFC: a string of inert runes
// is in NFC (tried on each inert rune beside the letters, marks and
// punctuation of Vietnamese text), and combining marks, invisible and
// no-break characters are not inert.
func TestInert(t *testing.T) {
	neighbours := []rune{'a', 'o', 'ơ', 'ệ', 'Đ', 'ỹ', ' ', '1', '–', '“', '₫'}
	n := 0
	for r := range rune(len(inert)) {
		if !inert[r] {
			continue
		}
		n++
		for _, nb := range neighbours {
			if !inert[nb] {
				t.Fatalf("%q is not inert", nb)
			}
			for _, pair := range []string{string(r) + string(nb), string(nb) + string(r)} {
				if !norm.NFC.IsNormalString(pair) {
					t.Errorf("%q (U+%04X beside U+%04X) is not NFC", pair, r, nb)
				}
			}
		}
	}
	for _, r := range []rune{'\u0301', '\u0323', '\u0300', '\u00A0', '\u200B', '\u00AD', '\u2028', '\u0085', '\u2000', '\u2001', 0x80, '\u0340', '\u0374'} {
		if inert[r] {
			t.Errorf("U+%04X should not be inert", r)
		}
	}
	if n < 1000 {
		t.Errorf("only %d inert runes", n)
	}
}
