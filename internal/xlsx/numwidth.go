package xlsx

import (
	"math"
	"strconv"

	"github.com/chitieu/chitieu/internal/report"
)

// One number format per column of a table that holds one indicator
// (Tổng hợp), and per indicator where a column holds several (a unit
// sheet's rows, So sánh KH-TH, Nguồn): the decimals the most precise figure
// needs, so 1.842,00 stands over 4.435,98 rather than 1.842 beside it.

// maxWidth bounds a column: Excel refuses widths over 255, and a figure
// wider than this is no figure a report prints.
const maxWidth = 60

// decimalsOf is the decimals one format gives all of vs (0 to 2).
func decimalsOf(m report.Measure, vs ...float64) int {
	d := 0
	for _, v := range vs {
		d = max(d, decimals(m, v))
	}
	return d
}

// fixedWidth is the column width v needs with d decimals: its digits, the
// group separators, the decimal part and a sign, with a margin of two.
func fixedWidth(v float64, d int) float64 {
	s := strconv.FormatFloat(math.Abs(v), 'f', d, 64)
	digits := len(s)
	if d > 0 {
		digits -= d + 1
	}
	n := digits + (digits-1)/3
	if d > 0 {
		n += d + 1
	}
	if v < 0 {
		n++
	}
	return math.Min(float64(n)+2, maxWidth)
}

// decimalsBy is the decimals of each group of figures (an indicator's).
type decimalsBy map[string]int

func (db decimalsBy) add(key string, m report.Measure, v float64) {
	db[key] = max(db[key], decimals(m, v))
}
