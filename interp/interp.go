package interp

// This file defines Interpreter, its Options, New and Close, and the
// bookkeeping of calls in progress: their contexts, the threads they
// leave running and the step budget.

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"sync"
	"sync/atomic"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	pyio "github.com/spindle-lang/spindle/builtins/io"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
	"github.com/spindle-lang/spindle/interp/pyrt"
)

// Options configure an Interpreter. The zero value is a hermetic
// interpreter writing to os.Stdout and os.Stderr: it grants no standard
// input, no environment and no process id (see "The hermetic default"
// in the package doc).
type Options struct {
	Stdout io.Writer // default os.Stdout
	Stderr io.Writer // default os.Stderr
	// Stdin is what input() reads. nil grants none: input() raises
	// PermissionError. A read in progress when the Interpreter closes
	// is interrupted if Stdin has a SetReadDeadline method (an *os.File
	// pipe, a net.Conn); otherwise its goroutine ends when Read returns.
	Stdin io.Reader
	// Env is os.environ, as "key=value" pairs (os.Environ() grants the
	// host's). nil grants none: os.environ is empty.
	Env []string
	// Pid is what os.getpid() returns (os.Getpid() grants the host's)
	// and the base of threading.get_native_id(). 0 grants none:
	// os.getpid() raises PermissionError.
	Pid int

	// Modules adds importable modules: a *core.Module, a
	// starlark.StringDict, a value with attributes (such as a
	// *starlarkstruct.Module), or script source (string or []byte).
	Modules map[string]any
	// ModuleFS, if set, is where import finds the modules that are not
	// built in: NAME.py, or a package NAME/__init__.py, under each entry
	// of sys.path (Path). Without it only built-in modules and Modules
	// can be imported.
	ModuleFS fs.FS
	// Path is the initial sys.path: directories of ModuleFS, searched in
	// order; "" is its root. [""] if empty.
	Path []string
	// HostFiles grants the host's whole file system to open, os and
	// tempfile, as python has it (the spindle command sets it).
	HostFiles bool
	// ReadFS grants reading its files; WriteDir grants reading and
	// writing under that host directory. Relative names start at
	// WriteDir (else at ReadFS's root, which is also "/"); a name that leaves the grant
	// (.., an absolute path outside WriteDir, a symlink out of it) is
	// refused with PermissionError. With no grant, open raises a
	// PermissionError naming the grant to give.
	ReadFS   fs.FS
	WriteDir string
	// Globals are extra predeclared names visible to every module, such
	// as Go functions made with Func.
	Globals starlark.StringDict

	// MaxThreads limits the live threads, main threads included; past it
	// Thread.start() raises RuntimeError and calls wait for a thread to
	// end. 0 means no limit.
	MaxThreads int
	// MaxMemory, if positive, is a limit in bytes on the Go heap (live
	// objects and goroutine stacks): past it the script gets MemoryError.
	// The step hook samples the heap about every 16,000 steps of each
	// thread, and builtins that build something big (list(range(n)),
	// repeats, joins, big ints) check the size first, so a script may go
	// past the limit by what it allocates between two samples. The heap
	// is the whole process's: see "Limits" in the package doc.
	MaxMemory int64
	// MaxSteps is a budget of VM steps shared by every thread of every
	// call over the Interpreter's life; 0 means no limit. It is checked
	// about every 1000 steps.
	MaxSteps uint64
	// SwitchInterval is the preemption interval in seconds; 0 means 5 ms.
	SwitchInterval float64
	// Filename names the code Exec runs; "<string>" if empty.
	Filename string
	// Argv is sys.argv; [""] if empty.
	Argv []string

	// Trace, if set, records every thread state change: write it with
	// its WriteJSON (Chrome trace-event format) or WriteHTML methods.
	Trace *core.Tracer
	// ScheduleSeed, if non-zero, switches threads at pseudo-random steps
	// drawn from the seed instead of every SwitchInterval, so that the
	// same seed replays the same interleaving (for threads that don't
	// sleep on the wall clock).
	ScheduleSeed uint64
	// AllowDeadlock turns off deadlock detection. By default, when every
	// live thread is blocked forever, the calls in progress fail with a
	// spindle.DeadlockError whose message says which thread waits for
	// what, and where.
	AllowDeadlock bool
	// Checkpoint, if set, is called by the running script thread, with
	// the GIL held, about every 1000 VM steps. A js/wasm host uses it to
	// yield to the browser's event loop, so that the page stays live
	// while a script computes. It must not call the Interpreter.
	Checkpoint func()
}

