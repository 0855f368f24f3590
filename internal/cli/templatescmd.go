package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/pipeline"
	"github.com/chitieu/chitieu/templates"
)

var templatesCommand = &command{
	name:    "templates",
	summary: "list the built-in forms, write one out to edit, or explain the placeholders",
	usage:   "chitieu templates list | show NAME -o FILE.xlsx [--force] | help",
	run:     runTemplates,
}

func runTemplates(c *ctx, cmd *command, args []string) int {
	fs := c.flagSet(cmd)
	var out string
	var force bool
	fs.StringVarP(&out, "output", "o", "", "with show: the file to write (.xlsx)")
	fs.BoolVarP(&force, "force", "f", false, "overwrite an existing output file")
	if done, code := c.parse(cmd, fs, args); done {
		return code
	}
	usage := func(format string, a ...any) int { return c.usageError(cmd, format, a...) }
	rest := fs.Args()
	if len(rest) == 0 {
		return usage("say list, show NAME -o FILE, or help")
	}
	vi := diag.Locale(c.Getenv) == language.Vietnamese
	switch rest[0] {
	case "list":
		if len(rest) > 1 {
			return usage("list takes no arguments")
		}
		for _, f := range templates.Forms {
			d := f.Description
			if vi {
				d = f.MoTa
			}
			fmt.Fprintf(c.Stdout, "%-17s %s\n", f.Name, d)
		}
		return ExitOK
	case "help":
		if vi {
			io.WriteString(c.Stdout, placeholderHelpVI)
		} else {
			io.WriteString(c.Stdout, placeholderHelp)
		}
		return ExitOK
	case "show":
		if len(rest) != 2 {
			return usage("show takes one form name")
		}
		name := rest[1]
		f, ok := templates.Find(name)
		if !ok {
			return usage("no built-in form %q (chitieu templates list)", name)
		}
		if f.File == "" {
			// The built-in report is drawn from the data; its unit sheet
			// exists as the form don-vi.
			f, _ = templates.Find("don-vi")
			c.printf("chitieu templates: %s is laid out from the data, not a form file; writing its unit sheet as a form (don-vi)\n", name)
		}
		if out == "" {
			return usage("show needs -o FILE.xlsx")
		}
		if !strings.EqualFold(filepath.Ext(out), ".xlsx") {
			return usage("the output must be an .xlsx file: %s", out)
		}
		b, err := f.Bytes()
		if err != nil {
			c.printf("chitieu templates: %v\n", err)
			return ExitInput
		}
		if ps := pipeline.CheckOutput(out, force); ps != nil {
			c.report(ps)
			return ExitInput
		}
		if ps := pipeline.WriteOutput(out, force, nil, func(w io.Writer) error { _, err := w.Write(b); return err }); ps != nil {
			c.report(ps)
			return ExitInput
		}
		c.printf("chitieu templates: wrote %s (%s)\n", out, f.Name)
		return ExitOK
	}
	return usage("unknown templates command %q: list, show or help", rest[0])
}

