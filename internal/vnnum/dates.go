package vnnum

// Date is a calendar date written in the text: one of the things Scan
// skips. A part that is not written is 0 ("22/12" has no Year, "tháng
// 12/2023" no Day).
type Date struct {
	Year, Month, Day int
	Start, End       int // byte offsets, the lead word ("ngày", "tháng") included
}

// ScanDates finds the dates in text, left to right: 31-10-2024,
// 16/12/2022, "16-12- 2022", 2024-10-31, "ngày 31 tháng 10 năm 2024",
// "tháng 10 năm 2024", "tháng 12/2023", and a day and month after a day
// word ("Sáng 26-12", "ngày 16/12"). A bare year is not a date.
func ScanDates(text string) []Date {
	var out []Date
	s := text
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		if glued(s, i) {
			i = skipGlued(s, i)
			continue
		}
		if dt, ok := dateWordsAt(s, i); ok {
			out = append(out, dt)
			i = dt.End
			continue
		}
		if y, m, d, e, ok := dateParts(s, i); ok {
			out = append(out, Date{Year: y, Month: m, Day: d, Start: i, End: e})
			i = e
			continue
		}
		n := readDigits(s, i)
		pw, pws, ok := prevWord(s, i)
		low := ""
		if ok {
			low = lowerOf(pw)
		}
		if n.ok && n.isInt() && n.digits <= 2 && n.v >= 1 && n.v <= 31 && n.end+1 < len(s) && (s[n.end] == '-' || s[n.end] == '/') {
			k := digitRun(s, n.end+1)
			m := atoiRun(s[n.end+1 : k])
			if k-n.end-1 >= 1 && k-n.end-1 <= 2 && m >= 1 && m <= 12 && (k == len(s) || (!isDigit(s[k]) && s[k] != '/')) &&
				(dayIndex[low] || low == "đến" || low == "từ" || float64(m) < n.v) {
				start := i
				if dayIndex[low] && low != "nay" {
					start = pws
				}
				out = append(out, Date{Month: m, Day: int(n.v), Start: start, End: k})
				i = k
				continue
			}
		}
		if n.end > i {
			i = n.end
		} else {
			i++
		}
	}
	return out
}

// dateWordsAt reads "[ngày] D tháng M [năm Y]", "tháng M năm Y" and
// "tháng M/YYYY" where the number at i is D or M.
func dateWordsAt(s string, i int) (Date, bool) {
	pw, pws, ok := prevWord(s, i)
	if !ok {
		return Date{}, false
	}
	low := lowerOf(pw)
	n := readDigits(s, i)
	if !n.ok || !n.isInt() || n.digits > 2 {
		return Date{}, false
	}
	v := int(n.v)
	switch low {
	case "ngày":
		if v < 1 || v > 31 {
			return Date{}, false
		}
		q := skipSpace(s, n.end)
		e, ok := phraseAt(s, q, "tháng")
		if !ok {
			return Date{}, false
		}
		q = skipSpace(s, e)
		if q == e || q >= len(s) || !isDigit(s[q]) {
			return Date{}, false
		}
		m := readDigits(s, q)
		if !m.ok || !m.isInt() || m.v < 1 || m.v > 12 || m.digits > 2 {
			return Date{}, false
		}
		dt := Date{Day: v, Month: int(m.v), Start: pws, End: m.end}
		dt.Year, dt.End = yearAfter(s, m.end)
		if dt.Year == 0 {
			dt.End = m.end
		}
		return dt, true
	case "tháng":
		if v < 1 || v > 12 {
			return Date{}, false
		}
		if n.end+1 < len(s) && s[n.end] == '/' {
			k := digitRun(s, n.end+1)
			if y := atoiRun(s[n.end+1 : k]); k-n.end-1 == 4 && y >= 1900 && y <= 2100 {
				return Date{Year: y, Month: v, Start: pws, End: k}, true
			}
			return Date{}, false
		}
		if y, e := yearAfter(s, n.end); y != 0 {
			return Date{Year: y, Month: v, Start: pws, End: e}, true
		}
	}
	return Date{}, false
}

// yearAfter reads " năm YYYY" at p.
func yearAfter(s string, p int) (int, int) {
	q := skipSpace(s, p)
	e, ok := phraseAt(s, q, "năm")
	if !ok {
		return 0, p
	}
	q = skipSpace(s, e)
	if q == e || q >= len(s) || !isDigit(s[q]) {
		return 0, p
	}
	y := readDigits(s, q)
	if !y.ok || !y.isYear() {
		return 0, p
	}
	return int(y.v), y.end
}
