package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// date is a day-month(-year) found in tokens.
type date struct {
	d, m, y int
	at, end int // token indexes
}

// dateAt reads "31-10-2024", "16/12/2022", "16-12- 2022", "30-9" at toks[i].
func dateAt(toks []tok, i int) (date, bool) {
	if i+2 >= len(toks) || !toks[i].digits || len(toks[i].s) > 2 {
		return date{}, false
	}
	sep := toks[i+1].s
	if (sep != "/" && sep != "-" && sep != ".") || !toks[i+2].digits || len(toks[i+2].s) > 2 {
		return date{}, false
	}
	if toks[i+1].start != toks[i].end {
		return date{}, false // "6 - 1" with spaces is a range, not a date
	}
	d, _ := strconv.Atoi(toks[i].s)
	m, _ := strconv.Atoi(toks[i+2].s)
	if d < 1 || d > 31 || m < 1 || m > 12 {
		return date{}, false
	}
	dt := date{d: d, m: m, at: i, end: i + 3}
	if i+4 < len(toks) && toks[i+3].s == sep && toks[i+4].digits && len(toks[i+4].s) == 4 {
		dt.y, _ = strconv.Atoi(toks[i+4].s)
		dt.end = i + 5
	} else if i+3 < len(toks) && (toks[i+3].s == "/" || toks[i+3].s == "-" || toks[i+3].s == ".") {
		return date{}, false // "18/18/…" or a malformed date: not a date
	}
	return dt, true
}

// writtenDate reads "ngày 05 tháng 10 năm 2023" at toks[i].
func writtenDate(toks []tok, i int) (date, bool) {
	if i+5 >= len(toks) || toks[i].s != "ngày" || toks[i+2].s != "tháng" || toks[i+4].s != "năm" {
		return date{}, false
	}
	d, _ := strconv.Atoi(toks[i+1].s)
	m, _ := strconv.Atoi(toks[i+3].s)
	y, _ := strconv.Atoi(toks[i+5].s)
	if !toks[i+1].digits || !toks[i+3].digits || len(toks[i+5].s) != 4 || d < 1 || d > 31 || m < 1 || m > 12 || y < 1990 || y > 2100 {
		return date{}, false
	}
	return date{d: d, m: m, y: y, at: i, end: i + 6}, true
}

func startsWithDate(toks []tok) bool {
	i := 0
	for i < len(toks) && !toks[i].word {
		i++
	}
	if i < len(toks) && isWeekday(toks, i) {
		return true
	}
	_, ok := dateAt(toks, i)
	return ok
}

// isWeekday reports a day of the week at toks[i] ("Thứ Hai", "Thứ 3",
// "Chủ nhật"): a page's date line. A headline may start with the same
// words ("Chủ tịch UBND tỉnh làm việc …", "Thứ trưởng … thăm …").
func isWeekday(toks []tok, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch next := toks[i+1].s; toks[i].s {
	case "chủ":
		return next == "nhật"
	case "thứ":
		switch next {
		case "hai", "ba", "tư", "năm", "sáu", "bảy", "bẩy":
			return true
		}
		return isDigits(next)
	}
	return false
}

// findDate sets the publication date: the last dated short line of the
// page header (the article's dateline comes after the site's own date
// line), else a short signed source line ("Báo Hải Phòng 12/1/2018"), else
// the month of the lede ("Ngày 15-12, …") with the year inferred from the
// years the text speaks of. A date in a photo's caption, a byline or a
// legal footer ("Giấy phép số … cấp ngày 12/03/2019") is none of these:
// the day a photo was taken, a licence issued (para.caption).
func (x *docReader) findDate() {
	if x.pubY != 0 {
		return
	}
	pick := func(p view) (date, bool) {
		if len(p.text) > 160 || strings.Contains(p.lower, ", ngày") {
			return date{}, false // a long line is prose; "Hà Nội, ngày …" is a page header
		}
		t := strings.TrimSpace(p.text)
		if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "•") || strings.HasPrefix(t, "|") {
			return date{}, false // related links
		}
		var found date
		ok := false
		for i := range p.toks {
			if i > 0 && p.toks[i-1].s == "ngày" && documentDated(p.toks, i-1) {
				continue // a cited document's date, not the page's
			}
			if d, k := dateAt(p.toks, i); k && d.y >= 1990 {
				found, ok = d, true
			}
		}
		return found, ok
	}
	for i := range x.paras {
		if !x.paras[i].header {
			break
		}
		if x.paras[i].caption {
			continue // a photo's date, a byline's or footer's: not the page's
		}
		if d, ok := pick(x.view(&x.paras[i])); ok {
			x.pubY, x.pubM = d.y, d.m
		}
	}
	if x.pubY != 0 {
		if m := x.ledeMonth(); m > x.pubM {
			// A page posted in January or February whose lede dates
			// its news later in the year ("Ngày 25-12, … vừa ban hành
			// nghị quyết …, trong năm tới …" under a clock of
			// 08/01/2024) speaks from that month of the year before:
			// its "năm tới" and its plans are of the year the page was
			// posted in.
			x.pubY, x.pubM = x.pubY-1, m
		}
		return
	}
	// A report's own date line, written out as Decree 30 wants it:
	// "Kông Chro, ngày 05 tháng 10 năm 2023".
	for i := range x.paras {
		if i > 12 {
			break
		}
		if len(x.paras[i].text) > 200 || x.paras[i].caption || x.paras[i].stamp {
			// A page's date line with its weekday ("Thứ bảy, ngày 13
			// tháng 2 năm 2024") is no report's: like "Hà Nội, ngày
			// …", it says nothing about the figures' year.
			continue
		}
		p := x.view(&x.paras[i])
		for k := range p.toks {
			if d, ok := writtenDate(p.toks, k); ok {
				x.pubY, x.pubM = d.y, d.m
				return
			}
		}
	}
	for i := range x.paras {
		if len(x.paras[i].text) >= 50 || x.paras[i].caption {
			continue
		}
		if p := x.view(&x.paras[i]); !strings.Contains(p.lower, "ngày") {
			if d, ok := pick(p); ok {
				x.pubY, x.pubM = d.y, d.m
				return
			}
		}
	}
	// The lede's day and month, and the year from the text.
	d, ok := x.ledeDate()
	if ok && d.y >= 1990 {
		x.pubY, x.pubM = d.y, d.m // "Ngày 20/12/2022, …"
		return
	}
	month := 0
	if ok {
		month = d.m
	}
	years := x.years
	if len(years) == 0 {
		x.defYear = x.termStart
		if y := x.latestDatedYear(); y != 0 && y >= x.termStart {
			x.defYear = y
		}
		if x.defYear == 0 {
			// A text that names no year and no date but a season or
			// school year across two years ("vụ lúa Đông Xuân năm 2019 -
			// 2020", "năm học 2023-2024") speaks from within its
			// later year.
			x.defYear = x.latestSeasonYear()
		}
		if x.defYear == 0 {
			// A report that names no year of its own but compares
			// with one ("ước tăng 11,07% so với năm 2021", "so với cùng
			// kỳ năm 2021") reports the year after it.
			if b := x.latestBaseYear(); b != 0 {
				x.defYear = b + 1
			}
		}
		return
	}
	maxY, freqY, best := 0, 0, 0
	for y, c := range years {
		if y > maxY {
			maxY = y
		}
		if c > best || (c == best && y > freqY) {
			freqY, best = y, c
		}
	}
	switch {
	case month >= 10:
		// In the last months a text reports this year and plans the next.
		x.pubY, x.pubM = maxY, month
		if years[maxY-1] > 0 || x.onlyPlanYear(maxY) {
			// A text that names the latest year only as its plan's
			// ("ban hành nghị quyết phương hướng, nhiệm vụ năm 2024")
			// is of the year before: it plans that year.
			x.pubY = maxY - 1
		}
	case month > 0 && month <= 2:
		// In the first months a text reports the year just ended. One
		// that names a single year, and not only as its plan's ("năm
		// 2024, … kết nạp thêm 17 đảng viên"), reports that year: it
		// was written in the next. One that also names the year before
		// ("tổng kết năm 2023, triển khai nhiệm vụ năm 2024") is of its
		// latest year, as is one that names that year only as a plan's.
		x.pubY, x.pubM = maxY, month
		if years[maxY-1] == 0 && !x.onlyPlanYear(maxY) {
			x.pubY = maxY + 1
		}
	default:
		x.defYear = freqY
	}
}

// ledeDate is the first date the lede gives its news (in its first five
// paragraphs, not the page's clock line, after "ngày", "sáng", "chiều", "tối", "trưa", "nay", a comma
// or a bracket: "Ngày 20/12/2022, …", "Chiều 30-11, …"), with its year or
// without (y 0).
func (x *docReader) ledeDate() (date, bool) {
	n := -1
	for i := range x.paras {
		if x.paras[i].stamp || x.paras[i].caption {
			continue // the page's clock line, a photo's caption, a byline or footer: no lede
		}
		if n++; n > 4 {
			break
		}
		p := x.view(&x.paras[i])
		if p.header && strings.Contains(p.lower, ", ngày") {
			continue // "Hà Nội, ngày 10-07-2020 | Thời tiết": the page's date
		}
		for i := 1; i < len(p.toks) && i < 30; i++ {
			switch p.toks[i-1].s {
			case "ngày", "sáng", "chiều", "tối", "trưa", "nay", ",", "(":
			default:
				continue
			}
			if p.toks[i-1].s == "ngày" && documentDated(p.toks, i-1) {
				continue // "Theo Nghị quyết số 12/NQ-HĐND ngày 15/12/2022, …": the document's date
			}
			if d, ok := dateAt(p.toks, i); ok {
				return d, true
			}
		}
	}
	return date{}, false
}

// documentDated reports "ngày" at toks[k] dating a document the text
// cites: its name a few tokens before, perhaps with its number between
// ("Nghị quyết ngày 15/12/2022", "Quyết định số 1234/QĐ-UBND ngày …",
// "Kế hoạch số 45/KH-UBND ngày …"). The date is when the document was
// issued, not when the news happened nor the figures' year.
func documentDated(toks []tok, k int) bool {
	for j := k - 1; j >= 1 && j >= k-10; j-- {
		switch toks[j].s {
		case ",", ":", ";", ".", "(", ")":
			return false
		}
		switch toks[j-1].s + " " + toks[j].s {
		case "nghị quyết", "quyết định", "kế hoạch", "công văn", "chỉ thị", "thông báo", "văn bản", "thông tư", "nghị định":
			return true
		}
		switch toks[j].s {
		case "nq", "qđ", "kh", "cv", "ct", "tb":
			return true
		}
	}
	return false
}

// ledeMonth is the month of the lede's date when it gives no year (see
// ledeDate), else 0, for a page dated in its first two months: the news
// it dates later in the year is of the year before.
func (x *docReader) ledeMonth() int {
	if x.pubM < 1 || x.pubM > 2 {
		return 0
	}
	if d, ok := x.ledeDate(); ok && d.y == 0 {
		return d.m
	}
	return 0
}

// partyCongressTargets reads, in the words of a sentence before a target,
// a party congress that sets it ("Đại hội Đảng bộ phường … đề ra mục
// tiêu …", "mục tiêu Đại hội đại biểu Đảng bộ tỉnh lần thứ XX đề ra"):
// its term's last year when the sentence names neither year nor term.
// Local party congresses all sit in the same five-year terms (2015-2020,
// 2020-2025, 2025-2030): a text of year pubY speaks of the term that
// ends at the next multiple of five after it. In a congress year a
// resolution in force ("Nghị quyết Đại hội …") is the term ending then;
// the congress itself sets the next term's targets.
func partyCongressTargets(pre []tok, pubY int) (int, bool) {
	at := -1
	for k := 0; k+1 < len(pre); k++ {
		if j := termYearsAt(pre, k); j >= 0 && (pre[k].s == "nhiệm" || j+2 < len(pre) && pre[j+1].s == "-") {
			return 0, false // a term named: read where it is named
		}
		if at < 0 && pre[k].s == "đại" && pre[k+1].s == "hội" {
			for j := k + 2; j < len(pre) && j <= k+4; j++ {
				if pre[j].s == "đảng" {
					at = k
					break
				}
			}
		}
	}
	if at < 0 {
		return 0, false
	}
	sets := false
	for k := at + 2; k+1 < len(pre); k++ {
		switch pre[k].s + " " + pre[k+1].s {
		case "đề ra", "đặt ra", "xác định", "thông qua", "mục tiêu", "chỉ tiêu":
			sets = true
		}
	}
	if !sets && !(at >= 2 && pre[at-2].s == "mục" && pre[at-1].s == "tiêu") {
		return 0, false
	}
	for k := 1; k < len(pre); k++ {
		if pre[k].s == "giao" && assignerBefore(pre[k-1].s) {
			// "so với chỉ tiêu Thành phố giao và Nghị quyết Đại hội
			// Đảng bộ quận lần thứ VI đề ra là 88%": a target the level
			// above assigns is a year's, the congress's the same figure
			// named beside it.
			return 0, false
		}
	}
	end := pubY - pubY%5 + 5
	if pubY%5 == 0 && (at >= 2 && pre[at-2].s == "nghị" && pre[at-1].s == "quyết" || at >= 1 && pre[at-1].s == "nq") {
		end = pubY
	}
	return end, true
}

