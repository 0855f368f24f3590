package form

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// sheet is a worksheet part being filled.
type sheet struct {
	name string
	part string
	doc  *node
	ws   *node // <worksheet>
	data *node // <sheetData>
}

func (fl *filler) loadSheet(name, part string) (*sheet, error) {
	doc, err := fl.p.tree(part)
	if err != nil {
		return nil, err
	}
	ws := doc.root()
	if ws == nil || local(ws.name) != "worksheet" {
		return nil, fmt.Errorf("part %s is not a worksheet", part)
	}
	data := ws.child("sheetData")
	if data == nil {
		data = elem(ws.name, "sheetData")
		ws.insertBefore(data, sheetDataAfter...)
	}
	sh := &sheet{name: name, part: part, doc: doc, ws: ws, data: data}
	sh.normalise()
	return sh, nil
}

// sheetDataAfter are the elements that follow <sheetData> in a worksheet.
var sheetDataAfter = []string{"sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState",
	"dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
	"hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
	"customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
	"drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"}

// normalise gives every row and cell its reference (writers may leave them
// out for consecutive ones) and orders rows, so rows can be moved.
func (sh *sheet) normalise() {
	next := 1
	for _, r := range sh.rows() {
		n, err := strconv.Atoi(r.get("r"))
		if err != nil || n < 1 {
			n = next
			r.set("r", strconv.Itoa(n))
		}
		next = n + 1
		col := 1
		for _, c := range r.children("c") {
			cc, _, ok := cellPos(c.get("r"))
			if !ok {
				cc = col
			}
			c.set("r", colName(cc)+strconv.Itoa(n))
			col = cc + 1
		}
	}
	rows := sh.rows()
	sort.SliceStable(rows, func(i, j int) bool { return rowNum(rows[i]) < rowNum(rows[j]) })
	var kids []*node
	for _, k := range sh.data.kids {
		if k.kind != elemNode {
			kids = append(kids, k)
		}
	}
	for _, r := range rows {
		kids = append(kids, r)
	}
	sh.data.kids = kids
}

func (sh *sheet) rows() []*node { return sh.data.children("row") }

func rowNum(r *node) int {
	n, _ := strconv.Atoi(r.get("r"))
	return n
}

// cellPos reads "AB12".
func cellPos(ref string) (col, row int, ok bool) {
	e, k, ok := parseEndpoint(ref)
	if !ok || k != 'c' || e.absCol || e.absRow {
		return 0, 0, false
	}
	return e.col, e.row, true
}

// setRow renumbers a row and its cells.
func setRow(r *node, n int) {
	r.set("r", strconv.Itoa(n))
	for _, c := range r.children("c") {
		col, _, _ := cellPos(c.get("r"))
		c.set("r", colName(col)+strconv.Itoa(n))
	}
}

// formulas calls fn on the text of every formula in a worksheet tree
// (cells, conditional formats, validations, and their extLst forms) and
// sqref on every list of references (merges excepted when noMerge), so a
// row change reaches all of them.
func walkRefs(root *node, formula func(host *node, f string) string, sqref func(el *node, s string) string) {
	root.walk(func(n *node) {
		ln := local(n.name)
		for i, a := range n.attr {
			switch a.Name.Local {
			case "ref", "sqref", "topLeftCell", "activeCell":
				if a.Name.Space != "" && a.Name.Space != "xr" {
					continue
				}
				if nv := sqref(n, a.Value); nv != a.Value {
					n.attr[i].Value = nv
				}
			}
		}
		switch ln {
		case "f", "formula", "formula1", "formula2":
			if t := n.textOf(); t != "" {
				if nt := formula(n, t); nt != t {
					n.setText(nt)
				}
			}
		case "sqref":
			if t := n.textOf(); t != "" {
				if nt := sqref(n, t); nt != t {
					n.setText(nt)
				}
			}
		}
	})
}

// insertRows makes room for count rows before row at on a sheet: rows,
// cells, formulas, merges, formats, validations, links, page breaks on the
// sheet, and what points at it from elsewhere (defined names, other
// sheets, its drawings, tables and charts).
func (fl *filler) insertRows(sh *sheet, at, count int) error {
	for _, r := range sh.rows() {
		if n := rowNum(r); n >= at {
			setRow(r, n+count)
		}
	}
	fn := insertFn(sh.name, sh.name, at, count)
	walkRefs(sh.ws, func(_ *node, f string) string { return rewriteFormula(f, fn) },
		func(_ *node, s string) string { return rewriteSqref(s, fn) })
	if rb := sh.ws.child("rowBreaks"); rb != nil {
		for _, b := range rb.children("brk") {
			if id, err := strconv.Atoi(b.get("id")); err == nil && id >= at {
				b.set("id", strconv.Itoa(id+count))
			}
		}
	}
	if err := fl.shiftAnchors(sh, at, count); err != nil {
		return err
	}
	return fl.elsewhere(sh, func(host string) refFunc { return insertFn(host, sh.name, at, count) })
}