// placeholderHelp is "chitieu templates help": the placeholder syntax, as
// the README gives it.
const placeholderHelp = `Filling your own form: chitieu build --template FORM.xlsx -o OUT.xlsx INPUTS...

Type placeholders into the cells of your form (Excel or LibreOffice), save it
as .xlsx, and chitieu writes one filled copy of the form sheet per unit,
keeping styles, merges, widths, heights, print setup, pictures, formulas,
defined names and other sheets. The first sheet with a placeholder is the
form; placeholders on other sheets are filled once for the whole report.

Fields
  {{don_vi}}        the unit (Quận Hoàng Mai)
  {{co_quan}}       issuing body (UBND QUẬN HOÀNG MAI, or --org)
  {{cap_tren}}      governing body (UBND THÀNH PHỐ HÀ NỘI), empty when unknown
  {{nam}}           report year; {{nam@-1}} the year before
  {{ngay}}          place and date line (Hoàng Mai, ngày 05 tháng 02 năm 2025)
  {{ngay_thang}}    the date alone (ngày 05 tháng 02 năm 2025)
  {{don_vi_tinh}}   money unit (tỷ đồng; --money-unit)
  {{tieu_de}}       report title (--title)

Figures: {{CODE.KIND}}, CODE from the catalog (thu_ngan_sach, chi_ngan_sach,
tang_truong_kinh_te, ...), KIND one of
  plan  actual  pct_of_plan (TH/KH %)  pct_of_prev (TH/cùng kỳ %)  change_vs_prev
  {{thu_ngan_sach.actual@-1}}   the previous year's figure
A cell that holds just one figure gets a number (in the cell's own number
format; a General cell gets the report's: 4.435,98), in the report's money
unit, with a note giving the source sentence. Inside text
("Thu: {{thu_ngan_sach.actual}} tỷ") the figure is written into the text.

Repeated rows: put one marker in a row and it is copied once per item, the
rows below moved down and a SUM under it (a range ending on that row,
SUM(E12:E12)) stretched over all copies:
  {{lap chi_tieu}}  per indicator of the unit with figures in the year:
                    {{stt}} {{chi_tieu}} {{ma}} {{dvt}} {{nhom}} {{ghi_chu}},
                    figures {{.plan}} {{.actual@-1}} ... (no code: the row's)
  {{lap so_lieu}}   per fact of the unit's year: {{stt}} {{chi_tieu}} {{loai}}
                    {{gia_tri}} {{dvt}} {{uoc_tinh}} {{nguon}} {{trich_dan}}
                    {{tinh_trang}}
  {{lap don_vi}}    per unit: the form is then one sheet for all units;
                    {{stt}} {{don_vi}} {{nam}} and {{CODE.KIND}} are the row's unit's

Year: without --year each unit reports its own latest year with facts; with
--year N all do (units without facts that year get no sheet).

What cannot be filled (an unknown placeholder, a figure the facts lack) is
listed on standard error and on a Kiểm tra sheet; unknown placeholders stay
in the cell as typed, missing figures are left empty. --strict makes them
errors: nothing is written, exit 1.

Built-in forms: chitieu templates list; chitieu templates show NAME -o FILE.xlsx
`

