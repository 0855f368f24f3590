package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Errors about the target, as a *fs.PathError naming the path the user
// gave (or its folder): never the temporary file's.
var (
	// ErrExists: the target exists and overwriting was not asked for.
	ErrExists = errors.New("file exists")
	// ErrIsFolder: the target is a folder, not a file.
	ErrIsFolder = errors.New("is a folder, not a file")
	// ErrNoFolder: the folder to write into does not exist (or is a file).
	ErrNoFolder = errors.New("no such folder")
)

// Check reports whether path can be written: its folder exists, it is not
// a folder itself, and (without overwrite) it does not exist yet. Callers
// check before long work, so a wrong output fails at once; Write checks
// again.
func Check(path string, overwrite bool) error {
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return &fs.PathError{Op: "write", Path: dir, Err: ErrNoFolder}
	}
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return &fs.PathError{Op: "write", Path: path, Err: ErrIsFolder}
	case err == nil && !overwrite:
		return &fs.PathError{Op: "write", Path: path, Err: ErrExists}
	}
	return nil
}

// Write creates or replaces path with what fill writes. Without overwrite
// an existing path is an error, checked both before fill runs (so no work
// is wasted) and at the rename (so a file created meanwhile is kept).
//
// The temporary file is removed when fill fails, when the process gets
// SIGINT, SIGTERM or SIGHUP while it exists, and, if a run was killed
// outright, by the next Write to the same path.
func Write(path string, overwrite bool, fill func(w io.Writer) error) (err error) {
	if err := Check(path, overwrite); err != nil {
		return err
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	removeLeftovers(dir, base)
	tmp, err := os.CreateTemp(dir, tempPattern(base))
	if err != nil {
		return &fs.PathError{Op: "write", Path: path, Err: errors.Unwrap(err)}
	}
	track(tmp.Name())
	defer untrack(tmp.Name())
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
	if err = os.Rename(tmp.Name(), path); err != nil {
		var le *os.LinkError
		if errors.As(err, &le) {
			err = &fs.PathError{Op: "write", Path: path, Err: le.Err}
		}
	}
	return err
}

// tempPattern names the temporary file of base ".base.PID-*.tmp": hidden,
// beside the target, and telling which process writes it, so that a later
// run can tell a dead run's leftover from a live run's file.
func tempPattern(base string) string {
	return "." + base + "." + strconv.Itoa(os.Getpid()) + "-*.tmp"
}

// staleAge is how old a temporary file without a process id (named by an
// earlier version) must be to count as left over.
const staleAge = time.Hour

// removeLeftovers removes the temporary files of base that runs killed
// outright left in dir: those of processes that no longer exist.
func removeLeftovers(dir, base string) {
	names, _ := filepath.Glob(filepath.Join(dir, "."+globEscape(base)+".*.tmp"))
	for _, n := range names {
		mid := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(n), "."+base+"."), ".tmp")
		pidText, _, hasPid := strings.Cut(mid, "-")
		if pid, err := strconv.Atoi(pidText); hasPid && err == nil {
			if !alive(pid) {
				os.Remove(n)
			}
			continue
		}
		if _, err := strconv.Atoi(mid); err == nil {
			if st, err := os.Stat(n); err == nil && time.Since(st.ModTime()) > staleAge {
				os.Remove(n)
			}
		}
	}
}

// globEscape makes a file name literal in a filepath.Glob pattern.
func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`).Replace(s)
}
