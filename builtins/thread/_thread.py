"""spindle's _thread: the low-level thread API, on the threading module's
goroutine threads and locks. Written for spindle."""

import threading

error = RuntimeError
LockType = type(threading.Lock())
RLock = threading.RLock
allocate_lock = threading.Lock
allocate = threading.Lock
get_ident = threading.get_ident
get_native_id = threading.get_native_id
TIMEOUT_MAX = threading.TIMEOUT_MAX
_local = threading.local
_excepthook = threading.excepthook
_ExceptHookArgs = threading.ExceptHookArgs


start_new_thread = threading._start_new_thread
start_new = start_new_thread


def _count():
    """The number of threads still running, other than the main one."""
    return threading._count()


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def daemon_threads_allowed():
    return True


def exit():
    raise SystemExit()


exit_thread = exit


def interrupt_main(signum=2):
    """Simulates signal signum arriving in the main thread: its handler
    runs there (KeyboardInterrupt for SIGINT's default one). An ignored
    or default-handled signal does nothing."""
    import signal
    if signum < 1 or signum >= signal.NSIG:
        raise ValueError("signal number out of range")
    handler = signal.getsignal(signum)
    if handler == signal.SIG_IGN or handler == signal.SIG_DFL:
        return
    if threading.current_thread() is threading.main_thread():
        handler(signum, None)
    elif handler == signal.default_int_handler:
        _interrupt_main_thread()
    else:
        raise NotImplementedError("spindle runs only the default SIGINT handler from another thread")
