// Package asyncio is spindle's asyncio module, written in Python
// (events.py, futures.py, tasks.py, sync.py, taskgroups.py) on spindle's coroutines (a
// coroutine is a generator underneath, see builtins/coroutine.go) and
// two native helpers that tell coroutines and coroutine functions.
//
// The event loop runs on the thread that calls asyncio.run or
// run_until_complete: ready callbacks run in FIFO order, timers from a
// heap, and while nothing is ready the loop waits on a threading.Event
// (releasing the GIL, so other threads run) until its next timer is due
// or call_soon_threadsafe sets the Event. run_in_executor and to_thread
// use a concurrent.futures.ThreadPoolExecutor whose threads are named
// asyncio_0, asyncio_1, ... as in CPython.
//
// What differs from CPython: no sockets, subprocesses, streams or
// signal handlers; "Task exception was never retrieved" is reported when
// the task's loop closes (CPython reports it when the task is freed,
// which for a task nobody holds is at once), and "Task was destroyed
// but it is pending!" never; an async generator abandoned before its
// end (a break out of async for) is closed when Go's collector finds it
// or at exit, not at once, and loop.shutdown_asyncgens does nothing.
// Contexts are CPython's: a Task steps in a copy of the context current
// when it was made (or its context= argument), a callback runs in the
// context current at call_soon, call_later or add_done_callback.
package asyncio

// This file embeds the module's source and defines its native helpers.

import (
	_ "embed"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
)

var (
	//go:embed events.py
	eventsSource string
	//go:embed futures.py
	futuresSource string
	//go:embed tasks.py
	tasksSource string
	//go:embed sync.py
	syncSource string
	//go:embed taskgroups.py
	taskGroupsSource string
)

// Module is the asyncio module. Members:
//
//	run(main, *, debug=None), Runner
//	sleep(delay, result=None), create_task(coro, *, name=None), ensure_future(x)
//	gather(*aws, return_exceptions=False), wait(fs, *, timeout=None, return_when=ALL_COMPLETED)
//	wait_for(aw, timeout), as_completed(fs, *, timeout=None), shield(aw)
//	timeout(delay), timeout_at(when), Timeout, TaskGroup
//	to_thread(func, *args, **kwargs), run_coroutine_threadsafe(coro, loop), wrap_future(f)
//	get_event_loop(), get_running_loop(), new_event_loop(), set_event_loop(loop)
//	current_task(loop=None), all_tasks(loop=None)
//	iscoroutine(x), iscoroutinefunction(f), isfuture(x)
//	Future, Task, Handle, TimerHandle, AbstractEventLoop, BaseEventLoop (call_soon,
//	call_soon_threadsafe, call_later, call_at, time, create_future, create_task,
//	run_until_complete, run_forever, stop, close, is_running, is_closed,
//	run_in_executor, set_default_executor, call_exception_handler, ...)
//	Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier, BrokenBarrierError
//	Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull
//	CancelledError, InvalidStateError, TimeoutError
//	FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
var Module = &core.Module{Name: "asyncio", Source: eventsSource + futuresSource + tasksSource + syncSource + taskGroupsSource,
	Helpers: starlark.StringDict{
		"_iscoroutine":         starlark.NewBuiltin("_iscoroutine", isCoroutine),
		"_iscoroutinefunction": starlark.NewBuiltin("_iscoroutinefunction", isCoroutineFunction),
	}}

// isCoroutine implements _iscoroutine(x).
func isCoroutine(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	_, ok := x.(*builtins.Coroutine)
	return starlark.Bool(ok), nil
}

// isCoroutineFunction implements _iscoroutinefunction(f).
func isCoroutineFunction(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	return starlark.Bool(builtins.IsCoroutineFunction(x)), nil
}
