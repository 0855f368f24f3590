package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/templates"
)

var seeds = repoFile("testdata", "facts", "seeds.jsonl")

func TestTemplatesCommand(t *testing.T) {
	code, out, _ := run(t, fixed, "templates", "list")
	if code != ExitOK {
		t.Fatalf("list: exit %d", code)
	}
	for _, f := range templates.Forms {
		if !strings.Contains(out, f.Name+" ") {
			t.Errorf("list lacks %s:\n%s", f.Name, out)
		}
	}
	if _, vi, _ := run(t, map[string]string{"LANG": "vi_VN.UTF-8"}, "templates", "list"); !strings.Contains(vi, "biểu công khai") {
		t.Errorf("Vietnamese list:\n%s", vi)
	}
	for _, lang := range []string{"C", "vi_VN.UTF-8"} {
		code, help, _ := run(t, map[string]string{"LANG": lang}, "templates", "help")
		if code != ExitOK || !strings.Contains(help, "{{lap chi_tieu}}") || !strings.Contains(help, "{{thu_ngan_sach.actual@-1}}") {
			t.Errorf("help (%s): exit %d\n%s", lang, code, help)
		}
	}
	dir := t.TempDir()
	out1 := filepath.Join(dir, "ns.xlsx")
	if code, _, e := run(t, fixed, "templates", "show", "ngan-sach", "-o", out1); code != ExitOK {
		t.Fatalf("show: exit %d: %s", code, e)
	}
	want, _ := templates.Forms[3].Bytes()
	if got, _ := os.ReadFile(out1); !bytes.Equal(got, want) {
		t.Error("show wrote other bytes than the built-in form")
	}
	if code, _, _ := run(t, fixed, "templates", "show", "ngan-sach", "-o", out1); code != ExitInput {
		t.Errorf("show over an existing file without --force: exit %d", code)
	}
	if code, _, e := run(t, fixed, "templates", "show", "bao-cao", "-o", filepath.Join(dir, "bc.xlsx")); code != ExitOK || !strings.Contains(e, "don-vi") {
		t.Errorf("show bao-cao: exit %d: %s", code, e)
	}
	for _, args := range [][]string{{"templates"}, {"templates", "show", "khong-co", "-o", "x.xlsx"}, {"templates", "show", "don-vi"},
		{"templates", "frob"}, {"build", "--strict", "-o", "x.xlsx", seeds}} {
		if code, _, e := run(t, fixed, args...); code != ExitUsage || e == "" {
			t.Errorf("%q: exit %d, stderr %q", args, code, e)
		}
	}
}

// TestBuildTemplate fills a built-in form and a form file; --template
// bao-cao is the built-in report, byte for byte.
func TestBuildTemplate(t *testing.T) {
	dir := t.TempDir()
	plain, named := filepath.Join(dir, "a.xlsx"), filepath.Join(dir, "b.xlsx")
	if code, _, e := run(t, fixed, "build", "-o", plain, seeds); code != ExitOK {
		t.Fatalf("build: %d %s", code, e)
	}
	if code, _, e := run(t, fixed, "build", "--template", "bao-cao", "-o", named, seeds); code != ExitOK {
		t.Fatalf("build --template bao-cao: %d %s", code, e)
	}
	a, _ := os.ReadFile(plain)
	b, _ := os.ReadFile(named)
	if !bytes.Equal(a, b) {
		t.Error("--template bao-cao differs from the built-in report")
	}

	out := filepath.Join(dir, "tong-hop.xlsx")
	code, _, e := run(t, fixed, "build", "--template", "tong-hop-don-vi", "--org", "Phòng Tài chính - Kế hoạch", "-o", out, seeds)
	if code != ExitOK {
		t.Fatalf("tong-hop-don-vi: %d %s", code, e)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "Biểu" || got[1] != "Kiểm tra" {
		t.Errorf("sheets %q", got)
	}
	if v, _ := f.GetCellValue("Biểu", "A1"); v != "PHÒNG TÀI CHÍNH - KẾ HOẠCH" {
		t.Errorf("A1 = %q", v)
	}
	f.Close()

	// A form file from "templates show", edited by the office, used.
	form := filepath.Join(dir, "bieu.xlsx")
	if code, _, _ := run(t, fixed, "templates", "show", "don-vi", "-o", form); code != ExitOK {
		t.Fatal("show don-vi")
	}
	out = filepath.Join(dir, "don-vi.xlsx")
	if code, _, e := run(t, fixed, "build", "--template", form, "--year", "2024", "-o", out, seeds); code != ExitOK {
		t.Fatalf("--template FILE: %d %s", code, e)
	}
	f, err = excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// --year 2024: the two units with facts that year; the others named.
	if got := f.GetSheetList(); len(got) != 3 || got[0] != "Q. Thanh Xuân" {
		t.Errorf("sheets %q", got)
	}
	if v, _ := f.GetCellValue("Q. Thanh Xuân", "A6"); !strings.HasSuffix(v, "NĂM 2024") {
		t.Errorf("title %q", v)
	}
	// The previous year's column reaches back past --year: Thanh Xuân has
	// no 2023 facts, but the form asked, so the column header says 2023.
	if v, _ := f.GetCellValue("Q. Thanh Xuân", "D9"); v != "Năm 2023" {
		t.Errorf("D9 = %q", v)
	}
}

func TestBuildTemplateStrictAndBad(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.xlsx")
	code, _, e := run(t, fixed, "build", "--template", "chi-tieu-chu-yeu", "--strict", "-o", out, seeds)
	if code != ExitInput || !strings.Contains(e, "--strict:") {
		t.Errorf("--strict: exit %d\n%s", code, e)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("--strict wrote the output")
	}
	bad := filepath.Join(dir, "bieu.xlsx")
	os.WriteFile(bad, []byte("STT;Chỉ tiêu\n"), 0o644)
	code, _, e = run(t, fixed, "build", "--template", bad, "-o", out, seeds)
	if code != ExitInput || !strings.Contains(e, bad+": not an XLSX workbook") {
		t.Errorf("bad form: exit %d\n%s", code, e)
	}
	code, _, e = run(t, fixed, "build", "--template", "khong-co", "-o", out, seeds)
	if code != ExitInput || !strings.Contains(e, "khong-co: no such form") {
		t.Errorf("unknown form: exit %d\n%s", code, e)
	}
	code, _, e = run(t, map[string]string{"LANG": "vi_VN.UTF-8", "SOURCE_DATE_EPOCH": "1732233600"}, "build", "--template", bad, "-o", out, seeds)
	if code != ExitInput || !strings.Contains(e, "không phải bảng tính XLSX") {
		t.Errorf("bad form (vi): exit %d\n%s", code, e)
	}
}
