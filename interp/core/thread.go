package core

// This file defines script threads, their states and the per-Interpreter
// registry (Runtime) that knows every live thread.

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"sync"
	"sync/atomic"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
	"github.com/spindle-lang/spindle/interp/traceback"
)

// State is what a script thread is doing.
type State int32

// The states of a script thread.
const (
	StateNew      State = iota // created, not started
	StateRunning               // holds the GIL
	StateWaitGIL               // runnable, waiting for the GIL
	StateSleeping              // in time.sleep or another timed wait
	StateBlocked               // blocked on a lock, event, join, queue...
	StateDone                  // finished
)

func (s State) String() string {
	return [...]string{"new", "running", "waiting for the GIL", "sleeping", "blocked", "done"}[s]
}

// Thread is one script thread: a goroutine with its own starlark.Thread.
// Fields not marked otherwise are guarded by the GIL.
type Thread struct {
	rt  *Runtime
	ST  *starlark.Thread
	Ctx context.Context // cancelled to stop the thread
	// ChildCtx, if set, is the context of the threads this one starts
	// (so that interrupting a REPL statement spares its threads);
	// otherwise they share Ctx.
	ChildCtx context.Context
	Ident    int64  // Python's threading.get_ident(); set by Start
	Native   int64  // native_id; set by Start
	Name     string // the thread's name, kept in sync by the threading module
	Daemon   bool
	Main     bool
	// Linger keeps a main thread in Threads and Count after it ends,
	// until Forget, as CPython's main thread stays in
	// threading.enumerate() while the interpreter waits for the other
	// threads at exit. Set before the thread ends.
	Linger bool
	Parent *Thread        // the thread that created this one
	Object starlark.Value // the script-visible threading.Thread object, if any
	Seq    int64          // start order, used by enumerate()

	state     atomic.Int32
	blockedMu sync.Mutex                  // protects blockedOn
	blockedOn any                         // a string or fmt.Stringer describing the wait
	wakeCh    <-chan struct{}             // closed when the wait is over, if known; guarded by blockedMu
	wakeFlag  atomic.Pointer[atomic.Bool] // set when the wait is over, if known
	done      chan struct{}
	turn      Turn         // this thread's place in the GIL queue
	slot      atomic.Int32 // whether a waker queued turn: see QueueTurn
	irq       interruptState
	park      atomic.Pointer[parker] // what the thread parks on: see Park
	sleepGen  atomic.Uint64          // the timed wait in progress (see sleepq.go)
	lent      lentStack              // generator bodies running on t's behalf
	safe      safePoint              // a pending time-based switch
	memHooks  int                    // step hooks since the last heap sample

	// Set by Start for the thread's goroutine.
	body   func(t *Thread) error
	finish func(t *Thread, err error)
	err    error
}

// FromThread returns the script thread that runs st, or nil.
// It is safe to call from the goroutine that runs st.
func FromThread(st *starlark.Thread) *Thread {
	t, _ := st.Local(py.ThreadKey).(*Thread)
	return t
}

// RuntimeOf returns the Runtime that st belongs to, or nil.
func RuntimeOf(st *starlark.Thread) *Runtime {
	if t := FromThread(st); t != nil {
		return t.rt
	}
	return nil
}

// NameOf returns a script-visible name for v, or "". The caller holds the GIL.
func (rt *Runtime) NameOf(v starlark.Value) string {
	if name, ok := rt.reportNames[v]; ok {
		return name
	}
	if rt.opts.NameOf == nil {
		return ""
	}
	return rt.opts.NameOf(v)
}

// Current returns the script thread that holds the GIL. Only the holder
// may call it; it serves values whose methods get no *starlark.Thread.
func (rt *Runtime) Current() *Thread { return rt.current }

// Active implements py.Host: the starlark.Thread running the code of the
// thread that holds the GIL (see Thread.Active), or nil. Only the holder
// may call it.
func (rt *Runtime) Active() *starlark.Thread {
	if t := rt.current; t != nil {
		return t.Active()
	}
	return nil
}

