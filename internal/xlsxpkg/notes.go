package xlsxpkg

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Cell notes are written here, not with excelize's AddComment: AddComment
// re-scans the package and re-serialises the sheet's drawing on every
// call, which made notes on every value cell of a 700-unit report cost
// seconds. A sheet's notes become one comments part and one VML drawing
// (the boxes Excel shows), compressed when the sheet is sealed; Close
// links them to the sheet.

// note is one cell note.
type note struct {
	col, row int // 1-based
	text     string
}

// notesOf sorts a sheet's notes by cell, as Excel lists them; a second
// note on a cell replaces the first (a cell holds one).
func notesOf(ns []note) []note {
	sort.SliceStable(ns, func(a, b int) bool {
		if ns[a].row != ns[b].row {
			return ns[a].row < ns[b].row
		}
		return ns[a].col < ns[b].col
	})
	out := ns[:0]
	for _, n := range ns {
		if k := len(out); k > 0 && out[k-1].row == n.row && out[k-1].col == n.col {
			out[k-1] = n
			continue
		}
		out = append(out, n)
	}
	return out
}

// commentsXML is the comments part of a sheet's notes.
func commentsXML(ns []note, font string) []byte {
	var b bytes.Buffer
	size := 256
	for _, n := range ns {
		size += len(n.text) + 220
	}
	b.Grow(size)
	b.WriteString(xmlHeader)
	b.WriteString(`<comments xmlns="` + nsMain + `"><authors><author>chitieu</author></authors><commentList>`)
	run := `" authorId="0"><text><r><rPr><sz val="10"/><color indexed="81"/><rFont val="` + font + `"/><family val="1"/></rPr><t xml:space="preserve">`
	buf := make([]byte, 0, 512)
	for _, n := range ns {
		buf = append(buf[:0], `<comment ref="`...)
		buf = appendCol(buf, n.col)
		buf = strconv.AppendInt(buf, int64(n.row), 10)
		buf = append(buf, run...)
		buf = appendEscaped(buf, clamp(n.text))
		buf = append(buf, `</t></r></text></comment>`...)
		b.Write(buf)
	}
	b.WriteString(`</commentList></comments>`)
	return b.Bytes()
}

// vmlXML draws the note boxes (hidden until the cell is pointed at) with
// shape ids from block (blocks of 1024, nblocks of them). The box is
// sized from the text so long evidence stays readable.
func vmlXML(ns []note, block, nblocks int) []byte {
	var b bytes.Buffer
	b.Grow(512 + 620*len(ns))
	b.WriteString(`<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">`)
	b.WriteString(`<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="`)
	for i := 0; i < nblocks; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(block + i))
	}
	b.WriteString(`"/></o:shapelayout>`)
	b.WriteString(`<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`)
	buf := make([]byte, 0, 700)
	for i, n := range ns {
		lines := 1
		for _, l := range strings.Split(n.text, "\n") {
			lines += (utf8.RuneCountInString(l) + 44) / 45
		}
		lines = min(lines, 24)
		c, r := n.col-1, n.row-1
		buf = append(buf[:0], `<v:shape id="_x0000_s`...)
		buf = strconv.AppendInt(buf, int64(block*1024+1+i), 10)
		buf = append(buf, `" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:240pt;height:`...)
		buf = strconv.AppendInt(buf, int64(lines*13+6), 10)
		// One z-index for all, as openpyxl writes them: hidden boxes
		// shown one at a time need no stacking order, and a number
		// counting up costs every note a few bytes.
		buf = append(buf, `pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>`...)
		for k, v := range [8]int{c + 1, 15, r, 2, c + 5, 15, r + lines, 4} {
			if k > 0 {
				buf = append(buf, ", "...)
			}
			buf = strconv.AppendInt(buf, int64(v), 10)
		}
		buf = append(buf, `</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>`...)
		buf = strconv.AppendInt(buf, int64(r), 10)
		buf = append(buf, `</x:Row><x:Column>`...)
		buf = strconv.AppendInt(buf, int64(c), 10)
		buf = append(buf, `</x:Column></x:ClientData></v:shape>`...)
		b.Write(buf)
	}
	b.WriteString(`</xml>`)
	return b.Bytes()
}
