package pipeline

import "github.com/chitieu/chitieu/internal/diag"

// Vietnamese text of the pipeline's messages.
func init() {
	diag.Register(map[string]string{
		"cannot read: %v": "không đọc được: %v",
		"not a document chitieu can read (.txt, .html, .docx)":                                    "không phải văn bản chitieu đọc được (.txt, .html, .docx)",
		"no indicator facts found":                                                                "không tìm thấy số liệu chỉ tiêu nào",
		"unknown file type (want .txt, .html, .docx documents or .jsonl, .csv, .xlsx fact files)": "loại tệp không rõ (cần văn bản .txt, .html, .docx hoặc tệp số liệu .jsonl, .csv, .xlsx)",
		"want FILE<tab>UNIT, got %q":                                                              "cần dạng TỆP<tab>ĐƠN VỊ, gặp %q",
		"the file exists; use --force to overwrite it":                                            "tệp đã có; dùng --force để ghi đè",
		"no facts in the input":                                                                   "đầu vào không có số liệu nào",
		"no facts for the year %s":                                                                "không có số liệu cho năm %s",
		"cannot write: %v":                                                                        "không ghi được: %v",
		"%q is not a date (YYYY-MM-DD or DD/MM/YYYY)":                                             "%q không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY)",
		"SOURCE_DATE_EPOCH %q is not a number of seconds":                                         "SOURCE_DATE_EPOCH %q không phải số giây",
	})
}
