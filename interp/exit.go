package interp

// This file defines ReportExit: how a command that runs a script reports
// the error of the run and which exit status it returns.

import (
	"errors"
	"fmt"
	"io"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// ReportExit prints an uncaught error of a run to stderr as CPython
// prints it (the traceback, a SystemExit's non-integer argument, nothing
// for SystemExit(0)) and returns CPython's exit status: 0 for a nil
// error, 130 for KeyboardInterrupt, as a shell reports CPython killed
// by SIGINT. A deadlock report is printed as "spindle: MESSAGE".
func ReportExit(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var ie *Error
	if errors.As(err, &ie) {
		if ie.Exception != nil && ie.Exception.Class.IsSubclass(py.SystemExit) {
			return systemExit(ie, stderr)
		}
		if ie.Exception != nil && ie.Exception.Class == core.DeadlockError {
			fmt.Fprintf(stderr, "spindle: %s\n", ie.Exception.Message())
			return 1
		}
		io.WriteString(stderr, ie.Traceback())
		if ie.Exception != nil && ie.Exception.Class == py.KeyboardInterrupt {
			return 130
		}
		return 1
	}
	fmt.Fprintln(stderr, err)
	return 1
}

// systemExit prints a non-integer SystemExit argument, as CPython does.
func systemExit(ie *Error, stderr io.Writer) int {
	if args := ie.Exception.Args; len(args) == 1 {
		arg := py.Unbox(args[0])
		_, isInt := arg.(interface{ Int64() (int64, bool) })
		if _, isBool := arg.(starlark.Bool); !isInt && !isBool && arg.String() != "None" {
			fmt.Fprintln(stderr, py.Str(args[0]))
			return 1
		}
	}
	return ie.ExitCode()
}
