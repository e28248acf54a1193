package pyrt

// This file defines the runtime half of with statements (see
// interp/lower/LOWERING.md): abi.WithFast, whose one-shot block a for
// loop iterates, and abi.Enter and abi.WithCall, which call
// the body as a function so that __exit__ sees its exception.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// flowWithFast implements abi.WithFast(mgr), which every with statement
// in dual form starts with: a manager that fastExit accepts is entered
// and its one-shot block returned, which a for loop iterates once; for
// any other value it returns None, without entering it, and the lowered
// code takes the full form (abi.Enter, abi.WithCall), whose __exit__
// sees the exception and may suppress it, and which raises what the
// exit raises.
func flowWithFast(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, py.Raise(py.TypeError, abi.WithFast+" takes one argument")
	}
	cm, ok := args[0].(py.ContextManager)
	if !ok || !fastExit(cm) {
		return starlark.None, nil
	}
	v, err := cm.Enter(thread)
	if err != nil {
		return nil, err
	}
	return &withBlock{thread: thread, value: v, native: cm}, nil
}

// fastExit reports whether the with statement on cm may take the fast
// form, whose exit runs in the loop's Done and can't raise: cm is a
// py.QuickExit (threading's Lock, RLock, Condition and Semaphore), whose
// exit ignores the exception and releases without blocking (it fails
// only if the body released it already, and that error is reported as
// ignored, see Done). Any other manager, native or not (an Executor,
// whose exit waits for its workers and may be interrupted), takes the
// full form.
func fastExit(cm py.ContextManager) bool {
	_, ok := cm.(py.QuickExit)
	return ok
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
	return nil, nil, py.Raisef(py.TypeError, "'%s' object does not support the context manager protocol", py.TypeName(mgr))
}

// withBlock is the iterable and iterator of one with statement. It is
// used by one goroutine, with the GIL held.
type withBlock struct {
	thread *starlark.Thread
	value  starlark.Value    // what the manager's enter returned
	native py.ContextManager // the entered manager
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

// Next yields the entered value once. Asked again, the body has run to
// its end: it exits the manager there, and an error from the exit (the
// body released the lock itself) is raised at the thread's next step,
// which the VM reports at the loop, the with statement's line.
func (w *withBlock) Next(p *starlark.Value) bool {
	if w.given {
		if err := w.exit(); err != nil {
			if rt := core.RuntimeOf(w.thread); rt != nil {
				rt.RaiseNext(py.ToException(err))
			}
		}
		return false
	}
	w.given = true
	*p = w.value
	return true
}

// Done exits the context manager when the body left early (an
// exception, break or return). Starlark iterators cannot fail, so an
// error from the exit is written to stderr rather than raised.
func (w *withBlock) Done() {
	if err := w.exit(); err != nil {
		if rt := core.RuntimeOf(w.thread); rt != nil {
			rt.Stderr().WriteString("Exception ignored in with-statement exit:\n" + rt.Sources().FormatTraceback(err))
		}
	}
}

// exit exits the manager once.
func (w *withBlock) exit() error {
	if w.exited {
		return nil
	}
	w.exited = true
	return w.native.Exit(w.thread)
}

// flowEnter implements abi.Enter(mgr): the enter half of a with
// statement lowered for full semantics (see flowWithCall).
func flowEnter(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, py.Raise(py.TypeError, abi.Enter+" takes one argument")
	}
	mgr := args[0]
	if cm, ok := mgr.(py.ContextManager); ok {
		return cm.Enter(thread)
	}
	enter, _, err := dunderPair(mgr)
	if err != nil {
		return nil, err
	}
	return starlark.Call(thread, enter, nil, nil)
}

// flowWithCall implements abi.WithCall(mgr, body): it calls body; if it
// fails, __exit__ gets the exception's type and value (and None for the
// traceback) and a true result suppresses it; otherwise __exit__ gets
// three Nones. It returns body's exit status.
func flowWithCall(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, py.Raise(py.TypeError, abi.WithCall+" takes two arguments")
	}
	mgr, body := args[0], args[1]
	res, err := starlark.Call(thread, body, nil, nil)
	if err == nil {
		_, xerr := exitWith(thread, mgr, nil)
		return res, xerr
	}
	if stopped(thread) {
		exitWith(thread, mgr, nil) // release what was entered; the call unwinds
		return nil, err
	}
	err = core.CatchInterrupt(thread, err)
	exc := py.ToException(err)
	builtins.PushHandling(thread, exc)
	suppress, xerr := exitWith(thread, mgr, exc)
	builtins.PopHandling(thread)
	if xerr != nil {
		if e := py.ToException(xerr); e != exc && e.Context == nil {
			e.Context = exc
		}
		return nil, xerr
	}
	if suppress {
		return starlark.None, nil
	}
	return nil, err
}

// exitWith calls the manager's exit for exc (nil: a normal exit) and
// reports whether it asked to suppress the exception.
func exitWith(thread *starlark.Thread, mgr starlark.Value, exc *py.Exception) (bool, error) {
	if cm, ok := mgr.(py.ContextManager); ok {
		return false, cm.Exit(thread)
	}
	_, exit, err := dunderPair(mgr)
	if err != nil {
		return false, err
	}
	args := starlark.Tuple{starlark.None, starlark.None, starlark.None}
	if exc != nil {
		args[0], args[1], args[2] = exc.Class, exc.Value(), &traceback{exc}
	}
	r, err := starlark.Call(thread, exit, args, nil)
	if err != nil {
		return false, err
	}
	return exc != nil && bool(r.Truth()), nil
}

// traceback is the third argument of __exit__ for an exception: a
// stand-in for Python's traceback object (true, with CPython's repr).
type traceback struct{ exc *py.Exception }

func (t *traceback) String() string        { return fmt.Sprintf("<traceback object at %#x>", py.Addr(t)) }
func (t *traceback) Type() string          { return "traceback" }
func (t *traceback) Freeze()               {}
func (t *traceback) Truth() starlark.Bool  { return true }
func (t *traceback) Hash() (uint32, error) { return uint32(py.Addr(t)), nil }
