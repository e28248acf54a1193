package py

// This file keeps the hint that some instance of a subclass of int, str,
// float or tuple (an IntEnum member, a str subclass's instance, a named
// tuple) has been
// hashed, as it is when it becomes a dict key: only then may a dict
// lookup by a plain int, str, float or tuple miss a key that equals it, which
// go.starlark.net's hash table compares without asking (see
// builtins.LookupKey). It is over all Interpreters and never reset: a
// program that never makes such a key pays nothing on a lookup's miss.

import (
	"sync/atomic"

	"go.starlark.net/starlark"
)

var crossKeys atomic.Bool

// noteCrossKey records that an instance holding the value d was hashed.
func noteCrossKey(d starlark.Value) {
	switch d.(type) {
	case starlark.Int, starlark.String, starlark.Float, starlark.Tuple:
		if !crossKeys.Load() {
			crossKeys.Store(true)
		}
	}
}

// CrossKeysHashed reports whether an instance of a subclass of int, str,
// float or tuple has been hashed in this process.
func CrossKeysHashed() bool { return crossKeys.Load() }
