# An exception raised in a generator's body reaches the consumer with the
# consumer's frames, then the body's, in its traceback.


def parse(items):
    for s in items:
        yield int(s)


def inner():
    yield 1
    raise ValueError("bad value")


def outer():
    yield from inner()


def total(gen):
    n = 0
    for v in gen:
        n += v
    return n


print(total(parse(["1", "2"])))
try:
    total(parse(["1", "x"]))
except ValueError as e:
    print("caught:", e)
g = outer()
print(next(g))
next(g)
