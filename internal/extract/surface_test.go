package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/facts"
)

// surfaceShow names a transformation whose changed facts TestSurfaceForms
// logs, document by document ("all" for every one):
//
//	go test ./internal/extract -run TestSurfaceForms -v -args -surface tone-old
var surfaceShow = flag.String("surface", "", "log the changed facts of this surface transformation (or all)")

// surfaceForm is one meaning-preserving rewrite of an article's surface: how
// another site or typist would write the same text. must says the
// extractor (through the document reader, as the CLI reads a file) already
// gives the same facts for every development article so written.
type surfaceForm struct {
	name string
	fn   func(string) string
	must bool
}

var surfaceForms = []surfaceForm{
	// Unicode.
	{"nfd", norm.NFD.String, true},
	{"tone-old", toneOld, true},                   // hòa → hoà, thủy → thuỷ, khỏe → khoẻ
	{"tone-new", toneNew, true},                   // hoà → hòa, thuỷ → thủy
	{"tone-mixed", everyOtherLine(toneOld), true}, // both placements in one article
	{"bom", func(s string) string { return "\uFEFF" + s }, true},
	{"quy-typo", quyTypo, true},            // quý → qúy
	{"ty-ti", syllables("tỷ", "tỉ"), true}, // tỷ đồng, tỷ lệ → tỉ
	{"ti-ty", syllables("tỉ", "tỷ"), true},
	{"ky-ki", lowerWord("kỳ", "kì"), true}, // cùng kỳ, nhiệm kỳ → kì (names keep theirs: Xã Yên Kỳ)
	{"ki-ky", syllables("kì", "kỳ"), true},
	{"nghin-ngan", syllables("nghìn", "ngàn"), true},
	{"ngan-nghin", syllables("ngàn", "nghìn"), true},
	// Spacing and punctuation.
	{"nbsp-num", spaceByDigit("\u00A0"), true},
	{"nnbsp-num", spaceByDigit("\u202F"), true},
	{"pct-space", pctSpace(" "), true}, // 15% → 15 %
	{"pct-nbsp", pctSpace("\u00A0"), true},
	{"double-space-sentence", doubleAfter(".;:,!?"), true}, // "năm 2024.  Thu ngân sách"
	{"double-space-some", doubleEvery(7), false},           // a stray double space now and then
	{"double-space-all", strings.NewReplacer(" ", "  ").Replace, false},
	{"range-endash", rangeDash("–"), true}, // 6-6,8% → 6–6,8%
	{"range-emdash", rangeDash("—"), true},
	{"dash-endash", strings.NewReplacer(" - ", " – ").Replace, true}, // kinh tế - xã hội → kinh tế – xã hội
	{"curly-quotes", curlyQuotes, true},
	{"ellipsis-one", strings.NewReplacer("...", "…").Replace, true},
	{"ellipsis-three", strings.NewReplacer("…", "...").Replace, true},
	{"space-comma", spaceBefore(","), true}, // a, b → a , b
	{"space-semicolon", spaceBefore(";:"), true},
	// Abbreviations an office writes.
	{"tp-dot", cityAbbr("TP. "), true}, // Thành phố Huế → TP. Huế
	{"tp-nodot", cityAbbr("TP "), true},
	{"tp-lower", cityAbbr("Tp. "), true},
	{"tp-full", cityFull, true},
	{"tx-dot", levelAbbr("Thị xã ", "TX. "), true}, // Thị xã Quảng Yên → TX. Quảng Yên
	{"h-dot", levelAbbr("huyện ", "H. "), true},    // huyện Gia Lâm → H. Gia Lâm
	{"q-dot", levelAbbr("quận ", "Q. "), true},     // quận Hoàng Mai → Q. Hoàng Mai // TP. Huế → Thành phố Huế
	{"ubnd-abbr", phrases([]string{"Ủy ban nhân dân", "Uỷ ban nhân dân", "ủy ban nhân dân", "uỷ ban nhân dân"}, "UBND"), true},
	{"ubnd-full", phrases([]string{"UBND"}, "Ủy ban nhân dân"), true},
	{"hdnd-abbr", phrases([]string{"Hội đồng nhân dân", "hội đồng nhân dân"}, "HĐND"), true},
	{"hdnd-full", phrases([]string{"HĐND"}, "Hội đồng nhân dân"), true},
	{"nsnn", phrases([]string{"ngân sách nhà nước"}, "NSNN"), true}, // thu NSNN
	{"bhyt", phrases([]string{"bảo hiểm y tế"}, "BHYT"), true},      // tham gia BHYT
	{"ktxh", phrases([]string{"kinh tế - xã hội", "kinh tế – xã hội"}, "KT-XH"), true},
	{"gtsx", phrases([]string{"giá trị sản xuất"}, "GTSX"), true},
	{"kh", phrases([]string{"kế hoạch"}, "KH"), true}, // đạt 105% KH
	// Line structure.
	{"crlf", strings.NewReplacer("\n", "\r\n").Replace, true},
	{"wrap70", hardWrap(70), true},
	// How a year is written onto a period, a date or a span.
	{"quarter-nam", yearForm(reQuarterSlash, "${1}${2} năm $3"), true}, // quý I/2023 → quý I năm 2023
	{"quarter-slash", yearForm(reQuarterNam, "${1}${2}/$3"), true},
	{"quarter-dot", yearForm(reQuarterSlash, "${1}${2}.$3"), true},     // quý I/2023 → quý I.2023
	{"month-nam", yearForm(reMonthSlash, "${1}${2}${3} năm $4"), true}, // tháng 9/2023 → tháng 9 năm 2023
	{"month-slash", yearForm(reMonthNam, "${1}${2}${3}/$4"), true},
	{"month-dash", yearForm(reMonthSlash, "${1}${2}${3}-$4"), true},
	{"date-dash", yearForm(reDateSlash, "$1-$2-$3"), true}, // 31/12/2023 → 31-12-2023
	{"date-dot", yearForm(reDateSlash, "$1.$2.$3"), true},
	{"date-slash", yearForm(reDateDashDot, "$1/$2/$3"), true},
	{"span-spaced", yearForm(reSpanTight, "$1 - $2"), true}, // 2021-2025 → 2021 - 2025
	{"span-tight", yearForm(reSpanSpaced, "$1-$2"), true},
}

