package document

import (
	"strings"
)

// Block is one part of a document in reading order: a paragraph (one line
// of Text) or a table.
type Block struct {
	// Line is the 1-based line of Document.Text the block starts on.
	Line int
	// Text is the paragraph's line as Document.Text has it; empty for a
	// table.
	Text string
	// Table is the table; nil for a paragraph.
	Table *Table
}

// Table is a table as the document lays it out: rows of cells on a grid of
// Cols columns, a merged cell given once, in the row and column where it
// starts, with its spans.
type Table struct {
	Rows []Row
	Cols int
	// Source says where the structure came from: "html", "docx", "pdf", or
	// "text" (recognised in plain text: tab- or " | "-separated lines, or
	// one cell a line).
	Source string
}

// Row is one row of a table.
type Row struct {
	// Line is the 1-based line of Document.Text the row is printed on
	// (its first line when it spans several); 0 when it has none.
	Line int
	// Lines is how many lines of Document.Text the row spans (at least 1
	// when Line is set).
	Lines int
	// Print is the row as the document prints it, for quoting as
	// evidence: for a table recognised in plain text its lines verbatim;
	// otherwise its non-empty cells, white space collapsed, joined by
	// " | ".
	Print string
	Cells []Cell
}

// Cell is one cell of a table.
type Cell struct {
	// Text is the cell's text, its lines (paragraphs, line breaks) joined
	// by "\n", each line trimmed.
	Text    string
	Col     int // first grid column, 0-based
	ColSpan int // columns covered, at least 1
	RowSpan int // rows covered, at least 1
}

