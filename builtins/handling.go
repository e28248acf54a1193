package builtins

// This file keeps, per thread, the stack of exceptions that except
// blocks and with statements are handling: what a bare raise re-raises,
// what sys.exc_info() and logging.exception report, and the context a
// new exception records. The runtime of try and with statements
// (interp/pyrt) pushes and pops it.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// handlingKey keys the per-thread stack of exceptions being handled.
const handlingKey = "spindle.handling"

type handlingStack struct{ excs []*py.Exception }

// PushHandling records that the thread now handles exc, until the
// matching PopHandling.
func PushHandling(thread *starlark.Thread, exc *py.Exception) {
	s, _ := thread.Local(handlingKey).(*handlingStack)
	if s == nil {
		s = &handlingStack{}
		thread.SetLocal(handlingKey, s)
	}
	s.excs = append(s.excs, exc)
}

// PopHandling ends the innermost PushHandling of the thread.
func PopHandling(thread *starlark.Thread) {
	s := thread.Local(handlingKey).(*handlingStack)
	s.excs = s.excs[:len(s.excs)-1]
}

// Handling returns the exception the thread's innermost except block is
// handling, or nil: what sys.exc_info() and logging.exception report.
func Handling(thread *starlark.Thread) *py.Exception {
	s, _ := thread.Local(handlingKey).(*handlingStack)
	if s == nil || len(s.excs) == 0 {
		return nil
	}
	return s.excs[len(s.excs)-1]
}

// ToRaisable turns a raise operand (an exception or its class) into an
// exception instance, as raise and generator.throw do.
func ToRaisable(thread *starlark.Thread, v starlark.Value) (*py.Exception, error) {
	if e, ok := v.(*py.Exception); ok {
		return e, nil
	}
	if x, ok := v.(interface{ PyException() *py.Exception }); ok {
		return x.PyException(), nil
	}
	if c, ok := v.(*py.Class); ok && c.IsSubclass(py.BaseException) {
		inst, err := starlark.Call(thread, c, nil, nil)
		if err != nil {
			return nil, err
		}
		return ToRaisable(thread, inst)
	}
	return nil, py.Raise(py.TypeError, "exceptions must derive from BaseException")
}
