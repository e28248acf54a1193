# Generator throw(): handled at the yield, propagated, before the start, after the end, through yield from.
def worker():
    count = 0
    while True:
        try:
            item = yield count
            count += 1
            print("got", item)
        except ValueError as e:
            print("worker handled", e)
        finally:
            pass


w = worker()
print(next(w))
print(w.send("a"))
print(w.throw(ValueError("bad item")))
print(w.send("b"))
try:
    w.throw(KeyError, )
except KeyError as e:
    print("propagated KeyError", repr(e))
try:
    w.throw(ValueError("after end"))
except ValueError as e:
    print("finished generator re-raises", e)


def fresh():
    print("never runs")
    yield 1


f = fresh()
try:
    f.throw(RuntimeError("early"))
except RuntimeError as e:
    print("before start:", e)
print(next(f, "exhausted"))


def inner():
    try:
        yield 1
        yield 2
    except IndexError:
        print("inner caught")
        yield 99
    return "inner done"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3


o = outer()
print(next(o))
print(o.throw(IndexError))
print(next(o))
print(next(o, "end"))
try:
    o.throw(5)
except TypeError as e:
    print("TypeError:", e)


def closer():
    try:
        yield from inner()
    finally:
        print("outer finally")


c = closer()
next(c)
c.close()
print("closed")


def boom():
    yield 1


b = boom()
next(b)
b.throw(ZeroDivisionError("thrown"))
