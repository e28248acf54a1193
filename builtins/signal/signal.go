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
	_ "embed"
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

// names are the signals the module names, in the order of CPython's
// Signals (aliases after their first name), with strsignal's text.
var names = []struct {
	name string
	num  int
	desc string
}{
	{"SIGHUP", 1, "Hangup"}, {"SIGINT", 2, "Interrupt"},
	{"SIGQUIT", 3, "Quit"}, {"SIGILL", 4, "Illegal instruction"},
	{"SIGTRAP", 5, "Trace/breakpoint trap"}, {"SIGABRT", 6, "Aborted"},
	{"SIGIOT", 6, "Aborted"}, {"SIGBUS", 7, "Bus error"},
	{"SIGFPE", 8, "Floating point exception"}, {"SIGKILL", 9, "Killed"},
	{"SIGUSR1", 10, "User defined signal 1"}, {"SIGSEGV", 11, "Segmentation fault"},
	{"SIGUSR2", 12, "User defined signal 2"}, {"SIGPIPE", 13, "Broken pipe"},
	{"SIGALRM", 14, "Alarm clock"}, {"SIGTERM", 15, "Terminated"},
	{"SIGSTKFLT", 16, "Stack fault"}, {"SIGCHLD", 17, "Child exited"},
	{"SIGCLD", 17, "Child exited"}, {"SIGCONT", 18, "Continued"},
	{"SIGSTOP", 19, "Stopped (signal)"}, {"SIGTSTP", 20, "Stopped"},
	{"SIGTTIN", 21, "Stopped (tty input)"}, {"SIGTTOU", 22, "Stopped (tty output)"},
	{"SIGURG", 23, "Urgent I/O condition"}, {"SIGXCPU", 24, "CPU time limit exceeded"},
	{"SIGXFSZ", 25, "File size limit exceeded"}, {"SIGVTALRM", 26, "Virtual timer expired"},
	{"SIGPROF", 27, "Profiling timer expired"}, {"SIGWINCH", 28, "Window changed"},
	{"SIGIO", 29, "I/O possible"}, {"SIGPOLL", 29, "I/O possible"},
	{"SIGPWR", 30, "Power failure"}, {"SIGSYS", 31, "Bad system call"},
	{"SIGRTMIN", 34, "Real-time signal 0"}, {"SIGRTMAX", 64, "Real-time signal 30"},
}

// defaultIntHandler is signal.default_int_handler; one value, so that
// getsignal returns the same object each time.
var defaultIntHandler = starlark.NewBuiltin("default_int_handler", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return nil, py.NewException(py.KeyboardInterrupt)
})

// Module is the signal module. Members:
//
//	signal(signalnum, handler), getsignal(signalnum), raise_signal(signalnum)
//	default_int_handler(signalnum, frame), strsignal(signalnum), valid_signals()
//	alarm(seconds), setitimer(which, seconds, interval=0.0), getitimer(which),
//	ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF, ItimerError, pthread_kill(thread_id, signalnum)
//	Signals, Handlers (IntEnums: SIGINT is <Signals.SIGINT: 2>, SIG_DFL
//	<Handlers.SIG_DFL: 0>), SIG_DFL, SIG_IGN, NSIG, SIGINT, SIGTERM, ... (Linux numbers)
//
// Its Source (signal.py) defines the enumerations and the wrappers that
// take and return their members, over the native functions in Helpers.
var Module = &core.Module{Name: "signal", Source: source, Helpers: starlark.StringDict{
	"_signal":              starlark.NewBuiltin("signal", signalSignal),
	"_getsignal":           starlark.NewBuiltin("getsignal", getsignal),
	"_raise_signal":        starlark.NewBuiltin("raise_signal", raiseSignal),
	"_strsignal":           starlark.NewBuiltin("strsignal", strsignal),
	"_valid_signals":       starlark.NewBuiltin("valid_signals", validSignals),
	"_default_int_handler": defaultIntHandler,
	"_NSIG":                starlark.MakeInt(nsig),
	"_alarm":               starlark.NewBuiltin("alarm", alarm),
	"_setitimer":           starlark.NewBuiltin("setitimer", setitimer),
	"_getitimer":           starlark.NewBuiltin("getitimer", getitimer),
	"_pthread_kill":        starlark.NewBuiltin("pthread_kill", pthreadKill),
	"_ItimerError":         ItimerError,
	"_names":               nameList(),
}}

