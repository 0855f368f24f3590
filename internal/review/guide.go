package review

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
)

// steps tell a finance officer how to review the data sheet.
var steps = [][2]string{
	{"Trang Dữ liệu", "Mỗi dòng là một số liệu chương trình đọc được từ bài viết: một chỉ tiêu của một đơn vị trong một năm, kèm câu trích dẫn làm bằng chứng. Đối chiếu từng dòng với câu trích dẫn (và với văn bản gốc khi cần)."},
	{"Sửa số liệu", "Sửa trực tiếp vào ô. Số nhập như thường lệ: 4.435,98 hoặc 4435.98 đều được. Loại số liệu, Ước tính và Định tính chọn trong danh sách thả xuống; Mã chỉ tiêu chọn trong danh sách hoặc gõ mã."},
	{"Xóa dòng sai", "Xóa cả dòng: bấm chuột phải vào số thứ tự dòng ở lề trái, chọn Xóa (Delete). Xóa hết nội dung các ô của một dòng cũng được coi là xóa dòng. Ẩn dòng hoặc lọc bớt KHÔNG xóa số liệu."},
	{"Thêm số liệu", "Thêm dòng mới ngay dưới bảng (hoặc chèn dòng giữa bảng, hoặc sao chép một dòng có sẵn rồi sửa) và điền đủ các cột bắt buộc (đánh dấu * ở bảng dưới). Không cần điền STT và Tên chỉ tiêu."},
	{"Tiêu đề cột", "Không sửa tên tiêu đề cột. Có thể đổi thứ tự cột hoặc thêm cột ghi chú riêng: chương trình tìm cột theo tiêu đề và bỏ qua cột lạ, cột STT và cột Tên chỉ tiêu (cột tô xám chỉ để tham khảo)."},
	{"Lưu tệp", "Lưu dạng Excel (.xlsx), giữ tên trang Dữ liệu. Trong LibreOffice, khi được hỏi, chọn \"Dùng định dạng Excel 2007-365!\"."},
	{"Lập báo cáo", "Chạy: chitieu build -o report.xlsx review.xlsx. Nếu còn dòng sai, chương trình báo tên tệp và số dòng, ví dụ review.xlsx:12: giá trị \"abc\" không phải là số. Sửa dòng đó rồi chạy lại."},
}

// columnHelp explains each column of the data sheet, by field ("" for the
// helper columns, keyed by title).
var columnHelp = map[string]string{
	titleNo:     "Số thứ tự, chỉ để tham khảo; chương trình không đọc.",
	"source":    "Tên tệp bài viết mà số liệu được đọc từ đó.",
	"unit":      "Đơn vị hành chính, ghi đủ cấp và dấu: Quận Hoàng Mai, Huyện Gia Lâm, Thị xã Quảng Yên.",
	"indicator": "Mã chỉ tiêu theo danh mục ở cuối trang này. Mã ngoài danh mục vẫn được đọc và đưa vào mục Khác của báo cáo.",
	titleName:   "Tên chỉ tiêu tự hiện theo mã (tô xám, chỉ để tham khảo; chương trình không đọc).",
	"year":      "Năm kế hoạch hoặc năm báo cáo của số liệu, ví dụ 2024.",
	"kind":      "Số liệu là kế hoạch, thực hiện hay tỷ lệ so sánh (xem bảng Loại số liệu).",
	"value":     "Con số, theo Đơn vị tính (xem bảng Đơn vị tính).",
	"uom":       "Đơn vị tính: VND, %, người, hộ, chỉ tiêu.",
	"estimate":  "Ghi x khi văn bản nói là ước tính, ước đạt, ước thực hiện, dự kiến; để trống nếu không.",
	"qualifier": "khoảng (khoảng, gần, xấp xỉ), hơn (hơn, trên, trở lên, vượt), dưới (dưới, không quá); để trống nếu số chính xác.",
	"value_max": "Cận trên khi văn bản nêu một khoảng: \"tăng 15-16%\" → Giá trị 15, Giá trị tối đa 16. Để trống nếu không.",
	"as_of":     "Ngày chốt số liệu khi số liệu tính đến một ngày trước cuối năm: \"đến ngày 31-10-2024\" → 2024-10-31; \"9 tháng\" → ngày cuối tháng 9.",
	"evidence":  "Câu hoặc vế câu trong bài viết chứa con số. Sửa được, nhưng chỉ để đối chiếu.",
}

var unitHelp = [][2]string{
	{facts.VND, "Tiền, tính bằng đồng, ghi đủ số: \"1.550 tỷ đồng\" → 1.550.000.000.000; \"346 triệu đồng\" → 346.000.000; \"1.651 tỷ 346 triệu đồng\" → 1.651.346.000.000."},
	{facts.Percent, "Phần trăm, ghi đúng như văn bản, không chia cho 100: \"10,74%\" → 10,74; \"giảm 3%\" → -3."},
	{facts.People, "Số người (lao động có việc làm mới, đảng viên mới)."},
	{facts.House, "Số hộ (hộ thoát nghèo, hộ cận nghèo)."},
	{facts.Targets, "Số chỉ tiêu: \"hoàn thành 18/18 chỉ tiêu\" là hai dòng: Thực hiện 18 và Kế hoạch 18."},
}

