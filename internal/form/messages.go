package form

import "github.com/chitieu/chitieu/internal/diag"

// whyVI are the reasons a placeholder is not filled, in Vietnamese; each
// also appears after "not understood: " and "no value: ".
var whyVI = map[string]string{
	"no closing }}":              "thiếu }} đóng",
	"nothing between the braces": "giữa hai cặp ngoặc không có gì",
	"a repeated row is {{lap chi_tieu}}, {{lap don_vi}} or {{lap so_lieu}}":            "dòng lặp là {{lap chi_tieu}}, {{lap don_vi}} hoặc {{lap so_lieu}}",
	"a year offset is @-1, @+1 … (at most 50)":                                         "độ lệch năm viết @-1, @+1 … (tối đa 50)",
	"not a field or a figure (CODE.KIND)":                                              "không phải trường hay số liệu (MÃ.LOẠI)",
	"only {{nam}} and figures take a year offset":                                      "chỉ {{nam}} và số liệu mới có độ lệch năm",
	"the form covers several units: {{don_vi}} belongs in a row marked {{lap don_vi}}": "biểu gồm nhiều đơn vị: {{don_vi}} phải nằm trong dòng có {{lap don_vi}}",
	"the form covers several units: give the issuing body with --org":                  "biểu gồm nhiều đơn vị: hãy nêu cơ quan ban hành bằng --org",
	"the form covers several units: figures belong in a row marked {{lap don_vi}}":     "biểu gồm nhiều đơn vị: số liệu phải nằm trong dòng có {{lap don_vi}}",
	"{{%s}} belongs in a row marked {{lap so_lieu}}":                                   "{{%s}} phải nằm trong dòng có {{lap so_lieu}}",
	"{{%s}} belongs in a row marked {{lap chi_tieu}} or {{lap so_lieu}}":               "{{%s}} phải nằm trong dòng có {{lap chi_tieu}} hoặc {{lap so_lieu}}",
	"{{stt}} belongs in a repeated row ({{lap …}})":                                    "{{stt}} phải nằm trong dòng lặp ({{lap …}})",
	"{{ghi_chu}} belongs in a row marked {{lap chi_tieu}}":                             "{{ghi_chu}} phải nằm trong dòng có {{lap chi_tieu}}",
	"{{.%s}} (no indicator code) belongs in a row marked {{lap chi_tieu}}":             "{{.%s}} (không có mã chỉ tiêu) phải nằm trong dòng có {{lap chi_tieu}}",
	"no field %s": "không có trường %s",
	"no kind %s (plan, actual, pct_of_plan, pct_of_prev, change_vs_prev)":                       "không có loại %s (plan, actual, pct_of_plan, pct_of_prev, change_vs_prev)",
	"no indicator %s in the catalog or the facts":                                               "không có chỉ tiêu %s trong danh mục hay trong số liệu",
	"no %s of %s for %s in %s":                                                                  "không có số liệu %s của %s cho %s năm %s",
	"no %s of %s for %s in %s: %s":                                                              "không có số liệu %s của %s cho %s năm %s: %s",
	"a row repeats once; this marker is ignored":                                                "mỗi dòng chỉ lặp một lần; bỏ qua dấu này",
	"rows per indicator need one unit: put them on a unit's form, without a {{lap don_vi}} row": "dòng lặp theo chỉ tiêu cần một đơn vị: đặt vào biểu của đơn vị, không có dòng {{lap don_vi}}",
	"a row per unit belongs on a form for all units; on a unit's sheet it stays empty":          "dòng lặp theo đơn vị dùng cho biểu chung mọi đơn vị; trên trang của một đơn vị nó để trống",
}

