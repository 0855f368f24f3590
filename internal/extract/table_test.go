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
		"Ước TH 2024 so với KH (%)":                   {kind: facts.PctOfPlan, est: true, year: 2024},
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
		"Quyết toán năm 2023":                         {kind: facts.Actual, year: 2023},
		"Cùng kỳ năm trước":                           {kind: facts.Actual, prevYear: true},
		"So sánh Tương đối (%)":                       {ratio: true},
		"So sánh (%) ƯTH/KH 2024":                     {kind: facts.PctOfPlan, est: true, year: 2024},
		"So sánh (%) ƯTH 2024/TH 2023":                {kind: facts.PctOfPrev, est: true, year: 2024},
		"TH/KH năm 2023 (%)":                          {kind: facts.PctOfPlan, year: 2023},
		"So dự toán năm (%)":                          {kind: facts.PctOfPlan},
		"So năm trước (%)":                            {kind: facts.PctOfPrev},
		"So với cùng kỳ năm 2022 (%)":                 {kind: facts.PctOfPrev, year: 2023},
		"Cả giai đoạn 2016-2020 (Tổng / Bình quân)":   {year: 2020},
		"Cùng kỳ năm 2025 So cùng kỳ (%)":             {kind: facts.PctOfPrev, year: 2026},
		"Cùng kỳ năm 2025 TH 6 tháng 2025":            {kind: facts.Actual, year: 2025, month: 6},
	}
	for head, w := range cases {
		c := readHead(head)
		got := want{c.kind, c.estimate, c.ratio, c.growth, c.year, c.month, c.role, c.prevYear}
		if got != w {
			t.Errorf("readHead(%q) = %+v, want %+v", head, got, w)
		}
	}
}

func TestReadHeadDifference(t *testing.T) {
	for _, h := range []string{"So sánh Tuyệt đối", "Chênh lệch", "Số tuyệt đối", "So sánh DT 2022/ƯTH 2021 (%)", "KH 2025/TH 2024"} {
		if c := readHead(h); !c.diff || c.ratio || c.kind != "" {
			t.Errorf("readHead(%q) = %+v, want a difference column", h, c)
		}
	}
}