const placeholderHelpVI = `Điền biểu của đơn vị: chitieu build --template BIEU.xlsx -o KETQUA.xlsx ĐẦU_VÀO...

Gõ chỗ điền vào các ô của biểu (Excel hoặc LibreOffice), lưu dạng .xlsx;
chitieu ghi mỗi đơn vị một bản sao của trang biểu đã điền, giữ nguyên định
dạng, ô gộp, độ rộng cột, chiều cao dòng, thiết lập in, hình ảnh, công thức,
tên vùng và các trang khác. Trang đầu tiên có chỗ điền là trang biểu; chỗ
điền ở các trang khác được điền một lần cho cả báo cáo.

Trường
  {{don_vi}}        đơn vị (Quận Hoàng Mai)
  {{co_quan}}       cơ quan ban hành (UBND QUẬN HOÀNG MAI, hoặc --org)
  {{cap_tren}}      cơ quan cấp trên (UBND THÀNH PHỐ HÀ NỘI), trống nếu chưa biết
  {{nam}}           năm báo cáo; {{nam@-1}} năm trước
  {{ngay}}          địa danh, ngày tháng (Hoàng Mai, ngày 05 tháng 02 năm 2025)
  {{ngay_thang}}    chỉ ngày tháng (ngày 05 tháng 02 năm 2025)
  {{don_vi_tinh}}   đơn vị tiền (tỷ đồng; --money-unit)
  {{tieu_de}}       tiêu đề báo cáo (--title)

Số liệu: {{MÃ.LOẠI}}, MÃ theo danh mục (thu_ngan_sach, chi_ngan_sach,
tang_truong_kinh_te, ...), LOẠI là
  plan (KH)  actual (TH)  pct_of_plan (TH/KH %)  pct_of_prev (TH/cùng kỳ %)  change_vs_prev
  {{thu_ngan_sach.actual@-1}}   số của năm trước
Ô chỉ có một số liệu nhận giá trị số (theo định dạng số của ô; ô General
nhận định dạng của báo cáo: 4.435,98), tính theo đơn vị tiền của báo cáo, kèm
ghi chú câu trích dẫn nguồn. Trong câu chữ ("Thu: {{thu_ngan_sach.actual}} tỷ")
số được viết vào câu.

Dòng lặp: đặt một dấu vào dòng, dòng được sao cho mỗi mục, các dòng dưới
được đẩy xuống và tổng SUM bên dưới (vùng kết thúc ở dòng đó, SUM(E12:E12))
được kéo dài qua mọi bản sao:
  {{lap chi_tieu}}  mỗi chỉ tiêu có số liệu trong năm: {{stt}} {{chi_tieu}}
                    {{ma}} {{dvt}} {{nhom}} {{ghi_chu}}, số liệu {{.plan}}
                    {{.actual@-1}} ... (không ghi mã: chỉ tiêu của dòng)
  {{lap so_lieu}}   mỗi số liệu trong năm: {{stt}} {{chi_tieu}} {{loai}}
                    {{gia_tri}} {{dvt}} {{uoc_tinh}} {{nguon}} {{trich_dan}}
                    {{tinh_trang}}
  {{lap don_vi}}    mỗi đơn vị: biểu thành một trang chung cho mọi đơn vị;
                    {{stt}} {{don_vi}} {{nam}} và {{MÃ.LOẠI}} là của đơn vị dòng đó

Năm: không có --year thì mỗi đơn vị báo cáo năm gần nhất có số liệu; có
--year N thì mọi đơn vị lấy năm N (đơn vị không có số liệu năm đó không có trang).

Chỗ không điền được (chỗ điền không hiểu, số liệu không có) được liệt kê ở
đầu ra lỗi chuẩn và ở trang Kiểm tra; chỗ điền không hiểu giữ nguyên trong ô,
số liệu thiếu để trống. --strict coi đó là lỗi: không ghi gì, mã thoát 1.

Biểu có sẵn: chitieu templates list; chitieu templates show TÊN -o TỆP.xlsx
`

func init() {
	diag.Register(map[string]string{
		"list the built-in forms, write one out to edit, or explain the placeholders": "liệt kê các biểu có sẵn, ghi một biểu ra để sửa, hoặc giải thích chỗ điền",
		"with show: the file to write (.xlsx)":                                        "với show: tệp cần ghi (.xlsx)",
		"say list, show NAME -o FILE, or help":                                        "hãy dùng list, show TÊN -o TỆP, hoặc help",
		"list takes no arguments":                                                     "list không nhận đối số",
		"show takes one form name":                                                    "show nhận một tên biểu",
		"no built-in form %q (chitieu templates list)":                                "không có biểu %q (chitieu templates list)",
		"chitieu templates: %s is laid out from the data, not a form file; writing its unit sheet as a form (don-vi)\n": "chitieu templates: %s được bố cục theo số liệu, không phải tệp biểu; ghi trang đơn vị của nó dưới dạng biểu (don-vi)\n",
		"show needs -o FILE.xlsx":                          "show cần -o TỆP.xlsx",
		"chitieu templates: %v\n":                          "chitieu templates: %v\n",
		"chitieu templates: wrote %s (%s)\n":               "chitieu templates: đã ghi %s (%s)\n",
		"unknown templates command %q: list, show or help": "không có lệnh templates %q: list, show hoặc help",
		"fill this form (an .xlsx file, or a built-in form: chitieu templates list) instead of the built-in report": "điền biểu này (tệp .xlsx, hoặc biểu có sẵn: chitieu templates list) thay cho báo cáo mặc định",
		"with --template: placeholders that cannot be filled are errors (nothing written)":                          "cùng --template: chỗ điền không điền được là lỗi (không ghi gì)",
		"--strict goes with --template FORM": "--strict đi cùng --template BIỂU",
	})
}
