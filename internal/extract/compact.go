package extract

import (
	"sort"
	"strings"
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

// bracketMoneyPairs reads report notation's bracketed pair "(A/B <money
// unit>)", the result and then its plan with the unit written once, after
// both ("đạt 100% kế hoạch (814,3/814,3 tỷ đồng)", "(12/14 tỷ đồng)"):
// vnnum skips a decimal glued to a slash and reads whole numbers as a
// count "12/14" with no unit, so neither was money. A takes B's unit and
// ends at the slash, B follows it as compactPairs' pair does (barePairPlan
// reads it as the plan). Only a pair that fills its bracket is read.
func bracketMoneyPairs(text string, amounts []vnnum.Amount) []vnnum.Amount {
	if strings.IndexByte(text, '/') < 0 {
		return amounts // no pair without its slash
	}
	for open := 0; open < len(text); open++ {
		j := strings.IndexByte(text[open:], '(')
		if j < 0 {
			break
		}
		open += j
		i := open + 1
		for i < len(text) && text[i] == ' ' {
			i++
		}
		aStart := i
		aEnd := numRun(text, i)
		if aEnd == aStart || aEnd >= len(text) || text[aEnd] != '/' {
			continue
		}
		bStart := aEnd + 1
		bNumEnd := numRun(text, bStart)
		if bNumEnd == bStart {
			continue
		}
		end := min(len(text), bStart+48)
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end--
		}
		next := scan(text[bStart:end])
		if len(next) == 0 {
			continue
		}
		b := next[0]
		if b.Start != 0 || b.Form != vnnum.Plain || b.UOM != "VND" || b.Noun != "" {
			continue
		}
		b.Start, b.NumStart, b.End = b.Start+bStart, b.NumStart+bStart, b.End+bStart
		k := b.End
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k >= len(text) || text[k] != ')' {
			continue
		}
		a, ok := withUnitOf(text, aStart, aEnd, bNumEnd, b.End)
		if !ok {
			continue
		}
		amounts = byStart(append(withoutOverlap(amounts, aStart, b.End), a, b))
		open = b.End
	}
	return amounts
}

// decimalMoneyPairs reads report notation's pair "A/B <money unit>"
// outside a bracket when a decimal comma stands in it ("giải ngân … là
// 2.532,015/2.579,003 tỷ đồng", "đạt 45,6/52,25 tỷ đồng"): vnnum reads
// whole numbers "45.799/36.875" as a fraction that resultPair weighs,
// but skips a decimal glued to a slash, so neither figure was read. A
// takes B's unit and ends at the slash; B follows it, the plan (see
// barePairPlan). A pair already read in part, a date or a code glued to
// letters before A ("QĐ/12,5") is left as it is.
func decimalMoneyPairs(text string, amounts []vnnum.Amount) []vnnum.Amount {
	for from := 0; from < len(text); {
		j := strings.IndexByte(text[from:], '/')
		if j < 0 {
			break
		}
		sl := from + j
		from = sl + 1
		aStart := numRunBefore(text, sl)
		if aStart == sl || !isDigitByte(text[aStart]) || aStart > 0 && text[aStart-1] != ' ' && text[aStart-1] != '(' {
			continue
		}
		aEnd := numRun(text, aStart)
		bStart := sl + 1
		bNumEnd := numRun(text, bStart)
		if aEnd != sl || bNumEnd == bStart || !strings.ContainsRune(text[aStart:bNumEnd], ',') {
			continue
		}
		end := min(len(text), bStart+48)
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end--
		}
		next := scan(text[bStart:end])
		if len(next) == 0 {
			continue
		}
		b := next[0]
		if b.Start != 0 || b.Form != vnnum.Plain || b.UOM != "VND" || b.Noun != "" || b.End >= end-bStart && end < len(text) {
			continue
		}
		b.Start, b.NumStart, b.End = b.Start+bStart, b.NumStart+bStart, b.End+bStart
		read := false
		for _, c := range amounts {
			if c.End > aStart && c.Start < b.End {
				read = true
				break
			}
		}
		if read {
			continue
		}
		a, ok := withUnitOf(text, aStart, aEnd, bNumEnd, b.End)
		if !ok {
			continue
		}
		amounts = byStart(append(amounts, a, b))
		from = b.End
	}
	return amounts
}

// bracketPairResult reports the first figure of a bracketed pair "(A/B
// …)" read by bracketMoneyPairs or compactPairs: an opening bracket
// right before it and a slash glued to its end, a figure right after.
func bracketPairResult(f *figure) bool {
	pre, post := f.pre(), f.post()
	return len(pre) > 0 && pre[len(pre)-1].s == "(" && len(post) == 1 && post[0].s == "/" && post[0].start == f.a.End
}

