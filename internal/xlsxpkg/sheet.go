package xlsxpkg

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Sheet is what the package writer adds to one sheet of the workbook:
// its rows (now or later), notes, and cached results of formulas excelize
// wrote.
type Sheet struct {
	p    *Writer
	name string
	err  error

	// Rows written now (Rows), compressed chunk by chunk.
	rows *Rows
	buf  bytes.Buffer
	body []*segment // filled by the pool
	ext  extent
	// Rows generated while the file is written (RowsLater), covering
	// declared.
	gen      func(*Rows) error
	declared extent
	sealed   bool

	notes     []note
	noteParts *noteParts
	cached    map[string]any

	bodyAt int // where the rows go in the frame (fixSheet)

	// A sheet written whole (NewSheet): its frame, the sheet it follows
	// in the workbook, merged ranges, page breaks, and when sealed the
	// part compressed (segments laid end to end) and its name.
	frame  *Frame
	after  string
	merges []extent
	breaks []int
	whole  []*segment
	part   string
}

// noteParts are a sheet's notes, compressed: a comments part and a VML
// drawing, named when the package is closed.
type noteParts struct {
	comments, vml segment
	block, count  int // first VML shape-id block, and how many
}

// Sheet returns the additions to the sheet named name (created on first
// use; the sheet itself must exist in the workbook when it is saved).
func (p *Writer) Sheet(name string) *Sheet {
	if s, ok := p.sheets[name]; ok {
		return s
	}
	s := &Sheet{p: p, name: name}
	p.sheets[name] = s
	p.order = append(p.order, s)
	return s
}

func (s *Sheet) fail(format string, a ...any) {
	if s.err == nil {
		s.err = fmt.Errorf("xlsxpkg: sheet %q: "+format, append([]any{s.name}, a...)...)
	}
}

// Rows returns the writer of the sheet's rows, written now and kept
// compressed until the file is written. The sheet's frame (written by
// excelize, e.g. through a StreamWriter) must have no rows from the first
// of these on.
func (s *Sheet) Rows() *Rows {
	if s.rows == nil {
		if s.gen != nil || s.sealed {
			s.fail("rows after RowsLater or Seal")
		}
		if s.frame != nil {
			s.checkFrame()
		}
		s.rows = &Rows{sheet: s.name, w: (*chunker)(s), sst: s.p.sst, b: make([]byte, 0, 4096)}
	}
	return s.rows
}

// chunker compresses a sheet's rows a chunk at a time.
type chunker Sheet

func (c *chunker) Write(b []byte) (int, error) {
	c.buf.Write(b)
	if c.buf.Len() >= chunkSize {
		c.flush()
	}
	return len(b), nil
}

func (c *chunker) flush() {
	if c.buf.Len() == 0 {
		return
	}
	raw := c.buf.Bytes()
	c.buf = bytes.Buffer{} // raw now belongs to the job
	seg := &segment{}
	c.body = append(c.body, seg)
	c.p.pool.run(func(cm *compressor) { *seg = cm.segment(raw, false) })
}

// RowsLater registers the generator of the sheet's rows, run while the
// file is written, so that they are never held in memory. The rows must
// cover exactly the range ref ("A1:O47601"): the sheet's <dimension>
// comes before its rows.
func (s *Sheet) RowsLater(ref string, gen func(*Rows) error) {
	if s.rows != nil || s.gen != nil || s.sealed || s.frame != nil {
		s.fail("RowsLater after rows")
		return
	}
	e, err := parseRange(ref)
	if err != nil {
		s.fail("%v", err)
		return
	}
	s.gen, s.declared = gen, e
}

// Note puts a note (a comment) with text on a cell (1-based). An empty
// text puts none.
func (s *Sheet) Note(col, row int, text string) {
	if text == "" {
		return
	}
	if s.noteParts != nil || s.frame != nil && s.sealed {
		s.fail("note on %s after Seal", CellName(col, row))
		return
	}
	s.notes = append(s.notes, note{col, row, text})
}

