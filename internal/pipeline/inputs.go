package pipeline

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/extract"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/review"
	"github.com/chitieu/chitieu/internal/unitname"
)

// Inputs says what to read and how to name the units of what is read.
type Inputs struct {
	Paths     []string // files and folders; a folder means the files in it
	Catalog   string   // a catalog file extending the built-in one; "" for none
	Unit      string   // the unit of every fact, overriding what documents say
	UnitsFile string   // FILE-PATTERN<tab>UNIT lines for documents that name no unit
	// Progress, when set, hears now and then how far the reading of a
	// long document has got (bytes done of total).
	Progress func(name string, done, total int)
}

// loader reads input files of any kind into facts.
type loader struct {
	cat      *catalog.Catalog
	unit     string             // Inputs.Unit
	units    []unitRule         // Inputs.UnitsFile
	docsOnly bool               // extract takes documents only
	ex       *extract.Extractor // compiled on the first document
	progress func(name string, done, total int)
	current  string // the document being read, for progress
}

// unitRule maps file names matching a glob pattern to a unit.
type unitRule struct{ pattern, unit string }

// newLoader prepares the catalog and unit rules.
func newLoader(in Inputs) (*loader, diag.List) {
	cat, err := catalog.Load(in.Catalog)
	if err != nil {
		return nil, diag.Problems(diag.WithFile(err, in.Catalog))
	}
	l := &loader{cat: cat, unit: in.Unit, progress: in.Progress}
	if in.UnitsFile != "" {
		rules, ps := readUnitRules(in.UnitsFile)
		if ps.Err() != nil {
			return nil, ps
		}
		l.units = rules
	}
	return l, nil
}

// expand turns folder arguments into the files inside them (sorted, not
// recursive), so a scheduled job can name a folder. What a folder holds
// that chitieu does not read (other file types, hidden files, subfolders)
// is named in one warning per folder. Pipes and devices are refused:
// reading one would wait for ever or never end. With docsOnly (extract),
// a folder's fact files are skipped too, and named: a folder of articles
// often holds last run's facts.jsonl or a gold file beside them.
func expand(args []string, docsOnly bool) ([]string, diag.List) {
	var out []string
	var errs diag.List
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			errs = append(errs, diag.Errorf(a, 0, "cannot read: %v", diag.StripPath(err)))
			continue
		}
		if !st.IsDir() {
			if !st.Mode().IsRegular() {
				errs = append(errs, diag.Errorf(a, 0, "not a regular file (a pipe, socket or device): give chitieu files or folders"))
				continue
			}
			out = append(out, a)
			continue
		}
		es, err := os.ReadDir(a)
		if err != nil {
			errs = append(errs, diag.Errorf(a, 0, "cannot read: %v", diag.StripPath(err)))
			continue
		}
		var names, skipped []string
		for _, e := range es {
			p := filepath.Join(a, e.Name())
			mode := e.Type()
			if mode&fs.ModeSymlink != 0 {
				// A link to a file is that file.
				if st, err := os.Stat(p); err == nil {
					mode = st.Mode().Type()
				}
			}
			switch {
			case mode.IsDir():
				skipped = append(skipped, e.Name()+"/")
			case !mode.IsRegular() || strings.HasPrefix(e.Name(), ".") || inputKind(e.Name()) == "" ||
				docsOnly && inputKind(e.Name()) != "document":
				skipped = append(skipped, e.Name())
			default:
				names = append(names, p)
			}
		}
		sort.Strings(names)
		out = append(out, names...)
		if len(skipped) > 0 {
			sort.Strings(skipped)
			if docsOnly {
				errs = append(errs, diag.Warnf(a, 0, "skipped %d files that are not documents (not .txt, .html, .docx or .pdf, hidden, or folders): %s",
					len(skipped), strings.Join(skipped, ", ")))
			} else {
				errs = append(errs, diag.Warnf(a, 0, "skipped %d files chitieu does not read (not .txt, .html, .docx, .pdf, .jsonl, .csv or .xlsx, hidden, or folders): %s",
					len(skipped), strings.Join(skipped, ", ")))
			}
		}
	}
	return out, errs
}

// inputKind names the reader a file needs from its extension: "document",
// "jsonl", "csv", "xlsx", or "" when chitieu does not know the file type.
func inputKind(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson", ".json":
		return "jsonl"
	case ".csv":
		return "csv"
	case ".xlsx":
		return "xlsx"
	}
	if document.IsDocument(path) {
		return "document"
	}
	return ""
}

// load reads every file and returns all facts with all problems; callers
// stop on errors only after every file was read, so a user sees all that is
// wrong at once.
func (l *loader) load(paths []string) ([]facts.Fact, diag.List) {
	// The facts of each file are joined once at the end: appending them
	// as they come copied the growing slice of all facts over and over
	// (a run over thousands of articles spent 5% of its time there).
	var each [][]facts.Fact
	var problems diag.List
	n := 0
	for _, p := range paths {
		fs, ps := l.loadOne(p)
		if len(fs) > 0 {
			each = append(each, fs)
			n += len(fs)
		}
		problems = append(problems, ps...)
	}
	if len(each) == 1 {
		return each[0], problems
	}
	var all []facts.Fact
	if n > 0 {
		all = make([]facts.Fact, 0, n)
	}
	for _, fs := range each {
		all = append(all, fs...)
	}
	return all, problems
}

