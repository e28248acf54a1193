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
	"path/filepath"
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

const usage = `usage: spindle [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
  -c cmd                  program passed in as string
  -m mod                  run library module as a script (terminates option list)
  -E                      ignore PYTHON* environment variables (such as PYTHONPATH)
  -q                      don't print the version banner at the REPL
  -u, -B, -s, -S, -X opt  accepted as python accepts them; they change nothing here
                          (output is written through, no bytecode is written, there are
                          no site-packages, implementation options are CPython's)
  --switch-interval SECS  preemption interval in seconds (default 0.005)
  --trace FILE            write a Chrome trace-event timeline (Perfetto, chrome://tracing)
  --timeline FILE         write the timeline as a self-contained HTML page
  --schedule seed=N       switch threads at pseudo-random steps from seed N (replayable)
  --stress K              run under K seeds and report the distinct outputs
  --sandbox               deny the script the file system, environment and process id
                          (imports still work)
  --max-memory SIZE       MemoryError past SIZE bytes of heap (K, M, G suffixes; 0: no limit;
                          default: half the machine's memory)
  --max-threads N         RuntimeError: can't start new thread past N live threads
                          (0: no limit; default: one per 256 KB of the memory limit)
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
	module   string  // -m
	file     string  // FILE or "-"
	args     []string
	interval float64
	trace    string // --trace FILE: Chrome trace-event JSON
	timeline string // --timeline FILE: HTML timeline
	seed     uint64 // --schedule seed=N
	stress   int    // --stress K
	sandbox  bool   // --sandbox: no files (see grants)
	noEnv    bool   // -E: ignore PYTHON* variables
	quiet    bool   // -q: no REPL banner
	memory   int64  // --max-memory SIZE; -1: the default
	threads  int    // --max-threads N; -1: the default
}

// parseArgs parses the command line; it returns a usage error message.
func parseArgs(args []string) (config, string, error) {
	c := config{memory: -1, threads: -1}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-h" || a == "--help":
			return c, "help", nil
		case a == "--version" || a == "-V":
			return c, "version", nil
		case a == "--sandbox":
			c.sandbox = true
		case a == "-c":
			if i+1 >= len(args) {
				return c, "", usageError("Argument expected for the -c option")
			}
			code := args[i+1]
			c.code = &code
			c.args = append([]string{"-c"}, args[i+2:]...)
			return c, "", nil
		case a == "-m" || strings.HasPrefix(a, "-m") && !strings.HasPrefix(a, "--"):
			mod := strings.TrimPrefix(a, "-m")
			if mod == "" {
				if i+1 >= len(args) {
					return c, "", usageError("Argument expected for the -m option")
				}
				i++
				mod = args[i]
			}
			c.module = mod
			c.args = append([]string{"-m"}, args[i+1:]...)
			return c, "", nil
		case isValueFlag(a):
			name, val, ok := strings.Cut(a, "=")
			if !ok {
				if i+1 >= len(args) {
					return c, "", usageError("Argument expected for the " + name + " option")
				}
				i++
				val = args[i]
			}
			if err := c.set(name, val); err != nil {
				return c, "", err
			}
		case a == "-":
			c.file = "-"
			c.args = args[i:]
			return c, "", nil
		case a == "-X" || strings.HasPrefix(a, "-X"):
			if a == "-X" {
				if i+1 >= len(args) {
					return c, "", usageError("Argument expected for the -X option")
				}
				i++
			}
		case strings.HasPrefix(a, "-") && !strings.HasPrefix(a, "--"):
			if err := c.setFlags(a[1:]); err != nil {
				return c, "", err
			}
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

// setFlags sets the one-letter options of a cluster such as -uB.
func (c *config) setFlags(letters string) error {
	for _, f := range letters {
		switch f {
		case 'E':
			c.noEnv = true
		case 'q':
			c.quiet = true
		case 'u', 'B', 's', 'S':
		default:
			return fmt.Errorf("unknown option -%c", f)
		}
	}
	return nil
}

// valueFlags are the options that take a value, as --name V or --name=V.
var valueFlags = []string{"--switch-interval", "--trace", "--timeline", "--schedule", "--stress", "--max-memory", "--max-threads"}

func isValueFlag(a string) bool {
	name, _, _ := strings.Cut(a, "=")
	for _, f := range valueFlags {
		if name == f {
			return true
		}
	}
	return false
}

// set stores the value of one option.
func (c *config) set(name, val string) error {
	switch name {
	case "--switch-interval":
		f, err := strconv.ParseFloat(val, 64)
		if err != nil || f <= 0 {
			return fmt.Errorf("invalid --switch-interval value: %q", val)
		}
		c.interval = f
	case "--trace":
		c.trace = val
	case "--timeline":
		c.timeline = val
	case "--schedule":
		n, err := strconv.ParseUint(strings.TrimPrefix(val, "seed="), 10, 64)
		if err != nil || n == 0 || !strings.HasPrefix(val, "seed=") {
			return fmt.Errorf("invalid --schedule value: %q (want seed=N, N > 0)", val)
		}
		c.seed = n
	case "--stress":
		n, err := strconv.Atoi(val)
		if err != nil || n <= 0 {
			return fmt.Errorf("invalid --stress value: %q", val)
		}
		c.stress = n
	case "--max-memory":
		n, err := parseSize(val)
		if err != nil {
			return fmt.Errorf("invalid --max-memory value: %q", val)
		}
		c.memory = n
	case "--max-threads":
		n, err := strconv.Atoi(val)
		if err != nil || n < 0 {
			return fmt.Errorf("invalid --max-threads value: %q", val)
		}
		c.threads = n
	}
	return nil
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
	opts := interp.Options{Stdout: stdout, Stderr: stderr, Stdin: stdin, SwitchInterval: c.interval, Argv: c.args, ScheduleSeed: c.seed}
	grants(c, &opts)
	opts.MaxMemory, opts.MaxThreads = c.limits()
	if c.module != "" {
		if c.stress > 0 {
			fmt.Fprintf(stderr, "--stress does not run -m modules\n%s", usage)
			return 2
		}
		return runModule(c, opts, stderr)
	}
	if c.code == nil && c.file == "" {
		if isTerminal(stdin) {
			return repl(opts, c.quiet)
		}
		c.file = "-"
		opts.Argv = []string{""}
	}
	if c.stress > 0 {
		return stress(c, opts, stdin, stdout, stderr)
	}
	return runScript(c, opts, stdin, stderr)
}

// runScript runs -c code, stdin or a file to completion.
func runScript(c config, opts interp.Options, stdin io.Reader, stderr io.Writer) int {
	name, src, err := scriptSource(c, stdin)
	var noMain noMainError
	if errors.As(err, &noMain) {
		fmt.Fprintf(stderr, "spindle: %v\n", err)
		return 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "spindle: can't open file '%s': %v\n", c.file, errors.Unwrap(err))
		return 2
	}
	if c.trace != "" || c.timeline != "" {
		opts.Trace = core.NewTracer()
	}
	if c.code == nil {
		opts.Globals = starlark.StringDict{"__file__": starlark.String(name)}
	}
	in := interp.New(opts)
	ctx, stop := interruptContext(in)
	exec := in.ExecFile
	if c.code == nil && c.file != "-" && isDir(c.file) {
		exec = in.ExecDirMain // python DIR
	}
	status := exitStatus(exec(ctx, name, src), stderr)
	in.Close() // before stop: daemon threads live on while atexit callbacks run
	stop()
	if err := writeTrace(c, opts.Trace, name); err != nil {
		fmt.Fprintf(stderr, "spindle: %v\n", err)
		return 1
	}
	return status
}

// runModule runs -m mod to completion.
func runModule(c config, opts interp.Options, stderr io.Writer) int {
	if c.trace != "" || c.timeline != "" {
		opts.Trace = core.NewTracer()
	}
	in := interp.New(opts)
	ctx, stop := interruptContext(in)
	err := in.ExecModule(ctx, c.module)
	var missing *interp.NoModuleError
	status := 1
	if errors.As(err, &missing) {
		fmt.Fprintf(stderr, "spindle: %s\n", missing.Msg)
	} else {
		status = exitStatus(err, stderr)
	}
	in.Close()
	stop()
	if err := writeTrace(c, opts.Trace, c.module); err != nil {
		fmt.Fprintf(stderr, "spindle: %v\n", err)
		return 1
	}
	return status
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
	file := c.file
	if isDir(file) { // python DIR runs DIR/__main__.py
		file = filepath.Join(file, "__main__.py")
		if st, err := os.Stat(file); err != nil || st.IsDir() {
			return "", nil, noMainError{interp.HostFS{}.Abs(c.file)}
		}
	}
	b, err := os.ReadFile(file)
	return interp.HostFS{}.Abs(file), b, err // as CPython 3.9+ names __main__ in tracebacks and __file__
}

// isDir reports whether name is a directory.
func isDir(name string) bool {
	st, err := os.Stat(name)
	return err == nil && st.IsDir()
}

// noMainError is the error of a directory to run that has no
// __main__.py.
type noMainError struct{ dir string }

func (e noMainError) Error() string { return "can't find '__main__' module in '" + e.dir + "'" }

// exitStatus prints an uncaught error and returns CPython's exit status.
func exitStatus(err error, stderr io.Writer) int { return interp.ReportExit(err, stderr) }

// interruptContext handles Ctrl-C as CPython does: it raises
// KeyboardInterrupt in the main thread, which a script may catch. Once
// the main thread has ended, Ctrl-C stops every thread; after that it
// exits at once.
func interruptContext(in *interp.Interpreter) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	sig := make(chan os.Signal, 3)
	signal.Notify(sig, os.Interrupt)
	done := make(chan struct{})
	go func() {
		cancelled := false
		for {
			select {
			case <-sig:
			case <-done:
				return
			}
			switch {
			case !cancelled && in != nil && in.Interrupt():
			case !cancelled:
				cancel(py.NewException(py.KeyboardInterrupt))
				cancelled = true
			default:
				os.Exit(130)
			}
		}
	}()
	return ctx, func() { signal.Stop(sig); close(done); cancel(nil) }
}
