package document

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// makeZip builds a zip archive of name → content, stored or deflated.
func makeZip(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range sortedKeys(files) {
		f, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(files[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

// makeDocx wraps body XML in a minimal DOCX.
func makeDocx(t testing.TB, body string) []byte {
	return makeZip(t, map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wordNS + `><w:body>` + body + `</w:body></w:document>`,
	})
}

func TestParseDOCX(t *testing.T) {
	cases := []struct {
		name, body, want string
	}{
		{"paragraphs and runs",
			`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Thu ngân sách </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">đạt  105% </w:t></w:r><w:r><w:t>dự toán.</w:t></w:r></w:p>
<w:p><w:r><w:t>Kinh tế</w:t><w:tab/><w:t>tăng 10,74%</w:t></w:r></w:p>`,
			"Thu ngân sách đạt  105% dự toán.\nKinh tế\ttăng 10,74%\n"},
		{"breaks", `<w:p><w:r><w:t>một</w:t><w:br/><w:t>hai</w:t><w:cr/><w:t>ba</w:t></w:r></w:p>`, "một\nhai\nba\n"},
		{"empty paragraphs collapse", `<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p/><w:p/><w:p/><w:p/><w:p/><w:p><w:r><w:t>b</w:t></w:r></w:p>`, "a\n\n\nb\n"},
		{"tracked changes", `<w:p><w:r><w:t>Thu ngân sách đạt </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>2.000</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>2.378</w:t></w:r></w:ins><w:r><w:t> tỷ đồng</w:t></w:r></w:p>`,
			"Thu ngân sách đạt 2.378 tỷ đồng\n"},
		{"moved text", `<w:p><w:moveFrom w:id="3"><w:r><w:t>cũ </w:t></w:r></w:moveFrom><w:r><w:t>mới</w:t></w:r></w:p>`, "mới\n"},
		{"fields", `<w:p><w:r><w:t>Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE \* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
			"Trang 3\n"},
		{"table", `<w:p><w:r><w:t>Bảng 1</w:t></w:r></w:p><w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>Chỉ tiêu</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Năm 2024</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Thu ngân sách</w:t></w:r></w:p><w:p><w:r><w:t>(tỷ đồng)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1.550</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>10,74%</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>Sau bảng</w:t></w:r></w:p>`,
			"Bảng 1\nChỉ tiêu | Năm 2024\nThu ngân sách (tỷ đồng) | 1.550\n | 10,74%\n\nSau bảng\n"},
		{"hidden text", `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>Thu </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn </w:t><w:tab/></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>ngân </w:t></w:r><w:r><w:rPr><w:rPrChange w:id="1"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>sách</w:t></w:r></w:p>`,
			"Thu ngân sách\n"},
		{"text box once", `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Đoạn</w:t></w:r></w:p>`,
			"Hộp chữ\nĐoạn\n"},
		{"word markup around text", `<w:p w:rsidR="00A1" w:rsidRDefault="00B2"><w:pPr><w:pStyle w:val="Heading1"/><w:jc w:val="both"/></w:pPr><w:bookmarkStart w:id="0" w:name="_Toc1"/><w:r w:rsidRPr="00C3"><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:lang w:val="vi-VN"/></w:rPr><w:lastRenderedPageBreak/><w:t>Thu</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve"> ngân</w:t></w:r><w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/><w:hyperlink r:id="rId5" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t xml:space="preserve"> sách</w:t></w:r></w:hyperlink><w:r><w:softHyphen/><w:t xml:space="preserve"> đạt</w:t><w:footnoteReference w:id="1"/><w:sym w:font="Symbol" w:char="F0B7"/></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t xml:space="preserve"> 12</w:t></w:r></w:fldSimple></w:p>
<w:sdt><w:sdtPr><w:alias w:val="Ngày"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Ngày 26/12/2023</w:t></w:r></w:p></w:sdtContent></w:sdt>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`,
			"Thu ngân sách đạt 12\nNgày 26/12/2023\n"},
		{"nbsp, soft hyphen, nfd", "<w:p><w:r><w:t>2.378\u00A0tỷ ngân\u00ADsách Qua\u0323\u0302n</w:t></w:r></w:p>", "2.378 tỷ ngânsách Quận\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, name := range []string{"a.docx", "a.txt"} { // the zip content decides
				d, err := Parse(name, makeDocx(t, c.body))
				if err != nil {
					t.Fatal(err)
				}
				if d.Text != c.want {
					t.Errorf("%s: got  %q\nwant %q", name, d.Text, c.want)
				}
			}
		})
	}
}

// TestDOCXPackages: the body is found in packages other than Word's usual.
func TestDOCXPackages(t *testing.T) {
	for name, files := range map[string]map[string]string{
		"strict namespace": {
			"word/document.xml": `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p></w:body></w:document>`,
		},
		"main part named by relationships": {
			"_rels/.rels":        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>`,
			"word/document2.xml": `<w:document ` + wordNS + `><w:body><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p></w:body></w:document>`,
		},
	} {
		d, err := Parse("a.docx", makeZip(t, files))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if d.Text != "Nội dung\n" {
			t.Errorf("%s: got %q", name, d.Text)
		}
	}
}

func TestDOCXRejects(t *testing.T) {
	good := makeDocx(t, `<w:p><w:r><w:t>Thu ngân sách</w:t></w:r></w:p>`)
	var empty bytes.Buffer
	if err := zip.NewWriter(&empty).Close(); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty zip", empty.Bytes(), "without word/document.xml"},
		{"zip of other files", makeZip(t, map[string]string{"a.txt": "x"}), "without word/document.xml"},
		{"xlsx", makeZip(t, map[string]string{"xl/workbook.xml": "<workbook/>", "[Content_Types].xml": "<Types/>"}), "XLSX"},
		{"odt", makeZip(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}), "OpenDocument"},
		{"truncated", good[:len(good)*2/3], "damaged DOCX"},
		{"truncated xml", makeZip(t, map[string]string{"word/document.xml": `<w:document ` + wordNS + `><w:body><w:p><w:r><w:t>Thu`}), "damaged DOCX"},
		{"not xml", makeZip(t, map[string]string{"word/document.xml": "<<<>>>"}), "damaged DOCX"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("b.docx", c.in)
			if err == nil {
				t.Fatal("no error")
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "b.docx: ") || !strings.Contains(msg, c.want) {
				t.Errorf("got %q, want …%s…", msg, c.want)
			}
			checkVietnamese(t, err)
		})
	}
}

