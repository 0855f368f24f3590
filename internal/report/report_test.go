package report

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
)

func TestSortUnitNames(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		// Byte order would put "Ba Đình" before "Ân Thi" and "Đống Đa"
		// after every Latin letter.
		{[]string{"Quận Đống Đa", "Quận Ba Đình", "Quận Ân Thi", "Phường Bến Nghé"},
			[]string{"Phường Bến Nghé", "Quận Ân Thi", "Quận Ba Đình", "Quận Đống Đa"}},
		{[]string{"Huyện Ứng Hòa", "Huyện Đông Anh", "Huyện Dương Kinh", "Huyện Ba Vì", "Huyện Ân Thi", "Huyện Ăn Thi"},
			[]string{"Huyện Ăn Thi", "Huyện Ân Thi", "Huyện Ba Vì", "Huyện Dương Kinh", "Huyện Đông Anh", "Huyện Ứng Hòa"}},
		{[]string{"Xã Ô Diên", "Xã Ơn", "Xã Oa"}, []string{"Xã Oa", "Xã Ô Diên", "Xã Ơn"}},
	}
	for _, tt := range tests {
		got := append([]string(nil), tt.in...)
		SortUnitNames(got)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("SortUnitNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShortNames(t *testing.T) {
	tests := []struct{ unit, want string }{
		{"Quận Hoàng Mai", "Q. Hoàng Mai"},
		{"Huyện Gia Lâm", "H. Gia Lâm"},
		{"Thị xã Quảng Yên", "TX. Quảng Yên"},
		{"Thành phố Thủ Đức", "TP. Thủ Đức"},
		{"Phường Bến Nghé", "P. Bến Nghé"},
		{"Xã Tân Lập", "X. Tân Lập"},
		{"Tỉnh Quảng Ninh", "T. Quảng Ninh"},
		{"Thị trấn Trâu Quỳ", "TT. Trâu Quỳ"},
		{"Đặc khu Phú Quốc", "ĐK. Phú Quốc"},
		{"Thị xã", "Thị xã"},
		{"Huyện", "Huyện"},
		{"quận Cầu Giấy", "Q. Cầu Giấy"},
		{"Ban Quản lý dự án", "Ban Quản lý dự án"},
	}
	for _, tt := range tests {
		if got := shortName(cleanName(tt.unit)); got != tt.want {
			t.Errorf("short name of %q = %q, want %q", tt.unit, got, tt.want)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		place string
		d     time.Time
		want  string
	}{
		{"Hoàng Mai", time.Date(2025, 2, 5, 0, 0, 0, 0, time.UTC), "Hoàng Mai, ngày 05 tháng 02 năm 2025"},
		{"Hoàng Mai", time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC), "Hoàng Mai, ngày 15 tháng 01 năm 2025"},
		{"Gia Lâm", time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC), "Gia Lâm, ngày 09 tháng 3 năm 2024"},
		{"Gia Lâm", time.Date(2024, 11, 22, 0, 0, 0, 0, time.UTC), "Gia Lâm, ngày 22 tháng 11 năm 2024"},
		{"Gia Lâm", time.Date(2024, 10, 10, 0, 0, 0, 0, time.UTC), "Gia Lâm, ngày 10 tháng 10 năm 2024"},
		{"", time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC), "……………, ngày 01 tháng 12 năm 2024"},
	}
	for _, tt := range tests {
		if got := DateLine(tt.place, tt.d); got != tt.want {
			t.Errorf("DateLine(%q, %v) = %q, want %q", tt.place, tt.d, got, tt.want)
		}
	}
}

