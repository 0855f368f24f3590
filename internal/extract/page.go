package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/document"
)

// maxPara bounds a paragraph: a longer line is read in pieces cut at
// sentence ends, so that the work and memory of a piece stay bounded
// however long the line (a 69 MB single-line file is read like any other).
const maxPara = 64 << 10

// page is a document cut into articles, with what was skipped.
type page struct {
	articles   [][]para // slices of all
	all        []para   // every paragraph (the last array they were appended to)
	notes      diag.List
	pubY, pubM int // from a " date YYYY-MM" first line, else 0
}

// splitPage cuts the text into paragraphs, marks each article's header
// (before its first prose line) and leaves out page chrome. Chrome is a
// block that starts at a boilerplate line ("Bình luận", "Tin liên quan",
// "Nổi bật", …) and runs over the short lines after it (link lists, other
// articles' headlines, counters) up to the next prose line, where reading
// resumes: text after chrome is never lost. Chrome after an article's body
// ends the article; what follows is read as another article, with its own
// unit and dates (a page that carries several articles, or pages pasted
// into one file). Every skipped block is noted with its size.
func splitPage(text string) page { return splitPageInto(nil, text) }

// splitPageInto is splitPage with the paragraphs of all the articles in
// buf (see page.all), for a reader that reuses it.
func splitPageInto(buf []para, text string) page {
	var pg page
	all := buf[:0]
	start := 0 // the current article is all[start:]
	line := 0
	bodySeen := false
	chrome := chromeBlock{}
	for off := 0; off < len(text); {
		l := text[off:]
		next := len(text)
		if i := strings.IndexByte(l, '\n'); i >= 0 {
			l, next = l[:i], off+i+1
		}
		lOff := off
		off = next
		line++
		if line == 1 || line == 2 && pg.pubY == 0 {
			// A " date YYYY-MM" first line (how the dev corpus marks an
			// excerpt's publication month), or second line under the
			// headline, is metadata, not text.
			if y, m, rest, ok := dateHeader(l); ok {
				pg.pubY, pg.pubM = y, m
				l = rest
			}
		}
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		foot := footerLine(t)
		prose := !foot && isProse(t)
		if !prose && chrome.lines > 0 && statement(t) {
			// A sentence with a figure ends a box of headlines as
			// prose does: the article's own short paragraph, which
			// the box would swallow.
			prose = true
		}
		// A box of other articles' headlines ("Tin liên quan", "Xem
		// thêm") ends too before the article's own lines that are not
		// prose: a sentence longer than a headline, a line the next
		// line goes on in lower case (a hard-wrapped paragraph), a line
		// of text out of the box's list (see offList). They are read as
		// the article's lines, not as the start of its body (a headline
		// after the box stays in the header). Not before another
		// article's header (a clock line before the next prose: pasted
		// pages).
		boxEnd := !prose && chrome.lines > 0 && chrome.box() && (articleLine(t) || cutMidSentence(l) && wrapsOn(text[off:]) || chrome.offList(t)) && !clockLine(t) && !clockBeforeProse(text[off:])
		switch {
		case len(t) < 64 && clutterLines[strings.TrimRight(lowerSameLen(t), ": ")]:
			if chrome.lines == 0 {
				chrome = chromeBlock{first: line, heading: t}
			}
			chrome.add(l)
			chrome.style, chrome.styleNext = listPlain, true // a new list under its heading
			continue
		case chrome.lines > 0 && !prose && !boxEnd:
			if chrome.styleNext {
				chrome.style, chrome.styleNext = listStyle(t), false
			}
			chrome.add(l)
			chrome.dated = chrome.dated || clockLine(t)
			continue
		case chrome.lines > 0:
			pg.notes = append(pg.notes, chrome.note())
			dated, head := chrome.dated, chrome.last
			chrome = chromeBlock{}
			if last := len(all) - 1; bodySeen && (dated || namesNewUnit(t, text[all[start].off:all[last].off+len(all[last].text)], head)) {
				// Text after the chrome starts another article when the
				// chrome ends with that article's headline (its last
				// line names the unit the text after it names, one the
				// article has not named), or when the chrome holds an
				// article's header (its clock line: pages pasted one
				// after another). Else it goes on with the article: a
				// box of other headlines ("Tin liên quan", "Xem thêm")
				// between two of its paragraphs does not end it, even
				// when the paragraph after it names a place the article
				// has not named yet (the box's last headline names
				// another).
				pg.articles = append(pg.articles, all[start:len(all):len(all)])
				start, bodySeen = len(all), false
			}
		}
		if prose {
			bodySeen = true
		}
		if n := len(all); n > start && all[n-1].line+all[n-1].lines == line-1 && (wrappedAfter(all[n-1].text, l) || all[n-1].lines > 0 && wrappedName(all[n-1].text, l)) {
			// A line cut short by a hard wrap: the sentence goes on in
			// the next line, which starts in lower case ("… thì bình
			// quân mỗi\nnăm giai đoạn 2021-2023 chỉ tăng 0,4%/năm").
			// One paragraph, as written (the evidence keeps the break).
			prev := &all[n-1]
			prev.text = text[prev.off : lOff+len(l)]
			prev.lines++
			continue
		}
		for len(l) > maxPara {
			cut := cutAt(l, maxPara)
			all = append(all, para{text: l[:cut], line: line, off: lOff, header: !bodySeen})
			l, lOff = l[cut:], lOff+cut
		}
		by := bodySeen && !prose && (bylineLine(t) || officeByline(t))
		stamp := !bodySeen && !prose && (pageClock(t) || breadcrumb(t))
		// A legal footer is read as a caption is: no sentence, no
		// year, no date of the page; the places it names (the site's
		// owner, "Bản quyền thuộc UBND thị xã Sơn Tây") name the text's
		// unit only where the text names them too (see captionUnit).
		all = append(all, para{text: l, line: line, off: lOff, header: !bodySeen, caption: by || foot || !prose && photoCaption(t), byline: by, stamp: stamp})
	}
	if chrome.lines > 0 {
		pg.notes = append(pg.notes, chrome.note())
	}
	if len(all) > start {
		pg.articles = append(pg.articles, all[start:len(all):len(all)])
	}
	pg.all = all
	return pg
}

