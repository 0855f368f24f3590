package vnnum

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ParseDecimal reads a bare Vietnamese-written number: "4.435,98" -> 4435.98,
// "1.651" -> 1651, "10,74" -> 10.74. A leading "-" (or U+2212) makes it
// negative. A dot group that is not exactly three digits ("2.5") is an
// error, as is anything after the number.
func ParseDecimal(s string) (float64, error) {
	lo, hi := trimSpace(s)
	t := s[lo:hi]
	neg := false
	switch {
	case strings.HasPrefix(t, "-"), strings.HasPrefix(t, "+"):
		neg = t[0] == '-'
		t = t[1:]
	case strings.HasPrefix(t, "−"):
		neg = true
		t = t[len("−"):]
	}
	if t == "" || !isDigit(t[0]) {
		return 0, fmt.Errorf("vnnum: %q is not a number: %w", s, ErrNotFigure)
	}
	n := readDigits(t, 0)
	if !n.ok || n.end != len(t) {
		return 0, fmt.Errorf("vnnum: %q is not a Vietnamese-written number: %w", s, ErrNotFigure)
	}
	if neg {
		return -n.v, nil
	}
	return n.v, nil
}

// Format writes v with Vietnamese separators and the given number of
// decimals: Format(4435.98, 2) == "4.435,98", Format(1842, 0) == "1.842".
// Rounding is half away from zero on the shortest decimal form of v, so
// Format(2.675, 2) is "2,68" as a person reading 2.675 expects (binary
// rounding would give 2,67). A negative decimals writes as many decimals as
// v needs. NaN and infinities are written as strconv does.
//
// golang.org/x/text/message with language.Vietnamese gives the same
// separators but rounds half to even (Sprintf("%.2f", 0.125) = "0,12"), which
// is not how finance staff round, so this is done by hand.
func Format(v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	neg := v < 0
	digits := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	ip, fp, _ := strings.Cut(digits, ".")
	if decimals >= 0 {
		if len(fp) > decimals {
			up := fp[decimals] >= '5'
			fp = fp[:decimals]
			if up {
				ip, fp = roundUp(ip, fp)
			}
		}
		for len(fp) < decimals {
			fp += "0"
		}
	}
	var b strings.Builder
	if neg && strings.Trim(ip+fp, "0") != "" {
		b.WriteByte('-')
	}
	for k := 0; k < len(ip); k++ {
		if k > 0 && (len(ip)-k)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(ip[k])
	}
	if fp != "" {
		b.WriteByte(',')
		b.WriteString(fp)
	}
	return b.String()
}

// roundUp adds one unit in the last place of ip.fp.
func roundUp(ip, fp string) (string, string) {
	d := []byte(ip + fp)
	k := len(d) - 1
	for ; k >= 0; k-- {
		if d[k] == '9' {
			d[k] = '0'
			continue
		}
		d[k]++
		break
	}
	if k < 0 {
		d = append([]byte{'1'}, d...)
	}
	n := len(d) - len(fp)
	return string(d[:n]), string(d[n:])
}
