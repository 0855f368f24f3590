package vnnum

import (
	"errors"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFormat(t *testing.T) {
	cases := []struct {
		v    float64
		dec  int
		want string
	}{
		{4435.98, 2, "4.435,98"},
		{1842, 0, "1.842"},
		{1842.4, 0, "1.842"},
		{1842.5, 0, "1.843"},
		{-1842.5, 0, "-1.843"},
		{0.125, 2, "0,13"},
		{-0.125, 2, "-0,13"},
		{2.675, 2, "2,68"},
		{999.995, 2, "1.000,00"},
		{9.5, 0, "10"},
		{0, 2, "0,00"},
		{-0.001, 2, "0,00"},
		{1651346000000, 0, "1.651.346.000.000"},
		{10.74, 2, "10,74"},
		{10.74, 1, "10,7"},
		{105, 1, "105,0"},
		{123456.789, 3, "123.456,789"},
		{0.5, 0, "1"},
		{-0.4, 0, "0"},
		{12.5, -1, "12,5"},
		{1e21, 0, "1.000.000.000.000.000.000.000"},
	}
	for _, c := range cases {
		if got := Format(c.v, c.dec); got != c.want {
			t.Errorf("Format(%v, %d) = %q, want %q", c.v, c.dec, got, c.want)
		}
	}
	if got := Format(math.NaN(), 2); got != "NaN" {
		t.Errorf("Format(NaN) = %q", got)
	}
}

func TestParseDecimal(t *testing.T) {
	good := map[string]float64{
		"4.435,98": 4435.98, "1.651": 1651, "10,74": 10.74, "01": 1, "0,77": 0.77,
		"115.075,8": 115075.8, "1,888": 1.888, "-1.842": -1842, "−5,5": -5.5, " 22.466 ": 22466,
		"2024": 2024, "1.000.000": 1e6, "+3": 3, "12345678901234567890123": 12345678901234567890123,
	}
	for in, want := range good {
		got, err := ParseDecimal(in)
		if err != nil || !near(got, want) {
			t.Errorf("ParseDecimal(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-", "2.5", "1,888,000", "1234.567", "1.2345", "5%", "abc", "5 tỷ", "1.000,", ",5", "1..000"} {
		if got, err := ParseDecimal(in); err == nil || !errors.Is(err, ErrNotFigure) {
			t.Errorf("ParseDecimal(%q) = %v, %v; want ErrNotFigure", in, got, err)
		}
	}
}

func TestFormatParseRoundTrip(t *testing.T) {
	vals := []float64{0, 1, -1, 0.5, 4435.98, 1651346, 123456789.12, -98765.4321, 1e15, 0.0001, 3.14159}
	for _, v := range vals {
		for dec := 0; dec <= 4; dec++ {
			s := Format(v, dec)
			got, err := ParseDecimal(s)
			if err != nil {
				t.Fatalf("ParseDecimal(Format(%v, %d) = %q): %v", v, dec, s, err)
			}
			if math.Abs(got-v) > 0.5*math.Pow(10, -float64(dec))*(1+1e-9) {
				t.Errorf("round trip %v dec %d: %q -> %v", v, dec, s, got)
			}
			if s2 := Format(got, dec); s2 != s {
				t.Errorf("Format(ParseDecimal(%q)) = %q", s, s2)
			}
		}
	}
}

func TestWords(t *testing.T) {
	cases := map[int64]string{
		0:               "không",
		1:               "một",
		10:              "mười",
		11:              "mười một",
		15:              "mười lăm",
		21:              "hai mươi mốt",
		24:              "hai mươi tư",
		25:              "hai mươi lăm",
		34:              "ba mươi tư",
		55:              "năm mươi lăm",
		100:             "một trăm",
		105:             "một trăm linh năm",
		110:             "một trăm mười",
		111:             "một trăm mười một",
		1000:            "một nghìn",
		1005:            "một nghìn không trăm linh năm",
		1010:            "một nghìn không trăm mười",
		1021:            "một nghìn không trăm hai mươi mốt",
		2025:            "hai nghìn không trăm hai mươi lăm",
		15000:           "mười lăm nghìn",
		1000000:         "một triệu",
		1200000:         "một triệu hai trăm nghìn",
		1000000005:      "một tỷ không trăm linh năm",
		1651346000000:   "một nghìn sáu trăm năm mươi mốt tỷ ba trăm bốn mươi sáu triệu",
		115075897000000: "một trăm mười lăm nghìn không trăm bảy mươi lăm tỷ tám trăm chín mươi bảy triệu",
		-21:             "âm hai mươi mốt",
	}
	for n, want := range cases {
		if got := Words(n); got != want {
			t.Errorf("Words(%d) = %q, want %q", n, got, want)
		}
	}
	if got := Words(math.MinInt64); !strings.HasPrefix(got, "âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ") || !strings.HasSuffix(got, "tám trăm linh tám") {
		t.Errorf("Words(MinInt64) = %q", got)
	}
}

// Parse reads back what Words writes.
func TestWordsParseRoundTrip(t *testing.T) {
	ns := []int64{1, 5, 10, 14, 15, 20, 21, 24, 25, 99, 100, 101, 104, 105, 110, 115, 999, 1000, 1001, 1005, 1010, 1100,
		2025, 9999, 10000, 15015, 100000, 123456, 1000000, 1000001, 1234567, 999999999, 1000000000, 1000000005,
		1651346000000, 115075897000000, 987654321012}
	for _, n := range ns {
		s := Words(n)
		a, err := Parse(s)
		if err != nil {
			t.Errorf("Parse(Words(%d) = %q): %v", n, s, err)
			continue
		}
		if a.Value != float64(n) {
			t.Errorf("Parse(%q) = %v, want %d", s, a.Value, n)
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, tc := range scanCases {
		f.Add(tc.in)
	}
	for _, s := range []string{"", "\xff\xfe", "5.", "5,", "1.", "từ", "từ 5 đến", "hơn", "1 tỷ 2", "9 nghìn tỷ tỷ",
		"99999999999999999999999999.999", "1/", "1/0", "1-", "12:3", "31/12/", "một trăm linh", "mươi", "e\u0301 5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Scan(s)
		checkInvariants(t, s, got)
		prefix := []Amount{{Value: 1}}
		if more := ScanAppend(prefix, s); len(more) != len(got)+1 || more[0] != prefix[0] || !slices.Equal(more[1:], got) {
			t.Fatalf("ScanAppend(%q) = %v, want %v after the prefix", s, more, got)
		}
	})
}

// TestMayStartNumber: every word a number in words starts with passes the
// filter Scan puts before the map.
func TestMayStartNumber(t *testing.T) {
	n := 0
	for w, nw := range numIndex {
		if nw.kind == wDigit || nw.kind == wMuoi10 {
			n++
			if !mayStartNumber(w) {
				t.Errorf("%q may start a number", w)
			}
		}
	}
	if n < 30 {
		t.Errorf("only %d start words", n)
	}
}

func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.in)
	}
	for _, s := range parseBad {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse(s)
		if err != nil {
			return
		}
		lo, hi := trimSpace(s)
		if a.Start != lo || a.End != hi || a.NumStart < a.Start || a.NumStart >= a.End {
			t.Fatalf("Parse(%q) offsets %+v", s, a)
		}
		// a parsed figure is also what Scan finds in the same text
		as := Scan(s)
		if len(as) == 0 {
			return // bare number words: Parse reads them, Scan does not
		}
		if v, err := ParseDecimal(s); err == nil && !near(v, a.Value) {
			t.Fatalf("Parse(%q) = %v but ParseDecimal = %v", s, a.Value, v)
		}
	})
}

