package document

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/diag"
)

// makePDF writes a PDF of one page per content stream, with one font F1
// whose ToUnicode maps each two-byte code to the Unicode code point of the
// same value (a Type0 font as Word and browsers write them) and a font F2
// with WinAnsi codes and no ToUnicode. Glyphs are 500 units wide.
func makePDF(t testing.TB, pages ...string) []byte {
	t.Helper()
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end"
	tu := add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(cmap), cmap))
	desc := add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >> ")
	f1 := add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", desc, tu))
	f2 := add("<< /Type /Font /Subtype /TrueType /BaseFont /Y /FirstChar 32 /LastChar 32 /Widths [250] /Encoding /WinAnsiEncoding >>")
	img := add("<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x00\nendstream")
	pagesID := len(objs) + 1 + 2*len(pages)
	var kids []string
	for _, c := range pages {
		cs := add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(c), c))
		p := add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> /XObject << /Im %d 0 R >> >> >>", pagesID, cs, f1, f2, img))
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
	}
	add(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)))
	catalog := add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesID))
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, catalog, x)
	return b.Bytes()
}

// utf16Hex is text as the hex string of F1's two-byte codes.
func utf16Hex(s string) string {
	var b strings.Builder
	b.WriteByte('<')
	for _, r := range s {
		fmt.Fprintf(&b, "%04X", r)
	}
	b.WriteByte('>')
	return b.String()
}

// show places text at (x, y) in F1 at size 10.
func show(x, y float64, s string) string {
	return fmt.Sprintf("BT /F1 10 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, utf16Hex(s))
}

func TestPDFText(t *testing.T) {
	// A title, a paragraph wrapped over two lines, and a table ruled by
	// horizontal lines (as LibreOffice draws one) with a cell of two lines.
	var c strings.Builder
	c.WriteString(show(50, 800, "UBND HUYỆN ĐÔNG ANH"))
	// 500-unit glyphs at size 10 are 5 pt wide: 100 glyphs fill 500 pt.
	c.WriteString(show(50, 780, strings.Repeat("a", 49)+" "+strings.Repeat("b", 50)))
	c.WriteString(show(50, 768, "cc dd."))
	// Rules as Word draws them: thin filled rectangles, several in one
	// path, each row border in two pieces.
	for _, y := range []float64{740, 720, 700, 670} {
		fmt.Fprintf(&c, "%g %g %g %g re %g %g %g %g re f\n", 50.0, y, 250.0, 0.5, 300.0, y, 250.0, 0.5)
	}
	c.WriteString(show(55, 727, "Chỉ tiêu"))
	c.WriteString(show(300, 727, "KH 2024"))
	c.WriteString(show(55, 707, "Thu ngân sách"))
	c.WriteString(show(300, 707, "1.550"))
	c.WriteString(show(55, 688, "Chi ngân sách"))
	c.WriteString(show(55, 676, "(tỷ đồng)"))
	c.WriteString(show(300, 682, "900"))
	// Word's fake bold: the same glyphs drawn twice, a hair apart.
	c.WriteString(show(50, 640, "Hết"))
	c.WriteString(show(50.2, 640, "Hết"))
	d, err := Parse("a.pdf", makePDF(t, c.String()))
	if err != nil {
		t.Fatal(err)
	}
	want := "UBND HUYỆN ĐÔNG ANH\n" + strings.Repeat("a", 49) + " " + strings.Repeat("b", 50) + " cc dd.\n\nChỉ tiêu | KH 2024\nThu ngân sách | 1.550\nChi ngân sách (tỷ đồng) | 900\n\nHết\n"
	if d.Text != want {
		t.Errorf("text:\n%q\nwant:\n%q", d.Text, want)
	}
	got := sketch(d)
	wantB := "L1 UBND HUYỆN ĐÔNG ANH\nL2 " + strings.Repeat("a", 49) + " " + strings.Repeat("b", 50) + " cc dd.\nL4 Tpdf cols=2\n  L4 [0]Chỉ tiêu [1]KH 2024\n  L5 [0]Thu ngân sách [1]1.550\n  L6 [0]Chi ngân sách/(tỷ đồng) [1]900\nL8 Hết\n"
	if got != wantB {
		t.Errorf("blocks:\n%s\nwant:\n%s", got, wantB)
	}
	checkText(t, d.Text)
	checkBlocks(t, d)
}

func TestPDFHeaderPastRightRule(t *testing.T) {
	// The last column's header is wider than the column and runs past the
	// table's right rule (LibreOffice draws it so when a word does not
	// wrap): it is still the table's header, not a paragraph after it.
	var c strings.Builder
	for _, y := range []float64{740, 720, 700, 680} {
		fmt.Fprintf(&c, "%g %g %g %g re f\n", 50.0, y, 300.0, 0.5)
	}
	c.WriteString(show(55, 727, "Chỉ tiêu"))
	c.WriteString(show(300, 727, "Kế hoạch năm 2024"))
	c.WriteString(show(55, 707, "Thu ngân sách"))
	c.WriteString(show(300, 707, "1.550"))
	c.WriteString(show(55, 687, "Chi ngân sách"))
	c.WriteString(show(300, 687, "900"))
	d, err := Parse("a.pdf", makePDF(t, c.String()))
	if err != nil {
		t.Fatal(err)
	}
	got := sketch(d)
	want := "L1 Tpdf cols=2\n  L1 [0]Chỉ tiêu [1]Kế hoạch năm 2024\n  L2 [0]Thu ngân sách [1]1.550\n  L3 [0]Chi ngân sách [1]900\n"
	if got != want {
		t.Errorf("blocks:\n%s\nwant:\n%s", got, want)
	}
	checkBlocks(t, d)
}

func TestPDFProblems(t *testing.T) {
	scanned := makePDF(t, "q 595 0 0 842 0 0 cm /Im Do Q\n")
	enc := bytes.Replace(makePDF(t, show(50, 800, "x")), []byte("/Root"), []byte("/Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >> /ID [<00><00>] /Root"), 1)
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"scanned", scanned, "a scanned PDF"},
		{"empty page", makePDF(t, ""), "no text"},
		{"truncated", makePDF(t, show(50, 800, "x"))[:200], "damaged PDF"},
		{"bomb", []byte("%PDF-1.4\n1 0 obj << /Size 99999999999 >> endobj\n%%EOF\n"), "hostile"},
		{"encrypted", enc, "PDF"},
		{"not a pdf", []byte("hello"), "not a PDF"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("a.pdf", c.data)
			var p diag.Problem
			if !errors.As(err, &p) || p.File != "a.pdf" || !strings.Contains(p.Error(), c.want) {
				t.Fatalf("error %v, want a Problem about a.pdf saying %q", err, c.want)
			}
		})
	}
}

