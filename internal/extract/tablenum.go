package extract

import (
	"strings"
	"unicode"

	"github.com/chitieu/chitieu/internal/vnnum"
)

// Numbers in table cells. Vietnamese tables write 1.971.000 and 9,30;
// bilingual statistical tables print 1,971,000 and 9.30. A cell is read by
// what is unambiguous in it and in its column (spec, "Settled cases"): two
// or more three-digit groups after commas, or a dot followed by other than
// three digits, say English; two or more groups after dots, or a comma
// followed by other than three digits, say Vietnamese. A cell that says
// nothing ("29,500", "1.250") follows its column, then its table, then
// Vietnamese.

// numStyle is how a column writes its numbers.
type numStyle int

const (
	styleUnknown numStyle = iota
	styleVietnamese
	styleEnglish
)

// cellStyle returns the style a cell's numbers show unambiguously.
func cellStyle(s string) numStyle {
	vi, en := false, false
	for i := 0; i < len(s); {
		if !isDigitByte(s[i]) {
			i++
			continue
		}
		// A run of digits and separators: its groups and separators.
		var seps []byte
		var groups []int
		n := 0
		j := i
		for ; j < len(s); j++ {
			c := s[j]
			if isDigitByte(c) {
				n++
				continue
			}
			if (c == '.' || c == ',') && j+1 < len(s) && isDigitByte(s[j+1]) {
				seps = append(seps, c)
				groups = append(groups, n)
				n = 0
				continue
			}
			break
		}
		groups = append(groups, n)
		i = j
		if len(seps) == 0 {
			continue
		}
		last := seps[len(seps)-1]
		mixed := false
		for _, c := range seps {
			mixed = mixed || c != last
		}
		switch {
		case mixed: // the last separator is the decimal one
			en = en || last == '.'
			vi = vi || last == ','
		case len(seps) >= 2:
			grouped := true
			for _, g := range groups[1:] {
				grouped = grouped && g == 3
			}
			if grouped {
				en = en || last == ','
				vi = vi || last == '.'
			}
		case groups[1] != 3:
			en = en || last == '.'
			vi = vi || last == ','
		}
	}
	switch {
	case en && !vi:
		return styleEnglish
	case vi && !en:
		return styleVietnamese
	}
	return styleUnknown
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// toVietnamese rewrites English-style numbers of s in the Vietnamese way,
// for vnnum: "1,971,000" → "1971000", "9.30" → "9,30".
func toVietnamese(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == ',' || c == '.') && i > 0 && isDigitByte(s[i-1]) && i+1 < len(s) && isDigitByte(s[i+1]) {
			if c == '.' {
				b.WriteByte(',')
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// symbolQualifiers are the comparison signs tables print before a figure,
// as the words vnnum reads.
var symbolQualifiers = strings.NewReplacer("<=", "không quá ", ">=", " ", "≤", "không quá ", "≥", " ", "<", "dưới ", ">", "trên ")

// cellAmount reads the one figure of a value cell in the given style; ok
// is false for an empty cell, a placeholder, text, or several figures.
func cellAmount(s string, style numStyle) (vnnum.Amount, bool) {
	s = strings.TrimSpace(s)
	if s == "" || !strings.ContainsAny(s, "0123456789") {
		return vnnum.Amount{}, false
	}
	if style == styleEnglish {
		s = toVietnamese(s)
	}
	// "250 (tổng 5 năm)", "6.065,2 (giảm 28,3% so với …)": a note in
	// brackets after the figure says what it is, and is not the figure.
	if i := strings.Index(s, " ("); i > 0 && strings.ContainsAny(s[:i], "0123456789") && strings.HasSuffix(s, ")") && hasLetter(s[i:]) {
		s = strings.TrimSpace(s[:i])
	}
	geq := strings.Contains(s, "≥") || strings.Contains(s, ">=")
	s = symbolQualifiers.Replace(s)
	as := vnnum.Scan(s)
	if len(as) != 1 {
		return vnnum.Amount{}, false
	}
	a := as[0]
	// The figure must be the cell: no words but its qualifier and unit.
	rest := strings.TrimSpace(s[:a.Start] + " " + s[a.End:])
	if rest != "" && !strings.HasPrefix(rest, "(") {
		return vnnum.Amount{}, false
	}
	if geq && a.Qualifier == "" {
		a.Qualifier = "over"
	}
	return a, true
}

// hasLetter reports a letter in s.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