func (l *loader) loadOne(path string) ([]facts.Fact, diag.List) {
	kind := inputKind(path)
	if kind == "xlsx" && isReportFile(path) {
		// Last run's report, saved among the inputs.
		return nil, diag.List{diag.Warnf(path, 0, "a report chitieu wrote, not a fact file: skipped")}
	}
	if l.docsOnly && kind != "document" {
		return nil, diag.List{diag.Errorf(path, 0, "not a document chitieu can read (.txt, .html, .docx, .pdf)")}
	}
	var fs []facts.Fact
	var ps diag.List
	switch kind {
	case "document":
		doc, err := document.Read(path)
		if err != nil {
			return nil, diag.Problems(diag.WithFile(err, path))
		}
		var notes diag.List
		fs, notes = l.extract(doc)
		ps = append(ps, notes.WithFile(path)...)
		var evidence, copied, origin string
		line := 0
		for i := range fs {
			// Messages about a fact name the document as the user gave
			// it, and the line of its sentence (one string for the facts
			// of a line, which come together).
			if fs[i].Origin == "" && fs[i].Line > 0 {
				if fs[i].Line != line {
					line, origin = fs[i].Line, path+":"+strconv.Itoa(fs[i].Line)
				}
				fs[i].Origin = origin
			}
			// A fact's evidence is a piece of the document's text, which
			// it would keep in memory to the end of the run: a copy (one
			// for the facts of a sentence, which come together) lets the
			// text go. A folder of thousands of articles kept them all.
			if e := fs[i].Evidence; e != evidence {
				evidence, copied = e, strings.Clone(e)
			}
			fs[i].Evidence = copied
		}
		if len(fs) == 0 {
			ps = append(ps, diag.Warnf(path, 0, "no indicator facts found"))
		}
		if l.unit == "" {
			l.applyUnitRules(path, fs)
		}
		return fs, ps
	case "jsonl", "csv", "xlsx":
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, diag.List{diag.Errorf(path, 0, "cannot read: %v", diag.StripPath(err))}
		}
		switch kind {
		case "jsonl":
			fs, ps = facts.ReadJSONL(path, bytes.NewReader(data))
		case "csv":
			// Strict: a guess at damaged bytes would rename a unit.
			text, bad := document.DecodeStrict(data)
			if bad != nil {
				return nil, bad.WithFile(path)
			}
			fs, ps = facts.ReadCSV(path, strings.NewReader(text))
		case "xlsx":
			fs, ps = review.Read(path, bytes.NewReader(data))
		}
	default:
		return nil, diag.List{diag.Errorf(path, 0, "unknown file type (want .txt, .html, .docx, .pdf documents or .jsonl, .csv, .xlsx fact files)")}
	}
	if len(fs) == 0 && ps.Err() == nil {
		// A fact file that holds no facts (a header alone, an empty
		// review sheet) is named, as an empty document is.
		ps = append(ps, diag.Warnf(path, 0, "no indicator facts found"))
	}
	if l.unit != "" {
		for i := range fs {
			fs[i].Unit = l.unit
		}
	}
	return fs, ps
}

// extract is the one call into the extractor, compiled for the catalog
// on the first document.
func (l *loader) extract(doc document.Document) ([]facts.Fact, diag.List) {
	if l.ex == nil {
		opt := extract.Options{Unit: l.unit}
		if l.progress != nil {
			opt.Progress = func(done, total int) { l.progress(l.current, done, total) }
		}
		l.ex = extract.New(l.cat, opt)
	}
	l.current = doc.Name
	return l.ex.Extract(doc)
}

// applyUnitRules names the unit of facts from a document that named only
// its level, from the units file.
func (l *loader) applyUnitRules(path string, fs []facts.Fact) {
	base := filepath.Base(path)
	for _, r := range l.units {
		if ok, _ := filepath.Match(r.pattern, base); !ok && r.pattern != base && r.pattern != path {
			continue
		}
		for i := range fs {
			if unitname.IsBare(fs[i].Unit) {
				fs[i].Unit = r.unit
			}
		}
		return
	}
}

// readUnitRules reads a units file: one "FILE-PATTERN<sep>UNIT" a line,
// sep a tab, ';', ',' or '='; '#' starts a comment.
func readUnitRules(path string) ([]unitRule, diag.List) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, diag.List{diag.Errorf(path, 0, "cannot read: %v", diag.StripPath(err))}
	}
	text, err := document.Decode(data)
	if err != nil {
		return nil, diag.Problems(diag.WithFile(err, path))
	}
	var rules []unitRule
	var errs diag.List
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.IndexAny(line, "\t;,=")
		if i < 0 {
			errs = append(errs, diag.Errorf(path, n, "want FILE<tab>UNIT, got %q", line))
			continue
		}
		pat, unit := strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+1:])
		if _, err := filepath.Match(pat, "x"); err != nil || pat == "" || unit == "" {
			errs = append(errs, diag.Errorf(path, n, "want FILE<tab>UNIT, got %q", line))
			continue
		}
		rules = append(rules, unitRule{pattern: pat, unit: norm.NFC.String(unit)})
	}
	return rules, errs
}