// Cached gives the result of a formula excelize wrote in cell ref ("C2"),
// written as its cached value.
func (s *Sheet) Cached(ref string, v any) {
	if s.cached == nil {
		s.cached = map[string]any{}
	}
	s.cached[ref] = v
}

// Seal compresses what was written to the sheet, rows and notes; nothing
// can be added after. Sealing each sheet when it is done keeps a large
// workbook's memory small.
func (s *Sheet) Seal() error {
	if s.frame != nil {
		if !s.sealed {
			s.checkFrame()
			s.sealWhole()
		}
		s.sealNotes()
		return s.err
	}
	if s.rows != nil && !s.sealed {
		(*chunker)(s).flush()
		s.buf = bytes.Buffer{}
		s.ext = s.rows.ext
		s.rows.b, s.rows.w = nil, nil // a sealed sheet holds its compressed rows only
		if s.rows.err != nil {
			s.fail("%v", s.rows.err)
		}
		s.sealed = true
	}
	s.sealNotes()
	return s.err
}

func (s *Sheet) sealNotes() {
	if s.noteParts != nil || len(s.notes) == 0 {
		return
	}
	ns := notesOf(s.notes)
	count := (len(ns) + 1023) / 1024
	s.p.blocks++ // VML shape ids come in blocks of 1024; block 0 is not used
	np := &noteParts{block: s.p.blocks, count: count}
	s.p.blocks += count - 1
	font := s.p.NoteFont
	s.p.pool.run(func(c *compressor) {
		np.comments = c.segment(commentsXML(ns, font), true)
		np.vml = c.segment(vmlXML(ns, np.block, count), true)
	})
	s.noteParts, s.notes = np, nil
}

// addNotes names each sheet's notes parts, links them to the sheet and
// declares their types.
func (p *Writer) addNotes(paths map[string]string) error {
	if p.notesAt == nil {
		p.notesAt = map[string]*segment{}
	}
	any := false
	k := 1 // the number of the next notes parts
	for _, s := range p.order {
		s.sealNotes()
		if s.noteParts == nil {
			continue
		}
		any = true
		sp := paths[s.name]
		for {
			c, v := fmt.Sprintf("xl/comments%d.xml", k), fmt.Sprintf("xl/drawings/vmlDrawing%d.vml", k)
			_, c1 := p.parts[c]
			_, v1 := p.parts[v]
			if !c1 && !v1 {
				break
			}
			k++ // taken by excelize's own parts: the next
		}
		cPart, vPart := fmt.Sprintf("xl/comments%d.xml", k), fmt.Sprintf("xl/drawings/vmlDrawing%d.vml", k)
		p.parts[cPart], p.parts[vPart] = nil, nil
		k++
		p.notesAt[cPart], p.notesAt[vPart] = &s.noteParts.comments, &s.noteParts.vml
		if err := p.addOverride("/"+cPart, ctComments); err != nil {
			return err
		}
		relsPart := path.Join(path.Dir(sp), "_rels", path.Base(sp)+".rels")
		rel := `<Relationship Id="rIdXlsxpkgNotes" Type="` + relComments + `" Target="../` + strings.TrimPrefix(cPart, "xl/") + `"/>` +
			`<Relationship Id="rIdXlsxpkgVml" Type="` + relVML + `" Target="../` + strings.TrimPrefix(vPart, "xl/") + `"/>`
		if rb, ok := p.parts[relsPart]; ok {
			r := string(rb)
			at := strings.LastIndex(r, "</Relationships>")
			if at < 0 {
				return fmt.Errorf("xlsxpkg: bad relationships part %s", relsPart)
			}
			p.parts[relsPart] = []byte(r[:at] + rel + r[at:])
		} else {
			p.parts[relsPart] = []byte(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rel + `</Relationships>`)
		}
		if s.frame != nil {
			continue // its part links the drawing already (tail)
		}
		if err := p.linkVML(sp); err != nil {
			return err
		}
	}
	if any {
		return p.addOverride(".vml", ctVML)
	}
	return nil
}

