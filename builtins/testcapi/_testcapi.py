"""spindle's _testcapi: a test-support module, not an API for programs.
CPython's _testcapi exercises its C API; spindle's has only what
CPython's own threading suites call:

    call_in_temporary_c_thread(callback, wait=True)
        runs callback() in a new thread that threading did not start (as
        a C thread is: threading.current_thread() there is a
        _DummyThread). It returns once the thread has started; with a
        true wait, only once it has finished. An exception from callback
        is printed to stderr, as PyErr_Print does.
    join_temporary_c_thread()
        waits for the thread of the last call_in_temporary_c_thread(...,
        False) to finish."""

import _thread
import sys

_exit_event = None


_FILE = '  File "<frozen _testcapi>"'


def _print_error(exc):
    """Prints exc's traceback without this module's frames, as
    PyErr_Print does in a C thread (no traceback at all if none is left)."""
    import traceback
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    kept = [line for line in lines if not line.startswith(_FILE)]
    if len(kept) == 2 and kept[0].startswith("Traceback"):
        kept = kept[1:]
    sys.stderr.write("".join(kept))
    if hasattr(sys.stderr, "flush"):
        sys.stderr.flush()


def call_in_temporary_c_thread(callback, wait=True):
    global _exit_event
    start = _thread.allocate_lock()
    done = _thread.allocate_lock()
    start.acquire()
    done.acquire()

    def temporary_c_thread():
        start.release()
        try:
            callback()
        except BaseException as exc:
            _print_error(exc)
        finally:
            done.release()

    _exit_event = done
    _thread.start_new_thread(temporary_c_thread, ())
    start.acquire()
    start.release()
    if not wait:
        return None
    return join_temporary_c_thread()


def join_temporary_c_thread():
    global _exit_event
    done = _exit_event
    if done is None:
        # CPython would wait on a freed lock here; spindle refuses.
        raise RuntimeError("no temporary C thread to join")
    _exit_event = None
    done.acquire()
    done.release()
    return None