// RaiseNext raises e in the thread that holds the GIL at its next step,
// for errors of interfaces that can't fail, such as the VM's truth test
// (py.Host).
func (rt *Runtime) RaiseNext(e *py.Exception) {
	if t := rt.current; t != nil {
		t.raiseNext(t.Active(), e)
	}
}

// ChildContext is the context for threads that t starts.
func (t *Thread) ChildContext() context.Context {
	if t.ChildCtx != nil {
		return t.ChildCtx
	}
	return t.Ctx
}

// Runtime returns the thread's Runtime.
func (t *Thread) Runtime() *Runtime { return t.rt }

// Host returns the thread's Runtime as the object model sees it (see
// py.HostOf).
func (t *Thread) Host() py.Host { return t.rt }

// State reports the thread's current state. Safe from any goroutine.
func (t *Thread) State() State { return State(t.state.Load()) }

func (t *Thread) setState(s State, on any) {
	t.blockedMu.Lock()
	t.blockedOn = on
	t.blockedMu.Unlock()
	old := State(t.state.Swap(int32(s)))
	if tr := t.rt.opts.Tracer; tr != nil {
		tr.transition(t, s, on)
	}
	if old == StateBlocked {
		t.rt.nblocked.Add(-1)
	}
	if s == StateBlocked {
		t.rt.nblocked.Add(1)
	}
}

// BlockedOn describes what a blocked thread waits for. Safe from any goroutine.
func (t *Thread) BlockedOn() string {
	t.blockedMu.Lock()
	on := t.blockedOn
	t.blockedMu.Unlock()
	switch on := on.(type) {
	case string:
		return on
	case fmt.Stringer:
		return on.String()
	}
	return ""
}

// Done is closed when the thread has finished and left the registry.
func (t *Thread) Done() <-chan struct{} { return t.done }

// Alive reports whether the thread was started and has not finished.
func (t *Thread) Alive() bool {
	s := t.State()
	return s != StateNew && s != StateDone
}

// Options configure a Runtime.
type Options struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader // nil: input() raises PermissionError
	Env            []string  // os.environ as "key=value" pairs; nil: empty
	Pid            int       // os.getpid(); 0: it raises PermissionError
	SwitchInterval float64   // seconds; 0 means 5 ms
	MaxThreads     int       // live threads, main included; 0 means no limit
	MaxMemory      int64     // bytes of the process's heap; 0 means no limit (see memory.go)
	// Setup, if set, prepares every new starlark.Thread (Load, Print...).
	Setup func(st *starlark.Thread)
	// OnDeadlock, if set, is called (on a runtime goroutine, without the
	// GIL) when every live thread is blocked forever; err describes it.
	// It should cancel the contexts of the running calls.
	OnDeadlock func(err *py.Exception)
	// NameOf, if set, returns a script name bound to v (such as a global
	// variable), for reports. It is called with the GIL held.
	NameOf func(v starlark.Value) string
	// Tracer, if set, records every thread state change.
	Tracer *Tracer
	// ScheduleSeed, if non-zero, replaces time-based preemption by
	// switches at pseudo-random step counts drawn from this seed, so that
	// the same seed replays the same interleaving.
	ScheduleSeed uint64
	// Checkpoint, if set, is called by the thread holding the GIL at
	// every preemption check (about every 1000 VM steps). A host with a
	// single OS thread and an event loop (js/wasm) uses it to let that
	// loop run while a script computes.
	Checkpoint func()
}

