// Package job runs chitieu unattended: it reads a job file (TOML) that
// names the inputs, the report and its delivery by e-mail, checks it with
// errors that point at the line to fix, and runs it: build through
// internal/pipeline, mail through internal/mailer, under a lock so that two
// overlapping runs of one job neither write the same output nor send twice.
//
// A run ends in one of the outcomes a scheduler acts on (see Outcome) and a
// Summary that can be written as JSON. It prints nothing itself: progress
// goes to the slog.Logger it is given, problems come back as diag.List.
package job