// stretch extends the ranges that end on a repeated row (and start on it
// or above) over the count rows added under it: a SUM under the block, a
// conditional format over the row. Merges are not stretched (each copy
// gets its own), nor formulas on the row itself (each copy gets its own).
func (fl *filler) stretch(sh *sheet, row, count int) error {
	fn := stretchFn(sh.name, sh.name, row, row, count)
	// Lists of cells (formats, validations) stretch from a single cell too.
	cells := func(r ref) (ref, bool) {
		if !r.pair && r.a.row == row {
			r.b, r.pair = r.a, true
		}
		return fn(r)
	}
	own := map[*node]bool{}
	for _, r := range sh.rows() {
		if rowNum(r) == row {
			r.walk(func(n *node) { own[n] = true })
		}
	}
	walkRefs(sh.ws, func(host *node, f string) string {
		if own[host] {
			return f
		}
		return rewriteFormula(f, fn)
	}, func(el *node, s string) string {
		switch local(el.name) {
		case "mergeCell", "f", "selection", "pane", "dimension", "hyperlink":
			return s
		}
		return rewriteSqref(s, cells)
	})
	return fl.elsewhere(sh, func(host string) refFunc { return stretchFn(host, sh.name, row, row, count) })
}

// copyRow puts a copy of row src at row dst (an empty row, made room for):
// cells with their styles, relative references moved, merges of the row,
// height.
func (fl *filler) copyRow(sh *sheet, src *node, dst int) *node {
	k := dst - rowNum(src)
	cp := src.clone()
	setRow(cp, dst)
	mv := moveFn(k, 0)
	for _, c := range cp.children("c") {
		for _, f := range c.children("f") {
			if t := f.textOf(); t != "" {
				f.setText(rewriteFormula(t, mv))
			}
			if ref := f.get("ref"); ref != "" {
				f.set("ref", rewriteSqref(ref, mv))
			}
		}
	}
	// Insert in order.
	rows := sh.data.kids
	at := len(rows)
	for i, r := range rows {
		if r.kind == elemNode && local(r.name) == "row" && rowNum(r) > dst {
			at = i
			break
		}
	}
	sh.data.kids = append(rows[:at], append([]*node{cp}, rows[at:]...)...)
	if mc := sh.ws.child("mergeCells"); mc != nil {
		srcRow := rowNum(src)
		for _, m := range mc.children("mergeCell") {
			r, ok := parseRef(m.get("ref"))
			if !ok || !r.pair {
				continue
			}
			if lo, hi := r.rows(); lo == srcRow && hi == srcRow {
				nm := m.clone()
				nm.set("ref", rewriteSqref(m.get("ref"), mv))
				mc.kids = append(mc.kids, nm)
			}
		}
		mc.set("count", strconv.Itoa(len(mc.children("mergeCell"))))
	}
	return cp
}

// shiftAnchors moves the pictures, shapes and charts of a sheet's
// drawings that sit at or below row at.
func (fl *filler) shiftAnchors(sh *sheet, at, count int) error {
	rs, _, err := fl.p.rels(sh.part)
	if err != nil {
		return err
	}
	for _, r := range rs {
		switch {
		case r.external:
			continue
		case r.typ == relDrawing:
			t, err := fl.p.tree(r.part)
			if err != nil {
				return err
			}
			t.root().walk(func(n *node) {
				switch local(n.name) {
				case "from", "to":
					if row := n.child("row"); row != nil {
						if v, err := strconv.Atoi(strings.TrimSpace(row.textOf())); err == nil && v >= at-1 {
							row.setText(strconv.Itoa(v + count))
						}
					}
				}
			})
		case r.typ == relTable:
			t, err := fl.p.tree(r.part)
			if err != nil {
				return err
			}
			fn := insertFn("", "", at, count)
			walkRefs(t.root(), func(_ *node, f string) string { return f }, func(_ *node, s string) string { return rewriteSqref(s, fn) })
		}
	}
	return nil
}