// Runtime is the state one Interpreter shares among its script threads:
// the GIL, the thread registry, output streams and per-module state.
// Its methods are safe for concurrent use unless documented otherwise.
type Runtime struct {
	GIL    *GIL
	opts   Options
	stdout *SyncWriter
	stderr *SyncWriter

	mu        sync.Mutex // protects following fields
	live      map[int64]*Thread
	ended     []*Thread // main threads that ended with Linger set
	seq       int64
	nonDaemon int
	idle      chan struct{} // closed and replaced when nonDaemon drops to 0
	state     map[any]any
	watchers  map[context.Context]*ctxWatch

	sources   *traceback.Sources // what tracebacks quote; see Sources
	wg        sync.WaitGroup     // every goroutine the runtime started
	closed    bool               // Wait has begun; guarded by mu
	closers   map[any]func()     // see OnClose; guarded by mu
	deadlockW deadlockWatch
	sleeps    sleepQueue // the threads' timed waits
	recursion recursionLimit
	intDigits intDigits
	stdin     stdin
	sched     *schedule // guarded by the GIL
	current   *Thread   // the thread holding the GIL; guarded by the GIL
	// reportNames maps objects to global names while a report is built;
	// guarded by the GIL.
	reportNames map[starlark.Value]string
	identSeq    atomic.Int64

	nblocked atomic.Int64 // live threads in StateBlocked
	nlive    atomic.Int64 // len(live)
	nmain    atomic.Int64 // live main threads plus callers waiting at exit
	wakers   atomic.Int64 // armed outside wakers, such as signal.alarm's timer (see HoldWaker)

	pending pendingCalls // see AtSafePoint
}

// NewRuntime returns a Runtime configured by opts.
func NewRuntime(opts Options) *Runtime {
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	rt := &Runtime{
		opts:     opts,
		live:     make(map[int64]*Thread),
		idle:     make(chan struct{}),
		state:    make(map[any]any),
		watchers: make(map[context.Context]*ctxWatch),
		sources:  &traceback.Sources{},
	}
	rt.deadlockW.stop = make(chan struct{})
	rt.GIL = NewGIL(secondsToDuration(opts.SwitchInterval))
	if opts.ScheduleSeed != 0 {
		rt.sched = newSchedule(opts.ScheduleSeed)
	}
	rt.stdout = &SyncWriter{W: opts.Stdout, lineBuffered: isTerminal(opts.Stdout)}
	rt.stderr = &SyncWriter{W: opts.Stderr, lineBuffered: true}
	return rt
}

// Sources returns the files rt compiled, which its tracebacks quote, or
// nil for a nil rt.
func (rt *Runtime) Sources() *traceback.Sources {
	if rt == nil {
		return nil
	}
	return rt.sources
}

// SourceMap returns the SourceMap of a file rt compiled, or nil: what
// its defs' syntax says (py.Host). Safe to call from any goroutine.
func (rt *Runtime) SourceMap(filename string) *abi.SourceMap {
	return rt.Sources().SourceMap(filename)
}

// Stdout is the writer for script output; each Write is atomic.
func (rt *Runtime) Stdout() *SyncWriter { return rt.stdout }

// Stderr is the writer for error output; each Write is atomic.
func (rt *Runtime) Stderr() *SyncWriter { return rt.stderr }

// Stdin is the script's standard input.
func (rt *Runtime) Stdin() io.Reader { return rt.opts.Stdin }

// Env is the environment granted to scripts ("key=value" pairs).
func (rt *Runtime) Env() []string { return rt.opts.Env }

// Pid is the process id granted to scripts, or 0.
func (rt *Runtime) Pid() int { return rt.opts.Pid }

// ModuleState returns the value stored under key, creating it with mk on
// first use. Modules keep per-Interpreter state here (counters, RNGs...).
func (rt *Runtime) ModuleState(key any, mk func() any) any {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	v, ok := rt.state[key]
	if !ok {
		v = mk()
		rt.state[key] = v
	}
	return v
}

// SetModule records the Interpreter's instance of a loaded module.
func (rt *Runtime) SetModule(m *Module) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	rt.state[moduleKey(m.Name)] = m
}

// LoadedModule returns the Interpreter's instance of a loaded module, or nil.
func (rt *Runtime) LoadedModule(name string) *Module {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	m, _ := rt.state[moduleKey(name)].(*Module)
	return m
}

type moduleKey string

