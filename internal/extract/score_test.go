package extract

import (
	"bufio"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/testcorpus"
)

// predOut, when set, makes TestWritePredictions write the extractor's facts
// for a corpus as JSONL, for the python scorer:
//
//	go test ./internal/extract -run TestWritePredictions -args -pred /tmp/dev.jsonl -corpus dev
var (
	predOut    = flag.String("pred", "", "write predicted facts of -corpus to this JSONL file")
	predCorpus = flag.String("corpus", "dev", "corpus for -pred: seeds or dev")
	showMisses = flag.Bool("misses", false, "log missed gold facts and extra predictions")
)

// sharedDir is the shared material's folder (see testcorpus.Dir).
func sharedDir(t testing.TB) string { t.Helper(); return testcorpus.Dir(t) }

// goldFact is a fact of a gold file; facts.Fact has what we need.
type goldFact = facts.Fact

func readJSONL(t testing.TB, path string) []goldFact {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldFact
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g goldFact
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		g.Unit = norm.NFC.String(g.Unit)
		g.UOM = norm.NFC.String(g.UOM)
		out = append(out, g)
	}
	return out
}

// readDoc reads a corpus article as the document package would: NFC text.
func readDoc(t testing.TB, path string) document.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return document.Document{Name: filepath.Base(path), Text: norm.NFC.String(string(b))}
}

// corpusDocs reads the articles of a corpus folder as `chitieu extract`
// does, through document.Read (decoding, NFC, unwrapping hard-wrapped
// lines, tables), so that the scores are the command's; a format it
// cannot read yet is left out (its gold facts count as misses).
func corpusDocs(t testing.TB, dir string) []document.Document {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "*"))
	sort.Strings(paths)
	var docs []document.Document
	for _, p := range paths {
		switch strings.ToLower(filepath.Ext(p)) {
		case ".txt", ".html", ".htm", ".docx", ".pdf":
			d, err := document.Read(p)
			if err != nil {
				t.Logf("%s: not read: %v", filepath.Base(p), err)
				continue
			}
			d.Name = filepath.Base(p)
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		t.Fatalf("no articles in %s", dir)
	}
	return docs
}

// extractCorpus runs the extractor over every article of a corpus folder.
func extractCorpus(t testing.TB, dir string) []facts.Fact {
	t.Helper()
	ex := New(catalog.Default(), Options{})
	var out []facts.Fact
	for _, d := range corpusDocs(t, dir) {
		fs, _ := ex.Extract(d)
		out = append(out, fs...)
	}
	return out
}

// scoreResult mirrors the python scorer's summary.
type scoreResult struct {
	Gold, Predicted, Matched    int
	Precision, Recall, F1       float64
	YearAccuracy, UnitAccuracy  float64
	ReachableUnitAccuracy       float64 // on facts whose gold unit name occurs in the article
	Misses, Extra               []facts.Fact
	WrongYear, WrongUnit        [][2]facts.Fact
	reachable, reachableUnitsOK int
}

// sameFigure is score-facts' same_figure: "tổng giá trị sản xuất tăng
// 11,07%" is both the production value's change and the growth rate.
func sameFigure(g, p facts.Fact) bool {
	if p.Indicator == g.Indicator && p.Kind == g.Kind {
		return true
	}
	type ik struct {
		ind  string
		kind facts.Kind
	}
	same := map[ik]ik{
		{"gia_tri_san_xuat", facts.ChangeVsPrev}: {"tang_truong_kinh_te", facts.Actual},
		{"tang_truong_kinh_te", facts.Actual}:    {"gia_tri_san_xuat", facts.ChangeVsPrev},
	}
	w, ok := same[ik{g.Indicator, g.Kind}]
	return ok && w == ik{p.Indicator, p.Kind}
}

// closeValue is score-facts' close: 0.01 absolute for percentages, 0.5%
// relative otherwise.
func closeValue(p, g float64, uom string) bool {
	if uom == "%" {
		return math.Abs(p-g) <= 0.01+1e-9
	}
	return math.Abs(p-g) <= 0.005*math.Max(math.Abs(g), 1e-9)
}