// namesNewUnit reports a paragraph that names a unit not named in before
// (the article so far) and named in head (the line before the paragraph,
// the new article's headline): a level word with a name ("huyện Gia
// Lâm", "Quận 3") or a province ("Nghệ An"). A level word alone ("huyện",
// "toàn tỉnh") refers to a unit already named. Names compare without tone
// marks, which are placed two ways ("Thuỷ", "Thủy").
func namesNewUnit(text, before, head string) bool {
	toks := tokenize(lowerSameLen(text), nil)
	folded, headFolded := "", toneless(head)
	seen := func(name string) bool {
		if !strings.Contains(headFolded, toneless(name)) {
			return true // not the headline's: not a new article's unit
		}
		if folded == "" {
			folded = toneless(before)
		}
		return strings.Contains(folded, toneless(name))
	}
	for i := range toks {
		if !toks[i].word || !upperAt(text, toks[i].start) && !levelFirstTok(&toks[i]) {
			continue
		}
		if name, _, ok := provinceAt(text, toks, i); ok {
			if !seen(name) {
				return true
			}
			continue
		}
		if _, name, _, _, _, ok := readUnit(text, toks, i); ok && name != "" && !seen(name) {
			return true
		}
	}
	return false
}

// toneless is s in lower case without its tone marks (the vowels keep
// their other marks).
func toneless(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch r {
		case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// statement reports a line that reads as a sentence of an article, not a
// headline: ten words or more, a figure among them, and a full stop at its
// end ("Thu ngân sách … cả năm 2024 là 27.081 tỷ đồng, bằng 205% dự
// toán."). Headlines carry no full stop; a page's notices ("Không sao chép
// dưới mọi hình thức …") no figure.
func statement(t string) bool {
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") || strings.HasSuffix(t, "…") {
		return false
	}
	fields := strings.Fields(t)
	if len(fields) < 10 {
		return false
	}
	for _, f := range fields {
		if len(f) > 0 && f[0] >= '0' && f[0] <= '9' {
			return true
		}
	}
	return false
}

// articleLine reports a line that is no other article's headline in a box
// of them ("Tin liên quan"), though too short to be prose (see isProse):
// a sentence of clauses longer than a headline, over 120 runes with a
// comma, semicolon or colon between its words ("Năm 2022, UBND quận đặt
// chỉ tiêu …; thu ngân sách phấn đấu …", an excerpt's last line cut
// short).
func articleLine(t string) bool {
	if i := strings.Index(t, "; "); i > 0 && strings.ContainsAny(t[:i], "0123456789") && strings.ContainsAny(t[i:], "0123456789") {
		// Figures listed clause after clause ("… y tế 100%; tỷ lệ bao
		// phủ bảo hiểm y tế đạt 94,5%; …"): a report's sentence, which
		// no headline is.
		return true
	}
	return document.RunesOver(t, 120) && (strings.Contains(t, ", ") || strings.Contains(t, "; ") || strings.Contains(t, ": "))
}

// The ways a box lists its headlines, told by its first: each after a
// list mark ("- …", "• …"), or each with its date in brackets at its end
// ("… (05/10/2022)"); else unmarked.
const (
	listPlain = iota
	listMarked
	listDated
)

func listStyle(t string) int {
	switch {
	case listMark(t):
		return listMarked
	case bracketDateEnd(t):
		return listDated
	}
	return listPlain
}

// listMark reports a line that starts with a mark of a list item.
func listMark(t string) bool {
	for _, m := range []string{"-", "–", "•", "+", "*", "»", ">", "◦", "▪", "·"} {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}

// bracketDateEnd reports a line that ends with a date in brackets:
// "(05/10/2022)", "(5-10-2022)", "(05/10)".
func bracketDateEnd(t string) bool {
	if !strings.HasSuffix(t, ")") {
		return false
	}
	i := strings.LastIndexByte(t, '(')
	if i < 0 {
		return false
	}
	d := t[i+1 : len(t)-1]
	parts := strings.FieldsFunc(d, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if _, err := strconv.Atoi(p); err != nil {
			return false
		}
	}
	return true
}

// offList reports a line of text out of the box's list: the box listed
// its headlines each after a mark, or each with its date, and this line
// has neither, and reads as the article's (a figure, or eight words or
// more: "5 quần chúng được kết nạp vào Đảng tại kỳ sinh hoạt chi bộ",
// "Tăng trưởng của Tỉnh bứt phá mạnh mẽ trong quý IV (tăng 10,88%; …").
// A box without marks tells nothing by its shape.
func (c *chromeBlock) offList(t string) bool {
	switch {
	case c.style == listMarked && !listMark(t):
	case c.style == listDated && !bracketDateEnd(t):
	default:
		return false
	}
	if len(strings.Fields(t)) >= 8 {
		return true
	}
	return strings.ContainsAny(t, "0123456789")
}

// clockBeforeProse reports a clock line (see clockLine) among the lines of
// rest before its first line of prose: another article's header.
func clockBeforeProse(rest string) bool {
	for n := 0; rest != "" && n < 40; n++ {
		l := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if isProse(t) {
			return false
		}
		if clockLine(t) {
			return true
		}
	}
	return false
}

// wrapsOn reports that rest (the text after a line) starts with a line
// that goes on with it in lower case, no blank line between: the line
// before was cut by a hard wrap ("Tổng thu ngân sách nhà nước đạt khoảng
// 58.486 tỷ đồng, đạt tỷ\nlệ 79% …").
func wrapsOn(rest string) bool {
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " \t"))
	return unicode.IsLower(first)
}

