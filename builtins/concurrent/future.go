package concurrent

// This file defines Future, the result of a task submitted to an
// executor, and its exceptions.

import (
	"fmt"
	"strings"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/logging"
	"github.com/spindle-lang/spindle/builtins/threading"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// The exceptions of concurrent.futures. TimeoutError is the builtin.
var (
	Error          = py.NewClass("Error", "concurrent.futures._base", py.ExceptionClass)
	CancelledError = py.NewClass("CancelledError", "concurrent.futures._base", Error)
	// InvalidStateError is raised by set_result or set_exception on a
	// future that is already done.
	InvalidStateError = py.NewClass("InvalidStateError", "concurrent.futures._base", Error)
	BrokenExecutor    = py.NewClass("BrokenExecutor", "concurrent.futures._base", py.RuntimeError)
	// BrokenThreadPool is raised once a worker's initializer has failed.
	BrokenThreadPool = py.NewClass("BrokenThreadPool", "concurrent.futures.thread", BrokenExecutor)
)

// FutureClass is concurrent.futures.Future.
var FutureClass = newFutureClass()

func newFutureClass() *py.Class {
	c := py.NewClass("Future", "concurrent.futures._base")
	c.Generic = true // Future[int]
	c.Ext = &py.NativeClass{New: func(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs("Future", args, kwargs, 0); err != nil {
			return nil, err
		}
		return NewFuture(), nil
	}}
	return c
}

type futureState int

const (
	pending futureState = iota
	running
	cancelled
	finished
)

var stateNames = [...]string{"pending", "running", "cancelled", "finished"}

// Future is a concurrent.futures.Future. Its state is guarded by the GIL
// of the Interpreter using it.
type Future struct {
	state     futureState
	notified  bool // cancelled and told wait() and as_completed() so
	result    starlark.Value
	exc       *py.Exception
	waiters   threading.WaitList // result() and exception() callers
	watchers  []*watcher         // wait() and as_completed() callers
	callbacks []starlark.Value
	attrs     py.AttrDict // what scripts set (f.job = 3)
}

var (
	_ starlark.HasAttrs    = (*Future)(nil)
	_ starlark.HasSetField = (*Future)(nil)
)

// NewFuture returns a pending Future.
func NewFuture() *Future { return &Future{} }

// Done reports whether the future was cancelled or has finished.
func (f *Future) Done() bool { return f.state == cancelled || f.state == finished }

// settled reports whether wait() and as_completed() count the future
// as done: as in CPython, a cancelled one only once
// set_running_or_notify_cancel saw it (an executor's worker reached it).
func (f *Future) settled() bool { return f.state == finished || f.notified }

// SetRunning marks the future running unless it was cancelled, and
// reports whether it was not cancelled. A cancelled future is then
// settled: its wait() and as_completed() callers learn of it.
func (f *Future) SetRunning() bool {
	if f.state == cancelled {
		if !f.notified {
			f.notified = true
			f.wakeWatchers()
		}
		return false
	}
	f.state = running
	return true
}

// SetResult completes the future with a result.
func (f *Future) SetResult(thread *starlark.Thread, v starlark.Value) {
	f.result, f.state = v, finished
	f.complete(thread)
}

// SetException completes the future with an error.
func (f *Future) SetException(thread *starlark.Thread, err error) {
	f.exc, f.state = py.ToException(err), finished
	f.complete(thread)
}

// Cancel cancels a pending future and reports whether it is cancelled.
func (f *Future) Cancel(thread *starlark.Thread) bool {
	switch f.state {
	case running, finished:
		return false
	case cancelled:
		return true
	}
	f.state = cancelled
	f.done(thread)
	return true
}

// checkSettable is the InvalidStateError of set_result and
// set_exception on a done future, with CPython's state name.
func (f *Future) checkSettable() error {
	switch {
	case f.state == finished:
		return py.Raisef(InvalidStateError, "FINISHED: %s", f.String())
	case f.notified:
		return py.Raisef(InvalidStateError, "CANCELLED_AND_NOTIFIED: %s", f.String())
	case f.state == cancelled:
		return py.Raisef(InvalidStateError, "CANCELLED: %s", f.String())
	}
	return nil
}

// complete settles a finished future: it wakes every waiter and
// watcher and runs the done callbacks.
func (f *Future) complete(thread *starlark.Thread) {
	f.wakeWatchers()
	f.done(thread)
}

// wakeWatchers tells the wait() and as_completed() callers.
func (f *Future) wakeWatchers() {
	for _, w := range f.watchers {
		w.finished = append(w.finished, f)
		w.wake.NotifyAll()
	}
	f.watchers = nil
}

// done wakes the result() and exception() callers and runs the done
// callbacks.
func (f *Future) done(thread *starlark.Thread) {
	f.waiters.NotifyAll()
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		f.invoke(thread, cb)
	}
}

