package review

import (
	"bytes"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/facts"
)

// Limits on what a workbook may unpack to. A review workbook of a few
// thousand facts is a few megabytes unpacked; the limits only stop a
// malicious or broken file from filling memory or disk.
const (
	maxUnzip    = 512 << 20
	maxUnzipXML = 64 << 20
)

// minHeaderFields is how many fact columns a sheet's first row must name
// to be taken for the data sheet when no sheet is called Dữ liệu.
const minHeaderFields = 3

// Read reads facts back from a review workbook: the one Write makes, after
// a person edited it, possibly re-saved by Excel or LibreOffice. name is the
// file name for messages. Every bad row is reported with its row number as
// the spreadsheet shows it; the good rows are returned even when others are
// bad, so the caller decides.
func Read(name string, r io.Reader) (fs []facts.Fact, errs diag.List) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, diag.List{diag.Errorf(name, 0, "read error: %v", err)}
	}
	if p, ok := sniff(name, data); !ok {
		return nil, diag.List{p}
	}
	// excelize is not written for hostile input; a file it cannot cope
	// with must become a message, not a crash of the whole run.
	defer func() {
		if v := recover(); v != nil {
			fs, errs = nil, diag.List{diag.Errorf(name, 0, "the workbook is damaged (%v)", v)}
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: maxUnzip, UnzipXMLSizeLimit: maxUnzipXML,
	})
	if err != nil {
		return nil, diag.List{diag.Errorf(name, 0, "not a readable Excel workbook (.xlsx): %v", err)}
	}
	defer f.Close()
	return readWorkbook(name, f)
}

// sniff recognises files that are not .xlsx but that people save by
// mistake, so the message says what to do.
func sniff(name string, data []byte) (diag.Problem, bool) {
	switch {
	case len(data) == 0:
		return diag.Errorf(name, 0, "the file is empty"), false
	case bytes.HasPrefix(data, []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}):
		return diag.Errorf(name, 0, "this is an Excel 97-2003 (.xls) or password-protected workbook: save it as Excel Workbook (.xlsx) without a password"), false
	case bytes.HasPrefix(data, []byte("PK")) && bytes.Contains(data[:min(len(data), 200)], []byte("application/vnd.oasis.opendocument")):
		return diag.Errorf(name, 0, "this is an OpenDocument spreadsheet (.ods): save it as Excel 2007-365 (.xlsx)"), false
	case !bytes.HasPrefix(data, []byte("PK")):
		return diag.Errorf(name, 0, "not an Excel workbook (.xlsx)"), false
	}
	return diag.Problem{}, true
}

// sheet is one worksheet's cell values as stored, with what is needed to
// read them as the person sees them: merged cells and cell types.
type sheet struct {
	f       *excelize.File
	name    string
	rows    [][]string // raw values; rows[i] is row i+1
	merges  [][4]int   // col1, row1, col2, row2, 1-based inclusive
	percent map[int]bool
}

func loadSheet(f *excelize.File, name string) (*sheet, error) {
	rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	s := &sheet{f: f, name: name, rows: rows, percent: map[int]bool{}}
	mcs, err := f.GetMergeCells(name)
	if err != nil {
		return nil, err
	}
	for _, mc := range mcs {
		c1, r1, err1 := excelize.CellNameToCoordinates(mc.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(mc.GetEndAxis())
		if err1 == nil && err2 == nil {
			s.merges = append(s.merges, [4]int{c1, r1, c2, r2})
		}
	}
	return s, nil
}

// cell returns the raw value of a cell and whether it is stored as a
// number. A cell inside a merged range shows the range's first cell, so
// it reads as that.
func (s *sheet) cell(col, row int) (raw string, numeric bool) {
	col, row = s.topLeft(col, row)
	if row < 1 || row > len(s.rows) || col < 1 || col > len(s.rows[row-1]) {
		return "", false
	}
	raw = s.rows[row-1][col-1]
	if strings.TrimSpace(raw) == "" {
		return raw, false
	}
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return raw, false
	}
	t, err := s.f.GetCellType(s.name, ref)
	// A cell with no type is a number, by the file format's default; so is
	// a formula cell whose result is a number.
	return raw, err == nil && (t == excelize.CellTypeUnset || t == excelize.CellTypeNumber)
}

