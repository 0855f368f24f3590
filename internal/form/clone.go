package form

import (
	"fmt"
	"strconv"
	"strings"
)

// copies turns the form sheet (at index form) into one sheet per name:
// the first is the form sheet renamed, the others are copies placed after
// it, each with its own drawings, charts, tables and print settings, and
// the defined names of the form sheet (print titles, print area) repeated
// for each. References to the form sheet from elsewhere go to the first
// copy. It returns the parts of the copies.
func (fl *filler) copies(form int, sheets []sheetInfo, names []string) ([]string, error) {
	fs := sheets[form]
	wbt, err := fl.p.tree(fl.wb)
	if err != nil {
		return nil, err
	}
	wb := wbt.root()
	// Pivot tables hang on a cache of the sheet's data; copying them is
	// beyond a form.
	rs, _, err := fl.p.rels(fs.part)
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		if r.typ == relPivot {
			return nil, fmt.Errorf("the form sheet %s holds a pivot table: put the pivot table on another sheet", fs.name)
		}
	}
	if err := fl.rename(fs, names[0]); err != nil {
		return nil, err
	}
	parts := []string{fs.part}
	maxID := 0
	for _, s := range wb.child("sheets").children("sheet") {
		if id, err := strconv.Atoi(s.get("sheetId")); err == nil && id > maxID {
			maxID = id
		}
	}
	after := fs.node
	src, err := fl.p.tree(fs.part)
	if err != nil {
		return nil, err
	}
	for i, name := range names[1:] {
		part := fl.p.freeName(fs.part)
		cp := src.clone()
		fl.p.put(part, cp)
		if ct := fl.p.override(fs.part); ct != "" {
			if err := fl.p.setOverride(part, ct); err != nil {
				return nil, err
			}
		}
		if err := fl.cloneRels(fs.part, part, map[string]string{}); err != nil {
			return nil, err
		}
		if sv := cp.root().child("sheetViews"); sv != nil {
			for _, v := range sv.children("sheetView") {
				v.del("tabSelected")
			}
		}
		// The copy's references to itself by name are to the copy.
		renameIn(cp.root(), names[0], name)
		if err := fl.renameCharts(part, names[0], name); err != nil {
			return nil, err
		}
		rid, err := fl.p.addRel(fl.wb, relWorksheet, part)
		if err != nil {
			return nil, err
		}
		maxID++
		sn := after.clone()
		sn.kids = nil
		sn.attr = nil
		sn.set("name", name)
		sn.set("sheetId", strconv.Itoa(maxID))
		if st := after.get("state"); st != "" {
			sn.set("state", st)
		}
		sn.set("r:id", rid)
		if p := rPrefix(after); p != "r" {
			sn.del("r:id")
			sn.set(p+":id", rid)
		}
		insertAfter(wb.child("sheets"), after, sn)
		after = sn
		parts = append(parts, part)
		_ = i
	}
	fl.copyNames(wb, form, names)
	// The active tab and the first visible tab keep pointing at the same
	// sheets.
	n := len(names) - 1
	if bv := wb.child("bookViews"); bv != nil && n > 0 {
		for _, v := range bv.children("workbookView") {
			for _, a := range []string{"activeTab", "firstSheet"} {
				if x, err := strconv.Atoi(v.get(a)); err == nil && x > form {
					v.set(a, strconv.Itoa(x+n))
				}
			}
		}
	}
	return parts, nil
}

// rPrefix is the prefix a <sheet> element uses for the relationships
// namespace ("r" as a rule).
func rPrefix(s *node) string {
	for _, a := range s.attr {
		if a.Name.Local == "id" && a.Name.Space != "" {
			return a.Name.Space
		}
	}
	return "r"
}

func insertAfter(parent, after, n *node) {
	for i, k := range parent.kids {
		if k == after {
			parent.kids = append(parent.kids[:i+1], append([]*node{n}, parent.kids[i+1:]...)...)
			return
		}
	}
	parent.kids = append(parent.kids, n)
}

// rename gives the form sheet its first copy's name, and every reference
// to it the new name.
func (fl *filler) rename(fs sheetInfo, to string) error {
	from := fs.name
	fs.node.set("name", to)
	for i := range fl.others {
		if fl.others[i].name == from {
			fl.others[i].name = to
		}
	}
	if from == to {
		return nil
	}
	wb, _ := fl.p.tree(fl.wb)
	if dn := wb.root().child("definedNames"); dn != nil {
		for _, d := range dn.children("definedName") {
			if t := d.textOf(); t != "" {
				if nt := renameFormula(t, from, to); nt != t {
					d.setText(nt)
				}
			}
		}
	}
	for _, o := range fl.others {
		if o.part == "" || !fl.mentions(o.part, from) {
			continue
		}
		t, err := fl.p.tree(o.part)
		if err != nil {
			return err
		}
		renameIn(t.root(), from, to)
	}
	for _, c := range fl.charts {
		if fl.mentions(c, from) {
			t, err := fl.p.tree(c)
			if err != nil {
				return err
			}
			renameChart(t.root(), from, to)
		}
	}
	// The author's notes are filed under the sheet's name.
	if cs, ok := fl.comments[from]; ok {
		fl.comments[to] = cs
	}
	return nil
}

// renameIn rewrites a worksheet's formulas (cells, formats, validations)
// that name sheet from.
func renameIn(ws *node, from, to string) {
	walkRefs(ws, func(_ *node, f string) string { return renameFormula(f, from, to) },
		func(_ *node, s string) string { return s })
}

