package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strings"

	"github.com/chitieu/chitieu/internal/diag"
)

// MaxDocumentXML caps the unpacked size of a DOCX's word/document.xml. A
// report of a hundred pages is a few megabytes of XML; a zip bomb unpacks
// to gigabytes from a few kilobytes, so the cap is checked against both the
// size the archive claims and the bytes actually unpacked.
const MaxDocumentXML = 64 << 20

// Namespaces of WordprocessingML (transitional and strict) and of markup
// compatibility, whose mc:Fallback repeats the content of mc:Choice.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	relOffice = "/officeDocument"
)

// docxText returns the text of a DOCX file, or a Problem saying why data,
// a zip archive, is not one.
func docxText(file string, data []byte) (string, []pendingTable, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", nil, diag.Errorf(file, 0, "damaged DOCX file (the zip archive cannot be opened): %v", err)
	}
	f := mainPart(zr)
	if f == nil {
		switch {
		case zipHas(zr, "xl/workbook.xml"):
			return "", nil, diag.Errorf(file, 0, "an Excel workbook (XLSX), not a document: give it as a fact file with the .xlsx extension")
		case zipHas(zr, "mimetype") && zipHas(zr, "content.xml"):
			return "", nil, diag.Errorf(file, 0, "OpenDocument files are not supported: save the document as .docx")
		}
		return "", nil, diag.Errorf(file, 0, "a zip archive without word/document.xml, not a DOCX document")
	}
	if f.UncompressedSize64 > MaxDocumentXML {
		return "", nil, diag.Errorf(file, 0, "%s unpacks to more than %d MiB: refusing to read it", f.Name, MaxDocumentXML>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return "", nil, diag.Errorf(file, 0, "damaged DOCX file: %s: %v", f.Name, err)
	}
	defer rc.Close()
	lr := &limitReader{r: rc, n: MaxDocumentXML}
	text, tables, err := wordText(lr)
	if lr.over {
		return "", nil, diag.Errorf(file, 0, "%s unpacks to more than %d MiB: refusing to read it", f.Name, MaxDocumentXML>>20)
	}
	if err != nil {
		return "", nil, diag.Errorf(file, 0, "damaged DOCX file: %s: %v", f.Name, err)
	}
	return text, tables, nil
}

// mainPart finds the document body: word/document.xml, or wherever the
// package relationships say the office document is (a few generators
// write word/document2.xml).
func mainPart(zr *zip.Reader) *zip.File {
	if f := zipFile(zr, "word/document.xml"); f != nil {
		return f
	}
	rels := zipFile(zr, "_rels/.rels")
	if rels == nil || rels.UncompressedSize64 > 1<<20 {
		return nil
	}
	rc, err := rels.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	var r struct {
		Rels []struct {
			Type   string `xml:",attr"`
			Target string `xml:",attr"`
		} `xml:"Relationship"`
	}
	if xml.NewDecoder(io.LimitReader(rc, 1<<20)).Decode(&r) != nil {
		return nil
	}
	for _, rel := range r.Rels {
		if strings.HasSuffix(rel.Type, relOffice) {
			if f := zipFile(zr, strings.TrimPrefix(path.Clean("/"+rel.Target), "/")); f != nil && strings.HasSuffix(f.Name, ".xml") {
				return f
			}
		}
	}
	return nil
}

// zipFile finds name in the archive, ignoring case as Word does.
func zipFile(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if strings.EqualFold(f.Name, name) {
			return f
		}
	}
	return nil
}

func zipHas(zr *zip.Reader, name string) bool { return zipFile(zr, name) != nil }

// limitReader reads at most n bytes and records whether there were more.
type limitReader struct {
	r    io.Reader
	n    int64
	over bool
}

var errTooBig = errors.New("too big")

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		var one [1]byte
		if k, _ := l.r.Read(one[:]); k > 0 {
			l.over = true
			return 0, errTooBig
		}
		return 0, io.EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	k, err := l.r.Read(p)
	l.n -= int64(k)
	return k, err
}

