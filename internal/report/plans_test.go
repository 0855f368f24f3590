package report

import (
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
)

func TestPlanBasis(t *testing.T) {
	const d07 = "tổng thu ngân sách nhà nước năm 2023 ước đạt 856 tỷ đồng, bằng 104% dự toán trung ương giao, bằng 86% dự toán tỉnh giao"
	tests := []struct {
		ev             string
		value          float64
		phrase, issuer string
	}{
		{d07, 104, "dự toán trung ương giao", "trung ương"},
		{d07, 86, "dự toán tỉnh giao", "tỉnh"},
		{d07, 856, "", ""}, // not a share
		{"thu ngân sách đạt 1.234 tỷ đồng, đạt 106,41% dự toán giao", 106.41, "dự toán giao", ""},
		{"đạt 77,14% dự toán thành phố giao và 68,68% dự toán HĐND quận giao sau điều chỉnh", 68.68, "dự toán HĐND quận giao sau điều chỉnh", "HĐND quận"},
		{"đạt 77,14% dự toán thành phố giao và 68,68% dự toán HĐND quận giao sau điều chỉnh", 77.14, "dự toán thành phố giao", "thành phố"},
		{"bằng 105 % kế hoạch năm 2024 huyện giao", 105, "kế hoạch năm 2024 huyện giao", "huyện"},
		{"đạt 100% KH.", 100, "KH", ""},
		{"tăng 12% so với cùng kỳ", 12, "", ""},
		{"đạt 92,4% so với dự toán tỉnh giao", 92.4, "dự toán tỉnh giao", "tỉnh"},
		{"đạt 12% khác", 12, "", ""},
		{"đạt 12% kế hoạchxyz", 12, "", ""},
		{"", 0, "", ""},
		{"%", 0, "", ""},
	}
	for _, tt := range tests {
		f := facts.Fact{Kind: facts.PctOfPlan, Value: tt.value, Evidence: tt.ev}
		p, iss := planBasis(&f)
		if p != tt.phrase || iss != tt.issuer {
			t.Errorf("planBasis(%q, %v) = %q, %q; want %q, %q", tt.ev, tt.value, p, iss, tt.phrase, tt.issuer)
		}
	}
}

func TestOtherPlan(t *testing.T) {
	share := func(v float64, ev string) *facts.Fact {
		return &facts.Fact{Kind: facts.PctOfPlan, Value: v, Evidence: ev}
	}
	tests := []struct {
		a, b *facts.Fact
		want bool
	}{
		{share(104, "bằng 104% dự toán trung ương giao"), share(86, "bằng 86% dự toán tỉnh giao"), true},
		{share(104, "bằng 104% dự toán tỉnh giao"), share(86, "bằng 86% dự toán tỉnh giao"), false},
		{share(104, "bằng 104% dự toán HĐND huyện giao"), share(96, "bằng 96% dự toán HĐND huyện giao sau điều chỉnh"), true},
		// A plan without issuer may be either: the two stay a conflict.
		{share(104, "bằng 104% kế hoạch"), share(86, "bằng 86% dự toán tỉnh giao"), false},
		{share(104, ""), share(86, ""), false},
	}
	for _, tt := range tests {
		if got := otherPlan(tt.a, tt.b); got != tt.want {
			t.Errorf("otherPlan(%q, %q) = %v", tt.a.Evidence, tt.b.Evidence, got)
		}
	}
}

// The spec's "several plans in one sentence": both shares are facts of the
// document, and the report shows them as shares of two plans, with no
// conflict warning; a second document's differing share of the same plan
// is still a conflict.
func TestSeveralPlansAreNoConflict(t *testing.T) {
	const ev = "tổng thu ngân sách năm 2023 ước đạt 856 tỷ đồng, bằng 104% dự toán trung ương giao, bằng 86% dự toán tỉnh giao"
	evid := func(s string) func(*facts.Fact) { return func(f *facts.Fact) { f.Evidence = s } }
	pct := func(f *facts.Fact) { f.UOM = facts.Percent }
	in := []facts.Fact{
		fact(facts.Actual, 856e9, year(2023), evid(ev)),
		fact(facts.PctOfPlan, 104, year(2023), evid(ev), pct),
		fact(facts.PctOfPlan, 86, year(2023), evid(ev), pct),
	}
	r, ps := Build(in, catalog.Default(), Options{})
	if ps.Err() != nil {
		t.Fatal(ps)
	}
	if c := checksOf(r, "Số liệu khác nhau"); len(c) != 0 {
		t.Errorf("several plans reported as conflicting: %+v", c)
	}
	row := r.Units[0].Sections[0].Rows[0]
	c := row.Years[0]
	st := c.OfPlan.Stated
	if st == nil || st.Value != 104 || len(st.OtherPlans) != 1 || len(st.Others) != 0 {
		t.Fatalf("stated TH/KH %+v", st)
	}
	if got := r.Source(st.OtherPlans[0]).Status; got != StatusOtherPlan {
		t.Errorf("status of the other plan's share %q", got)
	}
	rem := strings.Join(row.Remarks, " | ")
	for _, want := range []string{"đạt 104% dự toán trung ương giao", "đạt 86% dự toán tỉnh giao"} {
		if !strings.Contains(rem, want) {
			t.Errorf("remarks %q lack %q", rem, want)
		}
	}
	note := r.Note(st)
	for _, want := range []string{"So với: dự toán trung ương giao", "Theo kế hoạch khác: đạt 86% dự toán tỉnh giao - a.txt"} {
		if !strings.Contains(note, want) {
			t.Errorf("note %q lacks %q", note, want)
		}
	}

	// With the plan on the sheet, TH/KH is derived; it agrees with one of
	// the shares, so there is nothing to check.
	withPlan := append(in, fact(facts.Plan, 995.35e9, year(2023), src("b.txt")))
	r, _ = Build(withPlan, catalog.Default(), Options{})
	if c := checksOf(r, "Tỷ lệ nêu khác số liệu"); len(c) != 0 {
		t.Errorf("a share agreeing with the figures was checked: %+v", c)
	}
	// A plan neither share is of: the TH/KH check stays.
	other := append(in, fact(facts.Plan, 700e9, year(2023), src("b.txt")))
	r, _ = Build(other, catalog.Default(), Options{})
	if c := checksOf(r, "Tỷ lệ nêu khác số liệu"); len(c) != 1 {
		t.Errorf("TH/KH checks %+v, want 1", c)
	}

	// Another document's 90% of the province's plan disagrees with 86%.
	conflicting := append(in, fact(facts.PctOfPlan, 90, year(2023), src("b.txt"), evid("đạt 90% dự toán tỉnh giao"), pct))
	r, _ = Build(conflicting, catalog.Default(), Options{})
	if c := checksOf(r, "Số liệu khác nhau"); len(c) != 1 {
		t.Errorf("conflicts %+v, want 1", c)
	}
}

func FuzzPlanBasis(f *testing.F) {
	f.Add("bằng 104% dự toán trung ương giao, bằng 86% dự toán tỉnh giao", 86.0)
	f.Add("đạt 68,68% dự toán HĐND quận giao sau điều chỉnh", 68.68)
	f.Add("1.2,3% KH", 1.0)
	f.Fuzz(func(t *testing.T, ev string, v float64) {
		fa := facts.Fact{Kind: facts.PctOfPlan, Value: v, Evidence: ev}
		p, iss := planBasis(&fa)
		if !strings.Contains(ev, p) || !strings.Contains(p, iss) {
			t.Fatalf("planBasis(%q) = %q, %q: not inside the evidence", ev, p, iss)
		}
		otherPlan(&fa, &fa)
	})
}
