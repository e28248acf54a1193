// Package thread holds spindle's modules written in Python around
// threading: _thread (start_new_thread, allocate_lock, get_ident,
// TIMEOUT_MAX, LockType, RLock, error, _local, _count), _threading_local
// and doctest (whose DocTestSuite reports doctests as skipped: spindle
// does not run them).
package thread

// This file embeds the sources.

import _ "embed"

// Thread is the source of _thread.
//
//go:embed _thread.py
var Thread string

// ThreadingLocal is the source of _threading_local.
//
//go:embed _threading_local.py
var ThreadingLocal string

// Doctest is the source of doctest.
//
//go:embed doctest.py
var Doctest string
