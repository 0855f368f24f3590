package xlsx

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/report"
)

// font is the one typeface of the workbook (Decree 30/2020: Times New
// Roman, Unicode).
const font = "Times New Roman"

// vi is the Vietnamese locale tag of number formats: LibreOffice then shows
// 4.435,98 whatever the system locale; Excel follows the system's
// separators.
const vi = "[$-42A]"

// st describes a cell style; the writer turns each distinct one into one
// excelize style.
type st struct {
	size         float64
	bold, italic bool
	h, v         string // horizontal, vertical alignment
	wrap         bool
	border       bool
	numFmt       string
	fill         string // background colour, hex
	color        string // font colour, hex
	indent       int
}

type styles struct {
	f   *excelize.File
	ids map[st]int
	err error
}

func (s *styles) id(k st) int {
	if k.size == 0 {
		k.size = 12
	}
	if id, ok := s.ids[k]; ok {
		return id
	}
	x := &excelize.Style{
		Font:      &excelize.Font{Family: font, Size: k.size, Bold: k.bold, Italic: k.italic, Color: k.color},
		Alignment: &excelize.Alignment{Horizontal: k.h, Vertical: k.v, WrapText: k.wrap, Indent: k.indent},
	}
	if k.v == "" {
		x.Alignment.Vertical = "center"
	}
	if k.border {
		x.Border = []excelize.Border{
			{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
			{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
		}
	}
	if k.numFmt != "" {
		f := k.numFmt
		x.CustomNumFmt = &f
	}
	if k.fill != "" {
		x.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{k.fill}}
	}
	id, err := s.f.NewStyle(x)
	if err != nil && s.err == nil {
		s.err = err
	}
	s.ids[k] = id
	return id
}

func fixedFmt(d int) string {
	if d == 0 {
		return vi + "#,##0"
	}
	return vi + "#,##0." + strings.Repeat("0", d)
}

// decStyles makes the style base with 0, 1 and 2 decimals, for rows
// written when the workbook is saved, after styles can no longer be added.
func (x *writer) decStyles(base st) [3]int {
	var ids [3]int
	for d := range ids {
		k := base
		k.numFmt = fixedFmt(d)
		ids[d] = x.st.id(k)
	}
	return ids
}

// decimals is the number of decimals a figure needs (0 to 2).
func decimals(m report.Measure, v float64) int {
	if m != report.Count || v != float64(int64(v)) {
		return report.Decimals(v, 2)
	}
	return 0
}
