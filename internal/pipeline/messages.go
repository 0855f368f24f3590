package pipeline

import "github.com/chitieu/chitieu/internal/diag"

// Vietnamese text of the pipeline's messages.
func init() {
	diag.Register(map[string]string{
		"cannot read: %v": "không đọc được: %v",
		"not a document chitieu can read (.txt, .html, .docx, .pdf)":                                                           "không phải văn bản chitieu đọc được (.txt, .html, .docx, .pdf)",
		"no indicator facts found":                                                                                             "không tìm thấy số liệu chỉ tiêu nào",
		"unknown file type (want .txt, .html, .docx, .pdf documents or .jsonl, .csv, .xlsx fact files)":                        "loại tệp không rõ (cần văn bản .txt, .html, .docx, .pdf hoặc tệp số liệu .jsonl, .csv, .xlsx)",
		"want FILE<tab>UNIT, got %q":                                                                                           "cần dạng TỆP<tab>ĐƠN VỊ, gặp %q",
		"the file exists; use --force to overwrite it":                                                                         "tệp đã có; dùng --force để ghi đè",
		"no facts in the input":                                                                                                "đầu vào không có số liệu nào",
		"no facts for the year %s":                                                                                             "không có số liệu cho năm %s",
		"cannot write: %v":                                                                                                     "không ghi được: %v",
		"%q is not a date (YYYY-MM-DD or DD/MM/YYYY)":                                                                          "%q không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY)",
		"SOURCE_DATE_EPOCH %q is not a number of seconds":                                                                      "SOURCE_DATE_EPOCH %q không phải số giây",
		"is a folder, not a file: give the output a file name":                                                                 "là thư mục, không phải tệp: hãy đặt tên tệp cho kết quả",
		"the folder %s does not exist: create it first or write the output elsewhere":                                          "thư mục %s không tồn tại: hãy tạo thư mục trước hoặc ghi kết quả vào chỗ khác",
		"is also an input (%s): write the output to another file; --force never overwrites an input":                           "cũng là tệp đầu vào (%s): hãy ghi kết quả ra tệp khác; --force không bao giờ ghi đè tệp đầu vào",
		"not a regular file (a pipe, socket or device): give chitieu files or folders":                                         "không phải tệp thông thường (ống, socket hay thiết bị): hãy đưa cho chitieu tệp hoặc thư mục",
		"skipped %d files that are not documents (not .txt, .html, .docx or .pdf, hidden, or folders): %s":                     "bỏ qua %d tệp không phải văn bản (không phải .txt, .html, .docx, .pdf, tệp ẩn hoặc thư mục con): %s",
		"skipped %d files chitieu does not read (not .txt, .html, .docx, .pdf, .jsonl, .csv or .xlsx, hidden, or folders): %s": "bỏ qua %d tệp chitieu không đọc (không phải .txt, .html, .docx, .pdf, .jsonl, .csv, .xlsx, tệp ẩn hoặc thư mục con): %s",
		"a report chitieu wrote, not a fact file: skipped":                                                                     "báo cáo do chitieu lập, không phải tệp số liệu: bỏ qua",
		"no facts for the unit %s":                                                                                             "không có số liệu cho đơn vị %s",
	})
}
