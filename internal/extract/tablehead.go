package extract

import (
	"strconv"
	"strings"

	"github.com/chitieu/chitieu/internal/facts"
)

// Column headers of report tables. A header says what the figures under
// it are: the kind (TH, KH, Ước TH, So sánh %), the year ("Năm 2024",
// which may span the KH and TH columns under it), a part of the year
// ("Lũy kế 10 tháng", "tháng 9 năm 2023") and sometimes the unit of
// measure ("(%)", "(tỷ đồng)"). The words are tables, like tables.go's.

// headWord values.
const (
	hPlan     = iota + 1 // kế hoạch, dự toán, chỉ tiêu, KH
	hActual              // thực hiện, TH, kết quả, lũy kế
	hEstimate            // ước, ước tính, ƯTH, sơ bộ: an actual, estimated
	hExpect              // dự kiến: a plan, unless the table has an actual of that year
	hRatio               // so sánh, so với, TH/KH: a stated ratio
	hGrowth              // tốc độ tăng, tăng trưởng: a growth rate
	hPrev                // cùng kỳ, năm trước: the comparison base is the previous period
	hPlanBase            // KH, dự toán after "so với" or "/": the base is the plan
	hLabel               // chỉ tiêu (as the label column's header), nội dung
	hUOM                 // đơn vị tính, ĐVT
	hNote                // ghi chú
	hNumber              // STT, TT
	hDiff                // tuyệt đối, chênh lệch: a difference of two columns, never a fact
)

var headWords = map[string]int{
	"kế hoạch": hPlan, "kh": hPlan, "dự toán": hPlan, "dt": hPlan, "mục tiêu": hPlan, "phấn đấu": hPlan,
	"nghị quyết": hPlan, "nq": hPlan, "chỉ tiêu giao": hPlan, "giao": hPlan, "định hướng": hPlan,
	"chỉ tiêu phấn đấu": hPlan, "kế hoạch giao": hPlan,
	"thực hiện": hActual, "th": hActual, "kết quả": hActual, "lũy kế": hActual, "luỹ kế": hActual,
	"số liệu": hActual, "đạt": hActual, "thực hiện năm": hActual, "quyết toán": hActual, "qt": hActual,
	"tuyệt đối": hDiff, "chênh lệch": hDiff, "số tuyệt đối": hDiff, "tương đối": hRatio,
	"ước": hEstimate, "ước tính": hEstimate, "ước thực hiện": hEstimate, "ước th": hEstimate, "ưth": hEstimate,
	"ước đạt": hEstimate, "sơ bộ": hEstimate, "dự ước": hEstimate, "ước cả năm": hEstimate,
	"dự kiến": hExpect,
	"so sánh": hRatio, "so với": hRatio, "tỷ lệ so với": hRatio,
	// "So KH năm (%)", "So cùng kỳ": a header's bare "so" compares.
	"so":          hRatio,
	"tốc độ tăng": hGrowth, "tốc độ phát triển": hGrowth, "tăng trưởng": hGrowth, "tăng bình quân": hGrowth,
	"tốc độ tăng trưởng": hGrowth, "tăng giảm": hGrowth,
	"cùng kỳ": hPrev, "năm trước": hPrev, "ck": hPrev, "năm ngoái": hPrev, "cùng kì": hPrev,
	"chỉ tiêu": hLabel, "nội dung": hLabel, "danh mục": hLabel, "tên chỉ tiêu": hLabel,
	"đơn vị tính": hUOM, "đvt": hUOM, "đv tính": hUOM, "đơn vị": hUOM, "unit": hUOM,
	"ghi chú": hNote, "note": hNote, "notes": hNote,
	"stt": hNumber, "tt": hNumber, "số tt": hNumber, "số thứ tự": hNumber, "no": hNumber,
}

var headM = newTableMatcher(headWords)

// column is what a table column holds.
type column struct {
	role     colRole
	head     string // the header text of the column, top to bottom
	kind     facts.Kind
	ratio    bool   // a stated ratio whose base the header does not say
	diff     bool   // a difference of two columns ("Tuyệt đối"): never a fact
	unit     string // the unit a column group names ("Xã Hải Minh" over KH | TH), else ""
	growth   bool
	estimate bool
	expect   bool // dự kiến
	prevYear bool // "TH năm trước": the year before the table's year
	year     int  // 0 when the header names none
	period   bool // year ends a span ("2000 – 2005")
	month    int  // the month a part-year figure runs to; 0 for the year
	uom      uomSpec
}

