//go:build unix

package document

import (
	"io"
	"os"
	"syscall"
)

// file is a document opened for reading through its descriptor alone.
// os.Open offers every file it opens to the network poller, which
// refuses regular files after four fcntl calls and an epoll_ctl; os.NewFile
// still costs an fcntl and a finalizer. Reading a folder of a thousand
// articles opens a thousand files, and each system call is dear on a
// virtual machine. Errors are what os.File returns.
type file struct {
	fd   int
	path string
}

func openFile(path string) (*file, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "open", Path: path, Err: err}
		}
		return &file{fd, path}, nil
	}
}

// Read is io.Reader's Read.
func (f *file) Read(p []byte) (int, error) {
	for {
		n, err := syscall.Read(f.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, &os.PathError{Op: "read", Path: f.path, Err: err}
		}
		if n == 0 && len(p) > 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

// stat returns the file's size and whether it is a regular file.
func (f *file) stat() (size int64, regular bool, err error) {
	var st syscall.Stat_t
	for {
		err = syscall.Fstat(f.fd, &st)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return 0, false, &os.PathError{Op: "stat", Path: f.path, Err: err}
	}
	return st.Size, st.Mode&syscall.S_IFMT == syscall.S_IFREG, nil
}

func (f *file) Close() error { return syscall.Close(f.fd) }
