package report

import "github.com/chitieu/chitieu/internal/diag"

func init() {
	diag.Register(map[string]string{
		"no facts to report": "không có số liệu nào để lập báo cáo",
		"the quoted sentence has %d characters, more than a spreadsheet cell holds (%d): the workbook shows it cut":                                                  "câu trích dẫn dài %d ký tự, quá sức chứa của một ô bảng tính (%d): bảng tính chỉ hiện phần đầu",
		"the unit of measure %q does not fit %s (%s), which is in %q: correct the unit (chitieu converts tỷ đồng, triệu đồng, nghìn người, …) or the indicator":      "đơn vị tính %q không hợp với %s (%s), chỉ tiêu tính bằng %q: hãy sửa đơn vị tính (chitieu tự đổi tỷ đồng, triệu đồng, nghìn người, …) hoặc mã chỉ tiêu",
		"the document names no unit, only %q: its figures are the unit %q of their own, not added into totals; name the unit with --units (a line %s<tab>UNIT NAME)": "văn bản không nêu tên đơn vị, chỉ nêu %q: số liệu của nó thành đơn vị riêng %q, không cộng vào tổng; hãy đặt tên đơn vị bằng --units (một dòng %s<tab>TÊN ĐƠN VỊ)",
		"unit %q is written %d ways, taken as one unit: %s":                                                                      "đơn vị %q được viết theo %d cách, gộp thành một đơn vị: %s",
		"%s, %s %s, %s: %s%% is unusually high; check the figure":                                                                "%s, %s năm %s, %s: %s%% cao bất thường; hãy kiểm tra lại số liệu",
		"%s, %s %s, %s: a fall of %s%% is more than the whole; check the figure":                                                 "%s, %s năm %s, %s: giảm %s%% là giảm quá toàn bộ; hãy kiểm tra lại số liệu",
		"%s, %s %s, %s: a rate of %s%% is outside 0 to 100; check the figure":                                                    "%s, %s năm %s, %s: tỷ lệ %s%% nằm ngoài khoảng 0 đến 100; hãy kiểm tra lại số liệu",
		"%s, %s %s, %s: a count of %s is not a whole number; check the figure":                                                   "%s, %s năm %s, %s: số đếm %s không phải số nguyên; hãy kiểm tra lại số liệu",
		"unknown indicator %q (%d facts): listed under KHÁC with the code as its name":                                           "chỉ tiêu %q không có trong danh mục (%d số liệu): xếp vào mục KHÁC, lấy mã làm tên",
		"conflicting figures for %s, %s %s, %s: shown %s, not shown %s":                                                          "số liệu khác nhau cho %s, %s năm %s, %s: dùng %s, không dùng %s",
		"figures of another period for %s, %s %s, %s (a date is the end of a part-year figure's period): shown %s, not shown %s": "số liệu của kỳ khác cho %s, %s năm %s, %s (ngày ghi kèm là ngày cuối kỳ của số liệu): dùng %s, không dùng %s",
		"stated %s %s%% for %s, %s %s differs from the figures (%s%%)":                                                           "tỷ lệ %s nêu trong báo cáo %s%% của %s, %s năm %s khác với tính từ số liệu (%s%%)",
	})
}
