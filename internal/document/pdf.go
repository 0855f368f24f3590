package document

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"

	pdf "github.com/ledongthuc/pdf"

	"github.com/chitieu/chitieu/internal/diag"
)

// PDF input. The file structure (cross-reference tables and streams,
// objects, filters, encryption with an empty password) is read by
// github.com/ledongthuc/pdf; the text is read here, from the page
// descriptions: every shown glyph with its position, decoded through the
// font's ToUnicode CMap, and every ruling line. Lines are rebuilt from the
// glyphs' baselines, words from the gaps between glyphs, tables from the
// ruling lines (rows) and the columns of white space between their cells,
// or from text alignment where a table has no rules. See pdflayout.go.

// Limits against hostile files: a PDF of more pages, or whose page
// descriptions need more operators in all, is read only up to the limit
// (and a warning-free error names the limit when nothing was read).
const (
	MaxPDFPages     = 2000
	maxPDFOps       = 20_000_000
	maxContentBytes = 64 << 20
	maxFormDepth    = 8
	maxPageNodes    = 20000
)

// glyph is one shown character on a page, in page space (points, y up).
type glyph struct {
	text       string
	x, y, w, h float64 // origin on the baseline, advance width, font size
}

// segment is a ruling line: horizontal (y1 == y2) or vertical.
type segment struct{ x1, y1, x2, y2 float64 }

type pdfPage struct {
	glyphs []glyph
	segs   []segment
	images int
	width  float64
}

var errPDFBudget = errors.New("operator budget spent")

// pdfDocument reads a PDF file.
func pdfDocument(file, name string, data []byte) (Document, error) {
	if msg := pdfBomb(data); msg != "" {
		return Document{}, diag.Errorf(file, 0, "damaged or hostile PDF file: %s", msg)
	}
	var r *pdf.Reader
	err := func() (err error) {
		defer func() {
			if x := recover(); x != nil {
				err = fmt.Errorf("%v", x)
			}
		}()
		r, err = pdf.NewReader(bytes.NewReader(data), int64(len(data)))
		return err
	}()
	if err != nil {
		if errors.Is(err, pdf.ErrInvalidPassword) {
			return Document{}, diag.Errorf(file, 0, "a password-protected PDF: remove the password (print it to a new PDF) and try again")
		}
		return Document{}, diag.Errorf(file, 0, "damaged PDF file: %v", err)
	}
	pages := pdfPages(r)
	budget := maxPDFOps
	var out pdfRender
	glyphs, images := 0, 0
	for i, pg := range pages {
		if i >= MaxPDFPages || budget <= 0 {
			break
		}
		p := readPage(pg, &budget)
		glyphs += len(p.glyphs)
		images += p.images
		out.page(p)
	}
	if glyphs == 0 {
		if images > 0 {
			return Document{}, diag.Errorf(file, 0, "a scanned PDF: its pages are images with no text layer, so there is no text to read; run OCR on it or use the document it was made from (.docx)")
		}
		return Document{}, diag.Errorf(file, 0, "a PDF with no text in it")
	}
	return newDocument(name, out.b.String(), false, out.tables), nil
}

var (
	reSize    = regexp.MustCompile(`/Size\s+(\d+)`)
	reColumns = regexp.MustCompile(`/Columns\s+(\d+)`)
	reXrefSub = regexp.MustCompile(`(?m)^\s*(\d{1,20})\s+(\d{1,20})\s*[\r\n]`)
)

// pdfBomb finds numbers in the file that would make the file library
// allocate without bound (an xref /Size of billions, a predictor row of a
// terabyte, a cross-reference subsection starting at object 10¹²) and says
// why; "" when there are none.
func pdfBomb(data []byte) string {
	limit := int64(len(data))*64 + 4096
	if limit > 4_000_000 {
		limit = 4_000_000
	}
	for _, m := range reSize.FindAllSubmatch(data, 1000) {
		if n, err := strconv.ParseInt(string(m[1]), 10, 64); err != nil || n > limit {
			return "a cross-reference table of " + string(m[1]) + " objects"
		}
	}
	for _, m := range reColumns.FindAllSubmatch(data, 1000) {
		if n, err := strconv.ParseInt(string(m[1]), 10, 64); err != nil || n > 1<<16 {
			return "a stream predictor of " + string(m[1]) + " columns"
		}
	}
	// Subsection headers "first count" after an "xref" keyword.
	for at := 0; ; {
		i := bytes.Index(data[at:], []byte("xref"))
		if i < 0 {
			break
		}
		at += i + 4
		end := min(len(data), at+4096)
		for _, m := range reXrefSub.FindAllSubmatch(data[at:end], 16) {
			a, err1 := strconv.ParseInt(string(m[1]), 10, 64)
			b, err2 := strconv.ParseInt(string(m[2]), 10, 64)
			if err1 != nil || err2 != nil || a+b > limit {
				return "a cross-reference subsection past object " + strconv.FormatInt(limit, 10)
			}
		}
	}
	return ""
}

// pageRef is a page object with the resources it inherits.
type pageRef struct {
	v, res pdf.Value
}