// onlyPlanYear reports a year the text names only as the year of a plan
// or of tasks: "nhiệm vụ năm 2024", "kế hoạch năm 2024", "phương hướng
// … năm 2024", "mục tiêu năm 2024", "dự toán năm 2024".
func (x *docReader) onlyPlanYear(y int) bool {
	seen := false
	for i := range x.paras {
		if x.paras[i].caption {
			continue
		}
		toks := x.view(&x.paras[i]).toks
		for k := range toks {
			if my, ok := yearMention(toks, k, 0); !ok || my != y {
				continue
			}
			if k == 0 || !planYearWord[toks[k-1].s] {
				return false
			}
			seen = true
		}
	}
	return seen
}

// planYearWord are the last words of a plan's or a task's name before its
// year ("nhiệm vụ", "kế hoạch", "phương hướng", "mục tiêu", "chỉ tiêu",
// "dự toán").
var planYearWord = map[string]bool{"vụ": true, "hoạch": true, "hướng": true, "tiêu": true, "toán": true}

// latestBaseYear is the latest year the text compares with, "so (với)
// (cùng kỳ) năm B", 0 if none. "Giá so sánh năm 2010" is a price base,
// not a comparison: "so" there is followed by "sánh".
func (x *docReader) latestBaseYear() int {
	y := 0
	for i := range x.paras {
		if x.paras[i].caption {
			continue
		}
		toks := x.view(&x.paras[i]).toks
		for k := 1; k+1 < len(toks); k++ {
			if toks[k].s != "năm" || len(toks[k+1].s) != 4 || !toks[k+1].digits || !comparedWithYear(toks, k) {
				continue
			}
			if b, _ := strconv.Atoi(toks[k+1].s); b >= 1990 && b <= 2100 && b > y {
				y = b
			}
		}
	}
	return y
}

// comparedWithYear reports "so (với) (cùng kỳ)" right before toks[i], the
// "năm" of a year: the year is the base of a comparison ("tăng 4,9% so với
// năm 2022", "so với cùng kỳ năm 2022", "so cùng kỳ năm 2022", "so với CK
// năm 2022"). "Giá so
// sánh năm 2010" is none: "sánh" stands between.
func comparedWithYear(toks []tok, i int) bool {
	k := i - 1
	if k >= 1 && toks[k].s == "kỳ" && toks[k-1].s == "cùng" {
		k -= 2
	} else if k >= 0 && toks[k].s == "ck" {
		k-- // a report's "cùng kỳ": "so với CK năm 2024"
	}
	if k >= 0 && toks[k].s == "với" {
		k--
	}
	return k >= 0 && toks[k].s == "so"
}

// latestSeasonYear is the later year of the latest span of two
// consecutive years the text names after "năm" ("năm 2019 - 2020", "năm
// học 2023-2024"), 0 if none.
func (x *docReader) latestSeasonYear() int {
	y := 0
	for i := range x.paras {
		if x.paras[i].caption {
			continue
		}
		toks := x.view(&x.paras[i]).toks
		for k := 0; k+3 < len(toks); k++ {
			if toks[k].s != "năm" {
				continue
			}
			a := k + 1
			if toks[a].s == "học" {
				a++
			}
			if a+2 >= len(toks) || len(toks[a].s) != 4 || !toks[a].digits || toks[a+1].s != "-" || len(toks[a+2].s) != 4 || !toks[a+2].digits {
				continue
			}
			from, _ := strconv.Atoi(toks[a].s)
			to, _ := strconv.Atoi(toks[a+2].s)
			if from >= 1990 && to == from+1 && to > y {
				y = to
			}
		}
	}
	return y
}

// latestDatedYear is the latest year of a full date the text gives
// ("từ ngày 1/7/2025"), 0 if none. A text that names no year ("năm
// 2025") but dates what happens ("tính đến ngày 2/6 …, chuẩn bị cho …
// từ ngày 1/7/2025") speaks of that date's year, not of the start of the
// term its council sits in ("khóa XX, nhiệm kỳ 2021 - 2026").
func (x *docReader) latestDatedYear() int {
	y := 0
	for i := range x.paras {
		if x.paras[i].caption {
			continue
		}
		p := x.view(&x.paras[i])
		for k := range p.toks {
			if d, ok := dateAt(p.toks, k); ok && d.y >= 1990 && d.y <= 2100 && d.y > y {
				y = d.y
			}
		}
	}
	return y
}

// countYears counts the years a paragraph speaks of ("năm 2023"), leaving
// out comparison bases and multi-year spans.
func countYears(years map[int]int, toks []tok) {
	for i := range toks {
		if toks[i].h != hashNam {
			continue // yearMention's first test, made here without a call for every token (by the hash: see hashNam)
		}
		if y, ok := yearMention(toks, i, 0); ok {
			years[y]++
		}
	}
}

// congressTerm reads a party congress's term in a paragraph that names
// one ("Đại hội đại biểu Đảng bộ xã … lần thứ I, nhiệm kỳ 2025 - 2030"):
// the first and last year of the latest "nhiệm kỳ" it names.
func congressTerm(toks []tok, words *wordBits) (from, to int) {
	if congressM.absentFrom(words) || !hasPhrase(toks, congressM) {
		return 0, 0
	}
	for i := 0; i+4 < len(toks); i++ {
		k := termYearsAt(toks, i)
		if k < 0 {
			continue
		}
		if y, z, ok := termYears(toks, k); ok && y > from {
			from, to = y, z
		}
	}
	return from, to
}

// termYearsAt is where the years of a term named at toks[i] start: after
// "nhiệm kỳ", or after "khóa" and the term's number, in brackets or not
// ("khóa I (2025 - 2030)", "khóa XVI, 2025 - 2030", "(khóa 2025 -
// 2030)"), as a party committee names its term. -1 if no term is named
// there.
func termYearsAt(toks []tok, i int) int {
	switch {
	case toks[i].s == "nhiệm" && i+1 < len(toks) && toks[i+1].s == "kỳ":
		return i + 2
	case toks[i].s == "khóa" || toks[i].s == "khoá":
		k := i + 1
		if k < len(toks) && romanNumeral(toks[k].s) {
			k++
		}
		if k < len(toks) && (toks[k].s == "(" || toks[k].s == ",") {
			k++
		}
		if k+2 < len(toks) {
			return k
		}
	}
	return -1
}

// romanNumeral reports a Roman numeral in lower case ("i", "xvi").
func romanNumeral(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'i', 'v', 'x', 'l':
		default:
			return false
		}
	}
	return true
}

// latestTermStart is the latest first year of a term or period the
// paragraph names ("nhiệm kỳ 2025 - 2030", "giai đoạn 2021-2025"), or
// from: a text that names no single year speaks from the start of the
// newest term it names (a party congress closes one term and opens the
// next).
func latestTermStart(toks []tok, from int) int {
	for i := 0; i+4 < len(toks); i++ {
		// The dash first, by its hash (see hashNam): most words are
		// followed by none three tokens on.
		if h := toks[i].h; (h == hashKhoa || h == hashKhoaOld) && (toks[i].s == "khóa" || toks[i].s == "khoá") {
			// "khóa I (2025 - 2030)": a party committee's term
			if k := termYearsAt(toks, i); k >= 0 {
				if y, _, ok := termYears(toks, k); ok && y > from {
					from = y
				}
			}
			continue
		}
		if toks[i+3].h != hashDash || toks[i+3].s != "-" || !(toks[i].s == "nhiệm" || toks[i].s == "giai" || toks[i].s == "thời") || !(toks[i+1].s == "kỳ" || toks[i+1].s == "đoạn") {
			continue
		}
		if y, _, ok := termYears(toks, i+2); ok && y > from {
			from = y
		}
	}
	return from
}

// termYears reads the years of a term or period at toks[i:i+3] ("2020 -
// 2025"; the tokenizer folds every dash to "-"): its first and last year,
// ok if both are years from 1990 on and the term spans at most ten years.
// termIn, congressTerm and latestTermStart find the word before it.
func termYears(toks []tok, i int) (from, to int, ok bool) {
	a, d, b := toks[i].s, toks[i+1].s, toks[i+2].s
	if d != "-" || len(a) != 4 || !isDigits(a) || len(b) != 4 || !isDigits(b) {
		return 0, 0, false
	}
	from, _ = strconv.Atoi(a)
	to, _ = strconv.Atoi(b)
	return from, to, from >= 1990 && to > from && to <= from+10
}

// yearMention reads "năm 2023" at toks[i] (i at "năm"), unless it is the
// base of a comparison or part of a span. lo is the first token of the
// clause: the comparison words are looked for after it.
func yearMention(toks []tok, i, lo int) (int, bool) {
	if toks[i].s != "năm" || i+1 >= len(toks) {
		return 0, false
	}
	t := toks[i+1]
	if len(t.s) != 4 || !t.digits {
		return 0, false
	}
	y, _ := strconv.Atoi(t.s)
	if y < 1990 || y > 2100 {
		return 0, false
	}
	if i+2 < len(toks) && toks[i+2].s == "-" && i+3 < len(toks) && toks[i+3].digits {
		return 0, false // "năm 2021-2025"
	}
	if k := i - 1; k >= lo && (toks[k].s == "từ" || k > lo && (toks[k].s == "đầu" || toks[k].s == "cuối") && toks[k-1].s == "từ") {
		return 0, false // "kể từ đầu năm 2023": where a stretch of time starts
	}
	if k := i - 1; k > lo && toks[k].s == "lần" && toks[k-1].digits {
		return 0, false // "gấp 2,74 lần năm 2021": a multiple of that year's figure, a comparison base
	}
	event := true // no time word between: a disaster's noun names the year's event
	for k := i - 1; k >= lo && k >= i-6; k-- {
		if k-2 >= lo && toks[k].s == "19" && toks[k-1].s == "-" && toks[k-2].s == "covid" {
			k -= 2 // "dịch Covid-19 năm 2021": the epidemic's name
		}
		s := toks[k].s
		if !toks[k].word && s != "(" {
			break
		}
		if s == "kỳ" && k+1 < i && toks[k+1].s == "họp" {
			continue // "tại kỳ họp năm 2021", "kỳ họp cuối năm 2023": the session's year, no comparison
		}
		if notYearMentionBefore.has(s) {
			return 0, false
		}
		if s == "hơn" && k > lo && (toks[k-1].s == "cao" || toks[k-1].s == "thấp") {
			return 0, false // "cao hơn năm 2023"
		}
		if s == "đến" && k == i-1 {
			return 0, false // "đến năm 2030": a horizon
		}
		if event && disasterAt(toks, k) {
			return 0, false // "khắc phục hậu quả lụt bão năm 2020": when the disaster struck
		}
		if s == "trong" || s == "cả" || s == "hết" || s == "của" {
			event = false // "dịch bệnh trong năm 2022": the time of the clause
		}
	}
	return y, true
}

// wholeYearEstimate reports an estimate or projection word right next to
// "năm 2025" at toks[i] (i at "năm"): "năm 2025 dự kiến", "năm 2024
// ước (đạt)", "ước năm 2024", "ước tính năm 2023", "ước thực hiện năm
// 2023", "dự kiến năm 2026" — unless a part of the year comes right
// before the year ("9 tháng năm 2024 ước thực hiện", "quý IV năm 2023
// ước", "6 tháng đầu năm 2025 ước").
func wholeYearEstimate(toks []tok, i int) bool {
	if i > 0 {
		switch p := toks[i-1]; {
		case p.digits, p.s == "tháng", p.s == "quý", p.s == "quí", p.s == "đầu", p.s == "cuối", p.s == "giữa", p.s == "nửa",
			p.s == "i", p.s == "ii", p.s == "iii", p.s == "iv", p.s == "/", p.s == "-":
			return false
		case p.s == "ước", p.s == "kiến" && i > 1 && toks[i-2].s == "dự",
			p.s == "tính" && i > 1 && toks[i-2].s == "ước",
			p.s == "hiện" && i > 2 && toks[i-2].s == "thực" && toks[i-3].s == "ước":
			return true
		}
	}
	k := i + 2
	if k < len(toks) && toks[k].s == "," {
		k++
	}
	return k < len(toks) && (toks[k].s == "ước" || toks[k].s == "dự" && k+1 < len(toks) && toks[k+1].s == "kiến")
}

