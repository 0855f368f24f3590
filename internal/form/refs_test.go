package form

import "testing"

func TestRewriteFormula(t *testing.T) {
	tests := []struct {
		name, f string
		fn      refFunc
		want    string
	}{
		{"insert below", "SUM(D10:D12)+D5", insertFn("S", "S", 11, 3), "SUM(D10:D15)+D5"},
		{"insert absolute", "$D$12/$D$9", insertFn("S", "S", 11, 3), "$D$15/$D$9"},
		{"insert other sheet untouched", "Khác!D12+D12", insertFn("S", "S", 11, 1), "Khác!D12+D13"},
		{"insert qualified self", "'S'!D12+s!D12", insertFn("S", "S", 11, 1), "'S'!D13+s!D13"},
		{"insert from another host", "'Q. A'!C20", insertFn("Tổng", "Q. A", 11, 2), "'Q. A'!C22"},
		{"strings kept", `IF(D12="D12 (tỷ)",D12,"")`, insertFn("S", "S", 11, 1), `IF(D13="D12 (tỷ)",D13,"")`},
		{"functions are not refs", "LOG10(A12)+_xlfn.IFERROR(A12,0)", insertFn("S", "S", 1, 1), "LOG10(A13)+_xlfn.IFERROR(A13,0)"},
		{"names kept", "Thue2024*A1+TRUE", insertFn("S", "S", 1, 1), "Thue2024*A2+TRUE"},
		{"whole rows and columns", "SUM(3:5)+SUM(B:B)", insertFn("S", "S", 4, 2), "SUM(3:7)+SUM(B:B)"},
		{"numbers", "1.5E+3*A10+10", insertFn("S", "S", 1, 1), "1.5E+3*A11+10"},
		{"errors", "#REF!+#N/A+A1", insertFn("S", "S", 1, 1), "#REF!+#N/A+A2"},
		{"structured refs", "SUM(Bang1[Giá trị])+A1", insertFn("S", "S", 1, 1), "SUM(Bang1[Giá trị])+A2"},
		{"external", "[1]S!A1+A1", insertFn("S", "S", 1, 1), "[1]S!A1+A2"},
		{"stretch", "SUM(E12:E12)", stretchFn("S", "S", 12, 12, 4), "SUM(E12:E16)"},
		{"stretch from above", "SUM(E9:E12)/E12", stretchFn("S", "S", 12, 12, 4), "SUM(E9:E16)/E12"},
		{"no stretch inside", "SUM(E12:E14)", stretchFn("S", "S", 12, 12, 4), "SUM(E12:E14)"},
		{"move", "E12/D12*100+$B$3+D$2", moveFn(2, 0), "E14/D14*100+$B$3+D$2"},
		{"move off the sheet", "A1+B2", moveFn(-1, 0), "#REF!+B1"},
		{"move columns", "A1+$A1", moveFn(0, 2), "C1+$A1"},
		{"unicode sheet", "Tổng!B2", insertFn("X", "Tổng", 1, 1), "Tổng!B3"},
		{"cell-like name with paren", "ABS(A3)", insertFn("S", "S", 1, 1), "ABS(A4)"},
		{"space operator", "A1 B2", insertFn("S", "S", 1, 1), "A2 B3"},
	}
	for _, tt := range tests {
		if got := rewriteFormula(tt.f, tt.fn); got != tt.want {
			t.Errorf("%s: %q → %q, want %q", tt.name, tt.f, got, tt.want)
		}
	}
}

func TestRenameFormula(t *testing.T) {
	tests := []struct{ f, want string }{
		{"'Biểu 01'!C5+C5", "'Q. A''s'!C5+C5"},
		{"biểu 01!C5", "biểu 01!C5"}, // not a valid reference to a spaced name
		{`"'Biểu 01'!C5"&'Biểu 01'!$A$1`, `"'Biểu 01'!C5"&'Q. A''s'!$A$1`},
		{"Khác!A1", "Khác!A1"},
	}
	for _, tt := range tests {
		if got := renameFormula(tt.f, "Biểu 01", "Q. A's"); got != tt.want {
			t.Errorf("%q → %q, want %q", tt.f, got, tt.want)
		}
	}
	if got := renameFormula("Bieu!A1+BIEU!B2", "Bieu", "X"); got != "'X'!A1+'X'!B2" {
		t.Errorf("unquoted: %q", got)
	}
}

func TestRewriteSqref(t *testing.T) {
	tests := []struct {
		s    string
		fn   refFunc
		want string
	}{
		{"A1:C3 E12", insertFn("S", "S", 2, 2), "A1:C5 E14"},
		{"D12:F12", stretchFn("S", "S", 12, 12, 3), "D12:F15"},
		{"B2", moveFn(-5, 0), ""},
		{"A1 junk", insertFn("S", "S", 1, 1), "A2 junk"},
	}
	for _, tt := range tests {
		if got := rewriteSqref(tt.s, tt.fn); got != tt.want {
			t.Errorf("%q → %q, want %q", tt.s, got, tt.want)
		}
	}
}

func FuzzRewriteFormula(f *testing.F) {
	for _, s := range []string{"SUM(A1:B2)", `"x"&'a''b'!C3`, "[1]S!A1", "T[[#This Row],[A]]", "1E+5", "#REF!", "'", "[", "A1:", "$", "Ả!A1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Never panics; the identity rewrite gives the text back.
		if got := rewriteFormula(s, func(r ref) (ref, bool) { return r, false }); got != s {
			t.Fatalf("identity rewrite of %q gave %q", s, got)
		}
		_ = rewriteFormula(s, insertFn("S", "S", 1, 3))
		_ = rewriteFormula(s, moveFn(-2, -2))
		_ = rewriteSqref(s, stretchFn("S", "S", 1, 1, 2))
		_ = renameFormula(s, "S", "T")
	})
}