// NewThread makes a script thread that is not yet started. Its starlark
// thread is armed for preemption checks.
func (rt *Runtime) NewThread(ctx context.Context, name string) *Thread {
	t := &Thread{rt: rt, Ctx: ctx, Name: name, done: make(chan struct{}), turn: NewTurn()}
	return rt.initThread(t)
}

// NewChildThread makes an unstarted script thread created by parent; it
// inherits parent's context.
func (rt *Runtime) NewChildThread(parent *Thread, name string) *Thread {
	t := &Thread{rt: rt, Ctx: parent.ChildContext(), Name: name, Parent: parent, done: make(chan struct{}), turn: NewTurn()}
	return rt.initThread(t)
}

func (rt *Runtime) initThread(t *Thread) *Thread {
	name := t.Name
	st := &starlark.Thread{Name: name}
	st.SetLocal(py.ThreadKey, t)
	st.OnMaxSteps = onMaxSteps
	if rt.sched != nil {
		st.SetMaxExecutionSteps(rt.sched.next())
	} else {
		st.SetMaxExecutionSteps(checkSteps)
	}
	if rt.opts.Setup != nil {
		rt.opts.Setup(st)
	}
	t.ST = st
	return t
}

// onMaxSteps is every script thread's OnMaxSteps: one function value
// for all, so that starting a thread allocates no closure.
func onMaxSteps(st *starlark.Thread) { FromThread(st).onMaxSteps(st) }

// onMaxSteps runs every checkSteps VM steps: it hands the GIL over when
// the switch interval has passed, at the next safe point (see
// safepoint.go). Step budgets are the embedder's (interp.Options.MaxSteps
// wraps this hook).
func (t *Thread) onMaxSteps(st *starlark.Thread) {
	rt := t.rt
	t.checkSignal(st)
	t.runPending()
	t.checkMemory(st)
	next := min(checkSteps, t.checkDepth(st))
	yield := rt.GIL.ShouldYield()
	switch {
	case rt.sched != nil:
		next, yield = rt.sched.next(), rt.GIL.Contended()
	case !yield:
		t.safe.pending = false
	case !t.safe.reached(st):
		next, yield = 1, false // single-step to a safe point
	}
	if yield {
		t.handOver()
	}
	st.SetMaxExecutionSteps(st.Steps + next)
	if rt.opts.Checkpoint != nil && !t.safe.pending {
		rt.opts.Checkpoint()
	}
}

// handOver gives the GIL to the longest-waiting thread and takes it
// back in turn.
func (t *Thread) handOver() {
	t.setState(StateWaitGIL, nil)
	t.rt.GIL.Yield(t.turn)
	t.rt.current = t
	t.setState(StateRunning, nil)
}

// ErrTooManyThreads is returned by Start when MaxThreads is reached.
var errTooManyThreads = py.Raise(py.RuntimeError, "can't start new thread")

// nativeBase is the base of the threads' native ids when no process id
// was granted.
const nativeBase = 1000

func (rt *Runtime) register(t *Thread) error {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if rt.opts.MaxThreads > 0 && len(rt.live) >= rt.opts.MaxThreads {
		return errTooManyThreads
	}
	rt.seq++
	t.Seq = rt.seq
	n := rt.identSeq.Add(1)
	t.Ident = 139637976727360 + n*0x801000
	t.Native = nativeBase + n
	if rt.opts.Pid != 0 {
		t.Native = int64(rt.opts.Pid) + n
	}
	rt.live[t.Ident] = t
	rt.watch(t)
	rt.nlive.Add(1)
	if t.Main {
		rt.nmain.Add(1)
	}
	if !t.Daemon && !t.Main {
		rt.nonDaemon++
	}
	return nil
}

