package unitname

import (
	"strings"
	"testing"
)

func TestDistrictsData(t *testing.T) {
	n := 0
	levels := map[string]bool{"Quận": true, "Huyện": true, "Thị xã": true, "Thành phố": true}
	for line := range strings.SplitSeq(districtsTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[2] == "" || !levels[f[1]] {
			t.Errorf("bad line %q", line)
			continue
		}
		if Provinces[f[0]] == "" {
			t.Errorf("%q: province %q is not in Provinces", line, f[0])
		}
		n++
	}
	if n != 705 {
		t.Errorf("%d district-level units, want the 705 of the source", n)
	}
}

func TestDistrictIn(t *testing.T) {
	cases := []struct {
		province, name, want string
	}{
		{"Quảng Nam", "Hội An", "Thành phố Hội An"},
		{"Quảng Nam", "Điện Bàn", "Thị xã Điện Bàn"},
		{"Quảng Nam", "đại lộc", "Huyện Đại Lộc"},
		{"", "Điện Bàn", "Thị xã Điện Bàn"}, // one in the country
		{"Đà Nẵng", "Cẩm Lệ", "Quận Cẩm Lệ"},
		{"Phú Yên", "Tuy Hòa", "Thành phố Tuy Hòa"},
		{"Long An", "Châu Thành", "Huyện Châu Thành"}, // one in the province
		{"", "Châu Thành", ""},                        // in ten provinces
		{"Quảng Nam", "Cẩm Lệ", ""},                   // another province's
		{"", "Quảng Nam", ""},                         // a province, no district
	}
	for _, c := range cases {
		d, ok := DistrictIn(c.province, c.name)
		if got := d.Level + " " + d.Name; ok != (c.want != "") || ok && got != c.want {
			t.Errorf("DistrictIn(%q, %q) = %q, %v; want %q", c.province, c.name, got, ok, c.want)
		}
	}
	if n := len(DistrictsNamed("Châu Thành")); n < 2 {
		t.Errorf("Châu Thành: %d districts", n)
	}
}

// BenchmarkLoadDistricts is the one-time cost of the gazetteer, paid on
// the first lookup (not at start-up).
func BenchmarkLoadDistricts(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		loadDistricts()
	}
}
