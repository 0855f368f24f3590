package report

import "github.com/chitieu/chitieu/internal/diag"

func init() {
	diag.Register(map[string]string{
		"no facts to report": "không có số liệu nào để lập báo cáo",
		"unit of measure %q of %s (%s) does not match %q: the figure is listed but not placed in the tables": "đơn vị tính %q của %s (%s) không khớp với %q: số liệu được liệt kê nhưng không đưa vào bảng",
		"unknown indicator %q (%d facts): listed under KHÁC with the code as its name":                       "chỉ tiêu %q không có trong danh mục (%d số liệu): xếp vào mục KHÁC, lấy mã làm tên",
		"conflicting figures for %s, %s %s, %s: shown %s (%s), not shown %s":                                 "số liệu khác nhau cho %s, %s năm %s, %s: dùng %s (%s), không dùng %s",
		"stated %s %s%% for %s, %s %s differs from the figures (%s%%)":                                       "tỷ lệ %s nêu trong báo cáo %s%% của %s, %s năm %s khác với tính từ số liệu (%s%%)",
	})
}
