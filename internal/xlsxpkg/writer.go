package xlsxpkg

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/xml"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsMain    = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRels    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

	relComments = nsRels + "/comments"
	relVML      = nsRels + "/vmlDrawing"
	relSST      = nsRels + "/sharedStrings"
	ctComments  = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
	ctVML       = "application/vnd.openxmlformats-officedocument.vmlDrawing"
	ctSST       = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
	relSheet    = nsRels + "/worksheet"
	ctSheet     = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"

	partSST          = "xl/sharedStrings.xml"
	partContentTypes = "[Content_Types].xml"
	partWorkbook     = "xl/workbook.xml"
	partWorkbookRels = "xl/_rels/workbook.xml.rels"
)

// Level is the deflate level of every part. Go's level 1 is a fast
// special-purpose coder that compresses sheet XML a third worse than the
// standard levels; level 5 is close to the best size at a fraction of
// level 9's time.
const Level = 5

// chunkSize is how much of a sheet's rows is held before it is
// compressed.
const chunkSize = 1 << 20

// Writer writes one workbook's package. It is the excelize.ZipWriter the
// workbook is saved through (see Attach): excelize hands it its parts,
// and Close adds rows, notes, shared strings and names, fixes the sheets
// and writes the zip.
type Writer struct {
	w     io.Writer
	stamp time.Time
	// NoteFont is the typeface of cell notes.
	NoteFont string

	parts   map[string][]byte
	sheets  map[string]*Sheet
	order   []*Sheet // in the order first used
	names   []definedName
	sst     *sharedStrings
	remap   []int               // excelize's shared-string indices → ours, when it wrote a table
	notesAt map[string]*segment // notes parts, compressed by the pool
	ownSST  bool                // the shared strings are this writer's
	types   []string            // content types to add, written once (addTypes)
	blocks  int                 // VML shape-id blocks handed out
	pool    *pool
	closed  bool
}

// definedName is a name local to a sheet ("_xlnm.Print_Titles").
type definedName struct {
	sheet, name, refersTo string
}

// New makes the package writer of a workbook dated stamp (every part of
// the zip carries it; use a date from the content, not the clock, so a
// rebuild gives the same bytes).
func New(stamp time.Time) *Writer {
	return &Writer{
		stamp:    ZipTime(stamp),
		NoteFont: "Times New Roman",
		parts:    map[string][]byte{},
		sheets:   map[string]*Sheet{},
		sst:      newSharedStrings(),
		pool:     newPool(Level),
	}
}

// ZipTime is the date a zip entry can hold closest to t: the first date
// of the zip format (1980-01-01) for earlier or zero times.
func ZipTime(t time.Time) time.Time {
	first := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	if t.IsZero() || t.Before(first) {
		return first
	}
	return t.UTC()
}

// Attach makes f save through p into w: call f.WriteTo(w) (or any of
// excelize's save functions) once the workbook is built. The package goes
// straight to w, not to the buffer excelize offers, which would hold the
// whole file once more; excelize then copies its empty buffer to w.
func (p *Writer) Attach(f *excelize.File, w io.Writer) {
	p.w = w
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return p })
}

// DefinedName adds a name local to a sheet (_xlnm.Print_Titles,
// _xlnm.Print_Area, …). excelize's SetDefinedName lists every sheet on
// each call, quadratic in the number of sheets; these are written once.
func (p *Writer) DefinedName(sheet, name, refersTo string) {
	p.names = append(p.names, definedName{sheet, name, refersTo})
}

// Create is part of excelize.ZipWriter: excelize writes a part.
func (p *Writer) Create(name string) (io.Writer, error) {
	if p.closed {
		return nil, fmt.Errorf("xlsxpkg: part %s after Close", name)
	}
	return &partWriter{p: p, name: name}, nil
}

type partWriter struct {
	p    *Writer
	name string
}

func (pw *partWriter) Write(b []byte) (int, error) {
	pw.p.parts[pw.name] = append(pw.p.parts[pw.name], b...)
	return len(b), nil
}

// AddFS is part of excelize.ZipWriter; excelize does not call it when
// saving a workbook.
func (p *Writer) AddFS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, name)
		if err == nil {
			p.parts[name] = data
		}
		return err
	})
}

