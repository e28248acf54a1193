package builtins

// This file checks the argument counts of methods CPython implements in
// C, with the TypeError wording of each of its two parsers: Argument
// Clinic ("replace expected at least 2 arguments, got 1",
// "bytes.zfill() takes exactly one argument (0 given)") and
// PyArg_ParseTuple ("find() takes at most 3 arguments (4 given)").

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// clinicArgs checks that method name of recv's type got from min to max
// positional arguments and no keyword, as Argument Clinic words it.
func clinicArgs(recv starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple, min, max int) error {
	n := len(args)
	switch {
	case len(kwargs) > 0:
		return py.Raisef(py.TypeError, "%s.%s() takes no keyword arguments", py.TypeName(recv), name)
	case min == 1 && max == 1 && n != 1:
		return py.Raisef(py.TypeError, "%s.%s() takes exactly one argument (%d given)", py.TypeName(recv), name, n)
	}
	return argCount(name, n, min, max)
}

// argCount checks that function name got from min to max positional
// arguments, n, as Argument Clinic and unpack_stack words it.
func argCount(name string, n, min, max int) error {
	switch {
	case min == max && n != min:
		return py.Raisef(py.TypeError, "%s expected %d argument%s, got %d", name, min, plural(min), n)
	case n < min:
		return py.Raisef(py.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	case n > max:
		return py.Raisef(py.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	}
	return nil
}

// tupleArgs checks that method name of recv's type got from min to max
// positional arguments and no keyword, as PyArg_ParseTuple words it.
func tupleArgs(recv starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple, min, max int) error {
	n := len(args)
	switch {
	case len(kwargs) > 0:
		return py.Raisef(py.TypeError, "%s.%s() takes no keyword arguments", py.TypeName(recv), name)
	case n < min:
		return py.Raisef(py.TypeError, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), n)
	case n > max:
		return py.Raisef(py.TypeError, "%s() takes at most %d argument%s (%d given)", name, max, plural(max), n)
	}
	return nil
}

// keywordArgs checks the arguments of method name, whose parameters
// (keywords allowed) are params, as PyArg_ParseTupleAndKeywords words
// its errors; starlark.UnpackArgs then binds them.
func keywordArgs(name string, args starlark.Tuple, kwargs []starlark.Tuple, params ...string) error {
	if n := len(args) + len(kwargs); n > len(params) {
		return py.Raisef(py.TypeError, "%s() takes at most %d argument%s (%d given)", name, len(params), plural(len(params)), n)
	}
	for _, kv := range kwargs {
		k := string(kv[0].(starlark.String))
		known := false
		for _, p := range params {
			known = known || p == k
		}
		if !known {
			return py.Raisef(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	return nil
}
