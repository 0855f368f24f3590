package vnnum

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDumpCorpus(t *testing.T) {
	files, _ := filepath.Glob(os.Getenv("VNNUM_DUMP"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		s := string(b)
		fmt.Println("==", filepath.Base(f))
		for _, a := range Scan(s) {
			fmt.Printf("%-40q v=%v max=%v of=%v f=%d uom=%q noun=%q q=%q\n", s[a.Start:a.End], a.Value, a.Max, a.Of, a.Form, a.UOM, a.Noun, a.Qualifier)
		}
	}
}
