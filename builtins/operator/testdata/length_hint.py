# operator.length_hint: len() first, then __length_hint__ (checked as
# CPython checks it; NotImplemented means none), then the default; the
# builtin iterators tell how many items are left.
import operator


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

    def __length_hint__(self):
        return self.n


c = Countdown(3)
print(operator.length_hint(c), next(c), operator.length_hint(c), list(c), operator.length_hint(c))


class Sized:
    def __len__(self):
        return 4

    def __length_hint__(self):
        return 99


class BadLen:
    def __len__(self):
        raise TypeError("no len")

    def __length_hint__(self):
        return 5


class Negative:
    def __length_hint__(self):
        return -1


class Text:
    def __length_hint__(self):
        return "many"


class Unknown:
    def __length_hint__(self):
        return NotImplemented


print(operator.length_hint(Sized()), operator.length_hint(BadLen()), operator.length_hint(Unknown(), 7))
print(operator.length_hint(object()), operator.length_hint(object(), 3))
for x in [Negative(), Text()]:
    try:
        operator.length_hint(x)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
s = iter("абвг")
next(s)
l = iter([1, 2, 3])
next(l)
print(operator.length_hint(s), operator.length_hint(l), operator.length_hint(iter(range(5))))
print(operator.length_hint("ёж"), operator.length_hint({1: 2}), operator.length_hint(iter(b"xyz")))
print(list(s), operator.length_hint(s))
