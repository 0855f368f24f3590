package unitname

import "testing"

func TestSplit(t *testing.T) {
	cases := []struct {
		name, word, locality string
		ok                   bool
	}{
		{"Quận Hoàng Mai", "Quận", "Hoàng Mai", true},
		{"thị xã Quảng Yên", "Thị xã", "Quảng Yên", true},
		{"THÀNH PHỐ Thủ Đức", "Thành phố", "Thủ Đức", true},
		{"Thị trấn", "Thị trấn", "", true},
		{"Đặc khu Phú Quốc", "Đặc khu", "Phú Quốc", true},
		{"Quận 1", "Quận", "1", true},
		{"Quậnx", "", "Quậnx", false},
		{"Hà Nội", "", "Hà Nội", false},
		{"", "", "", false},
	}
	for _, c := range cases {
		lv, loc, ok := Split(c.name)
		if lv.Word != c.word || loc != c.locality || ok != c.ok {
			t.Errorf("Split(%q) = %q %q %v; want %q %q %v", c.name, lv.Word, loc, ok, c.word, c.locality, c.ok)
		}
	}
}

func TestIsBare(t *testing.T) {
	for _, u := range []string{"", "  ", "Thị xã", "thị xã", "QUẬN", " Huyện ", "Đặc khu", "chưa rõ đơn vị", Unknown} {
		if !IsBare(u) {
			t.Errorf("IsBare(%q) = false", u)
		}
	}
	for _, u := range []string{"Thị xã Quảng Yên", "Quận 1", "Hà Nội", "Thị"} {
		if IsBare(u) {
			t.Errorf("IsBare(%q) = true", u)
		}
	}
}

// TestLongestFirst keeps the order Levels promises: no word is preceded by
// a shorter one.
func TestLongestFirst(t *testing.T) {
	for i := 1; i < len(Levels); i++ {
		if len(Levels[i].Word) > len(Levels[i-1].Word) {
			t.Errorf("%q comes after the shorter %q", Levels[i].Word, Levels[i-1].Word)
		}
	}
}

func TestProvinces(t *testing.T) {
	if n := len(Provinces); n != 64 {
		t.Errorf("%d provinces and central cities, want 58 + 6", n)
	}
	for name, lv := range Provinces {
		if lv != "Tỉnh" && lv != "Thành phố" {
			t.Errorf("%s: level %q", name, lv)
		}
		if Key(name) == "" {
			t.Errorf("%q has no key", name)
		}
	}
}

func TestTierOf(t *testing.T) {
	cases := map[string]Tier{
		"Thành phố Hà Nội": Province, "Tỉnh Nghệ An": Province, "Thành phố Huế": Province,
		"Thành phố Vinh": District, "Thành phố Bắc Ninh": District, "Thị xã Hương Trà": District, "Quận 12": District,
		"Phường Bến Nghé": Commune, "Xã Tân Lập": Commune, "Thị trấn Mỹ Lộc": Commune,
		"Đặc khu Côn Đảo": Commune, "đặc khu Vân Đồn": Commune,
	}
	for name, want := range cases {
		if got, ok := TierOf(name); !ok || got != want {
			t.Errorf("TierOf(%q) = %v, %v; want %v", name, got, ok, want)
		}
	}
	if _, ok := TierOf("Chưa rõ đơn vị"); ok {
		t.Error("a name without a level word has a tier")
	}
}
