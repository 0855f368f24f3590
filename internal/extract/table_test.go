package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/facts"
)

func TestReadHead(t *testing.T) {
	type want struct {
		kind     facts.Kind
		est      bool
		ratio    bool
		growth   bool
		year     int
		month    int
		role     colRole
		prevYear bool
	}
	cases := map[string]want{
		"TH năm 2018":                {kind: facts.Actual, year: 2018},
		"KH năm 2019":                {kind: facts.Plan, year: 2019},
		"Ước TH 2019":                {kind: facts.Actual, est: true, year: 2019},
		"ƯTH":                        {kind: facts.Actual, est: true},
		"Ước tính tháng 10 năm 2023": {kind: facts.Actual, est: true, year: 2023, month: 10},
		"Dự toán Plan":               {kind: facts.Plan},
		"Dự kiến 2010":               {kind: facts.Plan, year: 2010},
		"Năm 2024 KH":                {kind: facts.Plan, year: 2024},
		"Năm 2024 TH":                {kind: facts.Actual, year: 2024},
		"2015":                       {year: 2015},
		"Thực hiện tháng 9 năm 2023": {kind: facts.Actual, year: 2023, month: 9},
		"Lũy kế thực hiện 10 tháng năm 2023":          {kind: facts.Actual, year: 2023, month: 10},
		"Tháng 10/2023 so với cùng kỳ năm trước (%)":  {kind: facts.PctOfPrev, year: 2023, month: 10},
		"So sánh (%) TH/KH":                           {kind: facts.PctOfPlan},
		"Ước TH 2024 so với KH (%)":                   {kind: facts.PctOfPlan, year: 2024},
		"2024/2023 (%)":                               {kind: facts.PctOfPrev, year: 2024},
		"So sánh %":                                   {ratio: true},
		"Tốc độ phát triển bình quân (%) 2000 – 2005": {growth: true, year: 2005},
		"TH năm trước":                                {kind: facts.Actual, prevYear: true},
		"CHỈ TIÊU PHẤN ĐẤU":                           {kind: facts.Plan},
		"Ghi chú":                                     {role: roleNote},
		"ĐVT":                                         {role: roleUOM},
		"Đơn vị tính":                                 {role: roleUOM},
		"STT":                                         {role: roleNumber},
		"Chỉ tiêu":                                    {role: roleLabel},
		"Quý III năm 2024":                            {year: 2024, month: 9},
	}
	for head, w := range cases {
		c := readHead(head)
		got := want{c.kind, c.estimate, c.ratio, c.growth, c.year, c.month, c.role, c.prevYear}
		if got != w {
			t.Errorf("readHead(%q) = %+v, want %+v", head, got, w)
		}
	}
}

func TestCellAmount(t *testing.T) {
	cases := []struct {
		cell  string
		style numStyle
		value float64
		max   float64
		qual  string
		ok    bool
	}{
		{"1,971,000", styleEnglish, 1971000, 0, "", true},
		{"29,500", styleEnglish, 29500, 0, "", true},
		{"29,500", styleVietnamese, 29.5, 0, "", true},
		{"9.30", styleEnglish, 9.3, 0, "", true},
		{"412204.00", styleEnglish, 412204, 0, "", true},
		{"2.482", styleVietnamese, 2482, 0, "", true},
		{"4736,0", styleUnknown, 4736, 0, "", true},
		{"< 1", styleUnknown, 1, 0, "under", true},
		{"Dưới 5%", styleUnknown, 5, 0, "under", true},
		{"≥ 50%", styleUnknown, 50, 0, "over", true},
		{"250 trở lên", styleUnknown, 250, 0, "over", true},
		{"6.000 – 8.000", styleUnknown, 6000, 8000, "", true},
		{"-", styleUnknown, 0, 0, "", false},
		{"…", styleUnknown, 0, 0, "", false},
		{"Hoàn thành", styleUnknown, 0, 0, "", false},
		{"80% 30%", styleUnknown, 0, 0, "", false},
		{"Lớp 7,5", styleUnknown, 0, 0, "", false},
	}
	for _, c := range cases {
		a, ok := cellAmount(c.cell, c.style)
		if ok != c.ok || ok && (a.Value != c.value || a.Max != c.max || a.Qualifier != c.qual) {
			t.Errorf("cellAmount(%q, %d) = %+v, %v; want %v max %v %q, %v", c.cell, c.style, a, ok, c.value, c.max, c.qual, c.ok)
		}
	}
}