func TestPlaceName(t *testing.T) {
	for in, want := range map[string]string{
		"Quận Hoàng Mai": "Hoàng Mai", "Thành phố Thủ Đức": "Thủ Đức", "Quận 1": "Quận 1",
		"Thị xã": "", "Ủy ban": "Ủy ban",
	} {
		if got := placeName(in); got != want {
			t.Errorf("placeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		v    float64
		dec  int
		want string
	}{
		{4435.98, 2, "4.435,98"}, {1842, 2, "1.842"}, {1651346000000, 0, "1.651.346.000.000"},
		{10.74, 2, "10,74"}, {118.5, 2, "118,5"}, {-3, 2, "-3"}, {0, 2, "0"}, {999.999, 2, "1.000"},
		{-0.001, 2, "0"}, {115075.897, 2, "115.075,9"}, {123456, 0, "123.456"},
	}
	for _, tt := range tests {
		if got := FormatNumber(tt.v, tt.dec); got != tt.want {
			t.Errorf("FormatNumber(%v, %d) = %q, want %q", tt.v, tt.dec, got, tt.want)
		}
	}
}

func fact(kind facts.Kind, v float64, mods ...func(*facts.Fact)) facts.Fact {
	f := facts.Fact{Source: "a.txt", Unit: "Quận Hoàng Mai", Indicator: "thu_ngan_sach", Year: 2024, Kind: kind, Value: v, UOM: facts.VND}
	for _, m := range mods {
		m(&f)
	}
	return f
}

func src(s string) func(*facts.Fact)  { return func(f *facts.Fact) { f.Source = s } }
func est(f *facts.Fact)               { f.Estimate = true }
func asof(d string) func(*facts.Fact) { return func(f *facts.Fact) { f.AsOf = d } }

// pct makes a fact the economic growth rate, in %.
func pct(f *facts.Fact) { f.Indicator, f.UOM = "tang_truong_kinh_te", facts.Percent }

func TestConflicts(t *testing.T) {
	const ty = 1e9
	tests := []struct {
		name      string
		in        []facts.Fact
		wantValue float64 // in tỷ đồng
		wantSrc   string
		others    int
		same      int
		// otherPeriod: the figure not shown is of another part of the
		// year (warned of as such, not as a conflict)
		otherPeriod bool
	}{
		{"non-estimate beats estimate", []facts.Fact{fact(facts.Actual, 100*ty, est, src("a")), fact(facts.Actual, 110*ty, src("b"))}, 110, "b", 1, 0, false},
		{"estimate loses even when first", []facts.Fact{fact(facts.Actual, 110*ty, src("a")), fact(facts.Actual, 100*ty, est, src("b"))}, 110, "a", 1, 0, false},
		{"later as_of wins", []facts.Fact{fact(facts.Actual, 70*ty, asof("2024-06-30"), src("a")), fact(facts.Actual, 90*ty, asof("2024-09-30"), src("b"))}, 90, "b", 1, 0, true},
		{"full year beats part year", []facts.Fact{fact(facts.Actual, 90*ty, asof("2024-09-30"), src("a")), fact(facts.Actual, 120*ty, src("b"))}, 120, "b", 1, 0, true},
		{"no as_of beats as_of 31/12 (December or the fourth quarter alone)", []facts.Fact{fact(facts.Actual, 120*ty, asof("2024-12-31"), src("a")), fact(facts.Actual, 1210*ty, src("b"))}, 1210, "b", 1, 0, true},
		{"no as_of beats as_of 31/12, second", []facts.Fact{fact(facts.Actual, 1210*ty, src("a")), fact(facts.Actual, 120*ty, asof("2024-12-31"), src("b"))}, 1210, "a", 1, 0, true},
		{"an estimated year beats a December not estimated", []facts.Fact{fact(facts.Actual, 120*ty, asof("2024-12-31"), src("a")), fact(facts.Actual, 1210*ty, est, src("b"))}, 1210, "b", 1, 0, true},
		{"the year to 30/09 beats the fourth quarter alone (31/12)", []facts.Fact{fact(facts.Actual, 900*ty, asof("2024-09-30"), src("a")), fact(facts.Actual, 120*ty, asof("2024-12-31"), src("b"))}, 900, "a", 1, 0, true},
		{"the year to 30/06 beats December alone, second", []facts.Fact{fact(facts.Actual, 120*ty, asof("2024-12-31"), src("a")), fact(facts.Actual, 600*ty, asof("2024-06-30"), est, src("b"))}, 600, "b", 1, 0, true},
		{"to one day, the year to date beats the month (the larger amount)", []facts.Fact{fact(facts.Actual, 2845*ty, asof("2024-10-31"), src("a")), fact(facts.Actual, 27306*ty, asof("2024-10-31"), est, src("b"))}, 27306, "b", 1, 0, true},
		{"to one day, the larger amount even when first and estimated", []facts.Fact{fact(facts.Actual, 27306*ty, asof("2024-10-31"), est, src("a")), fact(facts.Actual, 2845*ty, asof("2024-10-31"), src("b"))}, 27306, "a", 1, 0, true},
		{"to one day, a rate stays first (no year to date in it)", []facts.Fact{fact(facts.Actual, 5, asof("2024-10-31"), src("a"), pct), fact(facts.Actual, 7.5, asof("2024-10-31"), src("b"), pct)}, 5, "a", 1, 0, false},
		{"undated amounts: the larger does not win", []facts.Fact{fact(facts.Actual, 1210*ty, src("a")), fact(facts.Actual, 1300*ty, src("b"))}, 1210, "a", 1, 0, false},
		{"as_of 31/12 of another year is no year end", []facts.Fact{fact(facts.Actual, 120*ty, asof("2025-01-31"), src("a")), fact(facts.Actual, 121*ty, src("b"))}, 120, "a", 1, 0, false},
		{"else the first", []facts.Fact{fact(facts.Plan, 50*ty, src("a")), fact(facts.Plan, 55*ty, src("b")), fact(facts.Plan, 60*ty, src("c"))}, 50, "a", 2, 0, false},
		{"same figure twice is no conflict", []facts.Fact{fact(facts.Plan, 50*ty, src("a")), fact(facts.Plan, 50*ty, src("b"))}, 50, "a", 0, 1, false},
		{"estimate beats nothing else: part-year non-estimate wins", []facts.Fact{fact(facts.Actual, 120*ty, est, src("a")), fact(facts.Actual, 90*ty, asof("2024-10-31"), src("b"))}, 90, "b", 1, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ps := Build(tt.in, catalog.Default(), Options{})
			row := r.Units[0].Sections[0].Rows[0]
			c := row.Years[0]
			fig := c.Actual
			if tt.in[0].Kind == facts.Plan {
				fig = c.Plan
			}
			if fig == nil {
				t.Fatal("no figure")
			}
			if fig.Value != tt.wantValue || r.Facts[fig.Fact].Source != tt.wantSrc {
				t.Errorf("shown %v from %s, want %v from %s", fig.Value, r.Facts[fig.Fact].Source, tt.wantValue, tt.wantSrc)
			}
			if len(fig.Others) != tt.others || len(fig.Same) != tt.same {
				t.Errorf("others %d same %d, want %d and %d", len(fig.Others), len(fig.Same), tt.others, tt.same)
			}
			if (tt.others > 0) != (len(ps) > 0) || len(r.Checks) != len(ps) {
				t.Errorf("warnings %v, checks %d", ps, len(r.Checks))
			}
			for _, o := range fig.Others {
				// A figure of another part of the year is no conflict.
				want := StatusConflict
				if tt.otherPeriod {
					want = StatusOtherPeriod
				}
				if note := r.Note(fig); !strings.Contains(note, r.Facts[o].Source) || r.Source(o).Status != want {
					t.Errorf("fact %d not in the note %q or not marked %q (%q)", o, note, want, r.Source(o).Status)
				}
			}
			for _, p := range ps {
				if other := strings.HasPrefix(p.Format, "figures of another period"); other != tt.otherPeriod {
					t.Errorf("warning %q, want one of another period: %v", p.Format, tt.otherPeriod)
				}
			}
		})
	}
}

func TestRatiosAndRemarks(t *testing.T) {
	in := []facts.Fact{
		{Source: "s1", Unit: "Quận Hoàng Mai", Indicator: "ho_thoat_ngheo", Year: 2022, Kind: facts.Plan, Value: 5, UOM: "hộ"},
		{Source: "s1", Unit: "Quận Hoàng Mai", Indicator: "ho_thoat_ngheo", Year: 2022, Kind: facts.Actual, Value: 19, UOM: "hộ"},
		// Agrees with 19/5 = 380: no remark.
		{Source: "s1", Unit: "Quận Hoàng Mai", Indicator: "ho_thoat_ngheo", Year: 2022, Kind: facts.PctOfPlan, Value: 380, UOM: "%"},
		{Source: "s2", Unit: "Quận Hoàng Mai", Indicator: "thu_ngan_sach", Year: 2023, Kind: facts.Actual, Value: 900e9, UOM: "VND", AsOf: "2023-10-31"},
		// Cannot be derived: shown as stated, with a remark.
		{Source: "s2", Unit: "Quận Hoàng Mai", Indicator: "thu_ngan_sach", Year: 2023, Kind: facts.PctOfPlan, Value: 84.72, UOM: "%"},
		{Source: "s2", Unit: "Quận Hoàng Mai", Indicator: "thu_ngan_sach", Year: 2023, Kind: facts.ChangeVsPrev, Value: -3, UOM: "%"},
		{Source: "s3", Unit: "Quận Hoàng Mai", Indicator: "viec_lam_moi", Year: 2022, Kind: facts.Plan, Value: 5000, UOM: "người"},
		{Source: "s3", Unit: "Quận Hoàng Mai", Indicator: "viec_lam_moi", Year: 2022, Kind: facts.Actual, Value: 5816, UOM: "người"},
		// Disagrees with 5816/5000 = 116,32: remark and a check.
		{Source: "s3", Unit: "Quận Hoàng Mai", Indicator: "viec_lam_moi", Year: 2022, Kind: facts.PctOfPlan, Value: 104, UOM: "%"},
		{Source: "s3", Unit: "Quận Hoàng Mai", Indicator: "viec_lam_moi", Year: 2023, Kind: facts.Actual, Value: 6000, UOM: "người"},
		{Source: "s4", Unit: "Quận Hoàng Mai", Indicator: "chua_co", Year: 2023, Kind: facts.Actual, Value: 7, UOM: "ha"},
		{Source: "s4", Unit: "Quận Hoàng Mai", Indicator: "dang_vien_moi", Year: 2023, Kind: facts.Actual, Value: 7, UOM: "VND"},
	}
	r, ps := Build(in, catalog.Default(), Options{})
	u := r.Units[0]
	rows := map[string]*Row{}
	var secs []string
	for _, s := range u.Sections {
		secs = append(secs, s.Numeral+". "+s.Name)
		for _, row := range s.Rows {
			rows[row.Code] = row
		}
	}
	if got := strings.Join(secs, " | "); got != "I. THU, CHI NGÂN SÁCH | II. VĂN HÓA - XÃ HỘI | III. XÂY DỰNG ĐẢNG, CHÍNH QUYỀN | IV. KHÁC" {
		t.Errorf("sections %s", got)
	}
	h := rows["ho_thoat_ngheo"]
	if c := h.Years[0]; !c.OfPlan.Derived || c.OfPlan.Value != 380 || len(h.Remarks) != 0 {
		t.Errorf("hộ thoát nghèo: %+v remarks %q", c.OfPlan, h.Remarks)
	}
	tn := rows["thu_ngan_sach"]
	c := tn.Years[1]
	if c.OfPlan.Derived || c.OfPlan.Value != 84.72 || c.OfPlan.Stated == nil {
		t.Errorf("thu ngân sách TH/KH %+v", c.OfPlan)
	}
	if c.OfPrev.Derived || c.OfPrev.Value != 97 {
		t.Errorf("thu ngân sách TH/cùng kỳ %+v", c.OfPrev)
	}
	rm := strings.Join(tn.Remarks, "\n")
	for _, want := range []string{"TH 2023 đến 31/10/2023", "Báo cáo nêu: đạt 84,72% (năm 2023)", "Báo cáo nêu: giảm 3% so với cùng kỳ (năm 2023)"} {
		if !strings.Contains(rm, want) {
			t.Errorf("remarks %q lack %q", rm, want)
		}
	}
	v := rows["viec_lam_moi"]
	if !strings.Contains(strings.Join(v.Remarks, "\n"), "Báo cáo nêu: đạt 104% (năm 2022)") {
		t.Errorf("việc làm remarks %q", v.Remarks)
	}
	if c := v.Years[1]; !c.OfPrev.Derived || !u.Years[1].Prev || !u.Years[1].PrevDerived {
		t.Errorf("việc làm 2023 TH/cùng kỳ %+v", c.OfPrev)
	}
	if rows["chua_co"] == nil || rows["chua_co"].Name != "chua_co" || rows["chua_co"].Known {
		t.Errorf("unknown indicator row %+v", rows["chua_co"])
	}
	if d := rows["dang_vien_moi"]; d == nil || d.Years[1].Actual != nil || len(d.Years[1].Wrong) != 1 {
		t.Errorf("wrong unit of measure placed: %+v", d)
	}
	var kinds []string
	for _, c := range r.Checks {
		kinds = append(kinds, c.What)
	}
	if got := strings.Join(kinds, ","); got != "Sai đơn vị tính,Chỉ tiêu ngoài danh mục,Tỷ lệ nêu khác số liệu" || len(ps) != 3 {
		t.Errorf("checks %s; problems %v", got, ps)
	}
	// A figure in the wrong unit of measure stops the build.
	if ps.Err() == nil || r.Checks[0].Problem.Warning {
		t.Errorf("wrong unit of measure is not an error: %v", ps)
	}
}

func TestNoFactLost(t *testing.T) {
	in := []facts.Fact{
		fact(facts.Plan, 1e12), fact(facts.Plan, 1e12), fact(facts.Plan, 2e12),
		fact(facts.Actual, 5, func(f *facts.Fact) { f.UOM = "người" }),
		fact(facts.Actual, 5, func(f *facts.Fact) { f.Indicator = "moi"; f.UOM = "ha"; f.Unit = "Xã Ân Thi" }),
		fact(facts.PctOfPrev, 110, func(f *facts.Fact) { f.UOM = "%"; f.Year = 2020 }),
	}
	r, _ := Build(in, catalog.Default(), Options{Year: 2024})
	if len(r.Facts) != len(in) {
		t.Fatalf("%d sources for %d facts", len(r.Facts), len(in))
	}
	for i := range r.Facts {
		s := r.Source(i)
		if *s.Fact != in[i] {
			t.Errorf("source %d is %+v, want %+v", i, s.Fact, in[i])
		}
		found := false
		for _, cr := range r.Compare {
			if cr.Unit.Name == cleanName(s.Fact.Unit) && cr.Code == s.Fact.Indicator && cr.Year == s.Fact.Year {
				found = true
			}
		}
		if !found {
			t.Errorf("fact %d has no comparison row", i)
		}
	}
}

func TestEstimateHeading(t *testing.T) {
	in := []facts.Fact{
		fact(facts.Actual, 1e12, est), fact(facts.Plan, 1e12),
		fact(facts.Actual, 5, est, func(f *facts.Fact) { f.Indicator = "viec_lam_moi"; f.UOM = "người" }),
		fact(facts.Actual, 5, func(f *facts.Fact) { f.Indicator = "viec_lam_moi"; f.UOM = "người"; f.Year = 2023 }),
		fact(facts.Actual, 7, est, func(f *facts.Fact) { f.Indicator = "dang_vien_moi"; f.UOM = "người"; f.Year = 2023 }),
	}
	r, _ := Build(in, catalog.Default(), Options{})
	u := r.Units[0]
	if len(u.Years) != 2 || u.Years[0].EstimateTH || !u.Years[1].EstimateTH {
		t.Errorf("years %+v: want 2023 Thực hiện (mixed), 2024 Ước TH (all estimates)", u.Years)
	}
	if u.Subtitle != "Năm 2023 - 2024" {
		t.Errorf("subtitle %q", u.Subtitle)
	}
}

// A sentence longer than a cell holds is named in a warning: the
// workbook shows it cut.
func TestLongEvidenceWarned(t *testing.T) {
	long := strings.Repeat("Thu ngân sách đạt 1.000 tỷ đồng. ", 1100)
	fs := []facts.Fact{{Source: "a.txt", Unit: "Quận Ba Đình", Indicator: "thu_ngan_sach", Year: 2024, Kind: facts.Actual, Value: 1e12, UOM: facts.VND, Evidence: long, Origin: "a.txt:3"}}
	_, ps := Build(fs, catalog.Default(), Options{})
	found := false
	for _, p := range ps {
		found = found || p.Warning && strings.Contains(p.Error(), "more than a spreadsheet cell holds") && p.Line == 3
	}
	if !found {
		t.Errorf("no warning for a %d-byte sentence: %v", len(long), ps)
	}
}

// A figure dated 31 December of its year is December's, the fourth
// quarter's or the second half's alone (facts.md dates a month's figure at
// its end and leaves the whole year undated). Alone in its cell it is
// shown, marked as such, and neither measured against the year's plan nor
// against last year's whole year; against last year's same period it is.
func TestYearEndPeriodIsNotTheYear(t *testing.T) {
	const ty = 1e9
	in := []facts.Fact{
		fact(facts.Plan, 3000*ty),
		fact(facts.Actual, 300*ty, asof("2024-12-31"), func(f *facts.Fact) { f.Evidence = "Riêng tháng 12, thu ngân sách đạt 300 tỷ đồng." }),
		fact(facts.Actual, 2800*ty, func(f *facts.Fact) { f.Year = 2023 }),
		fact(facts.Actual, 100*ty, asof("2024-12-31"), func(f *facts.Fact) { f.Indicator = "chi_ngan_sach" }),
		fact(facts.Actual, 80*ty, asof("2023-12-31"), func(f *facts.Fact) { f.Indicator = "chi_ngan_sach"; f.Year = 2023 }),
	}
	r, _ := Build(in, catalog.Default(), Options{})
	u := r.Units[0]
	rows := map[string]*Row{}
	for _, s := range u.Sections {
		for _, row := range s.Rows {
			rows[row.Code] = row
		}
	}
	cur := func(code string) *YearCells {
		row := rows[code]
		if row == nil {
			t.Fatalf("no row %s", code)
		}
		for _, c := range row.Years {
			if c.Year == 2024 {
				return c
			}
		}
		t.Fatalf("%s: no 2024", code)
		return nil
	}
	thu := cur("thu_ngan_sach")
	if thu.Actual == nil || thu.Actual.Value != 300 || !thu.Actual.YearEndPeriod || thu.Actual.PartYear != "31/12/2024" {
		t.Fatalf("thu_ngan_sach 2024 actual %+v", thu.Actual)
	}
	if thu.OfPlan.Derived || thu.OfPlan.Valid {
		t.Errorf("December's revenue measured against the year's plan: %+v", thu.OfPlan)
	}
	if thu.OfPrev.Derived || thu.OfPrev.Valid {
		t.Errorf("December's revenue measured against last year's whole year: %+v", thu.OfPrev)
	}
	if !slices.Contains(rows["thu_ngan_sach"].Remarks, "TH 2024 chỉ kỳ kết thúc 31/12/2024 (tháng 12, quý IV hoặc 6 tháng cuối năm), không phải cả năm") {
		t.Errorf("remarks %q", rows["thu_ngan_sach"].Remarks)
	}
	if note := r.Note(thu.Actual); !strings.Contains(note, "chỉ kỳ kết thúc 31/12/2024") {
		t.Errorf("note %q", note)
	}
	// Either December may be the fourth quarter or the second half.
	chi := cur("chi_ngan_sach")
	if chi.OfPrev.Derived || chi.OfPrev.Valid || !strings.Contains(chi.OfPrev.Unsure, "không chắc cùng kỳ") {
		t.Errorf("December against last December: %+v", chi.OfPrev)
	}
}

// A cell with a figure that disagrees and one of another part of the year
// warns of each as what it is, and lists each on Kiểm tra.
func TestConflictAndOtherPeriod(t *testing.T) {
	const ty = 1e9
	in := []facts.Fact{
		fact(facts.Actual, 1210*ty, src("a")),
		fact(facts.Actual, 1300*ty, src("b")),
		fact(facts.Actual, 900*ty, asof("2024-09-30"), src("c")),
	}
	r, ps := Build(in, catalog.Default(), Options{})
	var got []string
	for _, p := range ps {
		got = append(got, p.Format)
	}
	if len(ps) != 2 || !strings.HasPrefix(ps[0].Format, "conflicting figures") || !strings.HasPrefix(ps[1].Format, "figures of another period") {
		t.Fatalf("warnings %q", got)
	}
	if msg := fmt.Sprintf(ps[1].Format, ps[1].Args...); !strings.Contains(msg, "shown 1.210 tỷ đồng (a), not shown 900 tỷ đồng (c, 30/09/2024)") {
		t.Errorf("warning %q", msg)
	}
	var what []string
	for _, c := range r.Checks {
		what = append(what, c.What)
	}
	if !slices.Equal(what, []string{"Số liệu khác nhau", "Số liệu của kỳ khác"}) {
		t.Errorf("checks %q", what)
	}
	if s := []string{r.Source(1).Status, r.Source(2).Status}; !slices.Equal(s, []string{StatusConflict, StatusOtherPeriod}) {
		t.Errorf("statuses %q", s)
	}
	fig := r.Units[0].Sections[0].Rows[0].Years[0].Actual
	if note := r.Note(fig); !strings.Contains(note, "Số liệu khác (không dùng): 1.300 tỷ đồng - b") || !strings.Contains(note, "Số liệu kỳ khác (không dùng): 900 tỷ đồng, đến 30/09/2024 - c") {
		t.Errorf("note %q", note)
	}
}

// The figure a cell shows does not depend on the order of its facts: a
// month beside the year to its end is put aside first, then one key after
// another decides (a comparison that weighed the two amounts of one day
// inside Better went round in circles with an earlier date and an
// estimate, and the month could win).
func TestFigureOrderIndependent(t *testing.T) {
	const ty = 1e9
	cells := [][]facts.Fact{
		{fact(facts.Actual, 100*ty, asof("2024-10-31"), est, src("a")), fact(facts.Actual, 50*ty, asof("2024-10-31"), src("b")), fact(facts.Actual, 80*ty, asof("2024-09-30"), src("c"))},
		{fact(facts.Actual, 2845*ty, asof("2024-10-31"), src("a")), fact(facts.Actual, 27306*ty, asof("2024-10-31"), est, src("b")), fact(facts.Actual, 33000*ty, est, src("c")), fact(facts.Plan, 30000*ty, src("d"))},
	}
	wants := []float64{80, 33000}
	for n, in := range cells {
		var perms [][]facts.Fact
		var permute func(k int)
		permute = func(k int) {
			if k == len(in) {
				perms = append(perms, slices.Clone(in))
				return
			}
			for i := k; i < len(in); i++ {
				in[k], in[i] = in[i], in[k]
				permute(k + 1)
				in[k], in[i] = in[i], in[k]
			}
		}
		permute(0)
		for _, p := range perms {
			r, _ := Build(p, catalog.Default(), Options{})
			fig := r.Units[0].Sections[0].Rows[0].Years[0].Actual
			if fig == nil || fig.Value != wants[n] {
				t.Errorf("cell %d, order %v: shown %+v, want %v", n, sources(p), fig, wants[n])
			}
			for i := range p {
				if p[i].Value == 50*ty || p[i].Value == 2845*ty {
					if st := r.Source(i).Status; st != StatusOtherPeriod {
						t.Errorf("cell %d, order %v: the month's amount is %q", n, sources(p), st)
					}
				}
			}
		}
	}
}

func sources(fs []facts.Fact) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Source)
	}
	return out
}

