package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/document"
)

func TestDumpVariant(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("DUMP_FILE"))
	text := string(b)
	pg := splitPage(text)
	fmt.Printf("articles=%d notes=%v\n", len(pg.articles), pg.notes)
	for ai, a := range pg.articles {
		for _, p := range a {
			s := p.text
			if len([]rune(s)) > 90 {
				s = string([]rune(s)[:90])
			}
			fmt.Printf("  a%d L%d h=%v cap=%v st=%v %q\n", ai, p.line, p.header, p.caption, p.stamp, s)
		}
	}
	ex := New(catalog.Default(), Options{})
	fs, _ := ex.Extract(document.Document{Name: "x", Text: text})
	for _, f := range fs {
		fmt.Println("  F", f.Unit, f.Indicator, f.Kind, f.Year, f.Value, "|", f.Evidence)
	}
}
