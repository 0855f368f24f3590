package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
)

// The custom document property that marks a workbook as a chitieu report,
// so that a report saved into an input folder is known for what it is on
// the next run (not a fact file to read, nor a review workbook).
const (
	reportProperty = "chitieu"
	reportValue    = "report"
)

// maxPropsSize bounds the custom-properties part read by IsReport.
const maxPropsSize = 1 << 20

// IsReport reports whether data is a workbook chitieu wrote as a report.
func IsReport(data []byte) bool {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range z.File {
		if !strings.EqualFold(f.Name, "docProps/custom.xml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return false
		}
		defer rc.Close()
		var props struct {
			Property []struct {
				Name  string `xml:"name,attr"`
				Value string `xml:"lpwstr"`
			} `xml:"property"`
		}
		if xml.NewDecoder(io.LimitReader(rc, maxPropsSize)).Decode(&props) != nil {
			return false
		}
		for _, p := range props.Property {
			if p.Name == reportProperty && strings.TrimSpace(p.Value) == reportValue {
				return true
			}
		}
		return false
	}
	return false
}
