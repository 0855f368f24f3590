package extract

import (
	"strconv"
	"strings"
)

// needsNFC reports whether text may hold decomposed Vietnamese: combining
// marks U+0300–U+036F start with bytes 0xCC or 0xCD in UTF-8. Document
// text is NFC already; this keeps NFD input working without paying for a
// normalisation pass on every document.
func needsNFC(text string) bool {
	return strings.IndexByte(text, 0xCC) >= 0 || strings.IndexByte(text, 0xCD) >= 0
}

// dateHeader reads " date 2023-11 rest".
func dateHeader(l string) (y, m int, rest string, ok bool) {
	t := strings.TrimLeft(l, " \t")
	if !strings.HasPrefix(t, "date ") || len(t) < 12 {
		return 0, 0, l, false
	}
	y, err1 := strconv.Atoi(t[5:9])
	m, err2 := strconv.Atoi(t[10:12])
	if err1 != nil || err2 != nil || t[9] != '-' || m < 1 || m > 12 {
		return 0, 0, l, false
	}
	// Keep byte offsets of the rest meaningful: blank out the header.
	off := len(l) - len(t) + 12
	return y, m, strings.Repeat(" ", off) + l[off:], true
}

// linkPrefixes start lines that point to other articles.
var linkPrefixes = []string{"xem thêm", "đọc thêm", "tin liên quan:", ">>", "bài liên quan"}

// isLinkLine reports a related-article line of the page ("- 11-01-2025Huyện
// ngoại thành …"): a date glued to a headline.
func isLinkLine(p para) bool {
	t := strings.TrimSpace(p.text)
	for _, pre := range linkPrefixes {
		if strings.HasPrefix(p.lower[len(p.text)-len(strings.TrimLeft(p.text, " \t")):], pre) {
			return true
		}
	}
	if !strings.HasPrefix(t, "-") && !strings.HasPrefix(t, "•") {
		return false
	}
	i := 0
	for i < len(p.toks) && !p.toks[i].word {
		i++
	}
	_, ok := dateAt(p.toks, i)
	return ok
}