// Close is part of excelize.ZipWriter: it completes the package and
// writes the zip.
func (p *Writer) Close() error {
	if p.closed {
		return fmt.Errorf("xlsxpkg: closed twice")
	}
	p.closed = true
	if p.w == nil {
		return fmt.Errorf("xlsxpkg: no output (call Attach)")
	}
	if _, ok := p.parts[partContentTypes]; !ok {
		return fmt.Errorf("xlsxpkg: content types missing")
	}
	if err := p.addWholeSheets(); err != nil {
		return err
	}
	paths, order, err := p.sheetParts()
	if err != nil {
		return err
	}
	for _, s := range p.order {
		if _, ok := paths[s.name]; !ok {
			return fmt.Errorf("xlsxpkg: no sheet %q in the workbook", s.name)
		}
	}
	if err := p.addNames(order); err != nil {
		return err
	}
	if err := p.addNotes(paths); err != nil {
		return err
	}
	if err := p.addSharedStrings(); err != nil {
		return err
	}
	if err := p.addTypes(); err != nil {
		return err
	}
	if err := p.sortContentTypes(); err != nil {
		return err
	}
	bySheetPart := map[string]*Sheet{}
	for _, s := range p.order {
		bySheetPart[paths[s.name]] = s
	}
	sheetParts := map[string]bool{}
	for _, sp := range paths {
		sheetParts[sp] = true
	}
	for sp := range sheetParts {
		if s := bySheetPart[sp]; s != nil && s.frame != nil {
			continue // written whole, as it is
		}
		if err := p.fixSheet(sp, bySheetPart[sp]); err != nil {
			return err
		}
	}

	p.pool.wait() // rows and notes compressed on other cores
	names := make([]string, 0, len(p.parts))
	for n := range p.parts {
		names = append(names, n)
	}
	// [Content_Types].xml first, as Office writes it; the shared strings
	// last, after the sheets whose rows, written last, add to them; the
	// rest sorted.
	rank := func(n string) int {
		switch n {
		case partContentTypes:
			return 0
		case partSST:
			return 2
		}
		return 1
	}
	sort.Slice(names, func(i, j int) bool {
		if a, b := rank(names[i]), rank(names[j]); a != b {
			return a < b
		}
		return names[i] < names[j]
	})
	zw := zip.NewWriter(p.w)
	for _, n := range names {
		var err error
		switch s := bySheetPart[n]; {
		case n == partSST && p.ownSST:
			err = p.writeSST(zw)
		case s != nil && s.frame != nil:
			segs := make([]segment, len(s.whole))
			for i, w := range s.whole {
				segs[i] = *w
			}
			err = p.writeSegment(zw, n, join(segs...))
		case s != nil && s.gen != nil:
			err = p.writeGenerated(zw, n, s)
		case s != nil && s.sealed:
			err = p.writeSealed(zw, n, s)
		case p.notesAt[n] != nil:
			err = p.writeSegment(zw, n, *p.notesAt[n])
		default:
			var seg segment
			p.pool.with(func(c *compressor) { seg = c.segment(p.parts[n], true) })
			err = p.writeSegment(zw, n, seg)
		}
		if err != nil {
			return err
		}
	}
	return zw.Close()
}

// header is the zip header of a part, dated with the stamp as
// zip.Writer.CreateHeader would date it.
func (p *Writer) header(name string) *zip.FileHeader {
	fh := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: p.stamp}
	fh.CreatorVersion = 20
	fh.ReaderVersion = 20
	d, t := msDosTime(p.stamp)
	fh.ModifiedDate, fh.ModifiedTime = d, t
	var ext [9]byte // the "extended timestamp" Info-ZIP and CreateHeader write
	binary.LittleEndian.PutUint16(ext[0:], 0x5455)
	binary.LittleEndian.PutUint16(ext[2:], 5)
	ext[4] = 1
	binary.LittleEndian.PutUint32(ext[5:], uint32(p.stamp.Unix()))
	fh.Extra = ext[:]
	return fh
}

func msDosTime(t time.Time) (date, tm uint16) {
	return uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9),
		uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
}

// writeSegment writes a part compressed whole.
func (p *Writer) writeSegment(zw *zip.Writer, name string, s segment) error {
	fh := p.header(name)
	fh.CRC32 = s.crc
	fh.CompressedSize64 = uint64(len(s.data))
	fh.UncompressedSize64 = uint64(s.size)
	w, err := zw.CreateRaw(fh)
	if err != nil {
		return err
	}
	_, err = w.Write(s.data)
	return err
}