func init() {
	m := map[string]string{
		"%s has no facts for %s: no sheet for it": "%s không có số liệu năm %s: không lập trang cho đơn vị này",
		"no unit has facts for %s":                "không đơn vị nào có số liệu năm %s",
		"no placeholder in the form: type {{…}} in the cells to fill (see 'chitieu templates help')": "biểu không có chỗ điền nào: hãy gõ {{…}} vào các ô cần điền (xem 'chitieu templates help')",
		"the form sheet %s holds a pivot table: put the pivot table on another sheet":                "trang biểu %s có bảng tổng hợp (pivot table): hãy chuyển bảng đó sang trang khác",
		"sheet %s: %d rows for row %d run past the end of the sheet":                                 "trang %s: %d dòng của dòng %d vượt quá cuối trang tính",
		"%v": "%v",
		"no such form: neither a file nor a built-in form (chitieu templates list)":                                                "không có biểu này: không phải tệp, cũng không phải biểu có sẵn (chitieu templates list)",
		"the form is not a regular file":                                                                                           "biểu không phải tệp thường",
		"--strict: %d placeholders could not be filled; nothing written":                                                           "--strict: %d chỗ điền không điền được; chưa ghi gì",
		"sheet %s: %d placeholders without a value in the report, left empty (listed on the Kiểm tra sheet): %s":                   "trang %s: %d chỗ điền không có số liệu trong báo cáo, để trống (liệt kê ở trang Kiểm tra): %s",
		"a macro-enabled workbook (%s): chitieu fills only .xlsx forms without macros; save the form as an Excel Workbook (.xlsx)": "bảng tính có macro (%s): chitieu chỉ điền biểu .xlsx không có macro; hãy lưu biểu dưới dạng Excel Workbook (.xlsx)",
		"a binary workbook (.xlsb): save the form as an Excel Workbook (.xlsx)":                                                    "bảng tính nhị phân (.xlsb): hãy lưu biểu dưới dạng Excel Workbook (.xlsx)",
		"an Excel 97-2003 workbook (.xls): save the form as an Excel Workbook (.xlsx)":                                             "bảng tính Excel 97-2003 (.xls): hãy lưu biểu dưới dạng Excel Workbook (.xlsx)",
		"an OpenDocument spreadsheet (.ods): save the form as an Excel Workbook (.xlsx)":                                           "bảng tính OpenDocument (.ods): hãy lưu biểu dưới dạng Excel Workbook (.xlsx)",
		"the form is %d MB; a form must be under %d MB":                                                                            "biểu nặng %d MB; biểu phải nhỏ hơn %d MB",
		"the workbook is password-protected (encrypted): remove the password (File > Info > Protect Workbook) and save it again":   "bảng tính có mật khẩu (đã mã hóa): hãy bỏ mật khẩu (File > Info > Protect Workbook) rồi lưu lại",
		"an Excel 97-2003 (.xls) or other OLE file, not XLSX: save the form as an Excel Workbook (.xlsx)":                          "tệp Excel 97-2003 (.xls) hoặc tệp OLE khác, không phải XLSX: hãy lưu biểu dưới dạng Excel Workbook (.xlsx)",
		"the file is empty": "tệp rỗng",
		"not an XLSX workbook (an .xlsx file is a zip package)":                      "không phải bảng tính XLSX (tệp .xlsx là một gói zip)",
		"not a readable XLSX workbook: %v":                                           "không đọc được bảng tính XLSX: %v",
		"the workbook has %d parts; a form must have at most %d":                     "bảng tính có %d phần; biểu chỉ được có tối đa %d",
		"bad part name %q in the package":                                            "tên phần %q trong gói không hợp lệ",
		"part %s appears twice in the package":                                       "phần %s xuất hiện hai lần trong gói",
		"the workbook unpacks to more than %d MB":                                    "bảng tính giải nén ra hơn %d MB",
		"cannot read part %s: %v":                                                    "không đọc được phần %s: %v",
		"part %s unpacks to more than %d MB; a form's parts are far smaller":         "phần %s giải nén ra hơn %d MB; các phần của một biểu nhỏ hơn nhiều",
		"an OpenDocument file, not XLSX: save the form as an Excel Workbook (.xlsx)": "tệp OpenDocument, không phải XLSX: hãy lưu biểu dưới dạng Excel Workbook (.xlsx)",
		"a Word document, not an Excel workbook":                                     "tệp Word, không phải bảng tính Excel",
		"not an XLSX workbook: [Content_Types].xml is missing":                       "không phải bảng tính XLSX: thiếu [Content_Types].xml",
		"a macro-enabled workbook (it holds VBA macros) saved under an .xlsx name: chitieu never runs macros; save the form as an Excel Workbook (.xlsx) without macros": "bảng tính có macro VBA nhưng mang đuôi .xlsx: chitieu không bao giờ chạy macro; hãy lưu biểu dưới dạng Excel Workbook (.xlsx) không có macro",
		"the workbook holds ActiveX controls: remove them and save the form again":                                                                                       "bảng tính có điều khiển ActiveX: hãy xóa chúng rồi lưu lại biểu",
		"not an Excel workbook (no spreadsheet main part)":                                                                                                               "không phải bảng tính Excel (không có phần bảng tính chính)",
		"sheet part %s has %d rows; a form may have at most %d":                                                                                                          "phần trang tính %s có %d dòng; biểu chỉ được có tối đa %d",
		"the workbook has no sheets": "bảng tính không có trang nào",
		leftOutFormat:                "ô %s: công thức không gồm %s: số của một phần năm, ghi dạng chữ",
	}
	for en, vi := range whyVI {
		m[en] = vi
		m["%s: %s: not understood: "+en] = "%s: %s: không hiểu: " + vi
		m["%s: %s: no value: "+en] = "%s: %s: không có số liệu: " + vi
	}
	diag.Register(m)
}