// topLeft returns the cell whose value a cell shows: the first cell of
// its merged range, or itself.
func (s *sheet) topLeft(col, row int) (int, int) {
	for _, m := range s.merges {
		if col >= m[0] && col <= m[2] && row >= m[1] && row <= m[3] {
			return m[0], m[1]
		}
	}
	return col, row
}

// isPercent reports whether a number cell is formatted as a percentage.
// Typing "10,74%" makes Excel and LibreOffice store 0.1074 and show
// 10,74%; the person means the fact's 10.74.
func (s *sheet) isPercent(col, row int) bool {
	col, row = s.topLeft(col, row)
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return false
	}
	id, err := s.f.GetCellStyle(s.name, ref)
	if err != nil || id == 0 {
		return false
	}
	if p, ok := s.percent[id]; ok {
		return p
	}
	p := false
	if st, err := s.f.GetStyle(id); err == nil && st != nil {
		// Built-in formats 9 and 10 are 0% and 0.00%.
		p = st.NumFmt == 9 || st.NumFmt == 10 || st.CustomNumFmt != nil && percentFormat(*st.CustomNumFmt)
	}
	s.percent[id] = p
	return p
}

// percentFormat reports whether a number format code shows a percentage:
// a % sign outside quoted text and escapes.
func percentFormat(code string) bool {
	quoted := false
	for i := 0; i < len(code); i++ {
		switch c := code[i]; {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\\':
			i++
		case c == '%':
			return true
		}
	}
	return false
}

// width is the number of columns the sheet uses in row.
func (s *sheet) width(row int) int {
	n := 0
	if row >= 1 && row <= len(s.rows) {
		n = len(s.rows[row-1])
	}
	for _, m := range s.merges {
		if row >= m[1] && row <= m[3] && m[2] > n {
			n = m[2]
		}
	}
	return n
}

// firstRow returns the first row with a non-blank cell, or 0.
func (s *sheet) firstRow() int {
	for i := range s.rows {
		for c := range s.rows[i] {
			if raw, _ := s.cell(c+1, i+1); strings.TrimSpace(raw) != "" {
				return i + 1
			}
		}
	}
	return 0
}

// headerCol is one recognised column of the header row.
type headerCol struct {
	col   int    // 1-based
	field string // fact field
	title string // the header text, as the person sees it
}

// header maps the cells of row to fact fields; unknown titles are left out.
func (s *sheet) header(row int) []headerCol {
	var hs []headerCol
	for c := 1; c <= s.width(row); c++ {
		raw, _ := s.cell(c, row)
		if fld := facts.FieldOf(raw); fld != "" {
			hs = append(hs, headerCol{col: c, field: fld, title: strings.TrimSpace(norm.NFC.String(raw))})
		}
	}
	return hs
}

func distinctFields(hs []headerCol) int {
	seen := map[string]bool{}
	for _, h := range hs {
		seen[h.field] = true
	}
	return len(seen)
}

// findData picks the data sheet: the one called Dữ liệu when its first row
// is a header, else the first sheet whose first non-empty row names enough
// fact columns. When none qualifies, the Dữ liệu sheet (if any) is returned
// anyway so that its header problems are reported.
func findData(f *excelize.File) (*sheet, int, error) {
	var named *sheet
	var namedRow int
	list := f.GetSheetList()
	for _, n := range list {
		if !sameName(n, DataSheet) {
			continue
		}
		s, err := loadSheet(f, n)
		if err != nil {
			return nil, 0, err
		}
		named, namedRow = s, s.firstRow()
		if namedRow > 0 && distinctFields(s.header(namedRow)) >= minHeaderFields {
			return s, namedRow, nil
		}
		break
	}
	for _, n := range list {
		if named != nil && n == named.name {
			continue
		}
		s, err := loadSheet(f, n)
		if err != nil {
			return nil, 0, err
		}
		if r := s.firstRow(); r > 0 && distinctFields(s.header(r)) >= minHeaderFields {
			return s, r, nil
		}
	}
	return named, namedRow, nil
}

func sameName(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(norm.NFC.String(a)), norm.NFC.String(b))
}

