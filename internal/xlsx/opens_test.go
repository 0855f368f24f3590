package xlsx

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/ooxmltest"
	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/internal/xlsxpkg"
)

// TestOpensClean: the report passes the shared OOXML check (schemas and
// Excel's repair triggers) and every sheet has its columns in order and a
// dimension over exactly its cells, for the fixture, the gold facts and a
// 50-unit report.
func TestOpensClean(t *testing.T) {
	sets := map[string]func() []byte{
		"fixture": func() []byte {
			_, b := build(t, readFacts(t, "testdata/fixture.jsonl"), report.Options{})
			return b
		},
		"units50": func() []byte { _, b := build(t, genFacts(50, 2), report.Options{}); return b },
	}
	if _, err := os.Stat(goldPath); err == nil {
		sets["gold"] = func() []byte { _, b := build(t, goldFacts(t), report.Options{}); return b }
	}
	for name, mk := range sets {
		t.Run(name, func(t *testing.T) {
			b := mk()
			if err := xlsxpkg.CheckSheets(b); err != nil {
				t.Error(err)
			}
			ooxmltest.Validate(t, name+".xlsx", b)
		})
	}
}

// openpyxlValues reads every cell's value as openpyxl does in data_only,
// read-only mode (what pandas and many scripts use): formula cells give
// their cached results, and the sheet ends where its dimension says.
const openpyxlValues = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True, read_only=True)
out = {}
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None and hasattr(c, "coordinate"):
                cells[c.coordinate] = c.value
    out[ws.title] = cells
json.dump(out, sys.stdout, default=str)
`

// TestDataOnly reads the report as a reader that does not recalculate:
// every TH/KH and TH/cùng kỳ, every Đánh giá and every summary total is
// there, with the value Excel computes.
func TestDataOnly(t *testing.T) {
	if err := exec.Command("/usr/bin/python3", "-c", "import openpyxl").Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI: openpyxl is not installed (apt-get install python3-openpyxl)")
		}
		t.Skip("openpyxl not installed")
	}
	fs := readFacts(t, "testdata/fixture.jsonl")
	if _, err := os.Stat(goldPath); err == nil {
		fs = append(fs, goldFacts(t)...)
	}
	rep, b := build(t, fs, report.Options{})
	path := filepath.Join(t.TempDir(), "r.xlsx")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("/usr/bin/python3", "-c", openpyxlValues, path).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var vals map[string]map[string]any
	if err := json.Unmarshal(out, &vals); err != nil {
		t.Fatal(err)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-12*math.Max(1, math.Abs(b)) }
	num := func(sheet, ref string) (float64, bool) {
		v, ok := vals[sheet][ref].(float64)
		return v, ok
	}
	ratios := 0
	sheets := UnitSheets(rep)
	for _, u := range rep.Units {
		cols := unitColumns(u)
		rowNo := rowFirst
		for _, sec := range u.Sections {
			rowNo++
			for _, row := range sec.Rows {
				for ci, c := range cols {
					var ratio report.Ratio
					switch c.kind {
					case "ofplan":
						ratio = row.Years[c.year].OfPlan
					case "ofprev":
						ratio = row.Years[c.year].OfPrev
					default:
						continue
					}
					ref := cell(ci+1, rowNo)
					got, ok := num(sheets[u], ref)
					if ratio.Valid != ok || ok && !near(got, ratio.Value) {
						t.Errorf("%s!%s (%s %s): data_only %v (%v), want %v (valid %v)", sheets[u], ref, row.Code, c.title, got, ok, ratio.Value, ratio.Valid)
					}
					if ok {
						ratios++
					}
				}
				rowNo++
			}
		}
	}
	statuses := 0
	head := 0 // the table's heading row
	for r := 1; r < 10 && head == 0; r++ {
		if vals[SheetCompare]["A"+strconv.Itoa(r)] == "Đơn vị" {
			head = r
		}
	}
	for i, cr := range rep.Compare {
		rn := strconv.Itoa(head + 1 + i)
		pct, ok := num(SheetCompare, "H"+rn)
		if ok != cr.Cells.OfPlan.Valid || ok && !near(pct, cr.Cells.OfPlan.Value) {
			t.Errorf("So sánh H%s (%s %s %d): data_only %v (%v), want %v", rn, cr.Unit.Name, cr.Code, cr.Year, pct, ok, cr.Cells.OfPlan.Value)
		}
		if periodMark(cr.Cells) != "" {
			continue
		}
		want := ""
		if ok {
			p := xlsxpkg.Round(pct, 1)
			switch {
			case p == 100:
				want = "Đạt"
			case (p > 100) != cr.LowerBetter:
				want = "Vượt"
			default:
				want = "Chưa đạt"
			}
		}
		got, _ := vals[SheetCompare]["I"+rn].(string)
		if got != want {
			t.Errorf("So sánh I%s (%s %s %d): data_only status %q, want %q", rn, cr.Unit.Name, cr.Code, cr.Year, got, want)
		}
		if got != "" {
			statuses++
		}
	}
	totals := 0
	totalRow := strconv.Itoa(6 + len(rep.Units))
	for j, k := range rep.Key {
		formula, total, _, _ := summaryTotal(rep, j, colName(3+j), 6)
		got, ok := num(SheetSummary, colName(3+j)+totalRow)
		if k.Sum && formula != "" {
			if !ok || !near(got, total) {
				t.Errorf("Tổng hợp total of %s: data_only %v (%v), want %v", k.Code, got, ok, total)
			}
			totals++
		}
	}
	if ratios == 0 || statuses == 0 || totals == 0 {
		t.Errorf("checked %d ratios, %d statuses, %d totals: want some of each", ratios, statuses, totals)
	}
}

// A Nguồn longer than a sheet continues on Nguồn (2), … : every fact once,
// numbered on, each sheet with its heading and table. (The limit is
// lowered to make the split with few facts.)
func TestSourcesSplit(t *testing.T) {
	defer func(n int) { maxSourceRows = n }(maxSourceRows)
	maxSourceRows = 5
	fs := readFacts(t, "testdata/fixture.jsonl")
	_, b := build(t, fs, report.Options{})
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	want := sourceSheets(len(fs))
	if len(want) != (len(fs)+4)/5 || want[1] != "Nguồn (2)" {
		t.Fatalf("sheets %q for %d facts", want, len(fs))
	}
	no := 0
	for k, name := range want {
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if rows[0][0] != "STT" {
			t.Errorf("%s has no heading: %q", name, rows[0])
		}
		for _, r := range rows[1:] {
			no++
			if r[0] != strconv.Itoa(no) || r[11] != fs[no-1].Source {
				t.Errorf("%s row %q, want fact %d", name, r, no)
			}
		}
		if tb, _ := f.GetTables(name); len(tb) != 1 || k == 0 && tb[0].Name != "Nguon" || k == 1 && tb[0].Name != "Nguon2" {
			t.Errorf("%s tables %+v", name, tb)
		}
	}
	if no != len(fs) {
		t.Errorf("%d facts listed, want %d", no, len(fs))
	}
	if err := xlsxpkg.CheckSheets(b); err != nil {
		t.Error(err)
	}
	ooxmltest.Validate(t, "split.xlsx", b)
}
