package diag

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func init() {
	Register(map[string]string{"value %q is not a number": "giá trị %q không phải là số"})
}

func TestMessageInBothLanguages(t *testing.T) {
	p := Errorf("facts.csv", 12, "value %q is not a number", "abc")
	if got, want := p.Message(Printer(language.English)), `facts.csv:12: value "abc" is not a number`; got != want {
		t.Errorf("en: got %q, want %q", got, want)
	}
	if got, want := p.Message(Printer(language.Vietnamese)), `facts.csv:12: giá trị "abc" không phải là số`; got != want {
		t.Errorf("vi: got %q, want %q", got, want)
	}
	w := Warnf("a.txt", 0, "value %q is not a number", "x")
	if got, want := w.Message(Printer(language.Vietnamese)), `a.txt: cảnh báo: giá trị "x" không phải là số`; got != want {
		t.Errorf("vi warning: got %q, want %q", got, want)
	}
}

func TestListErrOnlyForErrors(t *testing.T) {
	l := List{Warnf("a", 1, "x")}
	if l.Err() != nil {
		t.Error("a list of warnings is not an error")
	}
	l = append(l, Errorf("a", 2, "y"))
	err := l.Err()
	if err == nil {
		t.Fatal("a list with an error is an error")
	}
	if got := Problems(fmt.Errorf("wrapped: %w", err)); len(got) != 2 {
		t.Errorf("Problems lost entries: %v", got)
	}
	if got := Problems(errors.New("plain")); len(got) != 1 || got[0].Error() != "plain" {
		t.Errorf("plain error: %v", got)
	}
}

func TestLocale(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cases := []struct {
		env  map[string]string
		want language.Tag
	}{
		{map[string]string{}, language.English},
		{map[string]string{"LANG": "vi_VN.UTF-8"}, language.Vietnamese},
		{map[string]string{"LANG": "vi_VN.UTF-8", "LC_ALL": "C"}, language.English},
		{map[string]string{"LC_MESSAGES": "vi", "LANG": "en_US"}, language.Vietnamese},
	}
	for _, c := range cases {
		if got := Locale(env(c.env)); got != c.want {
			t.Errorf("%v: got %v want %v", c.env, got, c.want)
		}
	}
}

func TestWithFileAndStripPath(t *testing.T) {
	plain := WithFile(errors.New("bad"), "a.json")
	if got := plain.Error(); got != "a.json: bad" {
		t.Errorf("plain error: %q", got)
	}
	named := WithFile(Errorf("b.csv", 3, "x"), "a.json")
	if got := named.Error(); got != "b.csv:3: x" {
		t.Errorf("a problem keeps its own file: %q", got)
	}
	l := Problems(WithFile(List{Errorf("", 2, "y"), Warnf("c", 0, "z")}, "a.json"))
	if len(l) != 2 || l[0].File != "a.json" || l[1].File != "c" {
		t.Errorf("list: %v", l)
	}
	if WithFile(nil, "a") != nil {
		t.Error("nil error gained a file")
	}
	_, err := os.Open(filepath.Join(t.TempDir(), "missing.txt"))
	if got := StripPath(err); strings.Contains(got.Error(), "missing.txt") || !errors.Is(got, os.ErrNotExist) {
		t.Errorf("StripPath: %v", got)
	}
	if got := StripPath(errors.New("other")); got.Error() != "other" {
		t.Errorf("StripPath of a non-path error: %v", got)
	}
}

// TestLocaleFromTheSystem is the Windows rule, tested here: with no locale
// variable the system's display language decides; a variable still wins.
func TestLocaleFromTheSystem(t *testing.T) {
	none := func(string) string { return "" }
	vi := func() []string { return []string{"vi-VN", "en-US"} }
	en := func() []string { return []string{"en-US", "vi-VN"} }
	cases := []struct {
		getenv func(string) string
		system func() []string
		want   language.Tag
	}{
		{none, vi, language.Vietnamese},
		{none, en, language.English},
		{none, func() []string { return nil }, language.English},
		{func(k string) string { return map[string]string{"LANG": "C"}[k] }, vi, language.English},
		{func(k string) string { return map[string]string{"LC_ALL": "vi_VN.UTF-8"}[k] }, en, language.Vietnamese},
	}
	for i, c := range cases {
		if got := locale(c.getenv, c.system); got != c.want {
			t.Errorf("case %d: got %v, want %v", i, got, c.want)
		}
	}
}
