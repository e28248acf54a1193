// Package interp is spindle's embedding API. An Interpreter runs
// Python-subset scripts whose threading module starts goroutines,
// scheduled by a global interpreter lock (GIL) of the Interpreter's own.
//
// # Quick start
//
//	in := interp.New(interp.Options{})
//	defer in.Close()
//	err := in.ExecFile(ctx, "hello.py", `
//	import threading
//	def hello(n):
//	    print("hello from thread", n)
//	for n in range(3):
//	    threading.Thread(target=hello, args=(n,)).start()
//	`)
//	if err != nil {
//	    fmt.Print(err.(*interp.Error).Traceback())
//	}
//
// ExecFile runs a module as __main__ and, as CPython does at exit, waits
// for the non-daemon threads it started. Exec runs source under
// Options.Filename. Eval evaluates an expression and Call calls a script
// function (by value, or by the name of a __main__ global) with Go
// arguments. Every call sees the __main__ globals earlier calls left, and
// Globals returns a copy of them. Each call takes a context.Context
// first; see Cancellation and limits.
//
// # Modules
//
// Scripts import the native modules threading, time, sys, queue,
// concurrent.futures, logging, random, math, cmath, functools, itertools,
// collections, traceback, atexit (its callbacks run in Close), datetime,
// typing, heapq, operator, copy, string, dataclasses, contextlib, abc,
// json, hashlib, uuid, textwrap, statistics, timeit, sched, enum,
// decimal, argparse, signal (see Interpreter.Interrupt), __future__, os
// (with os.path; its file functions need a file grant), io, tempfile, re,
// gc, weakref, bisect, contextvars, pprint, fractions, base64, binascii
// (Error and the base64 codec), secrets, struct, unicodedata, zlib,
// importlib, _queue, builtins, and
// the modules written in Python and
// compiled on first import (string, over its Go part _string; types, numbers, warnings, inspect,
// logging.handlers, logging.config (dictConfig),
// asyncio (an event loop on the thread that runs it, over spindle's coroutines: async def,
// await, async with, async for, async generators and comprehensions),
// multiprocessing with multiprocessing.dummy and multiprocessing.pool
// (thread pools; spindle starts no processes), unittest, unittest.mock, _thread,
// _threading_local, doctest, subprocess, urllib (urllib.parse,
// urllib.error, and urllib.request, whose urlopen raises URLError), csv,
// calendar, platform, shlex, array, and _testcapi, a test-support
// module for CPython's threading suites); import __main__ gives the
// running script's globals; and whatever Options.Modules adds, by name
// (dotted names make packages):
//
//	interp.Options{Modules: map[string]any{
//	    "config":  starlark.StringDict{"region": starlark.String("eu")},
//	    "metrics": &starlarkstruct.Module{Name: "metrics", Members: ...},
//	    "helpers": "def double(x):\n    return 2 * x\n", // script source
//	}}
//
// A module is a *core.Module, a starlark.StringDict, any value with
// attributes (such as a *starlarkstruct.Module), or script source (a
// string or []byte) that runs, once, on first import. A native module
// shared by several Interpreters must keep no state of its own: its
// builtins reach their Interpreter through the *starlark.Thread they
// receive (core.RuntimeOf). Options.Globals adds predeclared names
// (values, Go functions) visible to every module without an import.
// Starlark's load("module", "name") statement imports from the same
// table.
//
// Options.ModuleFS (an fs.FS) adds modules from files, as python finds
// them: NAME.py or a package NAME/__init__.py under each directory of
// sys.path (Options.Path, "" by default), with packages, relative
// imports, sys.modules and circular imports behaving as in CPython (a
// partially initialised module shows the globals its top level had bound
// when the cycle reached it). Each file is compiled once per Interpreter, and its top
// level runs in the importing thread under the module's import lock, so
// that a second thread importing it waits until it is complete. The
// spindle command gives HostFS, with the script's directory first on
// sys.path, then PYTHONPATH.
//
// # Values
//
// Scripts work on starlark.Value. ToValue converts Go data to script
// values and FromValue converts back; both copy, so a script never holds
// live Go memory and nothing escapes the GIL. Structs become dicts keyed
// by `spindle:"name"` field tags (else field names); maps become dicts in
// sorted key order; slices become lists; an any variable receives
// natural Go types (int64, float64, string, []any, map[string]any...).
// See ToValue and FromValue for every kind, with its overflow and
// mismatch errors.
//
// Values returned by Eval, Call and Globals are live script values.
// While threads may still run (daemons, or threads a Call started), read
// them only in a Go function that a script calls, or copy them out with
// Eval and FromValue before more script code runs.
//
// # Go functions
//
// Func wraps an ordinary Go function as a builtin, converting its
// arguments with FromValue and its result with ToValue:
//
//	add := interp.Func("add", func(a, b int) int { return a + b })
//	in := interp.New(interp.Options{Globals: starlark.StringDict{"add": add}})
//
// A Go error it returns is raised in the script; return a
// *py.Exception (py.Raise(py.ValueError, "bad")) to choose the
// Python class. A first parameter of type *starlark.Thread receives the
// calling thread. For keyword arguments and full control, write a
// starlark.NewBuiltin and unpack with starlark.UnpackArgs.
//
// # Blocking Go functions
//
// A builtin runs holding the GIL, so while it waits no other thread of
// its Interpreter runs. A Go function that waits (for the network, a
// channel, a lock of its own) must do so through Blocking, which
// releases the GIL while fn runs and gives fn a context that is
// cancelled with the calling script thread:
//
//	err := interp.Blocking(thread, func(ctx context.Context) error {
//	    resp, err = client.Do(req.WithContext(ctx))
//	    return err
//	})
//
// fn must not touch script values: convert arguments before and results
// after. A Func whose first parameter is a context.Context runs through
// Blocking by itself. The threading, time and queue modules block the
// same way in sleep, join, acquire, wait and get.
//
// # Cancellation and limits
//
// Every call takes a context. Each thread a call starts inherits the
// call's cancellation: cancelling the context stops them all, including
// threads blocked in sleep, join, a lock, an event or a queue, and the
// call returns once they have stopped, with an *Error ("RuntimeError:
// cancelled: context deadline exceeded") whose chain holds
// context.Cause(ctx), so errors.Is(err, context.DeadlineExceeded) works.
// Threads a call leaves running (daemons, or threads started by Eval and
// Call) keep going after it returns until they finish, its context is
// cancelled, or the Interpreter is closed.
//
// Close cancels every thread, interrupts calls in progress (their errors
// wrap ErrClosed) and waits until all of the Interpreter's goroutines
// have returned; calls after Close return ErrClosed. A thread that
// cancellation or Close stops while it waits ends quietly, as a daemon
// thread does at CPython's exit.
//
// Options.MaxThreads bounds the live threads (main threads included):
// past it Thread.start() raises "RuntimeError: can't start new thread",
// while a new call waits for a thread to end.
// Options.MaxSteps is a budget of VM steps shared by all threads of all
// calls over the Interpreter's life; when it runs out every thread
// stops, the call fails with "RuntimeError: too many steps", and so does
// every later call. Use one Interpreter per job for a per-job budget.
//
// Recursion is bounded as in CPython: sys.getrecursionlimit() (1000 by
// default, per Interpreter; sys.setrecursionlimit changes it) bounds the
// depth of script calls, generator bodies resuming each other included,
// and every recursive walk the runtime makes over script values (repr,
// str, format and print, ==, < and sorting, json.dumps and json.loads,
// copy.deepcopy): past it the script gets a catchable RecursionError
// with CPython's message, never a Go stack overflow. Converting an int
// of more than 4300 decimal digits to or from str raises ValueError, as
// in CPython 3.11, unless sys.set_int_max_str_digits raises the limit.
//
// Options.MaxMemory bounds memory: past it the script gets MemoryError
// (catchable; dropping what it made and going on works). It is a bound
// on the Go heap (live objects plus goroutine stacks, as runtime/metrics
// reports them), checked in two ways: each thread samples the heap about
// every 16,000 VM steps (garbage is collected first when a sample is
// over the limit), and builtins about to make something big
// (list(range(n)), sorted, tuple, huge repeats, int powers) check its
// size first, as does a repeat of a list or tuple the front-end can see
// (a display such as [0] * n, or a name bound to one). So a script may
// pass the limit by what it allocates between two samples, and a single
// VM operation the front-end can't type, such as lst * n with lst a
// parameter (which the VM itself caps at 2**30 elements), is only seen
// after it.
// The heap is the whole process's: every Interpreter in it, and the
// host program, count towards the limit, and whichever Interpreter
// samples the heap past its limit raises MemoryError, even if another
// made the garbage. Give the Interpreters of one process the same limit,
// sized for all of them.
//
// Builtins that can run long in Go (sorting, building lists from
// iterables, huge int powers) check for cancellation, interrupts and
// the memory limit every 4096 items, so cancelling a call stops them
// promptly. A huge int power runs on its own goroutine while the thread
// waits, holding the GIL; a cancelled one is abandoned and runs on to
// its end, using a CPU meanwhile.
//
// # Concurrency
//
// Every method of an Interpreter is safe to call from any goroutine:
// calls queue for the Interpreter's GIL in arrival order, and the GIL
// preempts a running thread every Options.SwitchInterval (5 ms) when
// another waits. Only one goroutine runs script code of an Interpreter at
// a time, so scripts may share lists and dicts between threads without
// locks, as in CPython. Concurrent ExecFile calls each start from a
// snapshot of the __main__ globals and store back the names they bind.
//
// Separate Interpreters share nothing and run in parallel on separate
// cores: a Go program that wants CPU parallelism runs one Interpreter per
// worker (see BenchmarkParallelInterpreters). Do not call an
// Interpreter's methods, nor Close, from a Go function its own script
// called: that goroutine already holds the GIL.
//
// # The hermetic default
//
// A script has no access to the file system, the network, the
// environment or other processes: open, os's file functions, tempfile
// and logging.FileHandler raise PermissionError naming the grant to
// give, and import finds only the modules listed above. Whatever a
// script may touch, the embedder grants explicitly: files through
// Options.ReadFS (read-only, an fs.FS) and Options.WriteDir (a host
// directory, read and written through an os.Root, so that neither ..
// nor a symlink leaves it), modules through Options.ModuleFS and
// Options.Modules, values through Options.Globals and the arguments of
// Call. The builtins eval, exec and compile run source through the same
// front-end, in the calling thread of the same Interpreter: the code
// they run has the script's grants and limits (steps, memory,
// recursion, cancellation), no more. The spindle command grants the
// host's files (Options.HostFiles)
// as python does, unless run with --sandbox. Output goes to
// Options.Stdout and Options.Stderr, which default to the process's.
//
// The zero Options grant no standard input, environment or process id:
// input() raises "PermissionError: [Errno 1] Operation not permitted:
// standard input not granted (interp.Options.Stdin)", os.environ is an
// empty mapping (as under env -i), os.getpid() raises the same
// PermissionError naming interp.Options.Pid, and threading's native ids
// count from 1000 instead of the process id. Options.Stdin,
// Options.Env (os.Environ() for the host's) and Options.Pid
// (os.Getpid()) grant them; the spindle command grants all three, as
// python does (--sandbox keeps only standard input). Waiting in input() is waiting on the outside world,
// never part of a deadlock; a cancelled input() leaves its read for the
// next one, and Close interrupts it if Stdin has a SetReadDeadline
// method (an *os.File pipe, a net.Conn).
package interp
