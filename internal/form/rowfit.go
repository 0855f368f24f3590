package form

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A repeated row is as high as the form's row, but its copies hold text
// the form's author never saw (a long indicator name, remarks). Neither
// Excel nor LibreOffice grows a row for wrapped text in a file it did not
// lay out itself, so the filler does, for repeated rows whose height the
// form did not fix, estimating lines from the column widths as the
// built-in report does.

// colWidths reads a sheet's column widths (in characters).
func colWidths(ws *node) func(col int) float64 {
	def := 8.43
	if fp := ws.child("sheetFormatPr"); fp != nil {
		if w, err := strconv.ParseFloat(fp.get("defaultColWidth"), 64); err == nil {
			def = w
		} else if b, err := strconv.ParseFloat(fp.get("baseColWidth"), 64); err == nil {
			def = b + 0.71
		}
	}
	type span struct {
		min, max int
		w        float64
	}
	var spans []span
	if cols := ws.child("cols"); cols != nil {
		for _, c := range cols.children("col") {
			lo, e1 := strconv.Atoi(c.get("min"))
			hi, e2 := strconv.Atoi(c.get("max"))
			w, e3 := strconv.ParseFloat(c.get("width"), 64)
			if e1 == nil && e2 == nil && e3 == nil {
				spans = append(spans, span{lo, hi, w})
			}
		}
	}
	return func(col int) float64 {
		for _, s := range spans {
			if col >= s.min && col <= s.max {
				return s.w
			}
		}
		return def
	}
}

// cellLook is what the height of a cell's text depends on.
type cellLook struct {
	wrap bool
	size float64
}

// looks reads wrap and font size of every cell format.
func (fl *filler) looks() []cellLook {
	st := fl.styles()
	if st.xfs == nil {
		return nil
	}
	var sizes []float64
	if fonts := st.root.child("fonts"); fonts != nil {
		for _, f := range fonts.children("font") {
			sz := 11.0
			if s := f.child("sz"); s != nil {
				if v, err := strconv.ParseFloat(s.get("val"), 64); err == nil {
					sz = v
				}
			}
			sizes = append(sizes, sz)
		}
	}
	var out []cellLook
	for _, x := range st.xfs.children("xf") {
		l := cellLook{size: 11}
		if id, err := strconv.Atoi(x.get("fontId")); err == nil && id >= 0 && id < len(sizes) {
			l.size = sizes[id]
		}
		if a := x.child("alignment"); a != nil {
			w := a.get("wrapText")
			l.wrap = w == "1" || w == "true"
		}
		out = append(out, l)
	}
	return out
}

// fitRow sets the height of a repeated row to its wrapped text. A row
// whose height the form fixed keeps it, unless grow: a figure of part of
// the year is two lines that must both show (the number is the first),
// and the row only grows for it.
func (fl *filler) fitRow(sh *sheet, r *node, width func(int) float64, looks []cellLook, merged map[string]int, grow bool) {
	if v := r.get("customHeight"); !grow && (v == "1" || v == "true") {
		if h, err := strconv.ParseFloat(r.get("ht"), 64); err == nil && h > 0 {
			return // the form's author fixed it
		}
	}
	best := 0.0
	for _, c := range r.children("c") {
		s, _ := strconv.Atoi(c.get("s"))
		if s < 0 || s >= len(looks) || !looks[s].wrap {
			continue
		}
		txt := ""
		if is := c.child("is"); is != nil {
			txt = stringItemText(is)
		} else {
			txt, _ = fl.cellText(c)
		}
		if txt == "" {
			continue
		}
		col, _, _ := cellPos(c.get("r"))
		w := 0.0
		for k := 0; k < max(1, merged[c.get("r")]); k++ {
			w += width(col + k)
		}
		size := looks[s].size
		per := math.Max(1, math.Floor(w*11/size))
		lines := 0
		for _, l := range strings.Split(txt, "\n") {
			lines += wrappedLines(l, int(per))
		}
		best = math.Max(best, float64(lines)*size*1.32)
	}
	if best > 0 {
		cur, _ := strconv.ParseFloat(r.get("ht"), 64)
		if best > cur+0.5 && best > 15.5 {
			r.set("ht", strconv.FormatFloat(math.Round(best*4)/4, 'f', -1, 64))
			r.set("customHeight", "1")
		}
	}
}

// mergedWidths maps the first cell of each merge within one row to how
// many columns it spans.
func mergedWidths(ws *node) map[string]int {
	out := map[string]int{}
	if mc := ws.child("mergeCells"); mc != nil {
		for _, m := range mc.children("mergeCell") {
			if r, ok := parseRef(m.get("ref")); ok && r.pair {
				out[r.a.String()] = r.b.col - r.a.col + 1
			}
		}
	}
	return out
}

// wrappedLines is how many lines a line of text takes where per
// characters fit on one: words move whole to the next line, and a word
// longer than a line is broken.
func wrappedLines(l string, per int) int {
	per = max(per, 1)
	lines, used := 1, 0
	for _, w := range strings.Fields(l) {
		n := utf8.RuneCountInString(w)
		switch {
		case used == 0:
		case used+1+n <= per:
			used += 1 + n
			continue
		default:
			lines++
		}
		lines += (n - 1) / per
		used = (n-1)%per + 1
	}
	return lines
}
