"""Asynchronous I/O on an event loop: spindle's asyncio, a subset of
CPython's written on spindle's coroutines (see the package doc of
builtins/asyncio). Its event loop runs on the thread that runs it;
while it has nothing ready it waits, releasing the interpreter lock,
until its next timer is due or another thread calls
call_soon_threadsafe."""

import collections
import concurrent.futures
import contextvars
import functools
import heapq
import itertools
import math
import reprlib
import threading
import time as _time
import types

__all__ = ["run", "sleep", "create_task", "ensure_future", "gather", "wait", "wait_for",
           "as_completed", "shield", "Task", "Future", "CancelledError", "TimeoutError",
           "InvalidStateError", "Queue", "LifoQueue", "PriorityQueue", "QueueEmpty", "QueueFull",
           "Lock", "Event", "Semaphore", "BoundedSemaphore", "Condition", "timeout", "timeout_at",
           "Timeout", "to_thread", "get_event_loop", "get_running_loop", "new_event_loop",
           "set_event_loop", "run_coroutine_threadsafe", "iscoroutine", "iscoroutinefunction",
           "current_task", "all_tasks", "isfuture", "wrap_future", "AbstractEventLoop",
           "BaseEventLoop", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "Runner",
           "TaskGroup"]


class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = "asyncio.exceptions"


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = "asyncio.exceptions"


TimeoutError = TimeoutError


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return _iscoroutine(obj)


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an async def)."""
    while type(func).__name__ == "partial":
        func = func.func
    func = getattr(func, "__func__", func)
    return _iscoroutinefunction(func)


def _format_coroutine(coro):
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None) or type(coro).__name__
    code = getattr(coro, "cr_code", None)
    frame = getattr(coro, "cr_frame", None)
    if code is None:
        return f"{name}()"
    if frame is not None:
        return f"{name}() running at {code.co_filename}:{frame.f_lineno}"
    if not coro.__sp_finished:
        return f"{name}() running at {code.co_filename}:{code.co_firstlineno}"
    return f"{name}() done, defined at {code.co_filename}:{code.co_firstlineno}"


class Handle:
    """A callback scheduled by call_soon or call_soon_threadsafe."""
    __module__ = "asyncio.events"

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._context = contextvars.copy_context() if context is None else context

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return "<" + " ".join(self._repr_info()) + ">"

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                "message": f"Exception in callback {_format_callback_source(self._callback, self._args)}",
                "exception": exc,
                "handle": self,
            })


def _callback_name(cb):
    return getattr(cb, "__qualname__", None) or getattr(cb, "__name__", None) or repr(cb)


def _format_args(args, kwargs):
    items = [reprlib.repr(arg) for arg in args]
    items.extend(f"{k}={reprlib.repr(v)}" for k, v in kwargs.items())
    return "(" + ", ".join(items) + ")"


def _format_callback_source(c, args):
    """Return a callback called with args as CPython's reprs show it:
    f(1, 2), with " at file:line" for a Python function, partials
    unwrapped."""
    kwargs, suffix = {}, ""
    while type(c) is _partial_type:
        suffix = _format_args(args, kwargs) + suffix
        args, kwargs, c = c.args, c.keywords, c.func
    text = _callback_name(c) + _format_args(args, kwargs) + suffix
    if type(c) is _function_type:
        text += f" at {c.__code__.co_filename}:{c.__code__.co_firstlineno}"
    return text


_function_type = type(_callback_name)
_partial_type = type(functools.partial(print))


class TimerHandle(Handle):
    """A callback scheduled by call_later or call_at."""
    __module__ = "asyncio.events"

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f"when={self._when}")
        return info

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    """The interface of event loops."""
    __module__ = "asyncio.events"


_seq = itertools.count()


class BaseEventLoop(AbstractEventLoop):
    """spindle's event loop: ready callbacks in FIFO order, timers in a
    heap, and an Event that call_soon_threadsafe sets to wake it."""

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._closed = False
        self._stopping = False
        self._thread_id = None
        self._wakeup = threading.Event()
        self._default_executor = None
        self._executor_shutdown_called = False
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._unretrieved = []  # futures that failed, reported at close unless retrieved

    def __repr__(self):
        return (f"<_UnixSelectorEventLoop running={self.is_running()} "
                f"closed={self.is_closed()} debug={self.get_debug()}>")

    def time(self):
        return _time.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = self.call_soon(callback, *args, context=context)
        self._wakeup.set()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, (when, next(_seq), timer))
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        pass

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = Task(coro, loop=self, name=name, context=context)
        else:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def run_forever(self):
        self._check_closed()
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if _get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._thread_id = threading.get_ident()
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            _set_running_loop(None)

    def run_until_complete(self, future):
        self._check_closed()
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        self._stopping = True
        self._wakeup.set()

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._report_unretrieved()
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def _report_unretrieved(self):
        # CPython reports a failed future whose exception nobody asked for
        # when it is freed; spindle when its loop closes.
        for fut in self._unretrieved:
            if fut._log_traceback:
                fut._log_traceback = False
                self.call_exception_handler({
                    "message": f"{type(fut).__name__} exception was never retrieved",
                    "exception": fut._exception,
                    "future": fut,
                })
        self._unretrieved.clear()

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                if self._executor_shutdown_called:
                    raise RuntimeError("Executor shutdown has been called")
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        import sys
        import traceback
        message = context.get("message") or "Unhandled exception in event loop"
        exception = context.get("exception")
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append(f"{key}: {context[key]!r}")
        text = "\n".join(lines)
        if exception is not None:
            text += "\n" + "".join(traceback.format_exception(type(exception), exception, exception.__traceback__)).rstrip("\n")
        print(text, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def _run_once(self):
        """One iteration: wait for the ready queue, a due timer or a
        wake-up, then run the callbacks ready at that moment."""
        scheduled = self._scheduled
        while scheduled and scheduled[0][2]._cancelled:
            heapq.heappop(scheduled)
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = max(0, scheduled[0][0] - self.time())
        if timeout is None:
            self._wakeup.wait()
        elif timeout > 0:
            # in whole milliseconds, as CPython's epoll selector waits
            self._wakeup.wait(math.ceil(timeout * 1e3) * 1e-3)
        self._wakeup.clear()
        end = self.time() + 1e-09
        while scheduled:
            when, _, handle = scheduled[0]
            if when >= end:
                break
            heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


class _RunningLoop(threading.local):
    loop = None
    current = None  # the loop set by set_event_loop
    set_called = False


_running = _RunningLoop()


def _get_running_loop():
    return _running.loop


def _set_running_loop(loop):
    _running.loop = loop


def get_running_loop():
    """Return the running event loop; raise RuntimeError if there is none."""
    loop = _running.loop
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    """Return the running event loop, else the current thread's loop
    (made on first use in the main thread)."""
    loop = _running.loop
    if loop is not None:
        return loop
    if _running.current is None and not _running.set_called and threading.current_thread() is threading.main_thread():
        set_event_loop(new_event_loop())
    if _running.current is None:
        raise RuntimeError("There is no current event loop in thread %r." % threading.current_thread().name)
    return _running.current


def set_event_loop(loop):
    """Make loop the current thread's event loop."""
    _running.set_called = True
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _running.current = loop


def new_event_loop():
    """Return a new event loop."""
    return BaseEventLoop()


SelectorEventLoop = BaseEventLoop
