package xlsx

import (
	"bytes"
	"fmt"
	"math"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/internal/unitname"
)

func TestReproducible(t *testing.T) {
	fs := readFacts(t, "testdata/fixture.jsonl")
	_, a := build(t, fs, report.Options{})
	_, b := build(t, fs, report.Options{})
	if !bytes.Equal(a, b) {
		t.Fatal("two builds of the same facts differ")
	}
	_, zf := unzip(t, a)
	for _, f := range zf {
		if !f.Modified.Equal(testDate) {
			t.Errorf("%s dated %v, want %v", f.Name, f.Modified, testDate)
		}
	}
	if zf[0].Name != "[Content_Types].xml" {
		t.Errorf("first part %s", zf[0].Name)
	}
}

// TestNoFactLost reads the written workbook back: every input fact is a
// row of Nguồn with its values, and its unit, indicator and year have a
// row in So sánh KH-TH.
func TestNoFactLost(t *testing.T) {
	sets := map[string][]facts.Fact{"fixture": readFacts(t, "testdata/fixture.jsonl")}
	sets["generated"] = genFacts(7, 2)
	if testing.Short() {
		delete(sets, "generated")
	}
	for name, fs := range sets {
		t.Run(name, func(t *testing.T) {
			rep, b := build(t, fs, report.Options{MoneyUnit: "trieu"})
			f, err := excelize.OpenReader(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			src, err := f.GetRows(SheetSources, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			if got := len(src) - 1; got != len(fs) {
				t.Fatalf("Nguồn has %d rows for %d facts", got, len(fs))
			}
			cmp, err := f.GetRows(SheetCompare, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			rows := map[string]bool{}
			for _, r := range cmp[1:] {
				if len(r) > 2 {
					rows[r[0]+"|"+r[1]+"|"+r[2]] = true
				}
			}
			for i, ft := range fs {
				r := src[i+1]
				v, _ := strconv.ParseFloat(r[6], 64)
				want := ft.Value
				if ft.UOM == facts.VND && !ft.Kind.IsRatio() {
					want /= 1e6
				}
				if r[1] != ft.Unit || r[2] != strconv.Itoa(ft.Year) || r[3] != ft.Indicator || r[11] != ft.Source || math.Abs(v-want) > 1e-9*math.Abs(want) {
					t.Errorf("fact %d: Nguồn row %q, want %+v", i, r, ft)
				}
				unit := ft.Unit
				if unitname.IsBare(unit) {
					// A unit known by its level only is its document's.
					unit += " (" + ft.Source + ")"
				}
				if !rows[unit+"|"+strconv.Itoa(ft.Year)+"|"+ft.Indicator] {
					t.Errorf("fact %d (%s %s %d) has no So sánh KH-TH row", i, ft.Unit, ft.Indicator, ft.Year)
				}
			}
			// Every figure on a unit sheet carries its note.
			for _, u := range rep.Units {
				want := 0
				for _, sec := range u.Sections {
					for _, row := range sec.Rows {
						for _, c := range row.Years {
							for _, fig := range []*report.Figure{c.Plan, c.Actual, c.OfPlan.Stated, c.OfPrev.Stated} {
								if fig != nil {
									want++
								}
							}
						}
					}
				}
				sheet := UnitSheets(rep)[u]
				cms, err := f.GetComments(sheet)
				if err != nil || len(cms) != want {
					t.Errorf("%s: %d notes (%v), want %d", sheet, len(cms), err, want)
				}
			}
			if len(cmp)-1 < len(rep.Compare) {
				t.Errorf("So sánh KH-TH has %d rows, report %d", len(cmp)-1, len(rep.Compare))
			}
		})
	}
}

func TestGoldNoFactLost(t *testing.T) {
	fs := goldFacts(t)
	_, b := build(t, fs, report.Options{})
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows(SheetSources)
	if len(rows)-1 != len(fs) {
		t.Fatalf("Nguồn has %d rows for %d gold facts", len(rows)-1, len(fs))
	}
}

// genFacts makes units × the catalog × years of facts, every kind where
// it makes sense, with one sentence of evidence each: the benchmark's load.
func genFacts(units, years int) []facts.Fact {
	cat := catalog.Default()
	var out []facts.Fact
	levels := []string{"Quận", "Huyện", "Phường", "Xã", "Thị xã"}
	for u := 0; u < units; u++ {
		unit := fmt.Sprintf("%s Đơn Vị Số %d", levels[u%len(levels)], u+1)
		for y := 0; y < years; y++ {
			year := 2022 + y
			for i, ind := range cat.Indicators {
				base := float64((u+1)*(i+3)) * 1.5
				if ind.UOM == facts.VND {
					base *= 1e9
				}
				mk := func(k facts.Kind, v float64, uom string) facts.Fact {
					return facts.Fact{Source: fmt.Sprintf("doc_%04d_%d.txt", u, year), Unit: unit, Indicator: ind.Code,
						Year: year, Kind: k, Value: v, UOM: uom, Estimate: y == years-1 && k == facts.Actual,
						Evidence: fmt.Sprintf("%s năm %d của %s đạt %.2f, vượt kế hoạch đề ra", ind.Name, year, unit, v)}
				}
				out = append(out, mk(facts.Plan, base, ind.UOM), mk(facts.Actual, base*1.07, ind.UOM))
				// Stated ratios on some indicators, as articles give them.
				switch i % 6 {
				case 0:
					out = append(out, mk(facts.PctOfPlan, 107, facts.Percent))
				case 2:
					if y > 0 {
						out = append(out, mk(facts.PctOfPrev, 104.5, facts.Percent))
					}
				case 4:
					if y > 0 {
						out = append(out, mk(facts.ChangeVsPrev, 4.5, facts.Percent))
					}
				}
			}
		}
	}
	return out
}

func BenchmarkBuildWrite(b *testing.B) {
	fs := genFacts(700, 2)
	b.Logf("%d facts", len(fs))
	cat := catalog.Default()
	b.ReportAllocs()
	peak := peakHeap()
	for b.Loop() {
		rep, _ := report.Build(fs, cat, report.Options{Date: testDate})
		// Counted, not kept: the CLI writes to a file, and a growing
		// buffer here would be the benchmark's own allocation.
		var n countWriter
		if err := Write(&n, rep); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(n)/1e6, "MB-file")
	}
	b.ReportMetric(peak(), "MiB-peak-heap")
}

// peakHeap samples the heap in use until the returned function is called,
// which gives the largest seen in MiB (the file size and peak memory go
// beside the time: scripts/bench-report measures the whole process).
func peakHeap() func() float64 {
	var max atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				runtime.ReadMemStats(&m)
				if m.HeapInuse > max.Load() {
					max.Store(m.HeapInuse)
				}
			}
		}
	}()
	return func() float64 {
		close(stop)
		<-done
		return float64(max.Load()) / (1 << 20)
	}
}

type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}
