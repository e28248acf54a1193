"""spindle's _threading_local: thread-local data. CPython's is a pure
Python version of _thread._local; spindle's local is native, and this
module gives the same class."""

from threading import local, current_thread, RLock

__all__ = ["local"]
