// Package facts defines the indicator fact, the unit of data that flows
// through chitieu (../shared/spec/facts.md is the contract), and reads and
// writes fact files: JSON Lines and CSV.
//
// It knows nothing of documents, extraction or Excel; readers report every
// bad line of a file with its position, so a user can fix a file in one pass.
package facts
