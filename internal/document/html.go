package document

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// looksHTML reports whether decoded text is an HTML page: it starts, after
// blank space, a BOM and an optional XML declaration or comments, with
// <!doctype html or <html.
func looksHTML(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n\uFEFF")
	for {
		switch {
		case strings.HasPrefix(s, "<?xml"):
			i := strings.Index(s, "?>")
			if i < 0 {
				return false
			}
			s = strings.TrimLeft(s[i+2:], " \t\r\n")
		case strings.HasPrefix(s, "<!--"):
			i := strings.Index(s, "-->")
			if i < 0 {
				return false
			}
			s = strings.TrimLeft(s[i+3:], " \t\r\n")
		default:
			head := strings.ToLower(s[:min(len(s), 14)])
			return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
		}
	}
}

// droppedElements hold no article text: code, styling, page chrome, forms
// (but an article's own <header> is kept, see articleHeader).
var droppedElements = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Svg: true, atom.Nav: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Dialog: true,
}

// chromeMarkers are class and id words that mark page chrome around an
// article on Vietnamese news and government portals. A class or id word
// matches when it starts with a marker ("navbar", "menu-top", "comments",
// "box-tinlienquan" → "tinlienquan"). Add to the list, not to the code;
// "print" is deliberately absent, since portals wrap the article itself in
// "printContent" or "print-area".
var chromeMarkers = []string{
	"nav", "menu", "breadcrumb", "sidebar",
	"comment", "binhluan", "binh-luan",
	"share", "sharing", "social", "chiase", "chia-se",
	"related", "lienquan", "tinlienquan", "tinkhac", "tin-khac", "cungchuyenmuc",
	"advert", "quangcao", "banner", "cookie", "popup", "subscribe", "newsletter",
	"toolbar", "pagination", "paging",
}

// chromeExempt are class/id words that start with a marker yet name content.
var chromeExempt = map[string]bool{"navy": true}

// neverChrome are elements too big to be chrome: a class such as
// "menu-open" on <body> says nothing about its content.
var neverChrome = map[atom.Atom]bool{
	atom.Html: true, atom.Body: true, atom.Main: true, atom.Article: true,
}

// paragraphElements end a paragraph and are set off by a blank line, as
// paragraphs are in the plain-text articles; lineElements only end a line.
var (
	paragraphElements = map[atom.Atom]bool{
		atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
		atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Table: true,
		atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Pre: true,
		atom.Figure: true, atom.Section: true, atom.Article: true, atom.Hr: true,
		atom.Main: true, atom.Address: true, atom.Details: true,
	}
	lineElements = map[atom.Atom]bool{
		atom.Div: true, atom.Li: true, atom.Dt: true, atom.Dd: true,
		atom.Figcaption: true, atom.Caption: true, atom.Summary: true,
		atom.Tr: true, atom.Td: true, atom.Th: true, atom.Thead: true,
		atom.Tbody: true, atom.Tfoot: true, atom.Center: true, atom.Fieldset: true,
		atom.Legend: true, atom.Body: true, atom.Option: true,
	}
)

// htmlText renders an HTML page as text: what a reader sees of the article,
// one block a line, table rows as cells joined by " | "; and returns the
// page's data tables with the lines their rows were rendered as.
func htmlText(s string) (string, []pendingTable) {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		// html.Parse refuses pages nested deeper than 512 elements
		// (broken CMS output that never closes its <div>s or <font>s
		// gets there); read those without building the tree. Their
		// table rows are still found in the text (" | " lines).
		return htmlTextFlat(s), nil
	}
	w := htmlWriter{marks: map[*html.Node]mark{}, tables: new([]pendingTable)}
	w.mark(doc)
	w.node(doc)
	return w.b.String(), *w.tables
}

// mark records what an element holds, so that deciding whether to drop an
// element or join a table row does not search its subtree again at every
// level of nesting.
type mark uint8

