package xlsx

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Cell notes are written here, not with excelize's AddComment: AddComment
// re-scans the package and re-serialises the sheet's drawing on every
// call, which made notes on every value cell of a 700-unit report cost
// seconds. The package writer below receives excelize's parts, and when
// it closes adds one comments part and one VML drawing per sheet in a
// single pass, links them from the sheet, and writes all parts sorted and
// dated so the file is reproducible (excelize writes streamed sheets in
// map order).

// note is one cell note.
type note struct {
	col, row int // 1-based
	text     string
}

// extras are what the package writer adds when the workbook is saved:
// notes by sheet name (in the order sheets are written), rows (rows.go)
// and the sheets' defined names (print titles and areas), which are
// written at close too: excelize's SetDefinedName lists every sheet on
// each call, quadratic in the number of sheets.
type extras struct {
	by     map[string][]note
	order  []string
	names  []definedName
	bodies map[string]*body // rows by sheet (rows.go)
}

// definedName is a name local to a sheet ("_xlnm.Print_Titles").
type definedName struct {
	sheet, name, refersTo string
}

func newExtras() *extras { return &extras{by: map[string][]note{}, bodies: map[string]*body{}} }

func (n *extras) add(sheet string, col, row int, text string) {
	if text == "" {
		return
	}
	if _, ok := n.by[sheet]; !ok {
		n.order = append(n.order, sheet)
	}
	n.by[sheet] = append(n.by[sheet], note{col, row, text})
}

// pkg is an excelize.ZipWriter that holds every part until Close.
type pkg struct {
	w     io.Writer
	stamp time.Time
	extra *extras
	parts map[string]*part
}

func newPackage(w io.Writer, stamp time.Time, n *extras) *pkg {
	return &pkg{w: w, stamp: stamp, extra: n, parts: map[string]*part{}}
}

func (p *pkg) Create(name string) (io.Writer, error) {
	pt := &part{}
	p.parts[name] = pt
	return pt, nil
}

// level is the deflate level of every part: the fastest, since a report
// of hundreds of units is hundreds of megabytes of XML, and level 1 costs
// little in size on such repetitive text.
const level = flate.BestSpeed

// compressAbove is the size from which a part is compressed as it
// arrives, so the sources sheet of a large report is never held whole.
const compressAbove = 4 << 20

// part is one package part: raw bytes, or once it has grown big, a
// deflate stream with its checksum and size, ready for zip.CreateRaw.
type part struct {
	raw  bytes.Buffer
	comp *bytes.Buffer
	fw   *flate.Writer
	crc  uint32
	size uint64
	// body, when set, is spliced into raw at bodyAt as the part is
	// written to the zip: a sheet's rows (rows.go), never copied.
	body   *body
	bodyAt int
}

// rawPart makes a part of b, which it takes over.
func rawPart(b []byte) *part {
	return &part{raw: *bytes.NewBuffer(b)}
}

func (pt *part) Write(b []byte) (int, error) {
	if pt.comp == nil {
		if pt.raw.Len()+len(b) <= compressAbove {
			return pt.raw.Write(b)
		}
		pt.comp = &bytes.Buffer{}
		pt.fw, _ = flate.NewWriter(pt.comp, level)
		pt.crc = crc32.ChecksumIEEE(pt.raw.Bytes())
		pt.size = uint64(pt.raw.Len())
		if _, err := pt.fw.Write(pt.raw.Bytes()); err != nil {
			return 0, err
		}
		pt.raw = bytes.Buffer{}
	}
	pt.crc = crc32.Update(pt.crc, crc32.IEEETable, b)
	pt.size += uint64(len(b))
	return pt.fw.Write(b)
}

// Bytes returns the part's content, inflating a compressed part (to be
// patched; only small parts are, so this is rare).
func (pt *part) Bytes() []byte {
	if pt.comp != nil {
		_ = pt.fw.Close()
		data, _ := io.ReadAll(flate.NewReader(pt.comp))
		pt.comp, pt.fw = nil, nil
		pt.raw = *bytes.NewBuffer(data)
	}
	return pt.raw.Bytes()
}

func (pt *part) String() string { return string(pt.Bytes()) }

