package pipeline

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/review"
)

const seedFacts = "../../testdata/facts/seeds.jsonl"

func seedDoc(t *testing.T) string {
	t.Helper()
	docs, _ := filepath.Glob("../../testdata/seeds/*.txt")
	if len(docs) == 0 {
		t.Fatal("no seed documents")
	}
	return docs[0]
}

func copyFile(t *testing.T, from, to string) string {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return to
}

// The output is never one of the inputs, not even with --force, and not
// through a link: a reviewer's workbook is not overwritten by the report
// built from it.
func TestOutputIsNotAnInput(t *testing.T) {
	dir := t.TempDir()
	fs, ps := facts.ReadJSONL(seedFacts, must(os.Open(seedFacts)))
	if ps.Err() != nil {
		t.Fatal(ps)
	}
	sx := filepath.Join(dir, "sx.xlsx")
	var buf bytes.Buffer
	if err := review.Write(&buf, fs); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(sx, buf.Bytes(), 0o644)
	link := filepath.Join(dir, "link.xlsx")
	hard := filepath.Join(dir, "hard.xlsx")
	if err := os.Symlink(sx, link); err != nil {
		t.Skip("no symlinks:", err)
	}
	if err := os.Link(sx, hard); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ out, in string }{{sx, sx}, {link, sx}, {sx, link}, {hard, sx}, {sx, dir}} {
		_, ps := Build(BuildOptions{Inputs: Inputs{Paths: []string{c.in}}, Output: c.out, Force: true})
		if got := messages(ps); ps.Err() == nil || !strings.Contains(got, "is also an input") {
			t.Errorf("-f -o %s %s: %s", c.out, c.in, got)
		}
		if b, _ := os.ReadFile(sx); !bytes.Equal(b, buf.Bytes()) {
			t.Fatalf("-f -o %s %s overwrote the review workbook", c.out, c.in)
		}
	}
	// extract: the article is not replaced by its facts.
	doc := copyFile(t, seedDoc(t), filepath.Join(dir, "a.txt"))
	before, _ := os.ReadFile(doc)
	_, files, _ := Extract(Inputs{Paths: []string{doc}})
	ps = WriteOutput(doc, true, files, func(w io.Writer) error { _, err := io.WriteString(w, "{}"); return err })
	if after, _ := os.ReadFile(doc); ps.Err() == nil || !bytes.Equal(before, after) {
		t.Errorf("extract -f -o a.txt a.txt: %s", messages(ps))
	}
}

func must(f *os.File, err error) *os.File {
	if err != nil {
		panic(err)
	}
	return f
}

// A report written into the input folder is recognised on the next run
// and skipped with a note, not read (and failed on) as a fact file.
func TestOwnReportInFolderSkipped(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, seedFacts, filepath.Join(dir, "facts.jsonl"))
	out := filepath.Join(dir, "r.xlsx")
	if _, ps := Build(BuildOptions{Inputs: Inputs{Paths: []string{dir}}, Output: out}); ps.Err() != nil {
		t.Fatal(messages(ps))
	}
	for _, o := range []string{out, filepath.Join(dir, "r2.xlsx")} {
		res, ps := Build(BuildOptions{Inputs: Inputs{Paths: []string{dir}}, Output: o, Force: true})
		got := messages(ps)
		if ps.Err() != nil || !strings.Contains(got, out+": warning: a report chitieu wrote") {
			t.Errorf("rebuild to %s: %s", o, got)
		}
		if res.Facts == 0 {
			t.Errorf("rebuild to %s: no facts", o)
		}
	}
}

// Files a folder argument holds that chitieu does not read are named in
// one warning, not skipped without a word.
func TestFolderSkipsNamed(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, seedFacts, filepath.Join(dir, "facts.jsonl"))
	write(t, dir, "scan.doc", "\xD0\xCF\x11\xE0")
	write(t, dir, ".~lock.x#", "")
	os.Mkdir(filepath.Join(dir, "old"), 0o755)
	_, ps := Build(BuildOptions{Inputs: Inputs{Paths: []string{dir}}, Output: filepath.Join(t.TempDir(), "r.xlsx")})
	if ps.Err() != nil {
		t.Fatal(messages(ps))
	}
	var lines []string
	for _, p := range ps {
		if m := p.Error(); strings.Contains(m, "skipped") {
			lines = append(lines, m)
		}
	}
	if len(lines) != 1 {
		t.Fatalf("skip warnings %q", lines)
	}
	for _, want := range []string{dir + ": warning:", "3 files", "scan.doc", ".~lock.x#", "old/"} {
		if !strings.Contains(lines[0], want) {
			t.Errorf("%q lacks %q", lines[0], want)
		}
	}
}

