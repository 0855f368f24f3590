// Package atomicfile writes output files so that a reader, or a later run,
// never sees a half-written one: the content goes to a temporary file in
// the same folder, is flushed to disk, and only then renamed over the
// target. A failure at any point leaves the previous file untouched.
package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrExists is returned when the target exists and overwriting was not
// asked for.
var ErrExists = errors.New("file exists")

// Write creates or replaces path with what fill writes. Without overwrite
// an existing path is an error, checked both before fill runs (so no work
// is wasted) and at the rename (so a file created meanwhile is kept).
func Write(path string, overwrite bool, fill func(w io.Writer) error) (err error) {
	if !overwrite {
		if _, err := os.Lstat(path); err == nil {
			return &fs.PathError{Op: "write", Path: path, Err: ErrExists}
		}
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = fill(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	// CreateTemp makes 0600 files; an output is for sharing, so give it the
	// usual mode, or keep the mode of the file it replaces.
	mode := fs.FileMode(0o644)
	if st, e := os.Stat(path); e == nil {
		mode = st.Mode().Perm()
	}
	if err = os.Chmod(tmp.Name(), mode); err != nil {
		return err
	}
	if !overwrite {
		// Link fails if path appeared meanwhile; where links are not
		// supported fall back to a plain rename.
		if e := os.Link(tmp.Name(), path); e == nil {
			os.Remove(tmp.Name())
			return nil
		} else if errors.Is(e, fs.ErrExist) {
			err = &fs.PathError{Op: "write", Path: path, Err: ErrExists}
			return err
		}
	}
	return os.Rename(tmp.Name(), path)
}
