"""spindle's multiprocessing: the parts that need no process.

spindle has no access to processes, so Process.start(), Pool() and the
process-shared primitives (Queue, Lock, Value, Manager...) raise OSError
saying so; multiprocessing.dummy and multiprocessing.pool.ThreadPool run
the same API on threads.
"""
import os
import itertools

__all__ = ["Process", "current_process", "parent_process", "active_children",
           "cpu_count", "freeze_support", "get_start_method", "set_start_method",
           "get_all_start_methods", "Pool", "ProcessError", "BufferTooShort",
           "TimeoutError", "AuthenticationError"]


class ProcessError(Exception):
    __module__ = "multiprocessing.context"


class BufferTooShort(ProcessError):
    __module__ = "multiprocessing.context"


class TimeoutError(ProcessError):
    __module__ = "multiprocessing.context"


class AuthenticationError(ProcessError):
    __module__ = "multiprocessing.context"


def _no_processes(what):
    return OSError("spindle has no access to processes, which " + what +
                   " needs; use threads instead"
                   " (threading, multiprocessing.dummy, concurrent.futures.ThreadPoolExecutor)")


def cpu_count():
    """Returns the number of CPUs in the system."""
    num = os.cpu_count()
    if num is None:
        raise NotImplementedError("cannot determine number of cpus")
    return num


class _MainProcess:
    __module__ = "multiprocessing.process"

    def __init__(self):
        self._name = "MainProcess"
        self._parent_pid = None
        self.daemon = False
        self.exitcode = None

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        if not isinstance(name, str):
            raise AssertionError("name must be a string")
        self._name = name

    @property
    def pid(self):
        return os.getpid()

    ident = pid

    def is_alive(self):
        return True

    def __repr__(self):
        return "<%s name=%r parent=None started>" % (type(self).__name__, self._name)


_current_process = _MainProcess()
_process_counter = itertools.count(1)


def current_process():
    """Return process object representing the current process."""
    return _current_process


def parent_process():
    """Return process object representing the parent process."""
    return None


def active_children():
    """Return list of process objects corresponding to live child processes."""
    return []


def freeze_support():
    pass


class Process:
    """A process: it can be made and configured, but spindle can't start it."""
    __module__ = "multiprocessing.context"

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        count = next(_process_counter)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + "-" + str(count)
        self._daemon = bool(daemon) if daemon is not None else False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        raise _no_processes("multiprocessing.Process.start()")

    def join(self, timeout=None):
        raise AssertionError("can only join a started process")

    def is_alive(self):
        return False

    def terminate(self):
        pass  # it never started

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        if not isinstance(name, str):
            raise AssertionError("name must be a string")
        self._name = name

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, daemonic):
        self._daemon = daemonic

    @property
    def pid(self):
        return None

    ident = pid

    @property
    def exitcode(self):
        return None

    def __repr__(self):
        return "<%s name=%r parent=%d initial>" % (type(self).__name__, self._name, os.getpid())


_start_method = None


def get_start_method(allow_none=False):
    global _start_method
    if _start_method is None and not allow_none:
        _start_method = "fork"
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError("context has already been set")
    if method not in ("fork", "spawn", "forkserver") and not (method is None and force):
        raise ValueError("cannot find context for %r" % method)
    _start_method = method


def get_all_start_methods():
    return ["fork", "spawn", "forkserver"]


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """Returns a process pool object: spindle can't make one."""
    raise _no_processes("multiprocessing.Pool")


class _Refuser:
    """A process-shared primitive: calling it raises OSError."""

    def __init__(self, name):
        self.__name__ = name

    def __call__(self, *args, **kwargs):
        raise _no_processes("multiprocessing." + self.__name__)


Queue = _Refuser("Queue")
JoinableQueue = _Refuser("JoinableQueue")
SimpleQueue = _Refuser("SimpleQueue")
Pipe = _Refuser("Pipe")
Manager = _Refuser("Manager")
Lock = _Refuser("Lock")
RLock = _Refuser("RLock")
Semaphore = _Refuser("Semaphore")
BoundedSemaphore = _Refuser("BoundedSemaphore")
Condition = _Refuser("Condition")
Event = _Refuser("Event")
Barrier = _Refuser("Barrier")
Value = _Refuser("Value")
Array = _Refuser("Array")
RawValue = _Refuser("RawValue")
RawArray = _Refuser("RawArray")
