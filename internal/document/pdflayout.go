package document

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rebuilding lines, paragraphs and tables from a page's glyphs.
//
// Lines are glyphs on one baseline, left to right; a gap wider than a
// fraction of the font size is a space, a gap of several spaces separates
// chunks (the cells of a table row, or columns of a layout). A table is a
// run of horizontal ruling lines of one width (LibreOffice and Word draw a
// bordered table so): the bands between the rules are its rows, and the
// columns are the vertical rules inside it or, where it has none, the
// runs of white space that no chunk of the table crosses. Without rules, a
// run of lines of several chunks each is a table of one row a line.
// Everything else is prose: successive lines of a paragraph, each running
// to the right margin, are joined into one line of text.

// Gaps, in units of the font size.
const (
	spaceGap = 0.18 // a gap wider than this is a space
	chunkGap = 1.0  // a gap wider than this separates chunks
	lineTol  = 0.4  // baselines closer than this are one line
)

type chunk struct {
	text   string
	x0, x1 float64
	y, h   float64
	words  []chunk // the chunk's words, for cutting it at a column bound
}

type textLine struct {
	y, h   float64
	chunks []chunk
	used   bool // taken into a table
}

func (l textLine) x0() float64 { return l.chunks[0].x0 }
func (l textLine) x1() float64 { return l.chunks[len(l.chunks)-1].x1 }

func (l textLine) text() string {
	parts := make([]string, len(l.chunks))
	for i, c := range l.chunks {
		parts[i] = c.text
	}
	return strings.Join(parts, " ")
}

// pageLines groups a page's glyphs into lines, top to bottom.
func pageLines(gs []glyph) []textLine {
	var kept []glyph
	for _, g := range gs {
		if g.text != "" && g.h > 0 && !math.IsInf(g.x, 0) && !math.IsNaN(g.x) && !math.IsNaN(g.y) {
			kept = append(kept, g)
		}
	}
	sort.SliceStable(kept, func(a, b int) bool {
		if math.Abs(kept[a].y-kept[b].y) > 0.01 {
			return kept[a].y > kept[b].y
		}
		return kept[a].x < kept[b].x
	})
	var lines [][]glyph
	for _, g := range kept {
		n := len(lines)
		if n > 0 {
			first := lines[n-1][0]
			if math.Abs(first.y-g.y) <= lineTol*max(first.h, g.h) {
				lines[n-1] = append(lines[n-1], g)
				continue
			}
		}
		lines = append(lines, []glyph{g})
	}
	out := make([]textLine, 0, len(lines))
	for _, l := range lines {
		sort.SliceStable(l, func(a, b int) bool { return l[a].x < l[b].x })
		out = append(out, chunksOf(l))
	}
	return out
}

// chunksOf splits a line's glyphs (sorted by x) into chunks at wide gaps,
// with spaces at narrow ones. A glyph drawn twice at one place (fake bold)
// is read once.
func chunksOf(l []glyph) textLine {
	tl := textLine{y: l[0].y}
	var b, wb strings.Builder
	var cur, word chunk
	prevEnd := math.Inf(-1)
	var prev glyph
	endWord := func() {
		word.text = wb.String()
		if word.text != "" {
			cur.words = append(cur.words, word)
		}
		wb.Reset()
		word = chunk{}
	}
	flush := func() {
		endWord()
		cur.text = strings.TrimSpace(collapse(b.String()))
		if cur.text != "" {
			tl.chunks = append(tl.chunks, cur)
		}
		b.Reset()
	}
	for i, g := range l {
		tl.h = max(tl.h, g.h)
		if i > 0 && g.text == prev.text && math.Abs(g.x-prev.x) < 0.3*g.h*0.5 && math.Abs(g.y-prev.y) < 0.5 {
			continue
		}
		gap := g.x - prevEnd
		switch {
		case i == 0:
			cur = chunk{x0: g.x, y: g.y, h: g.h}
		case gap > chunkGap*g.h && strings.TrimSpace(b.String()) != "":
			flush()
			cur = chunk{x0: g.x, y: g.y, h: g.h}
		case gap > spaceGap*g.h:
			b.WriteByte(' ')
			endWord()
		}
		if strings.TrimSpace(g.text) == "" {
			// A space glyph is a space, and says nothing of where the
			// next glyph starts.
			b.WriteByte(' ')
			endWord()
			prev = g
			continue
		}
		b.WriteString(g.text)
		if wb.Len() == 0 {
			word = chunk{x0: g.x, y: g.y, h: g.h}
		}
		wb.WriteString(g.text)
		word.x1 = g.x + g.w
		prevEnd = g.x + g.w
		cur.x1 = prevEnd
		cur.h = max(cur.h, g.h)
		prev = g
	}
	flush()
	return tl
}