// writeSealed writes a sheet whose rows were compressed when it was
// sealed: the frame's head, the rows, the frame's tail.
func (p *Writer) writeSealed(zw *zip.Writer, name string, s *Sheet) error {
	frame := p.parts[name]
	at := s.bodyAt
	segs := make([]segment, 0, len(s.body)+2)
	p.pool.with(func(c *compressor) { segs = append(segs, c.segment(frame[:at], false)) })
	for _, b := range s.body {
		segs = append(segs, *b)
	}
	p.pool.with(func(c *compressor) { segs = append(segs, c.segment(frame[at:], true)) })
	return p.writeSegment(zw, name, join(segs...))
}

// writeGenerated writes a sheet whose rows are generated now, straight
// into the zip: its size and checksum follow the data.
func (p *Writer) writeGenerated(zw *zip.Writer, name string, s *Sheet) error {
	fh := p.header(name)
	fh.Flags |= 0x8 // sizes and CRC in a data descriptor after the data
	w, err := zw.CreateRaw(fh)
	if err != nil {
		return err
	}
	pd := &parallelDeflate{pool: p.pool, out: w, buf: make([]byte, 0, chunkSize+64<<10)}
	bw := bufio.NewWriterSize(pd, 64<<10)
	frame := p.parts[name]
	bw.Write(frame[:s.bodyAt])
	rw := &Rows{sheet: s.name, w: bw, sst: p.sst, b: make([]byte, 0, 4096)}
	if err := s.gen(rw); err != nil {
		return err
	}
	if rw.err != nil {
		return rw.err
	}
	if rw.ext != s.declared {
		return fmt.Errorf("xlsxpkg: sheet %q: rows cover %s, declared %s", s.name, rw.ext.ref(), s.declared.ref())
	}
	bw.Write(frame[s.bodyAt:])
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := pd.Close(); err != nil {
		return err
	}
	fh.CRC32 = pd.crc
	fh.CompressedSize64, fh.UncompressedSize64 = uint64(pd.comp), uint64(pd.raw)
	fh.CompressedSize = uint32(min(fh.CompressedSize64, 1<<32-1))
	fh.UncompressedSize = uint32(min(fh.UncompressedSize64, 1<<32-1))
	return nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

// addSharedStrings adds the shared-string part when rows use it (any
// sheet with rows may, generated ones included), taking over excelize's
// table when it wrote one.
func (p *Writer) addSharedStrings() error {
	uses := false
	for _, s := range p.order {
		uses = uses || s.sealed || s.gen != nil
	}
	if !uses {
		return nil
	}
	if old, ok := p.parts[partSST]; ok {
		if err := p.adoptSharedStrings(old); err != nil {
			return err
		}
	} else {
		if err := p.addOverride("/"+partSST, ctSST); err != nil {
			return err
		}
		if err := p.addWorkbookRel("rIdXlsxpkgStrings", relSST, "sharedStrings.xml"); err != nil {
			return err
		}
	}
	p.parts[partSST] = nil // written last, by writeSST
	p.ownSST = true
	return nil
}

var sstItem = regexp.MustCompile(`(?s)<si>.*?</si>|<si/>`)

// adoptSharedStrings takes excelize's table into ours (its cells are
// renumbered in fixSheet): one table, each text once.
func (p *Writer) adoptSharedStrings(old []byte) error {
	for _, it := range sstItem.FindAll(old, -1) {
		p.remap = append(p.remap, p.sst.adopt(string(it)))
	}
	return nil
}

func (p *Writer) writeSST(zw *zip.Writer) error {
	fh := p.header(partSST)
	fh.Flags |= 0x8
	w, err := zw.CreateRaw(fh)
	if err != nil {
		return err
	}
	cw := &countWriter{w: w}
	fw, err := flate.NewWriter(cw, Level)
	if err != nil {
		return err
	}
	crc := crc32.NewIEEE()
	raw := &countWriter{w: io.MultiWriter(fw, crc)}
	if err := p.sst.writeTo(raw); err != nil {
		return err
	}
	if err := fw.Close(); err != nil {
		return err
	}
	fh.CRC32 = crc.Sum32()
	fh.CompressedSize64, fh.UncompressedSize64 = uint64(cw.n), uint64(raw.n)
	fh.CompressedSize = uint32(min(fh.CompressedSize64, 1<<32-1))
	fh.UncompressedSize = uint32(min(fh.UncompressedSize64, 1<<32-1))
	return nil
}

var typeEntry = regexp.MustCompile(`<(?:Default|Override)\b[^>]*?(?:/>|></(?:Default|Override)>)`)

// sortContentTypes puts the content types in a fixed order: excelize adds
// the image types from a map, in a different order on every run.
func (p *Writer) sortContentTypes() error {
	s := string(p.parts[partContentTypes])
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
	p.parts[partContentTypes] = []byte(s[:locs[0][0]] + strings.Join(defaults, "") + strings.Join(overrides, "") + s[locs[len(locs)-1][1]:])
	return nil
}

// addOverride adds a content type for a part (or a Default for an
// extension, when name starts with "."); addTypes writes them.
func (p *Writer) addOverride(name, ct string) error {
	if ext, ok := strings.CutPrefix(name, "."); ok {
		if bytes.Contains(p.parts[partContentTypes], []byte(`Extension="`+ext+`"`)) {
			return nil
		}
		p.types = append(p.types, `<Default Extension="`+ext+`" ContentType="`+ct+`"/>`)
		return nil
	}
	p.types = append(p.types, `<Override PartName="`+name+`" ContentType="`+ct+`"/>`)
	return nil
}

// addTypes writes the content types addOverride collected.
func (p *Writer) addTypes() error {
	if len(p.types) == 0 {
		return nil
	}
	s := string(p.parts[partContentTypes])
	at := strings.LastIndex(s, "</Types>")
	if at < 0 {
		return fmt.Errorf("xlsxpkg: bad content types")
	}
	p.parts[partContentTypes] = []byte(s[:at] + strings.Join(p.types, "") + s[at:])
	p.types = nil
	return nil
}

// addWorkbookRel adds a relationship of the workbook part.
func (p *Writer) addWorkbookRel(id, typ, target string) error {
	return p.addWorkbookRels(`<Relationship Id="` + id + `" Type="` + typ + `" Target="` + target + `"/>`)
}

// addWorkbookRels adds relationship elements to the workbook part.
func (p *Writer) addWorkbookRels(rels string) error {
	s := string(p.parts[partWorkbookRels])
	at := strings.LastIndex(s, "</Relationships>")
	if at < 0 {
		return fmt.Errorf("xlsxpkg: bad workbook relationships")
	}
	p.parts[partWorkbookRels] = []byte(s[:at] + rels + s[at:])
	return nil
}

// addNames writes the sheets' defined names into the workbook part.
func (p *Writer) addNames(order []string) error {
	if len(p.names) == 0 {
		return nil
	}
	index := map[string]int{}
	for i, n := range order {
		index[n] = i
	}
	var b strings.Builder
	for _, d := range p.names {
		i, ok := index[d.sheet]
		if !ok {
			return fmt.Errorf("xlsxpkg: defined name for unknown sheet %q", d.sheet)
		}
		fmt.Fprintf(&b, `<definedName name="%s" localSheetId="%d">`, d.name, i)
		_ = xml.EscapeText(&b, []byte(d.refersTo))
		b.WriteString(`</definedName>`)
	}
	s := string(p.parts[partWorkbook])
	if at := strings.Index(s, "</definedNames>"); at >= 0 {
		s = s[:at] + b.String() + s[at:]
	} else if at := strings.Index(s, "</sheets>"); at >= 0 {
		at += len("</sheets>")
		s = s[:at] + "<definedNames>" + b.String() + "</definedNames>" + s[at:]
	} else {
		return fmt.Errorf("xlsxpkg: workbook part has no sheets")
	}
	p.parts[partWorkbook] = []byte(s)
	return nil
}

// SheetParts maps the sheet names of a package's parts to their parts
// ("xl/worksheets/sheet2.xml") and lists the names in workbook order.
func SheetParts(parts map[string][]byte) (map[string]string, []string, error) {
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
	wbx, ok1 := parts[partWorkbook]
	rx, ok2 := parts[partWorkbookRels]
	if !ok1 || !ok2 {
		return nil, nil, fmt.Errorf("xlsxpkg: workbook parts missing")
	}
	if err := xml.Unmarshal(wbx, &wb); err != nil {
		return nil, nil, err
	}
	if err := xml.Unmarshal(rx, &rels); err != nil {
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

func (p *Writer) sheetParts() (map[string]string, []string, error) { return SheetParts(p.parts) }

// WriteParts writes a package given part by part (name → content, as in
// the zip) with what p adds, for writers that edit a workbook at the part
// level rather than through excelize. The parts are taken over.
func (p *Writer) WriteParts(w io.Writer, parts map[string][]byte) error {
	p.w = w
	for n, d := range parts {
		p.parts[n] = d
	}
	return p.Close()
}
