package document

import "github.com/chitieu/chitieu/internal/diag"

// messagesVI is the Vietnamese text of every message this package raises;
// TestMessagesTranslated checks that no diag.Errorf here goes without one.
var messagesVI = map[string]string{
	"cannot read the document: %v":                                                        "không đọc được văn bản: %v",
	"the file is larger than %d MiB: not a document":                                      "tệp lớn hơn %d MiB: không phải văn bản",
	"not a DOCX file: it is not a zip archive":                                            "không phải tệp DOCX: tệp không phải kho nén zip",
	"not a PDF file: it does not start with %%PDF-":                                       "không phải tệp PDF: tệp không bắt đầu bằng %%PDF-",
	"damaged or hostile PDF file: %s":                                                     "tệp PDF bị hỏng hoặc độc hại: %s",
	"a password-protected PDF: remove the password (print it to a new PDF) and try again": "tệp PDF có mật khẩu: hãy bỏ mật khẩu (in ra một tệp PDF mới) rồi thử lại",
	"damaged PDF file: %v":                                                                "tệp PDF bị hỏng: %v",
	"a scanned PDF: its pages are images with no text layer, so there is no text to read; run OCR on it or use the document it was made from (.docx)": "tệp PDF scan: các trang là ảnh, không có lớp chữ nên không có gì để đọc; hãy nhận dạng chữ (OCR) hoặc dùng văn bản gốc (.docx)",
	"a PDF with no text in it": "tệp PDF không có chữ nào",
	"old Word or Excel files (.doc, .xls) are not supported: save the document as .docx":                        "chưa hỗ trợ tệp Word, Excel đời cũ (.doc, .xls): hãy lưu văn bản dưới dạng .docx",
	"RTF files are not supported: save the document as .docx or .txt":                                           "chưa hỗ trợ tệp RTF: hãy lưu văn bản dưới dạng .docx hoặc .txt",
	"an image, not a text document":                                                                             "tệp ảnh, không phải văn bản",
	"a compressed (gzip) file, not a text document":                                                             "tệp nén (gzip), không phải văn bản",
	"a compressed (RAR) file, not a text document":                                                              "tệp nén (RAR), không phải văn bản",
	"a compressed (7z) file, not a text document":                                                               "tệp nén (7z), không phải văn bản",
	"binary data, not text":                                                                                     "dữ liệu nhị phân, không phải văn bản",
	"damaged DOCX file (the zip archive cannot be opened): %v":                                                  "tệp DOCX bị hỏng (không mở được kho nén zip): %v",
	"an Excel workbook (XLSX), not a document: give it as a fact file with the .xlsx extension":                 "đây là bảng tính Excel (XLSX), không phải văn bản: hãy đưa vào như tệp số liệu với đuôi .xlsx",
	"OpenDocument files are not supported: save the document as .docx":                                          "chưa hỗ trợ tệp OpenDocument: hãy lưu văn bản dưới dạng .docx",
	"a zip archive without word/document.xml, not a DOCX document":                                              "kho nén zip không có word/document.xml, không phải văn bản DOCX",
	"%s unpacks to more than %d MiB: refusing to read it":                                                       "%s khi giải nén lớn hơn %d MiB: không đọc",
	"damaged DOCX file: %s: %v":                                                                                 "tệp DOCX bị hỏng: %s: %v",
	"invalid UTF-8 bytes: the file is UTF-8 but damaged here; correct the text or save the file as UTF-8 again": "byte UTF-8 không hợp lệ: tệp là UTF-8 nhưng bị hỏng ở đây; hãy sửa chữ hoặc lưu lại tệp dạng UTF-8",
}

func init() { diag.Register(messagesVI) }