// partYearBefore reports a part of a year named in the sentence before
// byte pos ("Lũy kế 10 tháng, thu ngân sách năm 2024 ước đạt …", "Trong
// quý III, …"): the estimate after it may be of that part.
//
// A month that dates an event ("Mưa lũ cuối tháng 10 gây thiệt hại …")
// is no part of the year's figures.
func partYearBefore(stoks []tok, pos int) bool {
	for k, t := range stoks {
		if t.start >= pos {
			break
		}
		switch t.s {
		case "quý", "quí", "nửa":
			return true
		case "tháng":
			if k == 0 {
				return true
			}
			p := stoks[k-1].s
			if stoks[k-1].digits || monthWords[p] != 0 || p == "trong" || p == "riêng" || p == "hết" || p == "đến" {
				return true // "10 tháng", "trong tháng 9", "đến hết tháng 10"
			}
			if (p == "cuối" || p == "đầu" || p == "giữa") && k >= 2 && (stoks[k-2].s == "đến" || stoks[k-2].s == "hết") {
				return true // "đến cuối tháng 9"
			}
		}
	}
	return false
}

// disasterAt reports a disaster's or an epidemic's noun at toks[k] ("bão",
// "lụt", "lũ", "thiên tai", "hạn hán", "hạn mặn", "xâm nhập mặn", "sạt
// lở", "lốc xoáy", "mưa đá", "rét đậm", "dịch" but not "dịch vụ", "đại
// dịch", "Covid"): a year right after it ("lụt bão năm 2020", "cơn bão
// số 3 năm 2024", "hạn hán, xâm nhập mặn năm 2020", "đại dịch năm 2021")
// dates the event, not the figures around it.
func disasterAt(toks []tok, k int) bool {
	next := func(w string) bool { return k+1 < len(toks) && toks[k+1].s == w }
	prev := func(w string) bool { return k > 0 && toks[k-1].s == w }
	switch toks[k].s {
	case "bão", "lụt", "lũ", "covid":
		return true
	case "thiên":
		return next("tai")
	case "hạn":
		return next("hán") || next("mặn")
	case "mặn":
		return prev("nhập") || prev("hạn") // "xâm nhập mặn", "hạn mặn"
	case "sạt":
		return next("lở")
	case "lốc":
		return next("xoáy") || next("tố")
	case "đá":
		return prev("mưa")
	case "rét":
		return next("đậm") || next("hại")
	case "dịch":
		return next("bệnh") || next("covid") || next("tả") || next("cúm") || prev("đại")
	}
	return false
}

// reportYearAt reads the year after a report abbreviation at toks[i]
// ("KH 2024: …", "ƯTH 2023: …"): the year of the plan or the result that
// follows, as "năm 2024" is.
func reportYearAt(toks []tok, i int) (int, bool) {
	switch toks[i].s {
	case "kh", "th", "ưth":
	default:
		return 0, false
	}
	if i+1 >= len(toks) || len(toks[i+1].s) != 4 || !toks[i+1].digits || i+2 < len(toks) && toks[i+2].s == "-" {
		return 0, false
	}
	y, _ := strconv.Atoi(toks[i+1].s)
	if y < 1990 || y > 2100 {
		return 0, false
	}
	return y, true
}

// horizonAt reads "đến năm 2030" at toks[i] (i at "năm"): the year a
// target or a result is reached by.
func horizonAt(toks []tok, i int) (int, bool) {
	if i == 0 || toks[i-1].s != "đến" || toks[i].s != "năm" || i+1 >= len(toks) {
		return 0, false
	}
	t := toks[i+1]
	if len(t.s) != 4 || !t.digits || (i+2 < len(toks) && toks[i+2].s == "-") {
		return 0, false
	}
	y, _ := strconv.Atoi(t.s)
	if y < 1990 || y > 2100 || comparedAt(toks, i-1) {
		return 0, false
	}
	return y, true
}

// mention is a time expression of the text.
type mention struct {
	pos       int // byte offset
	year      int // a year the text turns to, 0 if none
	resetPart bool
	period    int // month end of a part-year period, -1 to leave as is
	day       int
	span      bool // a multi-year period: its last year holds for its sentence only
	// label is a year that names the figure right before it ("mức tăng
	// 2,11% của năm 2020", "9,51% của quý I/2022"): that figure's year
	// (and period), not the running year of the clauses after it.
	label bool
	month int // the month of "tháng 9/2021", with its year
}

