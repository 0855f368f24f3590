package form

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/internal/xlsx"
)

// finish sets what the whole workbook needs once filled: formulas computed
// when the file opens (their saved values were the unfilled form's), and
// no stale list of sheet names in the document properties.
func (fl *filler) finish() error {
	wb, err := fl.p.tree(fl.wb)
	if err != nil {
		return err
	}
	root := wb.root()
	cp := root.child("calcPr")
	if cp == nil {
		cp = elem(root.name, "calcPr", "calcId", "191029")
		root.insertBefore(cp, "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes",
			"webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst")
	}
	cp.set("fullCalcOnLoad", "1")
	dropForeignExt(root)
	// Formulas on the form's other sheets may sum the filled ones.
	for _, o := range fl.others {
		if o.part == "" {
			continue
		}
		if _, parsed := fl.p.trees[o.part]; !parsed && !strings.Contains(string(fl.p.parts[o.part]), "<v>") {
			continue
		}
		if _, parsed := fl.p.trees[o.part]; !parsed && !strings.Contains(string(fl.p.parts[o.part]), "</f>") {
			continue
		}
		t, err := fl.p.tree(o.part)
		if err != nil {
			return err
		}
		dropCachedValues(t.root())
	}
	// A calculation chain lists formula cells by position; rows moved, so
	// it is dropped (Excel rebuilds it).
	if rs, root, err := fl.p.rels(fl.wb); err == nil && root != nil {
		var keep []*node
		for _, k := range root.kids {
			if k.kind == elemNode && strings.HasSuffix(k.get("Type"), "/calcChain") {
				target := resolve(fl.wb, k.get("Target"))
				fl.p.remove(target)
				fl.p.dropOverride(target)
				continue
			}
			keep = append(keep, k)
		}
		root.kids = keep
		_ = rs
	}
	if fl.p.exists("docProps/app.xml") {
		if t, err := fl.p.tree("docProps/app.xml"); err == nil {
			t.root().removeKids("HeadingPairs")
			t.root().removeKids("TitlesOfParts")
		}
	}
	return nil
}

// libreOfficeNS is the namespace of LibreOffice's own extensions.
const libreOfficeNS = "http://schemas.libreoffice.org/"

// dropForeignExt removes LibreOffice's extension of a workbook (its
// formula syntax setting), which it writes without declaring it
// ignorable: Excel skips it, but a strict reader (and the schema check)
// calls the part invalid. Nothing of the form's content is in it.
func dropForeignExt(root *node) {
	el := root.child("extLst")
	if el == nil {
		return
	}
	var keep []*node
	for _, k := range el.kids {
		if k.kind == elemNode && local(k.name) == "ext" {
			foreign := false
			for _, a := range k.attr {
				if a.Name.Space == "xmlns" && strings.HasPrefix(a.Value, libreOfficeNS) {
					foreign = true
				}
			}
			if foreign {
				continue
			}
		}
		keep = append(keep, k)
	}
	el.kids = keep
	if len(el.children("ext")) == 0 {
		root.removeKids("extLst")
	}
}

