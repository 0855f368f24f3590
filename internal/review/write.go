package review

import (
	"fmt"
	"io"
	"math"
	"regexp"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/xlsxpkg"
)

// Sheet names. Read finds the data by the first name, so it is a contract
// with every workbook already handed out; do not rename it.
const (
	DataSheet  = "Dữ liệu"
	GuideSheet = "Hướng dẫn"
)

// Helper column titles: computed for the reader's eyes only, and ignored
// by Read because facts.FieldOf does not know them.
const (
	titleNo   = "STT"
	titleName = "Tên chỉ tiêu"
)

// fixedTime is the creation and modification time written into every
// workbook, so that the same facts always give the same bytes.
const fixedTime = "2000-01-01T00:00:00Z"

// zipTime dates every part of the package. archive/zip's Create, which
// excelize uses, leaves the date zero, which unzip shows as the invalid
// 1980-00-00; a fixed valid date keeps the output reproducible.
var zipTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// maxCellChars is what a worksheet cell holds, in UTF-16 code units;
// excelize would silently cut a longer text and the round trip would lose it.
const maxCellChars = 32767

// lastRow bounds the data validations: they cover rows a person adds later.
const lastRow = excelize.TotalRows

// column is one column of the data sheet.
type column struct {
	field string // fact field, or "" for a helper column
	title string
	width float64
}

// dataColumns is the data sheet's layout: facts.Columns in order, with the
// helper columns STT first and Tên chỉ tiêu after the indicator code.
func dataColumns() []column {
	widths := map[string]float64{
		"source": 26, "unit": 20, "indicator": 24, "year": 7, "kind": 24,
		"value": 21, "uom": 10, "estimate": 8, "qualifier": 10,
		"value_max": 17, "as_of": 12, "evidence": 70,
	}
	cols := []column{{title: titleNo, width: 6}}
	for _, c := range facts.Columns {
		cols = append(cols, column{field: c.Field, title: c.Title, width: widths[c.Field]})
		if c.Field == "indicator" {
			cols = append(cols, column{title: titleName, width: 40})
		}
	}
	return cols
}

// qualifierTitles are the Vietnamese words a person reads in the
// Định tính column; Read maps them (and the codes) back.
var qualifierTitles = map[string]string{
	facts.Approx: "khoảng",
	facts.Over:   "hơn",
	facts.Under:  "dưới",
}

// styles are the cell styles of the workbook.
type styles struct {
	header, text, center, wrap, helper, number, integer, big, year, date int
	title, bold, para, tableHead                                         int
}