func BenchmarkScan(b *testing.B) {
	data, err := os.ReadFile("testdata/002_231455aad9621628.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(Scan(text))
	}
	if n == 0 {
		b.Fatal("no figures in the benchmark text")
	}
}

func FuzzFormat(f *testing.F) {
	for _, v := range []float64{0, 4435.98, -1842.5, 0.125, 2.675, 999.995, 1e15, -1e-9} {
		f.Add(v, uint8(2))
	}
	f.Fuzz(func(t *testing.T, v float64, dec uint8) {
		d := int(dec % 7)
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) >= 1e20 {
			return
		}
		s := Format(v, d)
		got, err := ParseDecimal(s)
		if err != nil {
			t.Fatalf("ParseDecimal(Format(%v, %d) = %q): %v", v, d, s, err)
		}
		// within half a unit of the last decimal, plus float noise
		if math.Abs(got-v) > 0.5*math.Pow(10, -float64(d))+1e-12*math.Abs(v)+1e-300 {
			t.Fatalf("Format(%v, %d) = %q reads back as %v", v, d, s, got)
		}
	})
}

// TestIsLetter checks isLetter's table and ranges against its definition
// for every rune.
func TestIsLetter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		want := unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
		switch {
		case r < 0x80:
			want = r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		case r >= 0xC0 && r <= 0x24F:
			want = r != 0xD7 && r != 0xF7 // × and ÷
		}
		if got := isLetter(r); got != want {
			t.Fatalf("isLetter(%U) = %v, want %v", r, got, want)
		}
	}
}

// FuzzLettersEnd checks lettersEnd's inline decoding against utf8's.
func FuzzLettersEnd(f *testing.F) {
	f.Add("Thực hiện ước đạt")
	f.Add("a\xE1\xBB\xE1\xBA\xA1\xC3\x28\xDF\xBF\xE1\x80\x80ǅ")
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			want := i
			for want < len(s) {
				r, n := utf8.DecodeRuneInString(s[want:])
				if !isLetter(r) {
					break
				}
				want += n
			}
			if got := lettersEnd(s, i); got != want {
				t.Fatalf("lettersEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}