// pdfPages walks the page tree in order, with a bound on the nodes it
// visits (a tree whose kids point back at their parent would never end).
func pdfPages(r *pdf.Reader) (out []pageRef) {
	defer func() { recover() }()
	visited := 0
	var walk func(n, res pdf.Value, depth int)
	walk = func(n, res pdf.Value, depth int) {
		if visited++; visited > maxPageNodes || depth > 64 || len(out) >= MaxPDFPages {
			return
		}
		if rs := n.Key("Resources"); rs.Kind() == pdf.Dict {
			res = rs
		}
		kids := n.Key("Kids")
		if n.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
			if n.Key("Contents").Kind() != pdf.Null || n.Key("Type").Name() == "Page" {
				out = append(out, pageRef{n, res})
			}
			return
		}
		for i := 0; i < kids.Len(); i++ {
			walk(kids.Index(i), res, depth+1)
		}
	}
	walk(r.Trailer().Key("Root").Key("Pages"), pdf.Value{}, 0)
	return out
}

// readPage interprets one page; a page whose description breaks off
// keeps what was read before the break.
func readPage(pg pageRef, budget *int) *pdfPage {
	p := &pdfPage{width: 595}
	func() {
		defer func() { recover() }()
		if mb := pg.v.Key("MediaBox"); mb.Len() == 4 {
			p.width = mb.Index(2).Float64() - mb.Index(0).Float64()
		}
	}()
	in := &interp{page: p, budget: budget, fonts: map[string]*pdfFont{}}
	func() {
		defer func() { recover() }()
		in.run(contentOf(pg.v.Key("Contents")), pg.res, identity, 0)
	}()
	return p
}

// contentOf reads a page's content: one stream or an array of them.
func contentOf(c pdf.Value) []byte {
	if c.Kind() == pdf.Array {
		var b []byte
		for i := 0; i < c.Len() && len(b) < maxContentBytes; i++ {
			b = append(b, readStream(c.Index(i), int64(maxContentBytes-len(b)))...)
			b = append(b, '\n')
		}
		return b
	}
	return readStream(c, maxContentBytes)
}

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul is m then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

type gstate struct {
	ctm                      matrix
	font                     *pdfFont
	size, tc, tw, th, tl, ts float64
}

type interp struct {
	page   *pdfPage
	budget *int
	fonts  map[string]*pdfFont
}

func (in *interp) font(res pdf.Value, name string) *pdfFont {
	key := fmt.Sprintf("%p/%s", &res, name)
	_ = key
	if f, ok := in.fonts[name]; ok {
		return f
	}
	var f *pdfFont
	func() {
		defer func() { recover() }()
		f = readPDFFont(res.Key("Font").Key(name), in.budget)
	}()
	if f == nil {
		f = &pdfFont{dw: 500, scale: 0.001, widths: map[uint32]float64{}}
	}
	in.fonts[name] = f
	return f
}