// linkVML puts the sheet's <legacyDrawing> where the schema wants it:
// after the print settings and any <drawing>, before table parts and
// extensions.
func (p *Writer) linkVML(sheetPart string) error {
	s := p.parts[sheetPart]
	from := bytes.Index(s, []byte("</sheetData>"))
	if from < 0 {
		from = 0
	}
	at := -1
	for _, tag := range []string{"<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls",
		"<webPublishItems", "<mc:AlternateContent", "<tableParts", "<extLst", "</worksheet>"} {
		if i := bytes.Index(s[from:], []byte(tag)); i >= 0 && (at < 0 || from+i < at) {
			at = from + i
		}
	}
	if at < 0 {
		return fmt.Errorf("xlsxpkg: sheet part %s has no end", sheetPart)
	}
	if bytes.Contains(s, []byte("<legacyDrawing ")) {
		return fmt.Errorf("xlsxpkg: sheet part %s already has notes", sheetPart)
	}
	link := `<legacyDrawing r:id="rIdXlsxpkgVml"/>`
	if !bytes.Contains(s[:from], []byte(`xmlns:r=`)) {
		link = `<legacyDrawing xmlns:r="` + nsRels + `" r:id="rIdXlsxpkgVml"/>`
	}
	var b bytes.Buffer
	b.Grow(len(s) + len(link))
	b.Write(s[:at])
	b.WriteString(link)
	b.Write(s[at:])
	p.parts[sheetPart] = b.Bytes()
	return nil
}

var (
	cellRefRe = regexp.MustCompile(`<c\b[^>]*?\sr="([A-Z]{1,3})([0-9]{1,7})"`)
	rowRe     = regexp.MustCompile(`<row\b[^>]*?\sr="([0-9]+)"`)
	dimRe     = regexp.MustCompile(`<dimension\b[^>]*?(?:/>|>\s*</dimension>)`)
	colsRe    = regexp.MustCompile(`(?s)<cols>(.*?)</cols>`)
	colRe     = regexp.MustCompile(`<col\b([^>]*?)(?:/>|>\s*</col>)`)
	attrRe    = regexp.MustCompile(`\s([\w:.-]+)="([^"]*)"`)
	prefixRe  = regexp.MustCompile(`[<\s/]([A-Za-z_][\w.-]*):[A-Za-z_]`)
	sstCellRe = regexp.MustCompile(`(<c\b[^>]*?\st="s"[^>]*>\s*<v>)([0-9]+)(</v>)`)
)