// bylineLine reports a line after the body that signs the article with a
// place in brackets: one to five capitalised words or "PV" (a reporter's
// name, "Nhóm PV"), joined by " - ", then "(…)" ("Hoàng Long (TTVH huyện
// Yên Lạc)", "PV (Quận Hà Đông)"). The place is where the reporter works,
// not the article's unit (the spec: a byline is not a unit).
func bylineLine(t string) bool {
	if len(t) > 100 || !strings.HasSuffix(t, ")") {
		return false
	}
	i := strings.IndexByte(t, '(')
	if i <= 0 || strings.ContainsAny(t, "0123456789") {
		return false
	}
	words := strings.Fields(strings.ReplaceAll(strings.ReplaceAll(t[:i], " - ", " "), " – ", " "))
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ".:,;") {
			return false
		}
	}
	return true
}

// officeByline reports a line after the body that signs the article with
// the reporter's office: one to three reporters' names (one to five
// capitalised words each, "PV" among them), joined by " - " and maybe after a
// dash, then after ", " or " - " an office ("Trung tâm", "TTVH", "Phòng",
// "Đài", "Ban", "Văn phòng", "Báo", "Cổng thông tin", "UBND", …) and its
// place ("Nguyễn Văn An, Trung tâm VH-TT huyện Yên Lạc", "- Thu Hà -
// Nguyễn Văn An, Trung tâm VH-TT huyện", "Minh Hằng - Đài Truyền thanh
// xã Tân Lập"). The office is where the reporter works, not the
// article's unit (the spec: a byline is not a unit).
func officeByline(t string) bool {
	if len(t) > 160 || strings.ContainsAny(t, "0123456789;:!?()") || strings.HasSuffix(t, ".") {
		return false
	}
	for _, d := range []string{"- ", "– ", "— "} {
		t = strings.TrimPrefix(t, d)
	}
	for i := 0; i < len(t); i++ {
		sep := 0
		switch {
		case strings.HasPrefix(t[i:], ", "):
			sep = 2
		case strings.HasPrefix(t[i:], " - "):
			sep = 3
		case strings.HasPrefix(t[i:], " – "):
			sep = len(" – ")
		default:
			continue
		}
		if office(t[i+sep:]) && signers(t[:i]) { // office, the cheaper test, first
			return true
		}
	}
	return false
}

