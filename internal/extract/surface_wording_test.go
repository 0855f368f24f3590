package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordingForms are TestSurfaceForms's lexical rewrites: the words another
// reporter or office uses for the same thing, each of which facts.md gives
// the same indicator, kind, value, year and unit (its cue lists, kinds and
// qualifiers). The loop is TestSurfaceForms's; these only widen its table.
var wordingForms = []surfaceForm{
	// Comparisons with the year before.
	{"cungky-so", lexical{from: cungKy("so với "), to: "so cùng kỳ"}.fn(), true},
	{"cungky-voi", lexical{from: cungKy("so "), to: "so với cùng kỳ"}.fn(), true},
	{"cungky-namtruoc", lexical{from: cungKy("so với "), to: "so với cùng kỳ năm trước", notNext: []string{" năm", " của năm", " các năm", " 20", " 19", " (", " tháng"}}.fn(), true},
	{"cungky-ck", lexical{from: cungKy("so với "), to: "so với CK"}.fn(), true},
	{"namtruoc-ngoai", lexical{from: []string{"so với năm trước"}, to: "so với năm ngoái"}.fn(), true},
	{"namtruoc-lien", lexical{from: []string{"so với năm trước"}, to: "so với năm liền trước"}.fn(), true},
	{"cungky-front", cungKyFront, true}, // tăng 8% so với cùng kỳ → so với cùng kỳ tăng 8%
	// Result verbs.
	{"uocdat-uocth", lexical{from: []string{"ước đạt"}, to: "ước thực hiện", next: figureNext}.fn(), true},
	{"uocdat-uoctinh", lexical{from: []string{"ước đạt"}, to: "ước tính đạt"}.fn(), true},
	{"uocth-uocdat", lexical{from: []string{"ước thực hiện"}, to: "ước đạt", next: figureNext}.fn(), true},
	{"dat-bang-plan", ratioVerb([]string{"đạt"}, "bằng"), true},                 // đạt 105% kế hoạch → bằng 105% kế hoạch
	{"bang-dat-plan", ratioVerb([]string{"bằng"}, "đạt"), true},                 // bằng 92% dự toán → đạt 92% dự toán
	{"hoanthanh-dat", ratioVerb([]string{"hoàn thành"}, "thực hiện đạt"), true}, // hoàn thành 105% kế hoạch
	// Plan words.
	{"dutoan-giao", lexical{from: []string{"dự toán"}, to: "dự toán giao", next: `[,.;)]| năm`}.fn(), true},
	{"dutoan-nogiao", lexical{from: []string{"dự toán giao"}, to: "dự toán", next: `[,.;)]| năm`}.fn(), true},
	{"nq-abbr", lexical{from: []string{"Nghị quyết", "nghị quyết"}, to: "NQ", keepCase: true}.fn(), true},
	{"plan-sovoi-drop", planCompare(true), true}, // 105% so với kế hoạch → 105% kế hoạch
	{"plan-sovoi-add", planCompare(false), true}, // 105% kế hoạch → 105% so với kế hoạch
	{"plan-dera", lexical{from: []string{"kế hoạch"}, to: "kế hoạch đề ra", prev: `\d% (?:so với )?`, next: `[,.;]`}.fn(), true},
	{"chitieu-muctieu", lexical{from: []string{"chỉ tiêu"}, to: "mục tiêu", prev: `\d% (?:so với )?`}.fn(), true},
	// Money.
	{"tydong-vnd", lexical{from: []string{"tỷ đồng", "tỉ đồng"}, to: "tỷ VNĐ"}.fn(), true},
	{"tydong-d", lexical{from: []string{"tỷ đồng", "tỉ đồng"}, to: "tỷ đ"}.fn(), true},
	{"tydong-bare", lexical{from: []string{"tỷ đồng", "tỉ đồng"}, to: "tỷ", prev: `\d `}.fn(), true},
	{"trieudong-vnd", lexical{from: []string{"triệu đồng"}, to: "triệu VNĐ"}.fn(), true},
	{"trieudong-trd", lexical{from: []string{"triệu đồng"}, to: "tr.đ"}.fn(), true},
	// Qualifiers.
	{"tren-hon", lexical{from: []string{"trên"}, to: "hơn", next: ` \d`}.fn(), true},
	{"hon-tren", lexical{from: []string{"hơn"}, to: "trên", next: ` \d`, notPrev: comparatives}.fn(), true},
	{"khoang-xapxi", lexical{from: []string{"khoảng"}, to: "xấp xỉ", next: ` \d`}.fn(), true},
	{"khoang-gan", lexical{from: []string{"khoảng"}, to: "gần", next: ` \d`}.fn(), true},
	{"gan-khoang", lexical{from: []string{"gần"}, to: "khoảng", next: ` \d`}.fn(), true},
	// Indicator names.
	{"grdp-abbr", grdpAbbr, true},
	{"grdp-full", lexical{from: []string{"GRDP"}, to: "tổng sản phẩm trên địa bàn", notPrev: []string{"("}}.fn(), true},
	{"tangtruong-notocdo", lexical{from: []string{"tốc độ tăng trưởng kinh tế"}, to: "tăng trưởng kinh tế"}.fn(), true},
	{"tangtruong-tocdo", lexical{from: []string{"tăng trưởng kinh tế"}, to: "tốc độ tăng trưởng kinh tế", notPrev: []string{"tốc độ ", "Tốc độ "}}.fn(), true},
	{"tangtruong-grdp", lexical{from: []string{"tăng trưởng kinh tế"}, to: "tăng trưởng GRDP", notNext: []string{" (GRDP)", " (tổng sản phẩm"}}.fn(), true},
	{"thungansach-nonn", lexical{from: []string{"thu ngân sách nhà nước", "thu NSNN"}, to: "thu ngân sách"}.fn(), true},
	{"thungansach-nn", lexical{from: []string{"thu ngân sách"}, to: "thu ngân sách nhà nước", notNext: budgetOwners}.fn(), true},
	{"tongthu-diaban", lexical{from: []string{"thu ngân sách nhà nước trên địa bàn", "thu NSNN trên địa bàn"}, to: "tổng thu ngân sách trên địa bàn", notPrev: []string{"tổng ", "Tổng "}}.fn(), true},
	{"dangvien-dv", lexical{from: []string{"đảng viên"}, to: "ĐV"}.fn(), true},
	{"ketnap-duoc", lexical{from: []string{"kết nạp"}, to: "kết nạp được", next: ` \d`}.fn(), true},
	{"ketnap-moi", ketNapMoi, true}, // kết nạp 120 đảng viên mới → kết nạp mới 120 đảng viên
	{"banle-nodv", lexical{from: banLe, to: "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"}.fn(), true},
	{"banle-hhdv", lexical{from: banLe, to: "tổng mức bán lẻ hàng hóa và dịch vụ"}.fn(), true},
	{"vieclam-tao", lexical{from: []string{"giải quyết việc làm"}, to: "tạo việc làm"}.fn(), true},
	{"vieclam-nguoi", jobsPeople, true}, // việc làm cho 1.200 lao động → 1.200 người
	{"bhyt-nguoidan", lexical{from: []string{"dân số tham gia"}, to: "người dân tham gia"}.fn(), true},
	{"bhyt-baophu", bhytBaoPhu, true},
	{"thoatngheo-vuonlen", lexical{from: []string{"hộ thoát nghèo"}, to: "hộ vươn lên thoát nghèo"}.fn(), true},
	{"vanhoa-chuan", vanHoaChuan, true}, // gia đình văn hóa → gia đình đạt chuẩn văn hóa
	{"tmdv-comma", lexical{from: []string{"thương mại - dịch vụ", "thương mại – dịch vụ"}, to: "thương mại, dịch vụ"}.fn(), true},
	{"tmdv-va", lexical{from: []string{"thương mại - dịch vụ", "thương mại – dịch vụ"}, to: "thương mại và dịch vụ"}.fn(), true},
	{"vdt-phattrien", lexical{from: []string{"vốn đầu tư toàn xã hội"}, to: "vốn đầu tư phát triển toàn xã hội"}.fn(), true},
	{"giaingan-novon", lexical{from: []string{"giải ngân vốn đầu tư công"}, to: "giải ngân đầu tư công"}.fn(), true},
}