// fixSheet makes a sheet part what Excel and the readers that trust it
// expect, and finds where its rows go.
func (p *Writer) fixSheet(sp string, s *Sheet) error {
	frame := p.parts[sp]
	if s != nil && s.err != nil {
		return s.err
	}
	frame = bytes.Replace(frame, []byte("<sheetData/>"), []byte("<sheetData></sheetData>"), 1)
	if s != nil && len(s.cached) > 0 {
		var err error
		if frame, err = cacheResults(frame, s.cached); err != nil {
			return fmt.Errorf("xlsxpkg: sheet %q: %v", s.name, err)
		}
	}
	if p.remap != nil {
		frame = sstCellRe.ReplaceAllFunc(frame, func(m []byte) []byte {
			g := sstCellRe.FindSubmatch(m)
			i, _ := strconv.Atoi(string(g[2]))
			if i < len(p.remap) {
				p.sst.refs++
				return []byte(string(g[1]) + strconv.Itoa(p.remap[i]) + string(g[3]))
			}
			return m
		})
	}
	// The cells excelize wrote, then the rows added here.
	var ext extent
	var cellMatches, rowMatches [][][]byte
	if bytes.Contains(frame, []byte("<c ")) { // a frame without cells is not scanned
		cellMatches = cellRefRe.FindAllSubmatch(frame, -1)
	}
	if bytes.Contains(frame, []byte("<row ")) {
		rowMatches = rowRe.FindAllSubmatch(frame, -1)
	}
	for _, m := range cellMatches {
		col, _ := excelize.ColumnNameToNumber(string(m[1]))
		row, _ := strconv.Atoi(string(m[2]))
		ext.add(col, row)
	}
	lastFrameRow := 0
	for _, m := range rowMatches {
		r, _ := strconv.Atoi(string(m[1]))
		lastFrameRow = max(lastFrameRow, r)
	}
	if s != nil {
		body := s.ext
		if s.gen != nil {
			body = s.declared
		}
		if !body.empty() && body.r1 <= lastFrameRow {
			return fmt.Errorf("xlsxpkg: sheet %q: rows from %d added after rows to %d written by excelize", s.name, body.r1, lastFrameRow)
		}
		ext.union(body)
	}
	if n := bytes.Count(frame, []byte("<hyperlink ")); n > MaxLinks {
		return fmt.Errorf("xlsxpkg: sheet part %s has %d links, more than Excel's %d", sp, n, MaxLinks)
	}
	// Sheets with rows written here are rewritten freely; any other sheet
	// (a user's form) changes only where Excel or a reader needs it.
	ours := s != nil && (s.sealed || s.gen != nil)
	var err error
	if ours || !dimensionCovers(frame, ext) {
		if frame, err = setDimension(frame, ext); err != nil {
			return fmt.Errorf("xlsxpkg: %s: %v", sp, err)
		}
	}
	if frame, err = sortCols(frame, ours); err != nil {
		return fmt.Errorf("xlsxpkg: %s: %v", sp, err)
	}
	if ours {
		frame = trimNamespaces(frame, "worksheet")
	}
	if s != nil {
		s.bodyAt = bytes.LastIndex(frame, []byte("</sheetData>"))
		if s.bodyAt < 0 && (s.sealed || s.gen != nil) {
			return fmt.Errorf("xlsxpkg: sheet part %s has no sheetData", sp)
		}
	}
	p.parts[sp] = frame
	return nil
}

// dimensionCovers reports whether the sheet's <dimension> covers e.
func dimensionCovers(frame []byte, e extent) bool {
	loc := dimRe.Find(frame)
	if loc == nil {
		return e.empty()
	}
	m := attrRe.FindAllSubmatch(loc, -1)
	for _, a := range m {
		if string(a[1]) == "ref" {
			d, err := parseRange(string(a[2]))
			if err != nil {
				return false
			}
			return e.empty() || d.c1 <= e.c1 && d.r1 <= e.r1 && d.c2 >= e.c2 && d.r2 >= e.r2
		}
	}
	return false
}

// setDimension writes the range the sheet's cells cover: readers that
// trust it (openpyxl in read-only mode, which many scripts use) read no
// further.
func setDimension(frame []byte, e extent) ([]byte, error) {
	dim := []byte(`<dimension ref="` + e.ref() + `"/>`)
	if loc := dimRe.FindIndex(frame); loc != nil {
		return append(frame[:loc[0]:loc[0]], append(dim, frame[loc[1]:]...)...), nil
	}
	// None: it goes first, or after <sheetPr>.
	at := bytes.Index(frame, []byte("</sheetPr>"))
	if at >= 0 {
		at += len("</sheetPr>")
	} else if loc := regexp.MustCompile(`<sheetPr\b[^>]*/>`).FindIndex(frame); loc != nil {
		at = loc[1]
	} else if loc := regexp.MustCompile(`<worksheet\b[^>]*>`).FindIndex(frame); loc != nil {
		at = loc[1]
	} else {
		return nil, fmt.Errorf("no worksheet element")
	}
	return append(frame[:at:at], append(dim, frame[at:]...)...), nil
}

