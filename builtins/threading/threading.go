// Package threading is spindle's threading module: threads that are
// goroutines, scheduled by their Interpreter's GIL, with CPython 3.11's
// API and messages.
package threading

// This file defines the module table and its functions.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the threading module. Members:
//
//	Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None)
//	active_count(), activeCount()
//	current_thread(), currentThread()
//	main_thread()
//	enumerate()
//	get_ident(), get_native_id()
//	TIMEOUT_MAX
//	Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Timer,
//	Barrier, BrokenBarrierError, local, excepthook, ExceptHookArgs, ThreadError
//	settrace, gettrace, setprofile, getprofile (kept, not called), stack_size
//	_active, _limbo, _DummyThread, _start_new_thread, _count (internals
//	that CPython's tests use; see active.go)
var Module = &core.Module{Name: "threading", Members: members()}

// ThreadClass is threading.Thread.
var ThreadClass = newThreadClass()

// patchable is ThreadClass, for Start to see a patch of Thread.run (set
// by newThreadClass: an initializer would make a cycle).
var patchable *py.Class

func newThreadClass() *py.Class {
	c := py.NewClass("Thread", "threading")
	c.Ext = &py.NativeClass{New: newThreadObject, Uninit: uninitThreadAttr}
	c.SetPatchable() // written in Python in CPython: mock.patch.object(Thread, "start")
	patchable = c
	c.Dict["__init__"] = starlark.NewBuiltin("__init__", threadInit)
	c.Dict["__repr__"] = starlark.NewBuiltin("__repr__", threadRepr)
	for name, m := range threadMethods {
		c.Dict[name] = unboundMethod(m)
	}
	return c
}

// unboundMethod makes Thread.m(self, ...) work for threads and for
// instances of Thread subclasses, as in threading.Thread.join(self).
func unboundMethod(m *starlark.Builtin) *starlark.Builtin {
	return starlark.NewBuiltin(m.Name(), func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "unbound method Thread.%s() needs an argument", m.Name())
		}
		t := threadOf(args[0])
		if _, ok := args[0].(*py.Instance); ok && t == nil {
			return nil, notInitialized(m.Name())
		}
		if t == nil {
			return nil, py.Raisef(py.TypeError, "descriptor '%s' requires a 'Thread' object but received a '%s'", m.Name(), py.TypeName(args[0]))
		}
		return starlark.Call(thread, m.BindReceiver(t), args[1:], kwargs)
	})
}

// notInitialized is CPython's error for calling method name on an
// instance of a Thread subclass whose __init__ did not call
// Thread.__init__.
func notInitialized(name string) error {
	switch name {
	case "start":
		return py.Raise(py.RuntimeError, "thread.__init__() not called")
	case "join":
		return py.Raise(py.RuntimeError, "Thread.__init__() not called")
	}
	return py.Raise(py.AssertionError, "Thread.__init__() not called")
}

// uninitThreadAttr is CPython's error for the properties and the repr
// of an instance of a Thread subclass whose __init__ did not call
// Thread.__init__; nil for other attributes.
func uninitThreadAttr(name string, set bool) error {
	switch name {
	case "daemon":
		if set {
			return py.Raise(py.RuntimeError, "Thread.__init__() not called")
		}
	case "name":
	case "ident", "native_id":
		if set {
			return nil
		}
	case "__repr__":
		return py.Raise(py.AssertionError, "Thread.__init__() was not called")
	default:
		return nil
	}
	return py.Raise(py.AssertionError, "Thread.__init__() not called")
}

// threadRepr is Thread.__repr__(self), which a subclass's __repr__
// reaches through super(): <Name(name, status)>.
func threadRepr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self starlark.Value
	if err := starlark.UnpackPositionalArgs("__repr__", args, kwargs, 1, &self); err != nil {
		return nil, err
	}
	t := threadOf(self)
	if t == nil {
		if _, ok := self.(*py.Instance); ok {
			return nil, py.Raise(py.AssertionError, "Thread.__init__() was not called")
		}
		return nil, py.Raisef(py.TypeError, "descriptor '__repr__' requires a 'Thread' object but received a '%s'", py.TypeName(self))
	}
	return starlark.String(t.String()), nil
}

// threadOf returns the native thread of a Thread or of an instance of a
// Thread subclass, or nil.
func threadOf(v starlark.Value) *Thread {
	switch v := v.(type) {
	case *Thread:
		return v
	case *Timer:
		return v.Thread
	case *py.Instance:
		return threadOf(v.Native)
	}
	return nil
}