// score is score-facts' greedy one-to-one matching. texts maps a source to
// its article, for the reachable unit accuracy (nil to skip it).
func score(gold, pred []facts.Fact, cat *catalog.Catalog, texts map[string]string) scoreResult {
	var ps []facts.Fact
	for _, p := range pred {
		if _, ok := cat.Lookup(p.Indicator); ok {
			ps = append(ps, p)
		}
	}
	used := make([]bool, len(ps))
	var r scoreResult
	yearOK, unitOK := 0, 0
	for _, g := range gold {
		hit := -1
		for i, p := range ps {
			if !used[i] && p.Source == g.Source && sameFigure(g, p) && closeValue(p.Value, g.Value, g.UOM) {
				hit = i
				break
			}
		}
		if hit < 0 {
			r.Misses = append(r.Misses, g)
			continue
		}
		used[hit] = true
		p := ps[hit]
		r.Matched++
		if p.Year == g.Year {
			yearOK++
		} else {
			r.WrongYear = append(r.WrongYear, [2]facts.Fact{g, p})
		}
		unitRight := strings.EqualFold(norm.NFC.String(p.Unit), g.Unit)
		if unitRight {
			unitOK++
		} else {
			r.WrongUnit = append(r.WrongUnit, [2]facts.Fact{g, p})
		}
		if texts != nil && unitNameIn(g.Unit, texts[g.Source]) {
			r.reachable++
			if unitRight {
				r.reachableUnitsOK++
			}
		}
	}
	for i, p := range ps {
		if !used[i] {
			r.Extra = append(r.Extra, p)
		}
	}
	r.Gold, r.Predicted = len(gold), len(ps)
	if len(ps) > 0 {
		r.Precision = float64(r.Matched) / float64(len(ps))
	}
	if len(gold) > 0 {
		r.Recall = float64(r.Matched) / float64(len(gold))
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	if r.Matched > 0 {
		r.YearAccuracy = float64(yearOK) / float64(r.Matched)
		r.UnitAccuracy = float64(unitOK) / float64(r.Matched)
	}
	if r.reachable > 0 {
		r.ReachableUnitAccuracy = float64(r.reachableUnitsOK) / float64(r.reachable)
	}
	return r
}

// unitNameIn reports whether the article states the unit's name (the part
// after the level word), or the unit is a bare level.
func unitNameIn(unit, text string) bool {
	for _, lv := range levels {
		if strings.HasPrefix(unit, lv.name+" ") {
			return strings.Contains(text, strings.TrimPrefix(unit, lv.name+" "))
		}
	}
	return true
}

func TestScoreMatchesScorerRules(t *testing.T) {
	cat := catalog.Default()
	g := []facts.Fact{
		{Source: "a", Unit: "Quận X", Indicator: "thu_ngan_sach", Year: 2023, Kind: facts.Actual, Value: 1000, UOM: "VND"},
		{Source: "a", Unit: "Quận X", Indicator: "thu_ngan_sach", Year: 2023, Kind: facts.PctOfPlan, Value: 105, UOM: "%"},
		{Source: "a", Unit: "Quận X", Indicator: "gia_tri_san_xuat", Year: 2023, Kind: facts.ChangeVsPrev, Value: 8.6, UOM: "%"},
		{Source: "a", Unit: "Quận X", Indicator: "viec_lam_moi", Year: 2023, Kind: facts.Plan, Value: 100, UOM: "người"},
	}
	p := []facts.Fact{
		{Source: "a", Unit: "quận x", Indicator: "thu_ngan_sach", Year: 2023, Kind: facts.Actual, Value: 1004}, // within 0.5%
		{Source: "a", Unit: "Quận X", Indicator: "thu_ngan_sach", Year: 2022, Kind: facts.PctOfPlan, Value: 105.011},
		{Source: "a", Unit: "Quận X", Indicator: "tang_truong_kinh_te", Year: 2023, Kind: facts.Actual, Value: 8.6}, // equivalence
		{Source: "a", Unit: "Quận X", Indicator: "viec_lam_moi", Year: 2023, Kind: facts.Plan, Value: 101},          // 1% off
		{Source: "a", Unit: "Quận X", Indicator: "khac", Year: 2023, Kind: facts.Plan, Value: 1},                    // not catalog: ignored
		{Source: "b", Unit: "Quận X", Indicator: "thu_ngan_sach", Year: 2023, Kind: facts.Actual, Value: 1000},      // other source
	}
	r := score(g, p, cat, nil)
	if r.Matched != 2 || r.Predicted != 5 || r.Gold != 4 {
		t.Fatalf("matched %d predicted %d gold %d, want 2 5 4", r.Matched, r.Predicted, r.Gold)
	}
	if r.UnitAccuracy != 1 || r.YearAccuracy != 1 {
		t.Errorf("year %v unit %v, want 1 1 (unit compared case-insensitively)", r.YearAccuracy, r.UnitAccuracy)
	}
	// 105.011 is more than 0.01 from 105: not a match.
	p[1].Value = 105.009
	if r := score(g, p, cat, nil); r.Matched != 3 || r.YearAccuracy >= 1 {
		t.Errorf("with 105.009: matched %d year accuracy %v, want 3 and <1", r.Matched, r.YearAccuracy)
	}
}

// floors are the acceptance levels. measureOnly marks a held-out
// set: its totals are logged, never its misses (nobody tunes on it).
type floors struct {
	f1, precision, year, unit float64
	measureOnly               bool
}

func checkCorpus(t *testing.T, name string, fl floors) scoreResult {
	return checkDir(t, name, filepath.Join(sharedDir(t), "corpus", name), fl)
}

func checkDir(t *testing.T, name, dir string, fl floors) scoreResult {
	gold := readJSONL(t, filepath.Join(dir, "gold.jsonl"))
	pred := extractCorpus(t, dir)
	texts := map[string]string{}
	for _, p := range corpusDocs(t, dir) {
		texts[p.Name] = p.Text
	}
	r := score(gold, pred, catalog.Default(), texts)
	t.Logf("%s: gold=%d predicted=%d matched=%d precision=%.4f recall=%.4f f1=%.4f year_accuracy=%.4f unit_accuracy=%.4f (on units named in the text: %.4f)",
		name, r.Gold, r.Predicted, r.Matched, r.Precision, r.Recall, r.F1, r.YearAccuracy, r.UnitAccuracy, r.ReachableUnitAccuracy)
	if (*showMisses || t.Failed()) && !fl.measureOnly {
		for _, m := range r.Misses {
			t.Logf("missed: %s %s %d %s %v  | %s", m.Source, m.Indicator, m.Year, m.Kind, m.Value, m.Evidence)
		}
		for _, e := range r.Extra {
			t.Logf("extra:  %s %s %d %s %v  | %s", e.Source, e.Indicator, e.Year, e.Kind, e.Value, e.Evidence)
		}
		for _, w := range r.WrongYear {
			t.Logf("year:   %s %s %s gold %d got %d | %s", w[0].Source, w[0].Indicator, w[0].Kind, w[0].Year, w[1].Year, w[1].Evidence)
		}
		for _, w := range r.WrongUnit {
			t.Logf("unit:   %s %s %s gold %q got %q | %s", w[0].Source, w[0].Indicator, w[0].Kind, w[0].Unit, w[1].Unit, w[1].Evidence)
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
	// Units the article never names (the province of a text that says only
	// "tỉnh") cannot be read from it: the floor holds on the others.
	if r.ReachableUnitAccuracy < fl.unit {
		t.Errorf("%s: unit accuracy on units the text names %.4f below %.2f", name, r.ReachableUnitAccuracy, fl.unit)
	}
	// The raw figure, with the unreachable units counted as misses, is held
	// where it stands today (0.926 on dev: 9 of 122 gold units are named only
	// in SOURCES.tsv), so a regression on named units still fails here.
	if r.UnitAccuracy < fl.unit-0.05 {
		t.Errorf("%s: raw unit accuracy %.4f below %.2f", name, r.UnitAccuracy, fl.unit-0.05)
	}
	return r
}

func TestQualitySeeds(t *testing.T) {
	checkCorpus(t, "seeds", floors{f1: 0.95, precision: 0.90, year: 0.95, unit: 0.95})
}

func TestQualityDev(t *testing.T) {
	checkCorpus(t, "dev", floors{f1: 0.85, precision: 0.90, year: 0.95, unit: 0.95})
}

// TestWritePredictions writes predictions for the python scorer when -pred
// is given (see predOut).
func TestWritePredictions(t *testing.T) {
	if *predOut == "" {
		t.Skip("no -pred path given")
	}
	dir := filepath.Join(sharedDir(t), "corpus", *predCorpus)
	pred := extractCorpus(t, dir)
	f, err := os.Create(*predOut)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for _, p := range pred {
		if err := enc.Encode(p); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("wrote %d facts to %s", len(pred), *predOut)
}

// TestQualityHoldout scores the articles the team wrote after the rules
// were made (testdata/holdout, never tuned on): the guard against rules that
// only fit the seeds and dev corpus. Measured 0.954 when written, 0.985
// after issue 10.
func TestQualityHoldout(t *testing.T) {
	checkDir(t, "holdout", filepath.Join("..", "..", "testdata", "holdout"), floors{f1: 0.95, precision: 0.95, year: 0.95, unit: 0.95})
}

// TestQualityDev2Prose scores the prose articles of testdata/dev2, a
// development set written by a team member who had not read the
// extractor (tuned on: its misses may be read).
func TestQualityDev2Prose(t *testing.T) {
	checkDir(t, "dev2/prose", filepath.Join("..", "..", "testdata", "dev2", "prose"), floors{f1: 0.80, precision: 0.82, year: 0.95, unit: 0.60})
}

// TestQualityDev3Prose scores testdata/dev3/prose: 24 invented portal
// articles about which unit a figure belongs to (written blind to the
// extractor; a development set: its misses may be read). Measured
// P 0.970 R 0.955 F1 0.963, year 1.0, unit 0.851 (0.841 on units the
// text names) when it landed; unit 0.882 (0.874) once "H.Bình Chánh"
// named its district; P 0.982 F1 0.968, unit 0.947 (0.950) once a place's
// name above the headline was read as a section, not the headline; unit
// 0.957 (0.960) once the units a unit was formed from were history; unit
// 0.991 (0.997) once "Phường Xuân Hương - Đà Lạt" kept its whole name;
// unit 1.0 once a parent's figure on its territory ("trên địa bàn TP.HCM
// … ước đạt") or in a bracket ("của toàn tỉnh (ước đạt 9,5%)") was the
// parent's; P 0.985 R 0.959 F1 0.971 once a plan completed before a
// colon ("hoàn thành vượt dự toán: huyện A thu …") no longer made the
// list's first figure a plan; R 0.964 F1 0.975 once "trong cơ cấu kinh
// tế" after a share's cue was the whole it is a share of; R 0.970 F1
// 0.978 once "số thu đạt …" was the revenue collected; P 0.997 R 0.982
// F1 0.990 once the figures under a plan's heading ("II. Kế hoạch năm
// 2025") were plans; P 1.0 R 0.988 F1 0.994 once a list of residential
// areas before "văn hóa" ("thôn, buôn, tổ dân phố đạt chuẩn văn hóa")
// named its indicator.
func TestQualityDev3Prose(t *testing.T) {
	checkDir(t, "dev3/prose", filepath.Join("..", "..", "testdata", "dev3", "prose"), floors{f1: 0.99, precision: 0.99, year: 0.99, unit: 0.99})
}

// TestQualityDev4Prose scores testdata/dev4/prose: 23 invented documents
// with 411 gold facts, written blind to the extractor around the precision
// traps of real reports (a development set: its misses may be read).
// Measured when first scored: P 0.889 R 0.920 F1 0.904, year 0.989, unit
// 0.947 (0.944 on units the text names). P 0.970 R 0.951 F1 0.961,
// year 0.992, unit 1.0 once the rules of parts ("trong đó", transfers,
// programmes, groups of units), plans beside results and growth at
// current prices were made (most extras left are other units' figures
// quoted as context, which dev3 counts as those units' facts); P 0.972
// R 1.0 F1 0.986, year 0.995, unit 1.0 once a count's own noun, the
// services item of a structure list, shares before a shared predicate
// and report abbreviations were read. The floors guard against
// regressions.
func TestQualityDev4Prose(t *testing.T) {
	checkDir(t, "dev4/prose", filepath.Join("..", "..", "testdata", "dev4", "prose"), floors{f1: 0.98, precision: 0.965, year: 0.99, unit: 0.99})
}

// TestQualityDev7Prose scores testdata/dev7/prose: 16 real article
// excerpts (stored public pages) annotated blind to the extractor; a
// development set (its misses may be read). Measured P 0.984 R 0.829
// F1 0.900, year 0.984, unit 0.968 when it was split off, untuned; P 1.0
// R 0.974 F1 0.987, year 0.986, unit 0.973 after its recall rules (76
// facts: one fact moves F1 by about 0.007). The floors sit just below.
// F1 0.980 (0.9799) since a growth rate's change against last year's rate is no
// fact (para1 phenomenon 24; the gold's one such row counts as missed).
func TestQualityDev7Prose(t *testing.T) {
	checkDir(t, "dev7/prose", filepath.Join("..", "..", "testdata", "dev7", "prose"), floors{f1: 0.975, precision: 0.99, year: 0.98, unit: 0.965})
}

// TestQualityDev21Prose scores testdata/dev21/prose (retired as held-out set holdout4 on 2026-12-02: now a development set): the other 16
// real article excerpts of the same annotator's batch (the even-numbered
// ones, split off before anyone looked at them), never tuned on: the
// honest figure for real articles. Measure only: no misses printed.
// Measured P 0.879 R 0.850 F1 0.864, year 1.0, unit 1.0 when split off
// (60 facts: one fact moves F1 by about 0.01); the floors guard against
// regressions.
func TestQualityDev21Prose(t *testing.T) {
	checkDir(t, "dev21/prose", filepath.Join("..", "..", "testdata", "dev21", "prose"), floors{f1: 0.84, precision: 0.85, year: 0.97, unit: 0.95})
}

// TestQualityDev9Prose scores testdata/dev9/prose: 16 real article
// excerpts (stored public pages; North Central and Central Coast, northern
// mountains, Đà Nẵng, Hải Phòng) annotated blind to the extractor; a
// development set (its misses may be read). Measured P 0.850 R 0.614
// F1 0.713, year 0.961, unit 0.902 when it was split off, untuned (83
// facts: one fact moves F1 by about 0.007); the floors sit 0.03 below.
func TestQualityDev9Prose(t *testing.T) {
	checkDir(t, "dev9/prose", filepath.Join("..", "..", "testdata", "dev9", "prose"), floors{f1: 0.94, precision: 0.96, year: 0.98, unit: 0.96})
}

// TestQualityDev23Prose scores testdata/dev23/prose (retired as held-out set holdout6 on 2026-12-02: now a development set): the other 16
// real article excerpts of the same annotator's batch (the even-numbered
// ones, split off before anyone looked at them), never tuned on. Measure
// only: no misses printed. Measured P 0.909 R 0.877 F1 0.893, year
// 0.980, unit 0.940 when split off (57 facts: one fact moves F1 by about
// 0.01); the floors sit 0.03 below and guard against regressions.
func TestQualityDev23Prose(t *testing.T) {
	checkDir(t, "dev23/prose", filepath.Join("..", "..", "testdata", "dev23", "prose"), floors{f1: 0.86, precision: 0.87, year: 0.95, unit: 0.91})
}

// TestQualityDev10Prose scores testdata/dev10/prose: 16 real article
// excerpts (stored public pages; Central Highlands, South-East, Hồ Chí Minh
// City and its new wards, North-East, the far south) annotated blind to the
// extractor; a development set (its misses may be read). Measured P 0.826
// R 0.792 F1 0.809, year 0.868, unit 0.921 when it was split off, untuned
// (48 facts: one fact moves F1 by about 0.01); the floors sit 0.03 below.
func TestQualityDev10Prose(t *testing.T) {
	checkDir(t, "dev10/prose", filepath.Join("..", "..", "testdata", "dev10", "prose"), floors{f1: 0.77, precision: 0.79, year: 0.83, unit: 0.89})
}

// TestQualityDev24Prose scores testdata/dev24/prose (retired as held-out set holdout7 on 2026-12-02: now a development set): the other 16
// real article excerpts of the dev10 batch (the even-numbered ones, split
// off before anyone looked at them), never tuned on. Measure only: no
// misses printed. Measured P 0.821 R 0.868 F1 0.844, year 0.935, unit
// 0.870 when split off (53 facts); the floors sit 0.03 below.
func TestQualityDev24Prose(t *testing.T) {
	checkDir(t, "dev24/prose", filepath.Join("..", "..", "testdata", "dev24", "prose"), floors{f1: 0.81, precision: 0.79, year: 0.90, unit: 0.84})
}

// TestQualityDev11Prose scores testdata/dev11/prose: 16 real article
// excerpts (stored public pages; Mekong Delta, Red River Delta, North-West,
// communes and wards after the 2025 merger) annotated blind to the
// extractor; a development set (its misses may be read). Measured P 0.946
// R 0.839 F1 0.889, year 1.0, unit 0.827 when it was split off, untuned
// (62 facts); the floors sit 0.03 below.
func TestQualityDev11Prose(t *testing.T) {
	checkDir(t, "dev11/prose", filepath.Join("..", "..", "testdata", "dev11", "prose"), floors{f1: 0.85, precision: 0.91, year: 0.97, unit: 0.79})
}

// TestQualityHoldout8Prose scores testdata/holdout8/prose: the other 16
// real article excerpts of the dev11 batch (even-numbered, split off before
// anyone looked at them), never tuned on. Measure only: no misses printed.
// Measured P 0.852 R 0.821 F1 0.836, year 0.848, unit 0.957 when split off
// (56 facts); the floors sit 0.03 below.
func TestQualityHoldout8Prose(t *testing.T) {
	checkDir(t, "holdout8/prose", filepath.Join("..", "..", "testdata", "holdout8", "prose"), floors{f1: 0.80, precision: 0.82, year: 0.81, unit: 0.92, measureOnly: true})
}

// TestQualityDev12Prose scores testdata/dev12/prose: 16 real article
// excerpts (stored public pages chosen by kind of page and year, 2018–2022:
// district reviews, party building, poverty, health insurance, culture,
// jobs, disbursement, retail) annotated blind to the extractor; a
// development set (its misses may be read). Measured P 0.759 R 0.798
// F1 0.778, year 1.0, unit 0.889 when it was split off, untuned (main
// 4cecbe8; 79 facts); the floors sit 0.03 below.
func TestQualityDev12Prose(t *testing.T) {
	checkDir(t, "dev12/prose", filepath.Join("..", "..", "testdata", "dev12", "prose"), floors{f1: 0.74, precision: 0.72, year: 0.97, unit: 0.85})
}

// TestQualityHoldout9Prose scores testdata/holdout9/prose: the other 16
// real article excerpts of the dev12 batch (even-numbered, split off before
// anyone looked at them), never tuned on. Measure only: no misses printed.
// Measured P 0.785 R 0.864 F1 0.823, year 1.0, unit 0.686 when split off
// (main 4cecbe8; 59 facts); the floors sit 0.03 below.
func TestQualityHoldout9Prose(t *testing.T) {
	checkDir(t, "holdout9/prose", filepath.Join("..", "..", "testdata", "holdout9", "prose"), floors{f1: 0.79, precision: 0.75, year: 0.97, unit: 0.65, measureOnly: true})
}

// TestQualityDev13Prose scores testdata/dev13/prose: 16 real article
// excerpts (stored public pages: HĐND sessions from city to commune, UBND
// and party reviews, statistics reports, 2020 and 2025 party congresses)
// annotated blind to the extractor; a development set (its misses may be
// read). Measured P 0.848 R 0.926 F1 0.885, year 1.0, unit 0.980 when it
// was split off, untuned (main 92b0ade; b6cffbd, the session's start, gave
// F1 0.875, unit 0.939; 54 facts); the floors sit 0.03 below.
func TestQualityDev13Prose(t *testing.T) {
	checkDir(t, "dev13/prose", filepath.Join("..", "..", "testdata", "dev13", "prose"), floors{f1: 0.85, precision: 0.81, year: 0.97, unit: 0.95})
}

// TestQualityHoldout10Prose scores testdata/holdout10/prose: the other 16
// real article excerpts of the dev13 batch (even-numbered, split off before
// anyone looked at them), never tuned on. Measure only: no misses printed.
// Measured P 0.889 R 0.800 F1 0.842, year 0.854, unit 1.0 when split off
// (main 92b0ade; b6cffbd gave F1 0.835; 60 facts); the floors sit 0.03
// below.
func TestQualityHoldout10Prose(t *testing.T) {
	checkDir(t, "holdout10/prose", filepath.Join("..", "..", "testdata", "holdout10", "prose"), floors{f1: 0.81, precision: 0.85, year: 0.82, unit: 0.97, measureOnly: true})
}

// TestQualityDev8Prose scores testdata/dev8/prose: 16 real article
// excerpts (stored public pages; Mekong Delta, South-East, Red River Delta,
// Hà Nội, new 2025 wards) annotated blind to the extractor; a development
// set (its misses may be read). Measured P 0.918 R 0.848 F1 0.882,
// year 1.0, unit 0.946 when it was split off, untuned (66 facts: one fact
// moves F1 by about 0.008). The floors sit 0.03 below.
func TestQualityDev8Prose(t *testing.T) {
	checkDir(t, "dev8/prose", filepath.Join("..", "..", "testdata", "dev8", "prose"), floors{f1: 0.95, precision: 0.97, year: 0.97, unit: 0.97})
}

// TestQualityDev22Prose scores testdata/dev22/prose (retired as held-out set holdout5 on 2026-12-02: now a development set): the other 16
// real article excerpts of the same annotator's batch (the even-numbered
// ones, split off before anyone looked at them), never tuned on. Measure
// only: no misses printed. Measured P 0.923 R 0.909 F1 0.916, year
// 0.967, unit 0.883 when split off (66 facts); the floors sit 0.03 below
// and guard against regressions.
func TestQualityDev22Prose(t *testing.T) {
	checkDir(t, "dev22/prose", filepath.Join("..", "..", "testdata", "dev22", "prose"), floors{f1: 0.88, precision: 0.89, year: 0.93, unit: 0.85})
}

// TestQualityHoldout2Prose scores the prose articles of testdata/holdout2,
// written by a team member who had not read the extractor, and never tuned
// on (nobody working on the extractor reads its documents). Measured F1
// 0.756 (P 0.840, unit 0.710) when it landed and 0.763 (P 0.851, year
// 0.986, unit 0.794) after the rules of issue 10, with its two PDF
// articles unread. With PDF input those two are read as well: F1 0.786
// (P 0.832, year 0.965, unit 0.737); the PDFs' facts bring the year and
// unit accuracy down (not looked into: the set is held out). The floors
// guard against regressions; they are far below the goals, and
// honest.
func TestQualityHoldout2Prose(t *testing.T) {
	r := checkDir(t, "holdout2/prose", filepath.Join("..", "..", "testdata", "holdout2", "prose"), floors{f1: 0.88, precision: 0.92, year: 0.97, unit: 0, measureOnly: true})
	if r.UnitAccuracy < 0.89 {
		t.Errorf("holdout2/prose: unit accuracy %.4f below 0.89", r.UnitAccuracy)
	}
}

// TestQualityHoldout3Prose scores testdata/holdout3/prose: 24 invented
// articles and reports with 353 gold facts, written blind to the extractor
// after the rules of issue 10 were made, and never tuned on (nobody
// working on the extractor reads its documents or misses). It is the
// honest figure for documents the extractor has not seen. Measured when
// first scored: P 0.911 R 0.895 F1 0.903, year 1.0, unit 1.0. The floors
// guard against regressions.
func TestQualityHoldout3Prose(t *testing.T) {
	checkDir(t, "holdout3/prose", filepath.Join("..", "..", "testdata", "holdout3", "prose"), floors{f1: 0.88, precision: 0.89, year: 0.97, unit: 0.95, measureOnly: true})
}

// TestQualityDev6Prose scores testdata/dev6/prose: 33 real article
// excerpts (stored public pages) with 157 gold facts over 37 units,
// annotated blind to the extractor (a development set: its misses may be
// read; SOURCES.tsv is not read as a document, and the extractor never
// sees the URLs). Measured when first scored: P 0.892 R 0.943 F1 0.916,
// year 0.960, unit 0.851 (0.849 on units the text names); unit 0.899
// (0.897) once a name cut at a lower-case word ("huyện Thanh ba") was
// the name the text writes in full; P 0.908 F1 0.925, unit 0.919 (0.918)
// once a parent after a comma ("thị xã Phú Mỹ, tỉnh Bà Rịa-Vũng Tàu")
// was where the unit lies, not a subject; unit 0.946 (0.945) once a
// district as a clause's subject was its own unit in a province's text
// that names the province only by its level ("toàn tỉnh"); unit 0.986
// (0.986) once an excerpt's first section heading ("Hà Nội", the last
// line before the first paragraph of prose) headed its section; unit
// 1.0 once a paragraph that opens with a unit as its subject ("Huyện
// Thông Nông trồng được …") spoke of it in its later sentences; year
// 0.980 once a text that names no year took it from its latest full date
// ("từ ngày 1/7/2025"), not from its council's term ("nhiệm kỳ 2021 -
// 2026"); year 0.987 once "(cùng kỳ 6,27%)" was the year before's;
// year 1.0 once the years of what a council ratifies ("phê chuẩn tổng
// quyết toán … năm 2016") no longer moved the running year; P 0.974
// R 0.955 F1 0.965 once "Trong số 21 chỉ tiêu …" was the plan's count;
// R 0.962 F1 0.968 once a mark passed ("vượt mốc 500.000 tỷ đồng") was
// the level reached; R 0.968 F1 0.971 once "giao chỉ tiêu … cho phường
// An Xuân mới gồm 11 chỉ tiêu" was the plan's count; R 0.975 F1 0.975
// once "tỷ lệ hộ nghèo giảm dưới 0,5%" was a level, not a change; R
// 0.981 F1 0.978 once "chi cân đối ngân sách" was the spending.
func TestQualityDev6Prose(t *testing.T) {
	checkDir(t, "dev6/prose", filepath.Join("..", "..", "testdata", "dev6", "prose"), floors{f1: 0.965, precision: 0.965, year: 0.99, unit: 0.99})
}

// TestQualityDev14Prose scores testdata/dev14/prose: 16 real article
// excerpts of 2024-2026 (wards and communes after the 2025 reform, 2025
// party congresses, provincial reports) annotated blind to the extractor;
// a development set (its misses may be read). Measured P 0.900 R 0.865
// F1 0.882, year 1.0, unit 0.933 when it was split off, untuned (main
// f3ed7c7; 52 facts); the floors sit 0.03 below.
func TestQualityDev14Prose(t *testing.T) {
	checkDir(t, "dev14/prose", filepath.Join("..", "..", "testdata", "dev14", "prose"), floors{f1: 0.85, precision: 0.87, year: 0.97, unit: 0.90})
}

// TestQualityHoldout11Prose scores testdata/holdout11/prose: the other 16
// real article excerpts of the dev14 batch (even-numbered, split off before
// anyone looked at them), never tuned on. Measure only: no misses printed.
// Measured P 0.887 R 0.873 F1 0.880, year 0.982, unit 1.0 when split off
// (main f3ed7c7; 63 facts); the floors sit 0.03 below.
func TestQualityHoldout11Prose(t *testing.T) {
	checkDir(t, "holdout11/prose", filepath.Join("..", "..", "testdata", "holdout11", "prose"), floors{f1: 0.85, precision: 0.85, year: 0.95, unit: 0.97, measureOnly: true})
}

// TestQualityDev15Prose scores testdata/dev15/prose: 16 real article
// excerpts of 2019-2023 (districts, towns, provincial cities and wards of
// provinces earlier sets used least) annotated blind to the extractor; a
// development set (its misses may be read). Measured P 0.870 R 0.706
// F1 0.779, year 0.933, unit 0.783 when it was split off, untuned (main
// f3ed7c7; 85 facts); the floors sit 0.03 below.
func TestQualityDev15Prose(t *testing.T) {
	checkDir(t, "dev15/prose", filepath.Join("..", "..", "testdata", "dev15", "prose"), floors{f1: 0.74, precision: 0.83, year: 0.90, unit: 0.75})
}

// TestQualityHoldout12Prose scores testdata/holdout12/prose: the other 16
// real article excerpts of the dev15 batch (even-numbered, split off before
// anyone looked at them), never tuned on. Measure only: no misses printed.
// Measured P 0.870 R 0.882 F1 0.876, year 0.933, unit 1.0 when split off
// (main f3ed7c7; 68 facts); the floors sit 0.03 below.
func TestQualityHoldout12Prose(t *testing.T) {
	checkDir(t, "holdout12/prose", filepath.Join("..", "..", "testdata", "holdout12", "prose"), floors{f1: 0.84, precision: 0.83, year: 0.90, unit: 0.97, measureOnly: true})
}

// TestQualityDev16Prose scores testdata/dev16/prose: 16 real documents
// from office portals (UBND, HĐND, party and statistics sites; a few from
// official local media), 2019-2025, annotated blind to the extractor; a
// development set. Measured P 0.902 R 0.821 F1 0.859, year 0.836, unit
// 0.891 when it was split off, untuned (main 76eb721; 67 facts); the
// floors sit 0.03 below.
func TestQualityDev16Prose(t *testing.T) {
	checkDir(t, "dev16/prose", filepath.Join("..", "..", "testdata", "dev16", "prose"), floors{f1: 0.82, precision: 0.87, year: 0.80, unit: 0.86})
}

// TestQualityHoldout13Prose scores testdata/holdout13/prose: the other 16
// documents of the dev16 batch (even-numbered, split off before anyone
// looked at them), never tuned on. Measure only: no misses printed.
// Measured P 0.860 R 0.817 F1 0.838, year 0.918, unit 0.755 when split off
// (main 76eb721; 60 facts); the floors sit 0.03 below.
func TestQualityHoldout13Prose(t *testing.T) {
	checkDir(t, "holdout13/prose", filepath.Join("..", "..", "testdata", "holdout13", "prose"), floors{f1: 0.80, precision: 0.83, year: 0.88, unit: 0.72, measureOnly: true})
}

// TestQualityDev17Prose scores testdata/dev17/prose: 16 real articles of
// provincial newspapers on districts, towns and provinces, 2020-2024,
// annotated blind to the extractor; a development set. Measured P 0.872
// R 0.904 F1 0.888, year 1.0, unit 0.893 when it was split off, untuned
// (main 2e9d616; 83 facts); the floors sit 0.03 below.
func TestQualityDev17Prose(t *testing.T) {
	checkDir(t, "dev17/prose", filepath.Join("..", "..", "testdata", "dev17", "prose"), floors{f1: 0.85, precision: 0.84, year: 0.97, unit: 0.86})
}

// TestQualityHoldout14Prose scores testdata/holdout14/prose: the other 16
// articles of the dev17 batch (even-numbered, split off before anyone
// looked at them), never tuned on. Measure only: no misses printed.
// Measured P 0.875 R 0.887 F1 0.881, year 0.984, unit 1.0 when split off
// (main 2e9d616; 71 facts); the floors sit 0.03 below.
func TestQualityHoldout14Prose(t *testing.T) {
	checkDir(t, "holdout14/prose", filepath.Join("..", "..", "testdata", "holdout14", "prose"), floors{f1: 0.85, precision: 0.84, year: 0.95, unit: 0.97, measureOnly: true})
}

// TestQualityDev19Prose scores testdata/dev19/prose: 16 real ward, commune
// and town pages (HĐND sessions, party congresses, reviews; 2015-2025),
// annotated blind to the extractor; a development set. Measured P 0.820
// R 0.820 F1 0.820, year 0.976, unit 1.0 when it was split off, untuned
// (main c2ccd0c; 50 facts); the floors sit 0.03 below.
func TestQualityDev19Prose(t *testing.T) {
	checkDir(t, "dev19/prose", filepath.Join("..", "..", "testdata", "dev19", "prose"), floors{f1: 0.79, precision: 0.79, year: 0.94, unit: 0.97})
}

// TestQualityHoldout16Prose scores testdata/holdout16/prose: the other 16
// pages of the dev19 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.883 R 0.914 F1 0.898, year 0.887, unit 1.0 when split off (main
// c2ccd0c; 58 facts); the floors sit 0.03 below.
func TestQualityHoldout16Prose(t *testing.T) {
	checkDir(t, "holdout16/prose", filepath.Join("..", "..", "testdata", "holdout16", "prose"), floors{f1: 0.86, precision: 0.85, year: 0.85, unit: 0.97, measureOnly: true})
}

// TestQualityDev20Prose scores testdata/dev20/prose: 16 real province- and
// city-level articles of national outlets, 2019-2025, annotated blind to
// the extractor; a development set. Measured P 0.878 R 0.905 F1 0.891,
// year 0.907, unit 0.919 when it was split off, untuned (main fd79893; 95
// facts); the floors sit 0.03 below.
func TestQualityDev20Prose(t *testing.T) {
	checkDir(t, "dev20/prose", filepath.Join("..", "..", "testdata", "dev20", "prose"), floors{f1: 0.86, precision: 0.84, year: 0.87, unit: 0.88})
}

// TestQualityHoldout17Prose scores testdata/holdout17/prose: the other 16
// articles of the dev20 batch (even-numbered, split off before anyone
// looked at them), never tuned on. Measure only: no misses printed.
// Measured P 0.924 R 0.880 F1 0.901, year 0.877, unit 0.973 when split off
// (main fd79893; 83 facts); the floors sit 0.03 below.
func TestQualityHoldout17Prose(t *testing.T) {
	checkDir(t, "holdout17/prose", filepath.Join("..", "..", "testdata", "holdout17", "prose"), floors{f1: 0.87, precision: 0.89, year: 0.84, unit: 0.94, measureOnly: true})
}

// TestQualityDev26Prose scores testdata/dev26/prose: 16 real quarterly,
// half-year and nine-month reports of provinces, districts and towns,
// 2019-2025, annotated blind to the extractor; a development set.
// Measured P 0.986 R 0.911 F1 0.947, year 0.917, unit 0.931 when it was
// split off, untuned (main 5231400; 79 facts); the floors sit 0.03 below.
func TestQualityDev26Prose(t *testing.T) {
	checkDir(t, "dev26/prose", filepath.Join("..", "..", "testdata", "dev26", "prose"), floors{f1: 0.91, precision: 0.95, year: 0.88, unit: 0.90})
}

// TestQualityHoldout19Prose scores testdata/holdout19/prose: the other 16
// reports of the dev26 batch (even-numbered, split off before anyone
// looked at them), never tuned on. Measure only: no misses printed.
// Measured P 0.889 R 0.767 F1 0.824, year 0.875, unit 1.0 when split off
// (main 5231400; 73 facts); the floors sit 0.03 below.
func TestQualityHoldout19Prose(t *testing.T) {
	checkDir(t, "holdout19/prose", filepath.Join("..", "..", "testdata", "holdout19", "prose"), floors{f1: 0.79, precision: 0.85, year: 0.84, unit: 0.97, measureOnly: true})
}

// TestQualityDev25Prose scores testdata/dev25/prose: 16 real articles of
// all levels from the provinces earlier batches used least, 2019-2025,
// annotated blind to the extractor; a development set. Measured P 0.806
// R 0.781 F1 0.794, year 0.90, unit 1.0 when it was split off, untuned
// (main 3b26e5c; 64 facts); the floors sit 0.03 below.
func TestQualityDev25Prose(t *testing.T) {
	checkDir(t, "dev25/prose", filepath.Join("..", "..", "testdata", "dev25", "prose"), floors{f1: 0.76, precision: 0.77, year: 0.87, unit: 0.97})
}

// TestQualityHoldout18Prose scores testdata/holdout18/prose: the other 16
// articles of the dev25 batch (even-numbered, split off before anyone
// looked at them), never tuned on. Measure only: no misses printed.
// Measured P 0.891 R 0.950 F1 0.919, year 0.965, unit 0.842 when split off
// (main 3b26e5c; 60 facts); the floors sit 0.03 below.
func TestQualityHoldout18Prose(t *testing.T) {
	checkDir(t, "holdout18/prose", filepath.Join("..", "..", "testdata", "holdout18", "prose"), floors{f1: 0.88, precision: 0.86, year: 0.93, unit: 0.81, measureOnly: true})
}

// TestQualityDev28Prose scores testdata/dev28/prose: 16 real news pages
// found by querying each catalog indicator in turn (party admissions and
// jobs weigh most), 2019-2025, annotated blind to the extractor; a
// development set. Measured P 0.782 R 0.672 F1 0.723, year 1.0, unit
// 0.954 when it was split off, untuned (main 4182492; 64 facts); the floors
// sit 0.03 below.
func TestQualityDev28Prose(t *testing.T) {
	checkDir(t, "dev28/prose", filepath.Join("..", "..", "testdata", "dev28", "prose"), floors{f1: 0.69, precision: 0.75, year: 0.97, unit: 0.92})
}

// TestQualityHoldout21Prose scores testdata/holdout21/prose: the other 16
// pages of the dev28 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.788 R 0.531 F1 0.634, year 1.0, unit 0.846 when split off (main
// 4182492; 49 facts; f3ed7c7 gave F1 0.675); the floors sit 0.03 below.
func TestQualityHoldout21Prose(t *testing.T) {
	checkDir(t, "holdout21/prose", filepath.Join("..", "..", "testdata", "holdout21", "prose"), floors{f1: 0.60, precision: 0.75, year: 0.97, unit: 0.81, measureOnly: true})
}

// TestQualityDev29Prose scores testdata/dev29/prose: 16 real pages on party
// congresses of communes, wards, districts and provinces (terms 2020-2025
// and 2025-2030: the term's results and the new term's targets),
// annotated blind to the extractor; a development set. Measured P 0.875 R
// 0.854 F1 0.864, year 0.829, unit 0.914 when it was split off, untuned
// (main 687faab; 41 facts); the floors sit 0.03 below.
func TestQualityDev29Prose(t *testing.T) {
	checkDir(t, "dev29/prose", filepath.Join("..", "..", "testdata", "dev29", "prose"), floors{f1: 0.83, precision: 0.84, year: 0.79, unit: 0.88})
}

// TestQualityHoldout22Prose scores testdata/holdout22/prose: the other 16
// pages of the dev29 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.907 R 0.813 F1 0.857, year 0.897, unit 1.0 when split off (main
// 687faab; 48 facts); the floors sit 0.03 below.
func TestQualityHoldout22Prose(t *testing.T) {
	checkDir(t, "holdout22/prose", filepath.Join("..", "..", "testdata", "holdout22", "prose"), floors{f1: 0.82, precision: 0.87, year: 0.86, unit: 0.97, measureOnly: true})
}

// TestQualityDev30Prose scores testdata/dev30/prose: 16 real pages on
// regular monthly, quarterly, 10- and 11-month meetings and reports of
// People's Committees (budget figures weigh most), 2018-2025, annotated
// blind to the extractor; a development set. Measured P 0.917 R 0.917 F1
// 0.917, year 0.964, unit 1.0 when it was split off, untuned (main 57fcc7c,
// whose output equals 687faab's; 60 facts); the floors sit 0.03 below.
func TestQualityDev30Prose(t *testing.T) {
	checkDir(t, "dev30/prose", filepath.Join("..", "..", "testdata", "dev30", "prose"), floors{f1: 0.88, precision: 0.88, year: 0.93, unit: 0.97})
}

// TestQualityHoldout23Prose scores testdata/holdout23/prose: the other 16
// pages of the dev30 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.902 R 0.920 F1 0.911, year 1.0, unit 0.935 when split off (main
// 57fcc7c; 50 facts); the floors sit 0.03 below.
func TestQualityHoldout23Prose(t *testing.T) {
	checkDir(t, "holdout23/prose", filepath.Join("..", "..", "testdata", "holdout23", "prose"), floors{f1: 0.88, precision: 0.87, year: 0.97, unit: 0.90, measureOnly: true})
}

// TestQualityDev31Prose scores testdata/dev31/prose: 16 real pages on
// year-end reports and People's Council sessions of districts, towns,
// wards and communes (this year's results, next year's targets),
// annotated blind to the extractor; a development set. Measured P 0.970 R
// 0.916 F1 0.942, year 1.0, unit 0.862 when it was split off, untuned
// (main d29682d; 71 facts); the floors sit 0.03 below.
func TestQualityDev31Prose(t *testing.T) {
	checkDir(t, "dev31/prose", filepath.Join("..", "..", "testdata", "dev31", "prose"), floors{f1: 0.91, precision: 0.94, year: 0.97, unit: 0.83})
}

// TestQualityHoldout24Prose scores testdata/holdout24/prose: the other 16
// pages of the dev31 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.933 R 0.933 F1 0.933, year 0.976, unit 0.976 when split off (main
// d29682d; 45 facts); the floors sit 0.03 below.
func TestQualityHoldout24Prose(t *testing.T) {
	checkDir(t, "holdout24/prose", filepath.Join("..", "..", "testdata", "holdout24", "prose"), floors{f1: 0.90, precision: 0.90, year: 0.94, unit: 0.94, measureOnly: true})
}

// TestQualityDev32Prose scores testdata/dev32/prose: 16 real pages on the
// provinces, wards, communes and special zones formed by the 1 July 2025
// reorganisation (and 2024-2025 wards and communes), annotated blind to
// the extractor; a development set. Measured P 0.982 R 0.931 F1 0.956,
// year 0.944, unit 0.982 when it was split off, untuned (main eac1196; 58
// facts); the floors sit 0.03 below.
func TestQualityDev32Prose(t *testing.T) {
	checkDir(t, "dev32/prose", filepath.Join("..", "..", "testdata", "dev32", "prose"), floors{f1: 0.92, precision: 0.95, year: 0.91, unit: 0.95})
}

// TestQualityHoldout25Prose scores testdata/holdout25/prose: the other 16
// pages of the dev32 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.812 R 0.757 F1 0.783, year 1.0, unit 1.0 when split off (main eac1196;
// 74 facts); the floors sit 0.03 below.
func TestQualityHoldout25Prose(t *testing.T) {
	checkDir(t, "holdout25/prose", filepath.Join("..", "..", "testdata", "holdout25", "prose"), floors{f1: 0.75, precision: 0.78, year: 0.97, unit: 0.97, measureOnly: true})
}

// TestQualityDev33Prose scores testdata/dev33/prose: 16 real news pages
// found by querying, one at a time, the indicators earlier sets held least
// (poverty exits, near-poor, cultural rates, health insurance, jobs, party
// admissions, disbursement, services share, investment), annotated blind
// to the extractor; a development set. Measured P 0.791 R 0.630 F1 0.701,
// year 0.912, unit 0.971 when it was split off, untuned (main dd6524c; 54
// facts); the floors sit 0.03 below.
func TestQualityDev33Prose(t *testing.T) {
	checkDir(t, "dev33/prose", filepath.Join("..", "..", "testdata", "dev33", "prose"), floors{f1: 0.67, precision: 0.76, year: 0.88, unit: 0.94})
}

// TestQualityHoldout26Prose scores testdata/holdout26/prose: the other 16
// pages of the dev33 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.742 R 0.622 F1 0.677, year 0.870, unit 1.0 when split off (main
// dd6524c; 37 facts); the floors sit 0.03 below.
func TestQualityHoldout26Prose(t *testing.T) {
	checkDir(t, "holdout26/prose", filepath.Join("..", "..", "testdata", "holdout26", "prose"), floors{f1: 0.64, precision: 0.71, year: 0.84, unit: 0.97, measureOnly: true})
}

// TestQualityDev34Prose scores testdata/dev34/prose: 16 real pages on the
// year and half-year results of districts, towns, wards and communes of
// the Mekong Delta, the South-East and the Central Highlands, annotated
// blind to the extractor; a development set. Measured P 0.897 R 0.897 F1
// 0.897, year 0.981, unit 0.942 when it was split off, untuned (main
// dd6524c; 58 facts); the floors sit 0.03 below.
func TestQualityDev34Prose(t *testing.T) {
	checkDir(t, "dev34/prose", filepath.Join("..", "..", "testdata", "dev34", "prose"), floors{f1: 0.86, precision: 0.86, year: 0.95, unit: 0.91})
}

// TestQualityHoldout27Prose scores testdata/holdout27/prose: the other 16
// pages of the dev34 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.926 R 0.794 F1 0.855, year 1.0, unit 0.960 when split off (main
// dd6524c; 63 facts); the floors sit 0.03 below.
func TestQualityHoldout27Prose(t *testing.T) {
	checkDir(t, "holdout27/prose", filepath.Join("..", "..", "testdata", "holdout27", "prose"), floors{f1: 0.82, precision: 0.89, year: 0.97, unit: 0.93, measureOnly: true})
}

// TestQualityDev35Prose scores testdata/dev35/prose: 16 real pages on the
// year and half-year results of districts, towns, wards, communes and
// provinces of the Northern midlands and mountains, the Red River Delta
// and the North Central coast, annotated blind to the extractor; a
// development set. Measured P 0.877 R 0.926 F1 0.901, year 0.980, unit 1.0
// when it was split off, untuned (main f0fcbb9; 54 facts); the floors sit
// 0.03 below.
func TestQualityDev35Prose(t *testing.T) {
	checkDir(t, "dev35/prose", filepath.Join("..", "..", "testdata", "dev35", "prose"), floors{f1: 0.87, precision: 0.84, year: 0.95, unit: 0.97})
}

// TestQualityHoldout28Prose scores testdata/holdout28/prose: the other 16
// pages of the dev35 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.785 R 0.849 F1 0.816, year 0.968, unit 1.0 when split off (main
// f0fcbb9; 73 facts); the floors sit 0.03 below.
func TestQualityHoldout28Prose(t *testing.T) {
	checkDir(t, "holdout28/prose", filepath.Join("..", "..", "testdata", "holdout28", "prose"), floors{f1: 0.78, precision: 0.75, year: 0.93, unit: 0.97, measureOnly: true})
}

// TestQualityDev36Prose scores testdata/dev36/prose: 16 real pages that
// set a year's or a term's targets (resolutions, reports with last year's
// results beside next year's plan) for districts, towns, wards, communes
// and provinces, annotated blind to the extractor; a development set.
// Measured P 0.905 R 0.870 F1 0.887, year 1.0, unit 1.0 when it was split
// off, untuned (main f0fcbb9; 77 facts); the floors sit 0.03 below.
func TestQualityDev36Prose(t *testing.T) {
	checkDir(t, "dev36/prose", filepath.Join("..", "..", "testdata", "dev36", "prose"), floors{f1: 0.85, precision: 0.87, year: 0.97, unit: 0.97})
}

// TestQualityHoldout29Prose scores testdata/holdout29/prose: the other 16
// pages of the dev36 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.883 R 0.855 F1 0.869, year 0.981, unit 0.925 when split off (main
// f0fcbb9; 62 facts); the floors sit 0.03 below.
func TestQualityHoldout29Prose(t *testing.T) {
	checkDir(t, "holdout29/prose", filepath.Join("..", "..", "testdata", "holdout29", "prose"), floors{f1: 0.83, precision: 0.85, year: 0.95, unit: 0.89, measureOnly: true})
}

// TestQualityDev38Prose scores testdata/dev38/prose: 16 real pages of
// news on one economic or fiscal indicator (budget revenue, disbursement,
// retail, production value, growth) of districts, towns, wards and
// communes, annotated blind to the extractor; a development set. Measured
// P 0.739 R 0.873 F1 0.800, year 0.938, unit 1.0 when it was split off,
// untuned (main f0fcbb9; 55 facts); the floors sit 0.03 below.
func TestQualityDev38Prose(t *testing.T) {
	checkDir(t, "dev38/prose", filepath.Join("..", "..", "testdata", "dev38", "prose"), floors{f1: 0.77, precision: 0.70, year: 0.90, unit: 0.97})
}

// TestQualityHoldout31Prose scores testdata/holdout31/prose: the other 16
// pages of the dev38 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.887 R 0.917 F1 0.902, year 1.0, unit 1.0 when split off (main
// f0fcbb9; 60 facts); the floors sit 0.03 below.
func TestQualityHoldout31Prose(t *testing.T) {
	checkDir(t, "holdout31/prose", filepath.Join("..", "..", "testdata", "holdout31", "prose"), floors{f1: 0.87, precision: 0.85, year: 0.97, unit: 0.97, measureOnly: true})
}

// TestQualityDev37Prose scores testdata/dev37/prose: 16 real pages of
// news on one social indicator (poverty, jobs, health insurance, cultural
// families and areas, party admissions) of districts, towns, wards and
// communes, annotated blind to the extractor; a development set. Measured
// P 0.898 R 0.898 F1 0.898, year 0.909, unit 0.886 when it was split off,
// untuned (main f0fcbb9; 49 facts); the floors sit 0.03 below.
func TestQualityDev37Prose(t *testing.T) {
	checkDir(t, "dev37/prose", filepath.Join("..", "..", "testdata", "dev37", "prose"), floors{f1: 0.86, precision: 0.86, year: 0.87, unit: 0.85})
}

// TestQualityHoldout30Prose scores testdata/holdout30/prose: the other 16
// pages of the dev37 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.750 R 0.611 F1 0.674, year 0.939, unit 0.970 when split off (main
// f0fcbb9; 54 facts); the floors sit 0.03 below.
func TestQualityHoldout30Prose(t *testing.T) {
	checkDir(t, "holdout30/prose", filepath.Join("..", "..", "testdata", "holdout30", "prose"), floors{f1: 0.64, precision: 0.72, year: 0.90, unit: 0.94, measureOnly: true})
}

// TestQualityDev27Prose scores testdata/dev27/prose: 16 real pages whose
// figures span several years, 2019-2025, annotated blind to the
// extractor; a development set. Measured P 0.833 R 0.932 F1 0.880, year
// 1.0, unit 0.927 when it was split off, untuned (main 8b75221; 59 facts);
// the floors sit 0.03 below. Unit floor 0.88 since the BHYT coverage
// of a page that names its province only as the giver of its targets
// ("chỉ tiêu UBND tỉnh giao") is read (F1 0.966 → 0.983): the gold says
// "Tỉnh", the reader names no unit.
func TestQualityDev27Prose(t *testing.T) {
	checkDir(t, "dev27/prose", filepath.Join("..", "..", "testdata", "dev27", "prose"), floors{f1: 0.85, precision: 0.80, year: 0.97, unit: 0.88})
}

// TestQualityHoldout20Prose scores testdata/holdout20/prose: the other 16
// pages of the dev27 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.900 R 0.849 F1 0.874, year 1.0, unit 0.911 when split off (main
// 8b75221; 53 facts); the floors sit 0.03 below.
func TestQualityHoldout20Prose(t *testing.T) {
	checkDir(t, "holdout20/prose", filepath.Join("..", "..", "testdata", "holdout20", "prose"), floors{f1: 0.84, precision: 0.87, year: 0.97, unit: 0.88, measureOnly: true})
}

// TestQualityDev39Prose scores testdata/dev39/prose: 16 real pages of
// year, half-year and term results of districts, towns, provincial cities,
// communes and provinces of the South (South Central Coast, Central
// Highlands, Southeast, Mekong Delta), annotated blind to the extractor; a
// development set. Measured P 0.847 R 0.893 F1 0.869, year 0.988, unit
// 0.843 when it was split off, untuned (main 319b0fd; 93 facts); the
// floors sit 0.03 below.
func TestQualityDev39Prose(t *testing.T) {
	checkDir(t, "dev39/prose", filepath.Join("..", "..", "testdata", "dev39", "prose"), floors{f1: 0.83, precision: 0.81, year: 0.95, unit: 0.81})
}

// TestQualityHoldout32Prose scores testdata/holdout32/prose: the other 16
// pages of the dev39 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.987 R 0.856 F1 0.917, year 0.896, unit 1.0 when split off (main
// 319b0fd; 90 facts); the floors sit 0.03 below.
func TestQualityHoldout32Prose(t *testing.T) {
	checkDir(t, "holdout32/prose", filepath.Join("..", "..", "testdata", "holdout32", "prose"), floors{f1: 0.88, precision: 0.95, year: 0.86, unit: 0.97, measureOnly: true})
}

// TestQualityDev40Prose scores testdata/dev40/prose: 16 real pages of
// dense report paragraphs as offices write them (compact notation, several
// plans in one sentence, per-unit lists, changes in points), any region,
// annotated blind to the extractor; a development set. Measured P 0.935 R
// 0.956 F1 0.946, year 1.0, unit 0.908 when it was split off, untuned
// (main 319b0fd; 91 facts); the floors sit 0.03 below.
func TestQualityDev40Prose(t *testing.T) {
	checkDir(t, "dev40/prose", filepath.Join("..", "..", "testdata", "dev40", "prose"), floors{f1: 0.91, precision: 0.90, year: 0.97, unit: 0.87})
}

// TestQualityHoldout33Prose scores testdata/holdout33/prose: the other 16
// pages of the dev40 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.916 R 0.864 F1 0.889, year 1.0, unit 0.882 when split off (main
// 319b0fd; 88 facts); the floors sit 0.03 below.
func TestQualityHoldout33Prose(t *testing.T) {
	checkDir(t, "holdout33/prose", filepath.Join("..", "..", "testdata", "holdout33", "prose"), floors{f1: 0.85, precision: 0.88, year: 0.97, unit: 0.85, measureOnly: true})
}

// TestQualityDev41Prose scores testdata/dev41/prose: 16 real pages of
// communes and wards before and after the July 2025 reform (congresses,
// council sessions, year reviews 2019–2025), annotated blind to the
// extractor; a development set. Measured P 0.822 R 0.861 F1 0.841, year
// 1.0, unit 1.0 when it was split off, untuned (main ca4f328; 43 facts);
// the floors sit 0.03 below.
func TestQualityDev41Prose(t *testing.T) {
	checkDir(t, "dev41/prose", filepath.Join("..", "..", "testdata", "dev41", "prose"), floors{f1: 0.81, precision: 0.79, year: 0.97, unit: 0.97})
}

// TestQualityHoldout34Prose scores testdata/holdout34/prose: the other 16
// pages of the dev41 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.925 R 0.845 F1 0.883, year 1.0, unit 0.959 when split off (main
// ca4f328; 58 facts); the floors sit 0.03 below.
func TestQualityHoldout34Prose(t *testing.T) {
	checkDir(t, "holdout34/prose", filepath.Join("..", "..", "testdata", "holdout34", "prose"), floors{f1: 0.85, precision: 0.89, year: 0.97, unit: 0.92, measureOnly: true})
}

// TestQualityDev42Prose scores testdata/dev42/prose: 16 real pages where a
// few catalog facts stand among many figures outside the catalog (sector
// output, tourists, trade, FDI, prices, party totals), any region,
// annotated blind to the extractor; a development set. Measured P 0.951 R
// 0.951 F1 0.951, year 1.0, unit 0.948 when it was split off, untuned
// (main 364f1af; 81 facts); the floors sit 0.03 below.
func TestQualityDev42Prose(t *testing.T) {
	checkDir(t, "dev42/prose", filepath.Join("..", "..", "testdata", "dev42", "prose"), floors{f1: 0.92, precision: 0.92, year: 0.97, unit: 0.91})
}

// TestQualityHoldout35Prose scores testdata/holdout35/prose: the other 16
// pages of the dev42 batch (even-numbered, split off before anyone looked
// at them), never tuned on. Measure only: no misses printed. Measured P
// 0.927 R 0.879 F1 0.903, year 0.882, unit 1.0 when split off (main
// 364f1af; 58 facts); the floors sit 0.03 below.
func TestQualityHoldout35Prose(t *testing.T) {
	checkDir(t, "holdout35/prose", filepath.Join("..", "..", "testdata", "holdout35", "prose"), floors{f1: 0.87, precision: 0.89, year: 0.85, unit: 0.97, measureOnly: true})
}

// TestQualityPara1 scores testdata/para1: the A twins of 56 phenomena of
// first-run errors (one short news item each, written blind to the
// extractor; see its README); a development set. Measured P 0.977 R 0.963
// F1 0.970, year 1.0, unit 1.0 when it landed, untuned (main 19f2841; 134
// facts); the floors sit 0.03 below.
func TestQualityPara1(t *testing.T) {
	checkDir(t, "para1", filepath.Join("..", "..", "testdata", "para1"), floors{f1: 0.94, precision: 0.94, year: 0.97, unit: 0.97})
}

// TestQualityHoldout36 scores testdata/holdout36: the B twins of para1's
// phenomena, written by the same writer in other words, never tuned on.
// Measure only: no misses printed. Its distance from para1 (F1 0.885
// against 0.970 when both landed) is how far the rules reach beyond the
// wording they were written for. Measured P 0.931 R 0.844 F1 0.885, year
// 0.972, unit 1.0 (main 19f2841; 128 facts); the floors sit 0.03 below.
func TestQualityHoldout36(t *testing.T) {
	checkDir(t, "holdout36", filepath.Join("..", "..", "testdata", "holdout36"), floors{f1: 0.85, precision: 0.90, year: 0.94, unit: 0.97, measureOnly: true})
}

// TestQualityPara2 scores testdata/para2: two more wordings (C, D) of each
// para1 phenomenon, written blind to the extractor and to holdout36 by a
// second writer; a development set. Measured P 0.925 R 0.860 F1 0.891, year
// 0.983, unit 1.0 when it landed, untuned (main e2d85d3; 272 facts); the
// floors sit 0.03 below.
func TestQualityPara2(t *testing.T) {
	checkDir(t, "para2", filepath.Join("..", "..", "testdata", "para2"), floors{f1: 0.86, precision: 0.89, year: 0.95, unit: 0.97})
}

// TestQualityPara3 scores testdata/para3: the B twins of 40 phenomena of
// time (which year and as_of a figure belongs to; one short news item
// each, written blind to the extractor; see its README); a development
// set. Measured P 0.879 R 0.837 F1 0.857, year 0.839, unit 0.954 when it
// landed, untuned (main 7f7d878; 104 facts); the floors sit 0.03 below.
func TestQualityPara3(t *testing.T) {
	checkDir(t, "para3", filepath.Join("..", "..", "testdata", "para3"), floors{f1: 0.82, precision: 0.84, year: 0.80, unit: 0.92})
}

// TestQualityHoldout37 scores testdata/holdout37: the A twins of para3's
// phenomena of time, written by the same writer in other words, never
// tuned on. Measure only: no misses printed. Measured P 1.0 R 0.984 F1
// 0.992, year 0.975, unit 0.925 (main 7f7d878; 122 facts); the floors sit
// 0.03 below.
func TestQualityHoldout37(t *testing.T) {
	checkDir(t, "holdout37", filepath.Join("..", "..", "testdata", "holdout37"), floors{f1: 0.96, precision: 0.97, year: 0.94, unit: 0.89, measureOnly: true})
}

// TestQualityHoldout38Prose scores testdata/holdout38/prose: 30 real pages of
// districts, towns, wards and communes (year-end and half-year results,
// HĐND sessions, next year's targets), annotated blind to the extractor and
// never tuned on. Measure only: no misses printed. Measured P 0.874 R 0.781
// F1 0.825, year 0.958, unit 0.975 when it landed, untuned (main 591f657;
// 151 facts); the floors sit 0.03 below.
func TestQualityHoldout38Prose(t *testing.T) {
	checkDir(t, "holdout38/prose", filepath.Join("..", "..", "testdata", "holdout38", "prose"), floors{f1: 0.79, precision: 0.84, year: 0.92, unit: 0.94, measureOnly: true})
}

// TestQualityHoldout39Prose scores testdata/holdout39/prose: 30 real pages of
// provinces and cities (monthly and quarterly statistics, year-end reviews,
// HĐND sessions) and party congresses, annotated blind to the extractor and
// never tuned on. Measure only: no misses printed. Measured P 0.873 R 0.894
// F1 0.883, year 0.979, unit 0.958 when it landed, untuned (main 591f657;
// 161 facts); the floors sit 0.03 below.
func TestQualityHoldout39Prose(t *testing.T) {
	checkDir(t, "holdout39/prose", filepath.Join("..", "..", "testdata", "holdout39", "prose"), floors{f1: 0.85, precision: 0.84, year: 0.94, unit: 0.92, measureOnly: true})
}

// TestQualityDev43Prose scores testdata/dev43/prose: the odd-numbered 15 of
// 30 real pages of districts, towns, wards and communes (incl. units formed
// in the July 2025 reform; year-end, 9-month and half-year results, HĐND
// sessions, next year's targets), annotated blind to the extractor; a
// development set. Measured P 0.923 R 0.952 F1 0.938, year 0.983, unit 0.95
// when it landed, untuned (main f81d1bf; 63 facts); the floors sit 0.03
// below.
func TestQualityDev43Prose(t *testing.T) {
	checkDir(t, "dev43/prose", filepath.Join("..", "..", "testdata", "dev43", "prose"), floors{f1: 0.90, precision: 0.89, year: 0.95, unit: 0.92})
}

// TestQualityHoldout40Prose scores testdata/holdout40/prose: the other 15
// pages of the dev43 batch (even-numbered, split off before anyone ran the
// extractor on them), never tuned on. Measure only: no misses printed.
// Measured P 0.909 R 0.851 F1 0.879, year 1.0, unit 0.875 when it landed
// (main f81d1bf; 47 facts); the floors sit 0.03 below.
func TestQualityHoldout40Prose(t *testing.T) {
	checkDir(t, "holdout40/prose", filepath.Join("..", "..", "testdata", "holdout40", "prose"), floors{f1: 0.84, precision: 0.87, year: 0.97, unit: 0.84, measureOnly: true})
}

// TestQualityDev44Prose scores testdata/dev44/prose: the odd-numbered 15 of
// 30 real pages of provinces and centrally-run cities (incl. provinces
// merged in 2025) and their sector offices (statistics, tax, labour, party
// committees), annotated blind to the extractor; a development set.
// Measured P 0.917 R 0.800 F1 0.854, year 0.864, unit 1.0 when it landed,
// untuned (main f81d1bf; 55 facts); the floors sit 0.03 below.
func TestQualityDev44Prose(t *testing.T) {
	checkDir(t, "dev44/prose", filepath.Join("..", "..", "testdata", "dev44", "prose"), floors{f1: 0.82, precision: 0.88, year: 0.83, unit: 0.97})
}

// TestQualityHoldout41Prose scores testdata/holdout41/prose: the other 15
// pages of the dev44 batch (even-numbered, split off before anyone ran the
// extractor on them), never tuned on. Measure only: no misses printed.
// Measured P 0.841 R 0.791 F1 0.815, year 1.0, unit 0.943 when it landed
// (main f81d1bf; 67 facts); the floors sit 0.03 below.
func TestQualityHoldout41Prose(t *testing.T) {
	checkDir(t, "holdout41/prose", filepath.Join("..", "..", "testdata", "holdout41", "prose"), floors{f1: 0.78, precision: 0.81, year: 0.97, unit: 0.91, measureOnly: true})
}

// TestQualityHoldout42Prose scores testdata/holdout42/prose: 30 real pages
// of communes, wards, districts, towns, provincial cities and provinces
// from every region, annotated blind to the extractor on 2026-12-03 and
// never tuned on (no development half). Measure only: no misses printed.
// Measured P 0.926 R 0.826 F1 0.873, year 0.99, unit 0.90 when it landed
// (main 694fb39; 121 facts); the floors sit 0.03 below.
func TestQualityHoldout42Prose(t *testing.T) {
	checkDir(t, "holdout42/prose", filepath.Join("..", "..", "testdata", "holdout42", "prose"), floors{f1: 0.84, precision: 0.89, year: 0.96, unit: 0.87, measureOnly: true})
}
