//go:build !unix

package document

import "os"

// file is a document opened for reading (see open_unix.go).
type file struct{ *os.File }

func openFile(path string) (*file, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &file{f}, nil
}

// stat returns the file's size and whether it is a regular file.
func (f *file) stat() (size int64, regular bool, err error) {
	st, err := f.Stat()
	if err != nil {
		return 0, false, err
	}
	return st.Size(), st.Mode().IsRegular(), nil
}