// checksSheet adds the Kiểm tra sheet: every placeholder not filled,
// every unit left out, and the report's own warnings (conflicting
// figures, unknown indicators), in Vietnamese.
func (fl *filler) checksSheet(ps diag.List) error {
	sheets, err := fl.p.sheets(fl.wb)
	if err != nil {
		return err
	}
	var taken []string
	for _, s := range sheets {
		taken = append(taken, s.name)
	}
	name := xlsx.NewSheetNamer(taken...).Name(xlsx.SheetChecks)
	head, body, err := fl.checkStyles()
	if err != nil {
		return err
	}
	pr := diag.Printer(language.Vietnamese)
	type line struct{ what, sheet, cell, ph, text, where string }
	var lines []line
	for _, p := range fl.probs {
		what := "Chỗ điền không hiểu"
		if p.missing {
			what = "Thiếu số liệu"
		}
		lines = append(lines, line{what, p.sheet, p.cell, p.raw, pr.Sprintf(p.why.format, p.why.args...), ""})
	}
	for _, lo := range fl.leftOut {
		lines = append(lines, line{"Công thức không gồm số một phần năm", lo.sheet, lo.cell, "",
			"Không gồm " + strings.Join(lo.cells, ", ") + ": số của một phần năm (chưa phải cả năm) được ghi dạng chữ, công thức không cộng", ""})
	}
	for _, p := range ps {
		if p.Format == leftOutFormat {
			continue
		}
		if !strings.HasPrefix(p.Format, "%s: %s: ") && !strings.HasPrefix(p.Format, "sheet %s: ") {
			lines = append(lines, line{"Đơn vị không có trang", "", "", "", pr.Sprintf(p.Format, p.Args...), ""})
		}
	}
	for _, c := range fl.rep.Checks {
		where := c.Problem.File
		if c.Problem.Line > 0 {
			where += ":" + strconv.Itoa(c.Problem.Line)
		}
		text := c.Unit + ", " + c.Code + " " + strconv.Itoa(c.Year) + " (" + report.KindTitle(facts.Kind(c.Kind)) + "): " + pr.Sprintf(c.Problem.Format, c.Problem.Args...)
		lines = append(lines, line{c.What, "", "", "", text, where})
	}
	cols := []struct {
		title string
		width float64
	}{{"STT", 6}, {"Vấn đề", 22}, {"Trang tính", 18}, {"Ô", 7}, {"Chỗ điền", 30}, {"Nội dung", 70}, {"Vị trí", 24}}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	last := len(lines) + 1
	if len(lines) == 0 {
		last = 2
	}
	b.WriteString(`<dimension ref="A1:` + colName(len(cols)) + strconv.Itoa(last) + `"/>`)
	b.WriteString(`<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`)
	b.WriteString(`<sheetFormatPr defaultRowHeight="15"/><cols>`)
	for i, c := range cols {
		n := strconv.Itoa(i + 1)
		b.WriteString(`<col min="` + n + `" max="` + n + `" width="` + strconv.FormatFloat(c.width, 'f', -1, 64) + `" customWidth="1"/>`)
	}
	b.WriteString(`</cols><sheetData>`)
	cell := func(col, row int, v string, style int) {
		b.WriteString(`<c r="` + colName(col) + strconv.Itoa(row) + `" s="` + strconv.Itoa(style) + `"`)
		if v == "" {
			b.WriteString(`/>`)
			return
		}
		if _, err := strconv.Atoi(v); err == nil && col == 1 {
			b.WriteString(`><v>` + v + `</v></c>`)
			return
		}
		b.WriteString(` t="inlineStr"><is><t xml:space="preserve">`)
		escapeInto(&b, v)
		b.WriteString(`</t></is></c>`)
	}
	b.WriteString(`<row r="1">`)
	for i, c := range cols {
		cell(i+1, 1, c.title, head)
	}
	b.WriteString(`</row>`)
	if len(lines) == 0 {
		b.WriteString(`<row r="2">`)
		cell(2, 2, "Đã điền mọi chỗ điền; không có cảnh báo nào.", body)
		b.WriteString(`</row>`)
	}
	for i, l := range lines {
		r := i + 2
		b.WriteString(`<row r="` + strconv.Itoa(r) + `">`)
		for j, v := range []string{strconv.Itoa(i + 1), l.what, l.sheet, l.cell, l.ph, l.text, l.where} {
			cell(j+1, r, v, body)
		}
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`)
	b.WriteString(`<pageSetup paperSize="9" orientation="landscape"/></worksheet>`)
	part := fl.p.freeName("xl/worksheets/sheet1.xml")
	fl.p.parts[part] = []byte(b.String())
	if err := fl.p.setOverride(part, ctWorksheet); err != nil {
		return err
	}
	rid, err := fl.p.addRel(fl.wb, relWorksheet, part)
	if err != nil {
		return err
	}
	wb, err := fl.p.tree(fl.wb)
	if err != nil {
		return err
	}
	ss := wb.root().child("sheets")
	maxID := 0
	var like *node
	for _, s := range ss.children("sheet") {
		if id, err := strconv.Atoi(s.get("sheetId")); err == nil && id > maxID {
			maxID = id
		}
		like = s
	}
	sn := elem(ss.name, "sheet", "name", name, "sheetId", strconv.Itoa(maxID+1))
	p := "r"
	if like != nil {
		p = rPrefix(like)
	}
	sn.set(p+":id", rid)
	ss.kids = append(ss.kids, sn)
	return nil
}

func escapeInto(b *strings.Builder, s string) {
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
			if xmlChar(r) {
				b.WriteRune(r)
			}
		}
	}
}

// checkStyles adds the two cell styles of the checks sheet (a bold boxed
// heading, boxed wrapped text) to the form's styles.
func (fl *filler) checkStyles() (head, body int, err error) {
	rs, _, err := fl.p.rels(fl.wb)
	if err != nil {
		return 0, 0, err
	}
	part := ""
	for _, r := range rs {
		if r.typ == relStyles {
			part = r.part
		}
	}
	if part == "" || !fl.p.exists(part) {
		return 0, 0, nil // no styles: plain cells
	}
	t, err := fl.p.tree(part)
	if err != nil {
		return 0, 0, err
	}
	ss := t.root()
	add := func(list string, el *node, after ...string) int {
		l := ss.child(list)
		if l == nil {
			l = elem(ss.name, list)
			ss.insertBefore(l, after...)
		}
		l.kids = append(l.kids, el)
		n := len(l.children(el.name[strings.LastIndexByte(el.name, ':')+1:]))
		l.set("count", strconv.Itoa(n))
		return n - 1
	}
	p := ss.name
	font := func(bold bool) *node {
		f := elem(p, "font")
		if bold {
			f.kids = append(f.kids, elem(p, "b"))
		}
		f.kids = append(f.kids, elem(p, "sz", "val", "11"), elem(p, "name", "val", "Times New Roman"), elem(p, "family", "val", "1"))
		return f
	}
	bold := add("fonts", font(true), "fills", "borders", "cellStyleXfs", "cellXfs")
	plain := add("fonts", font(false), "fills", "borders", "cellStyleXfs", "cellXfs")
	border := elem(p, "border")
	for _, side := range []string{"left", "right", "top", "bottom"} {
		s := elem(p, side, "style", "thin")
		s.kids = []*node{elem(p, "color", "indexed", "64")}
		border.kids = append(border.kids, s)
	}
	border.kids = append(border.kids, elem(p, "diagonal"))
	bid := add("borders", border, "cellStyleXfs", "cellXfs")
	xf := func(font int, h string) *node {
		x := elem(p, "xf", "numFmtId", "0", "fontId", strconv.Itoa(font), "fillId", "0", "borderId", strconv.Itoa(bid), "xfId", "0",
			"applyFont", "1", "applyBorder", "1", "applyAlignment", "1")
		al := elem(p, "alignment", "vertical", "top", "wrapText", "1")
		if h != "" {
			al.set("horizontal", h)
		}
		x.kids = []*node{al}
		return x
	}
	head = add("cellXfs", xf(bold, "center"), "cellStyles", "dxfs", "tableStyles", "colors", "extLst")
	body = add("cellXfs", xf(plain, ""), "cellStyles", "dxfs", "tableStyles", "colors", "extLst")
	return head, body, nil
}
