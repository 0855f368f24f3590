package review

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/chitieu/chitieu/internal/facts"
)

// checkResult holds for any input: problems name the file, and the facts
// returned are valid and say where they came from.
func checkResult(t *testing.T, fs []facts.Fact, ps []error) {
	t.Helper()
	for _, p := range ps {
		if !strings.HasPrefix(p.Error(), "f.xlsx") {
			t.Errorf("problem without the file name: %q", p.Error())
		}
	}
	for _, f := range fs {
		if errs := f.Check(); len(errs) > 0 {
			t.Errorf("returned an invalid fact %+v: %v", f, errs)
		}
		if !strings.HasPrefix(f.Origin, "f.xlsx:") {
			t.Errorf("fact without origin: %+v", f)
		}
	}
}

// FuzzRead feeds arbitrary bytes to Read. Run it with a bounded
// minimisation, or the fuzzer spends minutes shrinking each new workbook:
//
//	go test -run - -fuzz 'FuzzRead$' -fuzztime 20s -fuzzminimizetime 50x ./internal/review
func FuzzRead(f *testing.F) {
	in := loadFacts(f, "testdata/gold.jsonl")[:3]
	f.Add(write(f, in))
	f.Add(write(f, nil))
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		fs, ps := Read("f.xlsx", bytes.NewReader(data))
		var errs []error
		for _, p := range ps {
			errs = append(errs, p)
		}
		checkResult(t, fs, errs)
	})
}

// FuzzReadCells puts arbitrary text in the cells of a well-formed
// workbook, which reaches the row reader; random bytes seldom get past
// the zip checksums.
func FuzzReadCells(f *testing.F) {
	f.Add("Giá trị", "4.435,98", "2024", "2024-10-31", "hơn", "x", 1.5)
	f.Add("value", "", "20x4", "31/10/2024", "approx", "có", 45596.0)
	f.Add("năm", "=1+1", "", "_x0041_", "\x00", "1", -1e308)
	f.Fuzz(func(t *testing.T, header, value, year, asOf, qualifier, estimate string, num float64) {
		wb := excelize.NewFile()
		defer wb.Close()
		row1 := []any{"Nguồn", "Đơn vị", "Mã chỉ tiêu", "Năm", "Loại số liệu", header, "Đơn vị tính", "Đến ngày", "Định tính", "Ước tính", "Giá trị tối đa"}
		row2 := []any{"a.txt", "Quận 1", "thu_ngan_sach", year, "Kế hoạch", value, "VND", asOf, qualifier, estimate, num}
		row3 := []any{"a.txt", "Quận 1", "thu_ngan_sach", num, "plan", num, "%", num, nil, nil, value}
		for i, r := range [][]any{row1, row2, row3} {
			if err := wb.SetSheetRow("Sheet1", "A"+string(rune('1'+i)), &r); err != nil {
				t.Skip(err) // excelize refuses the text (too long, bad number)
			}
		}
		var b bytes.Buffer
		if _, err := wb.WriteTo(&b); err != nil {
			t.Skip(err)
		}
		fs, ps := Read("f.xlsx", &b)
		var errs []error
		for _, p := range ps {
			errs = append(errs, p)
			if p.Line < 0 || p.Line > 3 {
				t.Errorf("problem at line %d of a 3-row sheet: %v", p.Line, p)
			}
		}
		checkResult(t, fs, errs)
	})
}
