package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// FormatNumber writes v with Vietnamese separators (1.651.346 and
// 4.435,98) and at most maxDec decimals, dropping trailing zeros, for the
// text chitieu writes (notes, remarks). It is local to report because the
// shared number package was not ready when this was written; it is small
// and tested here.
func FormatNumber(v float64, maxDec int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatFloat(v, 'f', maxDec, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	var b strings.Builder
	if neg && (strings.Trim(intPart, "0") != "" || frac != "") {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte(',')
		b.WriteString(frac)
	}
	return b.String()
}

// Decimals returns how many decimals (0 to maxDec) v needs once rounded
// to maxDec, so that 1842 shows as "1.842" and 4435.98 as "4.435,98".
func Decimals(v float64, maxDec int) int {
	s := strconv.FormatFloat(math.Abs(v), 'f', maxDec, 64)
	_, frac, _ := strings.Cut(s, ".")
	return len(strings.TrimRight(frac, "0"))
}

// DateLine writes the place and date line of a header: "Hoàng Mai, ngày
// 05 tháng 02 năm 2025". Decree 30/2020 pads days below 10 and the months
// 1 and 2 with a zero (so "tháng 01" is not read as "tháng 10" or "11"
// after a careless edit), and no other month. An unknown place leaves a
// dotted blank to fill by hand.
func DateLine(place string, d time.Time) string {
	if place == "" {
		place = "……………"
	}
	if d.IsZero() {
		return place + ", ngày …… tháng …… năm ……"
	}
	month := strconv.Itoa(int(d.Month()))
	if d.Month() <= time.February {
		month = "0" + month
	}
	return fmt.Sprintf("%s, ngày %02d tháng %s năm %d", place, d.Day(), month, d.Year())
}

// dmy writes an ISO date as dd/mm/yyyy, the form of dates in tables.
func dmy(iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return t.Format("02/01/2006")
}

// romans numbers the report's sections.
var romans = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
	"XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"}

func roman(i int) string {
	if i >= 1 && i <= len(romans) {
		return romans[i-1]
	}
	return strconv.Itoa(i)
}

// yearsLabel writes the subtitle's years: "Năm 2024", "Năm 2022 - 2023",
// or a list when the years are not consecutive.
func yearsLabel(ys []int) string {
	switch {
	case len(ys) == 0:
		return ""
	case len(ys) == 1:
		return "Năm " + strconv.Itoa(ys[0])
	case ys[len(ys)-1]-ys[0] == len(ys)-1:
		return fmt.Sprintf("Năm %d - %d", ys[0], ys[len(ys)-1])
	}
	var s []string
	for _, y := range ys {
		s = append(s, strconv.Itoa(y))
	}
	return "Năm " + strings.Join(s, ", ")
}