// sortCols writes the <col> elements in ascending order, as Excel and
// every writer that Excel opens without complaint does (excelize's
// StreamWriter writes them last set first), joining neighbours alike.
func sortCols(frame []byte, join bool) ([]byte, error) {
	loc := colsRe.FindSubmatchIndex(frame)
	if loc == nil {
		return frame, nil
	}
	type col struct {
		min, max int
		rest     string // the other attributes, in order
	}
	var cols []col
	for _, m := range colRe.FindAllSubmatch(frame[loc[2]:loc[3]], -1) {
		c := col{}
		var rest []string
		for _, a := range attrRe.FindAllSubmatch(m[1], -1) {
			switch string(a[1]) {
			case "min":
				c.min, _ = strconv.Atoi(string(a[2]))
			case "max":
				c.max, _ = strconv.Atoi(string(a[2]))
			default:
				rest = append(rest, string(a[0]))
			}
		}
		if c.min < 1 || c.max < c.min || c.max > MaxCols {
			return nil, fmt.Errorf("bad column span %d-%d", c.min, c.max)
		}
		c.rest = strings.Join(rest, "")
		cols = append(cols, c)
	}
	if !join && sort.SliceIsSorted(cols, func(i, j int) bool { return cols[i].max < cols[j].min }) {
		return frame, nil // in order already: left as written
	}
	sort.SliceStable(cols, func(i, j int) bool { return cols[i].min < cols[j].min })
	var out []col
	for _, c := range cols {
		if k := len(out); k > 0 {
			last := &out[k-1]
			if c.min <= last.max {
				return nil, fmt.Errorf("column spans %d-%d and %d-%d overlap", last.min, last.max, c.min, c.max)
			}
			if c.min == last.max+1 && c.rest == last.rest {
				last.max = c.max
				continue
			}
		}
		out = append(out, c)
	}
	var b bytes.Buffer
	b.Write(frame[:loc[0]])
	b.WriteString("<cols>")
	for _, c := range out {
		fmt.Fprintf(&b, `<col min="%d" max="%d"%s/>`, c.min, c.max, c.rest)
	}
	b.WriteString("</cols>")
	b.Write(frame[loc[1]:])
	return b.Bytes(), nil
}

// trimNamespaces keeps on the root element only the namespace
// declarations the part uses: excelize declares some forty on every
// sheet, several kilobytes a sheet that deflate, one part at a time,
// cannot share. Attributes of the root in a namespace the rest of the
// part does not use go with it (excelize's revision id, xr:uid), and
// mc:Ignorable lists only what is still declared.
func trimNamespaces(part []byte, root string) []byte {
	start := bytes.Index(part, []byte("<"+root))
	if start < 0 {
		return part
	}
	end := bytes.IndexByte(part[start:], '>')
	if end < 0 {
		return part
	}
	end += start
	selfClosing := part[end-1] == '/'
	used := map[string]bool{}
	for _, m := range prefixRe.FindAllSubmatch(part[end:], -1) {
		used[string(m[1])] = true
	}
	var kept []string
	var ignorable string
	for _, a := range attrRe.FindAllSubmatch(part[start:end], -1) {
		name, val := string(a[1]), string(a[2])
		prefix, local, hasPrefix := strings.Cut(name, ":")
		switch {
		case name == "xmlns":
			kept = append(kept, string(a[0]))
		case prefix == "xmlns" && hasPrefix:
			if used[local] {
				kept = append(kept, string(a[0]))
			}
		case name == "mc:Ignorable":
			ignorable = val
		case hasPrefix && !used[prefix]:
			// in a namespace only the root uses: dropped
		default:
			kept = append(kept, string(a[0]))
		}
	}
	if ignorable != "" {
		var keep []string
		for _, pfx := range strings.Fields(ignorable) {
			if used[pfx] {
				keep = append(keep, pfx)
			}
		}
		if len(keep) > 0 {
			kept = append(kept, ` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`, ` mc:Ignorable="`+strings.Join(keep, " ")+`"`)
		}
	}
	// mc itself may have been kept as used; do not declare it twice.
	seen := map[string]bool{}
	var b bytes.Buffer
	b.Grow(len(part))
	b.Write(part[:start])
	b.WriteString("<" + root)
	for _, k := range kept {
		if seen[k] {
			continue
		}
		seen[k] = true
		b.WriteString(k)
	}
	if selfClosing {
		b.WriteString("/")
	}
	b.Write(part[end:])
	return b.Bytes()
}

