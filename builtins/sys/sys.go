// Package sys is spindle's sys module: argv, the standard streams, exit,
// version information and the switch interval.
package sys

// This file defines the module, its stream objects and its functions.

import (
	"fmt"
	"math"
	"runtime"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Version is spindle's version string.
const Version = "0.1.0"

// stdout and stderr are sys.stdout and sys.stderr, and sys.__stdout__
// and sys.__stderr__ after a script replaced them.
var stdout, stderr = &Stream{name: "<stdout>", err: false}, &Stream{name: "<stderr>", err: true}

// Module is the sys module. Members:
//
//	argv, path, modules, warnoptions
//	stdin (read, readline, readlines, iteration), stdout, stderr (write, flush)
//	exit(code=None), exc_info()
//	excepthook(type, value, traceback), __excepthook__
//	version, version_info, platform, implementation name, float_info
//	byteorder, maxunicode, hexversion, float_repr_style (facts.go)
//	intern(string), is_finalizing(), exception() (facts.go)
//	getswitchinterval(), setswitchinterval(secs)
//	getdefaultencoding(), getfilesystemencoding()
//	getrecursionlimit(), setrecursionlimit(limit)
//	get_int_max_str_digits(), set_int_max_str_digits(maxdigits)
//	maxsize
//	_getframe(depth=0), _current_frames()
var Module = &core.Module{Name: "sys", Members: starlark.StringDict{
	"argv":                  argvValue{},
	"path":                  pathValue,
	"modules":               modulesValue,
	"warnoptions":           warnOptionsValue,
	"stdin":                 stdinValue{},
	"stdout":                stdout,
	"stderr":                stderr,
	"__stdin__":             stdinValue{},
	"__stdout__":            stdout,
	"__stderr__":            stderr,
	"exit":                  starlark.NewBuiltin("exit", builtins.SysExit),
	"exc_info":              starlark.NewBuiltin("exc_info", excInfo),
	"excepthook":            ExceptHook,
	"__excepthook__":        ExceptHook,
	"version":               starlark.String("3.11.7 (spindle " + Version + ")"),
	"version_info":          versionInfo,
	"float_info":            floatInfo,
	"platform":              starlark.String(runtime.GOOS),
	"maxsize":               starlark.MakeInt64(1<<63 - 1),
	"getswitchinterval":     starlark.NewBuiltin("getswitchinterval", getSwitchInterval),
	"getdefaultencoding":    starlark.NewBuiltin("getdefaultencoding", utf8Name),
	"getfilesystemencoding": starlark.NewBuiltin("getfilesystemencoding", utf8Name),
	"setswitchinterval":     starlark.NewBuiltin("setswitchinterval", setSwitchInterval),
	"_getframe":             starlark.NewBuiltin("_getframe", getframe),
	"_current_frames":       starlark.NewBuiltin("_current_frames", currentFrames),

	"getrecursionlimit":      starlark.NewBuiltin("getrecursionlimit", getRecursionLimit),
	"setrecursionlimit":      starlark.NewBuiltin("setrecursionlimit", setRecursionLimit),
	"get_int_max_str_digits": starlark.NewBuiltin("get_int_max_str_digits", getIntMaxStrDigits),
	"set_int_max_str_digits": starlark.NewBuiltin("set_int_max_str_digits", setIntMaxStrDigits),
}}

// argvKey keys the per-Interpreter argv list in the runtime's state.
type argvKey struct{}

// SetArgv sets sys.argv for the Interpreter that owns rt.
func SetArgv(rt *core.Runtime, argv []string) {
	l := rt.ModuleState(argvKey{}, func() any { return starlark.NewList(nil) }).(*starlark.List)
	l.Clear()
	for _, a := range argv {
		l.Append(starlark.String(a))
	}
}

// argvValue is a placeholder member replaced per Interpreter by Argv.
type argvValue struct{}

func (argvValue) String() string        { return "[]" }
func (argvValue) Type() string          { return "list" }
func (argvValue) Freeze()               {}
func (argvValue) Truth() starlark.Bool  { return false }
func (argvValue) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable type: 'list'") }

// ForRuntime implements core.RuntimeBound.
func (argvValue) ForRuntime(rt *core.Runtime) starlark.Value { return Argv(rt) }

// Argv returns the Interpreter's sys.argv list.
func Argv(rt *core.Runtime) *starlark.List {
	return rt.ModuleState(argvKey{}, func() any { return starlark.NewList(nil) }).(*starlark.List)
}

// Stream is sys.stdout or sys.stderr of the calling thread's Interpreter.
type Stream struct {
	name string
	err  bool
}

var _ starlark.HasAttrs = (*Stream)(nil)

func (s *Stream) String() string {
	return fmt.Sprintf("<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>", s.name)
}
func (s *Stream) Type() string          { return "TextIOWrapper" }
func (s *Stream) Freeze()               {}
func (s *Stream) Truth() starlark.Bool  { return true }
func (s *Stream) Hash() (uint32, error) { return uint32(py.Addr(s)), nil }

// AttrNames implements starlark.HasAttrs.
func (s *Stream) AttrNames() []string {
	return []string{"closed", "encoding", "flush", "isatty", "line_buffering", "mode", "name", "readable",
		"reconfigure", "writable", "write"}
}

// Attr implements starlark.HasAttrs.
func (s *Stream) Attr(name string) (starlark.Value, error) {
	switch name {
	case "write":
		return starlark.NewBuiltin("write", s.write), nil
	case "flush":
		return starlark.NewBuiltin("flush", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return starlark.None, nil
		}), nil
	case "name":
		return starlark.String(s.name), nil
	case "encoding":
		return starlark.String("utf-8"), nil // spindle writes UTF-8
	case "isatty", "readable", "writable":
		return constMethod(name, starlark.Bool(name == "writable")), nil // a pipe's answers
	case "closed", "line_buffering":
		return starlark.False, nil
	case "mode":
		return starlark.String("w"), nil
	case "reconfigure":
		return starlark.NewBuiltin("reconfigure", reconfigure), nil
	}
	return nil, nil
}