func (rt *Runtime) unregister(t *Thread) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	delete(rt.live, t.Ident)
	if t.Linger {
		rt.ended = append(rt.ended, t)
	}
	rt.unwatch(t)
	rt.nlive.Add(-1)
	if t.Main {
		rt.nmain.Add(-1)
	}
	if !t.Daemon && !t.Main {
		rt.nonDaemon--
		if rt.nonDaemon == 0 {
			close(rt.idle)
			rt.idle = make(chan struct{})
		}
	}
}

// EnterMain registers t as a main thread run by the calling goroutine and
// acquires the GIL for it. Call LeaveMain when done.
func (rt *Runtime) EnterMain(t *Thread) error {
	t.Main = true
	if err := rt.register(t); err != nil {
		return err
	}
	t.setState(StateWaitGIL, "")
	rt.GIL.AcquireTurn(t.turn)
	rt.current = t
	t.setState(StateRunning, "")
	return nil
}

// LeaveMain releases the GIL and removes a main thread from the registry.
func (rt *Runtime) LeaveMain(t *Thread) {
	t.runPending()
	rt.unregister(t)
	t.setState(StateDone, "")
	rt.GIL.Release()
	close(t.done)
}

// ctxWatch stops the threads of one context when it is cancelled: one
// watcher per context, not per thread, keeps thread start cheap.
type ctxWatch struct {
	n    int         // live threads with this context
	stop func() bool // unregisters the AfterFunc
}

// watch makes cancellation of t.Ctx stop t's Starlark execution. The
// caller holds rt.mu.
func (rt *Runtime) watch(t *Thread) {
	ctx := t.Ctx
	if ctx == nil || ctx.Done() == nil {
		return
	}
	if ctx.Err() != nil {
		t.cancel(CancelReason(ctx))
	}
	w := rt.watchers[ctx]
	if w == nil {
		w = &ctxWatch{}
		w.stop = context.AfterFunc(ctx, func() { rt.cancelThreads(ctx) })
		rt.watchers[ctx] = w
	}
	w.n++
}

// unwatch undoes watch. The caller holds rt.mu.
func (rt *Runtime) unwatch(t *Thread) {
	w := rt.watchers[t.Ctx]
	if w == nil {
		return
	}
	if w.n--; w.n == 0 {
		w.stop()
		delete(rt.watchers, t.Ctx)
	}
}

// cancelThreads stops the Starlark execution of ctx's threads.
func (rt *Runtime) cancelThreads(ctx context.Context) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	reason := CancelReason(ctx)
	for _, t := range rt.live {
		if t.Ctx == ctx {
			t.cancel(reason)
			t.Wake()
		}
	}
}

// CancelReason describes why ctx was cancelled.
func CancelReason(ctx context.Context) string {
	if c := context.Cause(ctx); c != nil {
		return c.Error()
	}
	return "cancelled"
}

// Start registers t and runs body on a new goroutine that holds the GIL
// while it runs. The caller must hold the GIL. When body returns, finish
// is called with its error (nil if none; a panic is recovered and turned
// into one), still holding the GIL. When Start returns, t counts as alive.
func (rt *Runtime) Start(t *Thread, body func(t *Thread) error, finish func(t *Thread, err error)) error {
	if err := rt.register(t); err != nil {
		return err
	}
	t.setState(StateWaitGIL, "")
	rt.GIL.reserve(t.turn)
	rt.wg.Add(1)
	// The goroutine's function is written out here rather than called
	// through a wrapper: its frames sit under every frame of the thread's
	// code, and a sleeping thread's whole stack has to fit 4 KB.
	t.body, t.finish = body, finish
	go func() {
		defer t.end()
		rt.begin(t)
		t.err = t.body(t)
	}()
	return nil
}

// end runs when a started thread's body returns or panics: it turns a Go
// panic into a SystemError, reports the error, unregisters t and releases
// the GIL.
func (t *Thread) end() {
	if r := recover(); r != nil {
		t.err = py.Raisef(py.SystemError, "internal error: %v\n%s", r, debug.Stack())
	}
	rt, err, finish := t.rt, t.err, t.finish
	t.body, t.finish, t.err = nil, nil, nil
	if finish != nil {
		finish(t, err)
	}
	rt.unregister(t)
	t.setState(StateDone, "")
	close(t.done)
	rt.GIL.Release()
	rt.wg.Done()
}

