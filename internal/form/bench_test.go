package form

import (
	"fmt"
	"io"
	"testing"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/templates"
)

// benchReport is a report of units × the catalog × years, with evidence.
func benchReport(b *testing.B, units, years int) *report.Report {
	cat := catalog.Default()
	var fs []facts.Fact
	for u := range units {
		unit := fmt.Sprintf("Xã Thử Nghiệm %d", u+1)
		for y := range years {
			for i, ind := range cat.Indicators {
				v := float64(100 + u + i)
				if ind.UOM == facts.VND {
					v *= 1e9
				}
				for _, k := range []facts.Kind{facts.Plan, facts.Actual} {
					fs = append(fs, facts.Fact{Source: fmt.Sprintf("doc_%d.txt", u), Unit: unit, Indicator: ind.Code, Year: 2023 + y,
						Kind: k, Value: v, UOM: ind.UOM, Evidence: fmt.Sprintf("%s của %s năm %d đạt %.0f", ind.Name, unit, 2023+y, v)})
				}
			}
		}
	}
	rep, ps := report.Build(fs, cat, report.Options{Date: testDate})
	if err := ps.Err(); err != nil {
		b.Fatal(err)
	}
	return rep
}

// BenchmarkFill fills built-in forms for 700 units × 17 indicators × 2
// years: a copy of the sheet per unit (don-vi), and one sheet for all
// units (tong-hop-don-vi). The report is built once, outside the timing.
func BenchmarkFill(b *testing.B) {
	rep := benchReport(b, 700, 2)
	for _, name := range []string{"don-vi", "tong-hop-don-vi"} {
		tf, _ := templates.Find(name)
		data, err := tf.Bytes()
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				tpl, err := ReadTemplate(tf.File, data)
				if err != nil {
					b.Fatal(err)
				}
				filled, _, err := Fill(tpl, rep, Options{})
				if err != nil {
					b.Fatal(err)
				}
				var n counter
				if err := filled.Write(&n); err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(n)/1e6, "MB-file")
			}
		})
	}
}

type counter int64

func (c *counter) Write(p []byte) (int, error) { *c += counter(len(p)); return len(p), nil }

var _ io.Writer = (*counter)(nil)
