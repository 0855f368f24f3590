package facts

import (
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Column is one field of a fact as a table column: in CSV files, in the
// review workbook and on the workbook's sources sheet.
type Column struct {
	Field string // the JSON field name
	Title string // the Vietnamese column title used in workbooks
}

// Columns lists the fact fields in table order. Readers accept a header of
// either the field names or the titles (any case, NFC or NFD).
var Columns = []Column{
	{"source", "Nguồn"},
	{"unit", "Đơn vị"},
	{"indicator", "Mã chỉ tiêu"},
	{"year", "Năm"},
	{"kind", "Loại số liệu"},
	{"value", "Giá trị"},
	{"uom", "Đơn vị tính"},
	{"estimate", "Ước tính"},
	{"qualifier", "Định tính"},
	{"value_max", "Giá trị tối đa"},
	{"as_of", "Đến ngày"},
	{"evidence", "Câu trích dẫn"},
}

// FieldOf maps a header cell to a field name, or "" when the header is
// not one of Columns.
func FieldOf(header string) string {
	h := strings.ToLower(strings.TrimSpace(norm.NFC.String(strings.TrimPrefix(header, "\ufeff"))))
	for _, c := range Columns {
		if h == c.Field || h == strings.ToLower(c.Title) {
			return c.Field
		}
	}
	return ""
}

// Get returns the field of f as table text (numbers with a dot decimal
// point, so files round-trip; the workbook formats numbers itself).
func (f *Fact) Get(field string) string {
	switch field {
	case "source":
		return f.Source
	case "unit":
		return f.Unit
	case "indicator":
		return f.Indicator
	case "year":
		return strconv.Itoa(f.Year)
	case "kind":
		return string(f.Kind)
	case "value":
		return strconv.FormatFloat(f.Value, 'f', -1, 64)
	case "uom":
		return f.UOM
	case "estimate":
		if f.Estimate {
			return "x"
		}
		return ""
	case "qualifier":
		return f.Qualifier
	case "value_max":
		if f.ValueMax == nil {
			return ""
		}
		return strconv.FormatFloat(*f.ValueMax, 'f', -1, 64)
	case "as_of":
		return f.AsOf
	case "evidence":
		return f.Evidence
	}
	return ""
}
