package document

// API CONTRACT (stub written by the lead; the document owner replaces the
// bodies and may add to, but not change, these signatures).

// Document is the text of one input file, ready for extraction.
type Document struct {
	Name string // base name of the file ("000_6080ff4ddb6c78b3.txt")
	// Text is Unicode NFC with "\n" line ends; one paragraph (or table row,
	// cells joined by " | ") per line. Text within a paragraph is kept as
	// the source has it (no whitespace collapsing) so evidence stays verbatim.
	Text string
}

// Read reads the file at path, whatever its format (plain text, HTML,
// DOCX) and encoding (UTF-8 with or without BOM, UTF-16 with BOM,
// Windows-1258).
func Read(path string) (Document, error) { panic("document.Read: not implemented yet") }

// Parse is Read for data already in memory; name decides nothing but the
// Document's Name and, with the content, the format.
func Parse(name string, data []byte) (Document, error) { panic("not implemented yet") }

// Decode turns bytes in any supported encoding into NFC UTF-8 text (used for
// CSV fact files too).
func Decode(data []byte) (string, error) { panic("not implemented yet") }

// IsDocument reports whether path names a document chitieu can extract from
// (.txt, .text, .htm, .html, .docx), as opposed to a fact file.
func IsDocument(path string) bool { panic("not implemented yet") }
