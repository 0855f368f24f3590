package facts

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/testcorpus"
)

const good = `{"source": "a.txt", "unit": "Quận Hoàng Mai", "indicator": "thu_ngan_sach", "year": 2022, "kind": "plan", "value": 4435980000000, "uom": "VND", "evidence": "(4.435,98 tỷ đồng)"}`

func TestReadJSONLGood(t *testing.T) {
	in := "\ufeff" + good + "\n\n" +
		`{"source":"a.txt","unit":"Thị xã","indicator":"tang_truong_kinh_te","year":2024,"kind":"plan","value":22,"uom":"%","estimate":true,"qualifier":"over","value_max":23.5,"as_of":"2024-10-31"}` + "\n"
	fs, errs := ReadJSONL("f.jsonl", strings.NewReader(in))
	if errs != nil {
		t.Fatalf("unexpected problems: %v", errs)
	}
	if len(fs) != 2 {
		t.Fatalf("got %d facts", len(fs))
	}
	if fs[0].Value != 4435980000000 || fs[0].Kind != Plan || fs[0].Origin != "f.jsonl:1" {
		t.Errorf("first fact: %+v", fs[0])
	}
	if f := fs[1]; !f.Estimate || f.Qualifier != Over || f.ValueMax == nil || *f.ValueMax != 23.5 || f.AsOf != "2024-10-31" || f.Origin != "f.jsonl:3" {
		t.Errorf("second fact: %+v", f)
	}
}

func TestReadJSONLProblems(t *testing.T) {
	cases := []struct {
		line string
		want string // English message after "f.jsonl:2: "
	}{
		{`not json`, "not a JSON object"},
		{`[1,2]`, "not a JSON object: not an object"},
		{`{"source":"a","unit":"u","indicator":"x","year":2022,"kind":"plan","uom":"VND"}`, "missing field value"},
		{`{"source":"a","unit":"u","indicator":"x","year":"năm 2022","kind":"plan","value":1,"uom":"VND"}`, "field year must be a number"},
		{`{"source":"a","unit":"u","indicator":"x","year":2022.5,"kind":"plan","value":1,"uom":"VND"}`, "year \"2022.5\" is not a whole number"},
		{`{"source":"a","unit":"u","indicator":"x","year":2022,"kind":"guess","value":1,"uom":"VND"}`, "unknown kind \"guess\""},
		{`{"source":"a","unit":"u","indicator":"x","year":2022,"kind":"plan","value":"abc","uom":"VND"}`, "field value must be a number"},
		{`{"source":"a","unit":"u","indicator":"x","year":2022,"kind":"plan","value":1,"uom":"VND","qualifier":"many"}`, "unknown qualifier"},
		{`{"source":"a","unit":"u","indicator":"x","year":2022,"kind":"plan","value":1,"uom":"VND","as_of":"31/10/2024"}`, "as_of \"31/10/2024\" is not a date"},
		{`{"source":"a","unit":"","indicator":"x","year":2022,"kind":"plan","value":1,"uom":"VND"}`, "missing field unit"},
		{`{"source":"a","unit":"u","indicator":"x","year":2022,"kind":"plan","value":1,"uom":"VND","estimate":"yes"}`, "field estimate must be true or false"},
	}
	for _, c := range cases {
		fs, errs := ReadJSONL("f.jsonl", strings.NewReader(good+"\n"+c.line+"\n"))
		if len(fs) != 1 {
			t.Errorf("%s: the good line must still be read, got %d facts", c.line, len(fs))
		}
		if len(errs) == 0 {
			t.Errorf("%s: no problem reported", c.line)
			continue
		}
		if got := errs[0].Error(); !strings.HasPrefix(got, "f.jsonl:2: "+c.want) {
			t.Errorf("%s:\n got  %s\n want f.jsonl:2: %s…", c.line, got, c.want)
		}
	}
}

func TestReadJSONLReportsEveryBadLine(t *testing.T) {
	in := "x\n" + good + "\n{}\n"
	_, errs := ReadJSONL("f.jsonl", strings.NewReader(in))
	lines := map[int]bool{}
	for _, p := range errs {
		lines[p.Line] = true
	}
	if !lines[1] || !lines[3] || lines[2] {
		t.Errorf("want problems on lines 1 and 3 only: %v", errs)
	}
}

func TestReadJSONLVietnamese(t *testing.T) {
	_, errs := ReadJSONL("f.jsonl", strings.NewReader(`{"source":"a","unit":"u","indicator":"x","year":2022,"kind":"plan","uom":"VND"}`))
	got := errs[0].Message(diag.Printer(language.Vietnamese))
	if got != "f.jsonl:1: thiếu trường value" {
		t.Errorf("got %q", got)
	}
}

func TestReadJSONLNormalizesNFC(t *testing.T) {
	nfd := norm.NFD.String(good)
	fs, errs := ReadJSONL("f", strings.NewReader(nfd))
	if errs != nil || fs[0].Unit != "Quận Hoàng Mai" {
		t.Errorf("NFD input not normalised: %q %v", fs[0].Unit, errs)
	}
}