func TestUOMOf(t *testing.T) {
	cases := map[string]uomSpec{
		"Tỷ đồng": {facts.VND, 1e9}, "Tr.đ": {facts.VND, 1e6}, "Trđ": {facts.VND, 1e6}, "Tr. đồng": {facts.VND, 1e6},
		"Tr đồng": {facts.VND, 1e6}, "Tỷ đ": {facts.VND, 1e9}, "1000đ": {facts.VND, 1e3}, "Nghìn đ": {facts.VND, 1e3},
		"Triệu đồng": {facts.VND, 1e6}, "LĐ": {facts.People, 1}, "Lượt lao động": {facts.People, 1}, "ĐV": {facts.People, 1},
		"Đảng viên": {facts.People, 1}, "Hộ": {facts.House, 1}, "Hộ gia đình": {facts.House, 1}, "(%)": {facts.Percent, 1},
		"Tổng thu": {}, "Xã": {}, "Đơn vị": {}, "": {},
		"Nghìn tỷ đồng - Trill. dongs": {facts.VND, 1e12}, "Lao động - Persons": {facts.People, 1},
		"Tỷ đồng - Triệu đồng": {}, "Xã - Commune": {},
	}
	for s, want := range cases {
		if got, _ := uomOf(s); got != want {
			t.Errorf("uomOf(%q) = %+v, want %+v", s, got, want)
		}
	}
	for s, want := range map[string]uomSpec{
		"ĐVT: Tr.đ":                            {facts.VND, 1e6},
		"đơn vị tính: triệu đồng":              {facts.VND, 1e6},
		"thu ngân sách (tr.đ)":                 {facts.VND, 1e6},
		"đơn vị: xã, phường, thị trấn":         {},
		"số đơn vị đạt chuẩn văn hóa (đơn vị)": {},
	} {
		if got := uomIn(lowerSameLen(s)); got != want {
			t.Errorf("uomIn(%q) = %+v, want %+v", s, got, want)
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
		{"250 (tổng 5 năm)", styleUnknown, 250, 0, "", true},
		{"6.065,2 (giảm 28,3% so với thực hiện năm 2020)", styleUnknown, 6065.2, 0, "", true},
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
		"Số liệu đến ngày 31/12/2023":                          2023,
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

// TestQualityDev2Tables scores the table documents of testdata/dev2 (written
// by a team member who had not read the extractor; tuned on: its misses may
// be read). Measured F1 0.876 (P 0.934, R 0.825, year 0.971, unit 0.851)
// when the test was added; the floors guard against regressions.
func TestQualityDev2Tables(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "dev2", "tables")
	scoreTables(t, "dev2/tables", dir, floors{f1: 0.97, precision: 0.99, year: 0.99, unit: 0.98}, true)
}

// TestQualityDev5Tables scores testdata/dev5/tables: 16 invented report
// tables (5 docx, 4 html, 4 txt, 3 pdf; 476 gold facts) written blind to
// the extractor; a development set (its misses may be read). Its gold gives
// every row of a table of units its own facts (the total row the parent's).
// Measured when added: P 0.954 R 0.693 F1 0.803, year 0.891, unit 0.997;
// now P 1.0 R 0.992 F1 0.996, year 1.0, unit 1.0. The floors guard
// against regressions.
func TestQualityDev5Tables(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "dev5", "tables")
	scoreTables(t, "dev5/tables", dir, floors{f1: 0.99, precision: 0.99, year: 0.99, unit: 0.99}, true)
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

// TestQualityHoldout3Tables scores testdata/holdout3/tables: 17 invented
// report tables (DOCX, HTML, text, PDF) with 455 gold facts, written blind
// to the extractor and never tuned on. Measure only: no misses printed.
// Its writer annotated only the total row of a table listing several units
// (the rows of single units count as parts): facts read from such rows
// count against precision here. Measured when first scored: P 0.887
// R 0.930 F1 0.908, year 0.998, unit 0.957. The floors guard against
// regressions.
func TestQualityHoldout3Tables(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "holdout3", "tables")
	scoreTables(t, "holdout3/tables", dir, floors{f1: 0.88, precision: 0.86, year: 0.97, unit: 0.93}, false)
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

// tableFact is what TestTableDocuments checks of a fact.
type tableFact struct {
	unit, indicator string
	year            int
	kind            facts.Kind
	value           float64
}

// TestTableDocuments reads small made-up report tables, each showing one
// habit of the offices that publish them, and compares every catalog fact.
func TestTableDocuments(t *testing.T) {
	cases := []struct {
		name, doc string
		want      []tableFact
	}{
		{"budget account: Dự toán, Quyết toán, So sánh Tuyệt đối | Tương đối", `<p>UBND HUYỆN ĐÔNG ANH</p>
<p>QUYẾT TOÁN THU NGÂN SÁCH NHÀ NƯỚC NĂM 2023</p>
<p>(Kèm theo Quyết định số 45/QĐ-UBND ngày 20/6/2024 của UBND huyện Đông Anh)</p>
<p>Đơn vị: Triệu đồng</p>
<table>
<tr><td rowspan="2">STT</td><td rowspan="2">Nội dung</td><td rowspan="2">Dự toán</td><td rowspan="2">Quyết toán</td><td colspan="2">So sánh</td></tr>
<tr><td>Tuyệt đối</td><td>Tương đối (%)</td></tr>
<tr><td>A</td><td>B</td><td>1</td><td>2</td><td>3=2-1</td><td>4=2/1</td></tr>
<tr><td></td><td>TỔNG THU NSNN TRÊN ĐỊA BÀN</td><td>4.815.000</td><td>5.230.412</td><td>415.412</td><td>108,6</td></tr>
<tr><td>I</td><td>Thu nội địa</td><td>4.700.000</td><td>5.101.000</td><td>401.000</td><td>108,5</td></tr>
</table>`, []tableFact{
			{"Huyện Đông Anh", "thu_ngan_sach", 2023, facts.Plan, 4815000e6},
			{"Huyện Đông Anh", "thu_ngan_sach", 2023, facts.Actual, 5230412e6},
			{"Huyện Đông Anh", "thu_ngan_sach", 2023, facts.PctOfPlan, 108.6},
		}},
		{"units as column groups", `<p>UBND HUYỆN HẢI HẬU</p><p>Chỉ tiêu theo đơn vị năm 2024</p>
<table>
<tr><th rowspan="2">Chỉ tiêu</th><th rowspan="2">ĐVT</th><th colspan="2">Xã Hải Minh</th><th colspan="2">Xã Hải Đường</th></tr>
<tr><th>KH</th><th>TH</th><th>KH</th><th>TH</th></tr>
<tr><td>Thu ngân sách</td><td>Tr.đ</td><td>5.200</td><td>5.610</td><td>4.800</td><td>4.950</td></tr>
<tr><td>Kết nạp đảng viên</td><td>ĐV</td><td>10</td><td>12</td><td>8</td><td>9</td></tr>
</table>`, []tableFact{
			{"Xã Hải Minh", "thu_ngan_sach", 2024, facts.Plan, 5200e6},
			{"Xã Hải Minh", "thu_ngan_sach", 2024, facts.Actual, 5610e6},
			{"Xã Hải Đường", "thu_ngan_sach", 2024, facts.Plan, 4800e6},
			{"Xã Hải Đường", "thu_ngan_sach", 2024, facts.Actual, 4950e6},
			{"Xã Hải Minh", "dang_vien_moi", 2024, facts.Plan, 10},
			{"Xã Hải Minh", "dang_vien_moi", 2024, facts.Actual, 12},
			{"Xã Hải Đường", "dang_vien_moi", 2024, facts.Plan, 8},
			{"Xã Hải Đường", "dang_vien_moi", 2024, facts.Actual, 9},
		}},
		{"the poor counted are not households that left poverty; the same period a year before", `<p>UBND XÃ TÂN LẬP</p><p>Kết quả 6 tháng đầu năm 2024</p>
<table>
<tr><td>Chỉ tiêu</td><td>ĐVT</td><td>Cùng kỳ năm trước</td><td>Thực hiện 6 tháng</td></tr>
<tr><td>Số hộ nghèo</td><td>Hộ</td><td>140</td><td>125</td></tr>
<tr><td>Số hộ nghèo giảm</td><td>Hộ</td><td>10</td><td>15</td></tr>
<tr><td>Tỷ lệ gia đình đạt chuẩn văn hóa</td><td>%</td><td>88</td><td>90</td></tr>
</table>`, []tableFact{
			{"Xã Tân Lập", "ho_thoat_ngheo", 2023, facts.Actual, 10},
			{"Xã Tân Lập", "ho_thoat_ngheo", 2024, facts.Actual, 15},
			{"Xã Tân Lập", "ty_le_gia_dinh_van_hoa", 2023, facts.Actual, 88},
			{"Xã Tân Lập", "ty_le_gia_dinh_van_hoa", 2024, facts.Actual, 90},
		}},
		{"a table going on over a page, under the same title; a label on two lines", `<p>UBND HUYỆN TIÊN DU</p><p>KẾT QUẢ NĂM 2024</p>
<table>
<tr><td>Chỉ tiêu</td><td>ĐVT</td><td>Kế hoạch</td><td>Ước thực hiện</td></tr>
<tr><td>Tổng thu ngân sách nhà nước</td><td>Tỷ đồng</td><td>3.100</td><td>3.256</td></tr>
</table><p>- 2 -</p><table>
<tr><td>Chỉ tiêu</td><td>ĐVT</td><td>Kế hoạch</td><td>Ước thực hiện</td></tr>
<tr><td>Tỷ lệ hộ gia đình đạt danh hiệu gia đình<br>văn hóa</td><td>%</td><td>92</td><td>92,3</td></tr>
</table>`, []tableFact{
			{"Huyện Tiên Du", "thu_ngan_sach", 2024, facts.Plan, 3100e9},
			{"Huyện Tiên Du", "thu_ngan_sach", 2024, facts.Actual, 3256e9},
			{"Huyện Tiên Du", "ty_le_gia_dinh_van_hoa", 2024, facts.Plan, 92},
			{"Huyện Tiên Du", "ty_le_gia_dinh_van_hoa", 2024, facts.Actual, 92.3},
		}},
		{"a \"Trong đó\" row with its own figures is the one part; its sub-items are parts too", `<p>UBND PHƯỜNG TÂN ĐỊNH</p><p>Kết quả năm 2025</p>
<table>
<tr><td>Chỉ tiêu</td><td>KH năm 2025</td><td>Ước TH năm 2025</td></tr>
<tr><td>Thu ngân sách nhà nước trên địa bàn (Tỷ đồng)</td><td>3.250</td><td>3.612,8</td></tr>
<tr><td>Trong đó: thu ngân sách phường được hưởng (Tỷ đồng)</td><td>412</td><td>455,6</td></tr>
<tr><td>- Thu phí, lệ phí (Tỷ đồng)</td><td>12</td><td>13</td></tr>
<tr><td>Chi ngân sách phường (Tỷ đồng)</td><td>520,4</td><td>498,7</td></tr>
<tr><td>Trong đó:</td><td></td><td></td></tr>
<tr><td>Chi đầu tư phát triển (Tỷ đồng)</td><td>120</td><td>110</td></tr>
</table>`, []tableFact{
			{"Phường Tân Định", "thu_ngan_sach", 2025, facts.Plan, 3250e9},
			{"Phường Tân Định", "thu_ngan_sach", 2025, facts.Actual, 3612.8e9},
			{"Phường Tân Định", "chi_ngan_sach", 2025, facts.Plan, 520.4e9},
			{"Phường Tân Định", "chi_ngan_sach", 2025, facts.Actual, 498.7e9},
		}},
		{"a table of units: the poor counted are no households that left poverty, their rate is the poverty rate", `<p>SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH CAO BẰNG</p>
<p>Kết quả rà soát hộ nghèo, hộ cận nghèo năm 2023</p>
<table>
<tr><td rowspan="2">TT</td><td rowspan="2">Huyện, thành phố</td><td colspan="2">Hộ nghèo</td><td colspan="2">Hộ cận nghèo</td></tr>
<tr><td>Số hộ</td><td>Tỷ lệ (%)</td><td>Số hộ</td><td>Tỷ lệ (%)</td></tr>
<tr><td>1</td><td>Huyện Bảo Lạc</td><td>4.120</td><td>38,50</td><td>1.210</td><td>11,31</td></tr>
<tr><td>2</td><td>Huyện Hà Quảng</td><td>5.010</td><td>35,20</td><td>1.340</td><td>9,41</td></tr>
<tr><td></td><td>Toàn tỉnh</td><td>21.300</td><td>17,80</td><td>9.120</td><td>7,62</td></tr>
</table>`, []tableFact{
			{"Huyện Bảo Lạc", "ty_le_ho_ngheo", 2023, facts.Actual, 38.5},
			{"Huyện Bảo Lạc", "ho_can_ngheo", 2023, facts.Actual, 1210},
			{"Huyện Hà Quảng", "ty_le_ho_ngheo", 2023, facts.Actual, 35.2},
			{"Huyện Hà Quảng", "ho_can_ngheo", 2023, facts.Actual, 1340},
			{"Tỉnh Cao Bằng", "ty_le_ho_ngheo", 2023, facts.Actual, 17.8},
			{"Tỉnh Cao Bằng", "ho_can_ngheo", 2023, facts.Actual, 9120},
		}},
		{"a rate of money is its share of the plan; a planned rate is no fact; villages and blocks of culture", `<p>UBND HUYỆN YÊN ĐỊNH</p><p>CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025</p>
<table>
<tr><td>STT</td><td>Chỉ tiêu</td><td>ĐVT</td><td>TH năm 2023</td><td>KH năm 2024</td><td>Ước TH năm 2024</td></tr>
<tr><td>1</td><td>Tỷ lệ giải ngân vốn đầu tư công</td><td>%</td><td>95,2</td><td>100</td><td>96,8</td></tr>
<tr><td>2</td><td>Tỷ lệ làng, khối văn hóa</td><td>%</td><td>85,1</td><td>86</td><td>86,4</td></tr>
</table>`, []tableFact{
			{"Huyện Yên Định", "giai_ngan_dau_tu", 2023, facts.PctOfPlan, 95.2},
			{"Huyện Yên Định", "giai_ngan_dau_tu", 2024, facts.PctOfPlan, 96.8},
			{"Huyện Yên Định", "ty_le_khu_dan_cu_van_hoa", 2023, facts.Actual, 85.1},
			{"Huyện Yên Định", "ty_le_khu_dan_cu_van_hoa", 2024, facts.Plan, 86},
			{"Huyện Yên Định", "ty_le_khu_dan_cu_van_hoa", 2024, facts.Actual, 86.4},
		}},
		{"a fall of a rate is its change in points; the planned fall is no fact", `<p>UBND HUYỆN KRÔNG NĂNG</p><p>Kết quả năm 2019</p>
<table>
<tr><td>TT</td><td>Chỉ tiêu</td><td>ĐVT</td><td>KH 2019</td><td>TH 2019</td></tr>
<tr><td>1</td><td>Giảm tỷ lệ hộ nghèo</td><td>%</td><td>1,5 - 2</td><td>1,82</td></tr>
<tr><td>2</td><td>Tỷ lệ hộ nghèo cuối năm</td><td>%</td><td>6,5</td><td>6,38</td></tr>
</table>`, []tableFact{
			{"Huyện Krông Năng", "ty_le_ho_ngheo", 2019, facts.ChangeVsPrev, -1.82},
			{"Huyện Krông Năng", "ty_le_ho_ngheo", 2019, facts.Plan, 6.5},
			{"Huyện Krông Năng", "ty_le_ho_ngheo", 2019, facts.Actual, 6.38},
		}},
		{"the standard a review follows names its own span, not the table's year", `<p>UBND HUYỆN BA BỂ</p>
<p>KẾT QUẢ GIẢM NGHÈO NĂM 2023 CỦA CÁC XÃ</p><p>(Theo chuẩn nghèo giai đoạn 2022-2025)</p>
<table>
<tr><td>TT</td><td>Xã</td><td>Số hộ thoát nghèo (hộ)</td></tr>
<tr><td>1</td><td>Xã Chu Hương</td><td>141</td></tr>
<tr><td>2</td><td>Xã Mỹ Phương</td><td>137</td></tr>
</table>`, []tableFact{
			{"Xã Chu Hương", "ho_thoat_ngheo", 2023, facts.Actual, 141},
			{"Xã Mỹ Phương", "ho_thoat_ngheo", 2023, facts.Actual, 137},
		}},
		{"a table of units: a name without its level word takes the level the label column's header names first", `<p>UBND TỈNH HƯNG YÊN</p>
<p>Kết quả tạo việc làm năm 2024</p>
<table>
<tr><td>STT</td><td>Huyện, thị xã</td><td>Kế hoạch (người)</td><td>Thực hiện (người)</td></tr>
<tr><td>1</td><td>TX Mỹ Hào</td><td>2.100</td><td>2.240</td></tr>
<tr><td>2</td><td>Văn Lâm</td><td>1.800</td><td>1.905</td></tr>
<tr><td>3</td><td>Khoái Châu</td><td>2.500</td><td>2.410</td></tr>
<tr><td></td><td>Toàn tỉnh</td><td>6.400</td><td>6.555</td></tr>
</table>`, []tableFact{
			{"Thị xã Mỹ Hào", "viec_lam_moi", 2024, facts.Plan, 2100},
			{"Thị xã Mỹ Hào", "viec_lam_moi", 2024, facts.Actual, 2240},
			{"Huyện Văn Lâm", "viec_lam_moi", 2024, facts.Plan, 1800},
			{"Huyện Văn Lâm", "viec_lam_moi", 2024, facts.Actual, 1905},
			{"Huyện Khoái Châu", "viec_lam_moi", 2024, facts.Plan, 2500},
			{"Huyện Khoái Châu", "viec_lam_moi", 2024, facts.Actual, 2410},
			{"Tỉnh Hưng Yên", "viec_lam_moi", 2024, facts.Plan, 6400},
			{"Tỉnh Hưng Yên", "viec_lam_moi", 2024, facts.Actual, 6555},
		}},
		{"a table of units: a name without its level word among named siblings takes theirs; TT is thị trấn", `<p>UBND HUYỆN LẬP THẠCH</p>
<p>Kết quả kết nạp đảng viên năm 2024</p>
<table>
<tr><td>STT</td><td>Đơn vị</td><td>Kết nạp đảng viên (người)</td></tr>
<tr><td>1</td><td>Xã Liễn Sơn</td><td>112</td></tr>
<tr><td>2</td><td>Xã Bắc Bình</td><td>109</td></tr>
<tr><td>3</td><td>Thái Hòa</td><td>107</td></tr>
<tr><td>4</td><td>TT. Hoa Sơn</td><td>115</td></tr>
</table>`, []tableFact{
			{"Xã Liễn Sơn", "dang_vien_moi", 2024, facts.Actual, 112},
			{"Xã Bắc Bình", "dang_vien_moi", 2024, facts.Actual, 109},
			{"Xã Thái Hòa", "dang_vien_moi", 2024, facts.Actual, 107},
			{"Thị trấn Hoa Sơn", "dang_vien_moi", 2024, facts.Actual, 115},
		}},
		{"a series with a five-year column: the period's figure is the last year's, beside that year's own", `<p>UBND HUYỆN TÂN YÊN</p>
<p>KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN 2016-2020</p>
<table>
<tr><td>Chỉ tiêu</td><td>ĐVT</td><td>Năm 2018</td><td>Năm 2019</td><td>Ước năm 2020</td><td>Cả giai đoạn 2016-2020 (Tổng / Bình quân)</td></tr>
<tr><td>Kết nạp đảng viên</td><td>Người</td><td>210</td><td>225</td><td>230</td><td>1.090</td></tr>
</table>`, []tableFact{
			{"Huyện Tân Yên", "dang_vien_moi", 2018, facts.Actual, 210},
			{"Huyện Tân Yên", "dang_vien_moi", 2019, facts.Actual, 225},
			{"Huyện Tân Yên", "dang_vien_moi", 2020, facts.Actual, 230},
			{"Huyện Tân Yên", "dang_vien_moi", 2020, facts.Actual, 1090},
		}},
		{"TM-DV is thương mại - dịch vụ in a row label", `<p>UBND THỊ XÃ PHÚ THỌ</p><p>Kết quả năm 2024</p>
<table>
<tr><td>Chỉ tiêu</td><td>ĐVT</td><td>KH 2024</td><td>TH 2024</td></tr>
<tr><td>Doanh thu TM-DV</td><td>Tỷ đồng</td><td>2.100</td><td>2.245,6</td></tr>
</table>`, []tableFact{
			{"Thị xã Phú Thọ", "tong_muc_ban_le", 2024, facts.Plan, 2100e9},
			{"Thị xã Phú Thọ", "tong_muc_ban_le", 2024, facts.Actual, 2245.6e9},
		}},
		{"a series by year down the rows: the total column is the title's indicator, the columns beside it its parts", `<p>CHI CỤC THỐNG KÊ TỈNH HẬU GIANG</p>
<p>THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN PHÂN THEO NGUỒN THU</p>
<table>
<tr><td></td><td>Tổng số</td><td>Thu nội địa</td><td>Thu hải quan</td></tr>
<tr><td>Tỷ đồng</td><td></td><td></td><td></td></tr>
<tr><td>2021</td><td>4.120,5</td><td>3.980,1</td><td>140,4</td></tr>
<tr><td>2022</td><td>4.566,2</td><td>4.401,0</td><td>165,2</td></tr>
<tr><td>Sơ bộ 2023</td><td>4.810,7</td><td>4.630,3</td><td>180,4</td></tr>
<tr><td>Cơ cấu (%)</td><td></td><td></td><td></td></tr>
<tr><td>2021</td><td>100,0</td><td>96,6</td><td>3,4</td></tr>
</table>`, []tableFact{
			{"Tỉnh Hậu Giang", "thu_ngan_sach", 2021, facts.Actual, 4120.5e9},
			{"Tỉnh Hậu Giang", "thu_ngan_sach", 2022, facts.Actual, 4566.2e9},
			{"Tỉnh Hậu Giang", "thu_ngan_sach", 2023, facts.Actual, 4810.7e9},
		}},
		{"a table of units under \"Đơn vị\" with bare names and a total row: units one tier below the document's", `<p>UBND HUYỆN YÊN THẾ</p>
<p>KẾT QUẢ GIẢM NGHÈO NĂM 2024</p>
<table>
<tr><td>TT</td><td>Đơn vị</td><td>Số hộ thoát nghèo (hộ)</td><td>Tỷ lệ hộ nghèo (%)</td></tr>
<tr><td>1</td><td>Tam Tiến</td><td>120</td><td>3,51</td></tr>
<tr><td>2</td><td>Đồng Kỳ</td><td>135</td><td>4,02</td></tr>
<tr><td></td><td>Toàn huyện</td><td>255</td><td>3,77</td></tr>
</table>`, []tableFact{
			{"Xã Tam Tiến", "ho_thoat_ngheo", 2024, facts.Actual, 120},
			{"Xã Tam Tiến", "ty_le_ho_ngheo", 2024, facts.Actual, 3.51},
			{"Xã Đồng Kỳ", "ho_thoat_ngheo", 2024, facts.Actual, 135},
			{"Xã Đồng Kỳ", "ty_le_ho_ngheo", 2024, facts.Actual, 4.02},
			{"Huyện Yên Thế", "ho_thoat_ngheo", 2024, facts.Actual, 255},
			{"Huyện Yên Thế", "ty_le_ho_ngheo", 2024, facts.Actual, 3.77},
		}},
		{"a row counting the plan's targets in the unit chỉ tiêu; one field's targets are a part", `<p>UBND HUYỆN CƯ M'GAR</p><p>Kết quả thực hiện năm 2023</p>
<table>
<tr><td>TT</td><td>Chỉ tiêu</td><td>ĐVT</td><td>KH 2023</td><td>TH 2023</td></tr>
<tr><td>1</td><td>Thu ngân sách</td><td>Tỷ đồng</td><td>410</td><td>432,5</td></tr>
<tr><td>2</td><td>Số chỉ tiêu kinh tế đạt</td><td>Chỉ tiêu</td><td>6</td><td>5</td></tr>
<tr><td></td><td>Số chỉ tiêu hoàn thành</td><td>Chỉ tiêu</td><td>15</td><td>13</td></tr>
</table>`, []tableFact{
			{"Huyện Cư M'gar", "thu_ngan_sach", 2023, facts.Plan, 410e9},
			{"Huyện Cư M'gar", "thu_ngan_sach", 2023, facts.Actual, 432.5e9},
			{"Huyện Cư M'gar", "chi_tieu_hoan_thanh", 2023, facts.Plan, 15},
			{"Huyện Cư M'gar", "chi_tieu_hoan_thanh", 2023, facts.Actual, 13},
		}},
		{"an estimate of a year not yet begun when the paper was signed is its target", `<p>UBND TỈNH BẮC KẠN</p>
<p>DỰ BÁO MỘT SỐ CHỈ TIÊU NĂM 2022</p><p>(Kèm theo Báo cáo số 512/BC-UBND ngày 10/12/2021 của UBND tỉnh)</p>
<table>
<tr><td>Chỉ tiêu</td><td>ĐVT</td><td>Ước TH năm 2021</td><td>Ước TH năm 2022</td></tr>
<tr><td>Thu ngân sách nhà nước</td><td>Tỷ đồng</td><td>820</td><td>870</td></tr>
</table>`, []tableFact{
			{"Tỉnh Bắc Kạn", "thu_ngan_sach", 2021, facts.Actual, 820e9},
			{"Tỉnh Bắc Kạn", "thu_ngan_sach", 2022, facts.Plan, 870e9},
		}},
		{"a board of the cultural areas is not the areas; two items in one cell", `<p>UBND QUẬN 12</p><p>CHỈ TIÊU NĂM 2005</p>
<table>
<tr><td>Chỉ tiêu</td><td>Kế hoạch</td></tr>
<tr><td>- Ra mắt BCN khu phố văn hóa, trong đó:<br>+Khu phố văn hóa được công nhận</td><td>80%<br>30%</td></tr>
<tr><td>- Hộ gia đình đạt chuẩn gia đình văn hóa</td><td>65%</td></tr>
</table>`, []tableFact{
			{"Quận 12", "ty_le_khu_dan_cu_van_hoa", 2005, facts.Plan, 30},
			{"Quận 12", "ty_le_gia_dinh_van_hoa", 2005, facts.Plan, 65},
		}},
		{"the whole's row: \"Cộng toàn huyện\"", `<p>UBND HUYỆN PHÚ LƯƠNG</p><p>Kết quả kết nạp đảng viên năm 2024</p>
<table>
<tr><td>TT</td><td>Đơn vị</td><td>Kết nạp đảng viên (người)</td></tr>
<tr><td>1</td><td>Xã Hùng Sơn</td><td>118</td></tr>
<tr><td>2</td><td>Xã Cù Vân</td><td>104</td></tr>
<tr><td></td><td>Cộng toàn huyện</td><td>222</td></tr>
</table>`, []tableFact{
			{"Xã Hùng Sơn", "dang_vien_moi", 2024, facts.Actual, 118},
			{"Xã Cù Vân", "dang_vien_moi", 2024, facts.Actual, 104},
			{"Huyện Phú Lương", "dang_vien_moi", 2024, facts.Actual, 222},
		}},
	}
	ex := New(nil, Options{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkTableFacts(t, ex, "t.html", "<html><body>"+tc.doc+"</body></html>", tc.want)
		})
	}
}

// checkTableFacts extracts the document name/src and compares its facts
// with want.
func checkTableFacts(t *testing.T, ex *Extractor, name, src string, want []tableFact) {
	t.Helper()
	d, err := document.Parse(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	fs, _ := ex.Extract(d)
	var got []tableFact
	for _, f := range fs {
		got = append(got, tableFact{f.Unit, f.Indicator, f.Year, f.Kind, f.Value})
	}
	if !equalFacts(got, want) {
		t.Errorf("got\n%v\nwant\n%v", got, want)
	}
}

func equalFacts(a, b []tableFact) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].unit != b[i].unit || a[i].indicator != b[i].indicator || a[i].year != b[i].year || a[i].kind != b[i].kind || !closeValue(a[i].value, b[i].value, "") {
			return false
		}
	}
	return true
}