// run interprets a content stream with resources res under matrix ctm.
func (in *interp) run(content []byte, res pdf.Value, ctm matrix, depth int) {
	l := pdfLexer{b: content}
	g := gstate{ctm: ctm, th: 1}
	var stack []gstate
	var tm, tlm matrix
	var ops []any
	var path []segment
	var cx, cy, sx, sy float64 // current point and subpath start, user space
	var codes []shownCode
	fonts := in.fonts
	if depth > 0 {
		// A form's font names are its own resources' names.
		in.fonts = map[string]*pdfFont{}
		defer func() { in.fonts = fonts }()
	}
	show := func(s []byte) {
		if g.font == nil {
			return
		}
		codes = g.font.decode(s, codes[:0])
		for _, c := range codes {
			trm := matrix{g.size * g.th, 0, 0, g.size, 0, g.ts}.mul(tm).mul(g.ctm)
			h := math.Hypot(trm[2], trm[3])
			w := c.width * math.Hypot(trm[0], trm[1])
			if c.text != "" && math.Abs(trm[1]) < 0.01*h+1e-9 && trm[3] > 0 {
				in.page.glyphs = append(in.page.glyphs, glyph{text: c.text, x: trm[4], y: trm[5], w: w, h: h})
			} else if c.text != "" {
				// Rotated text (a watermark, a vertical header) is text,
				// but not on the lines being rebuilt.
				in.page.glyphs = append(in.page.glyphs, glyph{text: "", x: trm[4], y: trm[5]})
			}
			tx := (c.width*g.size + g.tc) * g.th
			if c.space {
				tx += g.tw * g.th
			}
			tm = matrix{1, 0, 0, 1, tx, 0}.mul(tm)
		}
		*in.budget -= len(codes)
	}
	addLine := func(x1, y1, x2, y2 float64) {
		ax, ay := g.ctm.apply(x1, y1)
		bx, by := g.ctm.apply(x2, y2)
		path = append(path, segment{ax, ay, bx, by})
	}
	for {
		t := l.next()
		if t == nil {
			return
		}
		op, ok := t.(pdfOp)
		if !ok {
			if len(ops) < 64 {
				ops = append(ops, t)
			}
			continue
		}
		if *in.budget--; *in.budget <= 0 {
			panic(errPDFBudget)
		}
		f := func(i int) float64 {
			if i < len(ops) {
				v, _ := num(ops[i])
				return v
			}
			return 0
		}
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			if len(ops) == 6 {
				g.ctm = matrix{f(0), f(1), f(2), f(3), f(4), f(5)}.mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if len(ops) == 2 {
				if n, ok := ops[0].(pdfName); ok {
					g.font = in.font(res, string(n))
				}
				g.size = f(1)
			}
		case "Tc":
			g.tc = f(0)
		case "Tw":
			g.tw = f(0)
		case "Tz":
			g.th = f(0) / 100
		case "TL":
			g.tl = f(0)
		case "Ts":
			g.ts = f(0)
		case "Td", "TD":
			if op == "TD" {
				g.tl = -f(1)
			}
			tlm = matrix{1, 0, 0, 1, f(0), f(1)}.mul(tlm)
			tm = tlm
		case "Tm":
			if len(ops) == 6 {
				tlm = matrix{f(0), f(1), f(2), f(3), f(4), f(5)}
				tm = tlm
			}
		case "T*":
			tlm = matrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
		case "Tj", "'", "\"":
			if op != "Tj" {
				if op == "\"" && len(ops) == 3 {
					g.tw, g.tc = f(0), f(1)
				}
				tlm = matrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
				tm = tlm
			}
			if len(ops) > 0 {
				if s, ok := ops[len(ops)-1].([]byte); ok {
					show(s)
				}
			}
		case "TJ":
			if len(ops) == 1 {
				if a, ok := ops[0].(pdfArray); ok {
					for _, e := range a {
						switch v := e.(type) {
						case []byte:
							show(v)
						case float64:
							tm = matrix{1, 0, 0, 1, -v / 1000 * g.size * g.th, 0}.mul(tm)
						}
					}
				}
			}
		case "m":
			cx, cy = f(0), f(1)
			sx, sy = cx, cy
		case "l":
			addLine(cx, cy, f(0), f(1))
			cx, cy = f(0), f(1)
		case "h":
			addLine(cx, cy, sx, sy)
			cx, cy = sx, sy
		case "re":
			x, y, w, h := f(0), f(1), f(2), f(3)
			addLine(x, y, x+w, y)
			addLine(x+w, y, x+w, y+h)
			addLine(x+w, y+h, x, y+h)
			addLine(x, y+h, x, y)
			cx, cy, sx, sy = x, y, x, y
		case "S", "s":
			in.rules(path, false)
			path = path[:0]
		case "f", "F", "f*", "B", "B*", "b", "b*":
			in.rules(path, true)
			path = path[:0]
		case "n":
			path = path[:0]
		case "Do":
			if len(ops) == 1 {
				if n, ok := ops[0].(pdfName); ok {
					in.xobject(res, string(n), g.ctm, depth)
				}
			}
		case "ID":
			in.page.images++
			l.skipInlineImage()
		}
		ops = ops[:0]
	}
}

// rules keeps the horizontal and vertical lines of a painted path: the
// edges of a stroked path, or a filled rectangle thin enough to be a line
// (Word draws table borders so).
func (in *interp) rules(path []segment, fill bool) {
	if len(path) > 4096 {
		path = path[:4096]
	}
	if fill {
		// Word fills many thin rectangles in one path: each rectangle
		// (the four edges "re" adds) whose box is thin is one rule.
		for i := 0; i+4 <= len(path); i += 4 {
			x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
			for _, s := range path[i : i+4] {
				x0, x1 = min(x0, s.x1, s.x2), max(x1, s.x1, s.x2)
				y0, y1 = min(y0, s.y1, s.y2), max(y1, s.y1, s.y2)
			}
			switch {
			case y1-y0 <= 2.5 && x1-x0 > 2:
				in.page.segs = append(in.page.segs, segment{x0, (y0 + y1) / 2, x1, (y0 + y1) / 2})
			case x1-x0 <= 2.5 && y1-y0 > 2:
				in.page.segs = append(in.page.segs, segment{(x0 + x1) / 2, y0, (x0 + x1) / 2, y1})
			}
		}
		return
	}
	for _, s := range path {
		if math.Abs(s.y1-s.y2) < 1 || math.Abs(s.x1-s.x2) < 1 {
			in.page.segs = append(in.page.segs, s)
		}
	}
	if len(in.page.segs) > 1<<16 {
		in.page.segs = in.page.segs[:1<<16]
	}
}

// xobject draws a form XObject (its content under its matrix) or counts an
// image.
func (in *interp) xobject(res pdf.Value, name string, ctm matrix, depth int) {
	x := res.Key("XObject").Key(name)
	switch x.Key("Subtype").Name() {
	case "Image":
		in.page.images++
	case "Form":
		if depth >= maxFormDepth {
			return
		}
		m := identity
		if mv := x.Key("Matrix"); mv.Len() == 6 {
			for i := range 6 {
				m[i] = mv.Index(i).Float64()
			}
		}
		fres := x.Key("Resources")
		if fres.Kind() != pdf.Dict {
			fres = res
		}
		in.run(readStream(x, maxContentBytes), fres, m.mul(ctm), depth+1)
	}
}
