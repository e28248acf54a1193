# A suspended generator that becomes garbage is closed: GeneratorExit is
# raised at its yield, so finally blocks and with exits run. CPython does
# it at once; spindle when the collector finds it, at the latest at the
# next gc.collect(), so this script drops each one right before
# gc.collect().
import gc


def counted(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


g = counted("a")
next(g)
del g
gc.collect()
print("after a")


class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, typ, value, tb):
        print("exit with", typ.__name__, type(value).__name__)
        return False


def managed():
    with Manager():
        yield "inside"
    print("never reached")


g = managed()
print(next(g))
del g
gc.collect()
print("after managed")


def inner():
    try:
        yield "inner"
    finally:
        print("inner finally")


def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")


g = outer()
print(next(g))
del g
gc.collect()
print("after delegation")


def catches():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        return


g = catches()
next(g)
del g
gc.collect()
print("after catches")

# not started, or finished: nothing to run
g = counted("never started")
del g
g = counted("finished")
for v in g:
    pass
del g
gc.collect()
print("after unstarted and finished")

log = []


def many(i):
    try:
        yield i
    finally:
        log.append(i)


def drop(n):
    for i in range(n):
        g = many(i)
        next(g)


drop(100)
gc.collect()
print(len(log), sorted(log) == list(range(100)))


# Garbage generators are closed by a thread that is running anyway, as
# CPython runs a finalizer in the thread that frees the object: no
# thread of their own ever shows in threading.active_count().
import threading

counts = set()
for i in range(3000):
    g = many(i)
    next(g)
    g = None
    counts.add(threading.active_count())
print(sorted(counts))