func newStyles(f *excelize.File) (styles, error) {
	const font = "Times New Roman"
	border := []excelize.Border{
		{Type: "left", Color: "BFBFBF", Style: 1}, {Type: "right", Color: "BFBFBF", Style: 1},
		{Type: "top", Color: "BFBFBF", Style: 1}, {Type: "bottom", Color: "BFBFBF", Style: 1},
	}
	top := func(h string, wrap bool) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: "top", WrapText: wrap}
	}
	plain := &excelize.Font{Family: font, Size: 12}
	// Numbers: a percentage or a small fraction shows as General, which
	// prints every significant digit (up to 11), so what the person reads
	// is what Read gets; a whole amount (money in đồng, people) gets
	// thousands separators, and a large fraction all its decimals, where
	// General would switch to 1.2045E+12.
	intFmt, bigFmt, dateFmt := "#,##0", "#,##0.##########", "yyyy-mm-dd"
	var st styles
	defs := []struct {
		dst *int
		s   excelize.Style
	}{
		{&st.header, excelize.Style{
			Font:      &excelize.Font{Family: font, Size: 12, Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Border:    border,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		}},
		{&st.text, excelize.Style{Font: plain, Border: border, Alignment: top("", false)}},
		{&st.center, excelize.Style{Font: plain, Border: border, Alignment: top("center", false)}},
		{&st.wrap, excelize.Style{Font: plain, Border: border, Alignment: top("", true)}},
		{&st.helper, excelize.Style{
			Font:      &excelize.Font{Family: font, Size: 12, Italic: true, Color: "595959"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}},
			Border:    border,
			Alignment: top("", true),
		}},
		{&st.number, excelize.Style{Font: plain, Border: border, Alignment: top("right", false)}},
		{&st.integer, excelize.Style{Font: plain, Border: border, Alignment: top("right", false), CustomNumFmt: &intFmt}},
		{&st.big, excelize.Style{Font: plain, Border: border, Alignment: top("right", false), CustomNumFmt: &bigFmt}},
		{&st.year, excelize.Style{Font: plain, Border: border, Alignment: top("center", false), NumFmt: 1}},
		{&st.date, excelize.Style{Font: plain, Border: border, Alignment: top("center", false), CustomNumFmt: &dateFmt}},
		{&st.title, excelize.Style{Font: &excelize.Font{Family: font, Size: 14, Bold: true, Color: "1F4E79"}}},
		{&st.bold, excelize.Style{Font: &excelize.Font{Family: font, Size: 12, Bold: true}, Alignment: top("", true)}},
		{&st.para, excelize.Style{Font: plain, Alignment: top("", true)}},
		{&st.tableHead, excelize.Style{
			Font:      &excelize.Font{Family: font, Size: 12, Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Border:    border,
			Alignment: top("", true),
		}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.s)
		if err != nil {
			return st, err
		}
		*d.dst = id
	}
	return st, nil
}

// Write writes facts as a review workbook: the sheet Dữ liệu with one row
// per fact, and the sheet Hướng dẫn telling a person how to review it.
// The same facts always give the same bytes.
func Write(w io.Writer, fs []facts.Fact) error {
	f := excelize.NewFile()
	defer f.Close()
	// The package writer dates every part, and gives the sheets what
	// Excel and the readers that trust them need (columns in order, a
	// dimension over the data, the formulas' results).
	p := xlsxpkg.New(zipTime)
	p.Attach(f, w)
	if err := build(f, fs, p.Sheet(DataSheet).Cached); err != nil {
		return err
	}
	_, err := f.WriteTo(w)
	return err
}

// cacher records the result of a formula cell (see xlsxpkg.Sheet.Cached).
type cacher func(ref string, v any)

func build(f *excelize.File, fs []facts.Fact, cache cacher) error {
	if err := f.SetDefaultFont("Times New Roman"); err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", DataSheet); err != nil {
		return err
	}
	if _, err := f.NewSheet(GuideSheet); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	cat := catalog.Default()
	catFirst, catLast, err := writeGuide(f, st, cat)
	if err != nil {
		return err
	}
	codes := fmt.Sprintf("'%s'!$A$%d:$A$%d", GuideSheet, catFirst, catLast)
	names := fmt.Sprintf("'%s'!$A$%d:$B$%d", GuideSheet, catFirst, catLast)
	if err := writeData(f, st, cat, fs, codes, names, cache); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	if err := f.SetDocProps(&excelize.DocProperties{
		Creator:        "chitieu",
		LastModifiedBy: "chitieu",
		Created:        fixedTime,
		Modified:       fixedTime,
		Title:          "Rà soát số liệu chỉ tiêu kinh tế - xã hội",
		Language:       "vi-VN",
	}); err != nil {
		return err
	}
	// The Tên chỉ tiêu formulas carry their results (readers that do not
	// recalculate show them); a program that does recalculates on opening,
	// so a name follows the catalog it sees.
	yes := true
	return f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &yes})
}

