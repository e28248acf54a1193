package sys

// This file defines sys's struct sequences, named tuples as CPython's
// are: version_info (its .major and friends compare with plain tuples:
// sys.version_info >= (3, 8)) and float_info.

import (
	"math"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/collections"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// structSeq is a placeholder member replaced per Interpreter by a named
// tuple of fields, an instance of class (bound to the Interpreter).
type structSeq struct {
	class  *py.Class
	fields starlark.Tuple
}

// newStructSeq returns sys.name, a named tuple of the given fields and
// values that prints as CPython's: sys.name(field=value, ...).
func newStructSeq(name, fields string, values ...starlark.Value) *structSeq {
	cls := collections.SharedClass(name, fields, "sys")
	var b strings.Builder
	b.WriteString("sys." + name + "(")
	for i, f := range strings.Fields(fields) {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f + "=" + py.Repr(values[i]))
	}
	b.WriteString(")")
	repr := starlark.String(b.String())
	cls.Dict["__repr__"] = starlark.NewBuiltin("__repr__", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		return repr, nil
	})
	return &structSeq{class: cls, fields: values}
}

var (
	versionInfo = newStructSeq("version_info", "major minor micro releaselevel serial",
		starlark.MakeInt(3), starlark.MakeInt(11), starlark.MakeInt(7), starlark.String("final"), starlark.MakeInt(0))
	floatInfo = newStructSeq("float_info", "max max_exp max_10_exp min min_exp min_10_exp dig mant_dig epsilon radix rounds",
		starlark.Float(math.MaxFloat64), starlark.MakeInt(1024), starlark.MakeInt(308),
		starlark.Float(2.2250738585072014e-308), starlark.MakeInt(-1021), starlark.MakeInt(-307),
		starlark.MakeInt(15), starlark.MakeInt(53), starlark.Float(2.220446049250313e-16), starlark.MakeInt(2), starlark.MakeInt(1))
)

func (s *structSeq) String() string        { return "sys." + s.class.ClassName }
func (s *structSeq) Type() string          { return s.class.ClassName }
func (s *structSeq) Freeze()               {}
func (s *structSeq) Truth() starlark.Bool  { return true }
func (s *structSeq) Hash() (uint32, error) { return 0, nil }

// ForRuntime implements core.RuntimeBound.
func (s *structSeq) ForRuntime(rt *core.Runtime) starlark.Value {
	th := new(starlark.Thread) // rt may have no thread running yet: the instance needs only its host
	th.SetLocal(py.ThreadKey, hostOf{rt})
	v, err := py.Allocate(th, s.class, starlark.Tuple{s.fields}, nil)
	if err != nil {
		panic(err) // a namedtuple of its own fields
	}
	return v
}

// hostOf is the thread-local of a thread that only names its Interpreter.
type hostOf struct{ rt *core.Runtime }

func (h hostOf) Host() py.Host { return h.rt }
