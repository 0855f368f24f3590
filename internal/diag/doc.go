// Package diag carries problems found in user input (a bad line in a fact
// file, an unreadable document) to the person who must fix them, in their
// language.
//
// A Problem's message is an English format string; it doubles as the key of
// a golang.org/x/text/message catalog, so each package registers the
// Vietnamese text of its own messages beside the code that raises them
// (see Register) and nothing here needs to know every message.
//
// The convention across chitieu: what the user must fix comes back as a
// List of Problems naming the file and, where there is one, the line
// (warnings in the same list); everything else is a plain error. Where a
// plain error concerns a file the user named, WithFile and StripPath turn
// it into a Problem once, at the pipeline, rather than each caller
// formatting its own.
package diag