// Texts a file repeats are read once and shared by its facts, whether
// written plainly, with escapes or decomposed; values read the same
// whichever way they are written.
func TestReadJSONLSharesTexts(t *testing.T) {
	in := `{"source":"a.txt","unit":"Quận Hoàng Mai","indicator":"thu_ngan_sach","year":2024,"kind":"actual","value":1.5e12,"uom":"VND","evidence":"thu 1.500 tỷ"}
{"source":"a.txt","unit":"Qu\u1eadn Ho\u00e0ng Mai","indicator":"thu_ngan_sach","year":2024,"kind":"plan","value":"1.400.000.000.000","uom":"VND","evidence":"thu 1.500 tỷ"}
` + norm.NFD.String(`{"source":"a.txt","unit":"Quận Hoàng Mai","indicator":"thu_ngan_sach","year":2023,"kind":"actual","value":-0,"uom":"VND"}`)
	fs, errs := ReadJSONL("f.jsonl", strings.NewReader(in))
	if errs != nil || len(fs) != 3 {
		t.Fatalf("%v %v", fs, errs)
	}
	for _, f := range fs[1:] {
		if f.Unit != "Quận Hoàng Mai" || unsafe.StringData(f.Unit) != unsafe.StringData(fs[0].Unit) || unsafe.StringData(f.Source) != unsafe.StringData(fs[0].Source) {
			t.Errorf("unit %q not shared", f.Unit)
		}
	}
	if unsafe.StringData(fs[1].Evidence) != unsafe.StringData(fs[0].Evidence) {
		t.Error("the sentence is read twice")
	}
	if fs[0].Value != 1.5e12 || fs[1].Value != 1.4e12 || fs[2].Value != 0 {
		t.Errorf("values %v %v %v", fs[0].Value, fs[1].Value, fs[2].Value)
	}
	cs, errs := ReadCSV("f.csv", strings.NewReader("source,unit,indicator,year,kind,value,uom\na.txt,Quận Hoàng Mai,thu_ngan_sach,2024,actual,1500,tỷ đồng\na.txt,Quận Hoàng Mai,thu_ngan_sach,2024,plan,1400,tỷ đồng\n"))
	if errs != nil || len(cs) != 2 || unsafe.StringData(cs[0].Unit) != unsafe.StringData(cs[1].Unit) {
		t.Errorf("CSV texts not shared: %v %v", cs, errs)
	}
	_, errs = ReadJSONL("f.jsonl", strings.NewReader(`{"source":"a","unit":"u","indicator":"x","year":2022,"kind":"plan","value":1e999,"uom":"VND"}`))
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "must be a number") {
		t.Errorf("1e999: %v", errs)
	}
}

func TestParseNumber(t *testing.T) {
	cases := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"4435.98", 4435.98, true},
		{"4.435,98", 4435.98, true},
		{"1.651.346", 1651346, true},
		{"1.651", 1651, true},
		{"0.125", 0.125, true},
		{"10,74", 10.74, true},
		{"1,651,346.5", 1651346.5, true},
		{"-3", -3, true},
		{" 18 ", 18, true},
		{"1 651 346", 1651346, true},
		{"1651346000000", 1651346000000, true},
		{"12.5", 12.5, true},
		{"", 0, false},
		{"abc", 0, false},
		{"1e9", 0, false},
		{"NaN", 0, false},
		{"Inf", 0, false},
		{"1,2,3.4.5", 0, false},
	}
	for _, c := range cases {
		got, err := ParseNumber(c.in)
		if (err == nil) != c.ok || (c.ok && got != c.want) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}

func TestCSVRoundTrip(t *testing.T) {
	max := 16.0
	in := []Fact{
		{Source: "a.txt", Unit: "Quận Hải Châu", Indicator: "tong_muc_ban_le", Year: 2019, Kind: ChangeVsPrev, Value: 15, ValueMax: &max, UOM: "%", Evidence: "tăng 15-16% so với năm 2018"},
		{Source: "b.txt", Unit: "Thị xã", Indicator: "thu_ngan_sach", Year: 2024, Kind: Plan, Value: 1e12, UOM: "VND", Estimate: true, Qualifier: Approx, AsOf: "2024-10-31", Evidence: "=HYPERLINK(\"x\"), \"quoted\"; semi"},
		{Source: "c.txt", Unit: "Huyện", Indicator: "ty_le_ho_ngheo", Year: 2017, Kind: Actual, Value: 0.77, UOM: "%", Evidence: "-giảm còn 0,77%"},
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, in); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "\ufeffsource,unit,") {
		t.Errorf("no BOM + English header: %q", out[:20])
	}
	if strings.Contains(out, ",=HYPERLINK") || strings.Contains(out, "\"=HYPERLINK") || strings.Contains(out, ",-giảm") {
		t.Errorf("formula-like text not protected:\n%s", out)
	}
	got, errs := ReadCSV("f.csv", strings.NewReader(out))
	if errs != nil {
		t.Fatal(errs)
	}
	for i := range got {
		got[i].Origin = ""
	}
	if !reflect.DeepEqual(got, in) {
		t.Errorf("round trip:\n got  %+v\n want %+v", got, in)
	}
}