// signers reports one to three reporters' names joined by " - " (one to
// five capitalised words each), none a unit's level ("Huyện", "Thị xã")
// and none an office's name (see office).
func signers(s string) bool {
	names := strings.Split(strings.ReplaceAll(s, " – ", " - "), " - ")
	if len(names) > 3 {
		return false
	}
	for _, n := range names {
		words := strings.Fields(n)
		if len(words) == 0 || len(words) > 5 || office(n) {
			return false
		}
		for k, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || strings.ContainsAny(w, ".,") {
				return false
			}
			switch lowerSameLen(w) { // lowered once it is known capitalised (most words of a line are not)
			case "huyện", "tỉnh", "quận", "phường", "xã", "tp", "tx":
				return false
			case "thành", "thị":
				// "Thành phố", "Thị xã", "Thị trấn"; "Nguyễn Thị Hoa",
				// "Văn Thành" are names.
				if k+1 < len(words) {
					switch lowerSameLen(words[k+1]) {
					case "phố", "xã", "trấn":
						return false
					}
				}
			}
		}
	}
	return true
}

// officeHeads are the first words of the names of the offices reporters
// sign with: "Trung tâm (VH-TT, Truyền thông …)", "TTVH", "Phòng Văn
// hóa …", "Đài Truyền thanh …", "Ban Tuyên giáo …", "Văn phòng …", "Báo
// …", "Cổng thông tin …", "Tạp chí …", "UBND …", "Ủy ban …", "Sở …",
// "Chi cục …", "Hội …".
var officeHeads = map[string]bool{"trung": true, "phòng": true, "đài": true, "ban": true, "văn": true, "báo": true, "cổng": true,
	"tạp": true, "ubnd": true, "ủy": true, "uỷ": true, "sở": true, "chi": true, "hội": true}

// office reports the name of a reporter's office: a capitalised head word
// of officeHeads (its next word fitting: "Trung tâm", "Văn phòng", "Tạp
// chí", "Chi cục", "Ủy ban", "Cổng thông tin") or an abbreviation of a
// centre ("TTVH", "TT VH-TT", "TTTT"), in at most twelve words.
func office(s string) bool {
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, unicode.IsSpace)); !unicode.IsUpper(r) {
		return false // the test of the first word below, before splitting the words
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	if strings.HasPrefix(words[0], "TT") && isUpperCase(words[0]) {
		return true
	}
	first := lowerSameLen(words[0])
	if !officeHeads[first] {
		return false
	}
	next := ""
	if len(words) > 1 {
		next = lowerSameLen(words[1])
	}
	switch first {
	case "trung":
		return next == "tâm"
	case "văn":
		return next == "phòng"
	case "tạp":
		return next == "chí"
	case "chi":
		return next == "cục"
	case "ủy", "uỷ":
		return next == "ban"
	case "cổng":
		return next == "thông"
	}
	return len(words) > 1
}