func readWorkbook(name string, f *excelize.File) ([]facts.Fact, diag.List) {
	s, hdr, err := findData(f)
	if err != nil {
		return nil, diag.List{diag.Errorf(name, 0, "the workbook is damaged (%v)", err)}
	}
	if s == nil {
		return nil, diag.List{diag.Errorf(name, 0, "no sheet has a header row of fact columns (expected a sheet named %q)", DataSheet)}
	}
	if hdr == 0 {
		return nil, diag.List{diag.Errorf(name, 0, "the sheet %q is empty", s.name)}
	}
	cols := s.header(hdr)
	var errs diag.List
	where := map[string]int{}
	for _, h := range cols {
		if c, dup := where[h.field]; dup {
			a, _ := excelize.ColumnNumberToName(c)
			b, _ := excelize.ColumnNumberToName(h.col)
			errs = append(errs, diag.Errorf(name, hdr, "column %q appears twice (columns %s and %s)", h.title, a, b))
			continue
		}
		where[h.field] = h.col
	}
	for _, c := range facts.Columns {
		if required[c.Field] && where[c.Field] == 0 {
			errs = append(errs, diag.Errorf(name, hdr, "the header has no column %q (%s)", c.Title, c.Field))
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	date1904 := false
	if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil {
		date1904 = *p.Date1904
	}
	last := len(s.rows)
	for _, m := range s.merges {
		last = max(last, m[3])
	}
	var out []facts.Fact
	for row := hdr + 1; row <= last; row++ {
		ft, ps, empty := readRow(s, cols, row, date1904)
		if empty {
			continue
		}
		for i := range ps {
			ps[i].File, ps[i].Line = name, row
		}
		errs = append(errs, ps...)
		if ps.Err() == nil {
			ft.Origin = name + ":" + strconv.Itoa(row)
			out = append(out, ft)
		}
	}
	return out, errs
}

// readRow reads one data row into a fact. empty is true when no fact
// column has anything in it (helper columns such as STT do not count).
func readRow(s *sheet, cols []headerCol, row int, date1904 bool) (ft facts.Fact, ps diag.List, empty bool) {
	empty = true
	for _, h := range cols {
		if raw, _ := s.cell(h.col, row); strings.TrimSpace(raw) != "" {
			empty = false
			break
		}
	}
	if empty {
		return ft, nil, true
	}
	bad := map[string]bool{}
	problem := func(field, format string, arg any) {
		ps = append(ps, diag.Errorf("", 0, format, arg))
		bad[field] = true
	}
	for _, h := range cols {
		raw, numeric := s.cell(h.col, row)
		text := strings.TrimSpace(raw)
		if text == "" {
			if required[h.field] {
				problem(h.field, "column %q is empty", h.title)
			}
			continue
		}
		switch h.field {
		case "value", "value_max", "year":
			if !numeric {
				// Text such as "4.435,98" is for facts.Set; "10,74%" is
				// the number as written.
				if h.field != "year" {
					text = strings.TrimSpace(strings.TrimSuffix(text, "%"))
				}
				break
			}
			// A number cell is read as the number it holds, never through
			// the text parser, which would take 123.456 for 123456.
			v, err := strconv.ParseFloat(text, 64)
			if err != nil {
				break
			}
			if h.field != "year" && s.isPercent(h.col, row) {
				// Rounded so that 0.1074 gives 10.74, not 10.740000000000002.
				v = math.Round(v*100*1e9) / 1e9
			}
			switch h.field {
			case "value":
				ft.Value = v
			case "value_max":
				ft.ValueMax = &v
			case "year":
				switch {
				case v != math.Trunc(v):
					problem(h.field, "year %q is not a whole number", text)
				case v < 1900 || v > 2200:
					problem(h.field, "year %s is out of range (1900-2200)", text)
				default:
					ft.Year = int(v)
				}
			}
			continue
		case "as_of":
			if numeric {
				if d, ok := serialDate(text, date1904); ok {
					ft.AsOf = d
				} else {
					problem(h.field, "as_of %q is not a date YYYY-MM-DD", text)
				}
				continue
			}
			text = isoDate(text)
		case "qualifier":
			text = qualifierCode(text)
		}
		if format, arg := ft.Set(h.field, text); format != "" {
			problem(h.field, format, arg)
		}
	}
	for _, p := range ft.Check() {
		// A field already reported from its cell is not reported again in
		// other words ("year 0 is out of range" after "year is empty").
		if bad[checkField(p)] {
			continue
		}
		ps = append(ps, p)
	}
	return ft, ps, false
}

// checkField tells which field a problem of facts.Fact.Check is about.
func checkField(p diag.Problem) string {
	switch {
	case strings.HasPrefix(p.Format, "missing field") && len(p.Args) == 1:
		s, _ := p.Args[0].(string)
		return s
	case strings.HasPrefix(p.Format, "year"):
		return "year"
	case strings.HasPrefix(p.Format, "unknown kind"):
		return "kind"
	case strings.HasPrefix(p.Format, "value"):
		return "value"
	case strings.HasPrefix(p.Format, "unknown qualifier"):
		return "qualifier"
	case strings.HasPrefix(p.Format, "as_of"):
		return "as_of"
	}
	return ""
}

// serialDate turns a spreadsheet date serial into YYYY-MM-DD; a person who
// types 2024-10-31 in Excel or LibreOffice gets such a number.
func serialDate(text string, date1904 bool) (string, bool) {
	v, err := strconv.ParseFloat(text, 64)
	if err != nil || v < 1 || v > 2958465 {
		return "", false
	}
	t, err := excelize.ExcelDateToTime(math.Floor(v), date1904)
	if err != nil {
		return "", false
	}
	return t.Format(time.DateOnly), true
}

// isoDate rewrites the dates people type as text, day first as is usual
// in Vietnam ("31/10/2024", "31-10-2024", "31.10.2024"), and ISO times
// ("2024-10-31T00:00:00Z") to YYYY-MM-DD; anything else is left for
// Fact.Check to judge.
func isoDate(s string) string {
	for _, layout := range []string{"2/1/2006", "2-1-2006", "2.1.2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format(time.DateOnly)
	}
	if t, err := time.Parse("2006-01-02T15:04:05", s); err == nil {
		return t.Format(time.DateOnly)
	}
	return s
}

// qualifierCode maps the Vietnamese words of the Định tính column (and
// their synonyms in the texts) to the fact's codes; codes pass unchanged.
func qualifierCode(s string) string {
	t := strings.ToLower(strings.TrimSpace(norm.NFC.String(s)))
	switch t {
	case "khoảng", "gần", "xấp xỉ":
		return facts.Approx
	case "hơn", "trên", "trở lên", "vượt":
		return facts.Over
	case "dưới", "không quá":
		return facts.Under
	}
	return s
}

func init() {
	diag.Register(map[string]string{
		"the workbook is damaged (%v)":                                                  "bảng tính bị hỏng (%v)",
		"not a readable Excel workbook (.xlsx): %v":                                     "không đọc được bảng tính Excel (.xlsx): %v",
		"not an Excel workbook (.xlsx)":                                                 "không phải bảng tính Excel (.xlsx)",
		"this is an OpenDocument spreadsheet (.ods): save it as Excel 2007-365 (.xlsx)": "đây là bảng tính OpenDocument (.ods): hãy lưu lại dạng Excel 2007-365 (.xlsx)",
		"no sheet has a header row of fact columns (expected a sheet named %q)":         "không trang tính nào có dòng tiêu đề các cột số liệu (cần trang tên %q)",
		"the sheet %q is empty":                                                         "trang tính %q trống",
		"column %q appears twice (columns %s and %s)":                                   "cột %q xuất hiện hai lần (cột %s và %s)",
		"the header has no column %q (%s)":                                              "dòng tiêu đề thiếu cột %q (%s)",
		"column %q is empty":                                                            "cột %q để trống",
		"year %s is out of range (1900-2200)":                                           "năm %s nằm ngoài khoảng 1900-2200",
		"this is an Excel 97-2003 (.xls) or password-protected workbook: save it as Excel Workbook (.xlsx) without a password": "đây là bảng tính Excel 97-2003 (.xls) hoặc có mật khẩu: hãy lưu lại dạng Excel Workbook (.xlsx), không đặt mật khẩu",
	})
}