// TestPDFLibreOffice reads the table corpus's PDFs (LibreOffice output):
// every row of their tables as the gold quotes it.
func TestPDFLibreOffice(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "tables")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(paths) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("no PDFs in ../shared/corpus/tables")
		}
		t.Skip("no ../shared/corpus/tables")
	}
	gold, err := os.ReadFile(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		d, err := Read(p)
		if err != nil {
			t.Fatal(err)
		}
		checkBlocks(t, d)
		rows := map[string]bool{}
		for _, b := range d.Blocks {
			if b.Table != nil {
				for _, r := range b.Table.Rows {
					rows[r.Print] = true
				}
			}
		}
		for _, line := range strings.Split(string(gold), "\n") {
			if !strings.Contains(line, filepath.Base(p)) {
				continue
			}
			i := strings.Index(line, `"evidence": "`)
			if i < 0 {
				continue
			}
			ev := line[i+len(`"evidence": "`):]
			ev = ev[:strings.LastIndex(ev, `"`)]
			if !rows[ev] {
				t.Errorf("%s: no table row prints %q", filepath.Base(p), ev)
			}
		}
	}
}

func FuzzPDF(f *testing.F) {
	f.Add(makePDF(f, show(50, 800, "Thu ngân sách 1.550 tỷ đồng")+"50 700 m 550 700 l S 50 690 500 0.5 re f\n"))
	f.Add(makePDF(f, "BT /F2 12 Tf 10 TL (abc) ' [(x) -300 (y)] TJ 1 2 (z) \" ET BI /W 1 /H 1 ID \x00\xff EI q 1 0 0 1 5 5 cm Q\n"))
	f.Add(makePDF(f, "q 595 0 0 842 0 0 cm /Im Do Q\n"))
	f.Add([]byte("%PDF-1.4\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<20 {
			return
		}
		d, err := Parse("a.pdf", data)
		if err != nil {
			var p diag.Problem
			if !errors.As(err, &p) || p.File != "a.pdf" {
				t.Fatalf("error %v is not a Problem about a.pdf", err)
			}
			return
		}
		checkText(t, d.Text)
		checkBlocks(t, d)
	})
}

// reportPage is one page of a generated report: a heading, a paragraph of
// 12 lines and a ruled table of 20 rows.
func reportPage(n int) string {
	var c strings.Builder
	c.WriteString(show(50, 800, fmt.Sprintf("Trang %d: Báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội", n)))
	for i := range 12 {
		c.WriteString(show(50, 780-float64(i)*12, "Thu ngân sách nhà nước trên địa bàn ước đạt 1.550 tỷ đồng, bằng 105% dự toán, tăng 12,4% so với cùng kỳ;"))
	}
	for i := range 21 {
		y := 620 - float64(i)*20
		fmt.Fprintf(&c, "50 %g m 550 %g l S\n", y, y)
		if i < 20 {
			c.WriteString(show(55, y-13, fmt.Sprintf("%d. Chỉ tiêu số %d", i+1, i+1)))
			c.WriteString(show(300, y-13, "1.234,5"))
			c.WriteString(show(420, y-13, "105,2"))
		}
	}
	return c.String()
}

// BenchmarkParsePDF reads a generated 50-page report (text and ruled
// tables, two-byte ToUnicode fonts as Word writes them) and reports pages
// per second.
func BenchmarkParsePDF(b *testing.B) {
	var pages []string
	for i := range 50 {
		pages = append(pages, reportPage(i+1))
	}
	data := makePDF(b, pages...)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("a.pdf", data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(50*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkParsePDFCorpus reads the LibreOffice PDFs of the table corpus.
func BenchmarkParsePDFCorpus(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "tables", "*.pdf"))
	if len(paths) == 0 {
		b.Skip("no ../shared/corpus/tables")
	}
	var files [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range files {
			if _, err := Parse("a.pdf", data); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(files)*b.N)/b.Elapsed().Seconds(), "pages/s")
}
