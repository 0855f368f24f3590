package vnnum

import "strings"

var digitWords = [...]string{"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"}

// Words writes n in Vietnamese words with the reading rules of "Bằng chữ"
// lines: mốt for a final 1 after tens of 20 and more, tư for a final 4 after
// such tens, lăm for a final 5 after any tens, linh for a zero tens digit,
// mười for 10–19 and mươi above. Groups below the leading one are read in
// full ("một nghìn không trăm linh năm"). Words(1651346000000) ==
// "một nghìn sáu trăm năm mươi mốt tỷ ba trăm bốn mươi sáu triệu".
// The first letter is lower case so the words can follow other text; a
// "Bằng chữ" line capitalises it. Negative numbers start with "âm".
func Words(n int64) string {
	if n == 0 {
		return "không"
	}
	var b strings.Builder
	u := uint64(n)
	if n < 0 {
		b.WriteString("âm ")
		u = uint64(-(n + 1)) + 1 // -MinInt64 overflows int64
	}
	writeWords(&b, u, false)
	return b.String()
}

// writeWords writes u > 0; full says a higher part was already written.
func writeWords(b *strings.Builder, u uint64, full bool) {
	if u >= 1e9 {
		writeWords(b, u/1e9, full)
		b.WriteString(" tỷ")
		if r := u % 1e9; r > 0 {
			b.WriteByte(' ')
			writeWords(b, r, true)
		}
		return
	}
	groups := [3]uint64{u / 1e6, u / 1e3 % 1e3, u % 1e3}
	scales := [3]string{" triệu", " nghìn", ""}
	wrote := false
	for k, g := range groups {
		if g == 0 {
			continue
		}
		if wrote {
			b.WriteByte(' ')
		}
		writeGroup(b, int(g), full || wrote)
		b.WriteString(scales[k])
		wrote = true
	}
}

// writeGroup writes 1..999; full reads the hundreds even when zero.
func writeGroup(b *strings.Builder, g int, full bool) {
	h, t, u := g/100, g/10%10, g%10
	sep := ""
	if h > 0 || full {
		b.WriteString(digitWords[h])
		b.WriteString(" trăm")
		sep = " "
	}
	switch {
	case t == 0 && u == 0:
	case t == 0:
		b.WriteString(sep)
		if h > 0 || full {
			b.WriteString("linh ")
		}
		b.WriteString(digitWords[u])
	case t == 1:
		b.WriteString(sep)
		b.WriteString("mười")
		switch u {
		case 0:
		case 5:
			b.WriteString(" lăm")
		default:
			b.WriteString(" " + digitWords[u])
		}
	default:
		b.WriteString(sep)
		b.WriteString(digitWords[t])
		b.WriteString(" mươi")
		switch u {
		case 0:
		case 1:
			b.WriteString(" mốt")
		case 4:
			b.WriteString(" tư")
		case 5:
			b.WriteString(" lăm")
		default:
			b.WriteString(" " + digitWords[u])
		}
	}
}
