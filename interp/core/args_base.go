package core

// This file lets every builtin that unpacks its arguments with
// UnpackArgs or UnpackPositionalArgs take an instance of a user subclass
// of a builtin data type (class S(str), class N(int), class L(list))
// where it takes the base type, as CPython's builtins do: an argument
// bound to a parameter of a concrete builtin type (a string, an int, a
// *starlark.List...) is replaced by the instance's value (py.Base).
// Parameters of type starlark.Value, of an interface such as
// starlark.Iterable, or with an Unpacker keep the instance itself.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// UnpackPositionalArgs is starlark.UnpackPositionalArgs, taking an
// instance of a data subclass for a parameter of its base type.
func UnpackPositionalArgs(fn string, args starlark.Tuple, kwargs []starlark.Tuple, min int, vars ...any) error {
	if hasData(args) {
		args = baseArgs(args, func(i int) any {
			if i < len(vars) {
				return vars[i]
			}
			return nil
		})
	}
	return starlark.UnpackPositionalArgs(fn, args, kwargs, min, vars...)
}

// basePairs is baseArgs and baseKwargs for the parameters of
// UnpackArgs, kept out of its frame (see args.go).
//
//go:noinline
func basePairs(args starlark.Tuple, kwargs []starlark.Tuple, pairs []any) (starlark.Tuple, []starlark.Tuple) {
	if hasData(args) {
		args = baseArgs(args, func(i int) any {
			if 2*i+1 < len(pairs) {
				return pairs[2*i+1]
			}
			return nil
		})
	}
	if dataKwargs(kwargs) {
		kwargs = baseKwargs(kwargs, pairs)
	}
	return args, kwargs
}

// hasData reports whether args hold an instance of a data subclass.
func hasData(args starlark.Tuple) bool {
	for _, a := range args {
		if py.IsData(a) {
			return true
		}
	}
	return false
}

// dataKwargs reports whether kwargs hold an instance of a data subclass.
func dataKwargs(kwargs []starlark.Tuple) bool {
	for _, kv := range kwargs {
		if py.IsData(kv[1]) {
			return true
		}
	}
	return false
}

// baseArgs returns a copy of args in which each instance of a data
// subclass whose target (target(i)) takes the base type is replaced by
// its value.
func baseArgs(args starlark.Tuple, target func(i int) any) starlark.Tuple {
	out := append(starlark.Tuple(nil), args...)
	for i, a := range out {
		if py.IsData(a) && takesBase(target(i)) {
			out[i] = py.Base(a)
		}
	}
	return out
}

// baseKwargs is baseArgs for keyword arguments, the parameters named in
// pairs ("name", target, ...).
func baseKwargs(kwargs []starlark.Tuple, pairs []any) []starlark.Tuple {
	out := make([]starlark.Tuple, len(kwargs))
	for i, kv := range kwargs {
		out[i] = kv
		if !py.IsData(kv[1]) {
			continue
		}
		name, _ := starlark.AsString(kv[0])
		if j := paramIndex(pairs, name); j >= 0 && takesBase(pairs[2*j+1]) {
			out[i] = starlark.Tuple{kv[0], py.Base(kv[1])}
		}
	}
	return out
}

// takesBase reports whether an unpacking target is of a concrete
// builtin type, which a data subclass instance's value fills.
func takesBase(target any) bool {
	switch target.(type) {
	case *string, *int, *int8, *int16, *int32, *int64, *uint, *uint8, *uint16, *uint32, *uint64, *float64,
		*starlark.String, *starlark.Int, *starlark.Float, *starlark.Bytes,
		*starlark.Tuple, **starlark.List, **starlark.Dict:
		return true
	}
	return false
}
