"""multiprocessing.pool: ThreadPool, a pool of worker threads with the
Pool API (map, imap, imap_unordered, starmap, apply_async...), laid out
as CPython's: the workers, then three handler threads (_handle_workers,
_handle_tasks, _handle_results) feeding them through queues. Pool itself
needs processes, which spindle doesn't have: making one raises OSError.
"""
import collections
import itertools
import queue
import threading
from multiprocessing import TimeoutError, _no_processes

__all__ = ["Pool", "ThreadPool"]

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def _new_job():
    return next(job_counter)


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False):
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        outqueue.put((job, i, result))
        task = job = result = func = args = kwds = None


def _helper_reraises_exception(ex):
    raise ex


class _PoolCache(dict):
    """The pool's running jobs; emptying it wakes the worker handler."""

    def __init__(self, /, *args, notifier=None, **kwds):
        self.notifier = notifier
        super().__init__(*args, **kwds)

    def __delitem__(self, item):
        super().__delitem__(item)
        if not self:
            self.notifier.put(None)


class Pool(object):
    """A pool of workers that run the calls given to it."""
    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        raise _no_processes("multiprocessing.Pool")

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        self._setup_queues()
        self._taskqueue = queue.SimpleQueue()
        self._change_notifier = queue.SimpleQueue()
        self._cache = _PoolCache(notifier=self._change_notifier)
        self._initializer = initializer
        self._initargs = initargs
        if processes is None:
            import os
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        for i in range(processes):
            w = self.Process(None, target=worker,
                             args=(self._inqueue, self._outqueue, initializer,
                                   initargs, None, self._wrap_exception))
            w.daemon = True
            w.start()
            self._pool.append(w)
        self._worker_handler = self._handler(Pool._handle_workers,
                                             (self._cache, self._taskqueue, self._change_notifier))
        self._task_handler = self._handler(Pool._handle_tasks,
                                           (self._taskqueue, self._inqueue, self._outqueue,
                                            self._pool, self._cache))
        self._result_handler = self._handler(Pool._handle_results,
                                             (self._outqueue, self._cache))
        self._terminated = False
        self._state = RUN

    @staticmethod
    def _handler(target, args):
        t = threading.Thread(target=target, args=args)
        t.daemon = True
        t._state = RUN
        t.start()
        return t

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} "
                f"state={self._state} "
                f"pool_size={len(self._pool)}>")

    def _setup_queues(self):
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        """Equivalent of func(*args, **kwds)."""
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        """Apply func to each element in iterable, collecting the results in a list."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """Like map(), with each element of iterable unpacked as arguments."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def _guarded_task_generation(self, result_job, func, iterable):
        try:
            i = -1
            for i, x in enumerate(iterable):
                yield (result_job, i, func, (x,), {})
        except Exception as e:
            yield (result_job, i + 1, _helper_reraises_exception, (e,), {})

    def imap(self, func, iterable, chunksize=1):
        """Like map(), but lazy: an iterator over the results, in order."""
        return self._imap(IMapIterator, func, iterable, chunksize, "{0:n}")

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap(), with the results in the order they come."""
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize, "{0!r}")

    def _imap(self, iterator, func, iterable, chunksize, fmt):
        self._check_running()
        if chunksize == 1:
            result = iterator(self)
            self._taskqueue.put((self._guarded_task_generation(result._job, func, iterable),
                                 result._set_length))
            return result
        if chunksize < 1:
            raise ValueError(("Chunksize must be 1+, not " + fmt).format(chunksize))
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = iterator(self)
        self._taskqueue.put((self._guarded_task_generation(result._job, mapstar, task_batches),
                             result._set_length))
        return (item for chunk in result for item in chunk)

    def apply_async(self, func, args=(), kwds={}, callback=None,
                    error_callback=None):
        """Asynchronous version of apply()."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        """Asynchronous version of map()."""
        return self._map_async(func, iterable, mapstar, chunksize, callback,
                               error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, "__len__"):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        self._taskqueue.put((self._guarded_task_generation(result._job, mapper, task_batches),
                             None))
        return result

    @staticmethod
    def _handle_workers(cache, taskqueue, change_notifier):
        thread = threading.current_thread()
        while thread._state == RUN or (cache and thread._state != TERMINATE):
            change_notifier.get()
        taskqueue.put(None)

    @staticmethod
    def _handle_tasks(taskqueue, inqueue, outqueue, pool, cache):
        thread = threading.current_thread()
        while True:
            item = taskqueue.get()
            if item is None:
                break
            taskseq, set_length = item
            task = None
            stopped = False
            for task in taskseq:
                if thread._state != RUN:
                    stopped = True
                    break
                inqueue.put(task)
            if stopped:
                break
            if set_length:
                set_length((task[1] if task else -1) + 1)
            task = taskseq = None
        outqueue.put(None)
        for p in pool:
            inqueue.put(None)

    @staticmethod
    def _handle_results(outqueue, cache):
        thread = threading.current_thread()
        while True:
            task = outqueue.get()
            if thread._state != RUN or task is None:
                break
            Pool._deliver(cache, task)
        while cache and thread._state != TERMINATE:
            task = outqueue.get()
            if task is not None:
                Pool._deliver(cache, task)

    @staticmethod
    def _deliver(cache, task):
        job, i, obj = task
        if job in cache:
            cache[job]._set(i, obj)

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while True:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    def __reduce__(self):
        raise NotImplementedError(
            "pool objects cannot be passed between processes or pickled")

    def close(self):
        """Stop taking tasks; the workers exit when the queued ones are done."""
        if self._state == RUN:
            self._state = CLOSE
            self._worker_handler._state = CLOSE
            self._change_notifier.put(None)

    def terminate(self):
        """Stop the workers at once, dropping the tasks not started."""
        self._state = TERMINATE
        if not self._terminated:
            self._terminated = True
            self._terminate_pool()

    def join(self):
        """Wait for the workers to exit (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._worker_handler.join()
        self._task_handler.join()
        self._result_handler.join()
        for p in self._pool:
            p.join()

    def _terminate_pool(self):
        self._worker_handler._state = TERMINATE
        self._change_notifier.put(None)
        self._task_handler._state = TERMINATE
        try:
            while True:
                self._inqueue.get(block=False)
        except queue.Empty:
            pass
        for i in range(len(self._pool)):
            self._inqueue.put(None)
        self._result_handler._state = TERMINATE
        self._change_notifier.put(None)
        self._outqueue.put(None)
        me = threading.current_thread()
        for h in (self._worker_handler, self._task_handler, self._result_handler):
            if me is not h:
                h.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult(object):
    """The result of apply_async(): get() waits for it."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = _new_job()
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of map_async() and starmap_async()."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._finish()
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                self._finish()

    def _finish(self):
        del self._cache[self._job]
        self._event.set()
        self._pool = None


class IMapIterator(object):
    """The iterator imap() returns: next(timeout=None) waits for a result."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = _new_job()
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            if not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration
                self._cond.wait(timeout)
                if not self._items:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration
                    raise TimeoutError
            item = self._items.popleft()
        success, value = item
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    self._items.append(self._unsorted.pop(self._index))
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    """The iterator imap_unordered() returns."""

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None


class ThreadPool(Pool):
    """A Pool whose workers are threads."""
    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        from multiprocessing.dummy import Process
        return Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)
