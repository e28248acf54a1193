package pyrt

// This file defines the helpers of string formatting: abi.FString and
// abi.FormatField, an f-string and one of its fields, and abi.Percent,
// the % operator on a str.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// spFmt implements abi.FormatField(value, conv, spec): one f-string
// field.
func spFmt(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	v, conv, spec, ok := fmtArgs(args, kwargs)
	if !ok {
		return nil, fmtArgsError(b, args, kwargs)
	}
	if conv == "" && spec == "" {
		if _, ok := v.(starlark.String); ok {
			return v, nil // the field's own value, not a new string header
		}
	}
	s, err := builtins.FormatField(thread, v, conv, spec)
	return starlark.String(s), err
}

// fmtArgsError is the error for arguments of spFmt that are not
// (value, str, str), apart so that spFmt's variables stay on its stack.
func fmtArgsError(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) error {
	var v starlark.Value
	var conv, spec string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 3, &v, &conv, &spec); err != nil {
		return err
	}
	return core.Raisef(core.SystemError, "%s: bad arguments", abi.FormatField)
}

// fmtArgs takes spFmt's three positional arguments apart without
// UnpackPositionalArgs, whose pointers escape to the heap; ok is false
// when they are not (value, str, str), for the general path's error.
func fmtArgs(args starlark.Tuple, kwargs []starlark.Tuple) (v starlark.Value, conv, spec string, ok bool) {
	if len(args) != 3 || len(kwargs) != 0 {
		return nil, "", "", false
	}
	c, ok1 := args[1].(starlark.String)
	f, ok2 := args[2].(starlark.String)
	return args[0], string(c), string(f), ok1 && ok2
}

// spFstr implements abi.FString(*parts): the concatenation of strings,
// built in one allocation.
func spFstr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n := 0
	for _, a := range args {
		s, ok := a.(starlark.String)
		if !ok {
			return nil, core.Raisef(core.SystemError, "%s: got %s", abi.FString, core.TypeName(a))
		}
		n += len(s)
	}
	var sb strings.Builder
	sb.Grow(n)
	for _, a := range args {
		sb.WriteString(string(a.(starlark.String)))
	}
	return starlark.String(sb.String()), nil
}

// spPercent implements abi.Percent(format, args), the % operator where
// the left operand may be a str.
func spPercent(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var f, x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &f, &x); err != nil {
		return nil, err
	}
	return builtins.PercentOp(thread, f, x)
}
