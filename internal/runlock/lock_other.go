//go:build !unix && !windows

package runlock

import (
	"errors"
	"os"
)

func lockFile(*os.File) error   { return errors.New("locking is not supported on this system") }
func unlockFile(*os.File) error { return nil }
