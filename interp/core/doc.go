// Package core is spindle's runtime, imported by every native module:
// the per-Interpreter GIL with FIFO hand-over and a switch interval, safe
// points and seeded schedules, script threads and their registry
// (Runtime), Blocking for waits that release the GIL, Park for the lean
// waits of time.sleep and the synchronization primitives (one channel
// receive, so that a waiting thread's stack stays within 4 KB), deadlock
// detection, interrupts and signals, cancellation, the step, memory and
// recursion limits and Poll, standard input, file grants, modules
// (Module, per Interpreter), warnings, frame objects, and the timeline
// trace.
//
// Python's values live in package py (classes, instances, exceptions,
// repr) and tracebacks in package traceback; core imports both, and
// neither imports core. The object model asks the runtime for what it
// needs through py.Host, which Runtime implements: the thread to run a
// special method in, and the per-Interpreter limits. Each Runtime keeps
// a traceback.Sources (Runtime.Sources), the files its Interpreter
// compiled, from which its tracebacks are formatted.
//
// The timeline trace (trace.go, timeline.go) stays here: it records the
// transitions of Thread.State from inside the registry, and the
// registry calls it, so a package of its own would need the thread
// states exported back to it.
//
// Everything that touches Starlark values must hold the GIL of the
// Interpreter that owns them; the registry and output writers are safe
// for use from any goroutine.
package core
