package form

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// fodsForm is a form as a LibreOffice user makes it (a flat ODS, which
// the test has LibreOffice save as .xlsx): a merged title, a row repeated
// per indicator and a SUM under it, a total read from another sheet.
const fodsForm = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:body><office:spreadsheet>
  <table:table table:name="Mẫu">
   <table:table-row>
    <table:table-cell table:number-columns-spanned="4" office:value-type="string"><text:p>{{co_quan}} - BÁO CÁO NĂM {{nam}}</text:p></table:table-cell>
    <table:covered-table-cell table:number-columns-repeated="3"/>
   </table:table-row>
   <table:table-row>
    <table:table-cell office:value-type="string"><text:p>STT</text:p></table:table-cell>
    <table:table-cell office:value-type="string"><text:p>Chỉ tiêu</text:p></table:table-cell>
    <table:table-cell office:value-type="string"><text:p>Kế hoạch</text:p></table:table-cell>
    <table:table-cell office:value-type="string"><text:p>Thực hiện</text:p></table:table-cell>
   </table:table-row>
   <table:table-row>
    <table:table-cell office:value-type="string"><text:p>{{lap chi_tieu}}{{stt}}</text:p></table:table-cell>
    <table:table-cell office:value-type="string"><text:p>{{chi_tieu}}</text:p></table:table-cell>
    <table:table-cell office:value-type="string"><text:p>{{.plan}}</text:p></table:table-cell>
    <table:table-cell office:value-type="string"><text:p>{{.actual}}</text:p></table:table-cell>
   </table:table-row>
   <table:table-row>
    <table:table-cell/>
    <table:table-cell office:value-type="string"><text:p>Cộng</text:p></table:table-cell>
    <table:table-cell table:formula="of:=SUM([.C3:.C3])" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>
    <table:table-cell table:formula="of:=SUM([.D2:.D3])" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>
   </table:table-row>
  </table:table>
  <table:table table:name="Ghi chú">
   <table:table-row>
    <table:table-cell table:formula="of:=['Mẫu'.C4]" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>
   </table:table-row>
  </table:table>
 </office:spreadsheet></office:body>
</office:document>
`

// TestLibreOfficeForm fills a form saved by LibreOffice (its own XML
// style: shared strings, its styles, its cached values) and checks the
// values and the stretched SUM, read back by excelize and by LibreOffice.
func TestLibreOfficeForm(t *testing.T) {
	bin := soffice(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "mau.fods")
	if err := os.WriteFile(src, []byte(fodsForm), 0o644); err != nil {
		t.Fatal(err)
	}
	xl := convert(t, bin, src, t.TempDir(), "xlsx:Calc MS Excel 2007 XML")
	form, err := os.ReadFile(xl)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := fill(t, "mau.xlsx", form, seedReport(t, "ty"), Options{Year: 2024})
	checkValid(t, out)
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sh := "Q. Thanh Xuân"
	// --year 2024: only Thanh Xuân and the town have facts that year.
	if got := f.GetSheetList(); len(got) != 4 || got[0] != sh || got[2] != "Ghi chú" || got[3] != "Kiểm tra" {
		t.Fatalf("sheets %q", got)
	}
	rows, _ := f.GetRows(sh, excelize.Options{RawCellValue: true})
	if len(rows) < 3 || rows[0][0] != "UBND QUẬN THANH XUÂN - BÁO CÁO NĂM 2024" {
		t.Fatalf("rows %q", rows)
	}
	// Thanh Xuân 2024: the indicators with figures that year, in the
	// report's order; the SUM row follows them.
	n := 0
	for i := 2; i < len(rows) && len(rows[i]) > 0 && rows[i][0] != ""; i++ {
		n++
		if rows[i][0] != strconv.Itoa(n) {
			t.Errorf("row %d STT %q", i+1, rows[i][0])
		}
	}
	if n < 5 {
		t.Fatalf("%d indicator rows, want several: %q", n, rows)
	}
	total := 3 + n
	for col, want := range map[string]string{"C": "SUM(C3:C" + strconv.Itoa(2+n) + ")", "D": "SUM(D2:D" + strconv.Itoa(2+n) + ")"} {
		if got, _ := f.GetCellFormula(sh, col+strconv.Itoa(total)); got != want {
			t.Errorf("%s%d = %q, want %q", col, total, got, want)
		}
	}
	if got, _ := f.GetCellFormula("Ghi chú", "A1"); got != "'Q. Thanh Xuân'!C"+strconv.Itoa(total) && got != "'Q. Thanh Xuân'!C"+strconv.Itoa(total) {
		t.Errorf("Ghi chú!A1 = %q", got)
	}
	ms, _ := f.GetMergeCells(sh)
	if len(ms) != 1 || ms[0].GetStartAxis() != "A1" || ms[0].GetEndAxis() != "D1" {
		t.Errorf("merges %v", ms)
	}
	// LibreOffice computes the stretched SUM: the actual figures of the
	// block, whatever the money unit.
	in := filepath.Join(t.TempDir(), "filled.xlsx")
	if err := os.WriteFile(in, out, 0o644); err != nil {
		t.Fatal(err)
	}
	back, err := excelize.OpenFile(convert(t, bin, in, t.TempDir(), "xlsx:Calc MS Excel 2007 XML"))
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	// Thanh Xuân's figures to 31/10/2024 are text that says so, and the
	// SUM leaves them out: they are not the year's.
	sum, partYear := 0.0, 0
	for i := 2; i < 2+n; i++ {
		if len(rows[i]) > 3 && rows[i][3] != "" {
			v, err := strconv.ParseFloat(rows[i][3], 64)
			if err != nil {
				if !strings.HasSuffix(rows[i][3], "\n(đến 31/10/2024)") {
					t.Fatalf("D%d = %q, not a number", i+1, rows[i][3])
				}
				partYear++
				continue
			}
			sum += v
		}
	}
	if partYear == 0 {
		t.Errorf("no figure of part of the year marked in column D: %q", rows)
	}
	got, _ := back.GetCellValue(sh, "D"+strconv.Itoa(total), excelize.Options{RawCellValue: true})
	if v, err := strconv.ParseFloat(got, 64); err != nil || v < sum-1e-6 || v > sum+1e-6 || sum == 0 {
		t.Errorf("LibreOffice: D%d = %q, want %v", total, got, sum)
	}
}