func writeData(f *excelize.File, st styles, cat *catalog.Catalog, fs []facts.Fact, codes, names string, cache cacher) error {
	sh := DataSheet
	cols := dataColumns()
	letter := map[string]string{} // field → column letter
	for i, c := range cols {
		l, _ := excelize.ColumnNumberToName(i + 1)
		if c.field != "" {
			letter[c.field] = l
		}
		if err := f.SetColWidth(sh, l, l, c.width); err != nil {
			return err
		}
		// A column style gives rows a person adds the same look. It is set
		// first: it restyles the column's existing cells.
		if err := f.SetColStyle(sh, l, colStyle(st, c)); err != nil {
			return err
		}
		if err := f.SetCellStr(sh, l+"1", c.title); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, l+"1", l+"1", st.header); err != nil {
			return err
		}
	}
	if err := f.SetRowHeight(sh, 1, 2*lineHeight+3); err != nil {
		return err
	}
	for i := range fs {
		if err := writeFact(f, st, cols, i+2, i+1, &fs[i], letter["indicator"], names); err != nil {
			return err
		}
		if c, ok := nameCell(cols, i+2); ok {
			cache(c, lookupName(cat, fs[i].Indicator))
		}
		if err := f.SetRowHeight(sh, i+2, rowHeight(cols, &fs[i], cat)); err != nil {
			return err
		}
	}
	last, _ := excelize.ColumnNumberToName(len(cols))
	// excelize leaves the dimension at A1; readers that trust it (pandas
	// through openpyxl) would see an empty sheet.
	if err := f.SetSheetDimension(sh, fmt.Sprintf("A1:%s%d", last, len(fs)+1)); err != nil {
		return err
	}
	if err := f.SetPanes(sh, &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	if err := f.AutoFilter(sh, fmt.Sprintf("A1:%s%d", last, max(len(fs)+1, 2)), nil); err != nil {
		return err
	}
	if err := addValidations(f, letter, codes); err != nil {
		return err
	}
	landscape, one, zero, a4 := "landscape", 1, 0, 9
	if err := f.SetPageLayout(sh, &excelize.PageLayoutOptions{
		Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero,
	}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	// Print the header on every page.
	return f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$1", sh), Scope: sh,
	})
}

func colStyle(st styles, c column) int {
	switch c.field {
	case "":
		return st.helper
	case "year":
		return st.year
	case "value", "value_max":
		return st.number
	case "as_of":
		return st.date
	case "estimate", "uom", "kind", "qualifier":
		return st.center
	case "evidence", "unit", "source", "indicator":
		return st.wrap
	}
	return st.text
}

func writeFact(f *excelize.File, st styles, cols []column, row, no int, ft *facts.Fact, codeCol, names string) error {
	sh := DataSheet
	for i, c := range cols {
		cell, _ := excelize.CoordinatesToCellName(i+1, row)
		style := colStyle(st, c)
		var err error
		switch {
		case c.title == titleNo:
			err = f.SetCellInt(sh, cell, int64(no))
		case c.title == titleName:
			// A formula, so the name follows the code when a person
			// corrects it; unknown codes say where the report puts them.
			ref := fmt.Sprintf("%s%d", codeCol, row)
			err = f.SetCellFormula(sh, cell, fmt.Sprintf(
				`IF(%s="","",IFERROR(VLOOKUP(%s,%s,2,FALSE),"(ngoài danh mục: mục Khác)"))`, ref, ref, names))
		case c.field == "year":
			err = f.SetCellInt(sh, cell, int64(ft.Year))
		case c.field == "value", c.field == "value_max":
			v := ft.Value
			if c.field == "value_max" {
				if ft.ValueMax == nil {
					break
				}
				v = *ft.ValueMax
			}
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("fact %d (%s, %s): %s is not a finite number", no, ft.Source, ft.Indicator, c.field)
			}
			switch {
			case v == math.Trunc(v) && ft.UOM != facts.Percent:
				style = st.integer
			case math.Abs(v) >= 1e6:
				style = st.big
			}
			err = f.SetCellFloat(sh, cell, v, -1, 64)
		case c.field == "as_of":
			if ft.AsOf == "" {
				break
			}
			// A real date, as Excel makes of a date a person types, so
			// edited and untouched cells look and read alike.
			if t, perr := time.Parse(time.DateOnly, ft.AsOf); perr == nil {
				err = f.SetCellValue(sh, cell, t)
			} else {
				err = f.SetCellStr(sh, cell, ft.AsOf)
			}
		case c.field == "kind":
			label, ok := facts.KindTitles[ft.Kind]
			if !ok {
				label = string(ft.Kind)
			}
			err = f.SetCellStr(sh, cell, label)
		case c.field == "qualifier":
			label, ok := qualifierTitles[ft.Qualifier]
			if !ok {
				label = ft.Qualifier
			}
			if label != "" {
				err = f.SetCellStr(sh, cell, label)
			}
		default:
			// A cell keeps line breaks as \n only: LibreOffice turns \r\n
			// into \n on saving, so write what will come back.
			s := strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(ft.Get(c.field))
			if n := len(utf16.Encode([]rune(s))); n > maxCellChars {
				return fmt.Errorf("fact %d (%s, %s): %s has %d characters, more than a worksheet cell holds (%d)",
					no, ft.Source, ft.Indicator, c.field, n, maxCellChars)
			}
			if s != "" {
				err = f.SetCellStr(sh, cell, escapeText(s))
			}
		}
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, cell, cell, style); err != nil {
			return err
		}
	}
	return nil
}