// threadInit is Thread.__init__(self, ...) for instances of user
// subclasses: it creates the native thread, whose start() then calls the
// subclass's run.
func threadInit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "Thread.__init__() missing 1 required positional argument: 'self'")
	}
	self, ok := args[0].(*py.Instance)
	if !ok {
		if threadOf(args[0]) != nil {
			return starlark.None, nil // a plain Thread is initialised when created
		}
		// Thread.__init__(x) checks its arguments and takes a Thread-N
		// number, then fails to set x._target.
		if _, err := newThreadObject(thread, nil, args[1:], kwargs); err != nil {
			return nil, err
		}
		return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute '_target'", py.TypeName(args[0]))
	}
	v, err := newThreadObject(thread, self.Class, args[1:], kwargs)
	if err != nil {
		return nil, err
	}
	t := v.(*Thread)
	t.Self = self
	t.ct.Object = t
	self.Native = t
	return starlark.None, nil
}

func members() starlark.StringDict {
	m := starlark.StringDict{
		"Thread":         ThreadClass,
		"active_count":   starlark.NewBuiltin("active_count", activeCount),
		"activeCount":    starlark.NewBuiltin("activeCount", deprecated(activeCount, "activeCount() is deprecated, use active_count() instead")),
		"current_thread": starlark.NewBuiltin("current_thread", currentThread),
		"currentThread":  starlark.NewBuiltin("currentThread", deprecated(currentThread, "currentThread() is deprecated, use current_thread() instead")),
		"main_thread":    starlark.NewBuiltin("main_thread", mainThreadFn),
		"enumerate":      starlark.NewBuiltin("enumerate", enumerate),
		"_active":        &activeMap{},
		"_DummyThread":   DummyThreadClass,
		"_count":         starlark.NewBuiltin("_count", threadCount),
		"_limbo":         &activeMap{limbo: true},
		"get_ident":      starlark.NewBuiltin("get_ident", getIdent),
		"get_native_id":  starlark.NewBuiltin("get_native_id", getNativeID),
		"TIMEOUT_MAX":    starlark.Float(core.TimeoutMax),
	}
	for k, v := range syncMembers() {
		m[k] = v
	}
	for k, v := range hookMembers() {
		m[k] = v
	}
	m["__all__"] = allNames()
	// CPython's pure-Python and C RLocks; spindle has one, native.
	m["_CRLock"], m["_PyRLock"] = m["RLock"], m["RLock"]
	return m
}

// newThreadObject implements Thread(...); cls nil means Thread.
// https://docs.python.org/3/library/threading.html#threading.Thread
func newThreadObject(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	// One struct, so that the six escaping variables are one allocation.
	p := struct{ group, target, name, targs, tkwargs, daemon starlark.Value }{
		starlark.None, starlark.None, starlark.None, starlark.Tuple(nil), starlark.None, starlark.None}
	if len(args) > 5 { // daemon is keyword-only
		return nil, py.TooManyArgs("Thread.__init__", "from 1 to 6", 6, len(args)+1)
	}
	if err := starlark.UnpackArgs("Thread.__init__", args, kwargs,
		"group?", &p.group, "target?", &p.target, "name?", &p.name, "args?", &p.targs, "kwargs?", &p.tkwargs, "daemon?", &p.daemon); err != nil {
		return nil, err
	}
	group, target, name, targs, tkwargs, daemon := p.group, p.target, p.name, p.targs, p.tkwargs, p.daemon
	if group != starlark.None {
		return nil, py.Raise(py.AssertionError, "group argument must be None for now")
	}
	// CPython unpacks kwargs, then args, when run() calls the target,
	// so a value that can't be unpacked fails in the new thread.
	kw, callErr := toKwargs(target, tkwargs)
	posargs, argsErr := toArgs(thread, target, targs)
	if callErr == nil {
		callErr = argsErr
	}
	n := ""
	if name != starlark.None && name.Truth() {
		var err error
		if n, err = py.StrOf(thread, name); err != nil { // str(name) may run __str__
			return nil, err
		}
	}
	t, err := NewThread(thread, target, n, posargs, kw, daemon)
	if err != nil {
		return nil, err
	}
	if cls != nil {
		t.ClassName = cls.ClassName
	}
	t.callErr = callErr
	if _, isTuple := targs.(starlark.Tuple); !isTuple {
		t.argsIn = targs
	}
	return t, nil
}

