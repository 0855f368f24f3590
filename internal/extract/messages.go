package extract

import "github.com/chitieu/chitieu/internal/diag"

// Vietnamese text of the notes Extract returns.
func init() {
	diag.Register(map[string]string{
		"skipped %d lines (%d bytes) of web-page chrome from %q to the next paragraph of text": "đã bỏ qua %d dòng (%d byte) phần trang web từ %q đến đoạn văn tiếp theo",
		"skipped %d lines (%d bytes) of links to other articles":                               "đã bỏ qua %d dòng (%d byte) liên kết tới bài khác",
		"skipped %d paragraphs (%d bytes) in English":                                          "đã bỏ qua %d đoạn (%d byte) bằng tiếng Anh",
	})
}
