package extract

import "github.com/chitieu/chitieu/internal/diag"

// Vietnamese text of the notes Extract returns.
func init() {
	diag.Register(map[string]string{
		"skipped %d lines (%d bytes) of web-page chrome from %q to the next paragraph of text":                                  "đã bỏ qua %d dòng (%d byte) phần trang web từ %q đến đoạn văn tiếp theo",
		"skipped %d lines (%d bytes) of links to other articles":                                                                "đã bỏ qua %d dòng (%d byte) liên kết tới bài khác",
		"left out %s %s of %s read as %s tỷ đồng: more than any province has (a misprint?); its other figures are kept":         "bỏ %s %s của %s đọc được là %s tỷ đồng: lớn hơn mọi tỉnh (in sai?); các số khác của câu vẫn giữ",
		"left out %s %s of %s read as %s tỷ đồng: more than any district or town has (a misprint?); its other figures are kept": "bỏ %s %s của %s đọc được là %s tỷ đồng: lớn hơn mọi huyện, thị xã (in sai?); các số khác của câu vẫn giữ",
		"left out %s %s of %s read as %s tỷ đồng: more than any commune or ward has (a misprint?); its other figures are kept":  "bỏ %s %s của %s đọc được là %s tỷ đồng: lớn hơn mọi xã, phường (in sai?); các số khác của câu vẫn giữ",
		"skipped %d paragraphs (%d bytes) in English":                                                                           "đã bỏ qua %d đoạn (%d byte) bằng tiếng Anh",
	})
}
