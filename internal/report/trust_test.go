package report

import (
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
)

func unit(u string) func(*facts.Fact) { return func(f *facts.Fact) { f.Unit = u } }
func year(y int) func(*facts.Fact)    { return func(f *facts.Fact) { f.Year = y } }
func ind(code, uom string) func(*facts.Fact) {
	return func(f *facts.Fact) { f.Indicator, f.UOM = code, uom }
}
func at(o string) func(*facts.Fact) { return func(f *facts.Fact) { f.Origin = o } }

func checksOf(r *Report, what string) []Check {
	var out []Check
	for _, c := range r.Checks {
		if c.What == what {
			out = append(out, c)
		}
	}
	return out
}

// One unit spelled several ways is one unit, shown in its most common
// spelling; Kiểm tra says which spellings were merged.
func TestUnitSpellingsMerge(t *testing.T) {
	in := []facts.Fact{
		fact(facts.Actual, 1e12, unit("Quận hoàng mai"), src("a"), at("f.csv:2")),
		fact(facts.Plan, 1e12, unit("Quận Hoàng Mai"), src("b")),
		fact(facts.Actual, 7, unit("Quận  Hoàng  Mai"), ind("dang_vien_moi", "người")),
		fact(facts.Actual, 8, unit("QUẬN HOÀNG MAI"), ind("viec_lam_moi", "người")),
		fact(facts.Plan, 9, unit("Quận Hoàng Mai"), ind("viec_lam_moi", "người")),
		// The old and the new place of a tone mark: one province.
		fact(facts.Actual, 2e12, unit("Tỉnh Thanh Hoá")),
		fact(facts.Plan, 2e12, unit("Tỉnh Thanh Hóa")),
		fact(facts.Plan, 3e12, unit("Tỉnh Thanh Hóa"), year(2023)),
	}
	r, ps := Build(in, catalog.Default(), Options{})
	if ps.Err() != nil {
		t.Fatal(ps)
	}
	var names []string
	for _, u := range r.Units {
		names = append(names, u.Name)
	}
	if got := strings.Join(names, " | "); got != "Quận Hoàng Mai | Tỉnh Thanh Hóa" {
		t.Fatalf("units %s", got)
	}
	merged := checksOf(r, "Tên đơn vị viết khác nhau")
	if len(merged) != 2 {
		t.Fatalf("merge notes %+v", merged)
	}
	msg := merged[0].Problem.Error()
	for _, want := range []string{`"Quận hoàng mai"`, `"Quận  Hoàng  Mai"`, `"QUẬN HOÀNG MAI"`, `"Quận Hoàng Mai"`, "f.csv:2"} {
		if !strings.Contains(msg, want) {
			t.Errorf("merge note %q lacks %s", msg, want)
		}
	}
	if merged[0].Unit != "Quận Hoàng Mai" || !merged[0].Problem.Warning {
		t.Errorf("merge note %+v", merged[0])
	}
}

