package xlsx

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/report"
)

// Sheet names of the report workbook; a unit must not take them.
const (
	SheetSummary = "Tổng hợp"
	SheetCompare = "So sánh KH-TH"
	SheetSources = "Nguồn"
	SheetChecks  = "Kiểm tra"
)

// reservedSheet is a name Excel keeps for itself (the change history of a
// shared workbook): a sheet of that name makes Excel repair the file.
const reservedSheet = "History"

// maxSheetName is Excel's limit, in characters.
const maxSheetName = 31

// SafeSheetName replaces what Excel forbids in sheet names (: \ / ? * [ ]
// and control characters), drops apostrophes at either end (Excel rejects
// them there) and trims to 31 characters; an empty name becomes "Đơn vị".
func SafeSheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case ':', '\\', '/', '?', '*', '[', ']':
			return '-'
		}
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	s = strings.Trim(strings.TrimSpace(s), "'")
	if s == "" {
		s = "Đơn vị"
	}
	return truncRunes(s, maxSheetName)
}

func truncRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n]))
}

// SheetNamer hands out safe, unique sheet names, comparing
// case-insensitively as Excel does. "History" is always taken.
type SheetNamer struct{ taken map[string]bool }

// NewSheetNamer returns a namer for a workbook that already has (or will
// have) the reserved sheets.
func NewSheetNamer(reserved ...string) *SheetNamer {
	n := &SheetNamer{taken: map[string]bool{strings.ToLower(reservedSheet): true}}
	for _, r := range reserved {
		n.taken[strings.ToLower(r)] = true
	}
	return n
}

// Name returns want made safe and unique: a clash gets " (2)", " (3)" …,
// cutting the base so the suffix still fits the limit.
func (n *SheetNamer) Name(want string) string {
	base := SafeSheetName(want)
	s := base
	for i := 2; n.taken[strings.ToLower(s)]; i++ {
		suf := " (" + strconv.Itoa(i) + ")"
		s = truncRunes(base, maxSheetName-utf8.RuneCountInString(suf)) + suf
	}
	n.taken[strings.ToLower(s)] = true
	return s
}

// UnitSheets names the unit sheets of the report workbook, in unit order,
// beside its own four sheets.
func UnitSheets(r *report.Report) map[*report.Unit]string {
	n := NewSheetNamer(SheetSummary, SheetCompare, SheetSources, SheetChecks)
	out := make(map[*report.Unit]string, len(r.Units))
	for _, u := range r.Units {
		out[u] = n.Name(u.Short)
	}
	return out
}
