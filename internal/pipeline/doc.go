// Package pipeline is chitieu's build run as one call: it expands folder
// arguments, reads every input (documents through the extractor, fact
// files through their readers), applies the unit rules (--unit, --units),
// builds the report model and writes the workbook atomically.
//
// Front ends (the command line, the job runner) sit on top of it: they
// turn flags or a job file into BuildOptions, call Build, and print.
// Nothing here prints, reads flags or exits.
//
// Errors follow one convention. What the user must fix (a bad line in a
// fact file, an unreadable input, an output that already exists, nothing
// to build) comes back as a diag.List of problems naming the file and, where
// there is one, the line; warnings travel in the same list. Functions below
// the pipeline return plain errors, and the pipeline is where such an error
// about a file the user named becomes a Problem (diag.WithFile,
// diag.StripPath).
package pipeline
