// Package templates holds chitieu's built-in forms: .xlsx files an office
// can open, edit and give back with --template, embedded in the binary.
//
// The files are generated (go test ./templates -update) by the code in
// gen_test.go, so they are reproducible and reviewable; the test fails when
// a committed file differs from what the code makes. To change a form,
// change the generator and run -update.
package templates

import (
	"embed"
	"fmt"
	"sort"
)

//go:embed *.xlsx
var files embed.FS

// Builtin is the name of the built-in report layout.
const Builtin = "bao-cao"

// Form is one built-in form.
type Form struct {
	Name        string // what --template and "templates show" take
	File        string // the .xlsx file in this folder; "" for the built-in layout
	Description string // in English
	MoTa        string // the description in Vietnamese
}

// Forms are the built-in forms, the built-in report first.
var Forms = []Form{
	{Builtin, "",
		"the built-in report (the default): Tổng hợp, a sheet per unit with every year, So sánh KH-TH, Nguồn, Kiểm tra; laid out from the data, not a fixed form",
		"báo cáo mặc định: Tổng hợp, mỗi đơn vị một trang với mọi năm, So sánh KH-TH, Nguồn, Kiểm tra; bố cục theo số liệu, không phải biểu cố định"},
	{"don-vi", "don-vi.xlsx",
		"the built-in report's unit sheet as a form, one year: a row per indicator, TH năm trước, KH, TH, TH/KH, TH/cùng kỳ, Ghi chú",
		"trang đơn vị của báo cáo mặc định dưới dạng biểu, một năm: mỗi chỉ tiêu một dòng, TH năm trước, KH, TH, TH/KH, TH/cùng kỳ, Ghi chú"},
	{"chi-tieu-chu-yeu", "chi-tieu-chu-yeu.xlsx",
		"Biểu các chỉ tiêu chủ yếu phát triển kinh tế - xã hội: the catalog's indicators by section, TH năm trước, KH, Ước TH, so sánh (%)",
		"Biểu các chỉ tiêu chủ yếu phát triển kinh tế - xã hội: các chỉ tiêu của danh mục theo lĩnh vực, TH năm trước, KH, Ước TH, so sánh (%)"},
	{"ngan-sach", "ngan-sach.xlsx",
		"budget revenue and expenditure in the style of the public-disclosure forms (TT 343/2016/TT-BTC): dự toán năm, ước thực hiện, so sánh with the estimate and the year before (use --money-unit trieu)",
		"thực hiện thu, chi ngân sách theo kiểu biểu công khai (TT 343/2016/TT-BTC): dự toán năm, ước thực hiện, so sánh với dự toán và cùng kỳ (dùng --money-unit trieu)"},
	{"tong-hop-don-vi", "tong-hop-don-vi.xlsx",
		"one sheet for all units: a row per unit with its main figures, and a total row",
		"một trang cho mọi đơn vị: mỗi đơn vị một dòng với các số liệu chính, và dòng tổng cộng"},
	{"so-lieu", "so-lieu.xlsx",
		"a unit's facts of the year, one row each, with source document and sentence",
		"các số liệu của đơn vị trong năm, mỗi số liệu một dòng, kèm văn bản nguồn và câu trích dẫn"},
}

// Find returns the built-in form of a name.
func Find(name string) (Form, bool) {
	for _, f := range Forms {
		if f.Name == name {
			return f, true
		}
	}
	return Form{}, false
}

// Bytes returns a form's .xlsx file.
func (f Form) Bytes() ([]byte, error) {
	if f.File == "" {
		return nil, fmt.Errorf("%s is the built-in layout, not a form file", f.Name)
	}
	return files.ReadFile(f.File)
}

// Names lists the forms' names, sorted.
func Names() []string {
	var out []string
	for _, f := range Forms {
		out = append(out, f.Name)
	}
	sort.Strings(out)
	return out
}