// addValidations puts drop-down lists on the columns whose values come
// from a closed set, so a person picks instead of typing.
func addValidations(f *excelize.File, letter map[string]string, codes string) error {
	rng := func(field string) string { return fmt.Sprintf("%s2:%s%d", letter[field], letter[field], lastRow) }
	var kinds []string
	for _, k := range facts.Kinds {
		kinds = append(kinds, facts.KindTitles[k])
	}
	type list struct {
		field  string
		items  []string // inline items, or nil for the codes range
		strict bool     // only listed values are accepted
		msg    string
	}
	lists := []list{
		{"indicator", nil, false, "Mã này không có trong danh mục (trang Hướng dẫn). Số liệu vẫn được đọc và đưa vào mục Khác của báo cáo."},
		{"kind", kinds, true, "Chọn loại số liệu trong danh sách."},
		{"uom", []string{facts.VND, facts.Percent, facts.People, facts.House, facts.Targets}, false,
			"Đơn vị tính thường dùng: VND, %, người, hộ, chỉ tiêu."},
		{"estimate", []string{"x"}, true, "Ghi x nếu là số ước tính, để trống nếu không."},
		{"qualifier", []string{qualifierTitles[facts.Approx], qualifierTitles[facts.Over], qualifierTitles[facts.Under]}, true,
			"Chọn khoảng, hơn hoặc dưới; để trống nếu văn bản nêu số chính xác."},
	}
	for _, l := range lists {
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(rng(l.field))
		if l.items == nil {
			dv.SetSqrefDropList(codes)
		} else if err := dv.SetDropList(l.items); err != nil {
			return err
		}
		style := excelize.DataValidationErrorStyleInformation
		if l.strict {
			style = excelize.DataValidationErrorStyleStop
		}
		dv.SetError(style, "Giá trị không hợp lệ", l.msg)
		if err := f.AddDataValidation(DataSheet, dv); err != nil {
			return err
		}
	}
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(rng("year"))
	if err := dv.SetRange(1900, 2200, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, "Năm không hợp lệ", "Năm là số nguyên từ 1900 đến 2200.")
	return f.AddDataValidation(DataSheet, dv)
}

// nameCell is the cell of a row's Tên chỉ tiêu formula.
func nameCell(cols []column, row int) (string, bool) {
	for i, c := range cols {
		if c.title == titleName {
			cell, _ := excelize.CoordinatesToCellName(i+1, row)
			return cell, true
		}
	}
	return "", false
}