// timeMentions finds years and part-year periods in a clause. They are
// appended to out[:0] (the docReader's buffer, reused clause after
// clause).
func (x *docReader) timeMentions(out []mention, ctoks, stoks []tok) []mention {
	out = out[:0]
	for i := 0; i < len(ctoks); i++ {
		t := &ctoks[i]
		if !mayStartTime(t) {
			continue // most words: none of the tests below can hold
		}
		if t.digits && !timeUnitAfter(ctoks, i) {
			// Of the tests below, only the cases of "N năm qua", "N quý
			// đầu", "9 tháng", "10t" read a number, and each wants its
			// unit of time right after it; the others open on a word.
			// Most numbers are figures and parts of figures and dates.
			continue
		}
		if (t.s == "giai" || t.s == "thời" || t.s == "nhiệm") && i+4 < len(ctoks) && (ctoks[i+1].s == "đoạn" || ctoks[i+1].s == "kỳ") {
			if _, to, ok := termYears(ctoks, i+2); ok {
				x.lastPeriodEnd = to // for "thời kỳ này" later (see below)
			}
		}
		if end, e, ok := spanAt(ctoks, i); ok {
			out = append(out, mention{pos: t.start, year: end, period: 0, span: true})
			i = e - 1
			continue
		}
		if y, ok := horizonAt(ctoks, i); ok {
			// "Đến năm 2025, tổng giá trị sản xuất đạt …", "phấn đấu đến
			// năm 2030 …": the year of the sentence's figures, not of
			// the text that follows.
			out = append(out, mention{pos: t.start, year: y, period: -1, span: true})
			i++
			continue
		}
		y, isYear := yearMention(ctoks, i, 0) // read once for the two tests below
		if isYear && x.pubY != 0 && y > x.pubY && i >= 1 && (ctoks[i-1].s == "cuối" || ctoks[i-1].s == "hết") {
			// "Đại hội đặt mục tiêu đến cuối năm 2030, tỷ lệ nghèo …",
			// "phấn đấu tỷ lệ nghèo cuối năm 2030 giảm còn 0,23%": the end
			// of a year still to come, that a target is to be reached
			// by, is a horizon too, the year of its sentence only.
			out = append(out, mention{pos: t.start, year: y, period: -1, span: true})
			i++
			continue
		}
		if isYear {
			m := mention{pos: t.start, year: y, period: -1}
			// "Năm 2024, …" at a sentence's start speaks of the whole year.
			if len(stoks) > 0 && (stoks[0].start == t.start || (len(stoks) > 1 && stoks[1].start == t.start && (stoks[0].s == "trong" || stoks[0].s == "cả" || stoks[0].s == "hết"))) {
				m.resetPart = true
				m.period = 0
			}
			if i > 0 && ctoks[i-1].s == "cả" {
				m.period = 0
			}
			if i >= 2 && ctoks[i-1].s == "chung" && ctoks[i-2].s == "tính" {
				// "(quý III tăng 7,88%); tính chung năm 2023 tăng 5,77%":
				// the sum of the whole year, whatever part of it the
				// clauses before spoke of.
				m.period = 0
			}
			if labelsFigure(ctoks, i) {
				m.label = true
			}
			if m.period < 0 && wholeYearEstimate(ctoks, i) && !partYearBefore(stoks, t.start) {
				// "tăng trưởng GRDP năm 2025 dự kiến đạt 9 – 9,5%", "thu
				// ngân sách ước năm 2024 đạt …": an estimate or a
				// projection for a named year is of the whole year, not of
				// the months the sentences before reported.
				m.period = 0
			}
			if i >= 2 && ctoks[i-1].s == "đầu" && ctoks[i-2].s == "đến" {
				// "tính đến đầu năm 2023, tỉnh đã giảm được 4.264 hộ
				// nghèo": a count to the year's first day is the year
				// before's whole result.
				m.year, m.period = y-1, 0
			}
			out = append(out, m)
			i++
			continue
		}
		if y, ok := x.baseYearAt(ctoks, i, out); ok {
			out = append(out, mention{pos: t.start, year: y + 1, period: -1})
			i++
			continue
		}
		if comparedAt(ctoks, i) {
			continue
		}
		if y, ok := reportYearAt(ctoks, i); ok {
			out = append(out, mention{pos: t.start, year: y, period: -1})
			i++
			continue
		}
		if t.s == "ngày" && i+2 < len(ctoks) && ctoks[i+1].digits && ctoks[i+2].s == "tháng" {
			// "ngày 05 tháng 10 (năm 2023)": a day, not "5 tháng" of the year.
			if d, ok := writtenDate(ctoks, i); ok {
				i = d.end - 1
			} else {
				i += 2
			}
			continue
		}
		switch {
		case t.s == "năm" && i+1 < len(ctoks) && (ctoks[i+1].s == "qua" || ctoks[i+1].s == "vừa" && i+2 < len(ctoks) && ctoks[i+2].s == "qua") && (i == 0 || !ctoks[i-1].digits):
			// (also "năm vừa qua", the same year just past)
			// "trong năm qua": the year just past, the first one its
			// sentence named ("Báo cáo … năm 2017 và nhiệm vụ năm 2018
			// …, trong năm qua …"), else the report's.
			y := x.sentMinYear
			for _, m := range out {
				if m.year != 0 && !m.span && (y == 0 || m.year < y) {
					y = m.year
				}
			}
			if y == 0 && x.pubY != 0 {
				y = x.pubY
				if x.pubM <= 2 {
					y--
				}
			}
			if y != 0 {
				out = append(out, mention{pos: t.start, year: y, period: 0})
			}
		case t.digits && i+2 < len(ctoks) && ctoks[i+1].s == "năm" && ctoks[i+2].s == "qua" && x.pubY != 0 && !windowBefore(ctoks, i):
			// "Trong 5 năm qua, kết nạp 1.200 đảng viên mới": a period
			// that ends now takes its last year, the report's (in its
			// first two months, the year just ended), whatever year
			// the sentence before named.
			if n, _ := strconv.Atoi(t.s); n >= 2 && n <= 30 {
				y := x.pubY
				if x.pubM != 0 && x.pubM <= 2 {
					y--
				}
				out = append(out, mention{pos: t.start, year: y, period: 0, span: true})
				i += 2
			}
		case t.digits && i+2 < len(ctoks) && ctoks[i+1].s == "năm" && (ctoks[i+2].s == "tới" || ctoks[i+2].s == "sắp") && x.pubY != 0:
			// "trong 5 năm tới": a period that starts now ends N years
			// on, not next year ("năm tới" alone).
			if n, _ := strconv.Atoi(t.s); n >= 2 && n <= 30 {
				out = append(out, mention{pos: t.start, year: x.pubY + n, period: 0, span: true})
				i += 2
			}
		case t.s == "năm" && i+3 < len(ctoks) && (ctoks[i+1].s == "ngân" && ctoks[i+2].s == "sách" || ctoks[i+1].s == "tài" && ctoks[i+2].s == "chính") &&
			len(ctoks[i+3].s) == 4 && ctoks[i+3].digits && !comparedAt(ctoks, i):
			// "cho năm ngân sách 2020", "năm tài chính 2024": the budget
			// year, a year like "năm 2020".
			if y, _ := strconv.Atoi(ctoks[i+3].s); y >= 1990 && y <= 2100 {
				out = append(out, mention{pos: t.start, year: y, period: -1})
				i += 3
			}
		case t.s == "năm" && i+1 < len(ctoks) && (ctoks[i+1].s == "ngoái" || ctoks[i+1].s == "rồi") && x.pubY != 0 && lastYearOwn(ctoks, i):
			// "nền tảng từ năm ngoái: …", "Năm rồi, huyện thu …": the
			// year before the page's.
			out = append(out, mention{pos: t.start, year: x.pubY - 1, period: 0})
			i++
		case t.s == "năm" && i+1 < len(ctoks) && (ctoks[i+1].s == "nay") && x.pubY != 0:
			out = append(out, mention{pos: t.start, year: x.pubY, period: -1})
		case t.s == "năm" && nextYearWords(ctoks, i) > 0 && x.nextYear() != 0:
			// "năm tới", "năm sau", "năm kế tiếp", "năm tiếp theo",
			// "sang năm": the year after the one the text speaks from.
			out = append(out, mention{pos: t.start, year: x.nextYear(), period: 0})
			i += nextYearWords(ctoks, i) - 1
		case t.s == "năm" && i+1 < len(ctoks) && ctoks[i+1].s == "mới" && (i+2 >= len(ctoks) || !ctoks[i+2].digits):
			// "Năm mới, huyện phấn đấu …": the year that begins after the
			// one under review — the page's own year in its first two
			// months, else the year after it; with no page date, the
			// year after the one the text reports.
			y := 0
			switch {
			case x.pubY != 0 && x.pubM >= 1 && x.pubM <= 2:
				y = x.pubY
			case x.pubY != 0 && x.pubM > 2:
				y = x.pubY + 1
			case x.pubY == 0 && x.defYear != 0:
				y = x.defYear + 1
			}
			if y != 0 {
				out = append(out, mention{pos: t.start, year: y, period: 0})
			}
			i++
		case (t.s == "giai" || t.s == "thời" || t.s == "nhiệm") && i+2 < len(ctoks) && (ctoks[i+1].s == "đoạn" || ctoks[i+1].s == "kỳ") &&
			(ctoks[i+2].s == "này" || ctoks[i+2].s == "đó" || ctoks[i+2].s == "trên") && x.lastPeriodEnd != 0 && !comparedAt(ctoks, i):
			// "Cũng đến hết thời kỳ này, tỉnh phấn đấu …", "trong giai
			// đoạn này": the period the text named last, of its last
			// year, for this sentence.
			out = append(out, mention{pos: t.start, year: x.lastPeriodEnd, period: 0, span: true})
			i += 2
		case t.s == "cả" && i+1 < len(ctoks) && ctoks[i+1].s == "năm":
			out = append(out, mention{pos: t.start, period: 0})
		case t.s == "nửa" && i+1 < len(ctoks) && (ctoks[i+1].s == "năm" || ctoks[i+1].s == "đầu" && i+2 < len(ctoks) && ctoks[i+2].s == "năm") && !comparedAt(ctoks, i):
			// "Trong nửa đầu năm 2022", "nửa năm 2020": the first six
			// months, as "6 tháng đầu năm" (the year is read after it).
			out = append(out, mention{pos: t.start, period: 6})
		case i+2 < len(ctoks) && (ctoks[i+1].s == "quý" || ctoks[i+1].s == "quí") && (ctoks[i+2].s == "đầu" || ctoks[i+2].s == "năm" || ctoks[i+2].s == "qua") && !comparedAt(ctoks, i):
			// "Qua ba quý đầu năm", "3 quý năm 2024", "hai quý qua": the
			// first quarters of a year, as many months as three each.
			n := monthWords[t.s]
			if t.digits {
				n, _ = strconv.Atoi(t.s)
			}
			if n < 1 || n > 3 {
				continue
			}
			m := mention{pos: t.start, period: 3 * n}
			if ctoks[i+2].s == "qua" && x.pubY != 0 {
				m.year = x.pubY
			}
			out = append(out, m)
			i++
		case t.s == "tháng" && (i > 0 && (ctoks[i-1].s == "trong" || ctoks[i-1].s == "riêng") || len(stoks) > 0 && stoks[0].start == t.start) && singleMonth(ctoks, i) > 0:
			// "Trong tháng 4 năm 2023, …", "Riêng tháng 10/2024, …",
			// "Tháng 12, …" opening its sentence: the figures of that one
			// month, whose as_of is its last day — December's too (period
			// 12, not 0: one month is not the whole year).
			n := singleMonth(ctoks, i)
			m := mention{pos: t.start, period: n, month: n}
			if i+3 < len(ctoks) && (ctoks[i+2].s == "/" || ctoks[i+2].s == "-" || ctoks[i+2].s == ".") && len(ctoks[i+3].s) == 4 && ctoks[i+3].digits && ctoks[i+3].start == ctoks[i+2].end {
				m.year, _ = strconv.Atoi(ctoks[i+3].s)
				i += 2
			}
			out = append(out, m)
			i++
		case t.s == "tháng" && i+3 < len(ctoks) && ctoks[i+1].digits && len(ctoks[i+1].s) <= 2 &&
			(ctoks[i+2].s == "/" || ctoks[i+2].s == "." || ctoks[i+2].s == "-") && len(ctoks[i+3].s) == 4 && ctoks[i+3].digits &&
			ctoks[i+2].start == ctoks[i+1].end && ctoks[i+3].start == ctoks[i+2].end:
			// "tháng 9/2021", "tháng 9.2021": the year of the figures;
			// after a figure and "của" ("9,51% của tháng 9/2022") of that
			// figure alone.
			if y, _ := strconv.Atoi(ctoks[i+3].s); y >= 1990 && y <= 2100 {
				label := labelsFigure(ctoks, i)
				mo, _ := strconv.Atoi(ctoks[i+1].s)
				out = append(out, mention{pos: t.start, year: y, period: -1, label: label, month: mo})
			}
			i += 3
		case t.digits && i+3 < len(ctoks) && (ctoks[i+1].s == "t" && ctoks[i+1].start == t.end || ctoks[i+1].s == "tháng") &&
			ctoks[i+2].s == "/" && len(ctoks[i+3].s) == 4 && ctoks[i+3].digits && ctoks[i+3].start == ctoks[i+2].end:
			// "6T/2023", "9 tháng/2024": report notation for the first
			// months of a year, that year's part.
			n, _ := strconv.Atoi(t.s)
			y, _ := strconv.Atoi(ctoks[i+3].s)
			if n >= 1 && n <= 12 && y >= 1990 && y <= 2100 {
				out = append(out, mention{pos: t.start, year: y, period: n % 12})
				i += 3
			}
		case i+1 < len(ctoks) && ctoks[i+1].s == "tháng" && (t.digits || wordMonths(ctoks, i) != 0):
			n, _ := strconv.Atoi(t.s)
			if !t.digits {
				n = wordMonths(ctoks, i) // "chín tháng qua", "sáu tháng đầu năm", "mười một tháng"
			}
			if n < 1 || n > 12 || (i > 0 && ctoks[i-1].s == "tháng") {
				continue
			}
			bareY := x.partYear(ctoks, i, n)
			if i+2 < len(ctoks) && ctoks[i+2].s == "cuối" {
				out = append(out, mention{pos: t.start, year: bareY, period: 0})
				continue
			}
			if n == 12 {
				n = 0
			}
			if i+2 < len(ctoks) && ctoks[i+2].s == "qua" && x.pubY != 0 {
				// "6 tháng qua": the months just past, of the report's year.
				out = append(out, mention{pos: t.start, year: x.pubY, period: n})
				continue
			}
			out = append(out, mention{pos: t.start, year: bareY, period: n})
		case (t.s == "quý" || t.s == "quí") && i+1 < len(ctoks):
			if q, ok := quarters[ctoks[i+1].s]; ok {
				// "quý IV": the fourth quarter alone, as_of the year's
				// last day but not the whole year (period 12, not 0).
				m := mention{pos: t.start, period: q}
				if y, ok := quarterYear(ctoks, i); ok {
					// "trong quý I/2023", "quý I-2022": the quarter of
					// that year, a year like "năm 2022"; after a
					// figure and "của" ("mức tăng 9,51% của quý
					// I/2022") it labels that figure alone.
					m.year = y
					if labelsFigure(ctoks, i) {
						m.label = true
					}
					i += 3
				}
				out = append(out, m)
			}
		case t.s == "đến" || t.s == "tính" || t.s == "chốt" || t.s == "tại" && i+2 < len(ctoks) && ctoks[i+1].s == "thời" && ctoks[i+2].s == "điểm":
			// "số liệu chốt ngày 31/12/2020", "tại thời điểm 30/6/2024":
			// the day the data were closed dates them as "đến ngày" does.
			k := i + 1
			if k < len(ctoks) && (ctoks[k].s == "ngày" || ctoks[k].s == "đến") {
				k++
			}
			if k+1 < len(ctoks) && ctoks[k].s == "thời" && ctoks[k+1].s == "điểm" {
				k += 2 // "đến thời điểm 31/12/2019": the date itself
			}
			if k < len(ctoks) && ctoks[k].s == "ngày" {
				k++
			}
			if d, ok := dateAt(ctoks, k); ok {
				m := mention{pos: t.start, period: d.m, day: d.d}
				if d.m == 12 && d.d == 31 {
					m.period = 0
				}
				if d.y != 0 {
					m.year = d.y
				} else if x.pubY != 0 && x.pubM != 0 && d.m > x.pubM {
					// "tính đến ngày 29.12" on a page of January: the
					// December just past.
					m.year = x.pubY - 1
				}
				if x.pubY != 0 && d.y > x.pubY {
					m.span = true // "phấn đấu đến 31/01/2024 …": a deadline, for its sentence only
				}
				out = append(out, m)
				i = d.end - 1
				continue
			}
			// "đến hết tháng 10/2024", "tính đến tháng 9", "đến cuối
			// tháng 8 năm 2021": to the month's end.
			end := k < len(ctoks) && ctoks[k].s == "cuối"
			if k < len(ctoks) && (ctoks[k].s == "hết" || end) {
				k++
			}
			if k+1 < len(ctoks) && ctoks[k].s == "tháng" && ctoks[k+1].digits {
				n, _ := strconv.Atoi(ctoks[k+1].s)
				if n < 1 || n > 12 {
					continue
				}
				m := mention{pos: t.start, period: n % 12}
				e := k + 2
				if e+1 < len(ctoks) && (ctoks[e].s == "/" || ctoks[e].s == "-" || ctoks[e].s == "." || ctoks[e].s == "năm") && len(ctoks[e+1].s) == 4 && ctoks[e+1].digits {
					m.year, _ = strconv.Atoi(ctoks[e+1].s)
					e += 2
				}
				if end && m.year == 0 {
					continue // "đến cuối tháng 9" with no year: left as it was
				}
				out = append(out, m)
				i = e - 1
			}
		}
	}
	return out
}

// baseYearAt reads, at toks[i] (i at "năm"), the year a figure is
// compared with ("tăng 4,9% so với năm 2022", "so với cùng kỳ năm 2022")
// when it tells the year of the figures and nothing else does: a text
// dated in year P that compares with year P-2 and names no year of its
// own reports the year between, P-1, the last one ended (an April
// speech that gives "so với năm 2022" speaks of 2023). A base one year
// back says nothing new (the figures are of the text's year), one further
// back compares over several years, and a year the text has already
// turned to (a year named in the clause or before) holds.
func (x *docReader) baseYearAt(toks []tok, i int, out []mention) (int, bool) {
	if x.pubY == 0 || x.yearSet || toks[i].s != "năm" || i+1 >= len(toks) || i < 2 {
		return 0, false
	}
	t := toks[i+1]
	if len(t.s) != 4 || !t.digits || i+2 < len(toks) && toks[i+2].s == "-" {
		return 0, false
	}
	y, _ := strconv.Atoi(t.s)
	if y != x.pubY-2 {
		return 0, false
	}
	if firstYearAfter(out) >= 0 {
		return 0, false
	}
	if !comparedWithYear(toks, i) {
		return 0, false
	}
	return y, true
}

// windowBefore reports "N năm qua" at toks[i] as the window a record is
// set in, not the period of the figures: "Đây là năm đầu tiên trong vòng
// 4 năm qua, … đạt …", "mức cao nhất trong 5 năm qua". The figures are
// the year's.
func windowBefore(toks []tok, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].s == "vòng" {
		k--
	}
	if k < 1 || toks[k].s != "trong" {
		return false
	}
	return toks[k-1].s == "nhất" || toks[k-1].s == "tiên" && k >= 2 && toks[k-2].s == "đầu"
}

// lastYearOwn reports "năm ngoái" or "năm rồi" at toks[i] as the time of
// the clause's figures: not a comparison's base ("so với năm ngoái",
// "cùng kỳ năm ngoái", "cao hơn năm rồi", "bằng năm ngoái") nor where a
// stretch starts ("kể từ năm ngoái").
func lastYearOwn(toks []tok, i int) bool {
	if comparedAt(toks, i) {
		return false
	}
	if k := i - 1; k >= 0 {
		switch toks[k].s {
		case "kỳ", "hơn", "bằng", "như", "với", "ck":
			return false
		case "từ":
			return k == 0 || toks[k-1].s != "kể"
		}
	}
	return true
}

