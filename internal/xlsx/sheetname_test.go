package xlsx

import (
	"testing"
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/report"
)

func TestSheetNames(t *testing.T) {
	tests := []struct{ short, want string }{
		{"Q. Hoàng Mai", "Q. Hoàng Mai"},
		{"Thị xã", "Thị xã"},
		{"Ban Quản lý dự án", "Ban Quản lý dự án"},
		{"P. Đông/Tây: [mới]?*", "P. Đông-Tây- -mới---"},
		{"X. Thị trấn có tên rất rất dài vượt quá giới hạn ba mươi mốt", "X. Thị trấn có tên rất rất dài"},
		{"'Quận'", "Quận"},
		{"  ", "Đơn vị"},
		{"a\x01b", "ab"},
		{"History", "History (2)"},
	}
	for _, tt := range tests {
		got := NewSheetNamer().Name(tt.short)
		if got != tt.want {
			t.Errorf("sheet name of %q = %q, want %q", tt.short, got, tt.want)
		}
		if n := utf8.RuneCountInString(got); n > 31 {
			t.Errorf("sheet name %q has %d characters", got, n)
		}
	}
}

func TestSheetNamesUnique(t *testing.T) {
	n := NewSheetNamer(SheetSummary, SheetSources)
	long := "X. Có Một Cái Tên Dài Đến Mức Phải Cắt Bớt Đi"
	got := []string{
		n.Name("Q. Hoàng Mai"), n.Name("q. hoàng mai"), n.Name("Q. HOÀNG MAI"),
		n.Name(long), n.Name(long + " Nữa"),
		n.Name("Nguồn"), n.Name("tổng hợp"),
	}
	want := []string{"Q. Hoàng Mai", "q. hoàng mai (2)", "Q. HOÀNG MAI (3)",
		"X. Có Một Cái Tên Dài Đến Mức P", "X. Có Một Cái Tên Dài Đến M (2)", "Nguồn (2)", "tổng hợp (2)"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("name %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestUnitSheets(t *testing.T) {
	units := []*report.Unit{{Name: "Quận Nguồn", Short: "Nguồn"}, {Name: "Quận A", Short: "Q. A"}, {Name: "quận a", Short: "q. a"}}
	got := UnitSheets(&report.Report{Units: units})
	for i, want := range []string{"Nguồn (2)", "Q. A", "q. a (2)"} {
		if got[units[i]] != want {
			t.Errorf("unit %d: sheet %q, want %q", i, got[units[i]], want)
		}
	}
}