// slashPairResult reports the first figure of a pair "A/B <money unit>"
// outside a bracket, read by decimalMoneyPairs: money whose written
// number ends in a digit glued to a slash, the plan right after it.
func slashPairResult(f *figure) bool {
	if f.a.UOM != "VND" || f.a.End <= f.a.NumStart || !isDigitByte(f.p.text[f.a.End-1]) {
		return false
	}
	pre, post := f.pre(), f.post()
	if len(pre) > 0 && pre[len(pre)-1].s == "(" {
		return false // bracketPairResult's
	}
	return len(post) == 1 && post[0].s == "/" && post[0].start == f.a.End && f.nextStart == f.a.End+1
}

// numRun returns the end of the run of digits, dots and commas at i that
// starts and ends with a digit (i itself when there is none).
func numRun(text string, i int) int {
	if i >= len(text) || !isDigitByte(text[i]) {
		return i
	}
	j := i
	for j < len(text) && (isDigitByte(text[j]) || (text[j] == '.' || text[j] == ',') && j+1 < len(text) && isDigitByte(text[j+1])) {
		j++
	}
	return j
}

// numRunBefore returns the start of the digits, dots and commas right
// before end (end itself when there are none): the first figure of a pair
// "A/B", read back from its slash.
func numRunBefore(text string, end int) int {
	i := end
	for i > 0 && (isDigitByte(text[i-1]) || text[i-1] == '.' || text[i-1] == ',') {
		i--
	}
	return i
}

// withUnitOf reads the bare number text[aStart:aEnd] of a pair with the
// unit of money its second figure writes after its number
// (text[bNumEnd:bEnd]), as the pair readers do: the amount, placed on the
// bare number, when the two read together as one plain amount of money.
func withUnitOf(text string, aStart, aEnd, bNumEnd, bEnd int) (vnnum.Amount, bool) {
	s := text[aStart:aEnd] + text[bNumEnd:bEnd]
	as := scan(s)
	if len(as) != 1 || as[0].Start != 0 || as[0].End != len(s) || as[0].UOM != "VND" || as[0].Form != vnnum.Plain {
		return vnnum.Amount{}, false
	}
	a := as[0]
	a.Start, a.NumStart, a.End = aStart, aStart, aEnd
	return a, true
}

// withoutOverlap returns the amounts that lie outside [lo, hi), in a new
// slice (the caller may still range over the old one).
func withoutOverlap(amounts []vnnum.Amount, lo, hi int) []vnnum.Amount {
	kept := amounts[:0:0]
	for _, c := range amounts {
		if c.End <= lo || c.Start >= hi {
			kept = append(kept, c)
		}
	}
	return kept
}

// byStart sorts amounts by where they start, keeping the order of those
// that start together.
func byStart(amounts []vnnum.Amount) []vnnum.Amount {
	sort.SliceStable(amounts, func(p, q int) bool { return amounts[p].Start < amounts[q].Start })
	return amounts
}

// labelledMoneyPairs reads report notation's pair whose plan is labelled
// by its initials and whose unit is written once, after the plan: "thu
// ngân sách TH 1.265/KH 1.100 tỷ đồng", "ƯTH 1.265/DT 1.100 tỷ đồng", as
// "1.265 tỷ đồng/KH 1.100 tỷ đồng" is read with the unit written twice.
// The bare number before the slash takes the plan's unit of money (a
// number read already there is replaced); the plan is read as it was.
func labelledMoneyPairs(text string, amounts []vnnum.Amount) []vnnum.Amount {
	if strings.IndexByte(text, '/') < 0 {
		return amounts
	}
	for bi := 0; bi < len(amounts); bi++ {
		b := amounts[bi]
		if b.Form != vnnum.Plain || b.UOM != "VND" || b.Noun != "" || b.NumStart != b.Start {
			continue
		}
		k := b.Start
		for k > 0 && text[k-1] == ' ' {
			k--
		}
		lab := k
		for lab > 0 && text[lab-1] >= 'A' && text[lab-1] <= 'Z' {
			lab--
		}
		switch text[lab:k] {
		case "KH", "DT", "NQ":
		default:
			continue
		}
		sl := lab
		for sl > 0 && text[sl-1] == ' ' {
			sl--
		}
		if sl == 0 || text[sl-1] != '/' {
			continue
		}
		aEnd := sl - 1
		aStart := numRunBefore(text, aEnd)
		if aStart == aEnd || !isDigitByte(text[aStart]) || aStart > 0 && text[aStart-1] != ' ' {
			continue
		}
		bNumEnd := numRun(text, b.NumStart)
		if bNumEnd <= b.NumStart || bNumEnd >= b.End {
			continue
		}
		a, ok := withUnitOf(text, aStart, aEnd, bNumEnd, b.End)
		if !ok {
			continue
		}
		amounts = byStart(append(withoutOverlap(amounts, aStart, aEnd), a))
		bi = 0
		for bi < len(amounts) && amounts[bi].Start <= b.Start {
			bi++
		}
		bi--
	}
	return amounts
}
