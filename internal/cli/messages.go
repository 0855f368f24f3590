package cli

import "github.com/chitieu/chitieu/internal/diag"

// Vietnamese text of the command line's own messages and flag help.
func init() {
	diag.Register(map[string]string{
		"chitieu turns Vietnamese socio-economic reports into Excel workbooks.\n\n": "chitieu chuyển báo cáo kinh tế - xã hội tiếng Việt thành bảng tính Excel.\n\n",
		"Usage:\n  chitieu <command> [flags] [files]\n\nCommands:\n":                "Cách dùng:\n  chitieu <lệnh> [tùy chọn] [tệp]\n\nCác lệnh:\n",
		"show help for a command":                                           "xem hướng dẫn của một lệnh",
		"\nRun 'chitieu help <command>' for the flags of a command.\n":      "\nChạy 'chitieu help <lệnh>' để xem các tùy chọn của lệnh.\n",
		"chitieu: unknown command %q\n":                                     "chitieu: không có lệnh %q\n",
		"Usage:\n  %s\n\n%s\n\nFlags:\n":                                    "Cách dùng:\n  %s\n\n%s\n\nTùy chọn:\n",
		" (default %s)":                                                     " (mặc định %s)",
		"chitieu %s: %v\n":                                                  "chitieu %s: %v\n",
		"Run 'chitieu help %s' for usage.\n":                                "Chạy 'chitieu help %s' để xem cách dùng.\n",
		"print the version":                                                 "in phiên bản",
		"build an XLSX report from documents and fact files":                "lập báo cáo XLSX từ văn bản và tệp số liệu",
		"extract indicator facts from documents (.txt, .html, .docx, .pdf)": "trích số liệu chỉ tiêu từ văn bản (.txt, .html, .docx, .pdf)",
		"extra indicator catalog (JSON) extending the built-in one":         "danh mục chỉ tiêu bổ sung (JSON), mở rộng danh mục có sẵn",
		"administrative unit of every fact, overriding what documents say":  "đơn vị hành chính cho mọi số liệu, thay cho đơn vị văn bản nêu",
		"file mapping document names to units (NAME<tab>UNIT a line) for documents that name none": "tệp ánh xạ tên văn bản sang đơn vị (mỗi dòng TÊN<tab>ĐƠN VỊ) cho văn bản không nêu tên đơn vị",
		"the workbook to write (required)":                                             "bảng tính cần ghi (bắt buộc)",
		"only this report year":                                                        "chỉ lấy năm báo cáo này",
		"money unit of the report: ty, trieu or dong":                                  "đơn vị tiền của báo cáo: ty (tỷ), trieu (triệu) hoặc dong (đồng)",
		"report title":                                                                 "tiêu đề báo cáo",
		"issuing body in the header (default: from the units)":                         "cơ quan ban hành ở phần đầu (mặc định: theo đơn vị)",
		"place in the date line (default: from the unit)":                              "địa danh ở dòng ngày tháng (mặc định: theo đơn vị)",
		"report date, YYYY-MM-DD or DD/MM/YYYY (default: today, or SOURCE_DATE_EPOCH)": "ngày báo cáo, YYYY-MM-DD hoặc DD/MM/YYYY (mặc định: hôm nay, hoặc SOURCE_DATE_EPOCH)",
		"overwrite an existing output file":                                            "ghi đè tệp kết quả đã có",
		"chitieu build: ":                                                              "chitieu build: ",
		"missing -o/--output":                                                          "thiếu -o/--output",
		"the output must be an .xlsx file: %s":                                         "tệp kết quả phải là .xlsx: %s",
		"no input files":                                                               "không có tệp đầu vào",
		"--money-unit must be ty, trieu or dong, not %q":                               "--money-unit phải là ty, trieu hoặc dong, không phải %q",
		"--year %s is out of range":                                                    "--year %s nằm ngoài khoảng cho phép",
		"--date %s":                                                                    "--date %s",
		"%v":                                                                           "%v",
		"chitieu build: nothing written: fix the problems above\n":                     "chitieu build: chưa ghi gì: hãy sửa các lỗi trên\n",
		"chitieu build: wrote %s (%d facts from %d files)\n":                           "chitieu build: đã ghi %s (%d số liệu từ %d tệp)\n",
		"write to this file instead of standard output":                                "ghi ra tệp này thay vì đầu ra chuẩn",
		"jsonl, csv or xlsx (a review workbook) (default: from -o, else jsonl)":        "jsonl, csv hoặc xlsx (bảng rà soát) (mặc định: theo -o, nếu không thì jsonl)",
		"chitieu extract: ":                                                            "chitieu extract: ",
		"--format xlsx needs -o FILE.xlsx":                                             "--format xlsx cần -o TỆP.xlsx",
		"--format must be jsonl, csv or xlsx, not %q":                                  "--format phải là jsonl, csv hoặc xlsx, không phải %q",
		"chitieu extract: %v\n":                                                        "chitieu extract: %v\n",
		"chitieu extract: cannot write %s: %v\n":                                       "chitieu extract: không ghi được %s: %v\n",
		"chitieu extract: wrote %d facts from %d files to %s\n":                        "chitieu extract: đã ghi %d số liệu từ %d tệp vào %s\n",
	})
}

// Vietnamese text of the run command's own messages.
func init() {
	diag.Register(map[string]string{
		"run a job file: build the report and e-mail it (for cron, systemd, Task Scheduler)": "chạy tệp công việc: lập báo cáo và gửi thư (cho cron, systemd, Task Scheduler)",
		"check the job file and print what a run would do; build and send nothing":           "kiểm tra tệp công việc và in ra việc sẽ làm; không lập, không gửi gì",
		"build, and write each message as an .eml file instead of sending it":                "lập báo cáo và ghi mỗi thư thành tệp .eml thay vì gửi",
		"write a machine-readable summary of the run to this file":                           "ghi bản tóm tắt lần chạy (JSON) vào tệp này",
		"want one job file":                 "cần đúng một tệp công việc",
		"chitieu run: %s is ready to run\n": "chitieu run: %s sẵn sàng để chạy\n",
		"finished":                          "xong",
		"cannot write the summary %s: %v":   "không ghi được bản tóm tắt %s: %v",
	})
}