// pdfRender collects the text and tables of a document's pages.
type pdfRender struct {
	b      strings.Builder
	tables []pendingTable
}

// block is a piece of a page in reading order: a paragraph or a table.
type pageBlock struct {
	y     float64
	text  string
	table *tableBuilder
}

func (r *pdfRender) page(p *pdfPage) {
	lines := pageLines(p.glyphs)
	var blocks []pageBlock
	for _, t := range ruledTables(lines, p.segs) {
		blocks = append(blocks, t)
	}
	for _, t := range alignedTables(lines) {
		blocks = append(blocks, t)
	}
	// Paragraphs: the lines no table took, joined where one runs on.
	// The right margin: where most full lines end (a line that runs
	// past it, a wide table or an unbroken address, does not move it).
	var ends []float64
	for _, l := range lines {
		if len(l.chunks) > 0 && !l.used {
			ends = append(ends, l.x1())
		}
	}
	sort.Float64s(ends)
	right := 0.0
	if len(ends) > 0 {
		right = ends[len(ends)*4/5]
	}
	var para *pageBlock
	var last textLine
	for _, l := range lines {
		if l.used || len(l.chunks) == 0 {
			para = nil
			continue
		}
		text := l.text()
		if para != nil && runsOn(last, l, right) {
			para.text += " " + text
			last = l
			continue
		}
		blocks = append(blocks, pageBlock{y: l.y, text: text})
		para = &blocks[len(blocks)-1]
		last = l
	}
	sort.SliceStable(blocks, func(a, b int) bool { return blocks[a].y > blocks[b].y })
	if r.b.Len() > 0 {
		r.b.WriteString("\n\n")
	}
	for _, bl := range blocks {
		if bl.table == nil {
			r.b.WriteString(bl.text)
			r.b.WriteByte('\n')
			continue
		}
		r.b.WriteByte('\n')
		for _, raw := range bl.table.rawRows {
			r.b.WriteString(raw)
			r.b.WriteByte('\n')
		}
		r.b.WriteByte('\n')
		if t := bl.table.table(); t != nil {
			r.tables = append(r.tables, pendingTable{t, bl.table.rawRows})
		}
	}
}

// runsOn reports whether line l continues the paragraph whose last line
// is prev: close below it, prev filled up to the right margin, and l not
// starting an item of a list.
func runsOn(prev, l textLine, right float64) bool {
	gap := prev.y - l.y
	if gap <= 0 || gap > 1.7*max(prev.h, l.h) || len(prev.chunks) > 1 || len(l.chunks) > 1 {
		return false
	}
	// prev ended where it did because the next word did not fit: had
	// there been room for l's first word, prev ended a paragraph.
	first := l.chunks[0]
	fw := first.x1 - first.x0
	if len(first.words) > 0 {
		fw = first.words[0].x1 - first.words[0].x0
	}
	if prev.x1()+fw+0.3*prev.h < right-1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.chunks[0].text)
	return !(r == '-' || r == '+' || r == '•' || r == '*' || unicode.IsDigit(r) && isItemNumber(firstWord(l.chunks[0].text)))
}