// The year forms' patterns: a year is 19xx or 20xx; a month after "ngày
// dd" is a written-out date's ("ngày 05 tháng 5 năm 2023"), left alone.
var (
	reQuarterSlash = regexp.MustCompile(`([Qq]u[ýí] )(I|II|III|IV)/((?:19|20)\d\d)\b`)
	reQuarterNam   = regexp.MustCompile(`([Qq]u[ýí] )(I|II|III|IV) năm ((?:19|20)\d\d)\b`)
	reMonthSlash   = regexp.MustCompile(`(^|[^\d ] ?)([Tt]háng )(\d{1,2})/((?:19|20)\d\d)\b`)
	reMonthNam     = regexp.MustCompile(`(^|[^\d ] ?)([Tt]háng )(\d{1,2}) năm ((?:19|20)\d\d)\b`)
	reDateSlash    = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b`)
	reDateDashDot  = regexp.MustCompile(`\b(\d{1,2})[-.](\d{1,2})[-.]((?:19|20)\d\d)\b`)
	reSpanTight    = regexp.MustCompile(`\b((?:19|20)\d\d)-((?:19|20)\d\d)\b`)
	reSpanSpaced   = regexp.MustCompile(`\b((?:19|20)\d\d) - ((?:19|20)\d\d)\b`)
)

func yearForm(re *regexp.Regexp, to string) func(string) string {
	return func(s string) string { return re.ReplaceAllString(s, to) }
}

// surfaceKnown are the rewritten articles whose facts may change under a
// form that must hold, each with the reason: the rewrite makes them
// ambiguous. Listed ones that no longer change fail too (remove them).
var surfaceKnown = map[string]string{
	// The headline (70 characters) and a photo caption on the next line,
	// with no blank line between: wrapped at 70, they read as one
	// paragraph, so the caption's commune names the headline's province.
	"wrap70/d12p11_62ae0214.txt": "headline and caption on adjacent lines",
	// Known since the newer development sets joined the test (dev14-dev26),
	// not fixed yet. "xây dựng xã Gia Tân 1 và xã Gia Tân 2 đạt chuẩn …":
	// the two communes read as one unit (the numbers are not kept in the
	// names), so whether the sentence hands its paragraph on to "Xã Gia
	// Tân" turns on where the sentence breaks fall.
	"wrap70/d16p15_ebda9fa0.txt":                "two numbered communes read as one",
	"double-space-sentence/d16p15_ebda9fa0.txt": "two numbered communes read as one",
	// Not diagnosed yet.
	"double-space-sentence/d15p17_3ade2ab2.txt": "per-unit poverty list after 'trong đó:' labels",
	"nsnn/d14p15_020b7f50.txt":                  "a 'trong đó' part compared with the catalog name: NSNN not expanded",
	// "Thu ngân sách phường ước đạt 449,5 tỷ đồng (trong đó thu ngân
	// sách nhà nước ước đạt 17,3 tỷ đồng, đạt 207,6%)": inside the ward's
	// own budget, "nhà nước" alone tells the state total from a part of
	// the ward's; without it the bracket reads as the ward's part.
	"thungansach-nonn/d14p15_020b7f50.txt": "the state budget named inside the ward's own: 'nhà nước' tells them apart",
	"ktxh/h7p32_5482fe22.txt":              "KT-XH before a count of targets",
	"wrap70/d8p20_0296a3c2.txt":            "hard-wrapped growth and its plan",
	// Known since dev27-dev34 joined the test (2026-12-02), not fixed yet.
	// "GTSX" for "giá trị sản xuất" moves the revenue's as_of from the
	// two months' end to the visit's date ("tính đến ngày 21/2").
	"gtsx/d28p25_73225e51.txt": "as_of of a revenue beside an abbreviated production value",
	// The same revenue in the lede ("2 tháng đầu năm … đạt 106,801 tỷ
	// đồng") and in the body ("tính đến ngày 21/2, … đạt 106,801 tỷ
	// đồng"): one fact with two dates, and which the duplicate keeps
	// turns on the words around them.
	"tydong-bare/d28p25_73225e51.txt": "one revenue stated twice with two dates",
	// A hard-wrapped article (lines of about 80 characters): the shorter
	// name leaves "Tốc độ tăng trưởng GRDP 9 tháng" a short line of its
	// own, which reads as a heading, so the figure on the next line loses
	// its subject — as it would in a page so wrapped.
	"grdp-abbr/d32p13_37f91c11.txt": "a wrapped line made short reads as a heading",
	// Known since the year forms joined (2026-12-03), not fixed yet: a
	// cause ("do … trong quý III năm 2021, năm 2022 hoạt động trở lại")
	// names 2021 with "năm" twice, and the paragraph's figures before it
	// take the year the paragraph names most.
	"quarter-nam/d28p15_23daef24.txt": "a cause's years outnumber the report's",
}

// TestSurfaceForms is a metamorphic test: every development article,
// rewritten by each surfaceForm, must give the same facts (unit,
// indicator, year, kind, value, value_max, qualifier, estimate, as_of;
// evidence quotes the rewritten text, so it may change). It reports, per
// transformation, the articles it changes and those whose facts change,
// and fails on a change for the forms marked must.
func TestSurfaceForms(t *testing.T) {
	if testing.Short() {
		t.Skip("long: every development article under every transformation")
	}
	shared := sharedDir(t)
	var dirs []string
	for _, d := range []string{"dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42"} {
		dirs = append(dirs, filepath.Join("..", "..", "testdata", d, "prose"))
	}
	dirs = append(dirs, filepath.Join(shared, "corpus", "dev"), filepath.Join(shared, "corpus", "seeds"))
	type article struct {
		name, text string
		facts      []string
	}
	ex := New(catalog.Default(), Options{})
	run := func(name, text string) []string {
		d, err := document.Parse(name, []byte(text))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		fs, _ := ex.Extract(d)
		return surfaceKeys(fs)
	}
	var arts []article
	for _, dir := range dirs {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		sort.Strings(paths)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			a := article{name: filepath.Base(p), text: string(b)}
			a.facts = run(a.name, a.text)
			arts = append(arts, a)
		}
	}
	if len(arts) < 100 {
		t.Fatalf("only %d development articles found", len(arts))
	}
	var report strings.Builder
	fmt.Fprintf(&report, "%d articles; per transformation: articles rewritten, articles whose facts change (facts lost/gained)\n", len(arts))
	for _, f := range append(surfaceForms[:len(surfaceForms):len(surfaceForms)], wordingForms...) {
		applied, changed, lost, gained, knownN := 0, 0, 0, 0, 0
		var diffs []string
		for _, a := range arts {
			v := f.fn(a.text)
			if v == a.text {
				continue
			}
			applied++
			got := run(a.name, v)
			l, g := multisetDiff(a.facts, got)
			_, known := surfaceKnown[f.name+"/"+a.name]
			if len(l)+len(g) == 0 {
				if known {
					t.Errorf("%s/%s no longer changes: remove it from surfaceKnown", f.name, a.name)
				}
				continue
			}
			if known {
				knownN++
				continue
			}
			changed++
			lost += len(l)
			gained += len(g)
			diffs = append(diffs, fmt.Sprintf("%s:\n  - %s\n  + %s", a.name, strings.Join(l, "\n  - "), strings.Join(g, "\n  + ")))
		}
		mark := ""
		if knownN > 0 {
			mark = fmt.Sprintf(" + %d known", knownN)
		}
		if f.must {
			mark += " (must hold)"
		}
		fmt.Fprintf(&report, "  %-22s %3d rewritten %3d changed (-%d/+%d)%s\n", f.name, applied, changed, lost, gained, mark)
		if *surfaceShow == f.name || *surfaceShow == "all" {
			t.Logf("%s:\n%s", f.name, strings.Join(diffs, "\n"))
		}
		if f.must && changed > 0 {
			t.Errorf("%s changes the facts of %d articles:\n%s", f.name, changed, strings.Join(diffs, "\n"))
		}
	}
	t.Log(report.String())
}

// surfaceKeys are the facts' fields that a surface rewrite must keep, one
// string a fact, sorted: the key compared, a NUL, the fact as shown. A
// unit is compared by its name with each tone mark at its syllable's end:
// the extractor writes a name as the text spells it ("Thanh Hoá" or "Thanh
// Hóa"; gold files follow the text) and the report takes both for one unit
// (report's unitKey).
func surfaceKeys(fs []facts.Fact) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		vmax := ""
		if f.ValueMax != nil {
			vmax = fmt.Sprint(*f.ValueMax)
		}
		rest := fmt.Sprintf("|%s|%d|%s|%v|%s|%s|%v|%s", f.Indicator, f.Year, f.Kind, f.Value, vmax, f.Qualifier, f.Estimate, f.AsOf)
		out = append(out, toneAtEnd(f.Unit)+rest+"\x00"+f.Unit+rest)
	}
	sort.Strings(out)
	return out
}

// multisetDiff returns the facts of a not in b and those of b not in a,
// both sorted, as shown (see surfaceKeys).
func multisetDiff(a, b []string) (lost, gained []string) {
	key := func(s string) string { k, _, _ := strings.Cut(s, "\x00"); return k }
	shown := func(s string) string { _, v, _ := strings.Cut(s, "\x00"); return v }
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && key(a[i]) < key(b[j]):
			lost = append(lost, shown(a[i]))
			i++
		case i == len(a) || key(b[j]) < key(a[i]):
			gained = append(gained, shown(b[j]))
			j++
		default:
			i++
			j++
		}
	}
	return lost, gained
}

// Tone marks as NFD writes them: grave, acute, hook above, tilde, dot below.
func isToneMark(r rune) bool {
	switch r {
	case '\u0300', '\u0301', '\u0309', '\u0303', '\u0323':
		return true
	}
	return false
}

// openEnd reports that the syllable ends at rs[i] (nothing of a word
// follows: no letter, no combining mark).
func openEnd(rs []rune, i int) bool {
	return i >= len(rs) || !unicode.IsLetter(rs[i]) && !unicode.Is(unicode.Mn, rs[i])
}

func isRune(r rune, set string) bool { return strings.ContainsRune(set, r) }

// toneOld moves the tone of an open syllable ending in "oa", "oe" or "uy"
// to the second vowel, the old placement: "hòa" → "hoà", "thủy" → "thuỷ",
// "khỏe" → "khoẻ". Syllables with a final consonant ("hoàn") keep it.
func toneOld(s string) string {
	rs := []rune(norm.NFD.String(s))
	for i := 0; i+2 < len(rs); i++ {
		if isToneMark(rs[i+1]) && openEnd(rs, i+3) &&
			(isRune(rs[i], "oO") && isRune(rs[i+2], "aAeE") || isRune(rs[i], "uU") && isRune(rs[i+2], "yY")) {
			rs[i+1], rs[i+2] = rs[i+2], rs[i+1]
		}
	}
	return norm.NFC.String(string(rs))
}

// toneNew is toneOld's inverse: "hoà" → "hòa", "thuỷ" → "thủy"; "quý"
// keeps its tone on y (qu is a consonant).
func toneNew(s string) string {
	rs := []rune(norm.NFD.String(s))
	for i := 0; i+2 < len(rs); i++ {
		if isToneMark(rs[i+2]) && openEnd(rs, i+3) &&
			(isRune(rs[i], "oO") && isRune(rs[i+1], "aAeE") ||
				isRune(rs[i], "uU") && isRune(rs[i+1], "yY") && (i == 0 || !isRune(rs[i-1], "qQ"))) {
			rs[i+1], rs[i+2] = rs[i+2], rs[i+1]
		}
	}
	return norm.NFC.String(string(rs))
}

// toneAtEnd moves each syllable's tone mark to the syllable's end, so that
// both placements ("hoà", "hòa") give one spelling.
func toneAtEnd(s string) string {
	var b strings.Builder
	var tone rune
	for _, r := range norm.NFD.String(s) {
		switch {
		case isToneMark(r):
			tone = r
			continue
		case !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && tone != 0:
			b.WriteRune(tone)
			tone = 0
		}
		b.WriteRune(r)
	}
	if tone != 0 {
		b.WriteRune(tone)
	}
	return b.String()
}

// quyTypo writes "quý" as "qúy", the old placement wrongly applied to qu.
func quyTypo(s string) string {
	return syllables("quý", "qúy")(s)
}

// syllables replaces the syllable from (a whole word, in lower case, title
// case or capitals) with to.
func syllables(from, to string) func(string) string {
	type pair struct{ from, to string }
	var ps []pair
	for _, c := range []func(string) string{func(s string) string { return s }, titleCase, strings.ToUpper} {
		ps = append(ps, pair{c(from), c(to)})
	}
	return func(s string) string {
		for _, p := range ps {
			s = replaceWord(s, p.from, p.to)
		}
		return s
	}
}

func titleCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// replaceWord replaces from with to where no letter (or mark) touches it
// on either side.
func replaceWord(s, from, to string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, from)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(from):])
		word := func(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }
		b.WriteString(s[:i])
		if i > 0 && word(before) || i+len(from) < len(s) && word(after) {
			b.WriteString(from)
		} else {
			b.WriteString(to)
		}
		s = s[i+len(from):]
	}
}

// spaceByDigit writes sp for every space next to a digit: "1.200 tỷ
// đồng", "năm 2024" as a typesetter or a word processor joins them.
func spaceByDigit(sp string) func(string) string {
	return func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] == ' ' && (i > 0 && isDigit(s[i-1]) || i+1 < len(s) && isDigit(s[i+1])) {
				b.WriteString(sp)
				continue
			}
			b.WriteByte(s[i])
		}
		return b.String()
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// pctSpace writes sp between a figure and its percent sign: "15 %".
func pctSpace(sp string) func(string) string {
	return func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] == '%' && i > 0 && isDigit(s[i-1]) {
				b.WriteString(sp)
			}
			b.WriteByte(s[i])
		}
		return b.String()
	}
}

// doubleAfter writes two spaces after each of marks where the text has
// one, as typists who learned on typewriters do: "năm 2024.  Thu".
func doubleAfter(marks string) func(string) string {
	return func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			b.WriteByte(s[i])
			if s[i] == ' ' && i > 0 && strings.IndexByte(marks, s[i-1]) >= 0 && (i+1 == len(s) || s[i+1] != ' ') {
				b.WriteByte(' ')
			}
		}
		return b.String()
	}
}

// doubleEvery doubles every nth single space of a line: the stray double
// spaces of text typed and edited by hand.
func doubleEvery(n int) func(string) string {
	return func(s string) string {
		var b strings.Builder
		k := 0
		for i := 0; i < len(s); i++ {
			b.WriteByte(s[i])
			switch {
			case s[i] == '\n':
				k = 0
			case s[i] == ' ' && (i+1 == len(s) || s[i+1] != ' ') && (i == 0 || s[i-1] != ' '):
				if k++; k%n == 0 {
					b.WriteByte(' ')
				}
			}
		}
		return b.String()
	}
}

// rangeDash writes dash for a hyphen between two figures that make a
// range or a period ("6-6,8%", "2021-2025", "6 - 7%"), not one inside a
// date ("2024-06", "31-12-2024", "ngày 15-12"), which no typist dashes.
func rangeDash(dash string) func(string) string {
	return func(s string) string {
		var b strings.Builder
		last := 0
		for i := 0; i < len(s); i++ {
			if s[i] != '-' {
				continue
			}
			l := i
			if l > 0 && s[l-1] == ' ' {
				l--
			}
			r := i + 1
			if r < len(s) && s[r] == ' ' {
				r++
			}
			if (l == i) != (r == i+1) {
				continue // "6 -7": a sign, not a range
			}
			ls, le := numberBefore(s, l)
			re := numberAfter(s, r)
			if ls == le || re == r {
				continue
			}
			if ls > 0 && (s[ls-1] == '-' || s[ls-1] == '/') || re < len(s) && (s[re] == '-' || s[re] == '/') {
				continue // a date's or a code's chain
			}
			ld, rd := strings.Trim(s[ls:le], ".,"), s[r:re]
			if len(ld) == 4 && len(rd) <= 2 {
				continue // 2024-06
			}
			if len(ld) <= 2 && len(rd) <= 2 && !strings.ContainsAny(ld+rd, ".,") && (re == len(s) || s[re] != '%') {
				continue // 15-12: a day and a month (or a small range, left alone)
			}
			b.WriteString(s[last:i])
			b.WriteString(dash)
			last = i + 1
		}
		b.WriteString(s[last:])
		return b.String()
	}
}

// numberBefore is the figure (digits, dots, commas) that ends at s[end-1].
func numberBefore(s string, end int) (start, e int) {
	start = end
	for start > 0 && (isDigit(s[start-1]) || (s[start-1] == '.' || s[start-1] == ',') && start > 1 && isDigit(s[start-2]) && start < end) {
		start--
	}
	return start, end
}

// numberAfter is the end of the figure that starts at s[at].
func numberAfter(s string, at int) int {
	e := at
	for e < len(s) && (isDigit(s[e]) || (s[e] == '.' || s[e] == ',') && e+1 < len(s) && isDigit(s[e+1]) && e > at) {
		e++
	}
	return e
}

// curlyQuotes writes typographic quotes: straight double quotes alternate
// “ and ” on each line, apostrophes become ’.
func curlyQuotes(s string) string {
	var b strings.Builder
	open := true
	for _, r := range s {
		switch r {
		case '\n':
			open = true
		case '"':
			if open {
				b.WriteRune('“')
			} else {
				b.WriteRune('”')
			}
			open = !open
			continue
		case '\'':
			b.WriteRune('’')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// spaceBefore writes a space before each of marks that ends a clause (a
// mark followed by a space): "a , b".
func spaceBefore(marks string) func(string) string {
	return func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if strings.IndexByte(marks, s[i]) >= 0 && i > 0 && s[i-1] != ' ' && i+1 < len(s) && s[i+1] == ' ' {
				b.WriteByte(' ')
			}
			b.WriteByte(s[i])
		}
		return b.String()
	}
}

// cityAbbr writes "Thành phố" before a name (a capital letter) as abbr:
// "Thành phố Huế" → "TP. Huế".
func cityAbbr(abbr string) func(string) string {
	return func(s string) string {
		var b strings.Builder
		for _, full := range []string{"Thành phố ", "thành phố "} {
			b.Reset()
			for {
				i := strings.Index(s, full)
				if i < 0 {
					b.WriteString(s)
					break
				}
				r, _ := utf8.DecodeRuneInString(s[i+len(full):])
				b.WriteString(s[:i])
				if unicode.IsUpper(r) {
					b.WriteString(abbr)
				} else {
					b.WriteString(full)
				}
				s = s[i+len(full):]
			}
			s = b.String()
		}
		return s
	}
}

// cityFull writes "TP." / "TP" / "Tp." before a name in full.
func cityFull(s string) string {
	for _, abbr := range []string{"TP. ", "Tp. ", "TP.", "TP "} {
		var b strings.Builder
		for {
			i := strings.Index(s, abbr)
			if i < 0 {
				b.WriteString(s)
				break
			}
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			r, _ := utf8.DecodeRuneInString(s[i+len(abbr):])
			b.WriteString(s[:i])
			if (i == 0 || !unicode.IsLetter(before)) && unicode.IsUpper(r) {
				b.WriteString("Thành phố ")
			} else {
				b.WriteString(abbr)
			}
			s = s[i+len(abbr):]
		}
		s = b.String()
	}
	return s
}

// phrases replaces each of froms (as whole words) with to.
func phrases(froms []string, to string) func(string) string {
	return func(s string) string {
		for _, f := range froms {
			s = replaceWord(s, f, to)
		}
		return s
	}
}

// hardWrap breaks every line longer than width characters at spaces, as
// a mail program or a text export does.
func hardWrap(width int) func(string) string {
	return func(s string) string {
		var b strings.Builder
		for i, line := range strings.Split(s, "\n") {
			if i > 0 {
				b.WriteByte('\n')
			}
			n := 0
			for j, w := range strings.Split(line, " ") {
				l := utf8.RuneCountInString(w)
				if j > 0 {
					if n > 0 && n+1+l > width {
						b.WriteByte('\n')
						n = 0
					} else {
						b.WriteByte(' ')
						n++
					}
				}
				b.WriteString(w)
				n += l
			}
		}
		return b.String()
	}
}

// lowerWord replaces the word from, in lower case only, with to: a
// common noun's spelling, not a place name's.
func lowerWord(from, to string) func(string) string {
	return func(s string) string { return replaceWord(s, from, to) }
}

// everyOtherLine applies fn to the even lines (0, 2, …) of a text only.
func everyOtherLine(fn func(string) string) func(string) string {
	return func(s string) string {
		lines := strings.Split(s, "\n")
		for i := 0; i < len(lines); i += 2 {
			lines[i] = fn(lines[i])
		}
		return strings.Join(lines, "\n")
	}
}

// levelAbbr writes a level word before a name (a capital letter) as abbr:
// "Thị xã Quảng Yên" → "TX. Quảng Yên".
func levelAbbr(full, abbr string) func(string) string {
	return func(s string) string {
		var b strings.Builder
		for {
			i := strings.Index(s, full)
			if i < 0 {
				b.WriteString(s)
				return b.String()
			}
			r, _ := utf8.DecodeRuneInString(s[i+len(full):])
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			b.WriteString(s[:i])
			if unicode.IsUpper(r) && (i == 0 || !unicode.IsLetter(before)) {
				b.WriteString(abbr)
			} else {
				b.WriteString(full)
			}
			s = s[i+len(full):]
		}
	}
}
