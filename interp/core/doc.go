// Package core is spindle's runtime core, imported by every native module:
// the per-Interpreter GIL with FIFO hand-over and a switch interval, script
// threads and their registry (Runtime), Blocking for waits that release
// the GIL, Park for the lean waits of time.sleep and the synchronization
// primitives (one channel receive, so that a waiting thread's stack stays
// within 4 KB), Python exceptions and classes, modules, and Python's repr.
//
// Everything that touches Starlark values must hold the GIL of the
// Interpreter that owns them; the registry and output writers are safe
// for use from any goroutine.
package core