// ErrClosed is returned by calls made after Close, and is in the chain
// of the error of a call that Close interrupted.
var ErrClosed = errors.New("interp: Interpreter is closed")

// Interpreter runs Python-subset scripts whose threads are goroutines.
// All its methods are safe to call from any goroutine: calls queue for the
// Interpreter's GIL. Separate Interpreters share nothing and run in
// parallel.
type Interpreter struct {
	opts        Options
	rt          *core.Runtime
	natives     map[string]*core.Module
	predeclared starlark.StringDict        // read-only after New
	builtins    *core.Module               // the builtins module, made by New
	codes       map[codeKey]*core.Compiled // what eval, exec and compile compiled; guarded by the GIL
	printFn     func(*starlark.Thread, string)
	loadFn      func(*starlark.Thread, string) (starlark.StringDict, error)
	ctx         context.Context // cancelled by Close
	cancel      context.CancelCauseFunc
	steps       atomic.Uint64 // VM steps charged to MaxSteps
	spent       atomic.Bool   // MaxSteps is exhausted

	pending  map[string]*pendingImport    // modules being initialised; guarded by the GIL
	programs map[string]*starlark.Program // compiled module files; guarded by the GIL
	docs     map[string]string            // their docstrings; guarded by the GIL
	main     *core.Module                 // sys.modules['__main__'], once a script ran; guarded by the GIL
	mainRun  []*starlark.Thread           // threads running a __main__ chunk, innermost last; guarded by the GIL
	preMaps  []*starlark.StringDict       // the predeclared names of modules (rebindBuiltin); guarded by the GIL
	fattrs   funcAttrScan                 // the attributes the program's files store on functions (funcattrs.go)

	mu      sync.Mutex // protects following fields
	globals starlark.StringDict
	mainDoc string // the docstring of the last script ExecFile ran
	closed  bool
	calls   sync.WaitGroup     // calls in progress; Add only while !closed
	running map[*call]struct{} // calls not yet released
}

// New returns an Interpreter configured by opts. Close it to stop its
// threads and release its goroutines.
func New(opts Options) *Interpreter {
	in := &Interpreter{
		opts:    opts,
		natives: nativeModules(),
		globals: starlark.StringDict{},
		running: map[*call]struct{}{},

		pending:  map[string]*pendingImport{},
		programs: map[string]*starlark.Program{},
		fattrs:   funcAttrScan{names: map[string]bool{}, files: map[string]bool{}},
	}
	in.natives["importlib"] = in.importlibModule()
	in.printFn = func(thread *starlark.Thread, msg string) { in.rt.Stdout().WriteString(msg + "\n") }
	in.loadFn = in.load
	in.rt = core.NewRuntime(core.Options{
		Stdout: opts.Stdout, Stderr: opts.Stderr, Stdin: opts.Stdin,
		Env: opts.Env, Pid: opts.Pid,
		SwitchInterval: opts.SwitchInterval,
		MaxThreads:     opts.MaxThreads,
		MaxMemory:      opts.MaxMemory,
		Setup:          in.setupThread,
		Tracer:         opts.Trace,
		ScheduleSeed:   opts.ScheduleSeed,
		OnDeadlock:     in.deadlockHandler(),
		NameOf:         in.nameOf,
		Checkpoint:     opts.Checkpoint,
	})
	in.rt.SetExecSource(in.execSource)
	in.rt.SetSuggester(in.suggest)
	in.rt.SetExecShared(in.execShared)
	in.rt.SetCompiler(compiler{in})
	in.ctx, in.cancel = context.WithCancelCause(context.Background())
	in.predeclared = builtins.Universe()
	for k, v := range pyrt.Helpers(importer{in}) {
		in.predeclared[k] = v
	}
	in.predeclared["open"] = pyio.Open
	for k, v := range in.importBuiltins() {
		in.predeclared[k] = v
	}
	for k, v := range opts.Globals {
		in.predeclared[k] = protectBuiltin(v)
	}
	in.builtins = in.builtinsModule()
	in.predeclared["__builtins__"] = in.builtins // as in CPython's __main__
	if opts.Filename == "" {
		in.opts.Filename = "<string>"
	}
	setArgv(in.rt, opts.Argv)
	setPath(in.rt, opts.Path)
	if files, err := filesFor(opts); err == nil && files != nil {
		core.SetFiles(in.rt, files)
	} else if err != nil {
		core.SetFiles(in.rt, brokenFiles{err})
	}
	return in
}