func TestCellStyle(t *testing.T) {
	for s, want := range map[string]numStyle{
		"1,971,000": styleEnglish, "9.30": styleEnglish, "412204.00": styleEnglish, "1,234.5": styleEnglish,
		"1.971.000": styleVietnamese, "41,06": styleVietnamese, "4.435,98": styleVietnamese,
		"29,500": styleUnknown, "1.250": styleUnknown, "2024": styleUnknown, "": styleUnknown,
	} {
		if got := cellStyle(s); got != want {
			t.Errorf("cellStyle(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestTitleYear(t *testing.T) {
	for s, want := range map[string]int{
		"CÂN ĐỐI DỰ TOÁN NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2008":        2008,
		"MỘT SỐ CHỈ TIÊU ĐỊNH HƯỚNG NHIỆM KỲ II (2001 – 2005)": 2005,
		"PLAN OF LOCAL BUDGETS FY 2007":                        2007,
		"Biểu số 2":                                            0,
		"Quyết định số 2008 của UBND":                          0,
	} {
		if got, _ := titleYear(tokenize(lowerSameLen(s), nil)); got != want {
			t.Errorf("titleYear(%q) = %d, want %d", s, got, want)
		}
	}
}

// tableDocs are the table documents of testdata/tables (written for these
// tests) and, when present, of ../shared/corpus/tables (read from there,
// never copied): every document format chitieu reads.
func tableDocs(t *testing.T, shared bool) []string {
	paths, _ := filepath.Glob(filepath.Join("testdata", "tables", "*"))
	if shared {
		dir := filepath.Join(sharedDir(t), "corpus", "tables")
		more, _ := filepath.Glob(filepath.Join(dir, "*"))
		paths = append(paths, more...)
	}
	var out []string
	for _, p := range paths {
		if document.IsDocument(p) {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// TestGoldenTables compares the extraction of each table document with
// testdata/golden/tables/<name>.jsonl; -update rewrites them.
func TestGoldenTables(t *testing.T) {
	ex := New(nil, Options{})
	for _, p := range tableDocs(t, sharedAvailable()) {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			d, err := document.Read(p)
			if err != nil {
				t.Fatal(err)
			}
			fs, _ := ex.Extract(d)
			got := encode(fs)
			golden := filepath.Join("testdata", "golden", "tables", name+".jsonl")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGoldenTables -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction differs from %s (go test -update to accept):\ngot:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

// sharedAvailable reports whether ../shared is there, without skipping.
func sharedAvailable() bool {
	dir := os.Getenv("CHITIEU_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared")
	}
	_, err := os.Stat(filepath.Join(dir, "corpus", "tables"))
	return err == nil || os.Getenv("CI") == "true"
}

// scoreTables extracts every document of dir and scores it against its
// gold.jsonl.
func scoreTables(t *testing.T, name, dir string, fl floors, details bool) scoreResult {
	t.Helper()
	gold := readJSONL(t, filepath.Join(dir, "gold.jsonl"))
	paths, _ := filepath.Glob(filepath.Join(dir, "*"))
	sort.Strings(paths)
	ex := New(catalog.Default(), Options{})
	var pred []facts.Fact
	n := 0
	for _, p := range paths {
		if !document.IsDocument(p) {
			continue
		}
		d, err := document.Read(p)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		fs, _ := ex.Extract(d)
		pred = append(pred, fs...)
		n++
	}
	r := score(gold, pred, catalog.Default(), nil)
	t.Logf("%s (%d documents): gold=%d predicted=%d matched=%d precision=%.4f recall=%.4f f1=%.4f year_accuracy=%.4f unit_accuracy=%.4f",
		name, n, r.Gold, r.Predicted, r.Matched, r.Precision, r.Recall, r.F1, r.YearAccuracy, r.UnitAccuracy)
	if details && (*showMisses || r.F1 < fl.f1 || r.Precision < fl.precision) {
		for _, m := range r.Misses {
			t.Logf("missed: %s %s %d %s %v  | %s", m.Source, m.Indicator, m.Year, m.Kind, m.Value, strings.ReplaceAll(m.Evidence, "\n", "⏎"))
		}
		for _, e := range r.Extra {
			t.Logf("extra:  %s %s %d %s %v  | %s", e.Source, e.Indicator, e.Year, e.Kind, e.Value, strings.ReplaceAll(e.Evidence, "\n", "⏎"))
		}
		for _, w := range r.WrongYear {
			t.Logf("year:   %s %s %s gold %d got %d", w[0].Source, w[0].Indicator, w[0].Kind, w[0].Year, w[1].Year)
		}
		for _, w := range r.WrongUnit {
			t.Logf("unit:   %s gold %q got %q", w[0].Source, w[0].Unit, w[1].Unit)
		}
	}
	if r.F1 < fl.f1 {
		t.Errorf("%s: F1 %.4f below %.2f", name, r.F1, fl.f1)
	}
	if r.Precision < fl.precision {
		t.Errorf("%s: precision %.4f below %.2f", name, r.Precision, fl.precision)
	}
	if r.YearAccuracy < fl.year {
		t.Errorf("%s: year accuracy %.4f below %.2f", name, r.YearAccuracy, fl.year)
	}
	if r.UnitAccuracy < fl.unit {
		t.Errorf("%s: unit accuracy %.4f below %.2f", name, r.UnitAccuracy, fl.unit)
	}
	return r
}

// TestQualityTables scores the table corpus of ../shared (DOCX, HTML, text
// and PDF tables; a development set: the rules were made on it, so it
// overstates what to expect on new tables).
func TestQualityTables(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus", "tables")
	scoreTables(t, "tables", dir, floors{f1: 0.85, precision: 0.95, year: 0.95, unit: 0.85}, true)
}

// TestQualityHoldout2Tables scores the table documents of
// testdata/holdout2 (written by a team member who had not read the
// extractor; measure only, never tuned on). PDFs count once PDF input
// reads them.
func TestQualityHoldout2Tables(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "holdout2", "tables")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no holdout2 tables")
	}
	// No misses are printed: reading them would be tuning on the set.
	scoreTables(t, "holdout2/tables", dir, floors{f1: 0, precision: 0, year: 0, unit: 0}, false)
}

// FuzzTables feeds the table reader text tables (tab, " | ", one cell a
// line): it never panics and every fact it gives is valid.
func FuzzTables(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "tables", "*.txt"))
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		f.Add(string(b))
	}
	f.Add("Chỉ tiêu\tĐVT\tKH 2024\tTH 2024\tSo sánh (%)\nThu ngân sách\tTỷ đồng\t1,200.5\t1.310,5\t109\n- Trong đó\t%\t<1\t≥ 50%\t-\n")
	f.Add("| STT | Đơn vị | Tỷ lệ hộ nghèo (%) |\n| 1 | Xã A | 0,5 |\n| 2 | Xã A | 0,6 |\n| | Toàn huyện | 9.30 |\n")
	ex := New(nil, Options{Year: 2024})
	f.Fuzz(func(t *testing.T, text string) {
		fs, _ := ex.Extract(document.Document{Name: "f.txt", Text: text})
		for _, fact := range fs {
			if ps := fact.Check(); len(ps) > 0 {
				t.Fatalf("invalid fact %+v: %v", fact, ps)
			}
		}
	})
}