func renameChart(root *node, from, to string) {
	root.walk(func(n *node) {
		if local(n.name) == "f" {
			if s := n.textOf(); s != "" {
				if ns := renameFormula(s, from, to); ns != s {
					n.setText(ns)
				}
			}
		}
	})
}

// renameCharts renames the sheet in the charts reached from a part.
func (fl *filler) renameCharts(part, from, to string) error {
	rs, _, err := fl.p.rels(part)
	if err != nil {
		return err
	}
	for _, r := range rs {
		if r.external || !fl.p.exists(r.part) {
			continue
		}
		if strings.HasPrefix(fl.p.contentType(r.part), "application/vnd.openxmlformats-officedocument.drawingml.chart") {
			t, err := fl.p.tree(r.part)
			if err != nil {
				return err
			}
			renameChart(t.root(), from, to)
		}
		if r.typ == relDrawing {
			if err := fl.renameCharts(r.part, from, to); err != nil {
				return err
			}
		}
	}
	return nil
}

// cloneRels gives part dst relationships like those of src, with its own
// copies of the parts that belong to one sheet (drawings, charts, tables,
// print settings) and the same targets for shared ones (pictures, links).
// done maps parts already copied in this copy.
func (fl *filler) cloneRels(src, dst string, done map[string]string) error {
	rs, root, err := fl.p.rels(src)
	if err != nil || root == nil {
		return err
	}
	nr := root.clone()
	for _, k := range nr.children("Relationship") {
		if k.get("TargetMode") == "External" {
			continue
		}
		typ := k.get("Type")
		target := resolve(src, k.get("Target"))
		if typ == relImage || typ == relHyperlink || strings.HasPrefix(target, "xl/media/") || !fl.p.exists(target) {
			k.set("Target", relTarget(dst, target))
			continue
		}
		cp, ok := done[target]
		if !ok {
			cp, err = fl.clonePart(target, typ, done)
			if err != nil {
				return err
			}
		}
		k.set("Target", relTarget(dst, cp))
	}
	_ = rs
	fl.p.put(relsPath(dst), &node{kind: elemNode, kids: []*node{
		{kind: procNode, target: "xml", text: `version="1.0" encoding="UTF-8" standalone="yes"`}, nr}})
	return nil
}

// clonePart copies a part (and what it links to) under a new name.
func (fl *filler) clonePart(part, typ string, done map[string]string) (string, error) {
	np := fl.p.freeName(part)
	done[part] = np
	if t, ok := fl.p.trees[part]; ok {
		fl.p.put(np, t.clone())
	} else {
		fl.p.parts[np] = fl.p.parts[part]
	}
	if ct := fl.p.override(part); ct != "" {
		if err := fl.p.setOverride(np, ct); err != nil {
			return "", err
		}
	}
	if typ == relTable {
		if err := fl.renameTable(np); err != nil {
			return "", err
		}
	}
	if strings.HasPrefix(fl.p.contentType(np), "application/vnd.openxmlformats-officedocument.drawingml.chart") {
		fl.charts = append(fl.charts, np)
	}
	if err := fl.cloneRels(part, np, done); err != nil {
		return "", err
	}
	return np, nil
}

// renameTable gives a copied table a workbook-unique id and name.
func (fl *filler) renameTable(part string) error {
	t, err := fl.p.tree(part)
	if err != nil {
		return err
	}
	root := t.root()
	maxID := 0
	names := map[string]bool{}
	for _, n := range fl.p.sortedParts() {
		if n == part || !strings.HasPrefix(fl.p.contentType(n), "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml") {
			continue
		}
		o, err := fl.p.tree(n)
		if err != nil {
			return err
		}
		if id, err := strconv.Atoi(o.root().get("id")); err == nil && id > maxID {
			maxID = id
		}
		names[strings.ToLower(o.root().get("name"))] = true
		names[strings.ToLower(o.root().get("displayName"))] = true
	}
	root.set("id", strconv.Itoa(maxID+1))
	base := root.get("displayName")
	if base == "" {
		base = "Bang"
	}
	for i := 2; ; i++ {
		n := base + "_" + strconv.Itoa(i)
		if !names[strings.ToLower(n)] {
			root.set("name", n)
			root.set("displayName", n)
			return nil
		}
	}
}

// copyNames repeats the defined names of the form sheet (print titles,
// print area, local names) for each copy, and renumbers the names of the
// sheets after them.
func (fl *filler) copyNames(wb *node, form int, names []string) {
	dn := wb.child("definedNames")
	if dn == nil {
		return
	}
	n := len(names) - 1
	var out []*node
	for _, k := range dn.kids {
		if k.kind != elemNode || local(k.name) != "definedName" {
			out = append(out, k)
			continue
		}
		id, err := strconv.Atoi(k.get("localSheetId"))
		switch {
		case err != nil:
			out = append(out, k)
		case id > form:
			k.set("localSheetId", strconv.Itoa(id+n))
			out = append(out, k)
		case id < form:
			out = append(out, k)
		default:
			out = append(out, k)
			for i, name := range names[1:] {
				c := k.clone()
				c.set("localSheetId", strconv.Itoa(form+1+i))
				if t := c.textOf(); t != "" {
					c.setText(renameFormula(t, names[0], name))
				}
				out = append(out, c)
			}
		}
	}
	dn.kids = out
}