// comparatives are the adjectives whose "hơn" compares ("cao hơn 6,2%
// so với cùng kỳ", "thấp hơn 3,46 điểm"): no qualifier "over" there.
var comparatives = []string{"cao ", "thấp ", "nhiều ", "lớn ", "nhỏ ", "nhanh ", "chậm ", "ít ", "sớm ", "muộn ", "Cao ", "Thấp "}

// figureNext is a figure following a word, maybe after a qualifier.
const figureNext = ` (?:khoảng |trên |hơn |gần |xấp xỉ )?\d`

// budgetOwners follow "thu ngân sách" when the budget is a level's own or
// already named: no "nhà nước" may be added then.
var budgetOwners = []string{" nhà nước", " NSNN", " địa phương", " huyện", " xã", " phường", " thị trấn", " cấp", " tỉnh", " thành phố", " quận", " thị xã", " Trung ương", " trung ương", " Nhà nước", " của", " trong cân đối", " được hưởng", " trên địa bàn huyện được"}

// banLe are the ways of writing the retail-and-services total in full.
var banLe = []string{
	"tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
	"tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng",
}

// cungKy is "so với cùng kỳ" after prefix, in both spellings of kỳ.
func cungKy(prefix string) []string {
	return []string{prefix + "cùng kỳ", prefix + "cùng kì"}
}