const (
	holdsContent mark = 1 << iota // an <h1>, <article> or <main>: not chrome
	holdsTable                    // a nested table: a layout cell
	holdsProse                    // a text of more than proseRunes: article text
	chromeBox                     // a box headed "Tin liên quan", "Nổi bật", …: page chrome (not passed up)
)

// proseRunes is the length of text beyond which a text node is article
// prose, which no box of page chrome holds.
const proseRunes = 200

// chromeTitles head the boxes a portal puts around an article (related
// links, most read, comments, tags). A box whose first text is one of them
// and that holds no prose is chrome, however it is marked up; the lines
// after it on the page are still read.
var chromeTitles = map[string]bool{
	"tin liên quan": true, "bài viết liên quan": true, "tin khác": true, "các tin khác": true, "tin cùng chuyên mục": true,
	"nổi bật": true, "tin nổi bật": true, "tin tiêu điểm": true, "đọc nhiều": true, "tin đọc nhiều": true, "xem nhiều": true,
	"tin xem nhiều": true, "tin mới": true, "tin mới nhất": true, "tin nóng": true, "đừng bỏ lỡ": true, "xem thêm": true,
	"bình luận": true, "ý kiến bạn đọc": true, "từ khóa": true, "từ khoá": true, "tags": true, "chia sẻ": true,
}

// firstText returns the first non-blank text under n, trimmed, at most a
// short heading's length ("" when it is longer: not a heading).
func firstText(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if t := strings.TrimSpace(c.Data); t != "" {
				if len(t) > 80 {
					return ""
				}
				return t
			}
		case html.ElementNode:
			if droppedElements[c.DataAtom] && c.DataAtom != atom.Header {
				continue
			}
			if t := firstText(c); t != "" {
				return t
			}
		}
	}
	return ""
}

func elementChildren(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k++
		}
	}
	return k
}

func isChromeTitle(t string) bool {
	t = strings.ToLower(strings.Join(strings.Fields(t), " "))
	t = strings.TrimRight(t, " :.»>")
	return chromeTitles[norm.NFC.String(t)]
}

func (w *htmlWriter) mark(n *html.Node) mark {
	var m mark
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && utf8.RuneCountInString(c.Data) > proseRunes {
			m |= holdsProse
		}
		if c.Type != html.ElementNode {
			continue
		}
		m |= w.mark(c) &^ chromeBox
		switch c.DataAtom {
		case atom.H1, atom.Article, atom.Main:
			m |= holdsContent
		case atom.Table:
			m |= holdsTable
		}
	}
	// A box: a heading and what it heads (a heading alone is left to
	// the text rules, which skip the lines after it).
	if n.Type == html.ElementNode && !neverChrome[n.DataAtom] && m&(holdsContent|holdsProse|holdsTable) == 0 && elementChildren(n) >= 2 && isChromeTitle(firstText(n)) {
		m |= chromeBox
	}
	if m != 0 {
		w.marks[n] = m
	}
	return m
}

// htmlWriter collects rendered text. Source whitespace (spaces, tabs, line
// breaks of the HTML) collapses to one space as a browser shows it, except
// in <pre>; &nbsp; is not source whitespace and is kept.
type htmlWriter struct {
	marks map[*html.Node]mark // what each element holds
	b     strings.Builder
	// open holds a builder for each <table> being rendered, innermost
	// last; nil entries are layout tables. tables receives the data
	// tables, in the order they end.
	open   []*tableBuilder
	tables *[]pendingTable
	pre    int  // depth of <pre> elements
	space  bool // a collapsed space is pending
}

func (w *htmlWriter) atLineStart() bool {
	n := w.b.Len()
	return n == 0 || w.b.String()[n-1] == '\n'
}

// newline ends the current line unless it is empty.
func (w *htmlWriter) newline() {
	w.space = false
	if !w.atLineStart() {
		w.b.WriteByte('\n')
	}
}

// paragraph ends the current line and leaves a blank line.
func (w *htmlWriter) paragraph() {
	w.newline()
	s := w.b.String()
	if len(s) > 0 && !strings.HasSuffix(s, "\n\n") {
		w.b.WriteByte('\n')
	}
}

