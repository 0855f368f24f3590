package cli

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progressAfter is how long a document must take before its progress is
// shown: short runs print nothing.
const progressAfter = 2 * time.Second

// progress shows on a terminal how far the reading of a long document has
// got ("chitieu: big.txt: 45%"), rewriting one line.
type progress struct {
	w     io.Writer
	name  string
	start time.Time
	shown bool
}

// progressFunc returns the pipeline's progress callback, or nil unless w is
// a terminal: progress lines in a log file or a pipe are noise.
func progressFunc(w io.Writer) func(name string, done, total int) {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	p := &progress{w: w}
	return p.update
}

func (p *progress) update(name string, done, total int) {
	if name != p.name {
		p.name, p.start, p.shown = name, time.Now(), false
	}
	if total == 0 || time.Since(p.start) < progressAfter {
		return
	}
	p.shown = true
	fmt.Fprintf(p.w, "\rchitieu: %s: %d%%", p.name, done*100/total)
	if done >= total {
		fmt.Fprintln(p.w)
	}
}
