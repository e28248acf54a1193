package pyrt

// This file checks the first loop of a list, set or dict comprehension
// (see checkedComp in interp/parse): the VM ends a comprehension's loop
// when its iterator's Next returns false and can't take an error from
// it, so abi.CompIter(X) keeps that error in the thread and
// abi.CompEnd(c), called on the comprehension's result, raises it. It
// also defines abi.Unpack, the checked right-hand side of a, b = v.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// compErrKey is the thread-local key of the error that ended a
// comprehension's first loop.
const compErrKey = "spindle.comperr"

// compLoop is abi.CompIter(X) for an iterable whose loop may end with
// an error (see builtins.LoopErr). A stop loop (abi.CompIter(X, True),
// a clause of a comprehension with a later clause that may fail) also
// ends as soon as an inner clause's loop has kept an error, so that
// nothing runs between that error and abi.CompEnd, as in CPython.
type compLoop struct {
	starlark.Iterable
	thread *starlark.Thread
	stop   bool
}

func (l *compLoop) Iterate() starlark.Iterator {
	return &compLoopIter{Iterator: l.Iterable.Iterate(), loop: l}
}

type compLoopIter struct {
	starlark.Iterator
	loop *compLoop
}

func (it *compLoopIter) Next(p *starlark.Value) bool {
	if it.loop.stop && it.loop.thread.Local(compErrKey) != nil {
		return false
	}
	if it.Iterator.Next(p) {
		return true
	}
	if err := builtins.LoopErr(it.loop.Iterable); err != nil {
		it.loop.thread.SetLocal(compErrKey, err)
	}
	return false
}

// spCIter implements abi.CompIter(X, stop=False, shape=None):
// abi.Iter(X, shape), keeping the error that ends the loop for
// abi.CompEnd; a stop loop also ends once an inner loop has kept one.
func spCIter(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, py.Raise(py.SystemError, abi.CompIter+" takes 1 to 3 arguments")
	}
	stop := len(args) >= 2 && args[1] == starlark.True
	iterArgs := args[:1]
	if len(args) == 3 {
		iterArgs = starlark.Tuple{args[0], args[2]}
	}
	v, err := spIter(thread, iterArgs)
	if err != nil {
		return nil, err
	}
	if stop || builtins.LoopMayFail(v) {
		return &compLoop{Iterable: v.(starlark.Iterable), thread: thread, stop: stop}, nil
	}
	return v, nil
}

// spCompEnd implements abi.CompEnd(c): c, or the error that ended its
// comprehension's first loop.
func spCompEnd(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, py.Raise(py.SystemError, abi.CompEnd+" takes 1 argument")
	}
	if err, ok := thread.Local(compErrKey).(error); ok && err != nil {
		thread.SetLocal(compErrKey, nil)
		return nil, err
	}
	return args[0], nil
}

// spUnpack implements abi.Unpack(v, n), the right-hand side of an
// assignment to n targets ("a, b = v") that is not a display: v if it
// is a tuple or list of n items, else the tuple of the n items Python's
// iteration protocol gives, so an error a user class's __iter__ or
// __next__ raises propagates (the VM's unpacking would lose it). For a
// nested target (a, (b, c) = v), n is the target's shape (see
// unpackloop.go), and the nested items are unpacked alike.
func spUnpack(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v, n starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &v, &n); err != nil {
		return nil, err
	}
	if s, ok := n.(starlark.String); ok {
		sh, err := parseShape(string(s))
		if err != nil {
			return nil, err
		}
		return conform(v, sh)
	}
	var count int
	if err := starlark.UnpackPositionalArgs(b.Name(), args[1:], nil, 1, &count); err != nil {
		return nil, err
	}
	return unpack(v, count)
}

// unpack returns v if it is a tuple or list of n items, else the tuple
// of the n items of v by Python's iteration protocol, with CPython's
// errors.
func unpack(v starlark.Value, n int) (starlark.Value, error) {
	switch x := v.(type) {
	case starlark.Tuple:
		if len(x) == n {
			return x, nil
		}
	case *starlark.List:
		if x.Len() == n {
			return x, nil
		}
	case starlark.String:
		v = starlark.Tuple(builtins.Chars(string(x)))
	case starlark.Bytes:
		v = py.ByteInts(x)
	}
	iter, err := py.Iterate(v)
	if err != nil {
		if py.ToException(err).Class == py.TypeError && !builtins.IsIterable(v) {
			return nil, py.Raisef(py.TypeError, "cannot unpack non-iterable %s object", py.TypeName(v))
		}
		return nil, err
	}
	defer iter.Done()
	out := make(starlark.Tuple, 0, n)
	var x starlark.Value
	for len(out) <= n && iter.Next(&x) {
		out = append(out, x)
	}
	if err := py.IterErr(iter); err != nil {
		return nil, err
	}
	if len(out) > n {
		return nil, py.Raisef(py.ValueError, "too many values to unpack (expected %d)", n)
	}
	if len(out) < n {
		return nil, py.Raisef(py.ValueError, "not enough values to unpack (expected %d, got %d)", n, len(out))
	}
	return out, nil
}