// footerLine reports a page's legal footer: a line that opens with the
// licence the site runs under and its number ("Giấy phép số 123/GP-BTTTT
// …", "Giấy phép hoạt động báo điện tử số …") or with its copyright
// ("Bản quyền © 2024 …", "Bản quyền thuộc về …", "© 2024 …", "Copyright ©
// …"). It is no text of the article, however long: its places are the
// site's owner's, its dates the licence's.
func footerLine(t string) bool {
	if len(t) > 600 {
		return false
	}
	if strings.HasPrefix(t, "©") {
		return true
	}
	if t == "" || t[0]|0x20 != 'b' && t[0]|0x20 != 'c' && t[0]|0x20 != 'g' {
		// None of the openings below: a line is lowered (every line of
		// a page is asked) only when it starts as one of them does.
		return false
	}
	// The openings are tested on the line's first 16 bytes lowered (a
	// rune cut at the end stays as it is, past the 13 bytes of the
	// longest opening); the whole line is lowered only after one.
	head := t[:min(len(t), 16)]
	if lh := lowerSameLen(head); !strings.HasPrefix(lh, "bản quyền") && !strings.HasPrefix(lh, "copyright") && !strings.HasPrefix(lh, "giấy phép") {
		return false
	}
	lower := lowerSameLen(t)
	switch {
	case strings.HasPrefix(lower, "bản quyền") || strings.HasPrefix(lower, "copyright"):
		rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(lower, "bản quyền"), "copyright"), " :")
		return strings.HasPrefix(rest, "©") || strings.HasPrefix(rest, "(c)") || strings.HasPrefix(rest, "thuộc")
	case strings.HasPrefix(lower, "giấy phép"):
		words := strings.Fields(lower)
		for i := 1; i+1 < len(words) && i <= 8; i++ {
			if words[i] == "số" && strings.ContainsAny(words[i+1][:1], "0123456789") {
				return true
			}
		}
	}
	return false
}

