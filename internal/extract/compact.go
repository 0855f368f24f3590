package extract

import (
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/vnnum"
)

// compactPairs reads the second figure of report notation's pair "X
// unit/Y unit", the result and then its plan with the unit written twice
// ("thu ngân sách đạt 17,1 tỷ đồng/13,5 tỷ đồng", "ước đạt 1.384 tỷ
// đồng/1.330 tỷ đồng", "đạt 96,5%/95%"): vnnum takes a number glued after
// a slash for part of a code ("QĐ/123") and skips it, so the plan was
// never a figure. It is added after its result when it has the result's
// unit of measure (money with money, a percentage with a percentage) and
// ends within the window read; other slashes (a date, "đồng/người", a
// document number) are left as they are. amounts are in text order and
// stay so.
func compactPairs(text string, amounts []vnnum.Amount) []vnnum.Amount {
	for i := 0; i < len(amounts); i++ {
		a := amounts[i]
		if a.Form != vnnum.Plain || a.UOM != "VND" && a.UOM != "%" || a.Noun != "" {
			continue
		}
		at := a.End
		if at+1 >= len(text) || text[at] != '/' || !isDigitByte(text[at+1]) {
			continue
		}
		if i+1 < len(amounts) && amounts[i+1].Start <= at+1 {
			continue // read already
		}
		end := min(len(text), at+1+48)
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end--
		}
		window := text[at+1 : end]
		next := scan(window)
		if len(next) == 0 {
			continue
		}
		b := next[0]
		if b.Start != 0 || b.Form != vnnum.Plain || b.UOM != a.UOM || b.Noun != "" || b.End >= len(window) && end < len(text) {
			continue
		}
		b.Start, b.NumStart, b.End = b.Start+at+1, b.NumStart+at+1, b.End+at+1
		amounts = append(amounts, vnnum.Amount{})
		copy(amounts[i+2:], amounts[i+1:])
		amounts[i+1] = b
		i++
	}
	return amounts
}

// barePairPlan reports the second figure of a compact pair written with a
// bare slash ("17,1 tỷ đồng/13,5 tỷ đồng", read by compactPairs): nothing
// but the slash stands between it and the figure before.
func barePairPlan(f *figure) bool {
	pre := f.pre()
	return len(pre) == 1 && pre[0].s == "/" && f.prevEnd == pre[0].start
}
