package pipeline

import (
	"errors"
	"io"
	"io/fs"
	"os"

	"github.com/chitieu/chitieu/internal/atomicfile"
	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/xlsx"
)

// CheckOutput reports, before any work, what would stop the output from
// being written: a folder that does not exist, a folder given as the
// output, an existing file without force. Problems name the output as the
// user gave it.
func CheckOutput(path string, force bool) diag.List {
	return outputProblem(path, atomicfile.Check(path, force))
}

// WriteOutput writes the output atomically (see atomicfile) unless it is
// one of the inputs, which no --force overwrites.
func WriteOutput(path string, force bool, inputs []string, fill func(io.Writer) error) diag.List {
	if ps := notAnInput(path, inputs); ps != nil {
		return ps
	}
	return outputProblem(path, atomicfile.Write(path, force, fill))
}

// outputProblem turns an atomicfile error into a problem about path.
func outputProblem(path string, err error) diag.List {
	var pe *fs.PathError
	switch {
	case err == nil:
		return nil
	case errors.Is(err, atomicfile.ErrExists):
		return diag.List{diag.Errorf(path, 0, "the file exists; use --force to overwrite it")}
	case errors.Is(err, atomicfile.ErrIsFolder):
		return diag.List{diag.Errorf(path, 0, "is a folder, not a file: give the output a file name")}
	case errors.Is(err, atomicfile.ErrNoFolder) && errors.As(err, &pe):
		return diag.List{diag.Errorf(path, 0, "the folder %s does not exist: create it first or write the output elsewhere", pe.Path)}
	}
	return diag.List{diag.Errorf(path, 0, "cannot write: %v", diag.StripPath(err))}
}

// notAnInput refuses an output that is one of the inputs: the same path,
// or the same file through a symbolic or hard link. A report chitieu
// wrote is no input (it is skipped when read), so it may be replaced.
func notAnInput(output string, inputs []string) diag.List {
	out, err := os.Stat(output)
	if err != nil {
		return nil // a new file is no input
	}
	for _, in := range inputs {
		st, err := os.Stat(in)
		if err != nil || !os.SameFile(out, st) {
			continue
		}
		if inputKind(in) == "xlsx" && isReportFile(in) {
			continue
		}
		return diag.List{diag.Errorf(output, 0, "is also an input (%s): write the output to another file; --force never overwrites an input", in)}
	}
	return nil
}

// isReportFile reports whether the file at path is a chitieu report.
func isReportFile(path string) bool {
	b, err := os.ReadFile(path)
	return err == nil && xlsx.IsReport(b)
}
