package builtins

// This file defines str.translate and str.maketrans.

import (
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// strTranslate implements str.translate(table): each character c maps
// through table[ord(c)] to a str, a code point or None (deleted); a
// LookupError keeps c.
// https://docs.python.org/3/library/stdtypes.html#str.translate
func strTranslate(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var table starlark.Value
	if err := starlark.UnpackPositionalArgs("translate", args, kwargs, 1, &table); err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, r := range string(recv.(starlark.String)) {
		v, err := GetItem(table, starlark.MakeInt(int(r)))
		if err != nil {
			if isLookupError(err) {
				b.WriteRune(r)
				continue
			}
			return nil, err
		}
		if err := writeTranslated(&b, v); err != nil {
			return nil, err
		}
	}
	return starlark.String(b.String()), nil
}

func isLookupError(err error) bool {
	e, ok := py.AsException(err)
	return ok && e.Class.IsSubclass(py.LookupError)
}

func writeTranslated(b *strings.Builder, v starlark.Value) error {
	switch v := v.(type) {
	case starlark.NoneType:
	case starlark.String:
		b.WriteString(string(v))
	case starlark.Int:
		n, ok := v.Int64()
		if !ok || n < 0 || n > utf8.MaxRune {
			return py.Raise(py.ValueError, "character mapping must be in range(0x110000)")
		}
		b.WriteRune(rune(n))
	default:
		return py.Raise(py.TypeError, "character mapping must return integer, None or str")
	}
	return nil
}

// strMaketrans implements str.maketrans(x[, y[, z]]).
// https://docs.python.org/3/library/stdtypes.html#str.maketrans
func strMaketrans(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y, z starlark.Value
	if err := starlark.UnpackPositionalArgs("maketrans", args, kwargs, 1, &x, &y, &z); err != nil {
		return nil, err
	}
	if y == nil {
		return maketransDict(x)
	}
	xs, ok1 := x.(starlark.String)
	ys, ok2 := y.(starlark.String)
	if !ok1 || !ok2 {
		bad := x
		if ok1 {
			bad = y
		}
		return nil, py.Raisef(py.TypeError, "maketrans() argument %d must be str, not %s", map[bool]int{true: 2, false: 1}[ok1], py.TypeName(bad))
	}
	xr, yr := []rune(string(xs)), []rune(string(ys))
	if len(xr) != len(yr) {
		return nil, py.Raise(py.ValueError, "the first two maketrans arguments must have equal length")
	}
	d := starlark.NewDict(len(xr))
	for i, r := range xr {
		_ = d.SetKey(starlark.MakeInt(int(r)), starlark.MakeInt(int(yr[i])))
	}
	if z != nil {
		zs, ok := z.(starlark.String)
		if !ok {
			return nil, py.Raisef(py.TypeError, "maketrans() argument 3 must be str, not %s", py.TypeName(z))
		}
		for _, r := range string(zs) {
			_ = d.SetKey(starlark.MakeInt(int(r)), starlark.None)
		}
	}
	return d, nil
}

// maketransDict is str.maketrans(dict): keys of one character become
// their code points.
func maketransDict(x starlark.Value) (starlark.Value, error) {
	m, ok := x.(*starlark.Dict)
	if !ok {
		return nil, py.Raise(py.TypeError, "if you give only one argument to maketrans it must be a dict")
	}
	d := starlark.NewDict(m.Len())
	for _, kv := range m.Items() {
		k := kv[0]
		switch key := k.(type) {
		case starlark.String:
			if utf8.RuneCountInString(string(key)) != 1 {
				return nil, py.Raise(py.ValueError, "string keys in translate table must be of length 1")
			}
			r, _ := utf8.DecodeRuneInString(string(key))
			k = starlark.MakeInt(int(r))
		case starlark.Int:
		default:
			return nil, py.Raise(py.TypeError, "keys in translate table must be strings or integers")
		}
		_ = d.SetKey(k, kv[1])
	}
	return d, nil
}
