// Package signal is spindle's signal module: signal handlers a script
// installs with signal.signal. A SIGINT handler runs in the main thread
// when Ctrl-C reaches the spindle command, or when an embedder calls
// Interpreter.Interrupt (the only way an embedded script receives
// SIGINT); raise_signal runs handlers at once, as CPython does in the
// main thread. Handlers for other signals are recorded and run only by
// raise_signal: spindle never receives them. SIG_DFL for SIGINT acts as
// default_int_handler (KeyboardInterrupt). Signal numbers are Linux's and
// are plain ints (CPython's are IntEnum members that print the same).
package signal

// This file defines the module and its functions.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// The dispositions SIG_DFL and SIG_IGN.
const (
	sigDFL = 0
	sigIGN = 1
)

// nsig is one more than the highest signal number.
const nsig = 65

// names are the signals the module names, with strsignal's text.
var names = []struct {
	name string
	num  int
	desc string
}{
	{"SIGHUP", 1, "Hangup"}, {"SIGINT", 2, "Interrupt"}, {"SIGQUIT", 3, "Quit"},
	{"SIGABRT", 6, "Aborted"}, {"SIGKILL", 9, "Killed"}, {"SIGUSR1", 10, "User defined signal 1"},
	{"SIGSEGV", 11, "Segmentation fault"}, {"SIGUSR2", 12, "User defined signal 2"},
	{"SIGPIPE", 13, "Broken pipe"}, {"SIGALRM", 14, "Alarm clock"}, {"SIGTERM", 15, "Terminated"},
	{"SIGCHLD", 17, "Child exited"}, {"SIGCONT", 18, "Continued"}, {"SIGSTOP", 19, "Stopped (signal)"},
	{"SIGTSTP", 20, "Stopped"}, {"SIGWINCH", 28, "Window changed"},
}

// defaultIntHandler is signal.default_int_handler; one value, so that
// getsignal returns the same object each time.
var defaultIntHandler = starlark.NewBuiltin("default_int_handler", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return nil, py.NewException(py.KeyboardInterrupt)
})

// Module is the signal module. Members:
//
//	signal(signalnum, handler), getsignal(signalnum), raise_signal(signalnum)
//	default_int_handler(signalnum, frame), strsignal(signalnum)
//	SIG_DFL, SIG_IGN, NSIG, SIGINT, SIGTERM, SIGHUP... (Linux numbers)
//	Signals(signalnum) (.name, .value; Signals.SIGINT...)
var Module = newModule()

func newModule() *core.Module {
	m := &core.Module{Name: "signal", Members: starlark.StringDict{
		"signal":              starlark.NewBuiltin("signal", signalSignal),
		"getsignal":           starlark.NewBuiltin("getsignal", getsignal),
		"raise_signal":        starlark.NewBuiltin("raise_signal", raiseSignal),
		"strsignal":           starlark.NewBuiltin("strsignal", strsignal),
		"default_int_handler": defaultIntHandler,
		"SIG_DFL":             starlark.MakeInt(sigDFL),
		"SIG_IGN":             starlark.MakeInt(sigIGN),
		"NSIG":                starlark.MakeInt(nsig),
		"Signals":             signalsClass,
	}}
	for _, s := range names {
		m.Members[s.name] = starlark.MakeInt(s.num)
	}
	return m
}

// handlersKey keys an Interpreter's handler table.
type handlersKey struct{}

// handlers returns the Interpreter's handler of each signal (absent:
// SIG_DFL). It is guarded by the GIL.
func handlers(rt *core.Runtime) map[int]starlark.Value {
	return rt.ModuleState(handlersKey{}, func() any {
		return map[int]starlark.Value{core.SIGINT: defaultIntHandler, 13: starlark.MakeInt(sigIGN)}
	}).(map[int]starlark.Value)
}

func runtime(thread *starlark.Thread) (*core.Runtime, error) {
	rt := core.RuntimeOf(thread)
	if rt == nil {
		return nil, py.Raise(py.RuntimeError, "signal needs a spindle interpreter")
	}
	return rt, nil
}

// signumArg unpacks the one argument, a signal number, of b's call.
func signumArg(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (int, error) {
	var numv starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &numv); err != nil {
		return 0, err
	}
	return signum(numv)
}

