package builtins

// This file defines how Python resolves the bounds of x[lo:hi:step]
// against a sequence (SliceRange; strings are sliced by code point, see
// StrSlice in strindex.go), and the Python answers for x.__name__ and
// friends of values Starlark gives no such attributes (DunderAttr).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// SliceRange resolves lo:hi:step (None for an absent bound) against a
// sequence of length n: the first index, the bound, and the step.
func SliceRange(n int, lo, hi, step starlark.Value) (start, end, st int, err error) {
	if st, err = sliceStep(step); err != nil {
		return 0, 0, 0, err
	}
	start, end, err = sliceBounds(n, lo, hi, st)
	return start, end, st, err
}

func sliceStep(step starlark.Value) (int, error) {
	if step == starlark.None {
		return 1, nil
	}
	n, err := sliceInt(step)
	if err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, py.Raise(py.ValueError, "slice step cannot be zero")
	}
	return n, nil
}

func sliceInt(v starlark.Value) (int, error) {
	i, ok, err := py.Index(v)
	if err != nil {
		return 0, err
	}
	if !ok {
		if b, isBool := v.(starlark.Bool); isBool {
			if b {
				return 1, nil
			}
			return 0, nil
		}
		return 0, py.Raise(py.TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	n, ok := i.Int64()
	if !ok {
		if i.Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	return int(n), nil
}

// sliceBounds clamps lo and hi as Python's slice.indices does.
func sliceBounds(n int, lo, hi starlark.Value, step int) (int, int, error) {
	start, end := 0, n
	if step < 0 {
		start, end = n-1, -1
	}
	var err error
	if lo != starlark.None {
		if start, err = sliceInt(lo); err != nil {
			return 0, 0, err
		}
		start = clampIndex(start, n, step)
	}
	if hi != starlark.None {
		if end, err = sliceInt(hi); err != nil {
			return 0, 0, err
		}
		end = clampIndex(end, n, step)
	}
	return start, end, nil
}

func clampIndex(i, n, step int) int {
	if i < 0 {
		i += n
		if i < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
	}
	if i >= n {
		if step < 0 {
			return n - 1
		}
		return n
	}
	return i
}

// DunderAttr returns x.name for a dunder attribute that Python defines
// and Starlark does not: a function's __name__, __qualname__, __doc__
// and __module__, a number's real, imag, numerator and denominator.
func DunderAttr(x starlark.Value, name string) (starlark.Value, bool) {
	return DunderAttrIn(nil, x, name)
}

// DunderAttrIn is DunderAttr in thread, whose Interpreter knows the
// module that defined a function (without one, it is __main__).
func DunderAttrIn(thread *starlark.Thread, x starlark.Value, name string) (starlark.Value, bool) {
	if name == "__call__" {
		return callWrapper(x)
	}
	if v, ok := funcDunder(thread, x, name); ok {
		return v, true
	}
	switch x := x.(type) {
	case *py.Class:
		if name == "__dict__" {
			return &MappingProxy{c: x}, true // a builtin class's lists the names spindle gives it
		}
	case *py.Property:
		switch name {
		case "__doc__":
			if x.Doc != nil {
				return x.Doc, true
			}
			return funcDunder(thread, x.Get, name)
		case "__isabstractmethod__":
			return starlark.Bool(IsAbstract(x)), true
		}
	case *py.BoundMethod:
		return funcDunder(thread, x.Fn, name)
	case *py.StaticMethod:
		return funcDunder(thread, x.Fn, name)
	case *py.ClassMethod:
		return funcDunder(thread, x.Fn, name)
	case starlark.Indexable:
		if x.Type() == "range" {
			return rangeAttr(x, name)
		}
	}
	return numberAttr(x, name)
}

// callWrapper is f.__call__ for a function, builtin or bound method f:
// calling it calls f (typing's Protocol checks look it up).
func callWrapper(f starlark.Value) (starlark.Value, bool) {
	switch f.(type) {
	case *starlark.Function, *starlark.Builtin, *genFunc, *py.BoundMethod:
		return starlark.NewBuiltin("__call__", func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return starlark.Call(thread, f, args, kwargs)
		}), true
	}
	return nil, false
}

// funcDunder answers __name__, __qualname__, __doc__ and __module__ for
// Starlark and Go functions.
func funcDunder(thread *starlark.Thread, x starlark.Value, name string) (starlark.Value, bool) {
	var fname, doc string
	module := "__main__"
	switch f := x.(type) {
	case *genFunc:
		return funcDunder(thread, f.fn, name)
	case *starlark.Function:
		fname, doc = f.Name(), f.Doc()
		if fname == "lambda" {
			fname = "<lambda>"
		}
		switch name {
		case "__qualname__":
			if q := qualnameOf(f); q != "" {
				return starlark.String(q), true
			}
			return starlark.String(py.QualName(thread, f)), true
		case "__isabstractmethod__":
			if IsAbstract(f) {
				return starlark.True, true
			}
			return nil, false
		case "__dict__":
			return funcDict(f, true), true
		case "__annotations__":
			return funcAnnotations(thread, f), true
		case "__defaults__", "__kwdefaults__":
			return funcDefaults(f, name == "__kwdefaults__"), true
		case "__code__":
			return &core.Code{Name: fname, Filename: f.Position().Filename(), FirstLine: int(f.Position().Line), Func: f}, true
		}
		if v, ok := funcAttr(f, name); ok {
			return v, true
		}
		module = moduleOfFile(thread, f.Position().Filename())
	case *starlark.Builtin:
		fname = f.Name()
		if name == "__module__" {
			return py.ModuleOf(f), true
		}
	default:
		return nil, false
	}
	switch name {
	case "__name__", "__qualname__":
		return starlark.String(fname), true
	case "__module__":
		return starlark.String(module), true
	case "__doc__":
		if doc == "" {
			return starlark.None, true
		}
		return starlark.String(doc), true
	}
	return nil, false
}
