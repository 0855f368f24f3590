package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/pflag"
	"golang.org/x/text/message"

	"github.com/chitieu/chitieu/internal/diag"
)

// Exit codes, part of the command-line contract: schedulers act on them.
const (
	ExitOK    = 0 // the output was written
	ExitInput = 1 // bad input, or nothing could be built; no output written or changed
	ExitUsage = 2 // the command line itself is wrong
)

// Version is the release; builds from a checkout add the VCS revision.
var Version = "0.1.0-dev"

// Env is what a command sees of the outside world, so tests can run
// commands in-process.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

// command is one subcommand.
type command struct {
	name    string
	summary string // English; translated through the message catalog
	usage   string
	run     func(c *ctx, cmd *command, args []string) int
}

var commands []*command

func init() {
	commands = []*command{buildCommand, extractCommand, runCommand, templatesCommand, versionCommand}
}

// ctx carries one run's environment and printer.
type ctx struct {
	Env
	pr *message.Printer
}

func (c *ctx) printf(format string, args ...any) {
	c.pr.Fprintf(c.Stderr, format, args...)
}

// report prints problems, one a line, and says whether any was an error.
func (c *ctx) report(ps diag.List) (failed bool) {
	// The lines go out in one write: a run over a folder can warn about
	// hundreds of its files, and each write is a system call.
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Message(c.pr))
		b.WriteByte('\n')
		failed = failed || !p.Warning
	}
	if b.Len() > 0 {
		io.WriteString(c.Stderr, b.String())
	}
	return failed
}

// Main runs chitieu with args (without the program name) and returns the
// exit code.
func Main(args []string, env Env) int {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	if env.Stdin == nil {
		env.Stdin = os.Stdin
	}
	c := &ctx{Env: env, pr: diag.Printer(diag.Locale(env.Getenv))}
	if len(args) == 0 {
		c.usage(c.Stderr)
		return ExitUsage
	}
	switch args[0] {
	case "help", "-h", "--help":
		return c.help(args[1:])
	case "version", "--version":
		return versionCommand.run(c, versionCommand, args[1:])
	}
	for _, cmd := range commands {
		if cmd.name == args[0] {
			return cmd.run(c, cmd, args[1:])
		}
	}
	c.printf("chitieu: unknown command %q\n", args[0])
	c.usage(c.Stderr)
	return ExitUsage
}

func (c *ctx) usage(w io.Writer) {
	c.pr.Fprintf(w, "chitieu turns Vietnamese socio-economic reports into Excel workbooks.\n\n")
	c.pr.Fprintf(w, "Usage:\n  chitieu <command> [flags] [files]\n\nCommands:\n")
	for _, cmd := range commands {
		fmt.Fprintf(w, "  %-9s %s\n", cmd.name, c.pr.Sprintf(cmd.summary))
	}
	fmt.Fprintf(w, "  %-9s %s\n", "help", c.pr.Sprintf("show help for a command"))
	c.pr.Fprintf(w, "\nRun 'chitieu help <command>' for the flags of a command.\n")
}

func (c *ctx) help(args []string) int {
	if len(args) == 0 {
		c.usage(c.Stdout)
		return ExitOK
	}
	for _, cmd := range commands {
		if cmd.name == args[0] {
			return cmd.run(c, cmd, []string{"--help"})
		}
	}
	c.printf("chitieu: unknown command %q\n", args[0])
	return ExitUsage
}

// flagSet makes a pflag set that prints translated usage and never exits
// the process.
func (c *ctx) flagSet(cmd *command) *pflag.FlagSet {
	fs := pflag.NewFlagSet(cmd.name, pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	fs.Usage = func() {}
	return fs
}

// parse parses flags; it returns done=true with the exit code when the
// command should stop (help asked, or a usage error).
func (c *ctx) parse(cmd *command, fs *pflag.FlagSet, args []string) (done bool, code int) {
	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) {
		c.commandHelp(c.Stdout, cmd, fs)
		return true, ExitOK
	}
	if err != nil {
		c.printf("chitieu %s: %v\n", cmd.name, err)
		c.printf("Run 'chitieu help %s' for usage.\n", cmd.name)
		return true, ExitUsage
	}
	return false, 0
}

// usageError reports a wrong command line and returns ExitUsage.
func (c *ctx) usageError(cmd *command, format string, a ...any) int {
	fmt.Fprintf(c.Stderr, "chitieu %s: %s\n", cmd.name, c.pr.Sprintf(format, a...))
	c.printf("Run 'chitieu help %s' for usage.\n", cmd.name)
	return ExitUsage
}

func (c *ctx) commandHelp(w io.Writer, cmd *command, fs *pflag.FlagSet) {
	c.pr.Fprintf(w, "Usage:\n  %s\n\n%s\n\nFlags:\n", cmd.usage, c.pr.Sprintf(cmd.summary))
	fs.VisitAll(func(f *pflag.Flag) {
		name := "--" + f.Name
		if f.Shorthand != "" {
			name = "-" + f.Shorthand + ", " + name
		}
		if f.Value.Type() != "bool" {
			name += " " + strings.ToUpper(f.Value.Type())
		}
		line := c.pr.Sprintf(f.Usage)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "[]" {
			line += c.pr.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(w, "  %-22s %s\n", name, line)
	})
}

var versionCommand = &command{
	name:    "version",
	summary: "print the version",
	usage:   "chitieu version",
	run: func(c *ctx, _ *command, args []string) int {
		v := Version
		if bi, ok := debug.ReadBuildInfo(); ok {
			for _, s := range bi.Settings {
				if s.Key == "vcs.revision" && len(s.Value) >= 12 {
					v += "+" + s.Value[:12]
				}
			}
			fmt.Fprintf(c.Stdout, "chitieu %s (%s)\n", v, bi.GoVersion)
			return ExitOK
		}
		fmt.Fprintf(c.Stdout, "chitieu %s\n", v)
		return ExitOK
	},
}