//go:embed signal.py
var source string

// nameList is names as the functional API of IntEnum takes them: a list
// of (name, number) pairs.
func nameList() *starlark.List {
	pairs := make([]starlark.Value, len(names))
	for i, s := range names {
		pairs[i] = starlark.Tuple{starlark.String(s.name), starlark.MakeInt(s.num)}
	}
	return starlark.NewList(pairs)
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

// signum unpacks a signal number in range: an int or an object with
// __index__ (a Signals member).
func signum(v starlark.Value) (int, error) {
	n, err := py.AsCInt(v)
	if err != nil {
		return 0, err
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

// raiseSignal implements raise_signal(signalnum).
func raiseSignal(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, err := signumArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.None, Raise(thread, n)
}

// Raise delivers signal n to the script, as raise_signal(n) and
// pthread_kill do: in the main thread the handler runs before
// it returns; from another thread the signal goes to the main thread,
// whose handler runs there, as CPython runs handlers.
func Raise(thread *starlark.Thread, n int) error {
	rt, err := runtime(thread)
	if err != nil {
		return err
	}
	if t := core.FromThread(thread); t != nil && !t.Main {
		if main := mainThread(t); main != nil {
			if n == core.SIGINT {
				main.DeliverSigint()
			} else {
				main.DeliverSignal(func(st *starlark.Thread) error { return handle(st, rt, n) })
			}
			return nil
		}
	}
	return handle(thread, rt, n)
}

// handle runs the handler of signal n in thread, or its disposition.
func handle(thread *starlark.Thread, rt *core.Runtime, n int) error {
	h, ok := handlers(rt)[n]
	if !ok {
		h = starlark.MakeInt(sigDFL)
	}
	if i, ok := h.(starlark.Int); ok {
		if v, _ := i.Int64(); v == sigIGN {
			return nil
		}
		if n == core.SIGINT {
			return py.NewException(py.KeyboardInterrupt)
		}
		if defaultIgnored[n] {
			return nil
		}
		// the default action ends the process, as the signal would
		return py.NewException(py.SystemExit, starlark.MakeInt(128+n))
	}
	var frame starlark.Value = starlark.None
	if t := core.FromThread(thread); t != nil {
		if frames := t.ThreadFrames(); len(frames) > 0 {
			frame = frames[len(frames)-1]
		}
	}
	_, err := starlark.Call(thread, h, starlark.Tuple{starlark.MakeInt(n), frame}, nil)
	return err
}

// defaultIgnored are the signals whose default action leaves the
// process running: SIGCHLD, SIGCONT, SIGURG, SIGWINCH.
var defaultIgnored = map[int]bool{17: true, 18: true, 23: true, 28: true}

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
	if n > sigrtmin && n < nsig-1 {
		return starlark.String(fmt.Sprintf("Real-time signal %d", n-sigrtmin)), nil
	}
	return starlark.None, nil // glibc names no signal 32 or 33
}

// The real-time signals' range, SIGRTMIN..SIGRTMAX, as glibc's.
const sigrtmin = 34

// validSignals implements valid_signals(): the numbers of the signals
// Linux has, 1 to NSIG-1 but 32 and 33 (glibc's own).
func validSignals(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	set := new(starlark.Set)
	for n := 1; n < nsig; n++ {
		if n < 32 || n >= sigrtmin {
			set.Insert(starlark.MakeInt(n))
		}
	}
	return set, nil
}
