package xlsx

import (
	"io"

	"github.com/chitieu/chitieu/internal/report"
)

// API CONTRACT (stub written by the lead; the xlsx owner replaces the body
// and may add to, but not change, this signature).

// Write writes the report as an XLSX workbook to w.
func Write(w io.Writer, r *report.Report) error { panic("xlsx.Write: not implemented yet") }