// lexical replaces each of from (a whole word run, in lower or title case)
// with to (in the same case, or as written with keepCase), where the text
// before matches prev (a pattern ending at the word) and the text after
// matches next (a pattern starting right after it; a word's end when
// empty), and none of notPrev ends the text before nor notNext starts the
// text after.
type lexical struct {
	from             []string
	to               string
	prev, next       string
	notPrev, notNext []string
	keepCase         bool
}

func (l lexical) fn() func(string) string {
	var alts []string
	for _, f := range l.from {
		alts = append(alts, regexp.QuoteMeta(f))
		if t := titleCase(f); t != f {
			alts = append(alts, regexp.QuoteMeta(t))
		}
	}
	next := l.next
	if next == "" {
		next = `[^\p{L}\p{M}\d]|$`
	}
	prev := `(?:^|[^\p{L}\p{M}\d])`
	if l.prev != "" {
		prev = `(?:` + l.prev + `)`
	}
	re := regexp.MustCompile(`(` + prev + `)(` + strings.Join(alts, "|") + `)(?:` + next + `)`)
	return func(s string) string {
		var b strings.Builder
		last := 0
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			ws, we := m[4], m[5]
			if ws < last || blocked(s[:ws], l.notPrev, strings.HasSuffix) || blocked(s[we:], l.notNext, strings.HasPrefix) {
				continue
			}
			to := l.to
			if w := s[ws:we]; !l.keepCase && startsUpper(w) && (w != strings.ToUpper(w) || sentenceStart(s[:ws])) {
				// An acronym keeps its capitals anywhere; the words
				// written out for it open a sentence with a capital
				// ("…%. GRDP năm nay" is "…%. Tổng sản phẩm …", which
				// the reader splits there; "…%. tổng sản phẩm …" it
				// would not).
				to = titleCase(to)
			}
			b.WriteString(s[last:ws])
			b.WriteString(to)
			last = we
		}
		if last == 0 {
			return s
		}
		b.WriteString(s[last:])
		return b.String()
	}
}