// photoCaption reports a line that is a photo's caption or credit: a short
// line with a credit mark at its start or end ("Ảnh: Toàn cảnh kỳ họp",
// "Quang cảnh hội nghị. Ảnh: Minh Phương", "Các đại biểu dự đại hội (Ảnh:
// Đỗ Gia Tuấn).", "… (Ảnh tư liệu)", "Ảnh minh họa", "Tin, ảnh: Quang
// Vũ", "… - ẢNH: HẢI YẾN", "… Ảnh/TTXVN", "(Nguồn ảnh: …)", "… (Ảnh chụp
// năm 2019)").
func photoCaption(t string) bool {
	if len(t) > 400 {
		return false
	}
	// Every mark holds "ảnh": most lines have none and need no
	// lower-case copy. (Lines without "ả" or "Ả" were told apart before,
	// but most lines have one: "quản", "bản", "cải".)
	if !hasAnh(t) {
		return false
	}
	lower := lowerSameLen(t)
	if numberedPhoto(lower) {
		return true
	}
	for _, mark := range []string{"ảnh:", "(ảnh ", "ảnh minh họa", "ảnh minh hoạ", "ảnh tư liệu", "ảnh/", "nguồn ảnh"} {
		i := strings.Index(lower, mark)
		for i >= 0 {
			before := strings.TrimRight(lower[:i], " ")
			// The credit opens the line or follows a mark of its own:
			// a full stop, a bracket, a comma, a dash ("… - ẢNH: HẢI
			// YẾN"), a bar or slash.
			startOK := before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "(") || strings.HasSuffix(before, ",") || strings.HasSuffix(before, "tin") || strings.HasSuffix(before, "bài và") || strings.HasSuffix(before, "trong") ||
				strings.HasSuffix(before, " -") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, "|") || strings.HasSuffix(before, "/")
			if mark == "(ảnh " && closesLine(lower[i:]) && !strings.HasPrefix(lower[i+len(mark):], "hưởng") {
				// "… thu hoạch cà phê (Ảnh chụp năm 2019)": a bracket
				// about the photo that ends the line ("(ảnh hưởng
				// …)" is an influence, not a photo).
				startOK = true
			}
			if startOK && (i < 16 || len(lower)-i < 80) {
				return true
			}
			j := strings.Index(lower[i+1:], mark)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

// stockPhoto reports the caption (in lower case) of a photo that shows no
// event the text reports: a file photo or an illustration ("Ảnh tư
// liệu", "Ảnh minh họa", "(Ảnh: Tư liệu)"), or a view of a place ("Một
// góc huyện …", "Toàn cảnh thành phố …", "… nhìn từ trên cao"). Such a
// photo is chosen to go with any text: the place it shows is not where
// the text's news happened.
func stockPhoto(lower string) bool {
	for _, m := range []string{"ảnh tư liệu", "ảnh minh họa", "ảnh minh hoạ", "ảnh: tư liệu", "(tư liệu)", "nhìn từ trên cao", "nhìn từ flycam"} {
		if strings.Contains(lower, m) {
			return true
		}
	}
	t := strings.TrimSpace(lower)
	for _, p := range []string{"ảnh:", "ảnh minh họa:", "-"} {
		t = strings.TrimSpace(strings.TrimPrefix(t, p))
	}
	if strings.HasPrefix(t, "một góc ") {
		return true
	}
	if rest, ok := strings.CutPrefix(t, "toàn cảnh "); ok {
		for _, lv := range []string{"huyện ", "tỉnh ", "thành phố ", "thị xã ", "thị trấn ", "quận ", "xã ", "phường ", "tp"} {
			if strings.HasPrefix(rest, lv) {
				return true
			}
		}
	}
	return false
}

// closesLine reports a bracket (s starts at its "(") closed at the end of
// the line, a full stop after it or not, with no other bracket opened
// inside.
func closesLine(s string) bool {
	s = strings.TrimRight(s, " .")
	return strings.HasSuffix(s, ")") && strings.IndexByte(s[1:], '(') < 0 && strings.IndexByte(s, ')') == len(s)-1
}

// numberedPhoto reports a caption that a page's gallery numbers at its
// end, after a dash: "Lãnh đạo tỉnh thăm công trình - Ảnh 2." (the
// number of the photo on the page; a stock photo reused on later pages
// keeps the caption and the year of the day it was taken). lower is the
// line in lower case (lowerSameLen).
func numberedPhoto(lower string) bool {
	s := strings.TrimRight(lower, " .")
	n := len(s)
	for n > 0 && s[n-1] >= '0' && s[n-1] <= '9' {
		n--
	}
	if n == len(s) || len(s)-n > 3 {
		return false
	}
	s = strings.TrimRight(s[:n], " ")
	if !strings.HasSuffix(s, "ảnh") {
		return false
	}
	s = strings.TrimRight(s[:len(s)-len("ảnh")], " ")
	return strings.HasSuffix(s, "-") || strings.HasSuffix(s, "–") || strings.HasSuffix(s, "|")
}

// hasAnh reports "ảnh" in lowerSameLen(t), without the copy: "ả" or "Ả"
// (E1 BA A3, E1 BA A2; lowerSameLen lowers only the second to the first,
// and nothing else to either) followed by "n" and "h" in either case.
func hasAnh(t string) bool {
	for i := 0; ; i += 2 {
		j := strings.Index(t[i:], "\xe1\xba")
		if j < 0 {
			return false
		}
		i += j
		if i+4 < len(t) && (t[i+2] == 0xA3 || t[i+2] == 0xA2) && t[i+3]|0x20 == 'n' && t[i+4]|0x20 == 'h' {
			return true
		}
	}
}

// clockLine reports a line that is an article's publication time, alone
// or with a weekday, a byline or a word such as "Cập nhật" ("15/09/2023
// 21:00", "Thứ hai, 02/02/2026 - 21:36", "Hiền Thu| 30/12/2022 12:26"): a
// full date of digits and at most four words of letters. A headline with
// its date has more words.
func clockLine(t string) bool {
	if len(t) > 64 {
		return false
	}
	words, dated := 0, false
	// The Seq forms of FieldsFunc here and in fullDate: every line of a
	// page's header is asked, and the slices of fields were a tenth of
	// the objects extraction allocated.
	for w := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == ' ' || r == ',' || r == '|' || r == '(' || r == ')' }) {
		if fullDate(w) {
			dated = true
			continue
		}
		for _, r := range w {
			if unicode.IsLetter(r) {
				words++
				break
			}
		}
	}
	return dated && words <= 4
}