// Two amounts dated the same day of consecutive years are divided into
// TH/cùng kỳ only when they can be of one period: a month's figure and
// the months to it are dated alike, and their ratio would read as a
// collapse or a boom. A rate's change is in points and not guarded.
func TestOfPrevOnlyOfOnePeriod(t *testing.T) {
	const ty = 1e9
	prev := func(f *facts.Fact) { f.Year = 2023 }
	cases := []struct {
		name      string
		cur, last float64
		curAsOf   string
		lastAsOf  string
		derived   bool
		value     float64
	}{
		{"ten months each", 2845, 2500, "2024-10-31", "2023-10-31", true, 113.8},
		{"October against ten months", 300, 2500, "2024-10-31", "2023-10-31", false, 0},
		{"ten months against October", 2845, 280, "2024-10-31", "2023-10-31", false, 0},
		{"December against the fourth quarter", 300, 950, "2024-12-31", "2023-12-31", false, 0},
		{"December against December: either may be Q4 or H2", 100, 80, "2024-12-31", "2023-12-31", false, 0},
		{"whole years differ more than 2.5 times: not part-year, divided", 3000, 1000, "", "", true, 300},
		{"the end of February in a leap year and the year before", 210, 200, "2024-02-29", "2023-02-28", true, 105},
		{"a negative figure: nothing derived, nothing doubted", -100, 50, "2024-10-31", "2023-10-31", true, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := []facts.Fact{
				fact(facts.Actual, c.cur*ty, asof(c.curAsOf)),
				fact(facts.Actual, c.last*ty, asof(c.lastAsOf), prev),
			}
			r, _ := Build(in, catalog.Default(), Options{})
			var row *Row
			for _, s := range r.Units[0].Sections {
				for _, rw := range s.Rows {
					if rw.Code == "thu_ngan_sach" {
						row = rw
					}
				}
			}
			var cell *YearCells
			for _, yc := range row.Years {
				if yc.Year == 2024 {
					cell = yc
				}
			}
			got := cell.OfPrev
			if c.derived && c.value == 0 && got.Valid {
				t.Errorf("TH/cùng kỳ %v of a negative figure", got.Value)
			}
			if got.Derived != c.derived || c.derived && math.Abs(got.Value-c.value) > 0.05 {
				t.Fatalf("TH/cùng kỳ %+v, want derived %v %v", got, c.derived, c.value)
			}
			noted := false
			for _, rm := range row.Remarks {
				noted = noted || strings.HasPrefix(rm, "TH/cùng kỳ không tính")
			}
			if noted == c.derived || !c.derived && (got.Valid || got.Unsure == "") {
				t.Errorf("remarks %q, ratio %+v", row.Remarks, got)
			}
		})
	}
}