func TestReadCSVExcelVietnamese(t *testing.T) {
	// What Excel on a Vietnamese PC saves: ';' delimiter, decimal commas,
	// Vietnamese titles, columns in another order, CRLF.
	in := "Đơn vị;Năm;Mã chỉ tiêu;Loại số liệu;Giá trị;Đơn vị tính;Nguồn;Ghi chú riêng\r\n" +
		"Quận Hoàng Mai;2022;thu_ngan_sach;Kế hoạch;4.435.980.000.000;VND;a.txt;x\r\n" +
		"Quận Hoàng Mai;2023;tang_truong_kinh_te;Thực hiện;10,74;%;a.txt;\r\n" +
		";;;;;;;\r\n"
	got, errs := ReadCSV("f.csv", strings.NewReader(in))
	if errs != nil {
		t.Fatal(errs)
	}
	if len(got) != 2 || got[0].Value != 4435980000000 || got[1].Value != 10.74 || got[1].Kind != Actual || got[0].Origin != "f.csv:2" {
		t.Errorf("got %+v", got)
	}
}

func TestReadCSVProblems(t *testing.T) {
	in := "sep=,\nsource,unit,indicator,year,kind,value,uom\n" +
		"a,u,x,2022,plan,1,VND\n" +
		"a,u,x,năm,plan,1,VND\n" +
		"a,u,x,2022,plan,abc,VND\n" +
		"a,u,x,2022,plan,\"1,5\n"
	got, errs := ReadCSV("f.csv", strings.NewReader(in))
	if len(got) != 1 {
		t.Errorf("want the 1 good row, got %d", len(got))
	}
	want := []string{"f.csv:4: year \"năm\"", "f.csv:5: value \"abc\"", "f.csv:6: bad CSV"}
	if len(errs) != len(want) {
		t.Fatalf("problems: %v", errs)
	}
	for i, w := range want {
		if !strings.HasPrefix(errs[i].Error(), w) {
			t.Errorf("problem %d: got %q want prefix %q", i, errs[i].Error(), w)
		}
	}
	_, errs = ReadCSV("g.csv", strings.NewReader("source,unit,year\n"))
	if len(errs) != 4 || !strings.Contains(errs[0].Error(), "g.csv:1: the header has no column indicator") {
		t.Errorf("missing columns: %v", errs)
	}
	_, errs = ReadCSV("e.csv", strings.NewReader(""))
	if len(errs) != 1 || errs[0].Error() != "e.csv: the file is empty" {
		t.Errorf("empty: %v", errs)
	}
}

func TestSeedGoldReads(t *testing.T) {
	p := filepath.Join(sharedDir(t), "corpus", "seeds", "gold.jsonl")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fs, errs := ReadJSONL("gold.jsonl", f)
	if errs != nil {
		t.Fatal(errs)
	}
	if len(fs) < 40 {
		t.Errorf("only %d facts", len(fs))
	}
	var js bytes.Buffer
	WriteJSONL(&js, fs)
	back, errs := ReadJSONL("again", &js)
	if errs != nil || len(back) != len(fs) {
		t.Fatalf("JSONL round trip: %d facts, %v", len(back), errs)
	}
}

// sharedDir is the shared material's folder (see testcorpus.Dir).
func sharedDir(t *testing.T) string {
	t.Helper()
	return testcorpus.Dir(t)
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte(`{"source":"a","unit":"u","indicator":"x","year":2022,"kind":"plan","value":"1,5","uom":"VND","value_max":null}`))
	f.Add([]byte("\ufeff{}\n[]\nnull\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fs, _ := ReadJSONL("fuzz", bytes.NewReader(data))
		for _, x := range fs {
			if len(x.Check()) != 0 {
				t.Fatalf("returned an invalid fact: %+v", x)
			}
		}
	})
}

func FuzzReadCSV(f *testing.F) {
	f.Add("source,unit,indicator,year,kind,value,uom\na,u,x,2022,plan,1,VND\n")
	f.Add("sep=;\nNguồn;Đơn vị;Mã chỉ tiêu;Năm;Loại số liệu;Giá trị;Đơn vị tính\na;u;x;2022;Kế hoạch;4.435,98;VND\n")
	f.Add("\ufeffsource,unit\n\"a")
	f.Fuzz(func(t *testing.T, data string) {
		fs, _ := ReadCSV("fuzz", strings.NewReader(data))
		for _, x := range fs {
			if len(x.Check()) != 0 {
				t.Fatalf("returned an invalid fact: %+v", x)
			}
		}
	})
}