// writeTo writes a raw part, with its rows spliced in.
func (pt *part) writeTo(w io.Writer) error {
	raw := pt.raw.Bytes()
	if pt.body == nil {
		_, err := w.Write(raw)
		return err
	}
	if _, err := w.Write(raw[:pt.bodyAt]); err != nil {
		return err
	}
	bd := pt.body
	if bd.gen != nil {
		bw := bufio.NewWriterSize(w, 64<<10)
		rw := &rowWriter{w: bw, body: bd, b: make([]byte, 0, 4096)}
		if err := bd.gen(rw); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
	} else if _, err := w.Write(bd.buf.Bytes()); err != nil {
		return err
	}
	_, err := w.Write(raw[pt.bodyAt:])
	return err
}

// AddFS is part of excelize's interface; excelize does not call it when
// saving a workbook.
func (p *pkg) AddFS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, name)
		if err == nil {
			p.parts[name] = rawPart(data)
		}
		return err
	})
}

func (p *pkg) Close() error {
	if err := p.addNotes(); err != nil {
		return err
	}
	if err := p.addBodies(); err != nil {
		return err
	}
	if err := p.addNames(); err != nil {
		return err
	}
	if err := p.sortContentTypes(); err != nil {
		return err
	}
	names := make([]string, 0, len(p.parts))
	for n := range p.parts {
		names = append(names, n)
	}
	// [Content_Types].xml first, as Office writes it; the rest sorted.
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i] == "[Content_Types].xml", names[j] == "[Content_Types].xml"
		if a != b {
			return a
		}
		return names[i] < names[j]
	})
	zw := zip.NewWriter(p.w)
	// One deflater for all parts: a new one allocates about a megabyte,
	// and a workbook has thousands of parts. Zip writes parts one at a time.
	var fw *flate.Writer
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		if fw == nil {
			var err error
			fw, err = flate.NewWriter(w, level)
			return fw, err
		}
		fw.Reset(w)
		return fw, nil
	})
	for _, n := range names {
		pt := p.parts[n]
		if pt.comp != nil {
			if err := pt.fw.Close(); err != nil {
				return err
			}
			w, err := zw.CreateRaw(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: p.stamp,
				CRC32: pt.crc, CompressedSize64: uint64(pt.comp.Len()), UncompressedSize64: pt.size})
			if err != nil {
				return err
			}
			if _, err := w.Write(pt.comp.Bytes()); err != nil {
				return err
			}
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: p.stamp})
		if err != nil {
			return err
		}
		if err := pt.writeTo(w); err != nil {
			return err
		}
	}
	return zw.Close()
}

var typeEntry = regexp.MustCompile(`<(?:Default|Override)\b[^>]*?(?:/>|></(?:Default|Override)>)`)

// sortContentTypes puts the content types in a fixed order: excelize adds
// the image types from a map, in a different order on every run.
func (p *pkg) sortContentTypes() error {
	ct, ok := p.parts["[Content_Types].xml"]
	if !ok {
		return fmt.Errorf("xlsx: content types missing")
	}
	s := ct.String()
	locs := typeEntry.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return nil
	}
	var defaults, overrides []string
	for _, l := range locs {
		e := s[l[0]:l[1]]
		if strings.HasPrefix(e, "<Default") {
			defaults = append(defaults, e)
		} else {
			overrides = append(overrides, e)
		}
	}
	// Whatever lies between the entries is whitespace at most; keep the
	// text before the first and after the last.
	sort.Strings(defaults)
	sort.Strings(overrides)
	out := s[:locs[0][0]] + strings.Join(defaults, "") + strings.Join(overrides, "") + s[locs[len(locs)-1][1]:]
	p.parts["[Content_Types].xml"] = rawPart([]byte(out))
	return nil
}

const (
	relComments = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
	relVML      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing"
	ctComments  = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
	ctVML       = "application/vnd.openxmlformats-officedocument.vmlDrawing"
)

// addBodies marks where each sheet's rows go: at the end of the
// sheetData excelize wrote, after any rows it wrote itself (table
// headers). They are written when the part is.
func (p *pkg) addBodies() error {
	if len(p.extra.bodies) == 0 {
		return nil
	}
	paths, err := p.sheetPaths()
	if err != nil {
		return err
	}
	names := make([]string, 0, len(p.extra.bodies))
	for n := range p.extra.bodies {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		bd := p.extra.bodies[name]
		sp, ok := paths[name]
		if !ok || p.parts[sp] == nil {
			return fmt.Errorf("xlsx: no part for sheet %q", name)
		}
		pt := p.parts[sp]
		frame := pt.Bytes()
		at := bytes.LastIndex(frame, []byte("</sheetData>"))
		if at < 0 {
			return fmt.Errorf("xlsx: sheet part %s has no sheetData", sp)
		}
		pt.body, pt.bodyAt = bd, at
	}
	return nil
}

