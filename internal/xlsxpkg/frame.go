package xlsxpkg

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// A sheet the package writer writes whole (NewSheet) never goes through
// excelize: its frame (columns, panes, merges, print setup) is written
// here from a Frame, and the whole part is compressed when the sheet is
// sealed. excelize does work on every sheet that grows with the number of
// sheets (NewSheet and NewStreamWriter look the sheet up in lists of
// them all) and holds each sheet's frame in memory until the file is
// saved; a report of thousands of unit sheets paid for both.

// Frame is the layout of a sheet written whole: everything but its rows
// and notes.
type Frame struct {
	Cols []Col
	// Frozen panes: the first XSplit columns and YSplit rows stay in
	// view (0 and 0: none).
	XSplit, YSplit int
	Page           Page
}

// Col is the width of columns Min to Max (1-based), in Excel's units
// (characters of the default font).
type Col struct {
	Min, Max int
	Width    float64
}

// Page is a sheet's print setup.
type Page struct {
	Paper     int // paperSize: 9 is A4; 0 leaves the printer's
	Landscape bool
	// FitToWidth and FitToHeight pages (0: as many as it takes) when
	// FitToPage is set.
	FitToPage               bool
	FitToWidth, FitToHeight int
	// Margins in inches: left, right, top, bottom, header, footer.
	Margins [6]float64
	Footer  string // the odd pages' footer, in Excel's codes (&P, &N, …)
}

// NewSheet adds a sheet that the package writer writes whole, placed in
// the workbook after the sheet named after (one excelize made) and after
// the sheets added after it before. Write its rows with Rows, its notes
// with Note, its merged ranges and page breaks with Merge and PageBreak,
// then Seal it: it is then held compressed, and nothing about it changes
// when the file is saved.
func (p *Writer) NewSheet(name, after string, fr Frame) *Sheet {
	s := p.Sheet(name)
	if s.rows != nil || s.frame != nil || s.gen != nil {
		s.fail("added twice, or written to before it was added")
		return s
	}
	if err := checkSheetName(name); err != nil {
		s.fail("%v", err)
	}
	f := fr
	s.frame, s.after = &f, after
	return s
}

// Merge merges the cells c1,r1 to c2,r2 (1-based) of a sheet written
// whole.
func (s *Sheet) Merge(c1, r1, c2, r2 int) {
	switch {
	case s.frame == nil:
		s.fail("Merge on a sheet excelize writes")
	case s.sealed:
		s.fail("Merge after Seal")
	case c1 < 1 || r1 < 1 || c2 < c1 || r2 < r1 || c2 > MaxCols || r2 > MaxRows || c1 == c2 && r1 == r2:
		s.fail("bad merged range %d,%d:%d,%d", c1, r1, c2, r2)
	default:
		s.merges = append(s.merges, extent{c1, r1, c2, r2})
	}
}

// PageBreak puts a manual page break before row of a sheet written
// whole.
func (s *Sheet) PageBreak(row int) {
	switch {
	case s.frame == nil:
		s.fail("PageBreak on a sheet excelize writes")
	case s.sealed:
		s.fail("PageBreak after Seal")
	case row < 2 || row > MaxRows:
		s.fail("page break before row %d", row)
	default:
		s.breaks = append(s.breaks, row)
	}
}

// sealWhole compresses a sheet written whole: the head (with the
// dimension the rows cover), the rows, the tail. A sheet whose rows were
// not compressed a chunk at a time already is compressed as one stream.
func (s *Sheet) sealWhole() {
	if s.rows == nil {
		s.rows = &Rows{sheet: s.name}
	}
	s.ext = s.rows.ext
	s.rows.b, s.rows.w = nil, nil
	if s.rows.err != nil {
		s.fail("%v", s.rows.err)
	}
	s.sealed = true
	if s.err != nil {
		s.buf, s.body = bytes.Buffer{}, nil
		return
	}
	head, tail := s.head(), s.tail()
	if len(s.body) == 0 {
		raw := make([]byte, 0, len(head)+s.buf.Len()+len(tail))
		raw = append(append(append(raw, head...), s.buf.Bytes()...), tail...)
		s.buf = bytes.Buffer{}
		seg := &segment{}
		s.whole = []*segment{seg}
		s.p.pool.run(func(c *compressor) { *seg = c.segment(raw, true) })
		return
	}
	(*chunker)(s).flush()
	s.buf = bytes.Buffer{}
	h, t := &segment{}, &segment{}
	s.whole = append(append([]*segment{h}, s.body...), t)
	s.body = nil
	s.p.pool.run(func(c *compressor) { *h = c.segment(head, false); *t = c.segment(tail, true) })
}

