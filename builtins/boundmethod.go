package builtins

// This file gives getattr and hasattr the methods of the builtin types
// that CallMethod defines beyond Starlark's (list.sort, str.center,
// dict.copy...), bound to their receiver.

import "go.starlark.net/starlark"

// attrOrMethod is getAttrIn, falling back to a CallMethod method of x
// bound to it.
func attrOrMethod(thread *starlark.Thread, x starlark.Value, name string) (starlark.Value, error) {
	v, err := getAttrIn(thread, x, name)
	if v == nil && err == nil {
		if m := lookupMethod(x, name); m != nil {
			return boundMethod(x, name, m), nil
		}
	}
	return v, err
}

// boundMethod returns the method m of recv as a builtin bound to it.
func boundMethod(recv starlark.Value, name string, m method) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return m(thread, b.Receiver(), args, kwargs)
	}).BindReceiver(recv)
}
