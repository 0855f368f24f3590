package extract

import (
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/document"
)

// TestMisprinted: an amount larger than any unit of its level has is left
// out with a warning, and the ratio beside it kept; large amounts that
// real units do have are kept.
func TestMisprinted(t *testing.T) {
	ex := New(catalog.Default(), Options{})
	cases := []struct {
		text      string
		dropped   string // indicator left out, "" for none
		remaining int    // facts kept
	}{
		{"Năm 2024, thu ngân sách nhà nước trên địa bàn xã Tân Lập ước đạt 312.480 tỷ đồng, đạt 148% dự toán.", "thu_ngan_sach", 1},
		{"Năm 2023, tổng giá trị sản xuất của huyện Yên Mô ước đạt 6.250.300 tỷ đồng, tăng 9,2% so với năm 2022.", "gia_tri_san_xuat", 1},
		{"Năm 2024, thu ngân sách Nhà nước trên địa bàn Thành phố Hồ Chí Minh đạt 510.000 tỷ đồng, đạt 107% dự toán.", "", 2},
		{"Năm 2024, thu ngân sách trên địa bàn thị xã Nghi Sơn đạt 42.500 tỷ đồng, bằng 103% dự toán.", "", 2},
		{"Năm 2024, thu ngân sách nhà nước trên địa bàn xã Tân Lập đạt 45,6 tỷ đồng, bằng 121% dự toán huyện giao.", "", 2},
		// A bare "Thành phố" may be a centrally-run city: a province's bound.
		{"UBND Thành phố họp phiên thường kỳ. Năm 2022, tổng thu ngân sách trên địa bàn Thành phố 6 tháng ước đạt 187,4 nghìn tỷ đồng, bằng 51,3% dự toán.", "", 2},
		{"Phiên họp UBND Thành phố tháng 10/2021: thu ngân sách nhà nước 10 tháng của Thành phố ước đạt 204 ngàn tỷ đồng, đạt 78% dự toán.", "", 2},
		// A named district-level city keeps the district bound.
		{"Năm 2024, thu ngân sách trên địa bàn thành phố Bảo Lộc ước đạt 150 nghìn tỷ đồng, đạt 112% dự toán.", "thu_ngan_sach", 1},
	}
	for _, c := range cases {
		fs, notes := ex.Extract(document.Document{Name: "t.txt", Text: c.text})
		warned := false
		for _, n := range notes {
			warned = warned || strings.Contains(n.Error(), "misprint")
		}
		if warned != (c.dropped != "") {
			t.Errorf("%q: warned %v, notes %v", c.text, warned, notes)
		}
		for _, f := range fs {
			if f.Indicator == c.dropped && f.UOM == "VND" {
				t.Errorf("%q: kept the misprinted %s %v", c.text, f.Indicator, f.Value)
			}
		}
		if len(fs) != c.remaining {
			t.Errorf("%q: %d facts, want %d: %s", c.text, len(fs), c.remaining, encode(fs))
		}
	}
}
