package py

// This file defines ContextManager, the Go side of Python's with statement
// for native values.

import "go.starlark.net/starlark"

// ContextManager is implemented by native values that can be used in a
// with statement, such as threading.Lock. The runtime's with support
// calls Enter when the block starts (its result is bound by "as") and
// Exit when the block ends, however it ends: normally, by break or
// return, or by an error. Both are called with the GIL held, from the
// goroutine running thread.
type ContextManager interface {
	Enter(thread *starlark.Thread) (starlark.Value, error)
	Exit(thread *starlark.Thread) error
}

// QuickExit is a ContextManager whose Exit ignores the block's exception
// and never blocks (threading's locks): a with statement on one may take
// the lowering's fast form, which exits in a loop's Done (see
// interp/pyrt's flowWithFast).
type QuickExit interface {
	ContextManager
	QuickExit()
}