// singleMonth reads the month named at toks[i] ("tháng" then its number,
// 1 to 12) when it stands alone, not as the first of a stretch of months
// ("tháng 1 - 2", "tháng 1 đến tháng 3", "tháng 1 và tháng 2"). 0 if not.
func singleMonth(toks []tok, i int) int {
	if i+1 >= len(toks) || !toks[i+1].digits || len(toks[i+1].s) > 2 {
		return 0
	}
	n, _ := strconv.Atoi(toks[i+1].s)
	if n < 1 || n > 12 {
		return 0
	}
	if i+2 < len(toks) {
		switch s := toks[i+2].s; {
		case s == "đến", s == "và", s == "tới", s == "-" && !(i+3 < len(toks) && len(toks[i+3].s) == 4):
			return 0
		case (s == "." || s == ",") && toks[i+2].start == toks[i+1].end && i+3 < len(toks) && toks[i+3].digits && toks[i+3].start == toks[i+2].end &&
			!(s == "." && len(toks[i+3].s) == 4):
			return 0 // "chi trong tháng 4.823 tỷ đồng": an amount, not a month
		}
	}
	return n
}

// subjectMonths adds to a clause's time mentions the single month named
// right after an indicator's name ("Thu ngân sách tháng 10 đạt 600 tỷ
// đồng", "Tổng mức bán lẻ hàng hóa tháng 9/2022 ước đạt …"): the figures
// of that month alone, as_of its last day, as "Trong tháng 10, …" gives.
// The month holds for its sentence only (a span): the name ties it to
// the subject it follows, not to the sentences after. A few words may
// end the subject's name after its cue ("tổng mức bán lẻ hàng hóa và
// doanh thu dịch vụ tiêu dùng xã hội tháng 9"), but no figure, no verb and
// no comparison ("cao hơn so với tháng 9" is another month's).
func subjectMonths(ms []mention, ctoks []tok, events []cueEvent) []mention {
	for _, e := range events {
		if e.other {
			continue
		}
		i := e.end
		for i < len(ctoks) && i-e.end < 4 && ctoks[i].s != "tháng" && ctoks[i].word && !ctoks[i].digits && !notSubjectTail[ctoks[i].s] {
			i++
		}
		if i >= len(ctoks) || ctoks[i].s != "tháng" {
			continue
		}
		n := singleMonth(ctoks, i)
		if n == 0 {
			continue
		}
		// After any mention read at the same word ("tháng 9/2022" gives
		// its year there), so that the year is in place when the span
		// saves the running time.
		pos := ctoks[i].start
		k := len(ms)
		for k > 0 && ms[k-1].pos > pos {
			k--
		}
		ms = slices.Insert(ms, k, mention{pos: pos, period: n, month: n, span: true})
	}
	return ms
}

// notSubjectTail are words that end an indicator's subject: verbs of a
// result or change, comparisons, limits and plan words.
var notSubjectTail = map[string]bool{
	"đạt": true, "tăng": true, "giảm": true, "ước": true, "thực": true, "được": true, "là": true, "có": true,
	"so": true, "với": true, "hơn": true, "bằng": true, "cao": true, "thấp": true, "cùng": true, "kỳ": true,
	"đến": true, "tới": true, "từ": true, "sau": true, "trước": true, "chỉ": true, "kế": true, "dự": true,
}

// monthWords are the counts of months written in words before "tháng"
// ("chín tháng", "sáu tháng"); "một" and "hai" also count after "mười".
var monthWords = map[string]int{"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}

// wordMonths is the count of months written in words at toks[i] ("chín",
// "mười một"), 0 if none; "một" alone ("một tháng") is no period.
func wordMonths(toks []tok, i int) int {
	n := monthWords[toks[i].s]
	if i > 0 && toks[i-1].s == "mười" && (n == 1 || n == 2) {
		return n + 10
	}
	if n == 1 {
		return 0
	}
	return n
}

// partYear reads a part of a year, "N tháng đầu/cuối năm" at ctoks[i]
// (n months). Named with its year ("6 tháng cuối năm 2024"), the year is
// kept for that part, unless it is a comparison's base ("so với 6 tháng
// đầu năm 2023"); named bare later ("Trong 6 tháng cuối năm, …") it is
// the same part of the same year, whatever other year the text spoke of
// in between, and partYear returns that year. 0 otherwise.
func (x *docReader) partYear(ctoks []tok, i, n int) int {
	if i+3 >= len(ctoks) || ctoks[i+3].s != "năm" {
		return 0
	}
	side := 0
	switch ctoks[i+2].s {
	case "đầu":
	case "cuối":
		side = 1
	default:
		return 0
	}
	k := n*2 + side
	if i+4 < len(ctoks) && ctoks[i+4].digits {
		if y, _ := strconv.Atoi(ctoks[i+4].s); y >= 1990 && y <= 2100 && !comparedAt(ctoks, i) {
			x.partYears[k] = y
		}
		return 0
	}
	return x.partYears[k]
}

// timeUnitAfter reports a unit of time ("năm", "quý", "tháng", "t")
// right after toks[i]: the only words after which a number starts a
// mention of time (see timeMentions).
func timeUnitAfter(toks []tok, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].s {
	case "năm", "quý", "quí", "tháng", "t":
		return true
	}
	return false
}

// mayStartTime reports a token timeMentions can read a mention at: one
// of the words its tests (and spanAt, horizonAt, yearMention,
// reportYearAt) start with, a count of months in words, or a number. Any
// other token is passed over at once, as those tests would pass it after
// a dozen comparisons each. Most words are told by their hash alone
// (timeHashes, as levelFirstTok does), the rest by the set.
func mayStartTime(t *tok) bool {
	// A number is a token of digits: one that starts with a digit is all
	// digits.
	b := t.h >> startShift
	return t.digits || timeHashes[b/64]&(1<<(b%64)) != 0 && timeStarts.words[t.s]
}

var timeStarts = func() *wordSet {
	words := []string{"năm", "tháng", "ngày", "quý", "quí", "đến", "tính", "cả", "giai", "thời", "nhiệm", "kỳ", "kế", "nửa", "chốt", "tại", "kh", "th", "ưth"}
	for w := range monthWords {
		words = append(words, w)
	}
	return newWordSet(words...)
}()

var timeHashes = func() (bits [startBits / 64]uint64) {
	for w := range timeStarts.words {
		b := tokHash(w) >> startShift
		bits[b/64] |= 1 << (b % 64)
	}
	return bits
}()

// nextYearWords reports the words at toks[i] ("năm") that name the year
// after the one a text speaks from, and how many tokens they take: "năm
// tới", "năm sau", "năm kế tiếp", "năm tiếp theo", and "sang năm" with no
// year of its own after it ("Sang năm, tỉnh đặt chỉ tiêu …", not "chuyển
// sang năm 2024"). 0 when they do not.
func nextYearWords(toks []tok, i int) int {
	if toks[i].s != "năm" {
		return 0
	}
	if i+1 < len(toks) {
		switch toks[i+1].s {
		case "tới", "sau":
			return 2
		case "kế", "tiếp":
			if i+2 < len(toks) && (toks[i+1].s == "kế" && toks[i+2].s == "tiếp" || toks[i+1].s == "tiếp" && toks[i+2].s == "theo") {
				return 3
			}
		}
	}
	if i > 0 && toks[i-1].s == "sang" && (i+1 >= len(toks) || !toks[i+1].digits && !yearQualifier.has(toks[i+1].s)) {
		return 1
	}
	return 0
}

// yearQualifier are the words that make "năm" after "sang" a year of
// their own ("sang năm mới", "sang năm học mới", "sang năm nay").
var yearQualifier = newWordSet("mới", "nay", "qua", "trước", "học", "tài", "thứ")

// nextYear is the year after the one the text speaks from: the page's
// year's next, or, on a page with no date, the next of the year its text
// reports (see defYear). 0 when neither is known.
func (x *docReader) nextYear() int {
	switch {
	case x.pubY != 0:
		return x.pubY + 1
	case x.defYear != 0:
		return x.defYear + 1
	}
	return 0
}

// planNameEnd reports the last word of a plan's name ("kế hoạch", "dự
// toán", "chỉ tiêu", "mục tiêu", "KH"): a year after it is the plan's.
func planNameEnd(w string) bool {
	switch w {
	case "hoạch", "toán", "tiêu", "kh":
		return true
	}
	return false
}

// comparedAt reports whether toks[i] follows "so với" closely: the start of
// a comparison base. A plan named between ("so với dự toán năm 2023", "so
// với kế hoạch năm 2024") is the plan of that year, the year of the
// figures, as without the "so với" ("bằng 63,4% dự toán năm 2023").
func comparedAt(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if !toks[k].word {
			return false
		}
		if planNameEnd(toks[k].s) {
			return false
		}
		if toks[k].s == "so" || toks[k].s == "với" {
			return true
		}
	}
	return false
}

func (x *docReader) apply(m mention) {
	if m.span && !x.inSpan {
		x.inSpan = true
		x.beforeSpan = spanSaved{x.year, x.yearSet, x.period, x.periodDay}
	}
	if m.year != 0 && !m.label {
		x.year, x.yearSet, x.yearSent = m.year, true, x.sentNo
		x.monthSent = 0
		if m.month != 0 {
			x.month, x.monthSent = m.month, x.sentNo
		}
		if !m.span && (x.sentMinYear == 0 || m.year < x.sentMinYear) {
			x.sentMinYear = m.year
		}
	}
	if m.period >= 0 && !m.label {
		x.period, x.periodDay = m.period, m.day
	}
}

// yearOf is the year of a figure and whether the text states it: the
// clause's year, else the running year, else a year later in the clause.
func (x *docReader) yearOf(f *figure) (int, bool) {
	// A year right after the figure is its own ("16 chỉ tiêu năm 2023").
	// A period may come first ("87,8% trong 6 tháng đầu năm 2023").
	if k := firstYearAfter(f.after); k >= 0 && (k == 0 || f.after[k-1].period > 0) {
		// (f.after[k-1] has no year: k is the first that has one.)
		between := tokRange(f.ctoks, f.a.End, f.after[k].pos)
		near := true
		for _, t := range between {
			if t.s == "," || t.s == ";" || t.s == ":" || t.s == "thì" || t.s == "(" && asideFigure(f.p.text, f.after[k].pos) {
				// "ước đạt 8,16% (năm 2022 đạt 9,12%)": a bracket that
				// gives its year a figure of its own is an aside; "Nếu
				// như năm 2018 … 2.740 lao động thì năm nay …": the year
				// after "thì" is the second term's of the contrast.
				near = false
				break
			}
		}
		if near && len(between) <= 10 {
			return f.after[k].year, true
		}
	}
	if x.yearSet {
		return x.year, true
	}
	for _, m := range f.after {
		if m.year != 0 {
			return m.year, true
		}
	}
	return x.defYear, false
}

// asideFigure reports a figure after the year named at pos inside a
// bracket, before the bracket closes: the year is that figure's.
func asideFigure(text string, pos int) bool {
	i := pos
	for i < len(text) && !('0' <= text[i] && text[i] <= '9') && text[i] != ')' {
		i++
	}
	for i < len(text) && ('0' <= text[i] && text[i] <= '9') {
		i++ // the year itself
	}
	for ; i < len(text) && text[i] != ')' && text[i] != '\n'; i++ {
		if '0' <= text[i] && text[i] <= '9' {
			return true
		}
	}
	return false
}

// compactPlan reports a plan figure of report notation, "ước đạt X/NQ
// Y": the plan of the result before it, of the same year.
func compactPlan(f *figure) bool {
	pre := f.pre()
	for k := len(pre) - 1; k >= 0 && k >= len(pre)-3; k-- {
		if pre[k].s == "/" {
			return true
		}
	}
	return false
}

// planned reports a target or expectation word before the figure in its
// sentence.
func (f *figure) planned() bool {
	k := f.sentCues().kindBefore(f.a.Start)
	return k == cuePlan || k == cueExpect
}

// yearAfter reports a year named after the figure in its clause.
func (x *docReader) yearAfter(f *figure) bool {
	return firstYearAfter(f.after) >= 0
}

