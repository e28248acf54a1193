package threading

// This file defines the threads of _thread.start_new_thread, which
// current_thread() shows as _DummyThread objects, and threading._active,
// the live map ident -> Thread that CPython keeps.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// DummyThreadClass is threading._DummyThread, the class of the objects
// that stand for threads started by _thread.start_new_thread.
var DummyThreadClass = py.NewClass("_DummyThread", "threading", ThreadClass)

// dummies is the per-Interpreter list of _DummyThread objects that
// current_thread() has made: like CPython's, they stay in _active and
// enumerate() after their thread ends, until deleted from _active.
type dummies struct{ list []*Thread }

type dummiesKey struct{}

func dummiesOf(rt *core.Runtime) *dummies {
	return rt.ModuleState(dummiesKey{}, func() any { return new(dummies) }).(*dummies)
}

// startNewThread is threading._start_new_thread(function, args,
// kwargs=None), _thread.start_new_thread: it starts function(*args,
// **kwargs) in a new daemon thread and returns its ident.
func startNewThread(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn, fargs, fkw starlark.Value = nil, nil, starlark.None
	if err := starlark.UnpackPositionalArgs("start_new_thread", args, kwargs, 2, &fn, &fargs, &fkw); err != nil {
		return nil, err
	}
	if _, ok := fn.(starlark.Callable); !ok {
		return nil, py.Raise(py.TypeError, "first arg must be callable")
	}
	targs, ok := fargs.(starlark.Tuple)
	if !ok {
		return nil, py.Raise(py.TypeError, "2nd arg must be a tuple")
	}
	var kw []starlark.Tuple
	if fkw != starlark.None {
		d, ok := fkw.(*starlark.Dict)
		if !ok {
			return nil, py.Raise(py.TypeError, "optional 3rd arg must be a dictionary")
		}
		var err error
		if kw, err = toKwargs(fn, d); err != nil {
			return nil, err
		}
	}
	t, err := NewThread(thread, fn, "Dummy-0", targs, kw, starlark.True)
	if err != nil {
		return nil, err
	}
	t.dummy, t.startFn = true, fn
	if err := t.Start(thread); err != nil {
		return nil, err
	}
	return starlark.MakeInt64(t.ct.Ident), nil
}

// showDummy makes t, a thread of start_new_thread, the _DummyThread that
// current_thread() returns in it: named Dummy-N and listed in _active.
func showDummy(thread *starlark.Thread, t *Thread) {
	if !t.dummy || t.shown {
		return
	}
	t.shown = true
	t.ClassName = "_DummyThread"
	t.SetName(fmt.Sprintf("Dummy-%d", NextThreadNumber(thread)))
	d := dummiesOf(core.RuntimeOf(thread))
	d.list = append(d.list, t)
}

// liveThreads returns the objects of threading.enumerate(): the running
// threads other than unshown dummies, then the shown dummies.
func liveThreads(rt *core.Runtime) []starlark.Value {
	var out []starlark.Value
	for _, ct := range rt.Threads() {
		v := objectOf(ct)
		if t := threadOf(v); t != nil && t.dummy {
			continue
		}
		out = append(out, v)
	}
	for _, t := range dummiesOf(rt).list {
		out = append(out, t.Self)
	}
	return out
}

// activeMap is threading._active: a live view ident -> Thread object.
// del _active[ident] forgets a _DummyThread.
// With limbo set it is threading._limbo, the threads started but not yet
// running: always empty in spindle, whose start() registers the new
// thread in _active before it returns.
type activeMap struct {
	rt    *core.Runtime
	limbo bool
}

var (
	_ starlark.Mapping  = (*activeMap)(nil)
	_ starlark.Iterable = (*activeMap)(nil)
	_ starlark.HasAttrs = (*activeMap)(nil)
	_ core.RuntimeBound = (*activeMap)(nil)
)

// ForRuntime implements core.RuntimeBound.
func (m *activeMap) ForRuntime(rt *core.Runtime) starlark.Value {
	return &activeMap{rt: rt, limbo: m.limbo}
}

func (m *activeMap) dict() *starlark.Dict {
	d := starlark.NewDict(0)
	if m.rt == nil || m.limbo {
		return d
	}
	for _, v := range liveThreads(m.rt) {
		if t := threadOf(v); t != nil {
			_ = d.SetKey(starlark.MakeInt64(t.ct.Ident), v)
		}
	}
	return d
}

func (m *activeMap) String() string       { return m.dict().String() }
func (m *activeMap) Type() string         { return "dict" }
func (m *activeMap) Freeze()              {}
func (m *activeMap) Truth() starlark.Bool { return m.dict().Len() > 0 }
func (m *activeMap) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'dict'")
}
func (m *activeMap) Len() int { return m.dict().Len() }
func (m *activeMap) Iterate() starlark.Iterator {
	return m.dict().Iterate()
}

// Get implements starlark.Mapping.
func (m *activeMap) Get(k starlark.Value) (starlark.Value, bool, error) { return m.dict().Get(k) }

// Attr implements starlark.HasAttrs: the dict methods of a snapshot, and
// __delitem__, which forgets a _DummyThread.
func (m *activeMap) Attr(name string) (starlark.Value, error) {
	if name == "__delitem__" {
		return starlark.NewBuiltin("__delitem__", m.delitem), nil
	}
	return m.dict().Attr(name)
}

// AttrNames implements starlark.HasAttrs.
func (m *activeMap) AttrNames() []string { return append(m.dict().AttrNames(), "__delitem__") }

func (m *activeMap) delitem(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k starlark.Value
	if err := starlark.UnpackPositionalArgs("__delitem__", args, kwargs, 1, &k); err != nil {
		return nil, err
	}
	d := dummiesOf(m.rt)
	if m.limbo {
		return nil, py.NewException(py.KeyError, k)
	}
	for i, t := range d.list {
		if eq, _ := starlark.Equal(k, starlark.MakeInt64(t.ct.Ident)); eq {
			d.list = append(d.list[:i], d.list[i+1:]...)
			return starlark.None, nil
		}
	}
	if _, found, _ := m.dict().Get(k); found {
		return nil, py.Raise(py.RuntimeError, "spindle cannot forget a running threading.Thread")
	}
	return nil, py.NewException(py.KeyError, k)
}

// originalStart is the module's own _start_new_thread (set in init, as
// it refers to Start, which refers back to it).
var originalStart *starlark.Builtin

func init() {
	originalStart = starlark.NewBuiltin("_start_new_thread", startNewThread)
	Module.Members["_start_new_thread"] = originalStart
}

// callPatchedStart honours a script's replacement of
// threading._start_new_thread, as tests do to make start() fail: it calls
// the replacement with (t.run, ()) and returns its exception. When the
// replacement returns, spindle starts the thread itself.
func callPatchedStart(thread *starlark.Thread, t *Thread) error {
	rt := core.RuntimeOf(thread)
	if rt == nil {
		return nil
	}
	m := rt.LoadedModule("threading")
	if m == nil {
		return nil
	}
	f, ok := m.Members["_start_new_thread"]
	if !ok || f == starlark.Value(originalStart) {
		return nil
	}
	run, err := getattr(t.Self, "run")
	if err != nil {
		return err
	}
	_, err = starlark.Call(thread, f, starlark.Tuple{run, starlark.Tuple{}}, nil)
	return err
}
