package xlsx

import "math"

// Neither Excel nor LibreOffice can keep rows together across a page
// break, so a unit sheet's signature block could print alone on its last
// page. The writer estimates where pages break, the way LibreOffice lays
// the sheet out, and where the signature would stand alone or near the
// foot of a page it puts a manual break before the table's last rows, so
// that they and the signature share a page.

// Geometry of a printed sheet, measured on LibreOffice's PDF output of
// our workbooks (Times New Roman, default row height 15 pt); Excel lays
// out a little differently, which keepMargin covers.
const (
	ptPerWidth   = 5.58 // points per unit of column width
	defaultRowPt = 15   // a row without a set height (sheetFormatPr defaultRowHeight)
	// The estimate may be off by a few rows either way (Excel, other
	// fonts, rounding): the signature counts as safe only with
	// keepMargin points (before scaling) left under it on its page and
	// at least keepSlack rows of the table above it on that page.
	keepMargin = 3 * defaultRowPt
	keepSlack  = 3
	// keepRows is how many of the table's last rows go with the signature.
	keepRows = 2
)

// Paper and margins of page(), in points.
const (
	a4Short   = 210 / mmPerInch * 72
	a4Long    = 297 / mmPerInch * 72
	marginsLR = (30 + 15) / mmPerInch * 72
	marginsTB = (20 + 20) / mmPerInch * 72
)

// sheetLayout is what the page-break estimate needs of a unit sheet.
type sheetLayout struct {
	widths   []float64       // column widths, in width units
	heights  map[int]float64 // row heights set, in points; others are default
	headings map[int]bool    // section heading rows
	// Rows: print titles repeated on every page, the table's data rows,
	// and the signature block's last row.
	titleFirst, titleLast int
	firstData, lastData   int
	sigLast               int
}

func (l *sheetLayout) height(r int) float64 {
	if h, ok := l.heights[r]; ok && h > 0 {
		return h
	}
	return defaultRowPt
}

// scale is the fit-to-width factor and usable the printable height (in
// points at 100 %) of the sheet's page.
func (l *sheetLayout) page() (scale, usable float64) {
	w, h := a4Short, a4Long
	if len(l.widths) > wideTable {
		w, h = h, w
	}
	total := 0.0
	for _, c := range l.widths {
		total += c * ptPerWidth
	}
	scale = 1.0
	if total > 0 {
		// Print scales are whole percents.
		scale = math.Min(1, math.Floor((w-marginsLR)/total*100)/100)
	}
	return scale, h - marginsTB
}

// signatureBreak returns the row a manual page break should come before
// so the signature block does not stand alone, or 0 when none is needed.
func (l *sheetLayout) signatureBreak() int {
	if l.lastData < l.firstData {
		return 0
	}
	scale, usable := l.page()
	capacity := usable / scale
	titles := 0.0
	for r := l.titleFirst; r <= l.titleLast; r++ {
		titles += l.height(r)
	}
	y, pageStart := 0.0, 1
	for r := 1; r <= l.sigLast; r++ {
		h := l.height(r)
		if y+h > capacity && r > 1 {
			y, pageStart = titles, r
		}
		y += h
	}
	if pageStart <= l.lastData-keepSlack && capacity-y >= keepMargin {
		return 0
	}
	b := max(l.lastData-keepRows+1, l.firstData)
	// A section heading goes with its rows.
	for b > l.firstData && l.headings[b-1] {
		b--
	}
	if b <= l.titleLast+1 {
		return 0 // the whole table would move: nothing is gained
	}
	return b
}