func (w *htmlWriter) text(s string) {
	if w.pre > 0 {
		w.b.WriteString(s)
		return
	}
	for len(s) > 0 {
		i := strings.IndexAny(s, " \t\n\r\f")
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			if w.space && !w.atLineStart() && !strings.HasSuffix(w.b.String(), " ") {
				w.b.WriteByte(' ')
			}
			w.space = false
			w.b.WriteString(s[:i])
		}
		if i < len(s) {
			w.space = true
			i++
		}
		s = s[i:]
	}
}

func (w *htmlWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.DocumentNode:
		w.children(n)
		return
	case html.ElementNode:
	default:
		return // comments, doctype
	}
	if w.dropped(n) {
		// A dropped element between two words still separates them.
		if !w.atLineStart() {
			w.space = true
		}
		return
	}
	a := n.DataAtom
	switch {
	case a == atom.Br:
		w.space = false
		w.b.WriteByte('\n')
	case a == atom.Tr:
		w.row(n)
	case a == atom.Table:
		w.paragraph()
		w.open = append(w.open, newTableBuilder("html"))
		w.children(n)
		b := w.open[len(w.open)-1]
		w.open = w.open[:len(w.open)-1]
		if b != nil {
			if t := b.table(); t != nil {
				*w.tables = append(*w.tables, pendingTable{t, b.rawRows})
			}
		}
		w.paragraph()
	case a == atom.Pre:
		w.paragraph()
		w.pre++
		w.children(n)
		w.pre--
		w.paragraph()
	case paragraphElements[a]:
		w.paragraph()
		w.children(n)
		w.paragraph()
	case lineElements[a]:
		w.newline()
		w.children(n)
		w.newline()
	default:
		w.children(n)
	}
}

func (w *htmlWriter) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

// row renders a table row. A row of data cells becomes one line, cells
// joined by " | ", so a figure stays on the line of its label. Old portals
// lay whole pages out in tables, though, and joining such a row would run an
// article's paragraphs into one line; a row with a cell of several lines or
// a nested table is layout, and its cells are rendered as blocks.
func (w *htmlWriter) row(tr *html.Node) {
	var cells [][]string
	var spans []spanCell
	layout := false
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) || w.dropped(c) {
			continue
		}
		if w.marks[c]&holdsTable != 0 {
			layout = true
			break
		}
		cw := htmlWriter{marks: w.marks, pre: w.pre, tables: new([]pendingTable)}
		cw.children(c)
		lines := nonBlankLines(cw.b.String())
		if len(lines) > 3 {
			layout = true
			break
		}
		cells = append(cells, lines)
		spans = append(spans, spanCell{text: strings.Join(lines, "\n"), colSpan: intAttr(c, "colspan"), rowSpan: intAttr(c, "rowspan")})
	}
	top := len(w.open) - 1
	if layout {
		if top >= 0 {
			w.open[top] = nil // a layout table holds no data table rows
		}
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			w.node(c)
		}
		w.newline()
		return
	}
	w.newline()
	parts := make([]string, len(cells))
	for i, lines := range cells {
		parts[i] = strings.Join(lines, " ")
	}
	line := strings.Join(parts, " | ")
	w.b.WriteString(line)
	w.newline()
	if top >= 0 && w.open[top] != nil {
		w.open[top].addRow(spans, line)
	}
}

// intAttr reads a numeric attribute (colspan, rowspan) as browsers do: the
// leading digits, 1 when absent or not a number.
func intAttr(n *html.Node, key string) int {
	for _, a := range n.Attr {
		if a.Key != key {
			continue
		}
		v, digits := 0, 0
		for _, c := range strings.TrimSpace(a.Val) {
			if c < '0' || c > '9' || digits >= 4 {
				break
			}
			v = v*10 + int(c-'0')
			digits++
		}
		if v >= 1 {
			return v
		}
	}
	return 1
}

