# contextmanager: the with block's exception is thrown into the generator (suppressed, re-raised, translated).
import threading
from contextlib import contextmanager

lock = threading.Lock()


@contextmanager
def holding(lock):
    lock.acquire()
    try:
        yield lock
    finally:
        lock.release()
        print("released")


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)


@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"missing {e}") from e


@contextmanager
def logged(name):
    print("enter", name)
    try:
        yield name.upper()
    except Exception as e:
        print("exit with", repr(e))
        raise
    else:
        print("exit cleanly")


with holding(lock) as held:
    print("got lock:", held is lock, lock.locked())
print("after:", lock.locked())
try:
    with holding(lock):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e, lock.locked())
with swallow(ZeroDivisionError):
    1 / 0
print("continues")
try:
    with swallow(ZeroDivisionError):
        [][1]
except IndexError as e:
    print("not swallowed:", e)
try:
    with translate():
        {}["k"]
except LookupError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))
with logged("a") as v:
    print("body", v)
try:
    with logged("b"):
        raise RuntimeError("fail")
except RuntimeError as e:
    print("caught", e)
