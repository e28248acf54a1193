package py

// This file defines str(e) of an exception whose args' str or repr run
// script code, and what a report shows when that str() raises.

import "go.starlark.net/starlark"

// strFailed is what CPython's traceback report (PyErr_Display,
// traceback.TracebackException) shows for an exception whose str()
// raises.
const strFailed = "<exception str() failed>"

// scriptMessage is Message, running the script's __str__ or __repr__ of
// a single arg (repr for KeyError) or of the args tuple in thread.
func (e *Exception) scriptMessage(thread *starlark.Thread) (string, error) {
	switch {
	case len(e.Args) == 1 && e.Class.IsSubclass(KeyError):
		return ReprOf(thread, e.Args[0])
	case len(e.Args) == 1:
		return StrOf(thread, e.Args[0])
	case len(e.Args) == 0 || e.hasErrno() || e.IsGroup():
		return e.Message(), nil
	}
	if msg, ok := e.syntaxMessage(); ok {
		return msg, nil
	}
	return ReprOf(thread, e.Args)
}
