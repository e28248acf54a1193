package pyrt

// This file defines the helpers of string formatting: abi.FString, an
// f-string, and abi.Percent, the % operator on a str.

import (
	"strconv"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// spFstr implements abi.FString(text, value, conv, spec, ..., text): an
// f-string, formatted field by field into one buffer, which the result
// copies in its only allocation when it is short (and the fields are
// names' strs and ints, or formatted to strings of their own).
func spFstr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) != 0 || len(args)%4 != 1 {
		return nil, py.Raisef(py.SystemError, "%s: got %d arguments", abi.FString, len(args)+len(kwargs))
	}
	var stack [128]byte
	out := stack[:0]
	for i := 0; ; i += 4 {
		text, ok := args[i].(starlark.String)
		if !ok {
			return nil, fstrArgError(args[i])
		}
		out = append(out, text...)
		if i+1 == len(args) {
			return starlark.String(out), nil
		}
		conv, ok := args[i+2].(starlark.String)
		if !ok {
			return nil, fstrArgError(args[i+2])
		}
		spec, ok := args[i+3].(starlark.String)
		if !ok {
			return nil, fstrArgError(args[i+3])
		}
		var err error
		if out, err = appendField(thread, out, args[i+1], string(conv), string(spec)); err != nil {
			return nil, err
		}
	}
}

// appendField appends the f-string field {v!conv:spec} to out; a str or
// an int without conversion or spec needs no string of its own.
func appendField(thread *starlark.Thread, out []byte, v starlark.Value, conv, spec string) ([]byte, error) {
	if conv == "" && spec == "" {
		switch x := v.(type) {
		case starlark.String:
			return append(out, x...), nil
		case starlark.Int:
			if n, ok := x.Int64(); ok {
				return strconv.AppendInt(out, n, 10), nil
			}
		}
	}
	s, err := builtins.FormatField(thread, v, conv, spec)
	return append(out, s...), err
}

// fstrArgError is the error for a text, conversion or spec argument of
// spFstr that is not a str, which lowered code never passes.
func fstrArgError(v starlark.Value) error {
	return py.Raisef(py.SystemError, "%s: got %s", abi.FString, py.TypeName(v))
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