// addNames writes the sheets' defined names into the workbook part.
func (p *pkg) addNames() error {
	if len(p.extra.names) == 0 {
		return nil
	}
	_, order, err := p.sheets()
	if err != nil {
		return err
	}
	index := map[string]int{}
	for i, n := range order {
		index[n] = i
	}
	var b strings.Builder
	for _, d := range p.extra.names {
		i, ok := index[d.sheet]
		if !ok {
			return fmt.Errorf("xlsx: defined name for unknown sheet %q", d.sheet)
		}
		fmt.Fprintf(&b, `<definedName name="%s" localSheetId="%d">`, d.name, i)
		_ = xml.EscapeText(&b, []byte(d.refersTo))
		b.WriteString(`</definedName>`)
	}
	s := p.parts["xl/workbook.xml"].String()
	if at := strings.Index(s, "</definedNames>"); at >= 0 {
		s = s[:at] + b.String() + s[at:]
	} else if at := strings.Index(s, "</sheets>"); at >= 0 {
		at += len("</sheets>")
		s = s[:at] + "<definedNames>" + b.String() + "</definedNames>" + s[at:]
	} else {
		return fmt.Errorf("xlsx: workbook part has no sheets")
	}
	p.parts["xl/workbook.xml"] = rawPart([]byte(s))
	return nil
}

// sheetPaths maps sheet names to their parts ("xl/worksheets/sheet2.xml").
func (p *pkg) sheetPaths() (map[string]string, error) {
	m, _, err := p.sheets()
	return m, err
}

// sheets maps sheet names to their parts from the workbook and its
// relationships, and lists the names in workbook order.
func (p *pkg) sheets() (map[string]string, []string, error) {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	wbx, ok1 := p.parts["xl/workbook.xml"]
	rx, ok2 := p.parts["xl/_rels/workbook.xml.rels"]
	if !ok1 || !ok2 {
		return nil, nil, fmt.Errorf("xlsx: workbook parts missing")
	}
	if err := xml.Unmarshal(wbx.Bytes(), &wb); err != nil {
		return nil, nil, err
	}
	if err := xml.Unmarshal(rx.Bytes(), &rels); err != nil {
		return nil, nil, err
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		target[r.ID] = t
	}
	out := map[string]string{}
	var order []string
	for _, s := range wb.Sheets {
		out[s.Name] = target[s.RID]
		order = append(order, s.Name)
	}
	return out, order, nil
}

