//go:build !windows

package diag

// systemLanguages is empty where the locale variables are the system's
// own setting (Unix).
func systemLanguages() []string { return nil }
