package form

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want []string // literal text as "t:…", placeholders as their fields
	}{
		{"BÁO CÁO NĂM {{nam}}", []string{"t:BÁO CÁO NĂM ", "field=nam"}},
		{"{{ Don_Vi }}", []string{"field=don_vi"}},
		{"{{nam@-1}}", []string{"field=nam off=-1"}},
		{"{{thu_ngan_sach.actual}}", []string{"code=thu_ngan_sach kind=actual"}},
		{"{{thu_ngan_sach.plan@+1}}", []string{"code=thu_ngan_sach kind=plan off=1"}},
		{"{{.pct_of_prev}}", []string{"code= kind=pct_of_prev"}},
		{"{{lap chi_tieu}}{{stt}}", []string{"repeat=chi_tieu", "field=stt"}},
		{"{{lap:so_lieu}}", []string{"repeat=so_lieu"}},
		{"{{LAP DON_VI}}", []string{"repeat=don_vi"}},
		{"{{lap nam}}", []string{"bad=repeat"}},
		{"{{}}", []string{"bad=empty"}},
		{"{{nam@-x}}", []string{"bad=offset"}},
		{"{{nam@1}}", []string{"bad=offset"}},
		{"{{nam@-51}}", []string{"bad=offset"}},
		{"{{thu ngan sach}}", []string{"bad=name"}},
		{"{{a.b.c}}", []string{"bad=name"}},
		{"a {{nam", []string{"t:a ", "bad=unclosed"}},
		{"{{{nam}}}", []string{"t:{", "field=nam", "t:}"}},
		{"}} {x", []string{"t:}} {x"}},
		{"{{năm}}", []string{"bad=name"}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Parse(tt.in) {
			if s.Ph == nil {
				got = append(got, "t:"+s.Text)
				continue
			}
			p := s.Ph
			switch {
			case p.Bad != "":
				got = append(got, "bad="+p.Bad)
			case p.Repeat != "":
				got = append(got, "repeat="+p.Repeat)
			case p.Field != "":
				x := "field=" + p.Field
				if p.Offset != 0 {
					x += " off=" + itoa(p.Offset)
				}
				got = append(got, x)
			default:
				x := "code=" + p.Code + " kind=" + p.Kind
				if p.Offset != 0 {
					x += " off=" + itoa(p.Offset)
				}
				got = append(got, x)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Parse(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	return string(rune('0'+n%10)) + ""
}

// FuzzParse: the parser never panics, gives the text back, and every
// placeholder it reports is well formed or says why not.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"BÁO CÁO NĂM {{nam}}", "{{lap chi_tieu}}{{stt}}", "{{x.plan@-1}}", "{{{", "}}{{", "{{a.b@+99}}", "{{ lap : don_vi }}", "\xff{{\x00}}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		for _, seg := range Parse(s) {
			if seg.Ph == nil {
				if seg.Text == "" {
					t.Fatal("empty literal segment")
				}
				b.WriteString(seg.Text)
				continue
			}
			p := seg.Ph
			b.WriteString(p.Raw)
			if !strings.HasPrefix(p.Raw, "{{") {
				t.Fatalf("placeholder %q does not start with {{", p.Raw)
			}
			if p.Bad == "" && p.Offset != 0 && (p.Offset < -maxOffset || p.Offset > maxOffset) {
				t.Fatalf("offset %d of %q out of range", p.Offset, p.Raw)
			}
			if p.Bad == "" && p.Field == "" && p.Repeat == "" && !slug(p.Kind) {
				t.Fatalf("%q: figure without a kind", p.Raw)
			}
		}
		if b.String() != s {
			t.Fatalf("Parse(%q) gives back %q", s, b.String())
		}
	})
}
