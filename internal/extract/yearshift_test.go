package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/facts"
)

// The metamorphic test of years: a development article told k years later
// (every year of its text moved by +k: "năm 2023", "2021-2025",
// "31/12/2023", the " date 2024-03" header, "quý I/2024") says the same
// things of those later years. So each of its facts must be the original
// fact with year+k (and as_of k years later): the same unit, indicator,
// kind, value, value_max, unit of measure, qualifier and estimate. A rule
// that fires on a particular year (a term "2020-2025", the year a reform
// took effect) rather than on what the text says of its years shows up as
// a difference.
//
//	go test ./internal/extract -run TestYearShift -v -args -yearshift-show all
//
// logs every difference (or those of one article: -yearshift-show NAME).

var yearShiftShow = flag.String("yearshift-show", "", "log the changed facts of TestYearShift for this article (or all)")

// yearShifts are the k the articles are moved by: later and earlier, by
// less and more than a five-year term.
var yearShifts = []int{-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}

// yearShiftDirs are the development articles moved (never a holdout);
// shared corpus folders are added in the test.
var yearShiftDirs = []string{
	"dev2", "dev3", "dev4", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13",
	"dev14", "dev15", "dev16", "dev17", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24",
	"dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34",
	"dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42",
}

// yearShiftReason is why a moved article's facts differ and for which k:
// the move changes what the text means, because the calendar the text
// relies on does not move with it.
type yearShiftReason struct {
	why string
	ks  func(k int) bool
}

// Two calendars the extractor reads and a moved text does not move.
var (
	// Local party congresses sit in fixed five-year terms (2015-2020,
	// 2020-2025, 2025-2030): a target of "Đại hội Đảng bộ …" that names
	// no term is of the term the text's year falls in
	// (partyCongressTargets), so a move by other than a multiple of five
	// lands it in another term.
	shiftCongressTerm = yearShiftReason{"party congress terms are fixed in the calendar", func(k int) bool { return k%5 != 0 }}
	// Districts were abolished on 1 July 2025: a list of bare names in a
	// text published after that is of communes and wards, not districts
	// of the gazetteer (gazetteerDistrict).
	shiftDistrictReform = func(from int) yearShiftReason {
		return yearShiftReason{"moved past the reform of July 2025", func(k int) bool { return k >= from }}
	}
)

// yearShiftKnown are the articles whose facts differ when moved, with the
// mechanism and the k it holds for. The test fails on a difference not
// listed and on a listed one that no longer differs (take it off).
var yearShiftKnown = map[string]yearShiftReason{
	"d10p11_77876356.txt": shiftCongressTerm,      // "Đại hội Đảng bộ phường … đề ra mục tiêu …" (2025-08)
	"d10p25_525eaa95.txt": shiftCongressTerm,      // "mục tiêu Đại hội Đảng bộ tỉnh lần thứ XX đề ra" (2023)
	"d28p11_b6c556e4.txt": shiftDistrictReform(2), // " date 2023-12 … Hội An 110; Điện Bàn 150"
}

// shiftYears writes every year of the text k years later: a number of four
// digits 19xx or 20xx standing alone (not a part of a larger number such
// as "2.025" or "2020,5", nor of a longer run of digits such as the typo
// "20212023"). The day and month of a date stay; the weekday printed
// beside one is left as it is (nothing reads it).
func shiftYears(s string, k int) string {
	var b strings.Builder
	b.Grow(len(s))
	digit := func(i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }
	last := 0
	for i := 0; i+4 <= len(s); {
		if !digit(i) {
			i++
			continue
		}
		j := i
		for digit(j) {
			j++
		}
		if j-i == 4 && (s[i:i+2] == "19" || s[i:i+2] == "20") &&
			!(i >= 2 && s[i-1] == ',' && digit(i-2)) && // "0,2020": a decimal
			!(j+1 < len(s) && (s[j] == ',' || s[j] == '.') && digit(j+1)) { // "2020,5", "2020.000"
			y, _ := strconv.Atoi(s[i:j])
			b.WriteString(s[last:i])
			b.WriteString(strconv.Itoa(y + k))
			last = j
		}
		i = j
	}
	b.WriteString(s[last:])
	return b.String()
}

// shiftAsOf moves a YYYY-MM-DD date k years: a month's last day to the
// month's last day (28 and 29 February are both the end of "2 tháng đầu
// năm"), another day kept.
func shiftAsOf(d string, k int) string {
	if len(d) != 10 {
		return d
	}
	y, err1 := strconv.Atoi(d[:4])
	m, err2 := strconv.Atoi(d[5:7])
	day, err3 := strconv.Atoi(d[8:])
	if err1 != nil || err2 != nil || err3 != nil {
		return d
	}
	if day == monthEnd(y, m) {
		day = monthEnd(y+k, m)
	}
	y += k
	return fmt.Sprintf("%04d-%02d-%02d", y, m, day)
}

