package document

import (
	"strings"
	"testing"
)

func TestParseHTML(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"paragraphs", `<!DOCTYPE html><html><head><title>Trang</title></head><body>
<h1>Quận Hoàng Mai</h1>
<p>Thu ngân sách
   đạt 105% dự toán.</p><p>Kinh tế tăng <b>10,74%</b>.</p></body></html>`,
			"Quận Hoàng Mai\n\nThu ngân sách đạt 105% dự toán.\n\nKinh tế tăng 10,74%.\n"},
		{"scripts and chrome removed", `<html><body>
<header>Báo Hà Nội mới</header><nav><a href="/">Trang chủ</a></nav>
<script>var x = "<p>không</p>";</script><style>p{color:red}</style>
<noscript>Bật JavaScript</noscript><template><p>mẫu</p></template>
<div class="main-menu"><ul><li>Kinh tế</li></ul></div>
<div id="comments">Bình luận của bạn</div>
<div class="box-tinlienquan">Tin liên quan</div>
<div class="social-share">Chia sẻ Facebook</div>
<aside>Quảng cáo</aside><form><input name=q> Tìm kiếm</form>
<iframe src="x">khung</iframe><svg><text>đồ họa</text></svg>
<div style="display: none">ẩn</div><div hidden>ẩn</div>
<p>Giải ngân đạt 95%.</p>
<footer>Bản quyền</footer></body></html>`,
			"Giải ngân đạt 95%.\n"},
		{"wrapper with chrome class kept", `<html><body><div class="page has-sidebar"><h1>Tiêu đề</h1><p>Nội dung.</p></div></body></html>`,
			"Tiêu đề\n\nNội dung.\n"},
		{"article header kept", `<html><body><header><div class="logo">Báo</div></header><article><header><h1>Quận Hoàng Mai giao chỉ tiêu</h1><nav>Kinh tế</nav></header><p>Nội dung.</p><footer>Tác giả</footer></article></body></html>`,
			"Quận Hoàng Mai giao chỉ tiêu\n\nNội dung.\n"},
		{"header with the headline kept", `<html><body><header><h1>Tiêu đề</h1></header><p>Nội dung.</p></body></html>`, "Tiêu đề\n\nNội dung.\n"},
		{"menu class on body kept", `<html><body class="menu-open"><p>Nội dung.</p></body></html>`, "Nội dung.\n"},
		{"entities", `<html><body><p>2.378&nbsp;tỷ&nbsp;đồng &agrave; &#7871; &#x1EBF; &amp; &lt;5&gt; &quot;x&quot;</p></body></html>`,
			"2.378 tỷ đồng à ế ế & <5> \"x\"\n"},
		{"nbsp kept as spaces, not collapsed", `<html><body><p>a&nbsp;&nbsp;b</p></body></html>`, "a  b\n"},
		{"br and divs", "<html><body><div>một<br>hai<br/>ba</div><div><div>bốn</div></div>năm</body></html>",
			"một\nhai\nba\nbốn\nnăm\n"},
		{"list", "<html><body><ul><li>Thu: 1 tỷ</li><li>Chi: 2 tỷ</li></ul></body></html>", "Thu: 1 tỷ\nChi: 2 tỷ\n"},
		{"table", `<html><body><table>
<tr><th>Chỉ tiêu</th><th>Năm 2023</th><th>Năm 2024</th></tr>
<tr><td>Thu ngân sách</td><td><p>2.378</p></td><td>1.550</td></tr>
<tr><td>Tăng trưởng</td><td></td><td>10,74%</td></tr>
</table></body></html>`,
			"Chỉ tiêu | Năm 2023 | Năm 2024\nThu ngân sách | 2.378 | 1.550\nTăng trưởng |  | 10,74%\n"},
		{"layout table", `<html><body><table><tr><td class="x">Logo</td><td>
<p>Đoạn một.</p><p>Đoạn hai.</p><p>Đoạn ba.</p><p>Đoạn bốn.</p></td></tr></table></body></html>`,
			"Logo\n\nĐoạn một.\n\nĐoạn hai.\n\nĐoạn ba.\n\nĐoạn bốn.\n"},
		{"pre keeps spacing", "<html><body><pre>a   b\n  c</pre></body></html>", "a   b\n  c\n"},
		{"crlf", "<html>\r\n<body>\r\n<p>a\r\nb</p>\r<p>c</p></body></html>", "a b\n\nc\n"},
		{"xhtml with xml declaration", `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Nội dung</p></body></html>`, "Nội dung\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, name := range []string{"a.html", "a.txt"} { // by extension and by content
				d, err := Parse(name, []byte(c.in))
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

func TestHTMLFragmentByExtension(t *testing.T) {
	// Without <html> only the extension says HTML; as .txt the tags stay.
	in := "<p>Thu ngân sách</p><p>đạt 105%</p>"
	d, err := Parse("a.htm", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Thu ngân sách\n\nđạt 105%\n"; d.Text != want {
		t.Errorf("htm: got %q want %q", d.Text, want)
	}
	d, err = Parse("a.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != in+"\n" {
		t.Errorf("txt: got %q", d.Text)
	}
}

func TestHTMLCharset(t *testing.T) {
	line := strings.ReplaceAll(sentence, "\n", " ") // HTML joins source lines
	body := "<p>" + line + "</p>"
	want, err := Parse("a.txt", []byte(line))
	if err != nil {
		t.Fatal(err)
	}
	page := func(meta, body string) []byte {
		return []byte("<!DOCTYPE html><html><head>" + meta + "</head><body>" + body + "</body></html>")
	}
	cases := []struct {
		name string
		in   []byte
	}{
		{"meta charset windows-1258", append(page(`<meta charset="windows-1258">`, ""), encode1258(t, body)...)},
		{"http-equiv windows-1258", append(page(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`, ""), encode1258(t, body)...)},
		{"meta utf-8", page(`<meta charset=utf-8>`, body)},
		// Re-saved pages keep an old declaration that the bytes contradict.
		{"meta iso-8859-1 but utf-8", page(`<meta charset="iso-8859-1">`, body)},
		{"meta utf-8 but windows-1258", append(page(`<meta charset="utf-8">`, ""), encode1258(t, body)...)},
		{"no meta, windows-1258", append(page("", ""), encode1258(t, body)...)},
		{"utf-16 bom", append([]byte("\xFF\xFE"), encode(t, utf16LE, string(page("", body)))...)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, name := range []string{"a.html", "a"} {
				d, err := Parse(name, c.in)
				if err != nil {
					t.Fatal(err)
				}
				if d.Text != want.Text {
					t.Errorf("%s: got  %q\nwant %q", name, d.Text, want.Text)
				}
			}
		})
	}
	// A Latin-1 page stays Latin-1: the declaration is honoured when the
	// bytes do not contradict it.
	d, err := Parse("a.html", append(page(`<meta charset="iso-8859-1">`, ""), []byte("<p>caf\xe9</p>")...))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "café\n" {
		t.Errorf("latin-1: got %q", d.Text)
	}
}

// TestHTMLTooDeep: html.Parse refuses pages nested deeper than 512
// elements; they are still read, from their tokens.
func TestHTMLTooDeep(t *testing.T) {
	deep := strings.Repeat("<div>", 600)
	cases := []struct {
		name, in, want string
	}{
		{"article", `<html><head><title>Tiêu đề trang</title><script>var a = "<p>x</p>";</script></head><body><nav><a>Trang chủ</a></nav>` + deep +
			`<p>Thu ngân sách   đạt <b>2.378</b> tỷ đồng.</p><table><tr><td> Chỉ tiêu </td><td>2024</td></tr><tr><td>Thu</td><td>1.550</td></tr></table><footer>Bản quyền</footer>`,
			"Thu ngân sách đạt 2.378 tỷ đồng.\n\nChỉ tiêu | 2024\nThu | 1.550\n"},
		{"unclosed nav", `<html><body><nav>Trang chủ` + deep + `<p>Nội dung.</p>`, "Trang chủ\n\nNội dung.\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse("a.html", []byte(c.in))
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != c.want {
				t.Errorf("got  %q\nwant %q", d.Text, c.want)
			}
		})
	}
}

func TestIsChrome(t *testing.T) {
	for v, want := range map[string]bool{
		"main-menu": true, "navbar navbar-expand": true, "nav": true, "breadcrumbs": true,
		"box-tinlienquan": true, "comments": true, "fb_share": true, "social-links": true,
		"related-news": true, "sidebar": true, "binhluan": true, "quangcao-top": true,
		"content": false, "article-body": false, "navy": false, "printContent": false,
		"detail main": false, "title-news": false, "": false,
	} {
		if got := isChrome(v); got != want {
			t.Errorf("isChrome(%q) = %v", v, got)
		}
	}
}

// TestChromeBoxes: a box headed by a portal's boilerplate title is dropped
// by its structure, whatever its classes; the article after it is kept,
// and so is a box that holds article prose.
func TestChromeBoxes(t *testing.T) {
	long := strings.Repeat("Thu ngân sách đạt 1.550 tỷ đồng, bằng 105% dự toán. ", 6)
	page := `<html><body>
<div class="box-x"><h3>Nổi bật</h3><ul><li><a>Huyện A đạt 12 chỉ tiêu</a></li><li><a>Xã B</a></li></ul></div>
<div class="content"><h1>Huyện C: kết quả năm 2024</h1><p>` + long + `</p></div>
<div><div class="t">Tin liên quan:</div><a>Bài 1</a><a>Bài 2</a></div>
<div><h3>Xem thêm</h3><p>` + long + `</p></div>
<h4>Bình luận</h4>
<p>Sau cùng.</p>
</body></html>`
	d, err := Parse("a.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"Nổi bật", "Huyện A đạt 12", "Tin liên quan", "Bài 1"} {
		if strings.Contains(d.Text, gone) {
			t.Errorf("chrome %q kept:\n%s", gone, d.Text)
		}
	}
	for _, kept := range []string{"Huyện C: kết quả năm 2024", "Xem thêm", "Bình luận", "Sau cùng."} {
		if !strings.Contains(d.Text, kept) {
			t.Errorf("%q dropped:\n%s", kept, d.Text)
		}
	}
	if strings.Count(d.Text, "Thu ngân sách đạt") != 12 {
		t.Errorf("article prose lost:\n%s", d.Text)
	}
}
