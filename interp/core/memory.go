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
// of the heap, taken again when n is large), or, with no limit, if n is
// more than the machine's memory, which no allocation can get: the Go
// runtime would end the process. Builtins call it before big
// allocations.
func CheckAlloc(st *starlark.Thread, n int64) error {
	rt := RuntimeOf(st)
	if rt == nil || rt.opts.MaxMemory <= 0 {
		if n > machineCeiling() {
			return memoryError()
		}
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

// smallAlloc is the size under which CheckAllocN lets an allocation
// through unchecked: the step hook's samples catch many of these.
const smallAlloc = 1 << 20

// CheckAllocN is CheckAlloc for n items of size bytes each, where n is
// a count a script asked for: a product past the address space is
// MemoryError at once, n <= 0 is nothing, and requests under a
// megabyte pass without a look at the heap. Call it once per
// operation, from the size requested, not once per item.
func CheckAllocN(st *starlark.Thread, n, size int) error {
	if n <= 0 || size <= 0 {
		return nil
	}
	if int64(n) > maxRequest/int64(size) {
		return memoryError()
	}
	if bytes := int64(n) * int64(size); bytes > smallAlloc {
		return CheckAlloc(st, bytes)
	}
	return nil
}

// maxRequest is more bytes than any machine gives one allocation (Go's
// own limit is 2**48 on 64-bit machines); it keeps n*size in range.
const maxRequest = 1 << 48
