// Package os is spindle's os module, deliberately small because spindle
// is hermetic: the process id, the CPU count, a read-only view of the
// environment, and the path separator. The environment and the process
// id are what the embedder grants (interp.Options.Env, interp.Options.Pid):
// by default os.environ is empty and os.getpid() raises PermissionError.
package os

// This file defines the module and the environ mapping.

import (
	goos "os"
	"runtime"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the os module. Members:
//
//	getpid(), strerror(code)
//	cpu_count()
//	environ (read-only: environ[k], environ.get(k, default), keys, values, items)
//	sep, name, linesep, pathsep, curdir, pardir, extsep
//	path (the os.path module, path.go), fspath(path)
//	getcwd(), listdir(path='.'), mkdir(path, mode), makedirs(name, mode, exist_ok)
//	remove(path), unlink(path), rmdir(path), rename(src, dst)
var Module = &core.Module{Name: "os", Members: starlark.StringDict{
	"getpid":    starlark.NewBuiltin("getpid", getpid),
	"strerror":  starlark.NewBuiltin("strerror", strerror),
	"cpu_count": starlark.NewBuiltin("cpu_count", cpuCount),
	"environ":   &Environ{},
	"sep":       starlark.String(string(goos.PathSeparator)),
	"name":      starlark.String(osName()),
	"linesep":   starlark.String(lineSep()),
	"pathsep":   starlark.String(string(goos.PathListSeparator)),
	"curdir":    starlark.String("."),
	"pardir":    starlark.String(".."),
	"extsep":    starlark.String("."),

	"path":     Path,
	"fspath":   starlark.NewBuiltin("fspath", fspath),
	"getcwd":   starlark.NewBuiltin("getcwd", getcwd),
	"listdir":  starlark.NewBuiltin("listdir", listdir),
	"mkdir":    starlark.NewBuiltin("mkdir", mkdir),
	"makedirs": starlark.NewBuiltin("makedirs", makedirs),
	"remove":   starlark.NewBuiltin("remove", remove),
	"unlink":   starlark.NewBuiltin("unlink", remove),
	"rmdir":    starlark.NewBuiltin("rmdir", rmdir),
	"rename":   starlark.NewBuiltin("rename", rename),
}}

func osName() string {
	if runtime.GOOS == "windows" {
		return "nt"
	}
	return "posix"
}

// lineSep is the line separator of the platform's text files.
func lineSep() string {
	if runtime.GOOS == "windows" {
		return "\r\n"
	}
	return "\n"
}

// getpid implements getpid().
// https://docs.python.org/3/library/os.html#os.getpid
func getpid(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	rt := core.RuntimeOf(thread)
	if rt == nil || rt.Pid() == 0 {
		return nil, py.NotGranted("process id", "interp.Options.Pid")
	}
	return starlark.MakeInt(rt.Pid()), nil
}

// cpuCount implements cpu_count().
// https://docs.python.org/3/library/os.html#os.cpu_count
func cpuCount(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.MakeInt(runtime.NumCPU()), nil
}

// Environ is os.environ: a read-only snapshot of the environment the
// Interpreter was granted (empty unless granted). It is safe for
// concurrent use.
type Environ struct {
	env []string // "key=value" pairs, in the host's order
}

// ForRuntime implements core.RuntimeBound: the environment granted to rt.
func (*Environ) ForRuntime(rt *core.Runtime) starlark.Value {
	return &Environ{env: rt.Env()}
}

// lookup returns the value of k.
func (e *Environ) lookup(k string) (string, bool) {
	for i := len(e.env) - 1; i >= 0; i-- {
		if key, v, _ := strings.Cut(e.env[i], "="); key == k {
			return v, true
		}
	}
	return "", false
}

var (
	_ starlark.IterableMapping = (*Environ)(nil)
	_ starlark.Container       = (*Environ)(nil)
	_ starlark.HasSetKey       = (*Environ)(nil)
	_ core.RuntimeBound        = (*Environ)(nil)
)

// items returns the environment in the process's order, as CPython
// shows it.
func (e *Environ) items() []starlark.Tuple {
	env := e.env
	out := make([]starlark.Tuple, 0, len(env))
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		out = append(out, starlark.Tuple{starlark.String(k), starlark.String(v)})
	}
	return out
}

func (e *Environ) String() string {
	parts := make([]string, 0)
	for _, kv := range e.items() {
		parts = append(parts, py.Repr(kv[0])+": "+py.Repr(kv[1]))
	}
	return "environ({" + strings.Join(parts, ", ") + "})"
}
func (*Environ) Type() string           { return "_Environ" }
func (*Environ) Freeze()                {}
func (e *Environ) Truth() starlark.Bool { return len(e.env) > 0 }
func (*Environ) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: '_Environ'")
}
func (e *Environ) Len() int { return len(e.env) }

// Get implements environ[k].
func (e *Environ) Get(k starlark.Value) (starlark.Value, bool, error) {
	s, ok := k.(starlark.String)
	if !ok {
		return nil, false, py.Raisef(py.TypeError, "str expected, not %s", py.TypeName(k))
	}
	v, found := e.lookup(string(s))
	if !found {
		return nil, false, py.NewException(py.KeyError, k)
	}
	return starlark.String(v), true, nil
}

// Has implements k in environ.
func (e *Environ) Has(k starlark.Value) (bool, error) {
	s, ok := k.(starlark.String)
	if !ok {
		return false, py.Raisef(py.TypeError, "str expected, not %s", py.TypeName(k))
	}
	_, found := e.lookup(string(s))
	return found, nil
}

// SetKey refuses: spindle does not change its host's environment.
func (*Environ) SetKey(k, v starlark.Value) error {
	return py.Raise(py.TypeError, "'_Environ' object does not support item assignment in spindle (os.environ is read-only)")
}

// Items implements starlark.IterableMapping.
func (e *Environ) Items() []starlark.Tuple { return e.items() }

// Iterate iterates over the names.
func (e *Environ) Iterate() starlark.Iterator {
	var keys []starlark.Value
	for _, kv := range e.items() {
		keys = append(keys, kv[0])
	}
	return starlark.NewList(keys).Iterate()
}

// Attr implements starlark.HasAttrs: get, keys, values, items, copy.
func (e *Environ) Attr(name string) (starlark.Value, error) {
	switch name {
	case "get", "keys", "values", "items", "copy":
		return starlark.NewBuiltin(name, e.method).BindReceiver(e), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (*Environ) AttrNames() []string { return []string{"copy", "get", "items", "keys", "values"} }

func (e *Environ) method(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if b.Name() == "get" {
		var k, def starlark.Value = nil, starlark.None
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &k, &def); err != nil {
			return nil, err
		}
		if v, found, _ := e.Get(k); found {
			return v, nil
		}
		return def, nil
	}
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	items := e.items()
	switch b.Name() {
	case "copy":
		d := starlark.NewDict(len(items))
		for _, kv := range items {
			d.SetKey(kv[0], kv[1])
		}
		return d, nil
	}
	out := make([]starlark.Value, len(items))
	for i, kv := range items {
		switch b.Name() {
		case "keys":
			out[i] = kv[0]
		case "values":
			out[i] = kv[1]
		default:
			out[i] = kv
		}
	}
	return starlark.NewList(out), nil
}

// fspath implements os.fspath(path).
func fspath(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var p starlark.Value
	if err := core.UnpackArgs(b.Name(), args, kwargs, "path", &p); err != nil {
		return nil, err
	}
	return py.Fspath(thread, p)
}
