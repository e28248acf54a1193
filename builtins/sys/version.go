package sys

// This file defines sys.version_info, a named tuple as CPython's
// struct sequence is: version_info.major and friends, comparable with
// plain tuples (sys.version_info >= (3, 8)).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/collections"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// versionInfoClass is the class of sys.version_info.
var versionInfoClass = newVersionInfoClass()

func newVersionInfoClass() *py.Class {
	cls := collections.SharedClass("version_info", "major minor micro releaselevel serial", "sys")
	const repr = "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)"
	cls.Dict["__repr__"] = starlark.NewBuiltin("__repr__", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return starlark.String(repr), nil
	})
	return cls
}

// versionInfo is a placeholder member replaced per Interpreter by the
// named tuple, an instance of a class bound to the Interpreter.
type versionInfo struct{}

func (versionInfo) String() string        { return "sys.version_info" }
func (versionInfo) Type() string          { return "version_info" }
func (versionInfo) Freeze()               {}
func (versionInfo) Truth() starlark.Bool  { return true }
func (versionInfo) Hash() (uint32, error) { return 0, nil }

// ForRuntime implements core.RuntimeBound.
func (versionInfo) ForRuntime(rt *core.Runtime) starlark.Value {
	fields := starlark.Tuple{starlark.MakeInt(3), starlark.MakeInt(11), starlark.MakeInt(7), starlark.String("final"), starlark.MakeInt(0)}
	th := new(starlark.Thread) // rt may have no thread running yet: the instance needs only its host
	th.SetLocal(py.ThreadKey, hostOf{rt})
	v, err := py.Allocate(th, versionInfoClass, starlark.Tuple{fields}, nil)
	if err != nil {
		panic(err) // a namedtuple of five fields
	}
	return v
}

// hostOf is the thread-local of a thread that only names its Interpreter.
type hostOf struct{ rt *core.Runtime }

func (h hostOf) Host() py.Host { return h.rt }
