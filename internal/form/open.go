package form

import (
	"archive/zip"
	"bytes"
	"io"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/diag"
)

// Limits on a form a user gives: a form is a page or two of cells, so
// these are generous, and they stop a crafted file (a zip bomb, a sheet of
// a million rows) before it costs memory or time.
const (
	MaxFileSize  = 64 << 20  // the .xlsx file itself
	MaxUnzipSize = 256 << 20 // all parts uncompressed (excelize's UnzipSizeLimit)
	MaxPartSize  = 32 << 20  // one XML part uncompressed (excelize's UnzipXMLSizeLimit)
	MaxParts     = 10000     // zip entries
	MaxFormRows  = 100000    // rows of any sheet
)

// Content types that mark what chitieu will not fill.
const (
	ctSheetMain    = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
	ctTemplateMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"
	ctWorksheet    = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
)

// Template is a user's form, read and checked, not yet filled.
type Template struct {
	Name  string            // the file name, for messages
	parts map[string][]byte // zip entries by name
	order []string          // entry names in the zip's order
}

// ReadTemplate reads a form from data, refusing what is not a plain XLSX
// workbook: an encrypted or legacy (OLE) file, a macro-enabled workbook,
// an OpenDocument or Word file, a damaged zip, or one past the limits.
// name is the file name the messages give. Nothing in the file is run or
// evaluated.
func ReadTemplate(name string, data []byte) (*Template, error) {
	fail := func(format string, a ...any) (*Template, error) {
		return nil, diag.Errorf(name, 0, format, a...)
	}
	ext := strings.ToLower(path.Ext(name))
	switch ext {
	case ".xlsm", ".xltm", ".xlam":
		return fail("a macro-enabled workbook (%s): chitieu fills only .xlsx forms without macros; save the form as an Excel Workbook (.xlsx)", ext)
	case ".xlsb":
		return fail("a binary workbook (.xlsb): save the form as an Excel Workbook (.xlsx)")
	case ".xls":
		return fail("an Excel 97-2003 workbook (.xls): save the form as an Excel Workbook (.xlsx)")
	case ".ods":
		return fail("an OpenDocument spreadsheet (.ods): save the form as an Excel Workbook (.xlsx)")
	}
	if len(data) > MaxFileSize {
		return fail("the form is %d MB; a form must be under %d MB", len(data)>>20, MaxFileSize>>20)
	}
	if bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) {
		if bytes.Contains(data, utf16("EncryptionInfo")) || bytes.Contains(data, utf16("EncryptedPackage")) {
			return fail("the workbook is password-protected (encrypted): remove the password (File > Info > Protect Workbook) and save it again")
		}
		return fail("an Excel 97-2003 (.xls) or other OLE file, not XLSX: save the form as an Excel Workbook (.xlsx)")
	}
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		if len(data) == 0 {
			return fail("the file is empty")
		}
		return fail("not an XLSX workbook (an .xlsx file is a zip package)")
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fail("not a readable XLSX workbook: %v", err)
	}
	if len(zr.File) > MaxParts {
		return fail("the workbook has %d parts; a form must have at most %d", len(zr.File), MaxParts)
	}
	t := &Template{Name: name, parts: map[string][]byte{}}
	var total int64
	for _, zf := range zr.File {
		n := zf.Name
		if n == "" || strings.HasPrefix(n, "/") || strings.Contains(n, "\\") || strings.Contains("/"+n+"/", "/../") {
			return fail("bad part name %q in the package", n)
		}
		if strings.HasSuffix(n, "/") {
			continue // a folder entry
		}
		if _, dup := t.parts[n]; dup {
			return fail("part %s appears twice in the package", n)
		}
		if zf.UncompressedSize64 > MaxUnzipSize || total+int64(zf.UncompressedSize64) > MaxUnzipSize {
			return fail("the workbook unpacks to more than %d MB", MaxUnzipSize>>20)
		}
		limit := int64(MaxUnzipSize) - total
		if isXMLPart(n) {
			limit = min(limit, MaxPartSize)
		}
		rc, err := zf.Open()
		if err != nil {
			return fail("cannot read part %s: %v", n, err)
		}
		// The size in the header is the packer's word: read no more than
		// the limit, whatever it says.
		b, err := io.ReadAll(io.LimitReader(rc, limit+1))
		rc.Close()
		if err != nil {
			return fail("cannot read part %s: %v", n, err)
		}
		if int64(len(b)) > limit {
			if isXMLPart(n) && limit == MaxPartSize {
				return fail("part %s unpacks to more than %d MB; a form's parts are far smaller", n, MaxPartSize>>20)
			}
			return fail("the workbook unpacks to more than %d MB", MaxUnzipSize>>20)
		}
		total += int64(len(b))
		t.parts[n] = b
		t.order = append(t.order, n)
	}
	if mt, ok := t.parts["mimetype"]; ok && bytes.Contains(mt, []byte("opendocument")) {
		return fail("an OpenDocument file, not XLSX: save the form as an Excel Workbook (.xlsx)")
	}
	if _, ok := t.parts["word/document.xml"]; ok {
		return fail("a Word document, not an Excel workbook")
	}
	ct, ok := t.parts["[Content_Types].xml"]
	if !ok {
		return fail("not an XLSX workbook: [Content_Types].xml is missing")
	}
	lct := bytes.ToLower(ct)
	if bytes.Contains(lct, []byte("macroenabled")) || t.has(func(n string) bool { return strings.HasSuffix(strings.ToLower(n), "vbaproject.bin") }) {
		return fail("a macro-enabled workbook (it holds VBA macros) saved under an .xlsx name: chitieu never runs macros; save the form as an Excel Workbook (.xlsx) without macros")
	}
	if t.has(func(n string) bool { return strings.HasPrefix(strings.ToLower(n), "xl/activex/") }) {
		return fail("the workbook holds ActiveX controls: remove them and save the form again")
	}
	if !bytes.Contains(ct, []byte(ctSheetMain)) && !bytes.Contains(ct, []byte(ctTemplateMain)) {
		return fail("not an Excel workbook (no spreadsheet main part)")
	}
	for n, b := range t.parts {
		if strings.HasPrefix(n, "xl/worksheets/") && strings.HasSuffix(n, ".xml") {
			if rows := bytes.Count(b, []byte("<row")) - bytes.Count(b, []byte("<rowBreaks")); rows > MaxFormRows {
				return fail("sheet part %s has %d rows; a form may have at most %d", n, rows, MaxFormRows)
			}
		}
	}
	// excelize reads the package once more under the same limits: a
	// second, independent check that the workbook is one (it evaluates
	// nothing on open).
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: MaxUnzipSize, UnzipXMLSizeLimit: MaxPartSize})
	if err != nil {
		return fail("not a readable XLSX workbook: %v", err)
	}
	nsheets := len(f.GetSheetList())
	f.Close()
	if nsheets == 0 {
		return fail("the workbook has no sheets")
	}
	return t, nil
}

func (t *Template) has(pred func(string) bool) bool {
	for n := range t.parts {
		if pred(n) {
			return true
		}
	}
	return false
}

func isXMLPart(n string) bool {
	n = strings.ToLower(n)
	return strings.HasSuffix(n, ".xml") || strings.HasSuffix(n, ".rels") || strings.HasSuffix(n, ".vml")
}

// utf16 is s in UTF-16LE, as OLE stream names are stored.
func utf16(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}
