package py

// This file defines the attributes of an exception's chain and notes:
// __cause__, __context__ and __suppress_context__ as raise ... from
// sets them and scripts assign them, and add_note with __notes__.

import "go.starlark.net/starlark"

func init() {
	BaseException.Dict["add_note"] = starlark.NewBuiltin("add_note", exceptionAddNote)
}

// chainAttr returns the chain attribute name of e, or nil.
func (e *Exception) chainAttr(name string) starlark.Value {
	switch name {
	case "__cause__":
		return excOrNone(e.Cause)
	case "__context__":
		return excOrNone(e.Context)
	case "__suppress_context__":
		return starlark.Bool(e.SuppressContext)
	}
	return nil
}

func excOrNone(e *Exception) starlark.Value {
	if e == nil {
		return starlark.None
	}
	return e.Value()
}

// setChainAttr sets the chain attribute name, reporting whether name is
// one: setting __cause__ also sets __suppress_context__, as in CPython.
func (e *Exception) setChainAttr(name string, v starlark.Value) (bool, error) {
	switch name {
	case "__cause__", "__context__":
		var x *Exception
		if v != starlark.None {
			var ok bool
			if x, ok = AsException(asError(v)); !ok {
				return true, Raisef(TypeError, "exception %s must be None or derive from BaseException", name[2:len(name)-2])
			}
		}
		if name == "__cause__" {
			e.Cause, e.SuppressContext = x, true
		} else {
			e.Context = x
		}
		return true, nil
	case "__suppress_context__":
		b, ok := v.(starlark.Bool)
		if !ok {
			return true, Raise(TypeError, "attribute value type must be bool")
		}
		e.SuppressContext = bool(b)
		return true, nil
	}
	return false, nil
}

// ExceptionOf returns the exception v is, if it is one (an exception
// value or an instance of a user exception class).
func ExceptionOf(v starlark.Value) (*Exception, bool) { return AsException(asError(v)) }

// asError returns v as an error if it is an exception value.
func asError(v starlark.Value) error {
	switch v := v.(type) {
	case *Exception:
		return v
	case *Instance:
		if e, ok := v.Native.(*Exception); ok {
			return e
		}
	}
	return nil
}

// Notes returns the str of each of e's __notes__, which a traceback
// prints after its last line.
func (e *Exception) Notes() []string {
	l, ok := e.Attrs["__notes__"].(*starlark.List)
	if !ok {
		return nil
	}
	notes := make([]string, l.Len())
	for i := range notes {
		notes[i] = Str(l.Index(i))
	}
	return notes
}

// exceptionAddNote is BaseException.add_note(note): it appends note, a
// str, to __notes__.
func exceptionAddNote(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var e *Exception
	var note starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &e, &note); err != nil {
		return nil, err
	}
	if _, ok := note.(starlark.String); !ok {
		return nil, Raisef(TypeError, "note must be a str, not '%s'", TypeName(note))
	}
	l, ok := e.Attrs["__notes__"].(*starlark.List)
	if !ok {
		l = starlark.NewList(nil)
		e.setAttr("__notes__", l)
	}
	return starlark.None, l.Append(note)
}
