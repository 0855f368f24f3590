package document

import (
	"os"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/testcorpus"
)

// benchArticle is a seed article when the shared corpus is present, else
// the test sentence repeated to a similar size (about 5 KB).
func benchArticle(b *testing.B) string {
	if data, err := os.ReadFile("/work/shared/corpus/seeds/000_6080ff4ddb6c78b3.txt"); err == nil {
		return string(data)
	}
	return strings.Repeat(sentence+"\n\n", 20)
}

func benchParse(b *testing.B, name string, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(name, data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseText(b *testing.B) {
	benchParse(b, "a.txt", []byte(benchArticle(b)))
}

func BenchmarkParseText1258(b *testing.B) {
	benchParse(b, "a.txt", encode1258(b, benchArticle(b)))
}

// htmlPage wraps the article's paragraphs in page chrome like a news site's.
func htmlPage(article string) string {
	var p strings.Builder
	p.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin</title><script>var a=1;</script><style>p{}</style></head><body>`)
	p.WriteString(`<header><nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li>Kinh tế</li></ul></nav></header><div class="content"><article><h1>Tiêu đề</h1>`)
	for para := range strings.SplitSeq(article, "\n\n") {
		p.WriteString("<p>" + para + "</p>\n")
	}
	p.WriteString(`<table><tr><td>Thu ngân sách</td><td>2.378</td></tr></table></article><div class="box-tinlienquan"><ul><li>Tin 1</li><li>Tin 2</li></ul></div></div><footer>Bản quyền</footer></body></html>`)
	return p.String()
}

func BenchmarkParseHTML(b *testing.B) {
	benchParse(b, "a.html", []byte(htmlPage(benchArticle(b))))
}

func BenchmarkParseDOCX(b *testing.B) {
	var body strings.Builder
	for para := range strings.SplitSeq(benchArticle(b), "\n\n") {
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + xmlEscape(para) + `</w:t></w:r></w:p>`)
	}
	benchParse(b, "a.docx", makeDocx(b, body.String()))
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// BenchmarkParseArticles parses the shared dev corpus's real articles (what
// scripts/bench-extract reads), for the profile of Parse on plain text as
// it comes: go test ./internal/document -run NONE -bench ParseArticles -cpu 1.
func BenchmarkParseArticles(b *testing.B) {
	paths, data, size := testcorpus.DevArticles(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range data {
			if _, err := Parse(paths[i], d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
