package form

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// The parts of a user's workbook are edited as small XML trees that keep
// names as written (prefix included) and every attribute, so a part comes
// back as the user's program wrote it, apart from what the filler changes.
// encoding/xml's namespace-aware encoder would rename prefixes, which
// Excel does not accept everywhere.

type nodeKind uint8

const (
	elemNode nodeKind = iota
	textNode
	commentNode
	procNode
	directiveNode
)

type node struct {
	kind nodeKind
	name string // "prefix:local" as written, for elements
	attr []xml.Attr
	kids []*node
	text string // text, comment, or processing instruction body
	// target is a processing instruction's target ("xml").
	target string
}

// maxDepth bounds nesting: a worksheet is a few levels deep, and a hostile
// part must not take the stack.
const maxDepth = 256

var errDepth = errors.New("XML nested too deeply")

// parseXML reads a whole part.
func parseXML(data []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	doc := &node{kind: elemNode}
	stack := []*node{doc}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{kind: elemNode, name: rawName(t.Name), attr: append([]xml.Attr(nil), t.Attr...)}
			top.kids = append(top.kids, n)
			if len(stack) > maxDepth {
				return nil, errDepth
			}
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) == 1 || rawName(t.Name) != top.name {
				return nil, fmt.Errorf("unexpected end element </%s>", rawName(t.Name))
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 1 && len(bytes.TrimSpace(t)) == 0 {
				continue // whitespace around the root
			}
			top.kids = append(top.kids, &node{kind: textNode, text: string(t)})
		case xml.Comment:
			top.kids = append(top.kids, &node{kind: commentNode, text: string(t)})
		case xml.ProcInst:
			top.kids = append(top.kids, &node{kind: procNode, target: t.Target, text: string(t.Inst)})
		case xml.Directive:
			// A DTD has no place in an OOXML part (and is how entity
			// bombs arrive): refuse it.
			return nil, errors.New("XML directive (DTD) not allowed")
		}
	}
	if len(stack) != 1 {
		return nil, errors.New("unexpected end of XML")
	}
	if doc.root() == nil {
		return nil, errors.New("no root element")
	}
	return doc, nil
}

func rawName(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

// local is the name without its prefix.
func local(name string) string {
	if i := strings.IndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// bytes writes the tree back.
func (n *node) bytes() []byte {
	var b bytes.Buffer
	n.write(&b)
	return b.Bytes()
}

func (n *node) write(b *bytes.Buffer) {
	switch n.kind {
	case textNode:
		escapeText(b, n.text)
		return
	case commentNode:
		b.WriteString("<!--")
		b.WriteString(n.text)
		b.WriteString("-->")
		return
	case procNode:
		b.WriteString("<?")
		b.WriteString(n.target)
		if n.text != "" {
			b.WriteByte(' ')
			b.WriteString(n.text)
		}
		b.WriteString("?>")
		if n.target == "xml" {
			b.WriteString("\n")
		}
		return
	}
	if n.name == "" { // the document
		for _, k := range n.kids {
			k.write(b)
		}
		return
	}
	b.WriteByte('<')
	b.WriteString(n.name)
	for _, a := range n.attr {
		b.WriteByte(' ')
		b.WriteString(rawName(a.Name))
		b.WriteString(`="`)
		escapeAttr(b, a.Value)
		b.WriteByte('"')
	}
	if len(n.kids) == 0 {
		b.WriteString("/>")
		return
	}
	b.WriteByte('>')
	for _, k := range n.kids {
		k.write(b)
	}
	b.WriteString("</")
	b.WriteString(n.name)
	b.WriteByte('>')
}

func escapeText(b *bytes.Buffer, s string) {
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\r':
			b.WriteString("&#xD;")
		default:
			if !xmlChar(r) {
				continue
			}
			b.WriteRune(r)
		}
	}
}

func escapeAttr(b *bytes.Buffer, s string) {
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\n':
			b.WriteString("&#xA;")
		case '\r':
			b.WriteString("&#xD;")
		case '\t':
			b.WriteString("&#x9;")
		default:
			if !xmlChar(r) {
				continue
			}
			b.WriteRune(r)
		}
	}
}

