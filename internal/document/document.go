package document

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"sync"

	"github.com/chitieu/chitieu/internal/diag"
)

// Document is the text of one input file, ready for extraction.
type Document struct {
	Name string // base name of the file ("000_6080ff4ddb6c78b3.txt")
	// Text is Unicode NFC with "\n" line ends; one paragraph (or table row,
	// cells joined by " | ") per line. Text within a paragraph is kept as
	// the source has it (no whitespace collapsing) so evidence stays verbatim.
	Text string
	// lineNo[i] is where line i+1 of Text came from (see SourceLine); nil
	// when Text is the file's text line for line.
	lineNo []int32
	// Blocks is the document's structure in reading order: its paragraphs
	// (lines of Text) and its tables, those of the markup (DOCX, HTML,
	// PDF) and those recognised in plain text. Nil for a Document made
	// by hand from a text; see Structure.
	Blocks []Block
	// CutShort is set for a plain-text file whose last line has no line
	// break: a stored page excerpt, cut at a length rather than at a
	// line's end, so its last word or figure may be cut in two.
	CutShort bool
	// plain is Text when decoding found the file's text plain (see
	// isPlain), else "": see PlainRunes.
	plain string
}

// PlainRunes reports that Text is valid UTF-8 whose runes are all ASCII
// or in the blocks of Vietnamese text, without combining marks (isPlain's
// inert runes: Latin, Latin Extended Additional, general punctuation):
// what decoding found of most plain-text files, said without another
// look at the text. False when not known (a Document made otherwise, or
// whose Text was changed since).
func (d Document) PlainRunes() bool {
	return d.Text != "" && d.Text == d.plain
}

// newDocument makes the Document of a rendered text and its marked-up
// tables; plain says the text is the file's own (line numbers are the
// file's lines) rather than rendered from markup.
func newDocument(name, text string, plain bool, tables []pendingTable) Document {
	t, nums := clean(text, plain)
	return Document{Name: name, Text: t, lineNo: nums, Blocks: layOut(t, tables)}
}

// Structure returns d with Blocks filled in from Text alone, as for a
// plain-text file, when d has none.
func Structure(d Document) Document {
	if d.Blocks == nil {
		d.Blocks = layOut(d.Text, nil)
		d.CutShort = d.CutShort || d.Text != "" && d.Text[len(d.Text)-1] != '\n'
	}
	return d
}

// SourceLine is where line n (1-based) of Text is in the file, for a
// reader to find the sentence: the line of a plain-text file as an editor
// numbers it, the paragraph of a web page or Word document (counting
// non-blank paragraphs from 1). A Document made without Read or Parse
// maps n to itself.
func (d Document) SourceLine(n int) int {
	if n < 1 || n > len(d.lineNo) {
		return n
	}
	return int(d.lineNo[n-1])
}

// MaxFileSize is the largest document Read accepts. Articles and reports are
// kilobytes to a few megabytes; anything near this size is not a document
// and would only exhaust memory.
const MaxFileSize = 256 << 20

// Read reads the file at path, whatever its format (plain text, HTML,
// DOCX) and encoding (UTF-8 with or without BOM, UTF-16 with BOM,
// Windows-1258).
func Read(path string) (Document, error) {
	f, err := openFile(path)
	if err != nil {
		return Document{}, diag.Errorf(path, 0, "cannot read the document: %v", diag.StripPath(err))
	}
	defer f.Close()
	size, regular := 0, false
	if n, reg, err := f.stat(); err == nil {
		regular = reg
		if n > MaxFileSize {
			return Document{}, diag.Errorf(path, 0, "the file is larger than %d MiB: not a document", MaxFileSize>>20)
		}
		size = int(n)
	}
	var buf []byte
	if p, ok := readBufs.Get().(*[]byte); ok {
		buf = *p
	}
	data, err := readAll(buf, f, size, regular)
	if err != nil {
		return Document{}, diag.Errorf(path, 0, "cannot read the document: %v", diag.StripPath(err))
	}
	if len(data) > MaxFileSize {
		return Document{}, diag.Errorf(path, 0, "the file is larger than %d MiB: not a document", MaxFileSize>>20)
	}
	doc, err := parse(path, filepath.Base(path), data)
	if cap(data) <= maxReadBuf {
		data = data[:0]
		readBufs.Put(&data)
	}
	return doc, err
}

// readBufs are Read's buffers, reused from one file to the next (a
// folder of articles allocated each one's bytes anew, and zeroed them
// before reading). parse keeps no part of the bytes it is given: what
// it returns holds strings, copies, and it starts no goroutine.
var readBufs sync.Pool

// maxReadBuf is the largest buffer kept for the next file.
const maxReadBuf = 1 << 20

