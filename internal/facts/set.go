package facts

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/diag"
)

// KindTitles are the Vietnamese labels of the kinds, as the workbooks
// print them; readers accept them as well as the codes.
var KindTitles = map[Kind]string{
	Plan:         "Kế hoạch",
	Actual:       "Thực hiện",
	PctOfPlan:    "% kế hoạch",
	PctOfPrev:    "% cùng kỳ",
	ChangeVsPrev: "Tăng/giảm so cùng kỳ (%)",
}

// ParseKind reads a kind code or its Vietnamese label.
func ParseKind(s string) (Kind, bool) {
	t := strings.ToLower(strings.TrimSpace(norm.NFC.String(s)))
	for _, k := range Kinds {
		if t == string(k) || t == strings.ToLower(KindTitles[k]) {
			return k, true
		}
	}
	return Kind(s), false
}

// ParseNumber reads a number as people and spreadsheets write it in fact
// files: "4435.98", "4.435,98", "1.651.346", "10,74", "1,651,346.5".
// Where the separators are ambiguous the Vietnamese reading wins: a comma
// alone is a decimal comma, and a lone dot followed by exactly three digits
// after a non-zero integer part is a thousands separator.
func ParseNumber(s string) (float64, error) {
	t := strings.TrimSpace(s)
	t = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "").Replace(t)
	if t == "" {
		return 0, fmt.Errorf("empty number")
	}
	dots, commas := strings.Count(t, "."), strings.Count(t, ",")
	switch {
	case dots > 0 && commas > 0:
		if strings.LastIndex(t, ",") > strings.LastIndex(t, ".") {
			t = strings.ReplaceAll(t, ".", "")
			t = strings.Replace(t, ",", ".", 1)
		} else {
			t = strings.ReplaceAll(t, ",", "")
		}
	case commas > 1:
		t = strings.ReplaceAll(t, ",", "")
	case commas == 1:
		t = strings.Replace(t, ",", ".", 1)
	case dots > 1:
		t = strings.ReplaceAll(t, ".", "")
	case dots == 1:
		i := strings.Index(t, ".")
		intPart := strings.TrimLeft(t[:i], "+-")
		if len(t)-i-1 == 3 && intPart != "" && strings.TrimLeft(intPart, "0") != "" && len(intPart) <= 3 {
			t = t[:i] + t[i+1:]
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || t != strings.TrimSpace(t) || strings.ContainsAny(t, "eEInfinfNaN") {
		return 0, fmt.Errorf("%q is not a number", s)
	}
	return v, nil
}

// ParseBool reads the estimate flag: x, true, 1, có, yes are true; empty,
// false, 0, không, no are false.
func ParseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(norm.NFC.String(s))) {
	case "x", "true", "1", "có", "yes", "ước", "c":
		return true, true
	case "", "false", "0", "không", "no", "k":
		return false, true
	}
	return false, false
}

// Set fills one field of f from table text. The error is a short English
// message format with its argument, for diag.
func (f *Fact) Set(field, text string) (format string, arg any) {
	text = strings.TrimSpace(norm.NFC.String(text))
	switch field {
	case "source":
		f.Source = text
	case "unit":
		f.Unit = text
	case "indicator":
		f.Indicator = text
	case "year":
		if text == "" {
			return "", nil
		}
		v, err := ParseNumber(text)
		if err != nil || v != float64(int(v)) {
			return "year %q is not a whole number", text
		}
		f.Year = int(v)
	case "kind":
		k, ok := ParseKind(text)
		if !ok && text != "" {
			return "unknown kind %q (want plan, actual, pct_of_plan, pct_of_prev or change_vs_prev)", text
		}
		f.Kind = k
	case "value":
		if text == "" {
			return "missing field %s", "value"
		}
		v, err := ParseNumber(text)
		if err != nil {
			return "value %q is not a number", text
		}
		f.Value = v
	case "uom":
		f.UOM = text
	case "estimate":
		b, ok := ParseBool(text)
		if !ok {
			return "estimate %q is not yes/no (x, true, 1 or empty)", text
		}
		f.Estimate = b
	case "qualifier":
		f.Qualifier = text
	case "value_max":
		if text == "" {
			f.ValueMax = nil
			return "", nil
		}
		v, err := ParseNumber(text)
		if err != nil {
			return "value_max %q is not a number", text
		}
		f.ValueMax = &v
	case "as_of":
		f.AsOf = text
	case "evidence":
		f.Evidence = text
	}
	return "", nil
}

func init() {
	diag.Register(map[string]string{
		"year %q is not a whole number":                   "năm %q không phải là số nguyên",
		"value %q is not a number":                        "giá trị %q không phải là số",
		"estimate %q is not yes/no (x, true, 1 or empty)": "ước tính %q không phải có/không (x, true, 1 hoặc để trống)",
		"value_max %q is not a number":                    "giá trị tối đa %q không phải là số",
	})
}