// wordText streams WordprocessingML and renders it as text: a paragraph a
// line; a table row a line, cells joined by " | "; deleted text, moved-away
// text and field instructions left out, as Word shows the document with
// changes accepted.
func wordText(r io.Reader) (string, []pendingTable, error) {
	d := xml.NewDecoder(r)
	var w wordWriter
	w.containers = [][]string{nil}
	skip := 0 // depth inside an element whose content is not shown
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				continue
			}
			if t.Name.Space == nsMC && t.Name.Local == "Fallback" {
				skip = 1
				continue
			}
			if !isW(t.Name.Space) {
				continue
			}
			switch t.Name.Local {
			case "del", "moveFrom", "delText", "instrText":
				skip = 1
			default:
				w.start(t)
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			if isW(t.Name.Space) {
				w.end(t.Name.Local)
			}
		case xml.CharData:
			if skip == 0 && w.inText > 0 && len(w.paras) > 0 && !w.hidden() {
				w.paras[len(w.paras)-1].Write(t)
			}
		}
	}
	// A document cut off inside a paragraph or table still shows what it
	// has; the decoder has already reported unclosed elements as errors,
	// so this only tidies state.
	return strings.Join(w.containers[0], "\n"), w.done, nil
}

func isW(space string) bool { return space == nsW || space == nsWStrict || space == "w" }

// wordWriter holds the open paragraphs (a text box's paragraphs sit inside
// another paragraph), the open tables, and the containers lines go to: the
// body, and each open table cell.
type wordWriter struct {
	paras  []*strings.Builder
	tables [][][][]string // open tables → rows so far → cells → lines
	// builders has the structure of each open table (nil once a row shows
	// it is a layout table), cell the properties of each open cell, and
	// done the data tables, in the order they end.
	builders   []*tableBuilder
	cellProps  []spanCell
	rowProps   []spanCell // w:gridBefore of each open row
	rowCells   [][]spanCell
	done       []pendingTable
	containers [][]string
	names      []string // open WordprocessingML elements, outermost first
	runs       []bool   // open runs (a text box's sit inside another's): hidden?
	inText     int
}

// hidden reports whether the current run is formatted as hidden text
// (w:vanish), which Word does not show or print.
func (w *wordWriter) hidden() bool { return len(w.runs) > 0 && w.runs[len(w.runs)-1] }

// inRun reports whether a visible run is open: w:tab and w:br are
// characters only there.
func (w *wordWriter) inRun() bool { return len(w.runs) > 0 && !w.hidden() }

// parentIs reports whether the open elements end with names.
func (w *wordWriter) parentIs(names ...string) bool {
	if len(w.names) < len(names) {
		return false
	}
	for i, n := range names {
		if w.names[len(w.names)-len(names)+i] != n {
			return false
		}
	}
	return true
}

func (w *wordWriter) para() *strings.Builder {
	if len(w.paras) == 0 {
		return nil
	}
	return w.paras[len(w.paras)-1]
}

func (w *wordWriter) emit(line string) {
	top := len(w.containers) - 1
	w.containers[top] = append(w.containers[top], line)
}

func (w *wordWriter) start(t xml.StartElement) {
	name := t.Name.Local
	defer func() { w.names = append(w.names, name) }()
	switch name {
	case "p":
		w.paras = append(w.paras, new(strings.Builder))
	case "r":
		w.runs = append(w.runs, false)
	case "vanish":
		// Only the run's own properties, not a paragraph mark's or the
		// formatting before a tracked change (w:rPrChange).
		if w.parentIs("r", "rPr") && len(w.runs) > 0 {
			w.runs[len(w.runs)-1] = on(t)
		}
	case "t":
		w.inText++
	case "tab":
		// w:tab also names a tab stop in paragraph properties; only one in
		// a run is a character.
		if p := w.para(); p != nil && w.inRun() {
			p.WriteByte('\t')
		}
	case "br", "cr":
		if p := w.para(); p != nil && w.inRun() {
			p.WriteByte('\n')
		}
	case "noBreakHyphen":
		if p := w.para(); p != nil && w.inRun() {
			p.WriteByte('-')
		}
	case "tbl":
		w.tables = append(w.tables, nil)
		w.builders = append(w.builders, newTableBuilder("docx"))
	case "tr":
		if n := len(w.tables); n > 0 {
			w.tables[n-1] = append(w.tables[n-1], nil)
		}
		w.rowProps = append(w.rowProps, spanCell{})
		w.rowCells = append(w.rowCells, nil)
	case "tc":
		w.containers = append(w.containers, nil)
		w.cellProps = append(w.cellProps, spanCell{colSpan: 1, rowSpan: 1})
	case "gridSpan":
		if w.parentIs("tc", "tcPr") && len(w.cellProps) > 0 {
			w.cellProps[len(w.cellProps)-1].colSpan = intVal(t, 1)
		}
	case "vMerge":
		if w.parentIs("tc", "tcPr") && len(w.cellProps) > 0 {
			w.cellProps[len(w.cellProps)-1].mergeUp = val(t) != "restart"
		}
	case "gridBefore":
		if w.parentIs("tr", "trPr") && len(w.rowProps) > 0 {
			w.rowProps[len(w.rowProps)-1].skipBefore = intVal(t, 0)
		}
	}
}

