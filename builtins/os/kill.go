package os

// This file defines kill (a script may signal its own process only) and
// strerror.

import (
	"syscall"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/signal"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// kill implements kill(pid, sig) for pid the process's own id (granted
// as os.getpid's): the signal is delivered as signal.raise_signal(sig)
// delivers it, and sig 0 checks nothing more. Another pid is not the
// script's to signal: PermissionError.
// https://docs.python.org/3/library/os.html#os.kill
func kill(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var pidv, sigv starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &pidv, &sigv); err != nil {
		return nil, err
	}
	pid, err := py.AsCInt(pidv)
	if err != nil {
		return nil, err
	}
	sig, err := py.AsCInt(sigv)
	if err != nil {
		return nil, err
	}
	rt := core.RuntimeOf(thread)
	if rt == nil || rt.Pid() == 0 || pid != rt.Pid() {
		return nil, py.NotGranted("signalling a process", "only the script's own, with interp.Options.Pid")
	}
	if sig == 0 {
		return starlark.None, nil
	}
	if sig < 0 || sig >= 65 {
		return nil, py.NewException(py.OSError, starlark.MakeInt(22), starlark.String("Invalid argument"))
	}
	return starlark.None, signal.Raise(thread, sig)
}

// strerror implements strerror(code).
// https://docs.python.org/3/library/os.html#os.strerror
func strerror(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var code starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &code); err != nil {
		return nil, err
	}
	n, err := py.AsCInt(code)
	if err != nil {
		return nil, err
	}
	return starlark.String(core.Strerror(syscall.Errno(n))), nil
}
