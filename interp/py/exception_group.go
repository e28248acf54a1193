package py

// This file defines BaseExceptionGroup and ExceptionGroup (PEP 654): an
// exception that carries others, whose str counts them and whose
// traceback shows each (see package traceback). split, subgroup and
// derive are in package builtins, which can call conditions.

import (
	"strconv"

	"go.starlark.net/starlark"
)

// The exception group classes, as in CPython 3.11.
var (
	BaseExceptionGroup = NewClass("BaseExceptionGroup", "", BaseException)
	ExceptionGroup     = NewClass("ExceptionGroup", "", BaseExceptionGroup, ExceptionClass)
)

// IsGroup reports whether e is an exception group.
func (e *Exception) IsGroup() bool { return e.Class.IsSubclass(BaseExceptionGroup) }

// GroupExceptions returns the exceptions of a group, or nil.
func (e *Exception) GroupExceptions() []*Exception {
	if !e.IsGroup() || len(e.Args) < 2 {
		return nil
	}
	items, _ := e.Attrs["exceptions"].(starlark.Tuple)
	out := make([]*Exception, 0, len(items))
	for _, it := range items {
		if x, ok := ExceptionOf(it); ok {
			out = append(out, x)
		}
	}
	return out
}

// newGroup implements BaseExceptionGroup(message, exceptions) and
// ExceptionGroup(...): it checks the arguments as CPython does, and a
// BaseExceptionGroup of Exceptions only is an ExceptionGroup.
func newGroup(c *Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, Raisef(TypeError, "%s() takes no keyword arguments", c.ClassName)
	}
	if len(args) != 2 {
		return nil, Raisef(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if _, ok := args[0].(starlark.String); !ok {
		return nil, Raisef(TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	seq, ok := args[1].(starlark.Indexable)
	if !ok || isStrOrMapping(args[1]) {
		return nil, Raise(TypeError, "second argument (exceptions) must be a sequence")
	}
	if seq.Len() == 0 {
		return nil, Raise(ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	items := make(starlark.Tuple, seq.Len())
	allExceptions := true
	for i := range items {
		items[i] = seq.Index(i)
		x, ok := ExceptionOf(items[i])
		if !ok {
			return nil, Raisef(ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		allExceptions = allExceptions && x.Class.IsSubclass(ExceptionClass)
	}
	switch {
	case c == BaseExceptionGroup && allExceptions:
		c = ExceptionGroup
	case c.IsSubclass(ExceptionGroup) && !allExceptions:
		return nil, Raise(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
	case !c.IsSubclass(ExceptionGroup) && c.IsSubclass(ExceptionClass):
		return nil, Raisef(TypeError, "Cannot nest BaseExceptions in '%s'", c.ClassName)
	}
	e := NewException(c, args...)
	e.Attrs = starlark.StringDict{"message": args[0], "exceptions": items}
	return e, nil
}

func isStrOrMapping(v starlark.Value) bool {
	switch v.(type) {
	case starlark.String, starlark.Bytes, starlark.Mapping:
		return true
	}
	return false
}

// groupMessage is str() of a group: its message and how many exceptions
// it holds.
func (e *Exception) groupMessage() string {
	n := len(e.GroupExceptions())
	s := "s"
	if n == 1 {
		s = ""
	}
	return Str(e.Args[0]) + " (" + strconv.Itoa(n) + " sub-exception" + s + ")"
}
