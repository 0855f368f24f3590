package runlock

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// ErrBusy is returned when another process holds the lock.
var ErrBusy = errors.New("held by another run")

// Lock is a held lock.
type Lock struct{ f *os.File }

// BusyError says who holds the lock, as its file tells.
type BusyError struct {
	Path   string
	Holder string // "pid 1234 since 2025-02-05T07:00:00+07:00", or ""
}

func (e *BusyError) Error() string {
	if e.Holder == "" {
		return fmt.Sprintf("%s: %v", e.Path, ErrBusy)
	}
	return fmt.Sprintf("%s: %v (%s)", e.Path, ErrBusy, e.Holder)
}

func (e *BusyError) Unwrap() error { return ErrBusy }

// Acquire takes the lock at path without waiting; a lock held elsewhere is
// a *BusyError (errors.Is(err, ErrBusy)).
func Acquire(path string) (*Lock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := lockFile(f); err != nil {
		holder := ""
		if b, rerr := io.ReadAll(io.LimitReader(f, 200)); rerr == nil {
			holder = strings.TrimSpace(string(b))
		}
		f.Close()
		if errors.Is(err, ErrBusy) {
			return nil, &BusyError{Path: path, Holder: holder}
		}
		return nil, err
	}
	// Say who holds it, for the message a second run prints.
	if err := f.Truncate(0); err == nil {
		fmt.Fprintf(f, "pid %d since %s\n", os.Getpid(), time.Now().Format(time.RFC3339))
	}
	return &Lock{f: f}, nil
}

// Release lets the next run in. The file stays: removing it would let a
// third run lock a new file while a second still holds the old one.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := unlockFile(l.f)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	return err
}