// isItemNumber reports the number of a list item: "1.", "12)", "3.2.".
func isItemNumber(w string) bool {
	t := strings.TrimRight(w, ".)")
	if t == w || t == "" {
		return false
	}
	for _, part := range strings.Split(t, ".") {
		if part == "" || len(part) > 2 || strings.Trim(part, "0123456789") != "" {
			return false
		}
	}
	return true
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// ruledTables finds tables drawn with horizontal rules: runs of at least
// three rules of about one extent, each band between two rules a row.
func ruledTables(lines []textLine, segs []segment) []pageBlock {
	var hs, vs []segment
	for _, s := range segs {
		if math.Abs(s.y1-s.y2) < 1 && math.Abs(s.x2-s.x1) > 20 {
			if s.x1 > s.x2 {
				s.x1, s.x2 = s.x2, s.x1
			}
			hs = append(hs, s)
		} else if math.Abs(s.x1-s.x2) < 1 && math.Abs(s.y2-s.y1) > 4 {
			if s.y1 > s.y2 {
				s.y1, s.y2 = s.y2, s.y1
			}
			vs = append(vs, s)
		}
	}
	hs = mergeRules(hs)
	var out []pageBlock
	used := make([]bool, len(hs))
	for i := range hs {
		if used[i] {
			continue
		}
		// The rules of this table: same extent, top to bottom.
		group := []int{i}
		for k := i + 1; k < len(hs); k++ {
			if !used[k] && math.Abs(hs[k].x1-hs[i].x1) < 6 && math.Abs(hs[k].x2-hs[i].x2) < 6 {
				group = append(group, k)
			}
		}
		if len(group) < 3 {
			continue
		}
		for _, k := range group {
			used[k] = true
		}
		ys := make([]float64, len(group))
		for n, k := range group {
			ys[n] = hs[k].y1
		}
		sort.Sort(sort.Reverse(sort.Float64Slice(ys)))
		if t := bandTable(lines, vs, hs, ys, hs[i].x1, hs[i].x2); t != nil {
			out = append(out, *t)
		}
	}
	return out
}

// mergeRules joins rules on one line that touch or overlap (a row border
// drawn cell by cell) and sorts them top to bottom.
func mergeRules(hs []segment) []segment {
	sort.Slice(hs, func(a, b int) bool {
		if math.Abs(hs[a].y1-hs[b].y1) > 0.8 {
			return hs[a].y1 > hs[b].y1
		}
		return hs[a].x1 < hs[b].x1
	})
	var out []segment
	for _, s := range hs {
		n := len(out)
		if n > 0 && math.Abs(out[n-1].y1-s.y1) <= 0.8 && s.x1 <= out[n-1].x2+2 {
			out[n-1].x2 = max(out[n-1].x2, s.x2)
			continue
		}
		out = append(out, s)
	}
	return out
}

// bandTable builds the table whose rows are the bands between rules at ys
// (top to bottom) over [x0, x1]. A band that a shorter rule crosses (the
// rule under "Năm 2024" above its KH | TH) is two rows, split there: the
// header cell above spans the columns whose rules start below it.
func bandTable(lines []textLine, vs, hs []segment, ys []float64, x0, x1 float64) *pageBlock {
	type band struct{ lines []*textLine }
	var cuts []float64 // the rows' top edges, top to bottom
	for b := 0; b+1 < len(ys); b++ {
		cuts = append(cuts, ys[b])
		for _, y := range innerRules(hs, vs, ys[b], ys[b+1], x0, x1) {
			cuts = append(cuts, y)
		}
	}
	cuts = append(cuts, ys[len(ys)-1])
	bands := make([]band, len(cuts)-1)
	for i := range lines {
		l := &lines[i]
		if l.used || len(l.chunks) == 0 || l.x0() < x0-4 || !insideRight(l, x1) {
			continue
		}
		for b := 0; b+1 < len(cuts); b++ {
			if l.y < cuts[b] && l.y > cuts[b+1] {
				bands[b].lines = append(bands[b].lines, l)
				break
			}
		}
	}
	var chunks [][]chunk // per band
	n := 0
	for _, b := range bands {
		var cs []chunk
		for _, l := range b.lines {
			cs = append(cs, l.chunks...)
		}
		chunks = append(chunks, cs)
		if len(cs) > 0 {
			n++
		}
	}
	if n < 2 {
		return nil
	}
	bounds := columnBounds(chunks, vs, x0, x1, ys[0], ys[len(ys)-1])
	tb := newTableBuilder("pdf")
	for bi, cs := range chunks {
		if len(cs) == 0 {
			continue
		}
		tb.addRow(rowCells(cs, bounds))
		for _, l := range bands[bi].lines {
			l.used = true
		}
	}
	if len(tb.rows) < 2 {
		return nil
	}
	return &pageBlock{y: ys[0], table: tb}
}

// insideRight reports a line that keeps to the left of a table's right
// edge x1: it ends there, or only its last chunk runs past it (a header
// too long for the last column, "Kế hoạch năm 2024", overflows the rule);
// a chunk that starts past the edge is text beside the table.
func insideRight(l *textLine, x1 float64) bool {
	if l.x1() <= x1+4 {
		return true
	}
	last := l.chunks[len(l.chunks)-1]
	return last.x0 < x1-4
}

// innerRules returns, top to bottom, the heights of the rules that cross
// the band between top and bottom over part of [x0, x1] and meet a
// vertical rule there: a cell border, not an underline.
func innerRules(hs, vs []segment, top, bottom, x0, x1 float64) []float64 {
	var out []float64
	for _, h := range hs {
		if h.y1 >= top-1.5 || h.y1 <= bottom+1.5 || h.x1 < x0-2 || h.x2 > x1+2 {
			continue
		}
		meets := false
		for _, v := range vs {
			if v.x1 >= h.x1-2 && v.x1 <= h.x2+2 && (math.Abs(v.y1-h.y1) < 2 || math.Abs(v.y2-h.y1) < 2) {
				meets = true
				break
			}
		}
		if meets && (len(out) == 0 || out[len(out)-1]-h.y1 > 2) {
			out = append(out, h.y1)
		}
	}
	return out
}

// bound is a line between two columns of a table: its x and, when it is
// a drawn rule, the heights it runs over (a rule that starts below a
// header cell spanning two columns does not cut that cell).
type bound struct {
	x    float64
	runs [][2]float64 // [bottom, top]; nil: the whole table
}

func (b bound) at(y float64) bool {
	if b.runs == nil {
		return true
	}
	for _, r := range b.runs {
		if y >= r[0]-1.5 && y <= r[1]+1.5 {
			return true
		}
	}
	return false
}

// columnBounds returns the lines that separate a table's columns, left to
// right: its inner vertical rules, or else the middles of the runs of
// white space that (almost) no band's chunks cross.
func columnBounds(bands [][]chunk, vs []segment, x0, x1, top, bottom float64) []bound {
	var inner []segment
	for _, v := range vs {
		if v.x1 > x0+3 && v.x1 < x1-3 && v.y2 > bottom-2 && v.y1 < top+2 && v.y2-v.y1 > 4 {
			inner = append(inner, v)
		}
	}
	sort.Slice(inner, func(a, b int) bool { return inner[a].x1 < inner[b].x1 })
	var ruled []bound
	for _, v := range inner {
		n := len(ruled)
		if n > 0 && v.x1-ruled[n-1].x <= 3 {
			ruled[n-1].runs = append(ruled[n-1].runs, [2]float64{v.y1, v.y2})
			continue
		}
		ruled = append(ruled, bound{x: v.x1, runs: [][2]float64{{v.y1, v.y2}}})
	}
	// A column line is drawn over much of the table (rules drawn cell by
	// cell add up).
	var out []bound
	for _, b := range ruled {
		length := 0.0
		for _, r := range b.runs {
			length += r[1] - r[0]
		}
		if length > 0.3*(top-bottom) {
			out = append(out, b)
		}
	}
	if len(out) > 0 {
		return out
	}
	width := int(math.Ceil(x1-x0)) + 1
	if width <= 0 || width > 20000 {
		return nil
	}
	cover := make([]int, width)
	nb := 0
	for _, cs := range bands {
		if len(cs) == 0 {
			continue
		}
		nb++
		seen := make([]bool, width)
		for _, c := range cs {
			for x := max(0, int(c.x0-x0)); x <= min(width-1, int(c.x1-x0)); x++ {
				if !seen[x] {
					seen[x] = true
					cover[x]++
				}
			}
		}
	}
	// A gap crossed by at most one band in eight (a header spanning
	// columns, a long title row) still separates columns.
	allowed := nb / 8
	start := -1
	for x := 0; x <= width; x++ {
		free := x < width && cover[x] <= allowed
		switch {
		case free && start < 0:
			start = x
		case !free && start >= 0:
			if start > 0 && x < width && x-start >= 3 {
				out = append(out, bound{x: x0 + float64(start+x)/2})
			}
			start = -1
		}
	}
	return out
}

// rowCells makes the cells of one row from its chunks: each chunk goes to
// the column it starts in and spans the columns up to the first bound
// drawn at its height past its end; the chunks of one cell are its lines,
// top to bottom.
func rowCells(cs []chunk, bounds []bound) ([]spanCell, string) {
	col := func(x float64) int {
		return sort.Search(len(bounds), func(i int) bool { return bounds[i].x >= x })
	}
	type cell struct {
		chunks []chunk
		span   int
	}
	cells := map[int]*cell{}
	cs = cutAtBounds(cs, bounds)
	for _, c := range cs {
		a, z := col(c.x0+1), col(c.x1-1)
		// Text running a little over a bound (a wide header, an
		// overflowing figure) stays in its column.
		for z > a && c.x1-bounds[z-1].x < 3 {
			z--
		}
		for a < z && bounds[a].x-c.x0 < 3 {
			a++
		}
		// Bounds not drawn at the chunk's height are inside its cell.
		for a > 0 && !bounds[a-1].at(c.y) {
			a--
		}
		for z < len(bounds) && !bounds[z].at(c.y) {
			z++
		}
		if cells[a] == nil {
			cells[a] = &cell{}
		}
		cells[a].chunks = append(cells[a].chunks, c)
		cells[a].span = max(cells[a].span, z-a+1)
	}
	var out []spanCell
	var parts []string
	next := 0
	for k := 0; k <= len(bounds); k++ {
		c := cells[k]
		if c == nil {
			continue
		}
		sort.SliceStable(c.chunks, func(a, b int) bool {
			if math.Abs(c.chunks[a].y-c.chunks[b].y) > 0.4*c.chunks[a].h {
				return c.chunks[a].y > c.chunks[b].y
			}
			return c.chunks[a].x0 < c.chunks[b].x0
		})
		var lines []string
		for i, ch := range c.chunks {
			if i > 0 && math.Abs(ch.y-c.chunks[i-1].y) <= 0.4*ch.h {
				lines[len(lines)-1] += " " + ch.text
				continue
			}
			lines = append(lines, ch.text)
		}
		text := strings.Join(lines, "\n")
		if k < next && len(out) > 0 {
			// Under the span of the cell before: part of it.
			out[len(out)-1].text += "\n" + text
			parts[len(parts)-1] += " " + strings.Join(lines, " ")
			continue
		}
		sc := spanCell{text: text, colSpan: max(1, c.span), rowSpan: 1, skipBefore: k - next}
		out = append(out, sc)
		parts = append(parts, strings.Join(lines, " "))
		next = k + sc.colSpan
	}
	return out, strings.Join(parts, " | ")
}

// alignedTables finds tables without rules: runs of at least three lines
// in a row that each have several chunks, one row a line.
func alignedTables(lines []textLine) []pageBlock {
	var out []pageBlock
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && !lines[j].used && len(lines[j].chunks) >= 2 {
			j++
		}
		if j-i < 3 {
			i = max(j, i+1)
			continue
		}
		x0, x1 := math.Inf(1), math.Inf(-1)
		var bands [][]chunk
		for _, l := range lines[i:j] {
			x0, x1 = min(x0, l.x0()), max(x1, l.x1())
			bands = append(bands, l.chunks)
		}
		bounds := columnBounds(bands, nil, x0, x1, 0, 0)
		tb := newTableBuilder("pdf")
		for k := i; k < j; k++ {
			tb.addRow(rowCells(lines[k].chunks, bounds))
			lines[k].used = true
		}
		out = append(out, pageBlock{y: lines[i].y, table: tb})
		i = j
	}
	return out
}

// cutAtBounds cuts chunks where a column bound drawn at their height
// falls in the gap between two of their words: "6.000 – 8.000 Mỗi năm"
// across the columns of the figure and the note.
func cutAtBounds(cs []chunk, bounds []bound) []chunk {
	var out []chunk
	for _, c := range cs {
		start := 0
		for i := 1; i < len(c.words); i++ {
			gapL, gapR := c.words[i-1].x1, c.words[i].x0
			cut := false
			for _, b := range bounds {
				if b.x > gapL-1 && b.x < gapR+1 && b.at(c.y) {
					cut = true
				}
			}
			if cut {
				out = append(out, joinWords(c, c.words[start:i]))
				start = i
			}
		}
		if start == 0 {
			out = append(out, c)
			continue
		}
		out = append(out, joinWords(c, c.words[start:]))
	}
	return out
}

func joinWords(c chunk, ws []chunk) chunk {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return chunk{text: strings.Join(parts, " "), x0: ws[0].x0, x1: ws[len(ws)-1].x1, y: c.y, h: c.h, words: ws}
}
