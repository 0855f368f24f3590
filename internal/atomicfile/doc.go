// Package atomicfile writes output files so that a reader, or a later run,
// never sees a half-written one: the content goes to a temporary file in
// the same folder, is flushed to disk, and only then renamed over the
// target. A failure at any point leaves the previous file untouched, and
// no temporary file stays behind: not on an error, not on Ctrl-C, kill or
// a closed terminal, and not for long after a hard kill (the next write to
// the same target removes it).
//
// Errors name the target or its folder as the caller gave them, never the
// temporary file.
package atomicfile