// A document that names only a level ("UBND huyện") or no unit at all
// speaks of its own unit: two such documents are two units, never one.
func TestUnnamedUnitsStayApart(t *testing.T) {
	in := []facts.Fact{
		fact(facts.Actual, 100e9, unit("Huyện"), src("a.txt")),
		fact(facts.Actual, 200e9, unit("huyện"), src("b.txt")),
		fact(facts.Plan, 90e9, unit("Huyện"), src("a.txt")),
		fact(facts.Actual, 300e9, unit("Chưa rõ đơn vị"), src("c.txt")),
		fact(facts.Actual, 400e9, unit("Quận Hoàng Mai"), src("d.txt")),
	}
	r, ps := Build(in, catalog.Default(), Options{})
	if ps.Err() != nil {
		t.Fatal(ps)
	}
	if got := len(checksOf(r, "Số liệu khác nhau")); got != 0 {
		t.Errorf("%d conflicts between different documents' unnamed units", got)
	}
	byName := map[string]*Unit{}
	for _, u := range r.Units {
		byName[u.Name] = u
	}
	for name, short := range map[string]string{
		"Huyện (a.txt)":          "Huyện - a",
		"Huyện (b.txt)":          "Huyện - b",
		"Chưa rõ đơn vị (c.txt)": "Chưa rõ - c",
	} {
		u := byName[name]
		if u == nil {
			t.Errorf("no unit %q among %v", name, byName)
			continue
		}
		if !u.Unnamed || u.Short != short {
			t.Errorf("%s: unnamed %v, short %q; want %q", name, u.Unnamed, u.Short, short)
		}
		if strings.Contains(u.Issuer, "(") || strings.Contains(u.Issuer, "CHƯA RÕ") {
			t.Errorf("%s: issuer %q", name, u.Issuer)
		}
	}
	if u := byName["Quận Hoàng Mai"]; u == nil || u.Unnamed {
		t.Errorf("named unit %+v", u)
	}
	if a := byName["Huyện (a.txt)"]; a != nil {
		c := a.Sections[0].Rows[0].Years[0]
		if c.Actual == nil || c.Actual.Value != 100 || c.Plan == nil || c.Plan.Value != 90 {
			t.Errorf("Huyện (a.txt) cells %+v", c)
		}
	}
	notes := checksOf(r, "Đơn vị chưa rõ tên")
	if len(notes) != 3 {
		t.Fatalf("unnamed-unit notes %+v", notes)
	}
	if m := notes[0].Problem.Error(); !strings.Contains(m, "--units") || notes[0].Problem.File != "a.txt" {
		t.Errorf("note %q at %q", m, notes[0].Problem.File)
	}
}

// A figure whose unit of measure does not fit its indicator is an error at
// its line: a report without it would pass for complete.
func TestWrongUOMIsAnError(t *testing.T) {
	in := []facts.Fact{
		fact(facts.Actual, 1e12),
		fact(facts.Actual, 7, ind("dang_vien_moi", "VND"), at("f.csv:3")),
	}
	_, ps := Build(in, catalog.Default(), Options{})
	if ps.Err() == nil || len(ps) != 1 || ps[0].Warning || ps[0].File != "f.csv" || ps[0].Line != 3 {
		t.Fatalf("problems %v", ps)
	}
	if m := ps[0].Error(); !strings.Contains(m, "Số đảng viên mới kết nạp") || strings.Contains(m, "dang_vien_moi") {
		t.Errorf("message %q: want the indicator's name, not its code", m)
	}
}

// TH/cùng kỳ is a ratio of quantities. For a rate (%) the change is in
// points, and a count of targets is no quantity to compare: the column
// stays empty and Ghi chú gives the change in points.
func TestNoPrevRatioOfRatesOrTargets(t *testing.T) {
	in := []facts.Fact{
		fact(facts.Actual, 9.54, ind("tang_truong_kinh_te", "%"), year(2022)),
		fact(facts.Actual, 10.74, ind("tang_truong_kinh_te", "%"), year(2023)),
		fact(facts.Actual, 19, ind("chi_tieu_hoan_thanh", "chỉ tiêu"), year(2022)),
		fact(facts.Actual, 18, ind("chi_tieu_hoan_thanh", "chỉ tiêu"), year(2023)),
		fact(facts.Actual, 2.1, ind("ty_le_ho_ngheo", "%"), year(2023)),
		fact(facts.ChangeVsPrev, -0.4, ind("ty_le_ho_ngheo", "%"), year(2023)),
		fact(facts.Actual, 100e9, year(2022)),
		fact(facts.Actual, 120e9, year(2023)),
	}
	r, ps := Build(in, catalog.Default(), Options{})
	if ps.Err() != nil {
		t.Fatal(ps)
	}
	rows := map[string]*Row{}
	for _, s := range r.Units[0].Sections {
		for _, row := range s.Rows {
			rows[row.Code] = row
		}
	}
	for _, code := range []string{"tang_truong_kinh_te", "chi_tieu_hoan_thanh", "ty_le_ho_ngheo"} {
		if c := rows[code].Years[1].OfPrev; c.Valid || c.Derived || c.Stated != nil {
			t.Errorf("%s: TH/cùng kỳ %+v, want none", code, c)
		}
	}
	if c := rows["thu_ngan_sach"].Years[1].OfPrev; !c.Derived || c.Value != 120 {
		t.Errorf("thu ngân sách TH/cùng kỳ %+v", c)
	}
	for code, want := range map[string]string{
		"tang_truong_kinh_te": "Tăng 1,2 điểm % so với năm 2022",
		"ty_le_ho_ngheo":      "Báo cáo nêu: giảm 0,4 điểm % so với cùng kỳ",
	} {
		if rm := strings.Join(rows[code].Remarks, "\n"); !strings.Contains(rm, want) {
			t.Errorf("%s remarks %q lack %q", code, rm, want)
		}
	}
}