func (p *pkg) addNotes() error {
	if len(p.extra.order) == 0 {
		return nil
	}
	paths, err := p.sheetPaths()
	if err != nil {
		return err
	}
	ct, ok := p.parts["[Content_Types].xml"]
	if !ok {
		return fmt.Errorf("xlsx: content types missing")
	}
	var types strings.Builder
	if !bytes.Contains(ct.Bytes(), []byte(`Extension="vml"`)) {
		types.WriteString(`<Default Extension="vml" ContentType="` + ctVML + `"/>`)
	}
	block := 1 // VML shape ids come in blocks of 1024, one or more a sheet
	for i, sheet := range p.extra.order {
		sp, ok := paths[sheet]
		if !ok || p.parts[sp] == nil {
			return fmt.Errorf("xlsx: no part for sheet %q", sheet)
		}
		ns := p.extra.by[sheet]
		sort.SliceStable(ns, func(a, b int) bool {
			if ns[a].row != ns[b].row {
				return ns[a].row < ns[b].row
			}
			return ns[a].col < ns[b].col
		})
		k := i + 1
		for p.parts[fmt.Sprintf("xl/comments%d.xml", k)] != nil || p.parts[fmt.Sprintf("xl/drawings/vmlDrawing%d.vml", k)] != nil {
			k += len(p.extra.order)
		}
		cPart := fmt.Sprintf("xl/comments%d.xml", k)
		vPart := fmt.Sprintf("xl/drawings/vmlDrawing%d.vml", k)
		p.parts[cPart] = rawPart(commentsXML(ns).Bytes())
		nblocks := (len(ns) + 1023) / 1024
		p.parts[vPart] = rawPart(vmlXML(ns, block, nblocks).Bytes())
		block += nblocks
		types.WriteString(`<Override PartName="/` + cPart + `" ContentType="` + ctComments + `"/>`)

		relsPart := path.Join(path.Dir(sp), "_rels", path.Base(sp)+".rels")
		rel := `<Relationship Id="rIdChitieuNotes" Type="` + relComments + `" Target="../` + strings.TrimPrefix(cPart, "xl/") + `"/>` +
			`<Relationship Id="rIdChitieuVml" Type="` + relVML + `" Target="../` + strings.TrimPrefix(vPart, "xl/") + `"/>`
		if rb, ok := p.parts[relsPart]; ok {
			s := rb.String()
			at := strings.LastIndex(s, "</Relationships>")
			if at < 0 {
				return fmt.Errorf("xlsx: bad relationships part %s", relsPart)
			}
			p.parts[relsPart] = rawPart([]byte(s[:at] + rel + s[at:]))
		} else {
			p.parts[relsPart] = rawPart([]byte(xml.Header[:len(xml.Header)-1] +
				`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rel + `</Relationships>`))
		}
		if err := p.linkVML(sp); err != nil {
			return err
		}
	}
	s := ct.String()
	at := strings.LastIndex(s, "</Types>")
	if at < 0 {
		return fmt.Errorf("xlsx: bad content types")
	}
	p.parts["[Content_Types].xml"] = rawPart([]byte(s[:at] + types.String() + s[at:]))
	return nil
}

// linkVML puts the sheet's <legacyDrawing> where the schema wants it:
// after the print settings and any <drawing>, before table parts and
// extensions.
func (p *pkg) linkVML(sheetPart string) error {
	s := p.parts[sheetPart].Bytes()
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
		return fmt.Errorf("xlsx: sheet part %s has no end", sheetPart)
	}
	if bytes.Contains(s, []byte("<legacyDrawing ")) {
		return fmt.Errorf("xlsx: sheet part %s already has notes", sheetPart)
	}
	link := `<legacyDrawing r:id="rIdChitieuVml"/>`
	if !bytes.Contains(s[:from], []byte(`xmlns:r=`)) {
		link = `<legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChitieuVml"/>`
	}
	var b bytes.Buffer
	b.Grow(len(s) + len(link))
	b.Write(s[:at])
	b.WriteString(link)
	b.Write(s[at:])
	p.parts[sheetPart] = rawPart(b.Bytes())
	return nil
}

func commentsXML(ns []note) *bytes.Buffer {
	var b bytes.Buffer
	size := 256
	for _, n := range ns {
		size += len(n.text) + 220
	}
	b.Grow(size)
	b.WriteString(xml.Header)
	b.WriteString(`<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>chitieu</author></authors><commentList>`)
	for _, n := range ns {
		b.WriteString(`<comment ref="`)
		b.WriteString(cell(n.col, n.row))
		b.WriteString(`" authorId="0"><text><r><rPr><sz val="10"/><color indexed="81"/><rFont val="` + font + `"/><family val="1"/></rPr><t xml:space="preserve">`)
		_ = xml.EscapeText(&b, []byte(n.text))
		b.WriteString(`</t></r></text></comment>`)
	}
	b.WriteString(`</commentList></comments>`)
	return &b
}

// vmlXML draws the note boxes (hidden until the cell is pointed at). The
// box is sized from the text so long evidence stays readable.
func vmlXML(ns []note, block, nblocks int) *bytes.Buffer {
	var b bytes.Buffer
	b.Grow(512 + 620*len(ns))
	b.WriteString(`<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">`)
	b.WriteString(`<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="`)
	for i := 0; i < nblocks; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(block + i))
	}
	b.WriteString(`"/></o:shapelayout>`)
	b.WriteString(`<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`)
	for i, n := range ns {
		lines := 1
		for _, l := range strings.Split(n.text, "\n") {
			lines += (utf8.RuneCountInString(l) + 44) / 45
		}
		lines = min(lines, 24)
		id := block*1024 + 1 + i
		fmt.Fprintf(&b, `<v:shape id="_x0000_s%d" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:240pt;height:%dpt;z-index:%d;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">`,
			id, lines*13+6, i+1)
		b.WriteString(`<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>`)
		c, r := n.col-1, n.row-1
		fmt.Fprintf(&b, `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>%d, 15, %d, 2, %d, 15, %d, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>%d</x:Row><x:Column>%d</x:Column></x:ClientData></v:shape>`,
			c+1, r, c+5, r+lines, r, c)
	}
	b.WriteString(`</xml>`)
	return &b
}