type colRole int

const (
	roleValue colRole = iota
	roleLabel
	roleNumber
	roleUOM
	roleNote
)

// readHead reads a column header.
func readHead(head string) column {
	c := column{head: head}
	lower := lowerSameLen(head)
	toks := tokenize(lower, nil)
	var words []int
	slash := false
	last, numer := 0, 0 // the last head word, and the last before the slash
	for i := 0; i < len(toks); i++ {
		if toks[i].s == "/" && i > 0 && i+1 < len(toks) && toks[i-1].word && toks[i+1].word {
			if !slash {
				numer = last
			}
			slash = true
		}
		v, e, ok := headM.match(toks, i)
		if !ok {
			continue
		}
		last = v
		if v == hPlan && (slash || i > 0 && hasWord(toks[:i], "so")) {
			v = hPlanBase
		}
		words = append(words, v)
		i = e - 1
	}
	has := func(v int) bool {
		for _, w := range words {
			if w == v {
				return true
			}
		}
		return false
	}
	c.year, c.period = headYear(toks)
	baseYear := c.year != 0 && yearAfterPrev(toks)
	c.month = headMonth(toks)
	c.uom = uomIn(lower)
	// "2024/2023", "TH/KH", "Ước TH 2023/TH 2022": a ratio of two columns.
	// (A span "2021-2025" beside "Tổng số / bình quân" is one period.)
	twoYears := slash && yearsAroundSlash(toks)
	switch {
	case has(hDiff):
		c.diff = true
	case numer == hPlan:
		// "DT 2022/ƯTH 2021", "KH 2025/TH 2024": a plan over an actual
		// is a planned change, which no kind holds.
		c.diff = true
	case has(hRatio) || slash && (has(hPlanBase) || has(hPrev) || twoYears || has(hActual) || has(hEstimate)):
		// "ƯTH/KH", "Ước TH 2024 so với KH": the ratio of an estimate is
		// one too.
		c.estimate = has(hEstimate)
		switch {
		case has(hPrev) || twoYears:
			c.kind = facts.PctOfPrev
			if baseYear && !twoYears {
				// "So với cùng kỳ năm 2025", "So cùng kỳ" under "Cùng kỳ
				// năm 2025": the year named is the base; the ratio is
				// the next year's.
				c.year++
			}
		case has(hPlanBase):
			c.kind = facts.PctOfPlan
		default:
			c.ratio = true
		}
	case has(hGrowth):
		c.growth = true
	case has(hEstimate):
		c.kind, c.estimate = facts.Actual, true
	case has(hExpect):
		c.kind, c.expect = facts.Plan, true
	case has(hPlan) && has(hActual):
		// "Thực hiện kế hoạch", "KH và TH": whichever is said last is
		// the column's own word.
		for k := len(words) - 1; k >= 0; k-- {
			if words[k] == hPlan {
				c.kind = facts.Plan
				break
			}
			if words[k] == hActual {
				c.kind = facts.Actual
				break
			}
		}
	case has(hPlan):
		c.kind = facts.Plan
	case has(hActual) || has(hPrev):
		// "Cùng kỳ năm trước" alone is the actual of the same period a
		// year before.
		c.kind = facts.Actual
		c.prevYear = has(hPrev) && c.year == 0
	case has(hNote):
		c.role = roleNote
	case has(hUOM):
		c.role = roleUOM
	case has(hNumber) && len(toks) <= 4:
		c.role = roleNumber
	case has(hLabel):
		c.role = roleLabel
	}
	return c
}

// headYear finds the year a header gives its figures: the first year
// before a comparison ("Lũy kế 10 tháng năm 2023 so với cùng kỳ"), the end
// of a span ("2000 – 2005"), or "tháng 10/2023".
func headYear(toks []tok) (int, bool) {
	for i := 0; i < len(toks); i++ {
		if toks[i].s == "so" || toks[i].s == "/" && i+1 < len(toks) && !isYearTok(toks[i+1]) && !planAfterSlash(toks, i+1) {
			if i > 0 {
				break // the rest is the comparison base
			}
		}
		if !isYearTok(toks[i]) {
			continue
		}
		y, _ := strconv.Atoi(toks[i].s)
		if i+2 < len(toks) && toks[i+1].s == "-" && isYearTok(toks[i+2]) {
			y2, _ := strconv.Atoi(toks[i+2].s)
			if y2 > y {
				return y2, true
			}
		}
		return y, false
	}
	return 0, false
}