func nonBlankLines(s string) []string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// dropped reports whether an element holds nothing of the article: it is
// one of droppedElements, hidden, or chrome by its class or id.
func (w *htmlWriter) dropped(n *html.Node) bool {
	if droppedElements[n.DataAtom] && !w.articleHeader(n) {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		case "style":
			st := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
			if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
				return true
			}
		}
	}
	if neverChrome[n.DataAtom] {
		return false
	}
	if w.marks[n]&chromeBox != 0 {
		return true
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && isChrome(a.Val) {
			// Chrome never holds the article's headline or body; an
			// element that does is a wrapper whose class merely
			// mentions a menu ("has-sidebar"), and is kept.
			return w.marks[n]&holdsContent == 0
		}
	}
	return false
}

// articleHeader reports whether n is the <header> of the article rather
// than of the page: it holds the headline, or sits inside an <article>.
// News sites put the headline there, and it often names the unit.
func (w *htmlWriter) articleHeader(n *html.Node) bool {
	if n.DataAtom != atom.Header {
		return false
	}
	if w.marks[n]&holdsContent != 0 {
		return true
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

func isChrome(v string) bool {
	for _, word := range strings.Fields(strings.ToLower(v)) {
		if chromeExempt[word] {
			continue
		}
		for _, m := range chromeMarkers {
			if strings.HasPrefix(word, m) || strings.Contains(word, "-"+m) || strings.Contains(word, "_"+m) {
				return true
			}
		}
	}
	return false
}

// htmlTextFlat renders HTML from its tokens alone, for pages html.Parse
// refuses. It drops the elements of droppedElements by tag but cannot judge
// class names or table layout: each row is a line, its cells joined by
// " | ". A page that deep may never close a <nav> or <header> either; if
// skipping one runs to the end of the page, the page is read again with
// only scripts, styles and the like dropped, since losing chrome is better
// than losing the article.
func htmlTextFlat(s string) string {
	if text, ok := flatText(s, true); ok {
		return text
	}
	text, _ := flatText(s, false)
	return text
}

// rawTextElements are dropped elements whose end the tokenizer always
// finds, because their content is not parsed as markup.
var rawTextElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Textarea: true,
	atom.Iframe: true, atom.Title: true,
}

func flatText(s string, structural bool) (string, bool) {
	z := html.NewTokenizer(strings.NewReader(s))
	w := htmlWriter{marks: map[*html.Node]mark{}}
	var skip atom.Atom // the dropped element being skipped
	depth := 0         // nesting of skip inside itself
	cells := 0         // cells so far in the current row
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return w.b.String(), skip == 0
		}
		tok := z.Token()
		a := tok.DataAtom
		if skip != 0 {
			switch {
			case a == skip && tt == html.StartTagToken:
				depth++
			case a == skip && tt == html.EndTagToken:
				if depth--; depth == 0 {
					skip = 0
				}
			}
			continue
		}
		switch tt {
		case html.TextToken:
			w.text(tok.Data)
		case html.StartTagToken, html.SelfClosingTagToken:
			drop := rawTextElements[a] || structural && droppedElements[a] && a != atom.Head
			switch {
			case drop && tt == html.StartTagToken:
				skip, depth = a, 1
			case a == atom.Br:
				w.space = false
				w.b.WriteByte('\n')
			case a == atom.Tr:
				w.newline()
				cells = 0
			case a == atom.Td || a == atom.Th:
				if cells > 0 {
					w.space = false
					w.b.WriteString(" | ")
				}
				cells++
			case a == atom.Pre:
				w.paragraph()
				w.pre++
			case paragraphElements[a]:
				w.paragraph()
			case lineElements[a]:
				w.newline()
			}
		case html.EndTagToken:
			switch {
			case a == atom.Tr:
				w.newline()
				cells = 0
			case a == atom.Td || a == atom.Th:
			case a == atom.Pre:
				w.pre = max(w.pre-1, 0)
				w.paragraph()
			case paragraphElements[a]:
				w.paragraph()
			case lineElements[a]:
				w.newline()
			}
		}
	}
}
