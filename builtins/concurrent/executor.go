package concurrent

// This file defines ThreadPoolExecutor, ported from CPython's
// concurrent/futures/thread.py with the GIL as its lock.

import (
	"fmt"
	"runtime"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/logging"
	"github.com/spindle-lang/spindle/builtins/threading"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// ExecutorClass is concurrent.futures.ThreadPoolExecutor.
var ExecutorClass = newExecutorClass()

func newExecutorClass() *py.Class {
	c := py.NewClass("ThreadPoolExecutor", "concurrent.futures.thread", BaseExecutorClass)
	c.Ext = &py.NativeClass{New: newExecutor}
	c.SetPatchable() // written in Python in CPython: mock.patch.object(ThreadPoolExecutor, "submit")
	return c
}

// workItem is one submitted call.
type workItem struct {
	future *Future
	fn     starlark.Value
	args   starlark.Tuple
	kwargs []starlark.Tuple
}

// Executor is a ThreadPoolExecutor. Workers start lazily, one per submit
// while no worker is idle, up to maxWorkers. When the main thread that
// created a worker ends, the worker finishes the queued work and exits,
// as CPython's workers do at interpreter exit. Its state is guarded by
// the GIL.
type Executor struct {
	maxWorkers  int
	prefix      string
	initializer starlark.Value // None, or called with initargs in each new worker
	initargs    starlark.Tuple
	broken      string // why the pool is broken (an initializer failed), or ""
	work        []*workItem
	workReady   threading.WaitList
	idle        int // CPython's _idle_semaphore
	threads     []*threading.Thread
	shutdown    bool
	attrs       py.AttrDict   // what scripts set
	self        *py.Instance  // the instance of a script's subclass, or nil
	rt          *core.Runtime // the Interpreter whose patches of the class e sees
}

var (
	_ starlark.HasAttrs    = (*Executor)(nil)
	_ starlark.HasSetField = (*Executor)(nil)
	_ py.ContextManager    = (*Executor)(nil)
)

// executorCounter numbers executors per Interpreter, for worker names.
type executorCounter struct{ n int }

// newExecutor implements ThreadPoolExecutor(max_workers=None, thread_name_prefix=”).
// https://docs.python.org/3/library/concurrent.futures.html#threadpoolexecutor
func newExecutor(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var maxWorkers starlark.Value = starlark.None
	var prefix string
	var initializer starlark.Value = starlark.None
	var initargs starlark.Tuple
	if err := core.UnpackArgs("ThreadPoolExecutor", args, kwargs, "max_workers?", &maxWorkers,
		"thread_name_prefix?", &prefix, "initializer?", &initializer, "initargs?", &initargs); err != nil {
		return nil, err
	}
	if _, ok := initializer.(starlark.Callable); !ok && initializer != starlark.None {
		return nil, py.Raise(py.TypeError, "initializer must be a callable")
	}
	e := &Executor{maxWorkers: min(32, runtime.NumCPU()+4), prefix: prefix,
		initializer: initializer, initargs: initargs, rt: core.RuntimeOf(thread)}
	if maxWorkers != starlark.None {
		n, err := starlark.AsInt32(maxWorkers)
		if err != nil {
			return nil, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(maxWorkers))
		}
		if n <= 0 {
			return nil, py.Raise(py.ValueError, "max_workers must be greater than 0")
		}
		e.maxWorkers = n
	}
	if e.prefix == "" {
		rt := core.RuntimeOf(thread)
		if rt == nil {
			return nil, py.Raise(py.RuntimeError, "concurrent.futures needs a spindle interpreter")
		}
		c := rt.ModuleState(executorCounter{}, func() any { return new(executorCounter) }).(*executorCounter)
		e.prefix = fmt.Sprintf("ThreadPoolExecutor-%d", c.n)
		c.n++
	}
	return e, nil
}