// val is an element's w:val attribute.
func val(t xml.StartElement) string {
	for _, a := range t.Attr {
		if a.Name.Local == "val" {
			return a.Value
		}
	}
	return ""
}

// intVal reads a small count from w:val (spans, skipped grid columns),
// def when absent or not a number.
func intVal(t xml.StartElement, def int) int {
	v, digits := 0, 0
	for _, c := range val(t) {
		if c < '0' || c > '9' || digits >= 4 {
			return def
		}
		v = v*10 + int(c-'0')
		digits++
	}
	if digits == 0 {
		return def
	}
	return v
}

func (w *wordWriter) end(name string) {
	if n := len(w.names); n > 0 {
		w.names = w.names[:n-1]
	}
	switch name {
	case "p":
		if n := len(w.paras); n > 0 {
			text := w.paras[n-1].String()
			w.paras = w.paras[:n-1]
			// A line break inside a paragraph (w:br) makes its own line.
			for line := range strings.SplitSeq(text, "\n") {
				w.emit(line)
			}
		}
	case "r":
		if n := len(w.runs); n > 0 {
			w.runs = w.runs[:n-1]
		}
	case "t":
		w.inText = max(w.inText-1, 0)
	case "tc":
		if n := len(w.cellProps); n > 0 {
			sc := w.cellProps[n-1]
			w.cellProps = w.cellProps[:n-1]
			if len(w.containers) > 1 {
				sc.text = strings.Join(w.containers[len(w.containers)-1], "\n")
			}
			if m := len(w.rowCells); m > 0 {
				if len(w.rowCells[m-1]) == 0 && len(w.rowProps) > 0 {
					sc.skipBefore = w.rowProps[len(w.rowProps)-1].skipBefore
				}
				w.rowCells[m-1] = append(w.rowCells[m-1], sc)
			}
		}
		if len(w.containers) > 1 {
			lines := w.containers[len(w.containers)-1]
			w.containers = w.containers[:len(w.containers)-1]
			if n := len(w.tables); n > 0 {
				rows := w.tables[n-1]
				if len(rows) == 0 {
					rows = append(rows, nil)
				}
				rows[len(rows)-1] = append(rows[len(rows)-1], lines)
				w.tables[n-1] = rows
			}
		}
	case "tr":
		var spans []spanCell
		if m := len(w.rowCells); m > 0 {
			spans = w.rowCells[m-1]
			w.rowCells = w.rowCells[:m-1]
			w.rowProps = w.rowProps[:len(w.rowProps)-1]
		}
		if n := len(w.tables); n > 0 && len(w.tables[n-1]) > 0 {
			rows := w.tables[n-1]
			cells := rows[len(rows)-1]
			lines := rowLines(cells)
			for _, line := range lines {
				w.emit(line)
			}
			if b := len(w.builders); b > 0 && w.builders[b-1] != nil {
				if len(lines) == 1 && len(spans) == len(cells) {
					w.builders[b-1].addRow(spans, lines[0])
				} else {
					w.builders[b-1] = nil // a layout table
				}
			}
		}
	case "tbl":
		if n := len(w.tables); n > 0 {
			w.tables = w.tables[:n-1]
			w.emit("")
		}
		if b := len(w.builders); b > 0 {
			if tb := w.builders[b-1]; tb != nil {
				if t := tb.table(); t != nil {
					w.done = append(w.done, pendingTable{t, tb.rawRows})
				}
			}
			w.builders = w.builders[:b-1]
		}
	}
}

// on reads a WordprocessingML on/off property: present means on, unless
// its w:val says otherwise.
func on(t xml.StartElement) bool {
	for _, a := range t.Attr {
		if a.Name.Local == "val" {
			switch a.Value {
			case "0", "false", "off":
				return false
			}
		}
	}
	return true
}

// rowLines renders a table row: one line, each cell's lines joined by a
// space and the cells by " | "; but a row with a cell of more than three
// non-blank lines is a layout table holding running text, whose cells are
// given line by line (as for HTML, see htmlWriter.row).
func rowLines(cells [][]string) []string {
	parts := make([]string, len(cells))
	for i, lines := range cells {
		var nb []string
		for _, l := range lines {
			if l = strings.TrimSpace(l); l != "" {
				nb = append(nb, l)
			}
		}
		if len(nb) > 3 {
			var out []string
			for _, c := range cells {
				out = append(out, c...)
			}
			return out
		}
		parts[i] = strings.Join(nb, " ")
	}
	return []string{strings.Join(parts, " | ")}
}