// xmlChar reports whether XML 1.0 can hold r.
func xmlChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// root is a document's element.
func (n *node) root() *node {
	for _, k := range n.kids {
		if k.kind == elemNode {
			return k
		}
	}
	return nil
}

// child is the first child element of the local name.
func (n *node) child(name string) *node {
	for _, k := range n.kids {
		if k.kind == elemNode && local(k.name) == name {
			return k
		}
	}
	return nil
}

// children are the child elements of the local name.
func (n *node) children(name string) []*node {
	var out []*node
	for _, k := range n.kids {
		if k.kind == elemNode && local(k.name) == name {
			out = append(out, k)
		}
	}
	return out
}

// walk calls fn on n and every element below it, depth first.
func (n *node) walk(fn func(*node)) {
	if n.kind != elemNode {
		return
	}
	fn(n)
	for _, k := range n.kids {
		k.walk(fn)
	}
}

// get returns an attribute's value by its name as written.
func (n *node) get(name string) string {
	v, _ := n.lookup(name)
	return v
}

func (n *node) lookup(name string) (string, bool) {
	for _, a := range n.attr {
		if rawName(a.Name) == name {
			return a.Value, true
		}
	}
	return "", false
}

// getLocal returns an attribute's value by local name, any prefix (r:id).
func (n *node) getLocal(name string) string {
	for _, a := range n.attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// set sets an attribute by its name as written, adding it at the end.
func (n *node) set(name, value string) {
	for i, a := range n.attr {
		if rawName(a.Name) == name {
			n.attr[i].Value = value
			return
		}
	}
	sp, lc := "", name
	if i := strings.IndexByte(name, ':'); i >= 0 {
		sp, lc = name[:i], name[i+1:]
	}
	n.attr = append(n.attr, xml.Attr{Name: xml.Name{Space: sp, Local: lc}, Value: value})
}

// del removes an attribute.
func (n *node) del(name string) {
	for i, a := range n.attr {
		if rawName(a.Name) == name {
			n.attr = append(n.attr[:i], n.attr[i+1:]...)
			return
		}
	}
}

// textOf concatenates the text below n.
func (n *node) textOf() string {
	var b strings.Builder
	var rec func(*node)
	rec = func(m *node) {
		for _, k := range m.kids {
			switch k.kind {
			case textNode:
				b.WriteString(k.text)
			case elemNode:
				rec(k)
			}
		}
	}
	rec(n)
	return b.String()
}

// setText replaces n's content by text.
func (n *node) setText(text string) {
	n.kids = []*node{{kind: textNode, text: text}}
}

// removeKids removes the child elements of the local name.
func (n *node) removeKids(name string) {
	out := n.kids[:0]
	for _, k := range n.kids {
		if k.kind == elemNode && local(k.name) == name {
			continue
		}
		out = append(out, k)
	}
	n.kids = out
}

// clone copies the subtree.
func (n *node) clone() *node {
	c := *n
	c.attr = append([]xml.Attr(nil), n.attr...)
	if n.kids != nil {
		c.kids = make([]*node, len(n.kids))
		for i, k := range n.kids {
			c.kids[i] = k.clone()
		}
	}
	return &c
}

// elem makes an element with the prefix of a sibling name ("x:c" beside
// "x:row"), so elements added to a prefixed part stay in its namespace.
func elem(like, name string, attrs ...string) *node {
	if i := strings.IndexByte(like, ':'); i >= 0 {
		name = like[:i+1] + name
	}
	n := &node{kind: elemNode, name: name}
	for i := 0; i+1 < len(attrs); i += 2 {
		n.set(attrs[i], attrs[i+1])
	}
	return n
}

// insertBefore puts k among n's children before the first child whose
// local name is in later (the schema's order), or at the end.
func (n *node) insertBefore(k *node, later ...string) {
	for i, c := range n.kids {
		if c.kind != elemNode {
			continue
		}
		for _, l := range later {
			if local(c.name) == l {
				n.kids = append(n.kids[:i], append([]*node{k}, n.kids[i:]...)...)
				return
			}
		}
	}
	n.kids = append(n.kids, k)
}