var kindHelp = map[facts.Kind]string{
	facts.Plan:         "Số kế hoạch, chỉ tiêu, dự toán, mục tiêu, phấn đấu: \"phấn đấu thu ngân sách 1.550 tỷ đồng\".",
	facts.Actual:       "Số thực hiện, ước đạt: \"thu ngân sách đạt 2.378 tỷ đồng\"; \"kinh tế tăng 10,74%\" (chỉ tiêu tăng trưởng).",
	facts.PctOfPlan:    "Tỷ lệ so với kế hoạch, dự toán: \"đạt 105% dự toán\" → 105.",
	facts.PctOfPrev:    "Tỷ lệ so với cùng kỳ: \"bằng 118,5% so với cùng kỳ\" → 118,5.",
	facts.ChangeVsPrev: "Mức tăng (giảm) so với cùng kỳ: \"tăng 16%\" → 16; \"giảm 3%\" → -3.",
}

// required lists the fields a row must have; Read reports an empty one.
var required = map[string]bool{
	"source": true, "unit": true, "indicator": true, "year": true, "kind": true, "value": true, "uom": true,
}

// writeGuide fills the guide sheet and returns the rows of its catalog
// table, which the data sheet's code list and name formulas refer to.
func writeGuide(f *excelize.File, st styles, cat *catalog.Catalog) (first, last int, err error) {
	sh := GuideSheet
	row := 1
	widths := map[string]float64{"A": 26, "B": 80, "C": 14}
	lines := map[int]int{} // row → lines its tallest cell takes
	set := func(col string, v string, style int) {
		if err != nil {
			return
		}
		cell := fmt.Sprintf("%s%d", col, row)
		if err = f.SetCellStr(sh, cell, v); err == nil {
			err = f.SetCellStyle(sh, cell, cell, style)
		}
		if style != st.title { // titles do not wrap: they run on into B
			lines[row] = max(lines[row], textLines(v, widths[col]))
		}
	}
	heading := func(s string) {
		row++
		set("A", s, st.title)
		row++
	}
	tableHead := func(a, b, c string) {
		set("A", a, st.tableHead)
		set("B", b, st.tableHead)
		set("C", c, st.tableHead)
		row++
	}
	for _, col := range []string{"A", "B", "C"} {
		if err = f.SetColWidth(sh, col, col, widths[col]); err != nil {
			return 0, 0, err
		}
	}

	set("A", "HƯỚNG DẪN RÀ SOÁT SỐ LIỆU CHỈ TIÊU", st.title)
	row++
	set("A", "Mục đích", st.bold)
	set("B", "Trang Dữ liệu liệt kê các số liệu chương trình chitieu đọc được từ bài viết. Người rà soát sửa, xóa, bổ sung trên trang đó; chương trình đọc lại đúng những gì có trong bảng để lập báo cáo.", st.para)
	row++
	heading("1. Cách rà soát")
	for _, s := range steps {
		set("A", s[0], st.bold)
		set("B", s[1], st.para)
		row++
	}

	heading("2. Ý nghĩa các cột")
	tableHead("Cột", "Ý nghĩa", "Bắt buộc")
	for _, c := range dataColumns() {
		key := c.field
		if key == "" {
			key = c.title
		}
		set("A", c.title, st.wrap)
		set("B", columnHelp[key], st.wrap)
		mark := ""
		if required[c.field] {
			mark = "*"
		}
		set("C", mark, st.center)
		row++
	}

	heading("3. Đơn vị tính")
	tableHead("Đơn vị tính", "Cách ghi", "")
	for _, u := range unitHelp {
		set("A", u[0], st.wrap)
		set("B", u[1], st.wrap)
		set("C", "", st.wrap)
		row++
	}

	heading("4. Loại số liệu")
	tableHead("Loại số liệu", "Khi nào dùng", "")
	for _, k := range facts.Kinds {
		set("A", facts.KindTitles[k], st.wrap)
		set("B", kindHelp[k], st.wrap)
		set("C", "", st.wrap)
		row++
	}

	heading("5. Danh mục chỉ tiêu")
	tableHead("Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính")
	first = row
	for _, ind := range cat.Indicators {
		set("A", ind.Code, st.wrap)
		set("B", ind.Name, st.wrap)
		set("C", ind.UOM, st.center)
		row++
	}
	last = row - 1
	if err != nil {
		return 0, 0, err
	}
	for r := 1; r <= last; r++ {
		if n := lines[r]; n > 1 {
			if err = f.SetRowHeight(sh, r, float64(n)*lineHeight+3); err != nil {
				return 0, 0, err
			}
		}
	}
	portrait, one, zero, a4 := "portrait", 1, 0, 9
	if err = f.SetPageLayout(sh, &excelize.PageLayoutOptions{
		Size: &a4, Orientation: &portrait, FitToWidth: &one, FitToHeight: &zero,
	}); err != nil {
		return 0, 0, err
	}
	fit := true
	err = f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit})
	return first, last, err
}
