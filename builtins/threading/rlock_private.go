package threading

// This file defines the private RLock methods that Condition and CPython's
// own tests call: _release_save, _acquire_restore and _recursion_count.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// rlockReleaseSave implements RLock._release_save(): it frees the lock
// whatever its count and returns (count, owner) to restore.
func rlockReleaseSave(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	r := b.Receiver().(*RLock)
	if r.count == 0 {
		return nil, py.Raise(py.RuntimeError, "cannot release un-acquired lock")
	}
	owner := r.owner
	n := r.releaseSave()
	return starlark.Tuple{starlark.MakeInt(n), starlark.MakeInt64(owner)}, nil
}

// rlockAcquireRestore implements RLock._acquire_restore((count, owner)).
func rlockAcquireRestore(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var state starlark.Tuple
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &state); err != nil {
		return nil, err
	}
	var count int
	if len(state) != 2 || starlark.AsInt(state[0], &count) != nil {
		return nil, py.Raise(py.TypeError, "_acquire_restore() argument 1 must be a (count, owner) tuple")
	}
	return starlark.None, b.Receiver().(*RLock).acquireRestore(thread, count)
}

// rlockRecursionCount implements RLock._recursion_count(): the count if
// the caller owns the lock, else 0.
func rlockRecursionCount(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	r := b.Receiver().(*RLock)
	if !r.IsOwned(thread) {
		return starlark.MakeInt(0), nil
	}
	return starlark.MakeInt(r.count), nil
}
