// Package os is spindle's os module, deliberately small because spindle
// is hermetic: the process id, the CPU count, the environment (whose
// changes stay in the Interpreter), and the path separator. The environment and the process
// id are what the embedder grants (interp.Options.Env, interp.Options.Pid):
// by default os.environ is empty and os.getpid() raises PermissionError.
package os

// This file defines the module and its functions (environ.go: the
// environment).

import (
	goos "os"
	"runtime"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the os module. Members:
//
//	getpid(), strerror(code)
//	cpu_count()
//	environ (a mapping: environ[k], get, keys, values, items, copy, setdefault, pop, popitem, update, clear)
//	getenv(key, default=None)
//	sep, name, linesep, pathsep, curdir, pardir, extsep
//	path (the os.path module, path.go), fspath(path)
//	getcwd(), listdir(path='.'), mkdir(path, mode), makedirs(name, mode, exist_ok)
//	remove(path), unlink(path), rmdir(path), rename(src, dst)
var Module = &core.Module{Name: "os", Members: starlark.StringDict{
	"getpid":    starlark.NewBuiltin("getpid", getpid),
	"strerror":  starlark.NewBuiltin("strerror", strerror),
	"cpu_count": starlark.NewBuiltin("cpu_count", cpuCount),
	"environ":   &Environ{},
	"getenv":    starlark.NewBuiltin("getenv", getenv),
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

// fspath implements os.fspath(path).
func fspath(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var p starlark.Value
	if err := core.UnpackArgs(b.Name(), args, kwargs, "path", &p); err != nil {
		return nil, err
	}
	return py.Fspath(thread, p)
}
