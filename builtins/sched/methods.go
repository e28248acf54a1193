package sched

// This file defines the scheduler's attributes and method calls.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

var methodNames = []string{"cancel", "empty", "enter", "enterabs", "run"}

// Attr implements starlark.HasAttrs.
func (s *Scheduler) Attr(name string) (starlark.Value, error) {
	switch name {
	case "timefunc":
		return s.timefunc, nil
	case "delayfunc":
		return s.delayfunc, nil
	case "queue":
		return s.events()
	}
	for _, m := range methodNames {
		if m == name {
			return starlark.NewBuiltin(name, s.call).BindReceiver(s), nil
		}
	}
	if v, ok := s.attrs.Get(name); ok {
		return v, nil
	}
	return nil, py.Raisef(py.AttributeError, "'scheduler' object has no attribute '%s'", name)
}

// AttrNames implements starlark.HasAttrs.
func (s *Scheduler) AttrNames() []string {
	names := append([]string{"delayfunc", "queue", "timefunc"}, methodNames...)
	return append(names, s.attrs.Names()...)
}

// SetField sets an attribute, as on any Python object.
func (s *Scheduler) SetField(name string, v starlark.Value) error {
	switch name {
	case "timefunc":
		s.timefunc = v
	case "delayfunc":
		s.delayfunc = v
	case "queue":
		return py.Raise(py.AttributeError, "can't set attribute 'queue'")
	default:
		return s.attrs.Set(name, v)
	}
	return nil
}

// call dispatches the scheduler's methods.
// https://docs.python.org/3/library/sched.html#scheduler-objects
func (s *Scheduler) call(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	fn := "scheduler." + b.Name()
	switch b.Name() {
	case "enter", "enterabs":
		var t, priority, action starlark.Value
		var argument starlark.Value = starlark.Tuple{}
		var kw starlark.Value
		first := "time"
		if b.Name() == "enter" {
			first = "delay"
		}
		if err := starlark.UnpackArgs(fn, args, kwargs, first, &t, "priority", &priority, "action", &action, "argument?", &argument, "kwargs?", &kw); err != nil {
			return nil, py.ToException(err)
		}
		if b.Name() == "enter" {
			now, err := starlark.Call(thread, s.timefunc, nil, nil)
			if err != nil {
				return nil, err
			}
			if t, err = starlark.Binary(syntax.PLUS, now, t); err != nil {
				return nil, py.ToException(err)
			}
		}
		return s.enterabs(thread, t, priority, action, argument, kw)
	case "cancel":
		var ev starlark.Value
		if err := starlark.UnpackArgs(fn, args, kwargs, "event", &ev); err != nil {
			return nil, py.ToException(err)
		}
		return starlark.None, s.cancel(thread, ev)
	case "empty":
		if err := py.NoArgs("scheduler", "empty", 1, args, kwargs); err != nil {
			return nil, err
		}
		return starlark.Bool(s.queue.Len() == 0), nil
	}
	blocking := true
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "scheduler.run() takes from 1 to 2 positional arguments but %d were given", len(args)+1)
	}
	if err := starlark.UnpackArgs(fn, args, kwargs, "blocking?", &blocking); err != nil {
		return nil, py.ToException(err)
	}
	return s.run(thread, blocking)
}

// DelField implements del s.name for an attribute a script set.
func (s *Scheduler) DelField(name string) error { return s.attrs.Delete(s, name) }