// begin waits for a started thread's first turn of the GIL.
//
//go:noinline
func (rt *Runtime) begin(t *Thread) {
	growStack()
	t.parker() // here, not at the first wait, where the stack is deep
	rt.GIL.wait(t.turn)
	rt.current = t
	t.setState(StateRunning, "")
}

// growStack grows a new thread goroutine's stack to the 4 KB that the
// VM's frames need, while the stack is two frames deep and before the
// thread queues for the GIL. Left to the first call of the thread's
// target, the growth copies and adjusts a dozen frames with the GIL held.
//
//go:noinline
func growStack() {
	var pad [2048]byte
	keep(pad[:])
}

//go:noinline
func keep([]byte) {}

// Protect calls fn and turns a Go panic into a SystemError exception.
func Protect(fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = py.Raisef(py.SystemError, "internal error: %v\n%s", r, debug.Stack())
		}
	}()
	return fn()
}

// Threads returns the live threads in start order. Safe from any goroutine.
func (rt *Runtime) Threads() []*Thread {
	rt.mu.Lock()
	ts := make([]*Thread, 0, len(rt.live)+len(rt.ended))
	for _, t := range rt.live {
		ts = append(ts, t)
	}
	ts = append(ts, rt.ended...)
	rt.mu.Unlock()
	sort.Slice(ts, func(i, j int) bool { return ts[i].Seq < ts[j].Seq })
	return ts
}

// Count reports the number of live threads. Safe from any goroutine.
func (rt *Runtime) Count() int {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	return len(rt.live) + len(rt.ended)
}

// Forget removes main thread t, which ended with Linger set, from
// Threads and Count.
func (rt *Runtime) Forget(t *Thread) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	for i, e := range rt.ended {
		if e == t {
			rt.ended = append(rt.ended[:i], rt.ended[i+1:]...)
			return
		}
	}
}

// WaitNonDaemon blocks until every non-daemon thread has finished or ctx
// is done. The caller must not hold the GIL.
func (rt *Runtime) WaitNonDaemon(ctx context.Context) error {
	for {
		rt.mu.Lock()
		n, idle := rt.nonDaemon, rt.idle
		rt.mu.Unlock()
		if n == 0 {
			return nil
		}
		rt.nmain.Add(1)
		rt.checkDeadlock()
		select {
		case <-idle:
			rt.nmain.Add(-1)
		case <-ctx.Done():
			rt.nmain.Add(-1)
			return context.Cause(ctx)
		}
	}
}

// Wait blocks until every goroutine the runtime started has returned.
//
// A deadlock watchdog still waiting out its grace period is stopped
// rather than waited for: a program that exits while its threads only
// looked stuck for a moment must not wait 100 ms for nothing. After
// Wait, deadlocks are no longer reported.
func (rt *Runtime) Wait() {
	rt.deadlockW.stopOnce.Do(func() { close(rt.deadlockW.stop) })
	rt.runClosers()
	rt.wg.Wait()
	rt.sleeps.stop()
}

// SetSwitchInterval changes the preemption interval, in seconds.
func (rt *Runtime) SetSwitchInterval(secs float64) {
	rt.GIL.SetInterval(secondsToDuration(secs))
}

// SyncWriter serialises writes to W so that each Write call is whole.
// It is safe for concurrent use.
type SyncWriter struct {
	mu           sync.Mutex
	W            io.Writer
	lineBuffered bool // CPython line-buffers the stream (see WriteFrom)
}

func (w *SyncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.W.Write(p)
}

// WriteString writes s whole.
func (w *SyncWriter) WriteString(s string) (int, error) { return w.Write([]byte(s)) }

// Printf formats and writes whole.
func (w *SyncWriter) Printf(format string, args ...any) {
	w.WriteString(fmt.Sprintf(format, args...))
}