// Lines returns the cell's non-empty lines.
func (c Cell) Lines() []string {
	var out []string
	for l := range strings.SplitSeq(c.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Grid returns the table as a rectangle: for each row, for each column,
// the cell covering it (a merged cell appears at every position it
// covers), or nil where no cell does.
func (t *Table) Grid() [][]*Cell {
	g := make([][]*Cell, len(t.Rows))
	for i := range g {
		g[i] = make([]*Cell, t.Cols)
	}
	for i := range t.Rows {
		for k := range t.Rows[i].Cells {
			c := &t.Rows[i].Cells[k]
			for r := i; r < i+max(c.RowSpan, 1) && r < len(g); r++ {
				for col := c.Col; col < c.Col+max(c.ColSpan, 1) && col < t.Cols; col++ {
					if col >= 0 && g[r][col] == nil {
						g[r][col] = c
					}
				}
			}
		}
	}
	return g
}

// collapse joins a cell's or row's text into one line: every run of white
// space becomes one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// printRow is the Print of a row of a marked-up table.
func printRow(cells []Cell) string {
	var parts []string
	for _, c := range cells {
		if s := collapse(c.Text); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " | ")
}

// tableBuilder collects the rows of a marked-up table (HTML or DOCX) and
// places their cells on the grid, as browsers and Word do: a cell goes to
// the first column not covered by a cell from a row above.
type tableBuilder struct {
	rows    []Row
	covered map[[2]int]bool // (row, col) taken by a row span from above
	cols    int
	rawRows []string // each row's rendered line before cleaning, to find it in Text
	source  string
}

func newTableBuilder(source string) *tableBuilder {
	return &tableBuilder{covered: map[[2]int]bool{}, source: source}
}

// maxSpan caps colspan and rowspan: "colspan=1000000" would otherwise make
// a grid of millions of empty columns.
const maxSpan = 64

// maxTableCols caps a table's width for the same reason.
const maxTableCols = 256

// spanCell is a cell as markup gives it, before placement.
type spanCell struct {
	text             string
	colSpan, rowSpan int
	skipBefore       int  // grid columns left empty before the cell (w:gridBefore)
	mergeUp          bool // continues the cell above (w:vMerge without "restart")
}

// addRow places a row's cells; raw is the row as rendered into the text.
func (b *tableBuilder) addRow(cells []spanCell, raw string) {
	r := len(b.rows)
	var row Row
	col := 0
	for _, sc := range cells {
		col += sc.skipBefore
		for b.covered[[2]int{r, col}] {
			col++
		}
		cs := min(max(sc.colSpan, 1), maxSpan)
		rs := min(max(sc.rowSpan, 1), maxSpan)
		if col+cs > maxTableCols {
			break
		}
		if sc.mergeUp && b.extendDown(col) {
			col += cs
			continue
		}
		text, _ := clean(sc.text, false)
		text = strings.TrimSuffix(text, "\n")
		row.Cells = append(row.Cells, Cell{Text: text, Col: col, ColSpan: cs, RowSpan: rs})
		for dr := 1; dr < rs; dr++ {
			for dc := range cs {
				b.covered[[2]int{r + dr, col + dc}] = true
			}
		}
		col += cs
	}
	b.cols = max(b.cols, col)
	for k := range b.covered {
		if k[0] == r && k[1] >= b.cols {
			b.cols = k[1] + 1
		}
	}
	row.Print = printRow(row.Cells)
	b.rows = append(b.rows, row)
	b.rawRows = append(b.rawRows, raw)
}

// extendDown lengthens the row span of the cell above that covers column
// col: a Word cell marked w:vMerge without "restart" continues it.
func (b *tableBuilder) extendDown(col int) bool {
	for r := len(b.rows) - 1; r >= 0; r-- {
		for k := range b.rows[r].Cells {
			c := &b.rows[r].Cells[k]
			if c.Col == col {
				if r+c.RowSpan == len(b.rows) {
					c.RowSpan++
					return true
				}
				return false
			}
		}
	}
	return false
}

func (b *tableBuilder) table() *Table {
	if len(b.rows) == 0 || b.cols == 0 {
		return nil
	}
	// Row spans that run past the last row end there.
	for i := range b.rows {
		for k := range b.rows[i].Cells {
			c := &b.rows[i].Cells[k]
			c.RowSpan = min(c.RowSpan, len(b.rows)-i)
		}
	}
	return &Table{Rows: b.rows, Cols: b.cols, Source: b.source}
}

// pendingTable is a marked-up table waiting for its rows' lines in the
// final Text.
type pendingTable struct {
	t   *Table
	raw []string
}

// layOut makes the Blocks of a document whose final text is text, given
// the marked-up tables in reading order: each table's rows are found in
// text by their rendered lines, in order; every other non-blank line is a
// paragraph, and runs of paragraphs are searched for tables in plain text.
func layOut(text string, tables []pendingTable) []Block {
	return layOutLines(splitLines(text), tables)
}

// layOutLines is layOut for a text already split into its lines
// (splitLines).
func layOutLines(lines []string, tables []pendingTable) []Block {
	owner := make([]int, len(lines)) // 1 + index of the table whose row is on the line
	starts := make([]int, len(tables))
	next := 0
	for ti, pt := range tables {
		starts[ti] = -1
		for ri := range pt.t.Rows {
			want := cleanLine(pt.raw[ri])
			if want == "" {
				continue
			}
			for j := next; j < len(lines); j++ {
				if owner[j] == 0 && lines[j] == want {
					pt.t.Rows[ri].Line = j + 1
					pt.t.Rows[ri].Lines = 1
					owner[j] = ti + 1
					if starts[ti] < 0 {
						starts[ti] = j
					}
					next = j + 1
					break
				}
			}
		}
	}
	var blocks []Block
	run := make([]Block, 0, len(lines)) // paragraphs since the last table
	flush := func() {
		if blocks == nil {
			blocks = textTables(run) // a new slice: run is reused
		} else {
			blocks = append(blocks, textTables(run)...)
		}
		run = run[:0]
	}
	placed := make([]bool, len(tables))
	for j, l := range lines {
		if o := owner[j]; o > 0 {
			if !placed[o-1] {
				flush()
				blocks = append(blocks, Block{Line: j + 1, Table: tables[o-1].t})
				placed[o-1] = true
			}
			continue
		}
		if strings.TrimSpace(l) == "" {
			run = append(run, Block{Line: j + 1}) // blank lines separate cells of a text table
			continue
		}
		run = append(run, Block{Line: j + 1, Text: l})
	}
	flush()
	return blocks
}

// splitLines splits Document.Text into its lines (without the final empty
// string after the last newline).
func splitLines(text string) []string {
	text = strings.TrimSuffix(text, "\n")
	if text == "" {
		return nil
	}
	return strings.Split(text, "\n")
}

// cleanLine is what clean makes of one rendered line (the first line, if
// cleaning splits it).
func cleanLine(raw string) string {
	s, _ := clean(raw, false)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}
