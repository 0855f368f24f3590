//go:build windows

package diag

import "golang.org/x/sys/windows"

// systemLanguages is the user's display languages, most preferred first
// ("vi-VN"): Windows sets no LANG, so a Vietnamese PC says it here.
func systemLanguages() []string {
	langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err != nil {
		return nil
	}
	return langs
}
