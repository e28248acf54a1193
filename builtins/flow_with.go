package builtins

// This file defines __sp_with, the runtime half of with statements: the
// front-end lowers `with m as x: body` to `for x in __sp_with(m): body`.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

// flowWith enters the context manager and returns a one-shot iterable
// that yields the entered value; its iterator's Done exits, which the VM
// calls however the loop ends (normally, break, return or error).
func flowWith(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, core.Raise(core.TypeError, "__sp_with takes one argument")
	}
	mgr := args[0]
	w := &withBlock{thread: thread, mgr: mgr}
	if cm, ok := mgr.(core.ContextManager); ok { // locks and friends: no allocation beyond w
		v, err := cm.Enter(thread)
		if err != nil {
			return nil, err
		}
		w.value, w.native = v, cm
		return w, nil
	}
	enter, exit, err := dunderPair(mgr)
	if err != nil {
		return nil, err
	}
	if w.value, err = starlark.Call(thread, enter, nil, nil); err != nil {
		return nil, err
	}
	w.exitFn = exit
	return w, nil
}

// dunderPair finds __enter__ and __exit__ on a value.
func dunderPair(mgr starlark.Value) (starlark.Value, starlark.Value, error) {
	if h, ok := mgr.(starlark.HasAttrs); ok {
		enter, _ := h.Attr("__enter__")
		exit, _ := h.Attr("__exit__")
		if enter != nil && exit != nil {
			return enter, exit, nil
		}
	}
	return nil, nil, core.Raisef(core.TypeError, "'%s' object does not support the context manager protocol", core.TypeName(mgr))
}

// withBlock is the iterable and iterator of one with statement. It is
// used by one goroutine, with the GIL held.
type withBlock struct {
	thread *starlark.Thread
	mgr    starlark.Value
	value  starlark.Value
	native core.ContextManager // set for native managers
	exitFn starlark.Value      // __exit__, for the others
	given  bool
	exited bool
}

var _ starlark.Iterable = (*withBlock)(nil)

func (w *withBlock) String() string        { return "<with block>" }
func (w *withBlock) Type() string          { return "with" }
func (w *withBlock) Freeze()               {}
func (w *withBlock) Truth() starlark.Bool  { return true }
func (w *withBlock) Hash() (uint32, error) { return 0, nil }

// Iterate returns the block itself as its one-shot iterator.
func (w *withBlock) Iterate() starlark.Iterator { return w }

// Next yields the entered value once.
func (w *withBlock) Next(p *starlark.Value) bool {
	if w.given {
		return false
	}
	w.given = true
	*p = w.value
	return true
}

// exit calls the manager's exit.
func (w *withBlock) exit() error {
	if w.native != nil {
		return w.native.Exit(w.thread)
	}
	_, err := starlark.Call(w.thread, w.exitFn, starlark.Tuple{starlark.None, starlark.None, starlark.None}, nil)
	return err
}

// Done exits the context manager. Starlark iterators cannot fail, so an
// error from the exit is written to stderr rather than raised.
func (w *withBlock) Done() {
	if w.exited {
		return
	}
	w.exited = true
	if err := w.exit(); err != nil {
		if rt := core.RuntimeOf(w.thread); rt != nil {
			rt.Stderr().WriteString("Exception ignored in with-statement exit:\n" + rt.FormatTraceback(err))
		}
	}
}
