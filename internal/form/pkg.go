package form

import (
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Relationship types chitieu looks at.
const (
	relNS        = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	relOfficeDoc = relNS + "/officeDocument"
	relWorksheet = relNS + "/worksheet"
	relStyles    = relNS + "/styles"
	relSST       = relNS + "/sharedStrings"
	relComments  = relNS + "/comments"
	relVML       = relNS + "/vmlDrawing"
	relTable     = relNS + "/table"
	relImage     = relNS + "/image"
	relHyperlink = relNS + "/hyperlink"
	relPivot     = relNS + "/pivotTable"
	relDrawing   = relNS + "/drawing"
	relChart     = relNS + "/chart"
	// Threaded comments (Excel 365) come with their legacy comments.
	relThreaded = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"
)

// pkg is a workbook package being edited: the raw parts, and the parts
// parsed for editing, written back by flush.
type pkg struct {
	parts map[string][]byte
	trees map[string]*node
}

func newPkg(parts map[string][]byte) *pkg {
	p := &pkg{parts: make(map[string][]byte, len(parts)), trees: map[string]*node{}}
	for n, b := range parts {
		p.parts[n] = b
	}
	return p
}

// tree parses a part once; edits to it are written back by flush.
func (p *pkg) tree(name string) (*node, error) {
	if t, ok := p.trees[name]; ok {
		return t, nil
	}
	b, ok := p.parts[name]
	if !ok {
		return nil, fmt.Errorf("part %s is missing", name)
	}
	t, err := parseXML(b)
	if err != nil {
		return nil, fmt.Errorf("part %s: %v", name, err)
	}
	p.trees[name] = t
	return t, nil
}

// put sets a part's tree (a new part, or a replacement).
func (p *pkg) put(name string, t *node) {
	p.trees[name] = t
	p.parts[name] = nil
}

// release writes a parsed part back and forgets its tree, so a workbook
// of hundreds of filled sheets holds each as bytes, not as nodes.
func (p *pkg) release(name string) {
	if t, ok := p.trees[name]; ok {
		p.parts[name] = t.bytes()
		delete(p.trees, name)
	}
}

// remove deletes a part.
func (p *pkg) remove(name string) {
	delete(p.parts, name)
	delete(p.trees, name)
}

func (p *pkg) exists(name string) bool {
	_, ok := p.parts[name]
	return ok
}

// flush writes every parsed tree back into its part.
func (p *pkg) flush() {
	for n, t := range p.trees {
		p.parts[n] = t.bytes()
	}
}

// relsPath is where a part's relationships live.
func relsPath(part string) string {
	if part == "" {
		return "_rels/.rels"
	}
	return path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
}

// rel is one relationship of a part.
type rel struct {
	node     *node
	id, typ  string
	target   string // as written
	external bool
	part     string // the target part's name, for internal targets
}

// rels lists a part's relationships (none when it has no rels part).
func (p *pkg) rels(part string) ([]rel, *node, error) {
	rp := relsPath(part)
	if !p.exists(rp) {
		return nil, nil, nil
	}
	t, err := p.tree(rp)
	if err != nil {
		return nil, nil, err
	}
	root := t.root()
	var out []rel
	for _, n := range root.children("Relationship") {
		r := rel{node: n, id: n.get("Id"), typ: n.get("Type"), target: n.get("Target"), external: n.get("TargetMode") == "External"}
		if !r.external {
			r.part = resolve(part, r.target)
		}
		out = append(out, r)
	}
	return out, root, nil
}

// resolve turns a relationship target into a part name.
func resolve(from, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Join(path.Dir(from), target), "/")
}

// relTarget writes the target of a relationship from part from to part to,
// relative as Office writes it.
func relTarget(from, to string) string {
	fd := strings.Split(path.Dir(from), "/")
	td := strings.Split(path.Dir(to), "/")
	if path.Dir(from) == "." {
		fd = nil
	}
	if path.Dir(to) == "." {
		td = nil
	}
	i := 0
	for i < len(fd) && i < len(td) && fd[i] == td[i] {
		i++
	}
	var parts []string
	for range fd[i:] {
		parts = append(parts, "..")
	}
	parts = append(parts, td[i:]...)
	parts = append(parts, path.Base(to))
	return strings.Join(parts, "/")
}

// newRelID returns an id not used in a rels root.
func newRelID(root *node) string {
	used := map[string]bool{}
	for _, n := range root.children("Relationship") {
		used[n.get("Id")] = true
	}
	for i := 1; ; i++ {
		id := "rIdForm" + strconv.Itoa(i)
		if !used[id] {
			return id
		}
	}
}

