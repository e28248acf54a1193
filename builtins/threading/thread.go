package threading

// This file defines the Thread class: threading.Thread and the main thread.

import (
	"fmt"
	"slices"
	"strconv"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Thread is a threading.Thread object. Its fields are guarded by the GIL
// of the Interpreter that created it.
type Thread struct {
	ct      *core.Thread
	name    string
	daemon  starlark.Value // as given, never nil: CPython keeps daemon=1 as 1
	target  starlark.Value // nil after run() or when absent
	args    starlark.Tuple
	argsIn  starlark.Value // args as given, which _args reads (a list stays a list), or nil
	kwargs  []starlark.Tuple
	callErr error // the TypeError run() raises: args or kwargs can't be unpacked
	// gone holds which of _target, _args and _kwargs are deleted (bits
	// of privateBit): run() deletes all three, as does the
	// `del self._target, self._args, self._kwargs` of a subclass's run.
	gone uint8
	rt   *core.Runtime // the Interpreter whose patches of the class t sees; nil for a main or dummy thread
	// attrs holds the attributes a script sets on a Thread or Timer
	// (t.result = ...); nil until the first. A subclass instance keeps
	// them in its own dict.
	attrs   py.AttrDict
	started bool
	stopped bool
	main    bool
	dummy   bool // started by _thread.start_new_thread
	// startFn is the function start_new_thread was given, which names
	// the thread in the report of an error that escapes it.
	startFn starlark.Value
	shown   bool // a dummy that current_thread() has made a _DummyThread
	// tstate is _tstate_lock: held while the thread runs, released when
	// its body ends, nil before start and once is_alive() saw it free.
	tstate *Lock
	// Self is the object whose run method start() calls: the Thread
	// itself, or the instance of a user subclass that wraps it.
	Self starlark.Value
	// ClassName is type(self).__name__ for the repr.
	ClassName string
}

var (
	_ starlark.HasAttrs    = (*Thread)(nil)
	_ starlark.HasSetField = (*Thread)(nil)
)

// NewThread creates an unstarted thread as threading.Thread(...) does.
// name "" selects the default name; daemon None inherits the caller's.
// The caller must hold the GIL.
func NewThread(thread *starlark.Thread, target starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple, daemon starlark.Value) (*Thread, error) {
	rt := core.RuntimeOf(thread)
	if rt == nil {
		return nil, py.Raise(py.RuntimeError, "threading needs a spindle interpreter")
	}
	if name == "" {
		name = "Thread-" + strconv.Itoa(NextThreadNumber(thread))
		if target != nil && target != starlark.None {
			if tn, ok := targetName(target); ok {
				name += " (" + tn + ")"
			}
		}
	}
	t := &Thread{name: name, target: target, args: args, kwargs: kwargs, ClassName: "Thread", rt: rt}
	if target == starlark.None {
		t.target = nil
	}
	if daemon == nil || daemon == starlark.None {
		t.daemon = currentDaemon(thread)
	} else {
		t.daemon = daemon
	}
	parent := core.FromThread(thread)
	t.ct = rt.NewChildThread(parent, name)
	t.ct.Object = t
	t.Self = t
	return t, nil
}

// targetName returns target.__name__ where the value has one.
func targetName(v starlark.Value) (string, bool) {
	switch v := v.(type) {
	case *starlark.Function:
		if v.Name() == "lambda" {
			return "<lambda>", true // Starlark's name for every lambda
		}
		return v.Name(), true
	case *starlark.Builtin:
		return v.Name(), true
	case starlark.HasAttrs:
		if n, err := v.Attr("__name__"); err == nil && n != nil {
			if s, ok := starlark.AsString(n); ok {
				return s, true
			}
		}
	}
	return "", false
}

// currentDaemon is current_thread().daemon.
func currentDaemon(thread *starlark.Thread) starlark.Value {
	if t, ok := CurrentThread(thread).(*Thread); ok {
		return t.daemon
	}
	return starlark.False
}

// isDaemon reports whether the thread is a daemon thread.
func (t *Thread) isDaemon() bool { return bool(t.daemon.Truth()) }

// threadCounter is the per-Interpreter counter behind "Thread-N" names.
type threadCounter struct{ n int }

// NextThreadNumber returns the next N for a default "Thread-N" name, as
// CPython's _newname does. The caller must hold the GIL.
func NextThreadNumber(thread *starlark.Thread) int {
	c := core.RuntimeOf(thread).ModuleState(threadCounter{}, func() any { return new(threadCounter) }).(*threadCounter)
	c.n++
	return c.n
}

// mainThread returns the Thread object of a main script thread, creating
// it on first use.
func mainThread(ct *core.Thread) *Thread {
	if t, ok := ct.Object.(*Thread); ok {
		return t
	}
	t := &Thread{ct: ct, name: ct.Name, daemon: starlark.False, started: true, main: true, ClassName: "_MainThread"}
	t.Self = t
	ct.Object = t
	return t
}

// MainThreadClass is the class of the main thread's object.
var MainThreadClass = py.NewClass("_MainThread", "threading", ThreadClass)

// PyClass returns type(t): threading.Thread, or _MainThread.
func (t *Thread) PyClass() *py.Class {
	if t.main {
		return MainThreadClass
	}
	if t.shown {
		return DummyThreadClass
	}
	return ThreadClass
}

// Core returns the runtime thread behind t.
func (t *Thread) Core() *core.Thread { return t.ct }

// Name returns the thread's name.
func (t *Thread) Name() string { return t.name }

func (t *Thread) String() string {
	status := "initial"
	if t.started {
		status = "started"
	}
	if t.isStopped() {
		status = "stopped"
	}
	if t.isDaemon() {
		status += " daemon"
	}
	if t.started {
		status += fmt.Sprintf(" %d", t.ct.Ident)
	}
	return fmt.Sprintf("<%s(%s, %s)>", t.ClassName, t.name, status)
}

func (t *Thread) isStopped() bool {
	if !t.stopped && t.started && t.ct.State() == core.StateDone {
		t.stopped = true
	}
	return t.stopped
}

// Type implements starlark.Value.
func (t *Thread) Type() string          { return t.ClassName }
func (t *Thread) Freeze()               {}
func (t *Thread) Truth() starlark.Bool  { return true }
func (t *Thread) Hash() (uint32, error) { return uint32(py.Addr(t)), nil }

var threadMethods = map[string]*starlark.Builtin{
	"start":     starlark.NewBuiltin("start", threadStart),
	"run":       starlark.NewBuiltin("run", threadRun),
	"join":      starlark.NewBuiltin("join", threadJoin),
	"is_alive":  starlark.NewBuiltin("is_alive", threadIsAlive),
	"getName":   starlark.NewBuiltin("getName", threadGetName),
	"setName":   starlark.NewBuiltin("setName", threadSetName),
	"isDaemon":  starlark.NewBuiltin("isDaemon", threadIsDaemon),
	"setDaemon": starlark.NewBuiltin("setDaemon", threadSetDaemon),
}

// Attr implements starlark.HasAttrs.
func (t *Thread) Attr(name string) (starlark.Value, error) {
	if v, ok := core.ClassPatch(t.rt, t.PyClass(), t, name); ok {
		return v, nil // mock.patch.object(threading.Thread, "start")
	}
	switch name {
	case "name":
		return starlark.String(t.name), nil
	case "daemon":
		return t.daemon, nil
	case "ident":
		if !t.started {
			return starlark.None, nil
		}
		return starlark.MakeInt64(t.ct.Ident), nil
	case "_tstate_lock":
		if t.tstate == nil {
			return starlark.None, nil
		}
		return t.tstate, nil
	case "native_id":
		if !t.started {
			return starlark.None, nil
		}
		return starlark.MakeInt64(t.ct.Native), nil
	case "_target", "_args", "_kwargs":
		if t.gone&privateBit[name] != 0 {
			return nil, t.noAttr(name)
		}
		switch name {
		case "_target":
			return orNone(t.target), nil
		case "_args":
			if t.argsIn != nil {
				return t.argsIn, nil
			}
			return t.args, nil
		}
		return kwargsDict(t.kwargs), nil
	case "_name":
		return starlark.String(t.name), nil
	}
	if v, ok := t.attrs.Get(name); ok {
		return v, nil
	}
	if m, ok := threadMethods[name]; ok {
		return boundMethod{m.BindReceiver(t)}, nil
	}
	return nil, nil
}

// boundMethod is a Thread method bound to its thread, with CPython's
// repr: <bound method Thread.join of <Thread(Thread-1, initial)>>.
type boundMethod struct{ *starlark.Builtin }

var _ starlark.HasAttrs = boundMethod{}

func (m boundMethod) String() string {
	return fmt.Sprintf("<bound method Thread.%s of %s>", m.Name(), m.Receiver())
}
func (m boundMethod) Type() string { return "method" }

// Attr implements starlark.HasAttrs: __name__ and __self__.
func (m boundMethod) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__name__":
		return starlark.String(m.Name()), nil
	case "__self__":
		return m.Receiver().(*Thread).Self, nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (m boundMethod) AttrNames() []string { return []string{"__name__", "__self__"} }

// AttrNames implements starlark.HasAttrs.
func (t *Thread) AttrNames() []string {
	names := []string{"daemon", "ident", "name", "native_id"}
	for k := range threadMethods {
		names = append(names, k)
	}
	return append(names, t.attrs.Names()...)
}

// SetField implements starlark.HasSetField: name and daemon are
// settable, ident and native_id are not, and other names are attributes
// of a plain Thread (an AttributeError sends a subclass instance's to its
// dict).
func (t *Thread) SetField(name string, v starlark.Value) error {
	switch name {
	case "name", "_name":
		t.SetName(py.Str(v))
		return nil
	case "daemon":
		return t.setDaemon(v)
	case "_target":
		t.target = v
		t.gone &^= privateBit["_target"]
		return nil
	case "ident", "native_id":
		return py.Raisef(py.AttributeError, "property '%s' of '%s' object has no setter", name, t.ClassName)
	}
	if _, sub := t.Self.(*py.Instance); sub {
		return py.Raisef(py.AttributeError, "'%s' object has no attribute '%s'", t.ClassName, name)
	}
	return t.attrs.Set(name, v)
}

// privateBit is the bit of Thread.gone for each of run()'s attributes.
var privateBit = map[string]uint8{"_target": 1, "_args": 2, "_kwargs": 4}

// DelField implements del t.name for _target, _args, _kwargs and a
// script's attribute.
func (t *Thread) DelField(name string) error {
	bit, ok := privateBit[name]
	if !ok {
		return t.attrs.Delete(t.Self, name)
	}
	if t.gone&bit != 0 {
		return t.noAttr(name)
	}
	t.gone |= bit
	return nil
}

// noAttr is the AttributeError for attribute name of the thread's object.
func (t *Thread) noAttr(name string) error {
	return py.Raisef(py.AttributeError, "'%s' object has no attribute '%s'", py.TypeName(t.Self), name)
}

// SetName renames the thread.
func (t *Thread) SetName(name string) {
	t.name = name
	if t.ct != nil {
		t.ct.Name = name
	}
}

func (t *Thread) setDaemon(v starlark.Value) error {
	if t.started {
		return py.Raise(py.RuntimeError, "cannot set daemon status of active thread")
	}
	t.daemon = v
	t.ct.Daemon = t.isDaemon()
	return nil
}

func orNone(v starlark.Value) starlark.Value {
	if v == nil {
		return starlark.None
	}
	return v
}

func kwargsDict(kwargs []starlark.Tuple) *starlark.Dict {
	d := starlark.NewDict(len(kwargs))
	for _, kv := range kwargs {
		d.SetKey(kv[0], kv[1])
	}
	return d
}

func receiver(b *starlark.Builtin) *Thread { return b.Receiver().(*Thread) }

// Start starts the thread's activity: Self.run() on a new goroutine.
// https://docs.python.org/3/library/threading.html#threading.Thread.start
func (t *Thread) Start(thread *starlark.Thread) error {
	if t.started {
		return py.Raise(py.RuntimeError, "threads can only be started once")
	}
	if err := callPatchedStart(thread, t); err != nil {
		return err
	}
	t.ct.Daemon = t.isDaemon()
	t.ct.Name = t.name
	if parent := core.FromThread(thread); parent != nil {
		t.ct.Ctx = parent.ChildContext() // the call that starts the thread owns it
	}
	// CPython's start waits, with the GIL released, while the OS creates
	// the thread: a thread already waiting for the GIL runs meanwhile.
	core.YieldToWaiting(thread)
	tstate := NewLock()
	tstate.locked = true
	t.tstate = tstate
	if err := core.RuntimeOf(thread).Start(t.ct, bootstrap, finish); err != nil {
		t.tstate = nil
		return err
	}
	t.started = true
	// CPython's start then waits until the new thread has begun, and the
	// new thread keeps the GIL until it blocks or is preempted.
	return core.RunStarted(thread)
}

// bootstrap is the body of every started thread: its run(). It is a
// plain function, not a closure or a method value, and calls the target
// itself rather than through Run: its frame is under every frame of the
// thread, and a waiting thread's whole stack has to fit 4 KB (see
// interp TestWaitingThreadStack).
func bootstrap(ct *core.Thread) error {
	t := ct.Object.(*Thread)
	if t.Self != starlark.Value(t) || patchable.Patched() {
		return t.runOverride(ct) // a subclass's run, or a patch of Thread's
	}
	err := t.runError()
	if err == nil && t.target != nil {
		_, err = starlark.Call(ct.ST, t.target, t.args, t.kwargs)
	}
	return t.finishRun(err)
}

// finish ends a started thread, with the GIL held, as CPython's
// _bootstrap_inner does: an error that escaped run() goes to the
// excepthook, and then _tstate_lock is released, which ends join().
func finish(ct *core.Thread, err error) {
	if err != nil {
		reportUncaught(ct, err)
	}
	ct.Object.(*Thread).tstate.release()
}

// runOverride calls the run method of a Thread subclass.
func (t *Thread) runOverride(ct *core.Thread) error {
	run, err := getattr(t.Self, "run")
	if err != nil {
		return err
	}
	_, err = starlark.Call(ct.ST, run, nil, nil)
	return err
}

func getattr(v starlark.Value, name string) (starlark.Value, error) {
	if h, ok := v.(starlark.HasAttrs); ok {
		m, err := h.Attr(name)
		if err != nil {
			return nil, err
		}
		if m != nil {
			return m, nil
		}
	}
	return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute '%s'", py.TypeName(v), name)
}

func threadStart(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgs("Thread", b.Name(), 1, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.None, receiver(b).Start(thread)
}

// Run calls the target, then forgets it, as CPython's Thread.run does:
// a second run raises AttributeError. Its frame is under every waiting
// thread's stack, which must stay within 4 KB (see interp
// TestWaitingThreadStack): the checks and the deletes are calls.
func (t *Thread) Run(thread *starlark.Thread) error {
	err := t.runError()
	if err == nil && t.target != nil {
		_, err = starlark.Call(thread, t.target, t.args, t.kwargs)
	}
	return t.finishRun(err)
}

// runError is the error run() raises before calling its target, or nil.
//
//go:noinline
func (t *Thread) runError() error {
	switch {
	case t.gone&privateBit["_target"] != 0:
		return t.noAttr("_target")
	case t.target == nil:
	case t.gone&privateBit["_args"] != 0:
		return t.noAttr("_args")
	case t.gone&privateBit["_kwargs"] != 0:
		return t.noAttr("_kwargs")
	case t.callErr != nil:
		return t.callErr
	}
	if l, ok := t.argsIn.(*starlark.List); ok { // run() unpacks the list as it is now
		t.args = starlark.Tuple(slices.Collect(l.Elements()))
	}
	return nil
}

// finishRun is the end of run() that ended with err: the deletes of its
// finally, whose error wins.
//
//go:noinline
func (t *Thread) finishRun(err error) error {
	if delErr := t.deleteRunAttrs(); delErr != nil {
		return delErr
	}
	return err
}

// deleteRunAttrs is the finally of CPython's run(): del self._target,
// self._args, self._kwargs, which stops at the first one already gone.
func (t *Thread) deleteRunAttrs() error {
	for _, name := range [...]string{"_target", "_args", "_kwargs"} {
		if err := t.DelField(name); err != nil {
			return err
		}
	}
	t.target, t.args, t.argsIn, t.kwargs = nil, nil, nil, nil
	return nil
}

func threadRun(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgs("Thread", b.Name(), 1, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.None, receiver(b).Run(thread)
}

// Join waits until the thread ends or timeout passes (negative: forever).
func (t *Thread) Join(thread *starlark.Thread, timeout core.Timeout) error {
	if err := t.checkJoin(thread); err != nil {
		return err
	}
	_, err := core.WaitChan(thread, "join: "+t.name+" to finish", t.ct.Done(), timeout.Duration())
	return err
}

// checkJoin returns the RuntimeError of joining t from thread, if any.
func (t *Thread) checkJoin(thread *starlark.Thread) error {
	if !t.started {
		return py.Raise(py.RuntimeError, "cannot join thread before it is started")
	}
	if core.FromThread(thread) == t.ct {
		return py.Raise(py.RuntimeError, "cannot join current thread")
	}
	return nil
}

// threadJoin is Thread.join: as in CPython, the RuntimeErrors come
// before the timeout's TypeError, which is that of max(timeout, 0).
func threadJoin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 1 {
		return nil, py.TooManyArgs("Thread.join", "from 1 to 2", 2, len(args)+1)
	}
	var v starlark.Value = starlark.None
	if err := core.UnpackArgs(b.Name(), args, kwargs, "timeout?", &v); err != nil {
		return nil, err
	}
	t := receiver(b)
	if err := t.checkJoin(thread); err != nil {
		return nil, err
	}
	var timeout core.Timeout
	if timeout.Unpack(v) != nil {
		return nil, py.Raisef(py.TypeError, "'>' not supported between instances of 'int' and '%s'", py.TypeName(v))
	}
	return starlark.None, t.Join(thread, timeout)
}

// IsAlive reports whether the thread has started and not yet finished.
// A _DummyThread is alive for ever, as in CPython.
// While the thread's _tstate_lock exists, whoever holds it keeps the
// thread alive; once free, it is dropped, as CPython does.
func (t *Thread) IsAlive() bool {
	if t.shown {
		return true
	}
	if t.tstate != nil {
		if t.tstate.locked {
			return true
		}
		t.tstate = nil
		t.stopped = true
	}
	return t.started && !t.isStopped()
}

func threadIsAlive(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgs("Thread", b.Name(), 1, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.Bool(receiver(b).IsAlive()), nil
}

func threadGetName(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	core.Warn(thread, "DeprecationWarning", "getName() is deprecated, get the name attribute instead")
	if err := py.NoArgs("Thread", b.Name(), 1, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.String(receiver(b).name), nil
}

func threadSetName(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	core.Warn(thread, "DeprecationWarning", "setName() is deprecated, set the name attribute instead")
	var name starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name); err != nil {
		return nil, err
	}
	s, err := py.StrOf(thread, name)
	if err != nil {
		return nil, err
	}
	receiver(b).SetName(s)
	return starlark.None, nil
}

func threadIsDaemon(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	core.Warn(thread, "DeprecationWarning", "isDaemon() is deprecated, get the daemon attribute instead")
	if err := py.NoArgs("Thread", b.Name(), 1, args, kwargs); err != nil {
		return nil, err
	}
	return receiver(b).daemon, nil
}

func threadSetDaemon(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	core.Warn(thread, "DeprecationWarning", "setDaemon() is deprecated, set the daemon attribute instead")
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	return starlark.None, receiver(b).setDaemon(v)
}

// reportError prints an error that escaped a thread, CPython-style:
// "Exception in thread NAME:", the traceback, then "Type: message".
// SystemExit is silent, as in CPython.
func reportError(ct *core.Thread, err error) {
	e := py.ToException(ct.RaisedError(err))
	core.RuntimeOf(ct.ST).Sources().RefineCallError(e)
	if e.Class.IsSubclass(py.SystemExit) || e.Class == core.DeadlockError || ct.Ctx.Err() != nil {
		return // silent, as in CPython; a stopped call reports once, to its caller
	}
	e.CaptureStr(ct.ST)
	if runExceptHook(ct, e) {
		return
	}
	rt := ct.Runtime()
	rt.Suggest(ct.ST, e)
	writeStderr(ct.ST, "Exception in thread "+ct.Name+":\n"+rt.Sources().FormatTraceback(e))
}