var typeAttr = regexp.MustCompile(`\st="[^"]*"`)

// cacheResults writes the cached results of formulas excelize wrote.
func cacheResults(frame []byte, cached map[string]any) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(len(frame) + 32*len(cached))
	last, done := 0, 0
	for _, l := range cellRefRe.FindAllSubmatchIndex(frame, -1) {
		ref := string(frame[l[2]:l[3]]) + string(frame[l[4]:l[5]])
		v, ok := cached[ref]
		if !ok {
			continue
		}
		cell := frame[l[0]:]
		tagEnd := bytes.IndexByte(cell, '>')
		if tagEnd < 0 || cell[tagEnd-1] == '/' || !bytes.HasPrefix(cell[tagEnd+1:], []byte("<f")) {
			return nil, fmt.Errorf("cell %s has no formula to cache a result for", ref)
		}
		rest := cell[tagEnd+1:]
		fEnd := bytes.IndexByte(rest, '>') + 1
		if rest[fEnd-2] != '/' {
			e := bytes.Index(rest, []byte("</f>"))
			if e < 0 {
				return nil, fmt.Errorf("cell %s: formula not closed", ref)
			}
			fEnd = e + len("</f>")
		}
		after := rest[fEnd:]
		if bytes.HasPrefix(after, []byte("<v/>")) {
			after = after[len("<v/>"):]
		} else if bytes.HasPrefix(after, []byte("<v>")) {
			e := bytes.Index(after, []byte("</v>"))
			if e < 0 {
				return nil, fmt.Errorf("cell %s: value not closed", ref)
			}
			after = after[e+len("</v>"):]
		}
		if !bytes.HasPrefix(after, []byte("</c>")) {
			return nil, fmt.Errorf("cell %s: unexpected content after its formula", ref)
		}
		b.Write(frame[last:l[0]])
		b.Write(typeAttr.ReplaceAll(cell[:tagEnd], nil))
		switch v.(type) {
		case string:
			b.WriteString(` t="str"`)
		case bool:
			b.WriteString(` t="b"`)
		case Error:
			b.WriteString(` t="e"`)
		}
		b.WriteByte('>')
		b.Write(rest[:fEnd])
		b.WriteString("<v>")
		switch x := v.(type) {
		case string:
			b.Write(appendEscaped(nil, clamp(x)))
		case Error:
			b.WriteString(string(x))
		default:
			rw := &Rows{}
			nb, ok := rw.number(nil, 0, 0, x)
			if !ok {
				return nil, rw.err
			}
			b.Write(nb)
		}
		b.WriteString("</v></c>")
		last = len(frame) - len(after) + len("</c>")
		done++
	}
	if done != len(cached) {
		return nil, fmt.Errorf("%d formula results for %d cells found", len(cached), done)
	}
	b.Write(frame[last:])
	return b.Bytes(), nil
}

// parseRange reads "A1:K35" or "A1".
func parseRange(ref string) (extent, error) {
	a, b, ok := strings.Cut(ref, ":")
	if !ok {
		b = a
	}
	c1, r1, err := excelize.CellNameToCoordinates(a)
	if err != nil {
		return extent{}, err
	}
	c2, r2, err := excelize.CellNameToCoordinates(b)
	if err != nil {
		return extent{}, err
	}
	return extent{min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)}, nil
}
