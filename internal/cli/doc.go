// Package cli is chitieu's command line: the subcommands (build, extract,
// version, help), their flags, and the mapping of outcomes to exit codes
// and messages in the user's language.
//
// It wires the pipeline packages together and owns no logic of its own
// beyond deciding which reader an input file needs; cmd/chitieu only calls
// Main.
package cli
