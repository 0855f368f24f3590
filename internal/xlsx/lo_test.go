package xlsx

import (
	"bytes"
	"context"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/report"
)

// soffice finds LibreOffice; without it the test is skipped, except on CI
// (CI=true), which must have it.
func soffice(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("CI: LibreOffice (soffice) is not installed")
	}
	t.Skip("LibreOffice (soffice) not installed: skipping")
	return ""
}

// convert runs LibreOffice on in, writing format into dir. A private
// profile keeps parallel runs (other tests, other engineers) apart.
func convert(t *testing.T, bin, in, dir, format string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	profile := "file://" + filepath.Join(t.TempDir(), "profile")
	cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation="+profile, "--headless", "--convert-to", format, "--outdir", dir, in)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice --convert-to %s: %v\n%s", format, err, out)
	}
	ext := format
	if i := strings.IndexByte(ext, ':'); i >= 0 {
		ext = ext[:i]
	}
	res := filepath.Join(dir, strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))+"."+ext)
	if st, err := os.Stat(res); err != nil || st.Size() == 0 {
		t.Fatalf("soffice wrote no %s: %v\n%s", res, err, out)
	}
	return res
}

// TestLibreOffice opens the workbook in LibreOffice, lets it compute the
// formulas and save, and checks what it computed against the report: every
// TH/KH and TH/cùng kỳ formula of the unit sheets, the summary totals and
// the plan-versus-actual status. It also prints the workbook to PDF.
func TestLibreOffice(t *testing.T) {
	bin := soffice(t)
	fs := readFacts(t, "testdata/fixture.jsonl")
	if _, err := os.Stat(goldPath); err == nil {
		fs = append(fs, goldFacts(t)...)
	}
	rep, b := build(t, fs, report.Options{})
	dir := t.TempDir()
	in := filepath.Join(dir, "report.xlsx")
	if err := os.WriteFile(in, b, 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := convert(t, bin, in, t.TempDir(), "pdf")
	if data, _ := os.ReadFile(pdf); !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Errorf("%s is not a PDF", pdf)
	}
	out := convert(t, bin, in, t.TempDir(), "xlsx:Calc MS Excel 2007 XML")
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	orig, _ := excelize.OpenReader(bytes.NewReader(b))
	if got, want := strings.Join(f.GetSheetList(), "|"), strings.Join(orig.GetSheetList(), "|"); got != want {
		t.Fatalf("LibreOffice sheets %q, want %q", got, want)
	}
	num := func(sheet, ref string) (float64, bool) {
		v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		if err != nil || v == "" {
			return 0, false
		}
		x, err := strconv.ParseFloat(v, 64)
		return x, err == nil
	}
	near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }
	// Every formula's cached result, which readers that do not
	// recalculate show, is what LibreOffice computes.
	cached := 0
	for _, sheet := range orig.GetSheetList() {
		for _, ref := range cellRefs(t, parts(t, b), sheet) {
			if fm, _ := orig.GetCellFormula(sheet, ref); fm == "" {
				continue
			}
			mine, _ := orig.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
			lo, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
			a, errA := strconv.ParseFloat(mine, 64)
			c, errC := strconv.ParseFloat(lo, 64)
			if errA == nil && errC == nil && near(a, c) || mine == lo {
				cached++
				continue
			}
			t.Errorf("%s!%s: cached result %q, LibreOffice computes %q", sheet, ref, mine, lo)
		}
	}
	if cached == 0 {
		t.Error("no cached formula result checked")
	}
	checked := 0
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
					switch {
					case ratio.Valid && (!ok || !near(got, ratio.Value)):
						t.Errorf("%s!%s (%s %s): LibreOffice gives %v (%v), want %v", sheets[u], ref, row.Code, c.title, got, ok, ratio.Value)
					case !ratio.Valid && ok:
						t.Errorf("%s!%s (%s %s): LibreOffice gives %v, want empty", sheets[u], ref, row.Code, c.title, got)
					}
					if ratio.Derived && ratio.Valid {
						checked++
					}
				}
				rowNo++
			}
		}
	}
	if checked == 0 {
		t.Error("no derived ratio checked")
	}
	// The example of the mock-up: 19 households out of a plan of 5.
	if hm := findUnit(rep, "Quận Hoàng Mai"); hm != nil {
		ref := ratioCell(t, hm, "ho_thoat_ngheo", 2022, "ofplan")
		if got, _ := num(sheets[hm], ref); !near(got, 380) {
			t.Errorf("Hoàng Mai hộ thoát nghèo 2022 TH/KH = %v, want 380", got)
		}
	}
	// Summary totals.
	totalRow := 6 + len(rep.Units)
	if v, _ := f.GetCellValue(SheetSummary, cell(2, totalRow)); v != "Tổng cộng" {
		t.Fatalf("summary total row %d holds %q", totalRow, v)
	}
	for j, k := range rep.Key {
		// A plan and an actual do not add up: with any actual in the
		// column the total is of the actuals alone.
		// A figure for part of the year is added to nothing.
		actuals, plans, some := 0.0, 0.0, false
		anyActual := false
		for _, u := range rep.Units {
			if fg := u.Summary[j].Figure; fg != nil && !u.Unnamed {
				switch {
				case u.Summary[j].IsPlan:
					plans += fg.Value
					some = true
				case fg.PartYear == "":
					actuals += fg.Value
					anyActual, some = true, true
				}
			}
		}
		want := plans
		if anyActual {
			want = actuals
		}
		got, ok := num(SheetSummary, cell(3+j, totalRow))
		mixed := len(addedTiers(rep, j)) > 1 // a ward and a district do not add up
		switch {
		case k.Sum && mixed && ok:
			t.Errorf("summary total of %s adds units of different levels: %v", k.Code, got)
		case k.Sum && some && !mixed && (!ok || !near(got, want)):
			t.Errorf("summary total of %s = %v, want %v", k.Code, got, want)
		case !k.Sum && ok:
			t.Errorf("summary total of %s (a percentage) = %v, want none", k.Code, got)
		}
	}
	// Status of each plan-versus-actual row, from LibreOffice's own %.
	for i, cr := range rep.Compare {
		rn := i + 4 // under the title, the money unit and the heading
		status, _ := f.GetCellValue(SheetCompare, cell(9, rn))
		pct, ok := num(SheetCompare, cell(8, rn))
		want := ""
		if m := periodMark(cr.Cells); m != "" {
			// Not judged against the year's plan.
			want = m
		} else if ok {
			p := math.Round(pct*10) / 10
			if cr.LowerBetter {
				p = 200 - p // under the plan is the better result
			}
			switch {
			case p > 100:
				want = "Vượt"
			case p == 100:
				want = "Đạt"
			default:
				want = "Chưa đạt"
			}
		}
		if ok != cr.Cells.OfPlan.Valid || status != want {
			t.Errorf("So sánh row %d (%s %s %d): %% %v (%v) status %q, want %q", rn, cr.Unit.Name, cr.Code, cr.Year, pct, ok, status, want)
		}
	}
}

func findUnit(r *report.Report, name string) *report.Unit {
	for _, u := range r.Units {
		if u.Name == name {
			return u
		}
	}
	return nil
}

// ratioCell is where the writer puts a row's ratio of a year.
func ratioCell(t *testing.T, u *report.Unit, code string, year int, kind string) string {
	t.Helper()
	cols := unitColumns(u)
	rowNo := rowFirst
	for _, sec := range u.Sections {
		rowNo++
		for _, row := range sec.Rows {
			if row.Code == code {
				for ci, c := range cols {
					if c.kind == kind && u.Years[c.year].Year == year {
						return cell(ci+1, rowNo)
					}
				}
			}
			rowNo++
		}
	}
	t.Fatalf("no %s %s %d on %s", code, kind, year, u.Name)
	return ""
}

func parts(t testing.TB, b []byte) map[string][]byte {
	p, _ := unzip(t, b)
	return p
}