// head is the sheet part up to its rows.
func (s *Sheet) head() []byte {
	fr := s.frame
	b := make([]byte, 0, 1024)
	b = append(b, xmlHeader...)
	b = append(b, `<worksheet xmlns="`+nsMain+`" xmlns:r="`+nsRels+`">`...)
	if fr.Page.FitToPage {
		b = append(b, `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`...)
	}
	b = append(b, `<dimension ref="`...)
	b = append(b, s.ext.ref()...)
	b = append(b, `"/><sheetViews><sheetView workbookViewId="0">`...)
	if fr.XSplit > 0 || fr.YSplit > 0 {
		active := "bottomRight"
		switch {
		case fr.XSplit == 0:
			active = "bottomLeft"
		case fr.YSplit == 0:
			active = "topRight"
		}
		b = append(b, `<pane`...)
		if fr.XSplit > 0 {
			b = append(b, ` xSplit="`...)
			b = strconv.AppendInt(b, int64(fr.XSplit), 10)
			b = append(b, '"')
		}
		if fr.YSplit > 0 {
			b = append(b, ` ySplit="`...)
			b = strconv.AppendInt(b, int64(fr.YSplit), 10)
			b = append(b, '"')
		}
		b = append(b, ` topLeftCell="`...)
		b = append(b, CellName(fr.XSplit+1, fr.YSplit+1)...)
		b = append(b, `" activePane="`+active+`" state="frozen"/>`...)
	}
	b = append(b, `</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`...)
	if cols := joinCols(fr.Cols); len(cols) > 0 {
		b = append(b, `<cols>`...)
		for _, c := range cols {
			b = append(b, `<col min="`...)
			b = strconv.AppendInt(b, int64(c.Min), 10)
			b = append(b, `" max="`...)
			b = strconv.AppendInt(b, int64(c.Max), 10)
			b = append(b, `" width="`...)
			b = strconv.AppendFloat(b, c.Width, 'f', -1, 64)
			b = append(b, `" customWidth="1"/>`...)
		}
		b = append(b, `</cols>`...)
	}
	return append(b, `<sheetData>`...)
}