// Writer returns the writer behind the stream for the given runtime.
func (s *Stream) Writer(rt *core.Runtime) *core.SyncWriter {
	if s.err {
		return rt.Stderr()
	}
	return rt.Stdout()
}

func (s *Stream) write(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	builtins.RunFinalizers(thread, false) // what __del__ prints comes first, as in CPython
	var text starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &text); err != nil {
		return nil, err
	}
	str, ok := text.(starlark.String)
	if !ok {
		return nil, py.Raisef(py.TypeError, "write() argument must be str, not %s", py.TypeName(text))
	}
	if rt := core.RuntimeOf(thread); rt != nil {
		s.Writer(rt).WriteFrom(thread, string(str))
	}
	return starlark.MakeInt(len([]rune(string(str)))), nil
}

// excInfo implements exc_info(): (type, value, traceback) of the
// exception being handled, or three Nones.
func excInfo(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("sys", b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	e := builtins.Handling(thread)
	if e == nil {
		return starlark.Tuple{starlark.None, starlark.None, starlark.None}, nil
	}
	tb, err := e.Attr("__traceback__")
	if err != nil {
		return nil, err
	}
	return starlark.Tuple{e.Class, e.Value(), tb}, nil
}

// utf8Name implements getdefaultencoding() and getfilesystemencoding():
// spindle's strings, files and streams are UTF-8.
func utf8Name(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("sys", b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	return starlark.String("utf-8"), nil
}

func getSwitchInterval(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("sys", b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	us := core.RuntimeOf(thread).GIL.Interval() / time.Microsecond
	return starlark.Float(1e-6 * float64(us)), nil // CPython's arithmetic: 0.1 reads 0.09999999999999999
}

func setSwitchInterval(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var secs core.Number
	if len(args) == 1 {
		switch args[0].(type) {
		case starlark.Int, starlark.Float, starlark.Bool:
		default:
			return nil, py.Raisef(py.TypeError, "must be real number, not %s", py.TypeName(args[0]))
		}
	}
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &secs); err != nil {
		return nil, err
	}
	if secs <= 0 {
		return nil, py.Raise(py.ValueError, "switch interval must be strictly positive")
	}
	core.RuntimeOf(thread).GIL.SetInterval(switchInterval(float64(secs)))
	return starlark.None, nil
}

// switchInterval is the interval CPython keeps for secs: whole
// microseconds, rounded down; less than one switches at once.
func switchInterval(secs float64) time.Duration {
	us := math.Floor(1e6 * secs)
	if us >= math.MaxInt64/float64(time.Microsecond) {
		return math.MaxInt64
	}
	return max(time.Duration(us)*time.Microsecond, 1)
}
