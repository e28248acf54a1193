package threading

// This file defines Timer, a thread that calls a function after an
// interval unless cancelled first.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// TimerClass is threading.Timer, a subclass of threading.Thread.
var TimerClass = newTimerClass()

func newTimerClass() *py.Class {
	c := py.NewClass("Timer", "threading", ThreadClass)
	c.Ext = &py.NativeClass{New: newTimer}
	c.Dict["__init__"] = starlark.NewBuiltin("__init__", timerInit)
	return c
}

// timerInit is Timer.__init__(self, interval, function, args, kwargs) for
// instances of user subclasses.
func timerInit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "Timer.__init__() missing 1 required positional argument: 'self'")
	}
	self, ok := args[0].(*py.Instance)
	if !ok {
		return starlark.None, nil
	}
	v, err := newTimer(thread, self.Class, args[1:], kwargs)
	if err != nil {
		return nil, err
	}
	tm := v.(*Timer)
	tm.Thread.Self, tm.Thread.ClassName = self, self.Class.ClassName
	self.Native = tm
	return starlark.None, nil
}

// Timer is a threading.Timer: a Thread whose run waits for interval
// seconds on the finished Event, then calls function unless cancel set
// the event first. Its fields are guarded by the GIL.
type Timer struct {
	*Thread
	interval starlark.Value
	function starlark.Value
	args     starlark.Value // a sequence
	kwargs   starlark.Value // a mapping
	finished *Event
}

var (
	_ starlark.HasAttrs    = (*Timer)(nil)
	_ starlark.HasSetField = (*Timer)(nil)
)

// NewTimer creates an unstarted Timer named Thread-N.
// https://docs.python.org/3/library/threading.html#timer-objects
func NewTimer(thread *starlark.Thread, interval, function, args, kwargs starlark.Value) (*Timer, error) {
	t, err := NewThread(thread, starlark.None, "", nil, nil, starlark.None)
	if err != nil {
		return nil, err
	}
	if args == starlark.None {
		args = starlark.NewList(nil)
	}
	if kwargs == starlark.None {
		kwargs = starlark.NewDict(0)
	}
	tm := &Timer{Thread: t, interval: interval, function: function, args: args, kwargs: kwargs, finished: NewEvent()}
	t.ClassName = "Timer"
	t.Self = tm
	return tm, nil
}

func newTimer(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var interval, function starlark.Value
	var fargs, fkwargs starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs("Timer", args, kwargs, "interval", &interval, "function", &function,
		"args?", &fargs, "kwargs?", &fkwargs); err != nil {
		return nil, err
	}
	return NewTimer(thread, interval, function, fargs, fkwargs)
}

// Cancel stops the timer if it is still waiting.
func (tm *Timer) Cancel() { tm.finished.Set() }

// run is Timer.run: wait, then call the function unless cancelled.
func (tm *Timer) run(thread *starlark.Thread) error {
	var timeout core.Timeout
	if err := timeout.Unpack(tm.interval); err != nil {
		return err
	}
	if _, err := tm.finished.Wait(thread, timeout.Duration()); err != nil {
		return err
	}
	if !tm.finished.flag {
		kw, err := toKwargs(tm.function, tm.kwargs)
		if err != nil {
			return err
		}
		args, err := toArgs(thread, tm.function, tm.args)
		if err != nil {
			return err
		}
		if _, err := starlark.Call(thread, tm.function, args, kw); err != nil {
			return err
		}
	}
	tm.finished.Set()
	return nil
}

// PyClass returns threading.Timer.
func (tm *Timer) PyClass() *py.Class { return TimerClass }

var timerMethods = map[string]*starlark.Builtin{
	"cancel": starlark.NewBuiltin("cancel", timerCancel),
	"run":    starlark.NewBuiltin("run", timerRun),
}

// Attr implements starlark.HasAttrs: Timer's own attributes, then
// Thread's.
func (tm *Timer) Attr(name string) (starlark.Value, error) {
	switch name {
	case "interval":
		return tm.interval, nil
	case "function":
		return tm.function, nil
	case "args":
		return tm.args, nil
	case "kwargs":
		return tm.kwargs, nil
	case "finished":
		return tm.finished, nil
	}
	if m, ok := timerMethods[name]; ok {
		return m.BindReceiver(tm), nil
	}
	return tm.Thread.Attr(name)
}

// AttrNames implements starlark.HasAttrs.
func (tm *Timer) AttrNames() []string {
	return append(tm.Thread.AttrNames(), "args", "cancel", "finished", "function", "interval", "kwargs")
}

func timerCancel(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	b.Receiver().(*Timer).Cancel()
	return starlark.None, nil
}

func timerRun(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.None, b.Receiver().(*Timer).run(thread)
}
