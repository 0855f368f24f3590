package catalog

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDefaultHasTheSpecCatalog(t *testing.T) {
	c := Default()
	want := map[string]string{
		"tang_truong_kinh_te": "%", "gia_tri_san_xuat": "VND", "tong_muc_ban_le": "VND",
		"ty_trong_dich_vu": "%", "thu_ngan_sach": "VND", "chi_ngan_sach": "VND",
		"von_dau_tu": "VND", "giai_ngan_dau_tu": "VND", "chi_tieu_hoan_thanh": "chỉ tiêu",
		"viec_lam_moi": "người", "ho_thoat_ngheo": "hộ", "ty_le_ho_ngheo": "%",
		"ho_can_ngheo": "hộ", "ty_le_bhyt": "%", "ty_le_gia_dinh_van_hoa": "%",
		"ty_le_khu_dan_cu_van_hoa": "%", "dang_vien_moi": "người",
	}
	if len(c.Indicators) != len(want) {
		t.Errorf("catalog has %d indicators, spec has %d", len(c.Indicators), len(want))
	}
	for code, uom := range want {
		ind, ok := c.Lookup(code)
		if !ok {
			t.Errorf("missing %s", code)
			continue
		}
		if ind.UOM != uom {
			t.Errorf("%s: uom %q, want %q", code, ind.UOM, uom)
		}
		if c.SectionName(ind.Section) == "" || ind.Name == "" {
			t.Errorf("%s: no name or section", code)
		}
		if ind.UOM == "%" && ind.Sum {
			t.Errorf("%s: percentages must never be summed", code)
		}
	}
}

func TestLoadExtends(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "c.json")
	os.WriteFile(p, []byte(`{"indicators":[
		{"code":"so_doanh_nghiep","name":"Số doanh nghiệp thành lập mới","uom":"doanh nghiệp","section":"kinh_te","cues":["Doanh nghiệp thành lập mới"]},
		{"code":"thu_ngan_sach","name":"Thu NSNN","uom":"VND","section":"ngan_sach","sum":true}]}`), 0o644)
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	ind, ok := c.Lookup("so_doanh_nghiep")
	if !ok || ind.Cues[0] != "doanh nghiệp thành lập mới" {
		t.Fatalf("user indicator not added or cue not lower-cased: %+v", ind)
	}
	if c.Order("so_doanh_nghiep") >= c.Order("thu_ngan_sach") {
		t.Error("a new indicator goes at the end of its own section, before later sections")
	}
	if got, _ := c.Lookup("thu_ngan_sach"); got.Name != "Thu NSNN" {
		t.Errorf("override not applied: %q", got.Name)
	}
	if c.Order("nope") != len(c.Indicators) {
		t.Error("unknown codes sort last")
	}
	if _, err := Load(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file must fail")
	}
	os.WriteFile(p, []byte(`{"indicators":[{"name":"x"}]}`), 0o644)
	if _, err := Load(p); err == nil {
		t.Error("indicator without code must fail")
	}
}
