// Package multiprocessing is spindle's multiprocessing package, written
// in Python (multiprocessing.py, dummy.py, pool.py). spindle has no
// access to processes, so the package gives what needs none:
// multiprocessing.dummy and multiprocessing.pool.ThreadPool, the
// multiprocessing API on spindle's threads, and in multiprocessing
// itself cpu_count, current_process (MainProcess), parent_process and
// the exceptions; Process.start(), Pool() and the process-shared
// primitives raise OSError saying that spindle starts no processes.
package multiprocessing

// This file embeds the modules' sources.

import (
	_ "embed"

	"github.com/spindle-lang/spindle/interp/core"
)

var (
	//go:embed multiprocessing.py
	source string
	//go:embed dummy.py
	dummySource string
	//go:embed pool.py
	poolSource string
)

// Module is the multiprocessing package. Members:
//
//	cpu_count(), current_process() (MainProcess), parent_process() (None), active_children() ([])
//	freeze_support(), get_start_method(allow_none=False), set_start_method(method, force=False), get_all_start_methods()
//	Process(group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None) (start() raises OSError)
//	Pool, Queue, JoinableQueue, SimpleQueue, Pipe, Manager, Lock, RLock, Semaphore, BoundedSemaphore,
//	Condition, Event, Barrier, Value, Array, RawValue, RawArray (calling one raises OSError)
//	ProcessError, BufferTooShort, TimeoutError, AuthenticationError
var Module = &core.Module{Name: "multiprocessing", Source: source}

// Dummy is the multiprocessing.dummy module. Members:
//
//	Process (DummyProcess, a threading.Thread), current_process (threading.current_thread), active_children()
//	Pool(processes=None, initializer=None, initargs=()) (a multiprocessing.pool.ThreadPool)
//	Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier (threading's), Queue, JoinableQueue (queue.Queue)
//	Namespace, Value(typecode, value), Manager(), freeze_support(), shutdown()
var Dummy = &core.Module{Name: "multiprocessing.dummy", Source: dummySource}

// Pool is the multiprocessing.pool module. Members:
//
//	ThreadPool(processes=None, initializer=None, initargs=()): apply, apply_async, map, map_async,
//	    starmap, starmap_async, imap, imap_unordered, close, terminate, join, with-statement
//	Pool (making one raises OSError), ApplyResult (AsyncResult), MapResult, IMapIterator,
//	IMapUnorderedIterator, worker, mapstar, starmapstar, INIT, RUN, CLOSE, TERMINATE
var Pool = &core.Module{Name: "multiprocessing.pool", Source: poolSource}