// yearAfterPrev reports a header whose first year is that of the same
// period before: it follows "cùng kỳ" ("cùng kỳ năm 2025", "CK 2025").
func yearAfterPrev(toks []tok) bool {
	for i := range toks {
		if !isYearTok(toks[i]) {
			continue
		}
		k := i - 1
		if k >= 0 && toks[k].s == "năm" {
			k--
		}
		return k >= 0 && (toks[k].s == "ck" || toks[k].s == "kỳ" && k > 0 && toks[k-1].s == "cùng")
	}
	return false
}

// planAfterSlash reports the plan as the base of a ratio at toks[i]
// ("ƯTH/KH 2024", "TH/DT năm 2024"): the plan of the figure's own year,
// so the year after it is the figure's.
func planAfterSlash(toks []tok, i int) bool {
	_, e, ok := planNounM.match(toks, i)
	if !ok {
		return false
	}
	for ; e < len(toks) && !isYearTok(toks[e]); e++ {
		if toks[e].s != "năm" {
			return false
		}
	}
	return e < len(toks)
}

func isYearTok(t tok) bool {
	if len(t.s) != 4 || !t.digits {
		return false
	}
	y, _ := strconv.Atoi(t.s)
	return y >= 1990 && y <= 2100
}

// yearsAroundSlash reports a year before and a year after a slash
// between words: "2024/2023", "Ước TH 2023/TH 2022".
func yearsAroundSlash(toks []tok) bool {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].s != "/" || !toks[i-1].word || !toks[i+1].word {
			continue
		}
		if yearToks(toks[:i]) > 0 && yearToks(toks[i+1:]) > 0 {
			return true
		}
	}
	return false
}

func yearToks(toks []tok) int {
	n := 0
	for _, t := range toks {
		if isYearTok(t) {
			n++
		}
	}
	return n
}

// headMonth finds a part of the year in a header: "10 tháng" (cumulative),
// "tháng 9" (one month), "6 tháng đầu năm", "quý III"; 0 for none or the
// whole year.
func headMonth(toks []tok) int {
	for i := 0; i < len(toks); i++ {
		t := toks[i].s
		switch {
		case isDigits(t) && len(t) <= 2 && i+1 < len(toks) && toks[i+1].s == "tháng" && (i == 0 || toks[i-1].s != "tháng"):
			n, _ := strconv.Atoi(t)
			if n >= 1 && n < 12 {
				return n
			}
		case t == "tháng" && i+1 < len(toks) && toks[i+1].digits && len(toks[i+1].s) <= 2:
			n, _ := strconv.Atoi(toks[i+1].s)
			if n >= 1 && n < 12 {
				return n
			}
		case (t == "quý" || t == "quí") && i+1 < len(toks):
			if q, ok := quarters[toks[i+1].s]; ok && q < 12 {
				return q
			}
		case t == "so":
			return 0
		}
	}
	return 0
}

// uomSpec is a unit of measure as a table writes it: the contract's unit
// and the factor to it ("triệu đồng" is VND × 10⁶).
type uomSpec struct {
	uom   string
	scale float64
}

// uomWords are the units of measure tables print, longest first where
// one starts another.
var uomWords = []struct {
	word string
	spec uomSpec
}{
	{"nghìn tỷ đồng", uomSpec{facts.VND, 1e12}}, {"ngàn tỷ đồng", uomSpec{facts.VND, 1e12}},
	{"tỷ đồng", uomSpec{facts.VND, 1e9}}, {"tỉ đồng", uomSpec{facts.VND, 1e9}},
	{"triệu đồng", uomSpec{facts.VND, 1e6}}, {"nghìn đồng", uomSpec{facts.VND, 1e3}},
	{"ngàn đồng", uomSpec{facts.VND, 1e3}}, {"đồng", uomSpec{facts.VND, 1}},
	{"millions of dong", uomSpec{facts.VND, 1e6}}, {"billions of dong", uomSpec{facts.VND, 1e9}},
	{"tỷ", uomSpec{facts.VND, 1e9}}, {"triệu", uomSpec{facts.VND, 1e6}},
	{"nghìn người", uomSpec{facts.People, 1e3}}, {"ngàn người", uomSpec{facts.People, 1e3}},
	{"lượt lao động", uomSpec{facts.People, 1}}, {"lượt người", uomSpec{facts.People, 1}},
	{"lao động", uomSpec{facts.People, 1}}, {"người", uomSpec{facts.People, 1}},
	{"đảng viên", uomSpec{facts.People, 1}}, {"nghìn hộ", uomSpec{facts.House, 1e3}}, {"hộ", uomSpec{facts.House, 1}},
	{"chỉ tiêu", uomSpec{facts.Targets, 1}}, {"%", uomSpec{facts.Percent, 1}}, {"tỷ lệ %", uomSpec{facts.Percent, 1}},
}

