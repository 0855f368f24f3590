package vnnum

import (
	"fmt"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Format agrees with golang.org/x/text's Vietnamese printer except at
// rounding ties, where x/text rounds half to even on the binary value and
// Format rounds half away from zero on the written value (see Format).
func TestFormatAgainstXText(t *testing.T) {
	p := message.NewPrinter(language.Vietnamese)
	for _, v := range []float64{4435.98, 1842, -1842.4, 0.77, 115075.8, 1651346000000, 12345.678, -0.5001, 7} {
		for dec := 0; dec <= 3; dec++ {
			want := p.Sprintf(fmt.Sprintf("%%.%df", dec), v)
			if got := Format(v, dec); got != want {
				t.Errorf("Format(%v, %d) = %q, x/text %q", v, dec, got, want)
			}
		}
	}
	// the ties where they differ on purpose
	for _, c := range []struct {
		v     float64
		dec   int
		xtext string
		ours  string
	}{{0.125, 2, "0,12", "0,13"}, {2.675, 2, "2,67", "2,68"}, {2.5, 0, "2", "3"}} {
		if got := p.Sprintf(fmt.Sprintf("%%.%df", c.dec), c.v); got != c.xtext {
			t.Errorf("x/text now gives %q for %v: revisit Format's doc", got, c.v)
		}
		if got := Format(c.v, c.dec); got != c.ours {
			t.Errorf("Format(%v, %d) = %q, want %q", c.v, c.dec, got, c.ours)
		}
	}
}