// tail is the sheet part after its rows.
func (s *Sheet) tail() []byte {
	fr := s.frame
	b := make([]byte, 0, 1024)
	b = append(b, `</sheetData>`...)
	if len(s.merges) > 0 {
		b = append(b, `<mergeCells count="`...)
		b = strconv.AppendInt(b, int64(len(s.merges)), 10)
		b = append(b, `">`...)
		for _, m := range s.merges {
			b = append(b, `<mergeCell ref="`...)
			b = append(b, m.ref()...)
			b = append(b, `"/>`...)
		}
		b = append(b, `</mergeCells>`...)
	}
	pg := fr.Page
	b = append(b, `<pageMargins`...)
	for i, name := range [6]string{"left", "right", "top", "bottom", "header", "footer"} {
		b = append(b, ' ')
		b = append(b, name...)
		b = append(b, `="`...)
		b = strconv.AppendFloat(b, pg.Margins[i], 'f', -1, 64)
		b = append(b, '"')
	}
	b = append(b, `/><pageSetup`...)
	if pg.Paper > 0 {
		b = append(b, ` paperSize="`...)
		b = strconv.AppendInt(b, int64(pg.Paper), 10)
		b = append(b, '"')
	}
	if pg.FitToPage {
		b = append(b, ` fitToWidth="`...)
		b = strconv.AppendInt(b, int64(pg.FitToWidth), 10)
		b = append(b, `" fitToHeight="`...)
		b = strconv.AppendInt(b, int64(pg.FitToHeight), 10)
		b = append(b, '"')
	}
	if pg.Landscape {
		b = append(b, ` orientation="landscape"`...)
	} else {
		b = append(b, ` orientation="portrait"`...)
	}
	b = append(b, `/>`...)
	if pg.Footer != "" {
		b = append(b, `<headerFooter><oddFooter>`...)
		b = appendEscaped(b, pg.Footer)
		b = append(b, `</oddFooter></headerFooter>`...)
	}
	if len(s.breaks) > 0 {
		br := append([]int(nil), s.breaks...)
		sort.Ints(br)
		br = compactInts(br)
		b = append(b, `<rowBreaks count="`...)
		b = strconv.AppendInt(b, int64(len(br)), 10)
		b = append(b, `" manualBreakCount="`...)
		b = strconv.AppendInt(b, int64(len(br)), 10)
		b = append(b, `">`...)
		for _, r := range br {
			// A break after row id: before row r.
			b = append(b, `<brk id="`...)
			b = strconv.AppendInt(b, int64(r-1), 10)
			b = append(b, `" max="16383" man="1"/>`...)
		}
		b = append(b, `</rowBreaks>`...)
	}
	if len(s.notes) > 0 || s.noteParts != nil {
		b = append(b, `<legacyDrawing r:id="rIdXlsxpkgVml"/>`...)
	}
	return append(b, `</worksheet>`...)
}

func compactInts(s []int) []int {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// joinCols sorts column widths and joins neighbours of one width, as
// Excel writes them.
func joinCols(cols []Col) []Col {
	cs := append([]Col(nil), cols...)
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Min < cs[j].Min })
	var out []Col
	for _, c := range cs {
		if k := len(out); k > 0 && c.Min == out[k-1].Max+1 && c.Width == out[k-1].Width {
			out[k-1].Max = c.Max
			continue
		}
		out = append(out, c)
	}
	return out
}

// checkFrame checks what a Frame says before anything is written.
func (s *Sheet) checkFrame() {
	prev := 0
	for _, c := range joinCols(s.frame.Cols) {
		if c.Min < 1 || c.Max < c.Min || c.Max > MaxCols || c.Width < 0 || c.Width > 255 {
			s.fail("bad column span %d-%d width %g", c.Min, c.Max, c.Width)
		}
		if c.Min <= prev {
			s.fail("column spans overlap at column %d", c.Min)
		}
		prev = c.Max
	}
	if s.frame.XSplit < 0 || s.frame.YSplit < 0 || s.frame.XSplit >= MaxCols || s.frame.YSplit >= MaxRows {
		s.fail("bad panes %d, %d", s.frame.XSplit, s.frame.YSplit)
	}
}

// Excel refuses sheet names longer than 31 characters, empty ones, ones
// with any of : \ / ? * [ ], and ones that begin or end with '.
var badSheetChars = regexp.MustCompile(`[:\\/?*\[\]]`)

func checkSheetName(name string) error {
	n := 0
	for _, r := range name {
		n++
		if r < 0x20 {
			return fmt.Errorf("sheet name %q holds a control character", name)
		}
	}
	switch {
	case n == 0 || n > 31:
		return fmt.Errorf("sheet name %q is not 1 to 31 characters", name)
	case badSheetChars.MatchString(name):
		return fmt.Errorf("sheet name %q holds one of : \\ / ? * [ ]", name)
	case strings.HasPrefix(name, "'") || strings.HasSuffix(name, "'"):
		return fmt.Errorf("sheet name %q begins or ends with '", name)
	}
	return nil
}

