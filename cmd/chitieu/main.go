// Command chitieu extracts socio-economic indicator facts from Vietnamese
// documents and builds official-looking XLSX reports from them.
package main

import (
	"os"

	"github.com/chitieu/chitieu/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.Env{Stdout: os.Stdout, Stderr: os.Stderr}))
}
