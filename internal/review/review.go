package review

// API CONTRACT stub written by the lead so the CLI compiles; the review
// owner replaces this file (delete it when your Write/Read exist).

import (
	"io"

	"github.com/chitieu/chitieu/internal/diag"
	"github.com/chitieu/chitieu/internal/facts"
)

// Write writes facts as a review workbook.
func Write(w io.Writer, fs []facts.Fact) error { panic("review.Write: not implemented yet") }

// Read reads facts back from a review workbook.
func Read(name string, r io.Reader) ([]facts.Fact, diag.List) {
	panic("review.Read: not implemented yet")
}