var (
	sheetsRe   = regexp.MustCompile(`(?s)<sheets>(.*?)</sheets>`)
	sheetElRe  = regexp.MustCompile(`<sheet\b[^>]*?(?:/>|>\s*</sheet>)`)
	sheetIDRe  = regexp.MustCompile(`\ssheetId="([0-9]+)"`)
	sheetNamRe = regexp.MustCompile(`\sname="([^"]*)"`)
)

// addWholeSheets puts the sheets written whole into the workbook: each
// after the sheet it follows, with its part, relationship and content
// type.
func (p *Writer) addWholeSheets() error {
	var whole []*Sheet
	for _, s := range p.order {
		if s.frame != nil {
			if err := s.Seal(); err != nil {
				return err
			}
			whole = append(whole, s)
		}
	}
	if len(whole) == 0 {
		return nil
	}
	wb := string(p.parts[partWorkbook])
	loc := sheetsRe.FindStringSubmatchIndex(wb)
	if loc == nil {
		return fmt.Errorf("xlsxpkg: workbook part has no sheets")
	}
	els := sheetElRe.FindAllStringIndex(wb[loc[2]:loc[3]], -1)
	type existing struct {
		name string
		end  int // in wb
	}
	var ex []existing
	names := map[string]bool{} // lower case, as Excel compares them
	maxID := 0
	for _, e := range els {
		el := wb[loc[2]+e[0] : loc[2]+e[1]]
		var name string
		if m := sheetNamRe.FindStringSubmatch(el); m != nil {
			name = xmlUnescape(m[1])
		}
		if m := sheetIDRe.FindStringSubmatch(el); m != nil {
			id, _ := strconv.Atoi(m[1])
			maxID = max(maxID, id)
		}
		ex = append(ex, existing{name, loc[2] + e[1]})
		names[strings.ToLower(name)] = true
	}
	r := ""
	if !strings.Contains(wb[:loc[0]], `xmlns:r=`) {
		r = ` xmlns:r="` + nsRels + `"`
	}
	inserts := map[string]*strings.Builder{}
	var rels strings.Builder
	k := len(ex) + 1
	for i, s := range whole {
		if names[strings.ToLower(s.name)] {
			return fmt.Errorf("xlsxpkg: two sheets named %q", s.name)
		}
		names[strings.ToLower(s.name)] = true
		for {
			s.part = "xl/worksheets/sheet" + strconv.Itoa(k) + ".xml"
			k++
			if _, taken := p.parts[s.part]; !taken {
				break
			}
		}
		p.parts[s.part] = nil // written from s.whole
		rid := "rIdXlsxpkgSheet" + strconv.Itoa(i+1)
		b := inserts[s.after]
		if b == nil {
			b = &strings.Builder{}
			inserts[s.after] = b
		}
		b.WriteString(`<sheet name="`)
		_ = xml.EscapeText(b, []byte(s.name))
		b.WriteString(`" sheetId="` + strconv.Itoa(maxID+i+1) + `"` + r + ` r:id="` + rid + `"/>`)
		rels.WriteString(`<Relationship Id="` + rid + `" Type="` + relSheet + `" Target="` + strings.TrimPrefix(s.part, "xl/") + `"/>`)
		if err := p.addOverride("/"+s.part, ctSheet); err != nil {
			return err
		}
	}
	var out strings.Builder
	out.Grow(len(wb) + 128*len(whole))
	last := 0
	for _, e := range ex {
		if b := inserts[e.name]; b != nil {
			out.WriteString(wb[last:e.end])
			out.WriteString(b.String())
			last = e.end
			delete(inserts, e.name)
		}
	}
	for after := range inserts {
		return fmt.Errorf("xlsxpkg: a sheet is to follow %q, which the workbook does not have", after)
	}
	out.WriteString(wb[last:])
	p.parts[partWorkbook] = []byte(out.String())
	return p.addWorkbookRels(rels.String())
}

// xmlUnescape reads an attribute value as XML writes it.
func xmlUnescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var v struct {
		A string `xml:"a,attr"`
	}
	if xml.Unmarshal([]byte(`<x a="`+s+`"/>`), &v) != nil {
		return s
	}
	return v.A
}
