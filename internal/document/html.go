package document

import "strings"

// looksHTML reports whether decoded text is an HTML page: it starts, after
// blank space, a BOM and an optional XML declaration or comments, with
// <!doctype html or <html.
func looksHTML(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n\uFEFF")
	for {
		switch {
		case strings.HasPrefix(s, "<?xml"):
			i := strings.Index(s, "?>")
			if i < 0 {
				return false
			}
			s = strings.TrimLeft(s[i+2:], " \t\r\n")
		case strings.HasPrefix(s, "<!--"):
			i := strings.Index(s, "-->")
			if i < 0 {
				return false
			}
			s = strings.TrimLeft(s[i+3:], " \t\r\n")
		default:
			head := strings.ToLower(s[:min(len(s), 14)])
			return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
		}
	}
}

func htmlText(s string) string { return s } // TODO
