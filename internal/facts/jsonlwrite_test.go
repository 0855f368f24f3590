package facts

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
)

// TestAppendJSON checks that WriteJSONL writes what a json.Encoder (HTML
// escaping off) writes, byte for byte, for text that needs escaping and
// for values at the edges of the formats; each text comes in two facts in
// a row, as the facts of a sentence do.
func TestAppendJSON(t *testing.T) {
	vmax := 12.5
	big, tiny := 1e21, 1e-7
	texts := []string{
		"", "Quận Hoàng Mai", `đạt "4.435,98" tỷ`, `a\b`, "tab\there", "line\nend\r", "\x00\x1f\x7f",
		"<b>&amp;</b>", "bad \xff byte", "cut \xe1\xbb", "sep\u2028par", "par\u2029sep", "\u2027\u202a ok", "emoji 😀",
		"overlong \xc0\xaf \xe0\x80\x80", "surrogate \xed\xa0\x80", "replacement \ufffd", "last \xf4\x90\x80\x80", "Đà Nẵng \xe1\xbb\x9d\xe1",
	}
	values := []float64{0, -0.0, 1, -3.5, 4435980000000, 123456789012345678, 1e20, 1e21, 1e-6, 9.99e-7, 1e-7, 1.5e-10, -2e22, 0.1 + 0.2, math.MaxFloat64, math.SmallestNonzeroFloat64}
	var fs []Fact
	for i, s := range texts {
		f := Fact{Source: s, Unit: "Huyện " + s, Indicator: "thu_ngan_sach", Year: 2020 + i, Kind: Kind(s), Value: values[i%len(values)], UOM: s, Evidence: s}
		if i%2 == 0 {
			f.Estimate, f.Qualifier, f.ValueMax, f.AsOf = true, s+"x", &vmax, "2024-"+s
		}
		fs = append(fs, f, f)
	}
	for i, v := range values {
		f := Fact{Source: "a.txt", Year: -i, Value: v, ValueMax: &values[len(values)-1-i]}
		fs = append(fs, f, Fact{Value: -v, ValueMax: &big}, Fact{ValueMax: &tiny})
	}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	for i := range fs {
		if err := enc.Encode(&fs[i]); err != nil {
			t.Fatal(err)
		}
	}
	var got bytes.Buffer
	if err := WriteJSONL(&got, fs); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		g, w := bytes.Split(got.Bytes(), []byte("\n")), bytes.Split(want.Bytes(), []byte("\n"))
		for i := range min(len(g), len(w)) {
			if !bytes.Equal(g[i], w[i]) {
				t.Fatalf("line %d:\ngot  %s\nwant %s", i+1, g[i], w[i])
			}
		}
		t.Fatalf("got %d lines, want %d", len(g), len(w))
	}
	for _, v := range []float64{math.NaN(), math.Inf(1)} {
		for _, f := range []Fact{{Value: v}, {ValueMax: &v}} {
			err := WriteJSONL(&got, []Fact{f})
			wantErr := json.NewEncoder(&want).Encode(f)
			if err == nil || wantErr == nil || err.Error() != wantErr.Error() {
				t.Errorf("%v: error %v, want %v", v, err, wantErr)
			}
		}
	}
}
