package py

// This file defines os.fspath's protocol, shared by open and os.

import "go.starlark.net/starlark"

// Fspath is os.fspath(v): a str (or bytes) as it is, else the result of
// v.__fspath__(), which must be a str or bytes, with CPython's TypeErrors.
func Fspath(thread *starlark.Thread, v starlark.Value) (starlark.Value, error) {
	switch u := Unbox(v).(type) {
	case starlark.String, starlark.Bytes:
		return u, nil
	}
	h, ok := v.(starlark.HasAttrs)
	if !ok {
		return nil, notPathLike(v)
	}
	fn, err := h.Attr("__fspath__")
	if err != nil || fn == nil {
		return nil, notPathLike(v)
	}
	if _, ok := fn.(starlark.Callable); ok {
		if fn, err = starlark.Call(thread, fn, nil, nil); err != nil {
			return nil, err
		}
	}
	switch fn.(type) {
	case starlark.String, starlark.Bytes:
		return fn, nil
	}
	return nil, Raisef(TypeError, "expected %s.__fspath__() to return str or bytes, not %s", TypeName(v), TypeName(fn))
}

// FspathStr is Fspath for the functions that take str paths only.
func FspathStr(thread *starlark.Thread, v starlark.Value) (string, error) {
	p, err := Fspath(thread, v)
	if err != nil {
		return "", err
	}
	s, ok := p.(starlark.String)
	if !ok {
		return "", notPathLike(v)
	}
	return string(s), nil
}

func notPathLike(v starlark.Value) error {
	return Raisef(TypeError, "expected str, bytes or os.PathLike object, not %s", TypeName(v))
}
