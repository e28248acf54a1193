# Generators, generator expressions, comprehensions and classes: the
# helpers of generator.go, genexp.go, compiter.go and class.go.


def counter(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total


g = counter(3)
print(next(g), g.send(10), g.send(5))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)


def delegate():
    result = yield from counter(2)
    print("delegate got", result)
    yield "done"


print(list(delegate()))
g = counter(5)
next(g)
try:
    g.throw(ValueError("брошено"))
except ValueError as e:
    print("thrown", e)
g = counter(5)
next(g)
g.close()
print("closed", list(g))

seen = []


def noisy(x):
    seen.append(x)
    return x


print(any(noisy(x) > 1 for x in range(5)), seen)
seen.clear()
print(all(noisy(x) < 1 for x in range(5)), seen)
print(sum(x * x for x in range(5)), max(x % 3 for x in range(5)), sorted(-x for x in range(3)))
print(",".join(c for c in "абв"))
ge = (x + 1 for x in range(3))
print(ge.__name__, list(ge), list(ge))
print([y for x in range(5) if (y := x * 2) > 4], y)


class Items:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise KeyError("boom")
        return self.n


try:
    print([x for x in Items()])
except KeyError as e:
    print("comprehension", e)
try:
    for x in Items():
        print("loop", x)
except KeyError as e:
    print("loop", e)


class Base:
    registered = []

    def __init_subclass__(cls):
        Base.registered.append(cls.__name__)

    def hello(self):
        return "base"


class Child(Base):
    def hello(self):
        return "child+" + super().hello()


print(Child().hello(), Base.registered, Child.__name__, Child.__module__)


class Late:
    if False:
        never = 1
    x = 1


print(hasattr(Late, "never"), Late.x)
