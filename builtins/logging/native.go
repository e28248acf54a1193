package logging

// This file lets native modules log as their CPython counterparts do
// through logging.getLogger(name).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// LogException is LOGGER.exception(msg, *args) with e as exc_info on
// the logger named name, as a module written in Python logs an error it
// caught (concurrent.futures a done callback's): the script's handlers,
// levels and disabled flags apply, and with no handler the last resort
// writes the message and e's traceback to stderr.
func LogException(thread *starlark.Thread, name string, e *py.Exception, msg string, args ...starlark.Value) error {
	return logExcInfo(thread, name, "exception", ERROR, e, msg, args)
}

// LogCritical is LOGGER.critical(msg, *args, exc_info=e), or without
// exc_info if e is nil, as concurrent.futures reports a pool
// initializer's error or a future in an unexpected state.
func LogCritical(thread *starlark.Thread, name string, e *py.Exception, msg string, args ...starlark.Value) error {
	return logExcInfo(thread, name, "critical", CRITICAL, e, msg, args)
}

func logExcInfo(thread *starlark.Thread, name, method string, level int, e *py.Exception, msg string, args []starlark.Value) error {
	l := stateOf(thread).logger(name)
	call := append(starlark.Tuple{starlark.String(msg)}, args...)
	var kwargs []starlark.Tuple
	if e != nil {
		kwargs = []starlark.Tuple{{starlark.String("exc_info"), e}}
	}
	_, err := l.logCall(thread, method, level, call, kwargs)
	return err
}

// excInfoTuple is the record's exc_info for a true exc_info argument,
// as Logger._log makes it: an exception becomes (type, value,
// traceback), any other non-tuple the exception being handled, as
// sys.exc_info() gives it.
func excInfoTuple(thread *starlark.Thread, v starlark.Value) starlark.Value {
	if _, ok := v.(starlark.Tuple); ok {
		return v
	}
	e, ok := v.(*py.Exception)
	if !ok {
		if e = builtins.Handling(thread); e == nil {
			return starlark.Tuple{starlark.None, starlark.None, starlark.None}
		}
	}
	tb, err := builtins.GetAttr(e, "__traceback__")
	if err != nil {
		tb = starlark.None
	}
	return starlark.Tuple{e.Class, e, tb}
}