// pageClock reports a line of a page's header that gives when the article
// was posted: a clock line (see clockLine), or a date written out or in
// digits after a weekday or with a time of day, and nothing else of note
// ("Thứ tư, ngày 13 tháng 2 năm 2021", "Chủ nhật 5/1/2025", "Thứ Bảy, 12
// tháng 10, 2024", "12 tháng 1, 2024 | 15:30", "Cập nhật lúc 9h30 ngày
// 12 tháng 01 năm 2024"). A date line alone ("Ngày 12 tháng 01 năm
// 2024") may be a report's: it is none.
func pageClock(t string) bool {
	if len(t) > 64 || strings.IndexAny(t, "0123456789") < 0 {
		// Both tests below need a number (a date of digits, a year):
		// most lines of a page have none, and are not split into words.
		return false
	}
	if clockLine(t) {
		return true
	}
	if len(t) > 64 {
		return false
	}
	lower := lowerSameLen(t)
	wd := false
	for _, w := range []string{"thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"} {
		if strings.HasPrefix(lower, w) {
			wd = true
			break
		}
	}
	words, year, clock := 0, false, false
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool {
		return r == ' ' || r == ',' || r == '|' || r == '-' || r == '/' || r == '(' || r == ')'
	}) {
		w = strings.TrimRight(w, ":") // "Đăng lúc: …"
		if n, err := strconv.Atoi(w); err == nil {
			year = year || n >= 1990 && n < 2100
			continue
		}
		if clockTime(w) {
			clock = true
			continue
		}
		switch w {
		case "ngày", "tháng", "năm", "thứ", "chủ", "nhật", "hai", "ba", "tư", "sáu", "bảy", "gmt+7", "cập", "đăng", "lúc", "giờ":
			continue
		}
		if !strings.ContainsAny(w, "0123456789") {
			words++
		}
	}
	return year && words == 0 && (wd || clock)
}

// clockTime reports a time of day: "15:30", "15:30:05", "9h30", "15g30".
func clockTime(w string) bool {
	i := strings.IndexAny(w, ":hg")
	if i < 1 || i > 2 || i+3 > len(w) {
		return false
	}
	for _, r := range w[:i] + strings.ReplaceAll(w[i+1:], ":", "") {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// breadcrumb reports a line of a page's header that is the path of
// sections the article is filed under: two to five short parts (one to
// five words, no figure) joined by ">", "»", "›", "/" or "|" ("Trang chủ >
// Tin tức > Huyện, thị, thành", "Thời sự | Chính trị"). Its words are the
// portal's menu: a level word in it ("Huyện, thị") is no unit of the
// article, and the line is no headline.
func breadcrumb(t string) bool {
	if len(t) > 120 || strings.ContainsAny(t, "0123456789.:") {
		return false
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '>' || r == '»' || r == '›' || r == '/' || r == '|' })
	if len(parts) < 2 || len(parts) > 5 {
		return false
	}
	for _, p := range parts {
		if n := len(strings.Fields(strings.ReplaceAll(p, " - ", " "))); n == 0 || n > 5 {
			return false
		}
	}
	return true
}

// fullDate reports "dd/mm/yyyy" or "dd-mm-yyyy" (one-digit day and month
// too).
func fullDate(w string) bool {
	n := 0
	for p := range strings.FieldsFuncSeq(w, func(r rune) bool { return r == '/' || r == '-' || r == '.' }) {
		if n == 3 || n < 2 && len(p) > 2 || n == 2 && len(p) != 4 {
			return false
		}
		if _, err := strconv.Atoi(p); err != nil {
			return false
		}
		n++
	}
	return n == 3
}

// wrappedAfter reports a line l that goes on with the paragraph prev: prev
// is a long line of prose cut where no sentence ends (no mark of
// punctuation at its end), and l starts with a lower-case letter.
func wrappedAfter(prev, l string) bool {
	if !cutMidSentence(prev) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(l, " \t"))
	return unicode.IsLower(first)
}

// cutMidSentence reports a line long enough to have been wrapped that
// ends in a letter, a digit or a comma: cut inside its sentence.
func cutMidSentence(prev string) bool {
	p := strings.TrimRight(prev, " \t")
	if len(p) < 60 || len(p) > maxPara-200 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	return unicode.IsLetter(last) || unicode.IsDigit(last) || last == ','
}

// wrappedName reports a line l that goes on with a paragraph prev already
// found hard-wrapped (a line of it went on in lower case), though l opens
// with a capital: a wrap that fell inside a name or before one ("… Hội
// đồng nhân dân tỉnh Đồng\nNai giao", "… vị thế số 1 của\nĐồng Nai với
// năm thứ 10 …"). prev's last line is long and ends with no mark of
// punctuation, and l is a line of prose, not a short heading.
func wrappedName(prev, l string) bool {
	last := prev[strings.LastIndexByte(prev, '\n')+1:]
	if !cutMidSentence(last) {
		return false
	}
	t := strings.TrimSpace(l)
	if len(t) < 40 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(first) || unicode.IsDigit(first)
}

