package enum

// This file defines the special methods every enum class receives
// (unless its body defines them): repr, str, format and hash, and for
// IntEnum and StrEnum the behaviour of their values (comparisons,
// arithmetic, int()).

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

type method = func(thread *starlark.Thread, self *py.Instance, args starlark.Tuple) (starlark.Value, error)

// addMethods puts the special methods in the dict of cls, except those
// its body defines.
func addMethods(cls *py.Class, body []string) {
	defined := map[string]bool{}
	for _, n := range body {
		defined[n] = true
	}
	add := func(name string, fn method) {
		if !defined[name] {
			cls.Dict[name] = starlark.NewBuiltin(name, wrap(fn))
		}
	}
	add("__repr__", memberRepr)
	add("__str__", memberStr)
	add("__format__", memberFormat)
	add("__hash__", memberHash)
	if k := kindOf(cls); k == plainEnum || k == flagEnum {
		if k == flagEnum {
			flagMethods(add)
		}
		return
	}
	for name, op := range compareOps {
		add(name, compareValue(op))
	}
	for name, op := range binaryOps {
		add("__"+name+"__", binaryValue(op, false))
		add("__r"+name+"__", binaryValue(op, true))
	}
	if k := kindOf(cls); k == intEnum || k == intFlag {
		add("__int__", valueOf)
		add("__index__", valueOf)
		add("__bool__", func(_ *starlark.Thread, self *py.Instance, _ starlark.Tuple) (starlark.Value, error) {
			return memberValue(self).Truth(), nil
		})
	}
	if kindOf(cls) == intFlag {
		flagMethods(add)
	}
}

// valueLike reports whether members print and hash as their values.
func valueLike(cls *py.Class) bool {
	k := kindOf(cls)
	return k == intEnum || k == strEnum || k == intFlag
}

// wrap makes a builtin of a method whose first argument is a member.
func wrap(fn method) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "%s() missing 1 required positional argument: 'self'", b.Name())
		}
		self, ok := args[0].(*py.Instance)
		if !ok {
			return nil, py.Raisef(py.TypeError, "descriptor '%s' requires an enum member", b.Name())
		}
		return fn(thread, self, args[1:])
	}
}

func valueOf(_ *starlark.Thread, self *py.Instance, _ starlark.Tuple) (starlark.Value, error) {
	return memberValue(self), nil
}

// memberRepr is <Color.RED: 1>.
func memberRepr(thread *starlark.Thread, self *py.Instance, _ starlark.Tuple) (starlark.Value, error) {
	r, err := py.ReprOf(thread, memberValue(self))
	if err != nil {
		return nil, err
	}
	if _, unnamed := rawName(self); !unnamed {
		return starlark.String("<" + self.Class.ClassName + ": " + r + ">"), nil
	}
	return starlark.String("<" + self.Class.ClassName + "." + memberName(self) + ": " + r + ">"), nil
}

// memberStr is Color.RED, or the value's str for IntEnum and StrEnum.
func memberStr(thread *starlark.Thread, self *py.Instance, _ starlark.Tuple) (starlark.Value, error) {
	if valueLike(self.Class) {
		s, err := py.StrOf(thread, memberValue(self))
		return starlark.String(s), err
	}
	if _, named := rawName(self); !named {
		return starlark.String(self.Class.ClassName + "(" + py.Repr(memberValue(self)) + ")"), nil
	}
	return starlark.String(self.Class.ClassName + "." + memberName(self)), nil
}

// memberFormat formats str(member) (the class's own __str__ included),
// or the value for IntEnum and StrEnum.
func memberFormat(thread *starlark.Thread, self *py.Instance, args starlark.Tuple) (starlark.Value, error) {
	spec := ""
	if len(args) > 0 {
		spec, _ = starlark.AsString(args[0])
	}
	var v starlark.Value = memberValue(self)
	if !valueLike(self.Class) || spec == "" { // int.__format__(m, "") is str(m), a class's own __str__ included
		s, err := py.StrOf(thread, self)
		if err != nil {
			return nil, err
		}
		v = starlark.String(s)
	}
	s, err := builtins.Format(thread, v, spec)
	return starlark.String(s), err
}

// memberHash returns what the member hashes as: its name, or the value
// of its data type (IntEnum, StrEnum, class Color(str, Enum)), or of a
// Flag its value (the instance hashes the result, so that hash(member)
// == hash(member.name) as in CPython).
func memberHash(_ *starlark.Thread, self *py.Instance, _ starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value = starlark.String(memberName(self))
	switch {
	case self.Class.IsData():
		v = py.Base(self)
	case isFlag(self.Class):
		v = memberValue(self)
	}
	if i, ok := v.(starlark.Int); ok {
		return i, nil // __hash__ must return an int
	}
	h, err := v.Hash()
	if err != nil {
		return nil, err
	}
	return starlark.MakeUint64(uint64(h)), nil
}

// unwrap returns a member's value, or v itself.
func unwrap(v starlark.Value) starlark.Value {
	if o, ok := v.(*py.Instance); ok && o.Class.Meta() != nil {
		if mv := memberValue(o); mv != nil {
			return mv
		}
	}
	return v
}

func compareValue(op syntax.Token) method {
	return func(_ *starlark.Thread, self *py.Instance, args starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 {
			return nil, py.Raise(py.TypeError, "expected 1 argument")
		}
		ok, err := builtins.CompareOp(op, memberValue(self), unwrap(args[0]))
		if e, isExc := py.AsException(err); isExc && e.Class == py.TypeError && strings.Contains(e.Message(), " not supported between instances of ") {
			return py.NotImplemented, nil // the message names the enum, as int's does
		}
		if err != nil {
			return nil, py.ToException(err)
		}
		return starlark.Bool(ok), nil
	}
}

func binaryValue(op syntax.Token, reflected bool) method {
	return func(_ *starlark.Thread, self *py.Instance, args starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 {
			return nil, py.Raise(py.TypeError, "expected 1 argument")
		}
		x, y := memberValue(self), unwrap(args[0])
		if reflected {
			x, y = y, x
		}
		if err := builtins.ZeroDivision(op.String(), x, y); err != nil {
			return nil, err // float division by zero...
		}
		v, err := starlark.Binary(op, x, y)
		if err != nil && py.UnsupportedOp(op, err) {
			return py.NotImplemented, nil // the message names the enum, as int's does
		}
		if err != nil {
			return nil, py.ToException(err)
		}
		return v, nil
	}
}
