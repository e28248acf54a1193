# iter(o) returns what o.__iter__ returned: o itself for an iterator
# class, the generator of a generator method.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Letters:
    def __iter__(self):
        yield from "абв"


class Bad:
    def __iter__(self):
        return Letters()


c = Countdown(3)
it = iter(c)
print(it is c, next(it), list(it), type(iter(Letters())).__name__)
g = iter(Letters())
print(next(g), list(g), iter(g) is g)
try:
    iter(Bad())
except TypeError as e:
    print("TypeError:", e)