// lookupName is what the Tên chỉ tiêu formula computes for a code: the
// catalog name VLOOKUP finds (exact match, which in Excel ignores case and
// reads * and ? as wildcards, ~ as their escape), "" for no code, and the
// formula's text for a code the catalog does not have. It is the cell's
// cached result: what a reader that does not recalculate shows.
func lookupName(cat *catalog.Catalog, code string) string {
	if code == "" {
		return ""
	}
	for _, ind := range cat.Indicators {
		if wildMatch(strings.ToLower(code), strings.ToLower(ind.Code)) {
			return ind.Name
		}
	}
	return "(ngoài danh mục: mục Khác)"
}

// wildMatch matches s against an Excel look-up pattern.
func wildMatch(pat, s string) bool {
	p, t := []rune(pat), []rune(s)
	var match func(i, j int) bool
	memo := map[[2]int]bool{}
	match = func(i, j int) bool {
		if v, ok := memo[[2]int{i, j}]; ok {
			return v
		}
		var r bool
		switch {
		case i == len(p):
			r = j == len(t)
		case p[i] == '*':
			r = match(i+1, j) || j < len(t) && match(i, j+1)
		case p[i] == '~' && i+1 < len(p) && (p[i+1] == '*' || p[i+1] == '?' || p[i+1] == '~'):
			r = j < len(t) && t[j] == p[i+1] && match(i+2, j+1)
		case p[i] == '?':
			r = j < len(t) && match(i+1, j+1)
		default:
			r = j < len(t) && t[j] == p[i] && match(i+1, j+1)
		}
		memo[[2]int{i, j}] = r
		return r
	}
	return match(0, 0)
}

// escapeRe matches what the file format writes as _xHHHH_: characters XML
// 1.0 cannot carry, and the literal text of such an escape.
var escapeRe = regexp.MustCompile(`[\x00-\x08\x0b\x0c\x0e-\x1f\x{fffe}\x{ffff}]|_x[0-9A-Fa-f]{4}_`)

// escapeText escapes s as Excel does, because excelize writes such text
// as is: a control character would be replaced by U+FFFD, and a literal
// "_x0041_" in a quoted sentence would read back as "A".
func escapeText(s string) string {
	if !strings.Contains(s, "_x") && !strings.ContainsFunc(s, func(r rune) bool {
		return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xfffe || r == 0xffff
	}) {
		return s
	}
	return escapeRe.ReplaceAllStringFunc(s, func(m string) string {
		if strings.HasPrefix(m, "_x") {
			return "_x005F" + m
		}
		return fmt.Sprintf("_x%04X_", []rune(m)[0])
	})
}

// lineHeight is the height in points of a line of 12-point Times New Roman.
const lineHeight = 15.75

// textLines estimates how many lines s takes wrapped in a column of the
// given width. Rows get an explicit height from it because LibreOffice
// does not fit the height of rows with wrapped text when it opens a file.
func textLines(s string, width float64) int {
	// A width unit is one digit of the default font; Vietnamese text in
	// 12 points with word wrapping fits a little under one character a unit.
	per := max(int(width*0.95), 1)
	n := 0
	for _, para := range strings.Split(s, "\n") {
		n += max(1, (utf8.RuneCountInString(para)+per-1)/per)
	}
	return n
}

// rowHeight is the height of a fact's row: enough for its longest
// wrapped cell.
func rowHeight(cols []column, ft *facts.Fact, cat *catalog.Catalog) float64 {
	lines := 1
	for _, c := range cols {
		var s string
		switch {
		case c.title == titleName:
			if ind, ok := cat.Lookup(ft.Indicator); ok {
				s = ind.Name
			}
		case c.field == "source", c.field == "unit", c.field == "indicator", c.field == "evidence":
			s = ft.Get(c.field)
		default:
			continue
		}
		lines = max(lines, textLines(s, c.width))
	}
	return float64(lines)*lineHeight + 3
}
