package core

// This file defines the memory limit (Options.MaxMemory): the step hook
// samples the Go heap every memoryCheckHooks hooks (about every 16,000
// VM steps of a thread), and builtins that are about to make something
// big (list(range(n)), a repeat, a join) ask CheckAlloc first. Past the
// limit the script gets MemoryError.
//
// The heap is the Go process's, shared by every Interpreter in it and
// by the host program: the limit bounds the whole process's live heap
// and goroutine stacks, and whichever Interpreter samples it past the
// limit raises MemoryError, even if another one made the garbage.

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// memoryCheckHooks is how many step hooks of a thread pass between two
// samples of the heap.
const memoryCheckHooks = 16

// memSamples are the metrics read: heap objects and goroutine stacks.
var memSamples = []string{"/memory/classes/heap/objects:bytes", "/memory/classes/heap/stacks:bytes"}

// memoryMeter reads the process's heap, at most one reader at a time.
type memoryMeter struct {
	mu      sync.Mutex // protects following fields
	samples []metrics.Sample
	lastGC  time.Time
	used    atomic.Int64 // the last reading, in bytes
}

// processMemory is the one meter of the process: the heap is shared.
var processMemory = &memoryMeter{}

// read samples the heap; if it is over limit it collects garbage (at
// most every 100 ms) and samples again, so that garbage not yet
// collected does not count.
func (m *memoryMeter) read(limit int64) int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	used := m.sample()
	if used > limit && time.Since(m.lastGC) > 100*time.Millisecond {
		runtime.GC()
		m.lastGC = time.Now()
		used = m.sample()
	}
	m.used.Store(used)
	return used
}

// sample reads the metrics. The caller holds m.mu.
func (m *memoryMeter) sample() int64 {
	if m.samples == nil {
		for _, name := range memSamples {
			m.samples = append(m.samples, metrics.Sample{Name: name})
		}
	}
	metrics.Read(m.samples)
	var n int64
	for _, s := range m.samples {
		if s.Value.Kind() == metrics.KindUint64 {
			n += int64(s.Value.Uint64())
		}
	}
	return n
}

// memoryError is CPython's MemoryError, which has no message.
func memoryError() *py.Exception { return py.NewException(py.MemoryError) }

// checkMemory runs at the step hook: every memoryCheckHooks hooks it
// samples the heap and, past the limit, raises MemoryError at st's next
// step.
func (t *Thread) checkMemory(st *starlark.Thread) {
	limit := t.rt.opts.MaxMemory
	if limit <= 0 {
		return
	}
	if t.memHooks++; t.memHooks < memoryCheckHooks {
		return
	}
	t.memHooks = 0
	if processMemory.read(limit) > limit {
		t.raiseNext(st, memoryError())
	}
}

// CheckAlloc returns MemoryError if making an object of about n bytes
// would take st's Interpreter past its memory limit (by the last sample
// of the heap, taken again when n is large). Builtins call it before
// big allocations.
func CheckAlloc(st *starlark.Thread, n int64) error {
	rt := RuntimeOf(st)
	if rt == nil || rt.opts.MaxMemory <= 0 {
		return nil
	}
	limit := rt.opts.MaxMemory
	if n > limit {
		return memoryError()
	}
	used := processMemory.used.Load()
	if n > limit/64 {
		used = processMemory.read(limit)
	}
	if used+n > limit {
		return memoryError()
	}
	return nil
}

// CheckAllocN is CheckAlloc for n elements of size bytes each.
func CheckAllocN(st *starlark.Thread, n, size int) error {
	if n <= 1<<16 {
		return nil // small: the step hook's samples catch many of these
	}
	return CheckAlloc(st, int64(n)*int64(size))
}