// A stated ratio the figures give settles that they are of one period,
// however far apart: the ratio is derived and no doubt is noted.
func TestOfPrevStatedSettlesThePeriod(t *testing.T) {
	const ty = 1e9
	in := []facts.Fact{
		fact(facts.Actual, 300*ty, asof("2024-10-31")),
		fact(facts.PctOfPrev, 300, asof("2024-10-31"), func(f *facts.Fact) { f.UOM = facts.Percent }),
		fact(facts.Actual, 100*ty, asof("2023-10-31"), func(f *facts.Fact) { f.Year = 2023 }),
	}
	r, _ := Build(in, catalog.Default(), Options{})
	for _, s := range r.Units[0].Sections {
		for _, row := range s.Rows {
			if row.Code != "thu_ngan_sach" {
				continue
			}
			for _, c := range row.Years {
				if c.Year == 2024 && (!c.OfPrev.Derived || c.OfPrev.Value != 300 || c.OfPrev.Unsure != "") {
					t.Errorf("TH/cùng kỳ %+v", c.OfPrev)
				}
			}
			for _, rm := range row.Remarks {
				if strings.Contains(rm, "không tính") {
					t.Errorf("remark %q", rm)
				}
			}
			return
		}
	}
	t.Fatal("no revenue row")
}