// TestTextTableDocuments reads small made-up tables copied as text.
func TestTextTableDocuments(t *testing.T) {
	cases := []struct {
		name, doc string
		want      []tableFact
	}{
		{"a tab table's group header flattened by the copy spans the empty cells after it",
			"UBND HUYỆN THỌ XUÂN\nKẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU\n\n\tNăm 2023\t\tNăm 2024\t\nChỉ tiêu\tKH\tTH\tKH\tƯTH\nThu ngân sách (tỷ đồng)\t820\t865,3\t900\t948,1\nKết nạp đảng viên (người)\t250\t262\t255\t270\n",
			[]tableFact{
				{"Huyện Thọ Xuân", "thu_ngan_sach", 2023, facts.Plan, 820e9},
				{"Huyện Thọ Xuân", "thu_ngan_sach", 2023, facts.Actual, 865.3e9},
				{"Huyện Thọ Xuân", "thu_ngan_sach", 2024, facts.Plan, 900e9},
				{"Huyện Thọ Xuân", "thu_ngan_sach", 2024, facts.Actual, 948.1e9},
				{"Huyện Thọ Xuân", "dang_vien_moi", 2023, facts.Plan, 250},
				{"Huyện Thọ Xuân", "dang_vien_moi", 2023, facts.Actual, 262},
				{"Huyện Thọ Xuân", "dang_vien_moi", 2024, facts.Plan, 255},
				{"Huyện Thọ Xuân", "dang_vien_moi", 2024, facts.Actual, 270},
			}},
		{"a portal's table between lone pipes: headers from Stt, a section row, a remarks column, and a last row cut by the excerpt",
			"Tỉnh Quảng Trị: tình hình thực hiện kế hoạch năm 2024\nNghị quyết của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2024 đã đề ra các chỉ tiêu chủ yếu, kết quả dự ước thực hiện đến cuối năm 2024 như sau:\n" +
				"Stt\n|\nChỉ tiêu chủ yếu\n|\nTH năm 2023\n|\nKH năm 2024\n|\nƯớc TH 2024\n|\nĐánh giá\n|\nI\n|\nKinh tế\n|\n|\n|\n|\n|\n" +
				"1\n|\nTổng vốn đầu tư toàn xã hội\n(tỷ đồng)\n|\n29.459\n|\n33.000\n|\n34.100\n|\nĐạt\n|\n" +
				"2\n|\nCơ cấu kinh tế\n|\n|\n|\n|\nĐạt\n|\n|\n- Dịch vụ (%)\n|\n48,84\n|\n47\n|\n48,5\n|\n|\n" +
				"3\n|\nTỷ lệ tham gia BHYT (%)\n|\n99,3",
			[]tableFact{
				{"Tỉnh Quảng Trị", "von_dau_tu", 2023, facts.Actual, 29459e9},
				{"Tỉnh Quảng Trị", "von_dau_tu", 2024, facts.Plan, 33000e9},
				{"Tỉnh Quảng Trị", "von_dau_tu", 2024, facts.Actual, 34100e9},
				{"Tỉnh Quảng Trị", "ty_trong_dich_vu", 2023, facts.Actual, 48.84},
				{"Tỉnh Quảng Trị", "ty_trong_dich_vu", 2024, facts.Plan, 47},
				{"Tỉnh Quảng Trị", "ty_trong_dich_vu", 2024, facts.Actual, 48.5},
			}},
	}
	ex := New(nil, Options{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkTableFacts(t, ex, "t.txt", tc.doc, tc.want)
		})
	}
}