// extract over a folder reads its documents and names the fact files it
// holds (a gold file, last run's facts.jsonl) in a warning; a fact file
// named on its own is still an error.
func TestExtractFolderSkipsFactFiles(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, seedDoc(t), filepath.Join(dir, "a.txt"))
	copyFile(t, seedFacts, filepath.Join(dir, "gold.jsonl"))
	fs, _, ps := Extract(Inputs{Paths: []string{dir}})
	if ps.Err() != nil || len(fs) == 0 {
		t.Fatalf("%d facts; %s", len(fs), messages(ps))
	}
	if got := messages(ps); !strings.Contains(got, dir+": warning: skipped 1 files that are not documents") || !strings.Contains(got, "gold.jsonl") {
		t.Errorf("no warning naming gold.jsonl: %s", got)
	}
	_, _, ps = Extract(Inputs{Paths: []string{filepath.Join(dir, "gold.jsonl")}})
	if ps.Err() == nil {
		t.Error("a fact file named on its own was accepted by extract")
	}
}

// Errors name what the user named: the output and its folder.
func TestOutputErrorsNameTheOutput(t *testing.T) {
	dir := t.TempDir()
	in := Inputs{Paths: []string{seedFacts}}
	missing := filepath.Join(dir, "nope", "r.xlsx")
	_, ps := Build(BuildOptions{Inputs: in, Output: missing})
	if got := messages(ps); !strings.Contains(got, missing+": the folder "+filepath.Join(dir, "nope")+" does not exist") || strings.Contains(got, ".tmp") {
		t.Errorf("missing folder: %s", got)
	}
	for _, force := range []bool{false, true} {
		_, ps = Build(BuildOptions{Inputs: in, Output: dir, Force: force})
		if got := messages(ps); !strings.Contains(got, dir+": is a folder, not a file") || strings.Contains(got, "exists") {
			t.Errorf("output is a folder: %s", got)
		}
	}
}

// Bad bytes in a CSV fact file are an error at their line, not a
// Windows-1258 guess that renames a unit.
func TestCSVInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	csv := write(t, dir, "f.csv", "nguồn,đơn vị,mã chỉ tiêu,năm,loại số liệu,giá trị,đơn vị tính\n"+
		"a.txt,Quận Hoàng Mai,thu_ngan_sach,2024,actual,1,VND\n"+
		"a.txt,Qu\xe1\xba\xadn Ho\xe0ng Mai,thu_ngan_sach,2024,plan,1,VND\n")
	_, ps := Build(BuildOptions{Inputs: Inputs{Paths: []string{csv}}, Output: filepath.Join(dir, "r.xlsx")})
	if got := messages(ps); ps.Err() == nil || !strings.Contains(got, csv+":3: invalid UTF-8") {
		t.Errorf("%s", got)
	}
}

// Problems with facts read from a document name the document as the user
// gave it and the line of the sentence.
func TestDocumentProblemsHaveFileAndLine(t *testing.T) {
	doc := seedDoc(t)
	fs, _, ps := Extract(Inputs{Paths: []string{doc}})
	if ps.Err() != nil || len(fs) == 0 {
		t.Fatal(messages(ps))
	}
	for _, f := range fs {
		if f.Line == 0 || f.Origin != doc+":"+strconv.Itoa(f.Line) {
			t.Errorf("fact %s %s: origin %q line %d", f.Indicator, f.Kind, f.Origin, f.Line)
		}
	}
}

// extract skips a report in its folder too, rather than failing on it,
// and names it: extract reads documents only.
func TestExtractSkipsOwnReport(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, seedDoc(t), filepath.Join(dir, "a.txt"))
	out := filepath.Join(dir, "r.xlsx")
	if _, ps := Build(BuildOptions{Inputs: Inputs{Paths: []string{dir}}, Output: out}); ps.Err() != nil {
		t.Fatal(messages(ps))
	}
	fs, _, ps := Extract(Inputs{Paths: []string{dir}})
	if ps.Err() != nil || len(fs) == 0 || !strings.Contains(messages(ps), dir+": warning: skipped 1 files that are not documents") || !strings.Contains(messages(ps), "r.xlsx") {
		t.Errorf("%d facts, %s", len(fs), messages(ps))
	}
}