// Submit schedules fn(*args, **kwargs) and returns its Future. The
// caller must hold the GIL.
func (e *Executor) Submit(thread *starlark.Thread, fn starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (*Future, error) {
	if e.broken != "" {
		return nil, py.Raise(BrokenThreadPool, e.broken)
	}
	if e.shutdown {
		return nil, py.Raise(py.RuntimeError, "cannot schedule new futures after shutdown")
	}
	f := NewFuture()
	e.work = append(e.work, &workItem{future: f, fn: fn, args: args, kwargs: kwargs})
	e.workReady.Notify(1)
	return f, e.adjustThreadCount(thread)
}

// adjustThreadCount starts a worker unless one is idle, as CPython does.
func (e *Executor) adjustThreadCount(thread *starlark.Thread) error {
	if e.idle > 0 {
		e.idle--
		return nil
	}
	n := len(e.threads)
	if n >= e.maxWorkers {
		return nil
	}
	mainDone := mainThreadDone(thread)
	worker := starlark.NewBuiltin("_worker", func(thread *starlark.Thread, _ *starlark.Builtin, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		return starlark.None, e.worker(thread, mainDone)
	})
	t, err := threading.NewThread(thread, worker, fmt.Sprintf("%s_%d", e.prefix, n), nil, nil, starlark.None)
	if err != nil {
		return err
	}
	if err := t.Start(thread); err != nil {
		return err
	}
	e.threads = append(e.threads, t)
	// CPython's Thread.start waits until the new thread runs, which then
	// keeps the GIL until it blocks: the worker takes its first task (and
	// runs the initializer) before submit returns.
	return core.Sleep(thread, 0)
}

// mainThreadDone returns the Done channel of the main thread that
// thread descends from, or nil.
func mainThreadDone(thread *starlark.Thread) <-chan struct{} {
	ct := core.FromThread(thread)
	for ct != nil && !ct.Main {
		ct = ct.Parent
	}
	if ct == nil {
		return nil
	}
	return ct.Done()
}

// worker runs queued work until shutdown, or until the main thread has
// ended and the queue is empty.
func (e *Executor) worker(thread *starlark.Thread, mainDone <-chan struct{}) error {
	if e.initializer != starlark.None {
		if _, err := starlark.Call(thread, e.initializer, e.initargs, nil); err != nil {
			e.initializerFailed(thread, err)
			return nil
		}
	}
	for {
		if len(e.work) > 0 {
			w := e.work[0]
			e.work[0] = nil
			e.work = e.work[1:]
			w.run(thread)
			e.idle++
			continue
		}
		if e.shutdown || closed(mainDone) {
			return nil
		}
		if _, err := e.workReady.WaitOr(thread, "ThreadPoolExecutor worker", -1, mainDone); err != nil {
			return err
		}
	}
}

func closed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// initializerFailed logs the initializer's error on the
// concurrent.futures logger as CPython does, breaks the pool and fails
// its queued work. An error of the logging itself is written to stderr.
func (e *Executor) initializerFailed(thread *starlark.Thread, err error) {
	lerr := logging.LogCritical(thread, "concurrent.futures", py.ToException(err), "Exception in initializer:")
	if rt := core.RuntimeOf(thread); rt != nil && lerr != nil {
		rt.Stderr().WriteString(rt.Sources().FormatTraceback(lerr))
	}
	e.broken = "A thread initializer failed, the thread pool is not usable anymore"
	work := e.work
	e.work = nil
	for _, w := range work {
		w.future.SetException(thread, py.Raise(BrokenThreadPool, e.broken))
	}
}

// run calls the work item's function, capturing its result or error in
// the future.
func (w *workItem) run(thread *starlark.Thread) {
	if !w.future.SetRunning() {
		return
	}
	v, err := starlark.Call(thread, w.fn, w.args, w.kwargs)
	if err != nil {
		w.future.SetException(thread, err)
	} else {
		w.future.SetResult(thread, v)
	}
}

// Shutdown stops accepting work, optionally cancels queued work, and if
// wait is set waits for the workers to finish.
func (e *Executor) Shutdown(thread *starlark.Thread, wait, cancelFutures bool) error {
	e.shutdown = true
	if cancelFutures {
		for _, w := range e.work {
			w.future.Cancel(thread)
		}
		e.work = nil
	}
	e.workReady.NotifyAll()
	if !wait {
		return nil
	}
	for _, t := range e.threads {
		if err := t.Join(thread, core.Timeout{}); err != nil {
			return err
		}
	}
	return nil
}

// Map submits fn for each tuple of arguments from iterables and returns
// an iterator over the results in order.
func (e *Executor) Map(thread *starlark.Thread, fn starlark.Value, iterables []starlark.Value, timeout core.Timeout) (starlark.Value, error) {
	return mapFutures(thread, iterables, timeout, func(args starlark.Tuple) (*Future, error) {
		return e.Submit(thread, fn, args, nil)
	})
}

// mapFutures is Executor.map given a submit: it submits each tuple of
// arguments from iterables (zip stops at the shortest) and returns an
// iterator over the results in order.
func mapFutures(thread *starlark.Thread, iterables []starlark.Value, timeout core.Timeout, submit func(starlark.Tuple) (*Future, error)) (starlark.Value, error) {
	var fs []*Future
	iters := make([]*builtins.Iterator, len(iterables))
	for i, x := range iterables {
		it, err := builtins.Iter(thread, x) // a str, a user class's __iter__...
		if err != nil {
			return nil, err
		}
		iters[i] = it
	}
	for len(iters) > 0 {
		args := make(starlark.Tuple, len(iters))
		for i, it := range iters {
			v, ok, err := it.Next()
			if err != nil {
				return nil, err // raised by a generator the arguments come from
			}
			if !ok {
				return newResultIterator(thread, fs, timeout), nil
			}
			args[i] = v
		}
		f, err := submit(args)
		if err != nil {
			return nil, err
		}
		fs = append(fs, f)
	}
	return newResultIterator(thread, fs, timeout), nil
}

// Enter implements py.ContextManager.
func (e *Executor) Enter(thread *starlark.Thread) (starlark.Value, error) { return e, nil }

// Exit implements py.ContextManager: shutdown(wait=True).
func (e *Executor) Exit(thread *starlark.Thread) error { return e.Shutdown(thread, true, false) }

func (e *Executor) String() string {
	return fmt.Sprintf("<concurrent.futures.thread.ThreadPoolExecutor object at %#x>", py.Addr(e))
}

// Type implements starlark.Value.
func (e *Executor) Type() string          { return "ThreadPoolExecutor" }
func (e *Executor) Freeze()               {}
func (e *Executor) Truth() starlark.Bool  { return true }
func (e *Executor) Hash() (uint32, error) { return uint32(py.Addr(e)), nil }

// PyClass returns concurrent.futures.ThreadPoolExecutor.
func (e *Executor) PyClass() *py.Class { return ExecutorClass }

var executorMethods = map[string]*starlark.Builtin{
	"submit":    starlark.NewBuiltin("submit", executorSubmit),
	"map":       starlark.NewBuiltin("map", executorMap),
	"shutdown":  starlark.NewBuiltin("shutdown", executorShutdown),
	"__enter__": starlark.NewBuiltin("__enter__", executorEnter),
	"__exit__":  starlark.NewBuiltin("__exit__", executorExit),
}

// Attr implements starlark.HasAttrs.
func (e *Executor) Attr(name string) (starlark.Value, error) {
	if v, ok := e.attrs.Get(name); ok {
		return v, nil
	}
	if v, ok := core.ClassPatch(e.rt, ExecutorClass, e.value(), name); ok {
		return v, nil
	}
	switch name {
	case "_max_workers":
		return starlark.MakeInt(e.maxWorkers), nil
	case "_thread_name_prefix":
		return starlark.String(e.prefix), nil
	}
	if m, ok := executorMethods[name]; ok {
		return m.BindReceiver(e), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (e *Executor) AttrNames() []string {
	return append(e.attrs.Names(), "map", "shutdown", "submit")
}

// SetField implements starlark.HasSetField: a script's attribute.
func (e *Executor) SetField(name string, v starlark.Value) error { return e.attrs.Set(name, v) }

// DelField implements del e.name.
func (e *Executor) DelField(name string) error { return e.attrs.Delete(e, name) }

func executor(b *starlark.Builtin) *Executor { return b.Receiver().(*Executor) }

// executorSubmit implements submit(fn, /, *args, **kwargs).
// https://docs.python.org/3/library/concurrent.futures.html#concurrent.futures.Executor.submit
func executorSubmit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "submit expected at least 1 argument, got 0")
	}
	return executor(b).Submit(thread, args[0], args[1:], kwargs)
}

