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
	var v starlark.Value
	var conv, spec string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 3, &v, &conv, &spec); err != nil {
		return nil, err
	}
	s, err := builtins.FormatField(thread, v, conv, spec)
	return starlark.String(s), err
}

// spFstr implements abi.FString(*parts): the concatenation of strings.
func spFstr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sb strings.Builder
	for _, a := range args {
		s, ok := a.(starlark.String)
		if !ok {
			return nil, core.Raisef(core.SystemError, "%s: got %s", abi.FString, core.TypeName(a))
		}
		sb.WriteString(string(s))
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
