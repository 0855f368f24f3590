// Package cli is chitieu's command line: the subcommands (build, extract,
// version, help), their flags, and the mapping of outcomes to exit codes
// and messages in the user's language.
//
// It only parses flags into options, calls the packages that do the work
// (internal/pipeline for reading inputs and building the report) and
// prints what they return; cmd/chitieu only calls Main.
package cli