// addRel adds a relationship from part to target and returns its id.
func (p *pkg) addRel(part, typ, target string) (string, error) {
	rp := relsPath(part)
	if !p.exists(rp) {
		p.put(rp, &node{kind: elemNode, kids: []*node{
			{kind: procNode, target: "xml", text: `version="1.0" encoding="UTF-8" standalone="yes"`},
			{kind: elemNode, name: "Relationships", attr: nil},
		}})
		p.trees[rp].root().set("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")
	}
	t, err := p.tree(rp)
	if err != nil {
		return "", err
	}
	root := t.root()
	id := newRelID(root)
	r := elem(root.name, "Relationship", "Id", id, "Type", typ, "Target", relTarget(part, target))
	root.kids = append(root.kids, r)
	return id, nil
}

// freeName is the first part name base+N+ext not in use: "xl/drawings/
// drawing" + "3" + ".xml".
func (p *pkg) freeName(like string) string {
	dir, file := path.Split(like)
	ext := path.Ext(file)
	base := strings.TrimRight(strings.TrimSuffix(file, ext), "0123456789")
	if base == "" {
		base = "part"
	}
	for i := 1; ; i++ {
		n := dir + base + strconv.Itoa(i) + ext
		if !p.exists(n) {
			return n
		}
	}
}

// contentTypes is the package's [Content_Types].xml.
func (p *pkg) contentTypes() (*node, error) {
	t, err := p.tree("[Content_Types].xml")
	if err != nil {
		return nil, err
	}
	return t.root(), nil
}

// override is the content type a part is given by name, or "".
func (p *pkg) override(part string) string {
	ct, err := p.contentTypes()
	if err != nil {
		return ""
	}
	for _, o := range ct.children("Override") {
		if strings.EqualFold(strings.TrimPrefix(o.get("PartName"), "/"), part) {
			return o.get("ContentType")
		}
	}
	return ""
}

// contentType is a part's content type, by name or by extension.
func (p *pkg) contentType(part string) string {
	if c := p.override(part); c != "" {
		return c
	}
	ct, err := p.contentTypes()
	if err != nil {
		return ""
	}
	ext := strings.TrimPrefix(path.Ext(part), ".")
	for _, d := range ct.children("Default") {
		if strings.EqualFold(d.get("Extension"), ext) {
			return d.get("ContentType")
		}
	}
	return ""
}

// setOverride gives a part a content type by name.
func (p *pkg) setOverride(part, ctype string) error {
	ct, err := p.contentTypes()
	if err != nil {
		return err
	}
	for _, o := range ct.children("Override") {
		if strings.EqualFold(strings.TrimPrefix(o.get("PartName"), "/"), part) {
			o.set("ContentType", ctype)
			return nil
		}
	}
	ct.kids = append(ct.kids, elem(ct.name, "Override", "PartName", "/"+part, "ContentType", ctype))
	return nil
}

// dropOverride removes a part's content type entry.
func (p *pkg) dropOverride(part string) {
	ct, err := p.contentTypes()
	if err != nil {
		return
	}
	out := ct.kids[:0]
	for _, k := range ct.kids {
		if k.kind == elemNode && local(k.name) == "Override" && strings.EqualFold(strings.TrimPrefix(k.get("PartName"), "/"), part) {
			continue
		}
		out = append(out, k)
	}
	ct.kids = out
}

// workbookPart finds the workbook from the package relationships.
func (p *pkg) workbookPart() (string, error) {
	rs, _, err := p.rels("")
	if err != nil {
		return "", err
	}
	for _, r := range rs {
		if r.typ == relOfficeDoc || strings.HasSuffix(r.typ, "/officeDocument") {
			return r.part, nil
		}
	}
	if p.exists("xl/workbook.xml") {
		return "xl/workbook.xml", nil
	}
	return "", fmt.Errorf("no workbook part")
}

// sheetInfo is one sheet of the workbook.
type sheetInfo struct {
	node *node // the <sheet> element
	name string
	part string // "" for a chartsheet or a missing target
	kind string // relationship type
}

// sheets lists the workbook's sheets in order.
func (p *pkg) sheets(wbPart string) ([]sheetInfo, error) {
	t, err := p.tree(wbPart)
	if err != nil {
		return nil, err
	}
	rs, _, err := p.rels(wbPart)
	if err != nil {
		return nil, err
	}
	byID := map[string]rel{}
	for _, r := range rs {
		byID[r.id] = r
	}
	ss := t.root().child("sheets")
	if ss == nil {
		return nil, fmt.Errorf("workbook has no sheets")
	}
	var out []sheetInfo
	for _, s := range ss.children("sheet") {
		r := byID[s.getLocal("id")]
		si := sheetInfo{node: s, name: s.get("name"), kind: r.typ}
		if r.typ == relWorksheet && p.exists(r.part) {
			si.part = r.part
		}
		out = append(out, si)
	}
	return out, nil
}

// sortedParts lists part names, for deterministic passes.
func (p *pkg) sortedParts() []string {
	out := make([]string, 0, len(p.parts))
	for n := range p.parts {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