// executorMap implements map(fn, *iterables, timeout=None, chunksize=1).
func executorMap(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "Executor.map() missing 1 required positional argument: 'fn'")
	}
	var timeout core.Timeout
	var chunksize int
	if err := core.UnpackArgs(b.Name(), nil, kwargs, "timeout?", &timeout, "chunksize?", &chunksize); err != nil {
		return nil, err
	}
	if e := executor(b); e.self != nil {
		return e.subclassMap(thread, b, args, kwargs)
	}
	return executor(b).Map(thread, args[0], args[1:], timeout)
}

// executorShutdown implements shutdown(wait=True, *, cancel_futures=False).
func executorShutdown(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	wait, cancel := true, false
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "wait?", &wait, "cancel_futures?", &cancel); err != nil {
		return nil, err
	}
	return starlark.None, executor(b).Shutdown(thread, wait, cancel)
}

func executorEnter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if e := executor(b); e.self != nil {
		return e.self, nil
	}
	return executor(b), nil
}

func executorExit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if e := executor(b); e.self != nil {
		return e.subclassExit(thread, b)
	}
	return starlark.False, executor(b).Shutdown(thread, true, false)
}

// untilDeadline returns the time left before deadline (negative: none).
func untilDeadline(deadline time.Time, set bool) time.Duration {
	if !set {
		return -1
	}
	if d := time.Until(deadline); d > 0 {
		return d
	}
	return 0
}

// value returns the script's view of e: the instance of a subclass, or e.
func (e *Executor) value() starlark.Value {
	if e.self != nil {
		return e.self
	}
	return e
}
