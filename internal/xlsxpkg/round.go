package xlsxpkg

import (
	"math"
	"strconv"
)

// Round is Excel's ROUND(x, digits): half away from zero, on the number
// as Excel shows it, to 15 significant digits. ROUND(1.005, 2) is 1.01 in
// Excel (and LibreOffice) although the double nearest 1.005 lies just
// under it; a cached result must say what Excel would say.
func Round(x float64, digits int) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	// d.dddddddddddddde±XX: 15 significant digits, as Excel keeps them.
	s := strconv.FormatFloat(math.Abs(x), 'e', 14, 64)
	mant, _ := strconv.ParseInt(s[:1]+s[2:16], 10, 64)
	exp, _ := strconv.Atoi(s[17:])
	// mant × 10^(exp-14); keep the digits down to 10^-digits.
	keep := digits + exp + 1 // significant digits kept
	switch {
	case keep >= 15:
		return x
	case keep < 0:
		return math.Copysign(0, x)
	}
	p := int64(1)
	for range 15 - keep {
		p *= 10
	}
	q, r := mant/p, mant%p
	if 2*r >= p {
		q++
	}
	v, _ := strconv.ParseFloat(strconv.FormatInt(q, 10)+"e"+strconv.Itoa(exp-14+15-keep), 64)
	return math.Copysign(v, x)
}