// uomShort are the units of measure as typed in ĐVT columns, without
// their dots and spaces: "Tr.đ", "Trđ", "Tr. đồng", "Tỷ đ", "1000đ",
// "LĐ", "ĐV".
var uomShort = map[string]uomSpec{
	"trđ": {facts.VND, 1e6}, "trđồng": {facts.VND, 1e6}, "triệuđ": {facts.VND, 1e6}, "trvnđ": {facts.VND, 1e6},
	"tỷđ": {facts.VND, 1e9}, "tỉđ": {facts.VND, 1e9}, "tỷvnđ": {facts.VND, 1e9}, "tỷđồngvn": {facts.VND, 1e9},
	"nghìnđ": {facts.VND, 1e3}, "ngànđ": {facts.VND, 1e3}, "1000đ": {facts.VND, 1e3}, "1000đồng": {facts.VND, 1e3},
	"ngđ": {facts.VND, 1e3}, "vnđ": {facts.VND, 1}, "vnd": {facts.VND, 1}, "đ": {facts.VND, 1},
	"triệungười": {facts.People, 1e6}, "lđ": {facts.People, 1}, "lượtlđ": {facts.People, 1}, "đv": {facts.People, 1},
	"đồngchí": {facts.People, 1}, "ngườilaođộng": {facts.People, 1}, "hộgiađình": {facts.House, 1}, "hgđ": {facts.House, 1},
	"phầntrăm": {facts.Percent, 1},
}

// uomOf reads a cell that is only a unit of measure ("Tỷ đồng", "%",
// "lượt lao động", "Tr.đ"), or one followed by its English name as
// bilingual statistics print it ("Tỷ đồng - Bill. VND", "Người -
// Person"); ok is false for anything else.
func uomOf(s string) (uomSpec, bool) {
	if vi, en, ok := strings.Cut(s, " - "); ok && isASCII(en) {
		if u, ok := uomOf(vi); ok {
			return u, true
		}
	}
	s = strings.Trim(collapseSpace(lowerSameLen(s)), " ()[]:.")
	for _, w := range uomWords {
		if s == w.word {
			return w.spec, true
		}
	}
	if len(s) > 24 {
		return uomSpec{}, false
	}
	squeezed := strings.NewReplacer(".", "", " ", "").Replace(s)
	if u, ok := uomShort[squeezed]; ok {
		return u, true
	}
	for _, w := range uomWords {
		if squeezed == strings.ReplaceAll(w.word, " ", "") {
			return w.spec, true
		}
	}
	return uomSpec{}, false
}

// uomIn finds a unit of measure in brackets in a lower-case label or
// header ("thu ngân sách (tỷ đồng)", "tỷ lệ hộ nghèo (%)"), or after
// "đơn vị tính:" / "ĐVT:".
func uomIn(lower string) uomSpec {
	for i := 0; i < len(lower); i++ {
		if lower[i] != '(' {
			continue
		}
		j := strings.IndexByte(lower[i:], ')')
		if j < 0 {
			break
		}
		if u, ok := uomOf(lower[i+1 : i+j]); ok {
			return u
		}
	}
	for _, lead := range []string{"đơn vị tính", "đvt", "đơn vị", "đv tính"} {
		if i := strings.Index(lower, lead); i >= 0 {
			rest := strings.TrimLeft(lower[i+len(lead):], " :")
			for _, w := range uomWords {
				if strings.HasPrefix(rest, w.word) {
					return w.spec
				}
			}
			// "ĐVT: Tr.đ", "Đơn vị: Trđ; …": the unit up to the next
			// separator.
			if k := strings.IndexAny(rest, ",;)-"); k >= 0 {
				rest = rest[:k]
			}
			if u, ok := uomOf(rest); ok {
				return u
			}
		}
	}
	return uomSpec{}
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// isASCII reports text without Vietnamese letters: English.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
