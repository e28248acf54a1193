package timeit

// This file defines the Timer class.

import (
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// TimerClass is timeit.Timer.
var TimerClass = func() *py.Class {
	c := py.NewClass("Timer", "timeit")
	c.Ext = &py.NativeClass{New: newTimer}
	return c
}()

// Timer is a timeit.Timer: the compiled inner function and the timer.
// It is guarded by the GIL of the Interpreter that owns it.
type Timer struct {
	inner, timer starlark.Value
	src          string
	attrs        py.AttrDict // attributes set by scripts
}

var (
	_ starlark.HasAttrs    = (*Timer)(nil)
	_ starlark.HasSetField = (*Timer)(nil)
)

// newTimer implements Timer(stmt='pass', setup='pass', timer=default_timer, globals=None).
// https://docs.python.org/3/library/timeit.html#timeit.Timer
func newTimer(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var stmt, setup, timer, globals starlark.Value = starlark.String("pass"), starlark.String("pass"), defaultTimer, starlark.None
	if err := starlark.UnpackArgs("Timer.__init__", args, kwargs, "stmt?", &stmt, "setup?", &setup, "timer?", &timer, "globals?", &globals); err != nil {
		return nil, py.ToException(err)
	}
	return newTimerObject(thread, stmt, setup, timer, globals)
}

func newTimerObject(thread *starlark.Thread, stmt, setup, timer, globals starlark.Value) (*Timer, error) {
	inner, src, err := compileTimer(thread, stmt, setup, globals)
	if err != nil {
		return nil, err
	}
	return &Timer{inner: inner, timer: timer, src: src}, nil
}

func (t *Timer) String() string        { return fmt.Sprintf("<timeit.Timer object at %#x>", py.Addr(t)) }
func (t *Timer) Type() string          { return "Timer" }
func (t *Timer) Freeze()               {}
func (t *Timer) Truth() starlark.Bool  { return true }
func (t *Timer) Hash() (uint32, error) { return uint32(py.Addr(t)), nil }
func (t *Timer) PyClass() *py.Class    { return TimerClass }

// number converts a count argument.
func number(v starlark.Value) (int, error) {
	n, ok := v.(starlark.Int)
	i, exact := n.Int64()
	if !ok || !exact {
		return 0, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(v))
	}
	return int(i), nil
}

// timeit implements Timer.timeit(number=1000000).
func (t *Timer) timeit(thread *starlark.Thread, n starlark.Value) (starlark.Value, error) {
	count, err := number(n)
	if err != nil {
		return nil, err
	}
	return starlark.Call(thread, t.inner, starlark.Tuple{nones(max(count, 0)), t.timer}, nil)
}

// repeat implements Timer.repeat(repeat=5, number=1000000).
func (t *Timer) repeat(thread *starlark.Thread, r, n starlark.Value) (starlark.Value, error) {
	times, err := number(r)
	if err != nil {
		return nil, err
	}
	var out []starlark.Value
	for i := 0; i < times; i++ {
		v, err := t.timeit(thread, n)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return starlark.NewList(out), nil
}

// autorange implements Timer.autorange(callback=None).
func (t *Timer) autorange(thread *starlark.Thread, callback starlark.Value) (starlark.Value, error) {
	for i := 1; ; i *= 10 {
		for _, j := range []int{1, 2, 5} {
			n := starlark.MakeInt(i * j)
			taken, err := t.timeit(thread, n)
			if err != nil {
				return nil, err
			}
			if callback != starlark.None && bool(callback.Truth()) {
				if _, err := starlark.Call(thread, callback, starlark.Tuple{n, taken}, nil); err != nil {
					return nil, err
				}
			}
			if ok, err := starlark.Compare(syntax.GE, taken, starlark.Float(0.2)); err != nil || ok {
				return starlark.Tuple{n, taken}, err
			}
		}
	}
}

// Attr implements starlark.HasAttrs.
func (t *Timer) Attr(name string) (starlark.Value, error) {
	switch name {
	case "inner":
		return t.inner, nil
	case "timer":
		return t.timer, nil
	case "src":
		return starlark.String(t.src), nil
	case "timeit", "repeat", "autorange":
		return starlark.NewBuiltin(name, t.method).BindReceiver(t), nil
	}
	if v, ok := t.attrs.Get(name); ok {
		return v, nil
	}
	return nil, py.Raisef(py.AttributeError, "'Timer' object has no attribute '%s'", name)
}

// method dispatches the Timer's methods.
func (t *Timer) method(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, r := starlark.Value(starlark.MakeInt(defaultNumber)), starlark.Value(starlark.MakeInt(defaultRepeat))
	var callback starlark.Value = starlark.None
	var err error
	if most := map[string]int{"timeit": 1, "repeat": 2, "autorange": 1}[b.Name()]; len(args) > most {
		return nil, py.Raisef(py.TypeError, "Timer.%s() takes from 1 to %d positional arguments but %d were given", b.Name(), most+1, len(args)+1)
	}
	switch b.Name() {
	case "timeit":
		if err = starlark.UnpackArgs("Timer.timeit", args, kwargs, "number?", &n); err == nil {
			return t.timeit(thread, n)
		}
	case "repeat":
		if err = starlark.UnpackArgs("Timer.repeat", args, kwargs, "repeat?", &r, "number?", &n); err == nil {
			return t.repeat(thread, r, n)
		}
	default:
		if err = starlark.UnpackArgs("Timer.autorange", args, kwargs, "callback?", &callback); err == nil {
			return t.autorange(thread, callback)
		}
	}
	return nil, py.ToException(err)
}

// AttrNames implements starlark.HasAttrs.
func (t *Timer) AttrNames() []string {
	return append([]string{"autorange", "inner", "repeat", "src", "timeit", "timer"}, t.attrs.Names()...)
}

// SetField sets an attribute, as on any Python object.
func (t *Timer) SetField(name string, v starlark.Value) error {
	switch name {
	case "inner":
		t.inner = v
	case "timer":
		t.timer = v
	default:
		return t.attrs.Set(name, v)
	}
	return nil
}

// nones is itertools.repeat(None, n), the loop of the inner function.
type nones int

func (n nones) String() string       { return fmt.Sprintf("repeat(None, %d)", int(n)) }
func (n nones) Type() string         { return "itertools.repeat" }
func (n nones) Freeze()              {}
func (n nones) Truth() starlark.Bool { return true }
func (n nones) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'itertools.repeat'")
}
func (n nones) Iterate() starlark.Iterator {
	left := int(n)
	return &nonesIter{left: left}
}

type nonesIter struct{ left int }

func (it *nonesIter) Next(p *starlark.Value) bool {
	if it.left <= 0 {
		return false
	}
	it.left--
	*p = starlark.None
	return true
}
func (it *nonesIter) Done() {}

// DelField implements del t.name for an attribute a script set.
func (t *Timer) DelField(name string) error { return t.attrs.Delete(t, name) }