// setupThread prepares each new starlark.Thread of this Interpreter.
func (in *Interpreter) setupThread(st *starlark.Thread) {
	st.Print, st.Load = in.printFn, in.loadFn // made once: no allocation per thread
	if in.opts.MaxSteps > 0 {
		m := &stepMeter{in: in, next: st.OnMaxSteps}
		st.SetLocal(stepMeterKey, m)
		st.OnMaxSteps = m.onMaxSteps
	}
}

// load implements load("module", "name"), importing from the same table
// as import statements.
func (in *Interpreter) load(thread *starlark.Thread, module string) (starlark.StringDict, error) {
	v, err := in.importModule(thread, module)
	if err != nil {
		return nil, err
	}
	out := starlark.StringDict{}
	if h, ok := v.(starlark.HasAttrs); ok {
		for _, k := range h.AttrNames() {
			out[k], _ = memberOf(v, k)
		}
	}
	return out, nil
}

// Runtime returns the Interpreter's runtime core, for native modules and
// tools such as the REPL.
func (in *Interpreter) Runtime() *core.Runtime { return in.rt }

// Close runs the callbacks registered with the atexit module, then
// cancels every thread still running (daemon threads included),
// interrupts calls in progress, and waits until all of the Interpreter's
// goroutines have returned. Later calls return ErrClosed. Close is safe
// to call more than once and from any goroutine, but not from a Go
// function that a script called.
func (in *Interpreter) Close() error {
	in.runAtExit()
	in.mu.Lock()
	in.closed = true
	in.mu.Unlock()
	in.cancel(py.Raise(py.SystemExit, ""))
	in.calls.Wait()
	in.rt.Wait()
	in.mu.Lock()
	for c := range in.running {
		in.release(c)
	}
	in.mu.Unlock()
	if c, ok := core.FilesOf(in.rt).(io.Closer); ok {
		c.Close() // a WriteDir grant's os.Root
	}
	return nil
}

// A call is one ExecFile, Exec, Eval or Call. Its context is the one
// every thread it starts inherits; it outlives the call while those
// threads run, and is cancelled when the caller's context is, by Close,
// or when the step budget runs out.
type call struct {
	ctx    context.Context
	cancel context.CancelCauseFunc
	stops  []func() bool

	once sync.Once
	why  *stopReason // set once, before ctx is cancelled

	returned bool         // guarded by Interpreter.mu
	main     *core.Thread // the call's main thread; guarded by Interpreter.mu
}

// stopReason says why a call was stopped: exc is the error the call
// reports; cause, if not nil, is the caller's context cause or ErrClosed.
type stopReason struct {
	exc   *py.Exception
	cause error
}

// begin starts a call derived from ctx, or fails if in is closed.
func (in *Interpreter) begin(ctx context.Context) (*call, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.closed {
		return nil, ErrClosed
	}
	if in.spent.Load() {
		return nil, in.budgetError(nil)
	}
	c := &call{}
	c.ctx, c.cancel = context.WithCancelCause(context.WithoutCancel(ctx))
	c.stops = []func() bool{
		context.AfterFunc(ctx, func() {
			c.stop(&stopReason{exc: py.ToException(core.Cancelled(ctx)), cause: context.Cause(ctx)})
		}),
		context.AfterFunc(in.ctx, func() {
			c.stop(&stopReason{exc: py.Raise(py.RuntimeError, "cancelled: interpreter closed"), cause: ErrClosed})
		}),
	}
	in.calls.Add(1)
	in.running[c] = struct{}{}
	return c, nil
}

