package xlsxpkg

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// sharedStrings is the workbook's shared-string table: each distinct text
// once, cells refer to it by index. A report repeats most of its text
// (unit and indicator names, a sentence quoted by several facts, file
// names), so this is much of what keeps the file small; Excel itself
// writes every text this way.
type sharedStrings struct {
	idx  map[string]int
	list []string
	// raw marks items kept as the XML another writer made (rich text):
	// written as they are.
	raw  map[int]bool
	refs int // cells referring to the table
}

func newSharedStrings() *sharedStrings {
	return &sharedStrings{idx: map[string]int{}, raw: map[int]bool{}}
}

func (s *sharedStrings) index(t string) int {
	s.refs++
	if i, ok := s.idx[t]; ok {
		return i
	}
	i := len(s.list)
	s.idx[t] = i
	s.list = append(s.list, t)
	return i
}

// adopt takes an <si> item of excelize's table and returns its index in
// this one: plain text joins the table's texts, anything else (rich text,
// escapes) is kept as written.
func (s *sharedStrings) adopt(item string) int {
	var si struct {
		T *struct {
			Text string `xml:",chardata"`
		} `xml:"t"`
		Other []struct{} `xml:",any"`
	}
	if err := xml.Unmarshal([]byte(item), &si); err == nil && si.T != nil && len(si.Other) == 0 && !strings.Contains(si.T.Text, "_x") {
		s.refs--
		return s.index(si.T.Text)
	}
	i := len(s.list)
	s.list = append(s.list, item)
	s.raw[i] = true
	return i
}

// writeTo writes the sharedStrings part.
func (s *sharedStrings) writeTo(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(xmlHeader)
	bw.WriteString(`<sst xmlns="` + nsMain + `" count="`)
	bw.WriteString(strconv.Itoa(s.refs))
	bw.WriteString(`" uniqueCount="`)
	bw.WriteString(strconv.Itoa(len(s.list)))
	bw.WriteString(`">`)
	var b []byte
	for i, t := range s.list {
		if s.raw[i] {
			bw.WriteString(t)
			continue
		}
		t = clamp(t)
		b = append(b[:0], `<si><t`...)
		if t != strings.TrimSpace(t) {
			b = append(b, ` xml:space="preserve"`...)
		}
		b = append(b, '>')
		b = appendEscaped(b, t)
		b = append(b, `</t></si>`...)
		bw.Write(b)
	}
	bw.WriteString(`</sst>`)
	return bw.Flush()
}
