# inspect.getgeneratorstate through a generator's life: created,
# running (asked from inside), suspended, closed by close(), by
# finishing, by an exception, and closed before it ever started.
import inspect


def counter(n):
    for i in range(n):
        yield i, inspect.getgeneratorstate(g)


g = counter(2)
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done", inspect.getgeneratorstate(g))

h = counter(5)
print(inspect.getgeneratorstate(h))
h.close()
print(inspect.getgeneratorstate(h))


def failing():
    yield 1
    raise ValueError("boom")


f = failing()
next(f)
try:
    next(f)
except ValueError:
    print(inspect.getgeneratorstate(f))

e = (x * x for x in range(3))
print(inspect.getgeneratorstate(e), next(e), inspect.getgeneratorstate(e))
e.close()
print(inspect.getgeneratorstate(e), inspect.GEN_CREATED, "gi_finished" in dir(e))
try:
    inspect.getgeneratorstate([1])
except AttributeError as err:
    print("AttributeError:", err)
