package document

import "github.com/chitieu/chitieu/internal/diag"

func docxText(file string, data []byte) (string, error) {
	return "", diag.Errorf(file, 0, "not a DOCX file: it is not a zip archive") // TODO
}