// elsewhere applies a reference change for sheet sh to what lies outside
// it: defined names, the formulas of the form's other sheets, and charts.
func (fl *filler) elsewhere(sh *sheet, fn func(host string) refFunc) error {
	wb, err := fl.p.tree(fl.wb)
	if err != nil {
		return err
	}
	if dn := wb.root().child("definedNames"); dn != nil {
		f := fn("\x00")
		for _, d := range dn.children("definedName") {
			if t := d.textOf(); t != "" {
				if nt := rewriteFormula(t, f); nt != t {
					d.setText(nt)
				}
			}
		}
	}
	for _, o := range fl.others {
		if o.name == sh.name || !fl.mentions(o.part, sh.name) {
			continue
		}
		t, err := fl.p.tree(o.part)
		if err != nil {
			return err
		}
		f := fn(o.name)
		walkRefs(t.root(), func(_ *node, s string) string { return rewriteFormula(s, f) },
			func(_ *node, s string) string { return s })
	}
	for _, c := range fl.charts {
		if !fl.mentions(c, sh.name) {
			continue
		}
		t, err := fl.p.tree(c)
		if err != nil {
			return err
		}
		f := fn("\x00")
		t.root().walk(func(n *node) {
			if local(n.name) == "f" {
				if s := n.textOf(); s != "" {
					if ns := rewriteFormula(s, f); ns != s {
						n.setText(ns)
					}
				}
			}
		})
	}
	return nil
}

// mentions reports whether a part may refer to a sheet by name (a cheap
// test before parsing it).
func (fl *filler) mentions(part, sheet string) bool {
	if t, ok := fl.p.trees[part]; ok {
		_ = t
		return true
	}
	b := strings.ToLower(string(fl.p.parts[part]))
	return strings.Contains(b, strings.ToLower(sheet)) || strings.Contains(b, strings.ToLower(xmlEscape(sheet)))
}

func xmlEscape(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "'", "&apos;", `"`, "&quot;")
	return r.Replace(s)
}

// unshare turns shared formulas into one formula per cell, so a row can
// be copied or moved on its own.
func unshare(sh *sheet) {
	type master struct {
		col, row int
		text     string
	}
	masters := map[string]master{}
	for _, r := range sh.rows() {
		for _, c := range r.children("c") {
			f := c.child("f")
			if f == nil || f.get("t") != "shared" {
				continue
			}
			if t := f.textOf(); t != "" && f.get("ref") != "" {
				col, row, _ := cellPos(c.get("r"))
				masters[f.get("si")] = master{col, row, t}
			}
		}
	}
	for _, r := range sh.rows() {
		for _, c := range r.children("c") {
			f := c.child("f")
			if f == nil || f.get("t") != "shared" {
				continue
			}
			m, ok := masters[f.get("si")]
			col, row, _ := cellPos(c.get("r"))
			f.del("t")
			f.del("si")
			f.del("ref")
			if !ok {
				continue
			}
			if col == m.col && row == m.row {
				continue
			}
			f.setText(rewriteFormula(m.text, moveFn(row-m.row, col-m.col)))
		}
	}
}

// setDimension writes the used range, which readers trust for the size of
// the sheet.
func setDimension(sh *sheet) {
	minC, minR, maxC, maxR := 0, 0, 0, 0
	for _, r := range sh.rows() {
		for _, c := range r.children("c") {
			col, row, ok := cellPos(c.get("r"))
			if !ok {
				continue
			}
			if minC == 0 || col < minC {
				minC = col
			}
			if minR == 0 || row < minR {
				minR = row
			}
			maxC, maxR = max(maxC, col), max(maxR, row)
		}
	}
	ref := "A1"
	if minC > 0 {
		ref = colName(minC) + strconv.Itoa(minR)
		if maxC != minC || maxR != minR {
			ref += ":" + colName(maxC) + strconv.Itoa(maxR)
		}
	}
	d := sh.ws.child("dimension")
	if d == nil {
		d = elem(sh.ws.name, "dimension")
		sh.ws.insertBefore(d, "sheetViews", "sheetFormatPr", "cols", "sheetData")
	}
	d.set("ref", ref)
}

// dropCachedValues removes the values a program saved with each formula:
// they were computed from the unfilled form, and a reader that shows
// cached values (a phone's preview, LibreOffice) would show them. Excel
// and LibreOffice compute the formulas when the file opens.
func dropCachedValues(ws *node) bool {
	changed := false
	ws.walk(func(n *node) {
		if local(n.name) != "c" || n.child("f") == nil {
			return
		}
		if n.child("v") != nil {
			n.removeKids("v")
			changed = true
		}
		if t := n.get("t"); t != "" {
			n.del("t")
			changed = true
		}
	})
	return changed
}