// yearShiftKeys are the facts moved k years, one string a fact (what is
// compared), sorted.
func yearShiftKeys(fs []facts.Fact, k int) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		vmax := ""
		if f.ValueMax != nil {
			vmax = fmt.Sprint(*f.ValueMax)
		}
		s := fmt.Sprintf("%s|%s|%d|%s|%v|%s|%s|%s|%v|%s", f.Unit, f.Indicator, f.Year+k, f.Kind, f.Value, vmax, f.UOM, f.Qualifier, f.Estimate, shiftAsOf(f.AsOf, k))
		out = append(out, s+"\x00"+s)
	}
	sort.Strings(out)
	return out
}

func TestShiftYears(t *testing.T) {
	for _, c := range [][2]string{
		{" date 2024-03\nNăm 2023, thu ngân sách đạt 1.234 tỷ đồng", " date 2025-03\nNăm 2024, thu ngân sách đạt 1.234 tỷ đồng"},
		{"nhiệm kỳ 2020-2025, giai đoạn 2021–2025", "nhiệm kỳ 2021-2026, giai đoạn 2022–2026"},
		{"đến ngày 31/12/2023; quý I/2024; 15.6.2022", "đến ngày 31/12/2024; quý I/2025; 15.6.2023"},
		{"2.025 tỷ đồng, 2020,5 ha, 0,2020, 20212023, 12.2020.000, 3019, 1899", "2.025 tỷ đồng, 2020,5 ha, 0,2020, 20212023, 12.2020.000, 3019, 1899"},
		{"năm 2019.", "năm 2020."},
	} {
		if got := shiftYears(c[0], 1); got != c[1] {
			t.Errorf("shiftYears(%q) = %q, want %q", c[0], got, c[1])
		}
	}
	for _, c := range [][2]string{{"2024-02-29", "2025-02-28"}, {"2023-02-28", "2024-02-29"}, {"2023-10-31", "2024-10-31"}, {"2023-02-15", "2024-02-15"}} {
		if got := shiftAsOf(c[0], 1); got != c[1] {
			t.Errorf("shiftAsOf(%s) = %s, want %s", c[0], got, c[1])
		}
	}
}

func TestYearShift(t *testing.T) {
	if testing.Short() {
		t.Skip("long: every development article moved by each k")
	}
	shared := sharedDir(t)
	var dirs []string
	for _, d := range yearShiftDirs {
		dirs = append(dirs, filepath.Join("..", "..", "testdata", d, "prose"))
	}
	// The paraphrase sets of time keep their articles at the top.
	dirs = append(dirs, filepath.Join("..", "..", "testdata", "para3"))
	dirs = append(dirs, filepath.Join(shared, "corpus", "dev"), filepath.Join(shared, "corpus", "seeds"))
	ex := New(catalog.Default(), Options{})
	run := func(name, text string) []facts.Fact {
		d, err := document.Parse(name, []byte(text))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		fs, _ := ex.Extract(d)
		return fs
	}
	arts, moved, differ, lost, gained, knownN := 0, 0, 0, 0, 0, 0
	perK, perWhy := map[int]int{}, map[string]int{}
	seen := map[string]bool{}
	for _, dir := range dirs {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		sort.Strings(paths)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			name, text := filepath.Base(p), string(b)
			orig := run(name, text)
			if len(orig) == 0 {
				continue
			}
			arts++
			for _, k := range yearShifts {
				if k == 0 {
					continue
				}
				v := shiftYears(text, k)
				if v == text {
					continue
				}
				moved++
				l, g := multisetDiff(yearShiftKeys(orig, k), yearShiftKeys(run(name, v), 0))
				id := fmt.Sprintf("%s %+d", name, k)
				r, known := yearShiftKnown[name]
				known = known && r.ks(k)
				if known {
					seen[name] = true
				}
				if len(l)+len(g) == 0 {
					if known {
						t.Errorf("%s no longer differs: take it off yearShiftKnown", id)
					}
					continue
				}
				msg := id + ":"
				for _, f := range l {
					msg += "\n  - " + f
				}
				for _, f := range g {
					msg += "\n  + " + f
				}
				if *yearShiftShow == "all" || *yearShiftShow == name {
					t.Log(msg)
				}
				if known {
					knownN++
					perWhy[r.why]++
					continue
				}
				differ++
				perK[k]++
				lost += len(l)
				gained += len(g)
				t.Errorf("facts differ when moved (not in yearShiftKnown): %s", msg)
			}
		}
	}
	for name := range yearShiftKnown {
		if !seen[name] {
			t.Errorf("%s: not found among the moved articles; take it off yearShiftKnown", name)
		}
	}
	if arts < 100 {
		t.Fatalf("only %d development articles with facts found", arts)
	}
	t.Logf("%d articles with facts, %d moved texts (k = %v): %d known to differ %v, %d differ besides (per k %v; facts -%d/+%d)", arts, moved, yearShifts, knownN, perWhy, differ, perK, lost, gained)
}