// TestDOCXBomb: a document.xml that unpacks past the cap is refused, both
// when the archive says so and when it lies about the size.
func TestDOCXBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("compresses 64 MiB")
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	f, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte(`<w:document ` + wordNS + `><w:body><w:p><w:r><w:t>`))
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for range MaxDocumentXML>>20 + 1 {
		f.Write(chunk)
	}
	f.Write([]byte(`</w:t></w:r></w:p></w:body></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	bomb := buf.Bytes()
	if len(bomb) > 1<<20 {
		t.Fatalf("bomb is %d bytes, expected it to compress well", len(bomb))
	}
	_, err = Parse("bomb.docx", bomb)
	if err == nil || !strings.Contains(err.Error(), "more than 64 MiB") {
		t.Fatalf("declared size: got %v", err)
	}
	checkVietnamese(t, err)

	// Rewrite the sizes in the central directory to claim 1 KiB, so only
	// the unpacking itself can notice.
	zr, err := zip.NewReader(bytes.NewReader(bomb), int64(len(bomb)))
	if err != nil {
		t.Fatal(err)
	}
	real := zr.File[0].UncompressedSize64
	lied := bytes.Clone(bomb)
	var size [4]byte
	size[0], size[1], size[2], size[3] = byte(real), byte(real>>8), byte(real>>16), byte(real>>24)
	n := 0
	for i := 0; i+4 <= len(lied); i++ {
		if bytes.Equal(lied[i:i+4], size[:]) {
			lied[i], lied[i+1], lied[i+2], lied[i+3] = 0, 4, 0, 0
			n++
		}
	}
	if n == 0 {
		t.Fatal("size field not found")
	}
	_, err = Parse("bomb.docx", lied)
	if err == nil || !strings.Contains(err.Error(), "more than 64 MiB") && !strings.Contains(err.Error(), "damaged") {
		t.Fatalf("lying size: got %v", err)
	}
}

// TestLimitReader: the cap holds even when an archive lies about sizes
// (archive/zip checks declared sizes too, but only after reading them).
func TestLimitReader(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int64
		over bool
	}{
		{"abcdef", 3, true}, {"abc", 3, false}, {"ab", 3, false}, {"", 0, false}, {"a", 0, true},
	} {
		lr := &limitReader{r: strings.NewReader(c.in), n: c.n}
		var got bytes.Buffer
		_, err := got.ReadFrom(lr)
		if lr.over != c.over || (err != nil) != c.over {
			t.Errorf("%q cap %d: over=%v err=%v", c.in, c.n, lr.over, err)
		}
		if int64(got.Len()) > c.n {
			t.Errorf("%q cap %d: read %d bytes", c.in, c.n, got.Len())
		}
	}
}
