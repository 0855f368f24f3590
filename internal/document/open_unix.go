//go:build unix

package document

import (
	"os"
	"syscall"
)

// openFile opens path for reading. os.Open offers every file it opens to
// the network poller, which refuses regular files after four fcntl calls
// and an epoll_ctl; a file opened here and handed to os.NewFile costs one
// fcntl. Reading a folder of a thousand articles opens a thousand files.
// Errors are what os.Open returns.
func openFile(path string) (*os.File, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "open", Path: path, Err: err}
		}
		return os.NewFile(uintptr(fd), path), nil
	}
}
