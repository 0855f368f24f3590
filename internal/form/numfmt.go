package form

import (
	"strconv"

	"github.com/chitieu/chitieu/internal/report"
)

// A figure put in a cell the form left in the General format gets the
// number format of the built-in report: grouped, with as many decimals as
// the value needs (none for 1.842, two for 4.435,98; one at least for a
// percentage, 105,2), and the Vietnamese locale tag so LibreOffice shows
// Vietnamese separators. A cell the form formatted keeps its format.

// vi is the Vietnamese locale tag of number formats.
const vi = "[$-42A]"

func fixedFormat(d int) string {
	if d == 0 {
		return vi + "#,##0"
	}
	f := vi + "#,##0."
	for i := 0; i < d; i++ {
		f += "0"
	}
	return f
}

// figureDecimals is how many decimals a figure shows.
func figureDecimals(m report.Measure, v float64) int {
	switch m {
	case report.Percent:
		return max(1, report.Decimals(v, 2))
	case report.Count:
		if v == float64(int64(v)) {
			return 0
		}
	}
	return report.Decimals(v, 2)
}

// styleSheet is the form's cell formats, loaded when a figure needs one.
type styleSheet struct {
	root    *node
	xfs     *node          // <cellXfs>
	numFmts *node          // <numFmts>
	made    map[[2]int]int // (xf, decimals or wrapKey) → new xf
	codes   map[string]int // format code → numFmtId
	general map[int]bool   // xfs whose format is General
}

func (fl *filler) styles() *styleSheet {
	if fl.st != nil {
		return fl.st
	}
	fl.st = &styleSheet{}
	rs, _, err := fl.p.rels(fl.wb)
	if err != nil {
		return fl.st
	}
	for _, r := range rs {
		if r.typ != relStyles || !fl.p.exists(r.part) {
			continue
		}
		t, err := fl.p.tree(r.part)
		if err != nil {
			return fl.st
		}
		st := fl.st
		st.root = t.root()
		st.xfs = st.root.child("cellXfs")
		st.numFmts = st.root.child("numFmts")
		st.made, st.codes, st.general = map[[2]int]int{}, map[string]int{}, map[int]bool{}
		if st.numFmts != nil {
			for _, f := range st.numFmts.children("numFmt") {
				if id, err := strconv.Atoi(f.get("numFmtId")); err == nil {
					st.codes[f.get("formatCode")] = id
				}
			}
		}
	}
	return fl.st
}

// numberFormat gives a figure's cell a number format when the form's is
// General.
func (fl *filler) numberFormat(c *node, r result) {
	st := fl.styles()
	if st.xfs == nil {
		return
	}
	xf := 0
	if s := c.get("s"); s != "" {
		xf, _ = strconv.Atoi(s)
	}
	xfs := st.xfs.children("xf")
	if xf < 0 || xf >= len(xfs) {
		return
	}
	if id := xfs[xf].get("numFmtId"); id != "" && id != "0" {
		return // the form's own format
	}
	d := figureDecimals(r.measure, r.num)
	key := [2]int{xf, d}
	if n, ok := st.made[key]; ok {
		c.set("s", strconv.Itoa(n))
		return
	}
	code := fixedFormat(d)
	id, ok := st.codes[code]
	if !ok {
		id = 164
		for _, v := range st.codes {
			if v >= id {
				id = v + 1
			}
		}
		if st.numFmts == nil {
			// numFmts comes first in a styleSheet.
			st.numFmts = elem(st.root.name, "numFmts")
			st.root.kids = moveFirst(st.root.kids, st.numFmts)
		}
		st.numFmts.kids = append(st.numFmts.kids, elem(st.root.name, "numFmt", "numFmtId", strconv.Itoa(id), "formatCode", code))
		st.numFmts.set("count", strconv.Itoa(len(st.numFmts.children("numFmt"))))
		st.codes[code] = id
	}
	nx := xfs[xf].clone()
	nx.set("numFmtId", strconv.Itoa(id))
	nx.set("applyNumberFormat", "1")
	st.xfs.kids = append(st.xfs.kids, nx)
	n := len(xfs)
	st.xfs.set("count", strconv.Itoa(n+1))
	st.made[key] = n
	c.set("s", strconv.Itoa(n))
}

// moveFirst puts n before every element (after a leading declaration).
func moveFirst(kids []*node, n *node) []*node {
	out := []*node{}
	for _, k := range kids {
		if k != n {
			out = append(out, k)
		}
	}
	return append([]*node{n}, out...)
}

// wrapText gives a cell a copy of its format that wraps text, keeping the
// form's alignment, font and borders: a figure of part of the year is two
// lines ("5.606" over "(đến 31/10/2024)"), and unwrapped it would spill
// over the empty cell beside it, the plan's, and read as in that column.
// It reports false when the form has no cell formats to copy.
func (fl *filler) wrapText(c *node) bool {
	st := fl.styles()
	if st.xfs == nil {
		return false
	}
	xf := 0
	if s := c.get("s"); s != "" {
		xf, _ = strconv.Atoi(s)
	}
	xfs := st.xfs.children("xf")
	if xf < 0 || xf >= len(xfs) {
		return false
	}
	fl.wrapped = true
	if a := xfs[xf].child("alignment"); a != nil && (a.get("wrapText") == "1" || a.get("wrapText") == "true") {
		return true
	}
	key := [2]int{xf, wrapKey}
	if n, ok := st.made[key]; ok {
		c.set("s", strconv.Itoa(n))
		return true
	}
	nx := xfs[xf].clone()
	a := nx.child("alignment")
	if a == nil {
		// alignment comes first among an xf's children.
		a = elem(st.root.name, "alignment")
		nx.kids = append([]*node{a}, nx.kids...)
	}
	a.set("wrapText", "1")
	nx.set("applyAlignment", "1")
	st.xfs.kids = append(st.xfs.kids, nx)
	n := len(xfs)
	st.xfs.set("count", strconv.Itoa(n+1))
	st.made[key] = n
	c.set("s", strconv.Itoa(n))
	return true
}

// wrapKey stands for "wraps" in styleSheet.made, beside decimal counts.
const wrapKey = -1