// invoke calls a done callback, logging its error on the
// concurrent.futures logger as CPython does. An error of the logging
// itself (a script's handler that raises) is written to stderr.
func (f *Future) invoke(thread *starlark.Thread, cb starlark.Value) {
	if _, err := starlark.Call(thread, cb, starlark.Tuple{f}, nil); err != nil {
		err = logging.LogException(thread, "concurrent.futures", py.ToException(err), "exception calling callback for %r", f)
		if rt := core.RuntimeOf(thread); rt != nil && err != nil {
			rt.Stderr().WriteString(rt.Sources().FormatTraceback(err))
		}
	}
}

// Wait waits until the future is done or timeout passes (negative: no
// limit) and reports whether it is done.
func (f *Future) Wait(thread *starlark.Thread, timeout time.Duration) (bool, error) {
	deadline := time.Now().Add(timeout)
	for !f.Done() {
		d := time.Duration(-1)
		if timeout >= 0 {
			if d = time.Until(deadline); d <= 0 {
				return false, nil
			}
		}
		if _, err := f.waiters.Wait(thread, "Future.result", d); err != nil {
			return false, err
		}
	}
	return true, nil
}

// Result waits for the future and returns its result, re-raising the
// task's exception, CancelledError or TimeoutError.
func (f *Future) Result(thread *starlark.Thread, timeout time.Duration) (starlark.Value, error) {
	exc, err := f.Exception(thread, timeout)
	if err != nil {
		return nil, err
	}
	if exc != nil {
		return nil, exc
	}
	return f.result, nil
}

// Exception waits for the future and returns the task's exception, or
// nil if it returned.
func (f *Future) Exception(thread *starlark.Thread, timeout time.Duration) (*py.Exception, error) {
	done, err := f.Wait(thread, timeout)
	switch {
	case err != nil:
		return nil, err
	case f.state == cancelled:
		return nil, py.NewException(CancelledError)
	case !done:
		return nil, py.NewException(py.TimeoutError)
	}
	return f.exc, nil
}

func (f *Future) String() string {
	s := fmt.Sprintf("<Future at %#x state=%s", py.Addr(f), stateNames[f.state])
	if f.state == finished {
		if f.exc != nil {
			s += " raised " + f.exc.Class.ClassName
		} else {
			s += " returned " + py.TypeName(f.result)
		}
	}
	return s + ">"
}

// Type implements starlark.Value.
func (f *Future) Type() string          { return "Future" }
func (f *Future) Freeze()               {}
func (f *Future) Truth() starlark.Bool  { return true }
func (f *Future) Hash() (uint32, error) { return uint32(py.Addr(f)), nil }

// PyClass returns concurrent.futures.Future.
func (f *Future) PyClass() *py.Class { return FutureClass }

