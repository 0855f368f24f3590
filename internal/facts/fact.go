package facts

import (
	"fmt"
	"strconv"

	"github.com/chitieu/chitieu/internal/diag"
	"math"
	"strings"
)

// Kind says what a figure is relative to the plan and the previous period.
type Kind string

// The kinds of the contract.
const (
	Plan         Kind = "plan"           // kế hoạch, chỉ tiêu, dự toán
	Actual       Kind = "actual"         // thực hiện, ước đạt
	PctOfPlan    Kind = "pct_of_plan"    // đạt X% kế hoạch
	PctOfPrev    Kind = "pct_of_prev"    // bằng X% so với cùng kỳ
	ChangeVsPrev Kind = "change_vs_prev" // tăng/giảm X% so với cùng kỳ
)

// Kinds lists the valid kinds in report order.
var Kinds = []Kind{Plan, Actual, PctOfPlan, PctOfPrev, ChangeVsPrev}

// IsRatio reports whether figures of this kind are percentages whatever the
// indicator's own unit of measure.
func (k Kind) IsRatio() bool {
	return k == PctOfPlan || k == PctOfPrev || k == ChangeVsPrev
}

// Valid reports whether k is one of the contract's kinds.
func (k Kind) Valid() bool {
	for _, v := range Kinds {
		if k == v {
			return true
		}
	}
	return false
}

// Qualifiers of a figure.
const (
	Approx = "approx" // khoảng, gần, xấp xỉ
	Over   = "over"   // hơn, trên, trở lên, vượt
	Under  = "under"  // dưới, không quá
)

// Canonical units of measure.
const (
	VND     = "VND"
	Percent = "%"
	People  = "người"
	House   = "hộ"
	Targets = "chỉ tiêu"
)

// Fact is one figure about one indicator of one unit in one year.
type Fact struct {
	Source    string   `json:"source"`
	Unit      string   `json:"unit"`
	Indicator string   `json:"indicator"`
	Year      int      `json:"year"`
	Kind      Kind     `json:"kind"`
	Value     float64  `json:"value"`
	UOM       string   `json:"uom"`
	Estimate  bool     `json:"estimate,omitempty"`
	Qualifier string   `json:"qualifier,omitempty"`
	ValueMax  *float64 `json:"value_max,omitempty"`
	AsOf      string   `json:"as_of,omitempty"`
	Evidence  string   `json:"evidence,omitempty"`

	// Origin is where the fact was read from ("facts.csv:12"), for messages
	// and the sources sheet; it is not part of the file format.
	Origin string `json:"-"`
	// Line is the line of the document Source on which Evidence starts
	// (for .html and .docx, its paragraph), when the fact was extracted
	// here; 0 when not known. Not part of the file format either.
	Line int `json:"-"`
}

// Check makes f canonical where that is unambiguous (a unit of measure as
// people type it, "tỷ đồng", becomes VND with the value scaled) and returns
// what is still wrong with it, as problems without a place (the reader that
// knows the file and line fills them in); nil when f is valid. Unknown
// indicator codes are not checked here: that is the catalog's business,
// and only a warning.
func (f *Fact) Check() diag.List {
	f.canonicalUOM()
	var ps diag.List
	bad := func(format string, args ...any) { ps = append(ps, diag.Errorf("", 0, format, args...)) }
	for _, req := range []struct{ name, v string }{
		{"source", f.Source}, {"unit", f.Unit}, {"indicator", f.Indicator}, {"uom", f.UOM},
	} {
		if strings.TrimSpace(req.v) == "" {
			bad("missing field %s", req.name)
		}
	}
	if f.Year < 1900 || f.Year > 2200 {
		bad("year %s is out of range (1900-2200)", strconv.Itoa(f.Year)) // a year, not a quantity: no thousands separator
	}
	if !f.Kind.Valid() {
		bad("unknown kind %q (want plan, actual, pct_of_plan, pct_of_prev or change_vs_prev)", string(f.Kind))
	}
	if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
		bad("value is not a finite number")
	} else {
		ps = append(ps, f.checkRange("value", f.Value)...)
	}
	if f.ValueMax != nil {
		if m := *f.ValueMax; math.IsNaN(m) || math.IsInf(m, 0) {
			bad("value_max is not a finite number")
		} else {
			ps = append(ps, f.checkRange("value_max", m)...)
		}
	}
	switch f.Qualifier {
	case "", Approx, Over, Under:
	default:
		bad("unknown qualifier %q (want approx, over or under)", f.Qualifier)
	}
	if f.AsOf != "" && !validDate(f.AsOf) {
		bad("as_of %q is not a date YYYY-MM-DD", f.AsOf)
	}
	return ps
}

func init() {
	diag.Register(map[string]string{
		"missing field %s":                    "thiếu trường %s",
		"year %s is out of range (1900-2200)": "năm %s nằm ngoài khoảng 1900-2200",
		"unknown kind %q (want plan, actual, pct_of_plan, pct_of_prev or change_vs_prev)": "loại %q không hợp lệ (cần plan, actual, pct_of_plan, pct_of_prev hoặc change_vs_prev)",
		"value is not a finite number":                      "giá trị không phải là số hữu hạn",
		"value_max is not a finite number":                  "giá trị tối đa không phải là số hữu hạn",
		"unknown qualifier %q (want approx, over or under)": "từ định tính %q không hợp lệ (cần approx, over hoặc under)",
		"as_of %q is not a date YYYY-MM-DD":                 "as_of %q không phải ngày dạng YYYY-MM-DD",
	})
}

func validDate(s string) bool {
	var y, m, d int
	if len(s) != 10 {
		return false
	}
	if n, err := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); n != 3 || err != nil {
		return false
	}
	return y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}
