package main

// This file defines run: flag parsing, running a file, -c code or stdin,
// exit codes, and Ctrl-C handling.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"

	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/core"
)

const usage = `usage: spindle [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd                  program passed in as string
  --switch-interval SECS  preemption interval in seconds (default 0.005)
  --version               print the version number and exit
  -h, --help              print this help message and exit
file  : program read from script file (.py or .star)
-     : program read from stdin
arg ...: arguments passed to program in sys.argv[1:]
`

// usageError is a command-line mistake, worded as CPython words it.
type usageError string

func (e usageError) Error() string { return string(e) }

// config is the parsed command line.
type config struct {
	code     *string // -c
	file     string  // FILE or "-"
	args     []string
	interval float64
}

// parseArgs parses the command line; it returns a usage error message.
func parseArgs(args []string) (config, string, error) {
	var c config
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-h" || a == "--help":
			return c, "help", nil
		case a == "--version" || a == "-V":
			return c, "version", nil
		case a == "-c":
			if i+1 >= len(args) {
				return c, "", usageError("Argument expected for the -c option")
			}
			code := args[i+1]
			c.code = &code
			c.args = append([]string{"-c"}, args[i+2:]...)
			return c, "", nil
		case a == "--switch-interval" || strings.HasPrefix(a, "--switch-interval="):
			v, rest, ok := strings.Cut(a, "=")
			_ = v
			if !ok {
				if i+1 >= len(args) {
					return c, "", usageError("Argument expected for the --switch-interval option")
				}
				i++
				rest = args[i]
			}
			f, err := strconv.ParseFloat(rest, 64)
			if err != nil || f <= 0 {
				return c, "", fmt.Errorf("invalid --switch-interval value: %q", rest)
			}
			c.interval = f
		case a == "-":
			c.file = "-"
			c.args = args[i:]
			return c, "", nil
		case strings.HasPrefix(a, "-"):
			return c, "", fmt.Errorf("unknown option %s", a)
		default:
			c.file = a
			c.args = args[i:]
			return c, "", nil
		}
	}
	return c, "", nil
}

// run is the whole command; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, action, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "%s\n%s", err, usage)
		return 2
	}
	switch action {
	case "help":
		fmt.Fprint(stdout, usage)
		return 0
	case "version":
		fmt.Fprintf(stdout, "spindle %s\n", sys.Version)
		return 0
	}
	opts := interp.Options{Stdout: stdout, Stderr: stderr, Stdin: stdin, SwitchInterval: c.interval, Argv: c.args}
	if c.code == nil && c.file == "" {
		if isTerminal(stdin) {
			return repl(opts)
		}
		c.file = "-"
		opts.Argv = []string{""}
	}
	return runScript(c, opts, stdin, stderr)
}

// runScript runs -c code, stdin or a file to completion.
func runScript(c config, opts interp.Options, stdin io.Reader, stderr io.Writer) int {
	name, src, err := scriptSource(c, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "spindle: can't open file '%s': %v\n", c.file, errors.Unwrap(err))
		return 2
	}
	in := interp.New(opts)
	defer in.Close()
	ctx, stop := interruptContext()
	defer stop()
	return exitStatus(in.ExecFile(ctx, name, src), stderr)
}

// scriptSource returns the file name and source text to run.
func scriptSource(c config, stdin io.Reader) (string, []byte, error) {
	switch {
	case c.code != nil:
		return "<string>", []byte(*c.code), nil
	case c.file == "-":
		b, err := io.ReadAll(stdin)
		return "<stdin>", b, err
	}
	b, err := os.ReadFile(c.file)
	return c.file, b, err
}

// exitStatus prints an uncaught error and returns CPython's exit status.
func exitStatus(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var ie *interp.Error
	if errors.As(err, &ie) {
		if ie.Exception != nil && ie.Exception.Class.IsSubclass(core.SystemExit) {
			return systemExit(ie, stderr)
		}
		io.WriteString(stderr, ie.Traceback())
		return 1
	}
	fmt.Fprintln(stderr, err)
	return 1
}

// systemExit prints a non-integer SystemExit argument, as CPython does.
func systemExit(ie *interp.Error, stderr io.Writer) int {
	if args := ie.Exception.Args; len(args) == 1 {
		if _, isInt := core.Unbox(args[0]).(interface{ Int64() (int64, bool) }); !isInt && args[0].String() != "None" {
			fmt.Fprintln(stderr, core.Str(args[0]))
			return 1
		}
	}
	return ie.ExitCode()
}

// interruptContext is cancelled with KeyboardInterrupt on the first
// Ctrl-C; a second Ctrl-C exits at once.
func interruptContext() (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt)
	done := make(chan struct{})
	go func() {
		select {
		case <-sig:
			cancel(core.NewException(core.KeyboardInterrupt))
		case <-done:
			return
		}
		select {
		case <-sig:
			os.Exit(130)
		case <-done:
		}
	}()
	return ctx, func() { signal.Stop(sig); close(done); cancel(nil) }
}