// finalYear adjusts a default year by kind: a December article plans next
// year, a January one reports last year.
func (x *docReader) finalYear(f *figure, kind facts.Kind) int {
	if y, ok := bracketYearAfter(f.clauseAfter()); ok {
		// "lần lượt là 5.120 hộ (2020), 4.860 hộ (2021)", "đạt 7,2%
		// (năm 2023)": a year alone in a bracket right after a figure
		// labels that figure.
		return y
	}
	if end, ok := termOfPair(f); ok {
		// "hoàn thành sớm chỉ tiêu Nghị quyết … nhiệm kỳ 2020-2025 với
		// 38/37 đồng chí được kết nạp đạt tỉ lệ 102,70%": a pair (and its
		// share) measured against a term's target named right before it
		// is the term's, its last year.
		return end
	}
	if end, ok := spanRightBefore(f.clauseBefore()); ok {
		// "cao hơn bình quân giai đoạn 2021-2023 (7,45%)": the figure of
		// a period named right before it takes the period's last year.
		return end
	}
	if kind == facts.Actual {
		if y, ok := baseLevel(f); ok && y != 0 {
			// "cao hơn cùng kỳ năm 2023 (6,15%)": the base period's level
			// is of the year the base names.
			return y
		} else if ok {
			if own := x.ownYear(f, kind); own != 0 {
				return own - 1 // "so với cùng kỳ (6,1%)"
			}
		}
	}
	if end, ok := spanOfAmountBefore(f); ok && kind.IsRatio() {
		// "Tổng thu ngân sách từ 2015-2019 là 1,674 tỷ đồng, đạt 134%
		// so với chỉ tiêu": the ratio of the amount before it, of the
		// amount's span.
		return end
	}
	if end, ok := leadingSpan(f.sentenceBefore()); ok {
		// "Thực hiện Chương trình …, từ năm 2016-2019, toàn tỉnh đã có
		// 36.798 hộ thoát nghèo": a span set off by commas frames the
		// clause after it, whose figure adds the span up.
		return end
	}
	if y, ok := bracketYearBefore(f.clauseBefore()); ok {
		// "cao gấp đôi so với 5 năm trước (năm 2019 thu 27.359 tỷ
		// đồng)": a bracket that opens with a year and gives it a
		// figure of its own is that year's figure, whatever comparison
		// comes before the bracket.
		return y
	}
	y := x.ownYear(f, kind)
	if kind != facts.Plan && y != 0 && samePeriodBefore(f.pre()) {
		// "dự kiến đạt khoảng 6,52% (cùng kỳ 6,27%)", "bằng 41,7% dự
		// toán (cùng kỳ đạt 38,2%)", "(cùng kỳ giảm 2%)": the figure the
		// same period had a year before, whatever its kind — its own
		// level, its share of that year's plan, its own growth.
		return y - 1
	}
	if kind == facts.Actual && y != 0 && yearStartLevel(f.pre()) {
		// "Tỷ lệ hộ nghèo đầu năm 42,7%; … đến cuối năm … còn 37,5%":
		// the level a year starts with is the one the year before
		// ended with.
		return y - 1
	}
	if kind == facts.Actual && y != 0 && samePeriodLevel(f.pre(), f.post()) {
		// "cao hơn mức tăng 3,94% cùng kỳ (năm trước)": a year before,
		// unless the year is named ("cùng kỳ năm 2023", read by yearOf).
		post := f.post()
		if i := samePeriodNext(post); i+1 < len(post) && post[i].s == "năm" && post[i+1].digits {
			return y
		}
		return y - 1
	}
	if kind != facts.Plan && y != 0 && x.yearSent != x.sentNo && comparedWithYearAfter(f) == y {
		// "1.8. Tỷ lệ hộ nghèo: tỷ lệ hộ nghèo là 13,74%, giảm 3,55% so
		// với số hộ nghèo năm 2018": a figure compared with a year is not
		// of that year; a year carried from an earlier sentence that
		// its comparison names is the base, the figure the year after.
		return y + 1
	}
	if from := movedFromYear(f); from != 0 && y != 0 && y <= from && kind != facts.Plan {
		// "Tỷ lệ hộ nghèo giảm từ 30,23% năm 2023, xuống còn 25,93%",
		// "(từ 41,645 năm 2017 xuống 37,45% …": the year after the level
		// a rate left names that level, not the one it reached; the level
		// reached comes later — the text's year if that is later, else
		// the next year. (Found on fresh text in dev7 and dev9; see
		// docs/fresh-errors.md, K4.)
		if later := max(x.pubY, x.defYear); later > from {
			return later
		}
		return from + 1
	}
	return y
}

// bracketYearAfter reads a bracket right after a figure (and its counted
// noun, at most two words) that holds a year and nothing else: "5.120 hộ
// (2020)", "7,2% (năm 2023)". It returns the year.
func bracketYearAfter(post []tok) (int, bool) {
	k := 0
	for k < len(post) && k < 2 && post[k].word && !post[k].digits {
		k++
	}
	if k >= len(post) || post[k].s != "(" {
		return 0, false
	}
	k++
	if k < len(post) && post[k].s == "năm" {
		k++
	}
	if k+1 >= len(post) || post[k+1].s != ")" || len(post[k].s) != 4 || !post[k].digits {
		return 0, false
	}
	y, _ := strconv.Atoi(post[k].s)
	if y < 1990 || y > 2100 {
		return 0, false
	}
	return y, true
}

// bracketYearBefore reads a bracket that opens with a year right before
// a figure, with at most three words between them (its verb): "(năm 2022
// đạt 9,12%", "(năm 2019 thu 27.359 tỷ", "(năm 2020: 5,1%", "(6 tháng
// đầu năm 2023 đạt …". It returns the year.
func bracketYearBefore(pre []tok) (int, bool) {
	n := len(pre)
	words := 0
	for n > 0 && words <= 3 && (pre[n-1].word && !pre[n-1].digits || pre[n-1].s == ":") {
		switch pre[n-1].s {
		case "so", "với", "hơn", "bằng", "gấp", "lần", "kỳ", "trước", "từ":
			return 0, false // a comparison inside the bracket
		}
		if pre[n-1].word {
			words++
		}
		n--
	}
	if words > 3 || n < 3 || pre[n-2].s != "năm" || len(pre[n-1].s) != 4 || !pre[n-1].digits {
		return 0, false
	}
	// "(2 tháng đầu năm 2023 thực hiện 2.838,8 tỷ đồng)", "(quý I năm
	// 2023 đạt …": the period of that year the bracket's figure covers.
	k := n - 3
	for k >= 0 && k >= n-7 && periodWord(pre[k]) {
		k--
	}
	if k < 0 || pre[k].s != "(" {
		return 0, false
	}
	y, _ := strconv.Atoi(pre[n-1].s)
	if y < 1990 || y > 2100 {
		return 0, false
	}
	return y, true
}

// periodWord reports a word of a part-year period before its "năm": "6
// tháng đầu", "quý I", "cùng kỳ".
func periodWord(t tok) bool {
	switch t.s {
	case "tháng", "đầu", "cuối", "quý", "quí", "cùng", "kỳ", "i", "ii", "iii", "iv":
		return true
	}
	return t.digits && len(t.s) <= 2
}

// movedFromYear is the year of the level a rate moved from, when the
// figure is the level it moved to and has no year of its own: "từ A% (cuối)
// năm X(,) xuống (còn) / lên <figure>". 0 otherwise.
func movedFromYear(f *figure) int {
	pre := tokRange(f.ctoks, 0, f.a.Start) // the previous figure's year may lie before f.prevEnd
	k := len(pre) - 1
	for k >= 0 && (pre[k].s == "còn" || pre[k].s == "mức" || pre[k].s == "ở") {
		k--
	}
	if k < 0 || pre[k].s != "xuống" && pre[k].s != "lên" {
		return 0
	}
	k--
	if k >= 0 && pre[k].s == "," {
		k--
	}
	if k < 1 || pre[k-1].s != "năm" || len(pre[k].s) != 4 || !pre[k].digits {
		return 0
	}
	// The level it left is a figure right before the year, after "từ":
	// "từ 30,23% (cuối) năm 2023".
	j := k - 2
	if j >= 0 && (pre[j].s == "cuối" || pre[j].s == "đầu") {
		j--
	}
	if j >= 0 && pre[j].s == "vào" {
		j--
	}
	for j >= 0 && (pre[j].digits || pre[j].s == "," || pre[j].s == "." || pre[j].s == "%") {
		j--
	}
	if j < 0 || pre[j].s != "từ" {
		return 0
	}
	for _, m := range f.after {
		if m.year != 0 && len(tokRange(f.ctoks, f.a.End, m.pos)) <= 3 {
			return 0 // "xuống còn 7,8% năm 2020": a year of its own
		}
	}
	y, _ := strconv.Atoi(pre[k].s) // four digits, checked above
	return y
}

// spanOfAmountBefore reads the span of years right before the amount
// that stands before the figure, a comma and "đạt" (or "bằng") between
// them ("từ 2015-2019 là 1,674 tỷ đồng, đạt 134%"): see spanRightBefore.
func spanOfAmountBefore(f *figure) (int, bool) {
	if f.prevReal <= f.clause.Start || f.prevReal > f.a.Start {
		return 0, false
	}
	between := tokRange(f.ctoks, f.prevReal, f.a.Start)
	if len(between) != 2 || between[0].s != "," || between[1].s != "đạt" && between[1].s != "bằng" {
		return 0, false
	}
	toks := tokRange(f.ctoks, f.clause.Start, f.prevReal)
	n := len(toks)
	for n > 0 {
		switch s := toks[n-1].s; {
		case isDigits(s), s == ",", s == ".", moneyOrScale(s):
			n--
			continue
		}
		break
	}
	return spanRightBefore(toks[:n])
}

// spanRightBefore reads a multi-year period that ends right before a
// figure, in a bracket or not: "giai đoạn 2021-2023 (", "thời kỳ 2016 –
// 2020", "nhiệm kỳ 2020-2025 là", "từ 2015-2019 là". It returns the
// period's last year.
func spanRightBefore(pre []tok) (int, bool) {
	n := len(pre)
	for n > 0 && (pre[n-1].s == "(" || pre[n-1].s == "là" || pre[n-1].s == "đạt" || pre[n-1].s == ":") {
		n--
	}
	if n < 5 || !pre[n-1].digits || pre[n-2].s != "-" || len(pre[n-3].s) != 4 || !pre[n-3].digits {
		return 0, false
	}
	switch {
	case pre[n-5].s == "giai" && pre[n-4].s == "đoạn" && povertyStandardEnds(pre[:n-5]):
		// "tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025
		// là 3,45%": the period names the poverty standard the rate is
		// measured by, not the figure's span.
		return 0, false
	case pre[n-5].s == "giai" && pre[n-4].s == "đoạn", pre[n-5].s == "thời" && pre[n-4].s == "kỳ", pre[n-5].s == "nhiệm" && pre[n-4].s == "kỳ":
	case pre[n-4].s == "từ", pre[n-5].s == "từ" && pre[n-4].s == "năm":
		// "Tổng thu ngân sách từ 2015-2019 là …", "từ năm 2016 - 2019
		// đạt …": a span of years the figure adds up.
	default:
		return 0, false
	}
	from, _ := strconv.Atoi(pre[n-3].s)
	to, _ := strconv.Atoi(pre[n-1].s)
	if len(pre[n-1].s) == 2 {
		to += from / 100 * 100 // "2021-25"
	}
	if from < 1990 || to <= from || to > from+10 {
		return 0, false
	}
	return to, true
}

// samePeriodBefore reports a figure labelled as the same period's a year
// before: "cùng kỳ" (or "cùng kỳ năm trước", "cùng kỳ năm ngoái", a
// report's "CK"), perhaps with its verb
// ("cùng kỳ tăng 5,97%"), right before it, not as a comparison base ("so
// với cùng kỳ").
func samePeriodBefore(pre []tok) bool {
	n := len(pre)
	if n >= 3 && samePeriodVerb[pre[n-1].s] {
		n-- // "(cùng kỳ tăng 5,97%)": the same period's own growth
	}
	if n >= 2 && (pre[n-1].s == "trước" || pre[n-1].s == "ngoái") && pre[n-2].s == "năm" {
		n -= 2
	}
	switch {
	case n >= 2 && pre[n-1].s == "kỳ" && pre[n-2].s == "cùng":
		n -= 2
	case n >= 1 && pre[n-1].s == "ck": // a report's "cùng kỳ"
		n--
	default:
		return false
	}
	if n >= 1 && (pre[n-1].s == "so" || pre[n-1].s == "với" || pre[n-1].s == "hơn" || pre[n-1].s == "bằng") {
		return false
	}
	return true
}

// yearStartLevel reports a figure right after a bare "đầu năm" (no year
// after it), at most a linking word between ("đầu năm 42,7%", "đầu năm
// là 5,1%", "đầu năm: 320 hộ"): the level at the year's start. A period
// of months ("6 tháng đầu năm"), a stretch from it ("từ đầu năm") and a
// comparison ("so với đầu năm") are not.
func yearStartLevel(pre []tok) bool {
	n := len(pre)
	if n >= 1 && (pre[n-1].s == ":" || pre[n-1].s == "là" || pre[n-1].s == "còn" || pre[n-1].s == "có") {
		n--
	}
	if n < 2 || pre[n-1].s != "năm" || pre[n-2].s != "đầu" {
		return false
	}
	if n >= 3 {
		switch pre[n-3].s {
		case "tháng", "quý", "quí", "từ", "so", "với", "hơn", "bằng", "đến", "tới", "hết", "trong", "kỳ":
			return false
		}
		if pre[n-3].digits {
			return false
		}
	}
	return true
}

// samePeriodVerb are the verbs a same-period figure takes after "cùng
// kỳ": its level ("đạt", "là", "bằng") or its change ("tăng", "giảm").
var samePeriodVerb = map[string]bool{"tăng": true, "giảm": true, "đạt": true, "là": true, "bằng": true}