// stop cancels the call's threads; the first reason wins.
func (c *call) stop(why *stopReason) {
	c.once.Do(func() {
		c.why = why
		// The call's threads see SystemExit, so that they end without
		// an "Exception in thread" report; the call reports why.
		c.cancel(py.Raise(py.SystemExit, ""))
	})
}

// stopped returns why the call was stopped, or nil.
func (c *call) stopped() *stopReason {
	if c.ctx.Err() == nil {
		return nil
	}
	return c.why
}

// end finishes a call. Its context stays alive while threads it started
// still run; each end releases the contexts of calls whose threads have
// all finished.
func (in *Interpreter) end(c *call) {
	live := map[context.Context]bool{}
	for _, t := range in.rt.Threads() {
		live[t.Ctx] = true
	}
	in.mu.Lock()
	c.returned = true
	for c := range in.running {
		if c.returned && !live[c.ctx] {
			in.release(c)
		}
	}
	in.mu.Unlock()
	in.calls.Done()
}

// release frees c's context. The caller holds in.mu.
func (in *Interpreter) release(c *call) {
	for _, stop := range c.stops {
		stop()
	}
	c.cancel(nil)
	delete(in.running, c)
}

// stopAll stops every call whose threads still run.
func (in *Interpreter) stopAll(why *stopReason) {
	in.mu.Lock()
	calls := make([]*call, 0, len(in.running))
	for c := range in.running {
		calls = append(calls, c)
	}
	in.mu.Unlock()
	for _, c := range calls {
		c.stop(why)
	}
}

// liveThread returns a live thread started by call c, or nil. Unless all
// is set, only non-daemon threads count.
func (in *Interpreter) liveThread(c *call, all bool) *core.Thread {
	for _, t := range in.rt.Threads() {
		// Ctx, Main and Daemon do not change once a thread is registered.
		if t.Ctx == c.ctx && !t.Main && (all || !t.Daemon) {
			return t
		}
	}
	return nil
}

// waitThreads blocks until no live thread of call c remains (non-daemon
// threads only, unless all is set) and reports true, or until done is
// closed and reports false.
func (in *Interpreter) waitThreads(c *call, all bool, done <-chan struct{}) bool {
	for {
		t := in.liveThread(c, all)
		if t == nil {
			return true
		}
		select {
		case <-t.Done():
		case <-done:
			return false
		}
	}
}

const stepMeterKey = "spindle.steps"

// stepMeter charges one starlark.Thread's steps to Options.MaxSteps.
// It is used only by the goroutine running that thread.
type stepMeter struct {
	in      *Interpreter
	next    func(*starlark.Thread) // the runtime's own periodic check
	charged uint64                 // st.Steps already charged
}

func (m *stepMeter) onMaxSteps(st *starlark.Thread) {
	if m.charge(st) {
		st.Cancel("too many steps")
	}
	if m.next != nil {
		m.next(st)
	}
}

// charge adds the steps run since the last charge to the budget and
// reports whether it is exhausted; the first to exhaust it stops every
// call.
func (m *stepMeter) charge(st *starlark.Thread) bool {
	in := m.in
	total := in.steps.Add(st.Steps - m.charged)
	m.charged = st.Steps
	if total <= in.opts.MaxSteps {
		return false
	}
	if !in.spent.Swap(true) {
		in.stopAll(&stopReason{exc: in.budgetError(nil).Exception})
	}
	return true
}

// chargeSteps charges the steps a main thread ran since its last check.
func chargeSteps(st *starlark.Thread) {
	if m, ok := st.Local(stepMeterKey).(*stepMeter); ok {
		m.charge(st)
	}
}

// budgetError is the error of a call stopped by MaxSteps, with the
// traceback of stack.
func (in *Interpreter) budgetError(stack starlark.CallStack) *Error {
	exc := py.Raisef(py.RuntimeError, "too many steps (Options.MaxSteps = %d)", in.opts.MaxSteps)
	exc.Traceback = stack
	return &Error{Exception: exc, traceback: in.formatTraceback(exc)}
}