var futureMethods = map[string]*starlark.Builtin{
	"cancel":            starlark.NewBuiltin("cancel", futureCancel),
	"cancelled":         starlark.NewBuiltin("cancelled", futureCancelled),
	"running":           starlark.NewBuiltin("running", futureRunning),
	"done":              starlark.NewBuiltin("done", futureDone),
	"result":            starlark.NewBuiltin("result", futureResult),
	"exception":         starlark.NewBuiltin("exception", futureException),
	"add_done_callback": starlark.NewBuiltin("add_done_callback", futureAddDoneCallback),
	"set_result":        starlark.NewBuiltin("set_result", futureSetResult),
	"set_exception":     starlark.NewBuiltin("set_exception", futureSetException),
	"set_running_or_notify_cancel": starlark.NewBuiltin("set_running_or_notify_cancel",
		futureSetRunning),
}

// Attr implements starlark.HasAttrs.
func (f *Future) Attr(name string) (starlark.Value, error) {
	if v, ok := f.attrs.Get(name); ok {
		return v, nil
	}
	if m, ok := futureMethods[name]; ok {
		return m.BindReceiver(f), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (f *Future) AttrNames() []string {
	names := f.attrs.Names()
	for k := range futureMethods {
		names = append(names, k)
	}
	return names
}

// SetField implements starlark.HasSetField: a script's attribute.
func (f *Future) SetField(name string, v starlark.Value) error { return f.attrs.Set(name, v) }

// DelField implements del f.name.
func (f *Future) DelField(name string) error { return f.attrs.Delete(f, name) }

func fut(b *starlark.Builtin) *Future { return b.Receiver().(*Future) }

func noArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) error {
	return starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0)
}

func futureCancel(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.Bool(fut(b).Cancel(thread)), nil
}

func futureCancelled(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.Bool(fut(b).state == cancelled), nil
}

func futureRunning(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.Bool(fut(b).state == running), nil
}

func futureDone(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.Bool(fut(b).Done()), nil
}

// futureResult implements Future.result(timeout=None).
// https://docs.python.org/3/library/concurrent.futures.html#concurrent.futures.Future.result
func futureResult(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var timeout core.Timeout
	if err := core.UnpackArgs(b.Name(), args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	return fut(b).Result(thread, timeout.Duration())
}

// futureException implements Future.exception(timeout=None).
func futureException(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var timeout core.Timeout
	if err := core.UnpackArgs(b.Name(), args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	exc, err := fut(b).Exception(thread, timeout.Duration())
	if err != nil || exc == nil {
		return starlark.None, err
	}
	return exc.Value(), nil
}

// futureAddDoneCallback implements Future.add_done_callback(fn): fn runs
// at once if the future is done.
func futureAddDoneCallback(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Callable
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	f := fut(b)
	if f.Done() {
		f.invoke(thread, fn)
	} else {
		f.callbacks = append(f.callbacks, fn)
	}
	return starlark.None, nil
}

func futureSetResult(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	if err := fut(b).checkSettable(); err != nil {
		return nil, err
	}
	fut(b).SetResult(thread, v)
	return starlark.None, nil
}

func futureSetException(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	if err := fut(b).checkSettable(); err != nil {
		return nil, err
	}
	e, ok := v.(*py.Exception)
	if !ok {
		e = py.Raisef(py.TypeError, "exceptions must derive from BaseException")
	}
	fut(b).SetException(thread, e)
	return starlark.None, nil
}

func futureSetRunning(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	f := fut(b)
	if f.state == pending || f.state == cancelled && !f.notified {
		return starlark.Bool(f.SetRunning()), nil
	}
	state := strings.ToUpper(stateNames[f.state])
	if f.state == cancelled {
		state = "CANCELLED_AND_NOTIFIED"
	}
	if err := logging.LogCritical(thread, "concurrent.futures", nil, "Future %s in unexpected state: %s",
		starlark.MakeUint64(uint64(py.Addr(f))), starlark.String(state)); err != nil {
		return nil, err
	}
	return nil, py.Raise(py.RuntimeError, "Future in unexpected state")
}