// readAll reads r to its end, or to one byte past MaxFileSize. size is
// what Stat said, so that a file is read in one call (a thousand articles
// cost a read each, not a read per 512 bytes): when r is a regular file,
// a read that asked for more than size and brought the total to size has
// met its end, and a second read would only say so. Pipes and devices,
// whose size Stat does not know, grow the buffer as they go.
// buf, when its capacity is enough, is where the bytes go.
func readAll(buf []byte, r io.Reader, size int, regular bool) ([]byte, error) {
	if want := max(size+1, 512); cap(buf) < want {
		buf = make([]byte, 0, want)
	}
	buf = buf[:0]
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		want := min(cap(buf), MaxFileSize+1) - len(buf)
		n, err := r.Read(buf[len(buf) : len(buf)+want])
		buf = buf[:len(buf)+n]
		if err == io.EOF || len(buf) > MaxFileSize {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		if regular && size > 0 && len(buf) == size && n < want {
			return buf, nil
		}
	}
}

// Parse is Read for data already in memory; name decides nothing but the
// Document's Name and, with the content, the format.
func Parse(name string, data []byte) (Document, error) {
	return parse(name, filepath.Base(name), data)
}

// parse names problems after file (the path as the user gave it) and the
// Document after name (its base name).
func parse(file, name string, data []byte) (Document, error) {
	ext := strings.ToLower(filepath.Ext(name))
	if isZip(data) {
		text, tables, err := docxText(file, data)
		if err != nil {
			return Document{}, err
		}
		return newDocument(name, text, false, tables), nil
	}
	if isPDF(data) {
		return pdfDocument(file, name, data)
	}
	if ext == ".pdf" {
		return Document{}, diag.Errorf(file, 0, "not a PDF file: it does not start with %%PDF-")
	}
	if p, ok := sniffBinary(file, data); ok {
		return Document{}, p
	}
	if ext == ".docx" {
		return Document{}, diag.Errorf(file, 0, "not a DOCX file: it is not a zip archive")
	}
	htmlExt := ext == ".htm" || ext == ".html" || ext == ".xhtml"
	s, plain, nl, err := decode(data, htmlExt)
	if err != nil {
		return Document{}, diag.WithFile(err, file)
	}
	isHTML := htmlExt || looksHTML(s)
	if isHTML {
		if !htmlExt {
			// The extension said nothing, so the first decode ignored any
			// <meta charset>; decode again now that we know it is HTML.
			s, _, _, err = decode(data, true)
			if err != nil {
				return Document{}, diag.WithFile(err, file)
			}
		}
		text, tables := htmlText(s)
		return newDocument(name, text, false, tables), nil
	}
	clean := s
	if nl != "" {
		// The same lines with the final line end clean would add: the
		// text comes back as it is, without a copy, when nothing else
		// needs cleaning.
		clean = nl
	}
	t, nums := cleanText(clean, true, plain)
	t, lines, nums := unwrap(t, splitLines(t), nums)
	cut := s != "" && s[len(s)-1] != '\n' && s[len(s)-1] != '\r'
	d := Document{Name: name, Text: t, lineNo: nums, Blocks: layOutLines(lines, nil), CutShort: cut}
	if plain {
		// Cleaning and unwrapping plain text take out line ends and
		// spaces and join lines with a space: it stays plain.
		d.plain = t
	}
	return d, nil
}

// documentExts are the extensions IsDocument accepts; fact files (.jsonl,
// .json, .csv, .xlsx) are deliberately absent.
var documentExts = map[string]bool{
	".txt": true, ".text": true,
	".htm": true, ".html": true, ".xhtml": true,
	".docx": true, ".pdf": true,
}

// IsDocument reports whether path names a document chitieu can extract from
// (.txt, .text, .htm, .html, .docx), as opposed to a fact file.
func IsDocument(path string) bool {
	return documentExts[strings.ToLower(filepath.Ext(path))]
}

// signatures are the leading bytes of formats people save documents in that
// chitieu cannot read, each with the message telling them what to do.
var signatures = []struct {
	magic, msg string
}{
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "old Word or Excel files (.doc, .xls) are not supported: save the document as .docx"},
	{"{\\rtf", "RTF files are not supported: save the document as .docx or .txt"},
	{"\x89PNG\r\n\x1a\n", "an image, not a text document"},
	{"\xFF\xD8\xFF", "an image, not a text document"},
	{"GIF87a", "an image, not a text document"},
	{"GIF89a", "an image, not a text document"},
	{"\x1F\x8B", "a compressed (gzip) file, not a text document"},
	{"Rar!\x1A\x07", "a compressed (RAR) file, not a text document"},
	{"7z\xBC\xAF\x27\x1C", "a compressed (7z) file, not a text document"},
}

func sniffBinary(file string, data []byte) (diag.Problem, bool) {
	for _, s := range signatures {
		if bytes.HasPrefix(data, []byte(s.magic)) {
			return diag.Errorf(file, 0, s.msg), true
		}
	}
	return diag.Problem{}, false
}

// isPDF reports a PDF file: "%PDF-" in its first kilobyte (some writers
// put junk before it, and readers accept that).
func isPDF(data []byte) bool {
	return bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-"))
}

func isZip(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06"))
}