// Figures inside the bounds of the fact contract but unlikely to be what
// the source meant are warnings with their place and a Kiểm tra row.
func TestImplausibleFiguresAreFlagged(t *testing.T) {
	in := []facts.Fact{
		fact(facts.Actual, 130, ind("ty_le_bhyt", "%"), at("f.csv:2")),
		fact(facts.Actual, -1, ind("ty_le_ho_ngheo", "%"), at("f.csv:3")),
		fact(facts.PctOfPlan, 650, ind("thu_ngan_sach", "%"), at("f.csv:4")),
		fact(facts.ChangeVsPrev, -150, ind("thu_ngan_sach", "%"), at("f.csv:5")),
		fact(facts.Actual, 12.5, ind("viec_lam_moi", "người"), at("f.csv:6")),
		// Plausible: a negative growth rate, a small plan beaten 3,8 times.
		fact(facts.Actual, -2.5, ind("tang_truong_kinh_te", "%"), at("f.csv:7")),
		fact(facts.PctOfPlan, 380, ind("chi_ngan_sach", "%"), at("f.csv:8")),
	}
	r, ps := Build(in, catalog.Default(), Options{})
	if ps.Err() != nil {
		t.Fatal(ps)
	}
	got := checksOf(r, "Số liệu bất thường")
	var lines []int
	for _, c := range got {
		lines = append(lines, c.Problem.Line)
		if !c.Problem.Warning || c.Problem.File != "f.csv" {
			t.Errorf("check %+v", c.Problem)
		}
	}
	if len(lines) != 5 || lines[0] != 2 || lines[4] != 6 {
		t.Errorf("implausible figures flagged at lines %v, want 2-6", lines)
	}
}

// Kiểm tra speaks the finance officer's language: the indicator's and the
// kind's Vietnamese names, not the codes.
func TestCheckMessagesUseNames(t *testing.T) {
	in := []facts.Fact{
		fact(facts.PctOfPlan, 105, ind("chi_ngan_sach", "%"), src("a")),
		fact(facts.PctOfPlan, 107, ind("chi_ngan_sach", "%"), src("b")),
		fact(facts.Plan, 100e9, ind("chi_ngan_sach", "VND")),
		fact(facts.Actual, 90e9, ind("chi_ngan_sach", "VND")),
	}
	r, _ := Build(in, catalog.Default(), Options{})
	if len(r.Checks) < 2 {
		t.Fatalf("checks %+v", r.Checks)
	}
	for _, c := range r.Checks {
		m := c.Problem.Error()
		if strings.Contains(m, "chi_ngan_sach") || strings.Contains(m, "pct_of_plan") {
			t.Errorf("message shows codes: %q", m)
		}
		if !strings.Contains(m, "Tổng chi ngân sách") || c.Name != "Tổng chi ngân sách" {
			t.Errorf("message %q / name %q lack the indicator's name", m, c.Name)
		}
	}
}
