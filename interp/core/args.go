package core

// This file defines UnpackArgs, a shallow front to starlark.UnpackArgs for
// the methods that block (Event.wait, Queue.get, Thread.join, ...).
//
// A goroutine's stack never shrinks below what its deepest moment needed
// while it stays that deep, so a blocking method's argument parsing
// decides the stack every waiting thread keeps. starlark.UnpackArgs has a
// frame of over half a kilobyte; called under a script function's frame
// it pushes a thread's stack from 4 KB to 8 KB, which doubles the memory of
// a million sleeping threads. UnpackArgs binds the common calls itself
// with a frame of a few words and hands everything else, errors included,
// to starlark.UnpackArgs, so behaviour and messages are the same.

import (
	"strings"

	"go.starlark.net/starlark"
)

// UnpackArgs is starlark.UnpackArgs, taking an instance of a data
// subclass for a parameter of its base type (see args_base.go), and
// shallow for parameters whose targets are *starlark.Value or
// starlark.Unpacker. Calls it can't bind on its own
// (other target types, unknown or repeated keywords, a missing required
// parameter, too many arguments) go to starlark.UnpackArgs unchanged.
func UnpackArgs(fn string, args starlark.Tuple, kwargs []starlark.Tuple, pairs ...any) error {
	if hasData(args) || dataKwargs(kwargs) {
		args, kwargs = basePairs(args, kwargs, pairs)
	}
	if !bindShallow(args, kwargs, pairs) {
		return starlark.UnpackArgs(fn, args, kwargs, pairs...)
	}
	return nil
}

// bindShallow binds args and kwargs to pairs ("name", target, ...) and
// reports whether it could. When it can't, it may have stored some
// targets already; starlark.UnpackArgs then binds them all again.
func bindShallow(args starlark.Tuple, kwargs []starlark.Tuple, pairs []any) bool {
	nparams := len(pairs) / 2
	if len(args) > nparams || nparams > 4 {
		return false
	}
	var given [4]starlark.Value
	copy(given[:], args)
	for _, kv := range kwargs {
		i := paramIndex(pairs, string(kv[0].(starlark.String)))
		if i < 0 || given[i] != nil {
			return false
		}
		given[i] = kv[1]
	}
	for i := 0; i < nparams; i++ {
		name := pairs[2*i].(string)
		if strings.HasSuffix(name, "??") || given[i] == nil && !strings.HasSuffix(name, "?") {
			return false
		}
		switch pairs[2*i+1].(type) {
		case *starlark.Value, starlark.Unpacker:
		default:
			return false
		}
	}
	for i := 0; i < nparams; i++ {
		if given[i] == nil {
			continue
		}
		switch p := pairs[2*i+1].(type) {
		case *starlark.Value:
			*p = given[i]
		case starlark.Unpacker:
			if p.Unpack(given[i]) != nil {
				return false // starlark.UnpackArgs reports it, with the parameter's name
			}
		}
	}
	return true
}

// paramIndex returns the index of the parameter called name, or -1.
func paramIndex(pairs []any, name string) int {
	for i := 0; i < len(pairs); i += 2 {
		if strings.TrimSuffix(pairs[i].(string), "?") == name {
			return i / 2
		}
	}
	return -1
}