// signalArg is signumArg and the calling thread's runtime.
func signalArg(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (int, *core.Runtime, error) {
	n, err := signumArg(b, args, kwargs)
	if err != nil {
		return 0, nil, err
	}
	rt, err := runtime(thread)
	return n, rt, err
}

// signum unpacks a signal number in range.
func signum(v starlark.Value) (int, error) {
	n, err := starlark.AsInt32(v)
	if err != nil {
		return 0, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(v))
	}
	if n < 1 || n >= nsig {
		return 0, py.Raise(py.ValueError, "signal number out of range")
	}
	return n, nil
}

// signalSignal implements signal(signalnum, handler): it installs
// handler and returns the previous one.
// https://docs.python.org/3/library/signal.html#signal.signal
func signalSignal(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var numv, handler starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &numv, &handler); err != nil {
		return nil, err
	}
	n, err := signum(numv)
	if err != nil {
		return nil, err
	}
	mode, err := disposition(handler)
	if err != nil {
		return nil, err
	}
	if t := core.FromThread(thread); t == nil || !t.Main {
		return nil, py.Raise(py.ValueError, "signal only works in main thread of the main interpreter")
	}
	if n == 9 || n == 19 {
		return nil, py.Raise(py.OSError, "[Errno 22] Invalid argument")
	}
	rt, err := runtime(thread)
	if err != nil {
		return nil, err
	}
	table := handlers(rt)
	old, ok := table[n]
	if !ok {
		old = starlark.MakeInt(sigDFL)
	}
	table[n] = handler
	if n == core.SIGINT {
		rt.SetSigint(mode, handler)
	}
	return old, nil
}

// disposition checks a handler and returns what it makes SIGINT do.
func disposition(handler starlark.Value) (int32, error) {
	if i, ok := handler.(starlark.Int); ok {
		switch n, _ := i.Int64(); n {
		case sigIGN:
			return core.SigintIgnore, nil
		case sigDFL:
			return core.SigintDefault, nil
		}
	}
	if _, ok := handler.(starlark.Callable); !ok {
		return 0, py.Raise(py.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	if handler == starlark.Value(defaultIntHandler) {
		return core.SigintDefault, nil
	}
	return core.SigintHandler, nil
}

// getsignal implements getsignal(signalnum).
func getsignal(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, rt, err := signalArg(thread, b, args, kwargs)
	if err != nil {
		return nil, err
	}
	if h, ok := handlers(rt)[n]; ok {
		return h, nil
	}
	return starlark.MakeInt(sigDFL), nil
}

// raiseSignal implements raise_signal(signalnum): in the main thread the
// handler runs before it returns; from another thread a SIGINT goes to
// the main thread.
func raiseSignal(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, rt, err := signalArg(thread, b, args, kwargs)
	if err != nil {
		return nil, err
	}
	t := core.FromThread(thread)
	if n == core.SIGINT && t != nil && !t.Main {
		if main := mainThread(t); main != nil {
			main.DeliverSigint()
			return starlark.None, nil
		}
	}
	h, ok := handlers(rt)[n]
	if !ok {
		h = starlark.MakeInt(sigDFL)
	}
	if i, ok := h.(starlark.Int); ok {
		if v, _ := i.Int64(); v == sigIGN {
			return starlark.None, nil
		}
		if n == core.SIGINT {
			return nil, py.NewException(py.KeyboardInterrupt)
		}
		// the default action ends the process, as the signal would
		return nil, py.NewException(py.SystemExit, starlark.MakeInt(128+n))
	}
	var frame starlark.Value = starlark.None
	if t != nil {
		if frames := t.ThreadFrames(); len(frames) > 0 {
			frame = frames[len(frames)-1]
		}
	}
	_, err = starlark.Call(thread, h, starlark.Tuple{starlark.MakeInt(n), frame}, nil)
	return starlark.None, err
}

// mainThread returns the main thread that t descends from.
func mainThread(t *core.Thread) *core.Thread {
	for t != nil && !t.Main {
		t = t.Parent
	}
	return t
}

// strsignal implements strsignal(signalnum).
func strsignal(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, err := signumArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	for _, s := range names {
		if s.num == n {
			return starlark.String(s.desc), nil
		}
	}
	return starlark.String(fmt.Sprintf("Unknown signal %d", n)), nil
}
