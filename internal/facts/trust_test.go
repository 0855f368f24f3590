package facts

import (
	"strings"
	"testing"
)

// Units of measure as people type them in a fact file are scaled to the
// contract's units, never left for the report to drop.
func TestDisplayUnitsAreScaled(t *testing.T) {
	cases := []struct {
		uom, kind, value string
		wantUOM          string
		want             float64
	}{
		{"tỷ đồng", "actual", "4.435,98", VND, 4435980000000},
		{"Tỷ Đồng", "plan", "1500", VND, 1500e9},
		{"tỉ  đồng", "plan", "2", VND, 2e9},
		{"triệu đồng", "actual", "346", VND, 346e6},
		{"Tr.đ", "actual", "346", VND, 346e6},
		{"nghìn đồng", "actual", "12", VND, 12000},
		{"ngàn đồng", "actual", "12", VND, 12000},
		{"nghìn tỷ đồng", "actual", "12,17", VND, 12170e9},
		{"đồng", "actual", "5000", VND, 5000},
		{"vnđ", "actual", "5000", VND, 5000},
		{"nghìn người", "actual", "3,5", People, 3500},
		{"Người", "actual", "35", People, 35},
		{"nghìn hộ", "actual", "1,2", House, 1200},
		{"phần trăm", "actual", "10,74", Percent, 10.74},
		{"chỉ tiêu", "actual", "18", Targets, 18},
		// A ratio stays a percentage whatever its row's unit says.
		{"tỷ đồng", "pct_of_plan", "105", VND, 105},
		// A unit chitieu does not know stays for the report to judge.
		{"ha", "actual", "12", "ha", 12},
	}
	for _, c := range cases {
		in := "source,unit,indicator,year,kind,value,uom\n" +
			"a.txt,Quận Hoàng Mai,thu_ngan_sach,2024," + c.kind + ",\"" + c.value + "\"," + c.uom + "\n"
		fs, errs := ReadCSV("f.csv", strings.NewReader(in))
		if errs != nil || len(fs) != 1 {
			t.Errorf("%s: %v", c.uom, errs)
			continue
		}
		if fs[0].UOM != c.wantUOM || fs[0].Value != c.want {
			t.Errorf("%s %s: got %v %q, want %v %q", c.value, c.uom, fs[0].Value, fs[0].UOM, c.want, c.wantUOM)
		}
	}
	// JSON Lines too, value_max scaled with the value.
	fs, errs := ReadJSONL("f.jsonl", strings.NewReader(
		`{"source":"a","unit":"u","indicator":"thu_ngan_sach","year":2024,"kind":"plan","value":1300,"value_max":1400,"uom":"tỷ đồng"}`+"\n"))
	if errs != nil || len(fs) != 1 || fs[0].Value != 1300e9 || *fs[0].ValueMax != 1400e9 || fs[0].UOM != VND {
		t.Errorf("JSONL: %+v %v", fs, errs)
	}
}

// Figures no report can hold, or that cannot be what they say, are an
// error at their line; the rest of the file is still read.
func TestOutOfRangeIsAnErrorAtItsLine(t *testing.T) {
	cases := []struct{ kind, value, uom, want string }{
		{"actual", "200000000000000000", "VND", "value 2e+17 is out of range"},
		{"actual", "-5", "tỷ đồng", "value -5e+09 is out of range: a actual figure in VND lies between 0 and 1e+17"},
		{"plan", "-12", "người", "value -12 is out of range"},
		{"actual", "-1", "hộ", "value -1 is out of range"},
		{"actual", "1500", "%", "value 1500 is out of range"},
		{"pct_of_plan", "1200", "%", "value 1200 is out of range"},
		{"pct_of_prev", "-3", "%", "value -3 is out of range"},
		{"change_vs_prev", "-1001", "%", "value -1001 is out of range"},
		{"actual", "20000000000000000", "ha", "value 2e+16 is out of range"},
	}
	for _, c := range cases {
		in := "source,unit,indicator,year,kind,value,uom\n" +
			"a.txt,Quận Hoàng Mai,x,2024,actual,1,VND\n" +
			"a.txt,Quận Hoàng Mai,x,2024," + c.kind + "," + c.value + "," + c.uom + "\n"
		fs, errs := ReadCSV("f.csv", strings.NewReader(in))
		if len(fs) != 1 || len(errs) != 1 || errs.Err() == nil {
			t.Errorf("%s %s: facts %d, problems %v", c.value, c.uom, len(fs), errs)
			continue
		}
		if got := errs[0].Error(); !strings.HasPrefix(got, "f.csv:3: "+c.want) {
			t.Errorf("%s %s: got %q, want prefix %q", c.value, c.uom, got, "f.csv:3: "+c.want)
		}
	}
	// Negative changes and growth rates are figures, not mistakes.
	for _, c := range []struct{ kind, value string }{{"change_vs_prev", "-3"}, {"actual", "-2,5"}} {
		in := "source,unit,indicator,year,kind,value,uom\na.txt,u,tang_truong_kinh_te,2024," + c.kind + "," + c.value + ",%\n"
		if fs, errs := ReadCSV("f.csv", strings.NewReader(in)); errs != nil || len(fs) != 1 {
			t.Errorf("%s %s: %v", c.kind, c.value, errs)
		}
	}
	_, errs := ReadJSONL("f.jsonl", strings.NewReader(
		`{"source":"a","unit":"u","indicator":"x","year":2024,"kind":"plan","value":1,"value_max":-4,"uom":"VND"}`+"\n"+
			`{"source":"a","unit":"u","indicator":"x","year":2024,"kind":"actual","value":1e200,"uom":"VND"}`+"\n"))
	if len(errs) != 2 || !strings.HasPrefix(errs[0].Error(), "f.jsonl:1: value_max -4 is out of range") ||
		!strings.HasPrefix(errs[1].Error(), "f.jsonl:2: value 1e+200 is out of range") {
		t.Errorf("JSONL: %v", errs)
	}
}

// Bad bytes in a JSON Lines file are an error naming the field and line,
// not a unit "Ho�ng Mai" of its own.
func TestJSONLInvalidUTF8(t *testing.T) {
	bad := "{\"source\":\"a.txt\",\"unit\":\"Qu\xe1\xba\xadn Ho\xe0ng Mai\",\"indicator\":\"thu_ngan_sach\",\"year\":2024,\"kind\":\"actual\",\"value\":1,\"uom\":\"VND\"}"
	badCode := "{\"source\":\"a.txt\",\"unit\":\"u\",\"indicator\":\"thu\xff\",\"year\":2024,\"kind\":\"actual\",\"value\":1,\"uom\":\"VND\"}"
	fs, errs := ReadJSONL("f.jsonl", strings.NewReader(good+"\n"+bad+"\n"+badCode+"\n"))
	if len(fs) != 1 || len(errs) != 2 {
		t.Fatalf("facts %d, problems %v", len(fs), errs)
	}
	for i, want := range []string{"f.jsonl:2: field unit is not valid UTF-8", "f.jsonl:3: field indicator is not valid UTF-8"} {
		if !strings.HasPrefix(errs[i].Error(), want) {
			t.Errorf("got %q, want prefix %q", errs[i].Error(), want)
		}
	}
}