func (x *docReader) ownYear(f *figure, kind facts.Kind) int {
	if y, ok := x.termYear(f, kind); ok {
		return y
	}
	y, explicit := x.yearOf(f)
	if explicit && kind != facts.Plan && x.pubY != 0 && y > x.pubY && x.yearSent != x.sentNo && !x.yearAfter(f) && !f.planned() {
		// A result is of the past: a year to come named by an earlier
		// sentence (the tasks of next year) is not the year of a
		// result stated without one.
		return x.pubY
	}
	if kind == facts.Plan && x.inTargets() && !x.yearAfter(f) {
		return x.carryTargets // the term's targets the sentence before set (see termTargets)
	}
	if kind == facts.Plan && x.termEnd != 0 && x.yearSent != x.sentNo && !x.yearAfter(f) && !compactPlan(f) {
		// A congress's targets are its term's: "Nghị quyết đề ra 25 chỉ
		// tiêu …", "mỗi năm kết nạp từ 30 đảng viên trở lên".
		return x.termEnd
	}
	if kind == facts.Plan && !explicit && x.planYear != 0 {
		// "Mục tiêu chủ yếu đến năm 2026: (1). Giải quyết việc làm cho
		// 1.200 lao động": a target under a heading of the plan that
		// names no year of its own is of the heading's year (a horizon
		// there holds for its own line only).
		return x.planYear
	}
	if now := cmp.Or(x.pubY, y); kind == facts.Plan && x.termEnd == 0 && now != 0 && x.yearSent != x.sentNo && !x.yearAfter(f) && !compactPlan(f) {
		// The text's year: its publication's, else the year it reports.
		if end, ok := partyCongressTargets(f.sentenceBefore(), now); ok {
			// "Đại hội Đảng bộ phường Phú An đề ra mục tiêu tăng
			// trưởng … bình quân hằng năm đạt 11,7%/năm": the targets
			// of a term the text does not name.
			return end
		}
	}
	if explicit || x.pubY == 0 || y != x.pubY {
		return y
	}
	switch {
	case kind == facts.Plan && x.pubM >= 10 && !measuredPlan(f):
		return y + 1
	case kind != facts.Plan && x.pubM <= 2 && (x.period == 0 || x.period > x.pubM):
		// A page of January or February with no year of its figures
		// reports the year just ended: its whole year, or a month or
		// part that ends after the page's month ("Tháng 11, …" on a page
		// of 5 January 2025 is November 2024).
		return y - 1
	}
	return y
}

func (x *docReader) asOf(year int) string {
	if x.period == 0 || year == 0 {
		return ""
	}
	d := x.periodDay
	if d == 0 {
		d = monthEnd(year, x.period)
	}
	b := make([]byte, 0, 10)
	b = strconv.AppendInt(b, int64(year), 10)
	b = append(b, '-', byte('0'+x.period/10), byte('0'+x.period%10), '-', byte('0'+d/10), byte('0'+d%10))
	return string(b)
}