// toArgs converts Thread's args as run() unpacks *args: any iterable,
// a str giving its characters. The error is the one run() raises.
func toArgs(thread *starlark.Thread, target, v starlark.Value) (starlark.Tuple, error) {
	switch v := v.(type) {
	case starlark.Tuple:
		return v, nil
	case starlark.Iterable, starlark.String:
		elems, err := builtins.Elements(thread, v)
		return starlark.Tuple(elems), err
	}
	return nil, py.Raisef(py.TypeError, "%s() argument after * must be an iterable, not %s", funcStr(target), py.TypeName(v))
}

// toKwargs converts Thread's kwargs as run() unpacks **kwargs. The error
// is the one run() raises.
func toKwargs(target, v starlark.Value) ([]starlark.Tuple, error) {
	if v == starlark.None {
		return nil, nil
	}
	m, ok := py.Base(v).(starlark.IterableMapping)
	if !ok {
		return nil, py.Raisef(py.TypeError, "%s() argument after ** must be a mapping, not %s", funcStr(target), py.TypeName(v))
	}
	var out []starlark.Tuple
	for _, kv := range m.Items() {
		if _, ok := kv[0].(starlark.String); !ok {
			return nil, py.Raise(py.TypeError, "keywords must be strings")
		}
		out = append(out, starlark.Tuple{kv[0], kv[1]})
	}
	return out, nil
}

// funcStr names a callable as CPython's messages about a call to it do:
// __main__.f, __main__.C.m, print, list.append.
func funcStr(v starlark.Value) string {
	switch v := v.(type) {
	case *py.BoundMethod:
		if _, ok := v.Fn.(*starlark.Function); ok {
			return "__main__." + py.TypeName(v.Self) + "." + v.Name()
		}
	case *starlark.Function:
		n, _ := targetName(v)
		return "__main__." + n
	case *starlark.Builtin:
		if r := v.Receiver(); r != nil {
			return py.TypeName(r) + "." + v.Name()
		}
	}
	if n, ok := targetName(v); ok {
		return n
	}
	return py.TypeName(v) + " object"
}

// CurrentThread returns current_thread(): the Thread object of the
// calling script thread.
func CurrentThread(thread *starlark.Thread) starlark.Value {
	ct := core.FromThread(thread)
	if ct == nil {
		return starlark.None
	}
	v := objectOf(ct)
	if t, ok := ct.Object.(*Thread); ok && t.dummy {
		showDummy(thread, t)
	}
	return v
}

// objectOf returns the script-visible object of a runtime thread.
func objectOf(ct *core.Thread) starlark.Value {
	if ct.Object == nil {
		return mainThread(ct)
	}
	if t, ok := ct.Object.(*Thread); ok {
		return t.Self
	}
	return ct.Object
}

func activeCount(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgs("", b.Name(), 0, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.MakeInt(len(liveThreads(core.RuntimeOf(thread)))), nil
}

// threadCount is _thread._count(): the running threads other than the
// main one, _thread's included.
func threadCount(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("_thread", "_count", args, kwargs); err != nil {
		return nil, err
	}
	n := 0
	for _, ct := range core.RuntimeOf(thread).Threads() {
		if !ct.Main {
			n++
		}
	}
	return starlark.MakeInt(n), nil
}

func currentThread(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgs("", b.Name(), 0, args, kwargs); err != nil {
		return nil, err
	}
	return CurrentThread(thread), nil
}

func mainThreadFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgs("", b.Name(), 0, args, kwargs); err != nil {
		return nil, err
	}
	ct := core.FromThread(thread)
	for ct != nil && !ct.Main {
		ct = ct.Parent
	}
	if ct == nil {
		return starlark.None, nil
	}
	return objectOf(ct), nil
}

func enumerate(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgs("", b.Name(), 0, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.NewList(liveThreads(core.RuntimeOf(thread))), nil
}

func getIdent(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("_thread", b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	return starlark.MakeInt64(core.FromThread(thread).Ident), nil
}

func getNativeID(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("_thread", b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	return starlark.MakeInt64(core.FromThread(thread).Native), nil
}

type builtinFn = func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)

// deprecated wraps an old alias so that it warns as CPython does.
func deprecated(fn builtinFn, msg string) builtinFn {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		core.Warn(thread, "DeprecationWarning", msg)
		return fn(thread, b, args, kwargs)
	}
}

// allNames is threading.__all__, CPython 3.11's list.
func allNames() starlark.Tuple {
	var t starlark.Tuple
	for _, n := range []string{"get_ident", "active_count", "Condition", "current_thread", "enumerate",
		"main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread",
		"Barrier", "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs", "setprofile", "settrace",
		"local", "stack_size", "excepthook", "get_native_id", "getprofile", "gettrace"} {
		t = append(t, starlark.String(n))
	}
	return t
}
