package py

// This file defines ClinicArgs, the argument binding of CPython's
// builtins declared with Argument Clinic, and its messages.

import (
	"slices"

	"go.starlark.net/starlark"
)

// ClinicArgs binds the arguments of a call of builtin fn as CPython's
// Argument Clinic does (_PyArg_UnpackKeywords), with its messages. The
// parameters are names: the first npos may be given by position, the
// rest only by keyword; the first required must be given. It returns one
// value per name, nil for an absent one.
func ClinicArgs(fn string, args starlark.Tuple, kwargs []starlark.Tuple, required, npos int, names ...string) ([]starlark.Value, error) {
	if n := len(args) + len(kwargs); n > len(names) {
		kw := ""
		if len(args) == 0 {
			kw = "keyword "
		}
		return nil, Raisef(TypeError, "%s() takes at most %d %sargument%s (%d given)", fn, len(names), kw, plural(len(names)), n)
	}
	if len(args) > npos {
		how := "at most"
		if required == npos {
			how = "exactly"
		}
		return nil, Raisef(TypeError, "%s() takes %s %d positional argument%s (%d given)", fn, how, npos, plural(npos), len(args))
	}
	vals := make([]starlark.Value, len(names))
	copy(vals, args)
	used := 0
	for i := len(args); i < len(names); i++ {
		for _, kv := range kwargs {
			if string(kv[0].(starlark.String)) == names[i] {
				vals[i] = kv[1]
				used++
			}
		}
		if vals[i] == nil && i < required {
			return nil, Raisef(TypeError, "%s() missing required argument '%s' (pos %d)", fn, names[i], i+1)
		}
	}
	if used < len(kwargs) {
		return nil, unexpectedKeyword(fn, args, kwargs, names)
	}
	return vals, nil
}

// unexpectedKeyword is the error for the first keyword that names no
// parameter after the positional arguments.
func unexpectedKeyword(fn string, args starlark.Tuple, kwargs []starlark.Tuple, names []string) error {
	for _, kv := range kwargs {
		k := string(kv[0].(starlark.String))
		i := slices.Index(names, k)
		if i < 0 {
			return Raisef(TypeError, "'%s' is an invalid keyword argument for %s()", k, fn)
		}
		if i < len(args) {
			return Raisef(TypeError, "argument for %s() given by name ('%s') and position (%d)", fn, k, i+1)
		}
	}
	return Raisef(TypeError, "%s() got multiple values for an argument", fn)
}