// isProse reports a line of the article body: a long line, or a line of
// several sentences. Headlines, datelines and link lists are single short
// lines.
func isProse(t string) bool {
	switch {
	case len(t) > 800:
		return true // more than 200 runes, whatever the script
	case len(t) <= 80:
		return false // 80 runes at most
	}
	// Only whether there are more than 200 runes (and then 80) matters,
	// and counting them is what costs here: RunesOver counts the bytes
	// that start a rune, eight at a time, a floor that is the count for
	// valid UTF-8, and decodes only when it must. Decoding every rune of
	// the first 300 bytes was a fortieth of the time of extraction.
	if document.RunesOver(t, 200) {
		return true
	}
	return document.RunesOver(t, 80) && len(sentences(t)) > 1
}

// cutAt finds where to cut a long line at or before max bytes: after a
// sentence end, else at a space, else at a rune boundary.
func cutAt(l string, max int) int {
	head := l[:max]
	for _, sep := range []string{". ", "; ", " "} {
		if i := strings.LastIndex(head, sep); i > max/2 {
			return i + len(sep)
		}
	}
	for max > 0 && !utf8.RuneStart(l[max]) {
		max--
	}
	return max
}

// chromeBlock is a run of page chrome being skipped.
type chromeBlock struct {
	first, lines, bytes int
	heading             string
	dated               bool   // a clock line of an article's header is among its lines
	last                string // its last line
	style               int    // how the list under its last heading lists (see listStyle)
	styleNext           bool   // the next line is the first under a heading
}

// box reports a block that is so far a box of other articles' headlines,
// which a page may put between two paragraphs of its article: not the
// comments after the article ("Bình luận"), and no clock line of another
// article's header among its lines (see splitPageInto).
func (c *chromeBlock) box() bool {
	return !c.dated && !strings.Contains(lowerSameLen(c.heading), "bình luận")
}

func (c *chromeBlock) add(l string) {
	c.lines++
	c.bytes += len(l)
	c.last = l
}

func (c chromeBlock) note() diag.Problem {
	return diag.Warnf("", c.first, "skipped %d lines (%d bytes) of web-page chrome from %q to the next paragraph of text", c.lines, c.bytes, c.heading)
}

// needsNFC reports whether text may hold decomposed Vietnamese: combining
// marks U+0300–U+036F start with bytes 0xCC or 0xCD in UTF-8. Document
// text is NFC already; this keeps NFD input working without paying for a
// normalisation pass on every document.
func needsNFC(text string) bool {
	return strings.IndexByte(text, 0xCC) >= 0 || strings.IndexByte(text, 0xCD) >= 0
}

// dateHeader reads " date 2023-11 rest".
func dateHeader(l string) (y, m int, rest string, ok bool) {
	t := strings.TrimLeft(l, " \t")
	if !strings.HasPrefix(t, "date ") || len(t) < 12 {
		return 0, 0, l, false
	}
	y, err1 := strconv.Atoi(t[5:9])
	m, err2 := strconv.Atoi(t[10:12])
	if err1 != nil || err2 != nil || t[9] != '-' || m < 1 || m > 12 {
		return 0, 0, l, false
	}
	// Keep byte offsets of the rest meaningful: blank out the header.
	off := len(l) - len(t) + 12
	if len(t) >= 15 && t[12] == '-' && isDigitByte(t[13]) && isDigitByte(t[14]) && (len(t) == 15 || t[15] == ' ') {
		// " date 2026-01-16 …": the day too, else "16" is read as a
		// number of the headline after it ("16 Phường Hòa Bình …", a
		// count of wards).
		off += 3
	}
	return y, m, strings.Repeat(" ", off) + l[off:], true
}

// linkPrefixes start lines that point to other articles.
var linkPrefixes = []string{"xem thêm", "đọc thêm", "tin liên quan:", ">>", "bài liên quan"}

// isLinkLine reports a related-article line of the page ("- 11-01-2025Huyện
// ngoại thành …"): a date glued to a headline.
func isLinkLine(p view) bool {
	t := strings.TrimSpace(p.text)
	lower := p.lower[len(p.text)-len(strings.TrimLeft(p.text, " \t")):]
	for _, pre := range linkPrefixes {
		if strings.HasPrefix(lower, pre) {
			return true
		}
	}
	if !strings.HasPrefix(t, "-") && !strings.HasPrefix(t, "•") {
		return false
	}
	i := 0
	for i < len(p.toks) && !p.toks[i].word {
		i++
	}
	_, ok := dateAt(p.toks, i)
	return ok
}