// sentenceStart reports text before a word that ends a sentence or a
// line: the word opens a sentence.
func sentenceStart(before string) bool {
	t := strings.TrimRight(before, " \t")
	if t == "" || strings.HasSuffix(t, "\n") {
		return true
	}
	if len(t) == len(before) {
		return false
	}
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func blocked(s string, list []string, has func(string, string) bool) bool {
	for _, x := range list {
		if has(s, x) {
			return true
		}
	}
	return false
}

// rePlanWord is a plan a ratio is taken of, after the ratio.
const rePlanWord = `(?:so với )?(?:kế hoạch|KH|dự toán|chỉ tiêu|Nghị quyết|NQ|mục tiêu)`

// ratioVerb writes the verb before a ratio to a plan ("đạt 105% kế
// hoạch") as to: facts.md's pct_of_plan takes "đạt" and "bằng" alike.
func ratioVerb(froms []string, to string) func(string) string {
	var out []func(string) string
	for _, f := range froms {
		out = append(out, lexical{from: []string{f}, to: to, next: ` (?:khoảng |trên |hơn |gần |xấp xỉ )?\d[\d.,]*(?: ?- ?\d[\d.,]*)? ?% ` + rePlanWord}.fn())
	}
	return func(s string) string {
		for _, f := range out {
			s = f(s)
		}
		return s
	}
}

var (
	rePlanSoVoi   = regexp.MustCompile(`((?:đạt|bằng) (?:khoảng |trên |hơn |gần |xấp xỉ )?\d[\d.,]* ?%) so với (kế hoạch|KH|dự toán|chỉ tiêu|Nghị quyết|NQ)([^\p{L}\p{M}]|$)`)
	rePlanNoSoVoi = regexp.MustCompile(`((?:đạt|bằng) (?:khoảng |trên |hơn |gần |xấp xỉ )?\d[\d.,]* ?%) (kế hoạch|KH|dự toán|chỉ tiêu|Nghị quyết|NQ)([^\p{L}\p{M}]|$)`)
)

// planCompare drops (or adds) "so với" between a ratio to a plan and the
// plan ("đạt 105% so với kế hoạch"); a change ("tăng 17% so với kế
// hoạch") keeps it: without it the words say another thing.
func planCompare(drop bool) func(string) string {
	if drop {
		return yearForm(rePlanSoVoi, "$1 $2$3")
	}
	return yearForm(rePlanNoSoVoi, "$1 so với $2$3")
}

var reCungKyFront = regexp.MustCompile(`, (tăng|giảm) (\d[\d.,]*%) (so với cùng k[ỳì](?: năm trước| năm (?:19|20)\d\d)?)([,.;]|$)`)

// cungKyFront puts the comparison before its change: ", tăng 8% so với
// cùng kỳ," → ", so với cùng kỳ tăng 8%,".
func cungKyFront(s string) string {
	return reCungKyFront.ReplaceAllString(s, ", $3 $1 $2$4")
}

var reGRDPFull = regexp.MustCompile(`[Tt]ổng sản phẩm (trên địa bàn|trong tỉnh|nội tỉnh)( (?:tỉnh|huyện|thành phố|thị xã|quận))?(?: \(GRDP\))?|[Tt]ổng sản phẩm \(GRDP\)`)

// grdpAbbr writes the product by its abbreviation: "tổng sản phẩm trên
// địa bàn (GRDP)" → "GRDP"; the level a name gives ("trên địa bàn
// tỉnh", "trong tỉnh") stays: "GRDP của tỉnh".
func grdpAbbr(s string) string {
	// A bracket that spells the abbreviation out ("GRDP (tổng sản phẩm
	// trên địa bàn tỉnh, thành phố …)") defines it and stays.
	s = strings.ReplaceAll(s, "(tổng sản phẩm", "(\x01")
	return strings.ReplaceAll(reGRDPFull.ReplaceAllStringFunc(s, func(m string) string {
		sub := reGRDPFull.FindStringSubmatch(m)
		switch {
		case sub[2] != "":
			return "GRDP của" + sub[2]
		case sub[1] == "trong tỉnh" || sub[1] == "nội tỉnh":
			return "GRDP của tỉnh"
		}
		return "GRDP"
	}), "(\x01", "(tổng sản phẩm")
}

var reKetNapMoi = regexp.MustCompile(`([Kk]ết nạp) (\d[\d.]*) (đảng viên) mới`)

// ketNapMoi moves "mới" before the count: "kết nạp mới 120 đảng viên".
func ketNapMoi(s string) string { return reKetNapMoi.ReplaceAllString(s, "$1 mới $2 $3") }

var reJobsPeople = regexp.MustCompile(`(\d) lao động([^\p{L}\p{M}]|$)`)

// jobsPeople writes the workers given jobs as people, on lines about jobs.
func jobsPeople(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.Contains(strings.ToLower(l), "việc làm") {
			lines[i] = reJobsPeople.ReplaceAllString(l, "$1 người$2")
		}
	}
	return strings.Join(lines, "\n")
}

var reBHYT = regexp.MustCompile(`([Tt]ỷ lệ|[Tt]ỉ lệ) (?:dân số|người dân) tham gia (bảo hiểm y tế|BHYT)`)

// bhytBaoPhu writes the share insured as the insurance's coverage.
func bhytBaoPhu(s string) string { return reBHYT.ReplaceAllString(s, "$1 bao phủ $2") }

var reVanHoa = regexp.MustCompile(`(gia đình|khu dân cư|tổ dân phố|thôn, tổ dân phố|thôn, khu phố|thôn) (văn h[óo]a|văn hoá)`)

// vanHoaChuan writes a cultural title as a standard reached: "gia đình
// văn hóa" → "gia đình đạt chuẩn văn hóa".
func vanHoaChuan(s string) string { return reVanHoa.ReplaceAllString(s, "$1 đạt chuẩn $2") }