func monthEnd(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// spanSaved is the running time before a multi-year span, restored after
// its sentence.
type spanSaved struct {
	year      int
	yearSet   bool
	period    int
	periodDay int
}

// endSpan restores the running time after a sentence that named a span.
// December or the fourth quarter alone (period 12 with no day) dates its
// own sentence only: the text after it is of the whole year again
// ("GRDP quý IV tăng 8,22%. … Cơ cấu kinh tế năm 2023: …").
func (x *docReader) endSpan() {
	if x.inSpan {
		b := x.beforeSpan
		x.year, x.yearSet, x.period, x.periodDay = b.year, b.yearSet, b.period, b.periodDay
		x.inSpan = false
	}
	if x.period == 12 && x.periodDay == 0 {
		x.period = 0
	}
}

// spanAt reads a multi-year period at toks[i]: "giai đoạn 2021-2025",
// "thời kỳ 2021 - 2025", "nhiệm kỳ 2020 - 2025", "5 năm 2021-2025" (i at
// the first word). A figure
// of the period (a 5-year total, a term target) takes its last year; a
// span compared with ("so với giai đoạn 2016-2020") is none.
func spanAt(toks []tok, i int) (end, next int, ok bool) {
	k := i
	switch {
	case toks[k].s == "giai" && k+1 < len(toks) && toks[k+1].s == "đoạn", toks[k].s == "thời" && k+1 < len(toks) && toks[k+1].s == "kỳ",
		toks[k].s == "nhiệm" && k+1 < len(toks) && toks[k+1].s == "kỳ":
		k += 2
	case toks[k].s == "kỳ" && k+2 < len(toks) && toks[k+1].s == "trung" && toks[k+2].s == "hạn":
		k += 3 // "cả kỳ trung hạn 2021 - 2025": the medium-term plan's period
	case toks[k].s == "năm":
		k++
	case toks[k].s == "kế" && k+1 < len(toks) && toks[k+1].s == "hoạch":
		// "Kế hoạch 5 năm 2021 - 2025 đặt mục tiêu …", "Kế hoạch phát
		// triển kinh tế - xã hội giai đoạn 2021 - 2025 …": the plan's
		// period, after its name.
		if k = planYearsAt(toks, k+2); k < 0 {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	if k+2 >= len(toks) || len(toks[k].s) != 4 || !toks[k].digits || toks[k+1].s != "-" || !toks[k+2].digits {
		return 0, 0, false
	}
	// Only a span that opens its clause dates the figures ("Giai đoạn
	// 2021-2025, …", "Trong 5 năm 2021-2025, …"); after a noun it
	// qualifies the noun ("hộ nghèo giai đoạn 2016-2020").
	// A span right after the clause's target verb frames the targets
	// that follow ("Tỉnh phấn đấu giai đoạn 2021-2025 có 90% …; 75% …"):
	// they are the period's, of its last year.
	// The words that open such a clause are prepositions of time
	// ("Trong", "Cho", "Suốt", "Qua", "Sau") and the words that sum a
	// period up ("Tính chung", "Cộng dồn", "Lũy kế").
	if !targetSpanAt(toks, i) {
		for b := 0; b < i; b++ {
			if !spanOpener(toks, b) && !(toks[i].s == "kế" && toks[b].s == "theo") || i > 3 {
				return 0, 0, false
			}
		}
	}
	from, _ := strconv.Atoi(toks[k].s)
	to, _ := strconv.Atoi(toks[k+2].s)
	if len(toks[k+2].s) == 2 {
		to += from / 100 * 100 // "2021-25"
	}
	// A period may be long ("Trong giai đoạn 1997-2021, … bình quân
	// tăng 13,4%/năm": the years since a province was re-established); a
	// term or a bare "năm 2021-2025" spans a plan's few years.
	longest := 10
	if toks[i].s == "giai" || toks[i].s == "thời" {
		longest = 50
	}
	if from < 1990 || to <= from || to > from+longest {
		return 0, 0, false
	}
	return to, k + 3, true
}

// planYearsAt is where the years of a multi-year plan named by "kế
// hoạch" begin, k right after "hoạch": after a name of words ("phát
// triển kinh tế - xã hội", "đầu tư công trung hạn", "giai đoạn") and a
// count of years ("5 năm"). -1 if no years follow.
func planYearsAt(toks []tok, k int) int {
	for n := 0; k < len(toks) && n <= 12; n++ {
		switch t := toks[k]; {
		case t.digits && len(t.s) == 4:
			return k
		case t.digits && k+1 < len(toks) && toks[k+1].s == "năm":
			k += 2
		case t.word && !t.digits, t.s == "-" && k > 0 && toks[k-1].word && !toks[k-1].digits:
			k++
		default:
			return -1
		}
	}
	return -1
}

// spanOpener reports a word that may stand before a multi-year period
// opening its clause (see spanAt).
func spanOpener(toks []tok, b int) bool {
	switch toks[b].s {
	case "trong", "cả", "qua", "sau", "cho", "suốt":
		return true
	case "chung", "dồn", "kế":
		return b > 0 && (toks[b-1].s == "tính" || toks[b-1].s == "cộng" || toks[b-1].s == "lũy" || toks[b-1].s == "luỹ")
	case "tính", "cộng", "lũy", "luỹ":
		return b+1 < len(toks) && (toks[b+1].s == "chung" || toks[b+1].s == "dồn" || toks[b+1].s == "kế")
	}
	return isDigits(toks[b].s) || !toks[b].word
}

// firstYearAfter is the index of the first mention that names a year, -1
// if none does.
func firstYearAfter(ms []mention) int {
	for k, m := range ms {
		if m.year != 0 {
			return k
		}
	}
	return -1
}

// termContext reads the term a sentence says it speaks of, named before
// its first figure: "Trong nhiệm kỳ 2015-2020, …", "Nhiệm kỳ qua, …",
// "Đại hội đề ra các mục tiêu trong nhiệm kỳ 2025-2030 như: …". A party
// congress's page reports the closing term's results and sets the
// opening term's targets; the sentences after such an opening, to the
// end of the paragraph, speak of that term (see termKind, termYear). It
// returns the term's last year and whether the term has closed: it ends
// no later than the congress's term (or, if the page names no congress
// term, the text's year) opens. "nhiệm kỳ qua/trước" (the term just
// past) ends as the congress's term opens.
func (x *docReader) termContext(stoks []tok, amounts []vnnum.Amount) (end int, past, ok bool) {
	ref := cmp.Or(x.congressFrom, x.pubY)
	if ref == 0 {
		return 0, false, false
	}
	// The last term named before the first figure: "Báo cáo tại Đại
	// hội …, nhiệm kỳ 2020 - 2025 đánh giá: Trong nhiệm kỳ qua …".
	for k := 0; k+2 < len(stoks); k++ {
		if stoks[k].h != hashNhiem || stoks[k].s != "nhiệm" || stoks[k+1].s != "kỳ" {
			continue
		}
		if figureBefore(amounts, stoks[k].start) {
			break
		}
		if k+4 < len(stoks) {
			if a, b, yes := termYears(stoks, k+2); yes {
				switch {
				case termDesignation(stoks, k):
					// A congress named after the term the sentence
					// spoke of ("Trên cơ sở đánh giá kết quả nhiệm kỳ
					// qua, Đại hội … lần thứ XXVI, nhiệm kỳ 2020-2025
					// thông qua 28 chỉ tiêu") turns from it.
					end, past, ok = 0, false, false
				case k > 0 && !termTimeWord(stoks[k-1].s):
					// "bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 -
					// 2026": the term of what the words before name,
					// not the time the sentence speaks of.
				case b <= ref:
					end, past, ok = b, true, true
				case a >= ref:
					end, past, ok = b, false, true
				default:
					end, past, ok = 0, false, false
				}
				continue
			}
		}
		w := stoks[k+2].s
		if w == "vừa" && k+3 < len(stoks) && stoks[k+3].s == "qua" {
			w = "qua" // "nhiệm kỳ vừa qua"
		}
		if (w == "qua" || w == "trước") && !(k > 0 && (stoks[k-1].s == "với" || stoks[k-1].s == "so")) {
			if from := cmp.Or(x.congressFrom, x.termStart); from != 0 {
				end, past, ok = from, true, true
			}
		} else if (w == "mới" || w == "tới") && x.termEnd != 0 {
			// "nghị quyết nhiệm kỳ mới", "mục tiêu nhiệm kỳ tới": the
			// term the congress opens.
			end, past, ok = x.termEnd, false, true
		}
	}
	return end, past, ok
}

// termTimeWord reports a word before "nhiệm kỳ A - B" that makes the
// term the time the sentence speaks of: "trong", "suốt", "cho" (targets
// for the term), "của" (the term's targets), a comma.
func termTimeWord(w string) bool {
	switch w {
	case "trong", "suốt", "cho", "của", ",":
		return true
	}
	return false
}

// termDesignation reports a term at toks[k] ("nhiệm kỳ") that is part of
// a body's or a congress's name, not the time the sentence speaks of:
// "HĐND huyện khóa V, nhiệm kỳ 2021-2026", "Đại hội … lần thứ XI,
// nhiệm kỳ 2020 - 2025", "Đại hội Đảng bộ huyện lần thứ XX (nhiệm kỳ
// 2025 – 2030)".
func termDesignation(toks []tok, k int) bool {
	if k == 0 {
		return false
	}
	if toks[k-1].s == "(" {
		return true
	}
	if toks[k-1].s != "," {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if toks[j].s == "khóa" || toks[j].s == "khoá" || toks[j].s == "thứ" {
			return true
		}
	}
	return false
}

// figureBefore reports an amount with a unit or noun ("20 đảng viên",
// "15%") starting before byte offset pos.
func figureBefore(amounts []vnnum.Amount, pos int) bool {
	for _, a := range amounts {
		if a.Start >= pos {
			return false
		}
		if a.UOM != "" || a.Noun != "" {
			return true
		}
	}
	return false
}

// termKind gives a figure in a paragraph under a named term (see
// termContext) the kind of that term: under a closed term a figure read
// as a target for want of a target word of its own ("tốc độ tăng trưởng
// hằng năm tăng 13-15%", "bình quân đạt 15,2%/năm") is a result; under
// the opening term a figure with no kind word and no year of its own
// ("trong nhiệm kỳ phát triển 20 đảng viên mới") is a target. A count of
// targets stays a target.
func (x *docReader) termKind(f *figure, kind facts.Kind) facts.Kind {
	if !x.underTerm(f) {
		return kind
	}
	switch {
	case x.termParaPast && kind == facts.Plan && !f.planned() && f.a.Noun != "chỉ tiêu" && !opensBracket(f.pre()):
		return facts.Actual
	case !x.termParaPast && kind == facts.Actual && !clauseKindCue(f):
		return facts.Plan
	}
	return kind
}

// termYear is the year of a figure in a paragraph under a named term
// (see termContext) that names no year of its own, or whose clause says
// it is the term's ("trong nhiệm kỳ đã kết nạp 346 đảng viên" after
// "thu nhập đến năm 2019 đạt …;"): the term's last year. Under the
// opening term only targets take it.
func (x *docReader) termYear(f *figure, kind facts.Kind) (int, bool) {
	if x.termPara != f.p || x.termParaEnd == 0 || !x.termParaPast && kind != facts.Plan || x.yearAfter(f) || !x.underTerm(f) {
		return 0, false
	}
	return x.termParaEnd, true
}

// underTerm reports f in a paragraph under a named term (see
// termContext) and of that term: with no year of its own, or in a clause
// that names the term.
func (x *docReader) underTerm(f *figure) bool {
	return x.termPara == f.p && x.termParaEnd != 0 && !(x.ownSentenceYear(f) && !x.clauseNamesTerm(f))
}

// ownSentenceYear reports a figure with a year of its own other than
// the term's last: named in its sentence, or named before it and inside
// the term ("Thu nhập năm 2019 đạt …. Tỷ lệ hộ nghèo còn 1,68%" speaks
// of 2019; a "năm 2025" the text named before a paragraph on the
// 2015-2020 term does not).
func (x *docReader) ownSentenceYear(f *figure) bool {
	y, explicit := x.yearOf(f)
	if !explicit || y == x.termParaEnd {
		return false
	}
	return x.yearSent == x.sentNo || x.yearAfter(f) || y < x.termParaEnd && y > x.termParaEnd-5
}

// opensBracket reports a figure right after "(": an aside, which the
// words before the bracket name ("chưa đạt mục tiêu (7,5-8%/năm)").
func opensBracket(pre []tok) bool {
	return len(pre) > 0 && pre[len(pre)-1].s == "("
}

// clauseKindCue reports a kind word (target or result) in the figure's
// clause before it.
func clauseKindCue(f *figure) bool {
	for _, k := range f.sentCues().kind {
		if k.pos >= f.a.Start {
			break
		}
		if k.pos >= f.clause.Start && k.val != 0 {
			return true
		}
	}
	return false
}

// clauseNamesTerm reports a clause that says, before the figure, it
// speaks of the term ("trong nhiệm kỳ", "của nhiệm kỳ") or of its
// yearly average ("mỗi năm", "hằng năm", "bình quân") and names no
// year of its own.
func (x *docReader) clauseNamesTerm(f *figure) bool {
	toks := f.clauseBefore()
	term := false
	for k := range toks {
		if toks[k].s == "năm" && k+1 < len(toks) && len(toks[k+1].s) == 4 && toks[k+1].digits {
			return false
		}
		if k+1 < len(toks) && (toks[k].s == "nhiệm" && toks[k+1].s == "kỳ" || toks[k+1].s == "năm" && (toks[k].s == "mỗi" || toks[k].s == "hằng" || toks[k].s == "hàng")) {
			term = true
		}
	}
	return term
}

// termOfPair reads a term "nhiệm kỳ Y1-Y2" right before a pair "N/M" (only
// "với", "là" or "đạt" between) when figure f is that pair or the rate
// right after it (see pairShare), and returns Y2.
func termOfPair(f *figure) (int, bool) {
	pre := f.clauseBefore()
	k := len(pre)
	if f.a.Form != vnnum.Fraction {
		if !pairShare(f) {
			return 0, false
		}
		for k--; k >= 2 && !(pre[k].s == "/" && pre[k-1].digits && k+1 < len(pre) && pre[k+1].digits); k-- {
		}
		if k < 2 {
			return 0, false
		}
		k-- // the pair's first number
		for k > 0 && (pre[k-1].digits || pre[k-1].s == ".") {
			k-- // "1.260/1.200"
		}
	}
	if k > 0 && (pre[k-1].s == "với" || pre[k-1].s == "là" || pre[k-1].s == "đạt") {
		k--
	}
	if k < 5 || pre[k-5].s != "nhiệm" || pre[k-4].s != "kỳ" || !pre[k-3].digits || pre[k-2].s != "-" || !pre[k-1].digits {
		return 0, false
	}
	end, err := strconv.Atoi(pre[k-1].s)
	if err != nil || end < 1990 || end > 2100 {
		return 0, false
	}
	return end, true
}

// leadingSpan reads a span "từ (năm) Y1-Y2" followed by a comma, set before
// a figure's clause in its sentence, with no other year, semicolon or
// figure between the span and the figure (pre: the sentence up to the
// figure). It returns Y2.
func leadingSpan(pre []tok) (int, bool) {
	for k := len(pre) - 1; k >= 0; k-- {
		switch s := pre[k].s; {
		case s == ";":
			return 0, false
		case isDigits(s):
			// the span's last year, right before its comma
			if k+1 >= len(pre) || pre[k+1].s != "," || k < 3 || pre[k-1].s != "-" || !pre[k-2].digits {
				return 0, false
			}
			j := k - 3
			if j >= 0 && pre[j].s == "năm" {
				j--
			}
			if j < 0 || pre[j].s != "từ" {
				return 0, false
			}
			y1, err1 := strconv.Atoi(pre[k-2].s)
			y2, err2 := strconv.Atoi(s)
			if err1 != nil || err2 != nil || y1 < 1990 || y2 > 2100 || y2 <= y1 {
				return 0, false
			}
			return y2, true
		}
	}
	return 0, false
}

// targetSpanAt reports a target verb right before the span at toks[i]:
// "phấn đấu giai đoạn 2022-2026", "đặt mục tiêu giai đoạn 2021-2025", "đề ra
// trong giai đoạn 2021-2025", the verb not a noun's ("sự phấn đấu") nor a
// striving already done ("đã phấn đấu").
func targetSpanAt(toks []tok, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].s == "trong" {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k-1].s + " " + toks[k].s {
	case "phấn đấu":
		return targetGoverns(toks, k-1)
	case "mục tiêu":
		// "đặt mục tiêu giai đoạn …"; not the noun a figure is compared
		// with ("đạt 33% so với mục tiêu giai đoạn 2011-2015").
		return k >= 2 && toks[k-2].s == "đặt"
	case "đề ra", "đặt ra", "xác định":
		return k < 2 || toks[k-2].s != "đã"
	}
	return false
}

// quarterYear reads the year written onto a quarter at toks[i] ("quý"
// then its number): "quý I/2023", "quý I-2022", the year right after the
// number and a slash, hyphen or dot with no space ("quý I.2023", as
// "tháng 9.2021"). A quarter compared with ("so với quý I/2022", "cùng
// kỳ quý I/2022") is a base, no year of the figures.
func quarterYear(toks []tok, i int) (int, bool) {
	if i+3 >= len(toks) || toks[i+2].s != "/" && toks[i+2].s != "-" && toks[i+2].s != "." || !toks[i+3].digits || len(toks[i+3].s) != 4 ||
		toks[i+2].start != toks[i+1].end || toks[i+3].start != toks[i+2].end {
		return 0, false
	}
	y, _ := strconv.Atoi(toks[i+3].s)
	if y < 1990 || y > 2100 || comparedAt(toks, i) {
		return 0, false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if !toks[k].word {
			break
		}
		if comparisonBefore[toks[k].s] || toks[k].s == "hơn" {
			return 0, false
		}
	}
	return y, true
}

// comparedWithYearAfter is the year of the comparison that follows a
// figure in its sentence ("… 13,74%, giảm 3,55% so với số hộ nghèo năm
// 2018", "tăng 5% so với cùng kỳ năm 2018"): "so với", at most five words,
// then "năm" and the year; no other year between; 0 for none, and for the
// start of a year ("so với đầu năm 2019"), a base within that year.
func comparedWithYearAfter(f *figure) int {
	post := tokRange(f.stoks, f.a.End, f.sent.End)
	for i := 0; i+1 < len(post); i++ {
		if post[i].s == "năm" && post[i+1].digits && len(post[i+1].s) == 4 {
			if i > 0 && post[i-1].s == "đầu" {
				return 0 // "so với đầu năm 2019": the year's start, within the year
			}
			y, _ := strconv.Atoi(post[i+1].s)
			for k := i - 1; k >= 1 && k >= i-6; k-- {
				if !post[k].word {
					break
				}
				if planNameEnd(post[k].s) {
					return 0 // "so với dự toán năm 2023": the plan of the figure's year
				}
				if post[k].s == "với" && post[k-1].s == "so" {
					return y
				}
			}
			return 0 // another year first
		}
	}
	return 0
}

// measuredPlan reports a plan figure that opens a bracket right after the
// plan a result before it in the sentence is measured against: "GRDP tăng
// 7,61%, vượt so với kế hoạch HĐND tỉnh giao (7 - 7,5%)", "đạt 105% dự
// toán (1.200 tỷ đồng)". It is that result's plan, of the result's year,
// even in a text of the year's last months (which otherwise plans the
// next).
func measuredPlan(f *figure) bool {
	pre := f.sentenceBefore()
	n := len(pre)
	// The bracket's opening, at most a few words before the figure
	// ("(Kế hoạch đề ra là 7,6%)").
	open := -1
	for k := n - 1; k >= 0 && k >= n-6; k-- {
		if pre[k].s == "(" {
			open = k
			break
		}
		if !pre[k].word || pre[k].digits {
			return false
		}
	}
	if open < 1 {
		return false
	}
	// The plan noun before it, and a comparison or a result verb before
	// that, after a figure of the sentence.
	noun := -1
	for k := open - 1; k >= 0 && k >= open-8; k-- {
		switch pre[k].s {
		case "hoạch", "toán", "kh":
			if pre[k].s == "kh" || k > 0 && (pre[k-1].s == "kế" || pre[k-1].s == "dự") {
				noun = k
			}
		}
		if noun >= 0 || !pre[k].word {
			break
		}
	}
	if noun < 0 {
		return false
	}
	for k := noun - 1; k >= 0 && k >= noun-6; k-- {
		switch pre[k].s {
		case "so", "với", "vượt", "đạt", "bằng", "hoàn":
		default:
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if pre[j].digits {
				return true
			}
		}
		return false
	}
	return false
}

// labelsFigure reports a period word at ctoks[i] right after a figure and
// "của" ("2,11% của năm 2020", "9,51% của tháng 9/2022", "của quý
// I/2022"): it labels that figure alone, not the clauses after it.
func labelsFigure(ctoks []tok, i int) bool {
	return i >= 2 && ctoks[i-1].s == "của" && (ctoks[i-2].s == "%" || ctoks[i-2].digits)
}

// assignerBefore reports the word right before "giao" as one that names
// who assigns a year's target from above: a level ("Thành phố", "tỉnh",
// "TP"), a party committee ("Thành ủy", "Tỉnh ủy"), "cấp trên", "Trung
// ương", or the passive "được giao" (assigned, by the level above).
func assignerBefore(w string) bool {
	switch w {
	case "tp", "ủy", "uỷ", "trên", "ương", "được":
		return true
	}
	return isLevelTok(w)
}

// povertyStandardEnds reports toks ending on the name of a poverty
// standard: "chuẩn nghèo", "chuẩn nghèo đa chiều", "chuẩn nghèo tiếp cận
// đa chiều", "chuẩn đa chiều", "(hộ nghèo) đa chiều" — the words a
// period after them qualifies ("chuẩn nghèo đa chiều giai đoạn
// 2022-2025").
func povertyStandardEnds(toks []tok) bool {
	n := len(toks)
	if n >= 2 && toks[n-1].s == "chiều" && toks[n-2].s == "đa" {
		return true
	}
	return n >= 2 && toks[n-1].s == "nghèo" && toks[n-2].s == "chuẩn"
}
