# Классы-итераторы: ленивые диапазоны, __reversed__, __contains__ без __contains__, __len__ и bool, цепочки
class DateRange:
    MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]

    def __init__(self, start, count):
        self.start = start
        self.count = count

    def __iter__(self):
        return DateRangeIterator(self)

    def __reversed__(self):
        for i in range(self.count - 1, -1, -1):
            yield self.MONTHS[(self.start + i) % 12]

    def __len__(self):
        return self.count


class DateRangeIterator:
    def __init__(self, rng):
        self.rng = rng
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.rng.count:
            raise StopIteration
        self.i += 1
        return self.rng.MONTHS[(self.rng.start + self.i - 1) % 12]


q = DateRange(10, 5)
print(list(q), len(q), list(reversed(q)))
print("январь" in q, "май" in q, bool(DateRange(0, 0)), bool(q))
it = iter(q)
print(next(it), next(it), list(it), list(it))
print(list(zip(q, range(3))), dict(enumerate(q, 1)))
print(sorted(q), min(q), [m.upper() for m in q if "р" in m])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1

    def __contains__(self, x):
        print(f"  __contains__({x})")
        return 0 < x <= self.n


c = Countdown(3)
print(list(c), 2 in c, 5 in c, 5 not in c, sum(c), max(c))


class Chain:
    def __init__(self, *iterables):
        self.iterables = iterables

    def __iter__(self):
        for it in self.iterables:
            yield from it

    def __add__(self, other):
        return Chain(self, other)


ch = Chain("аб", [1, 2], DateRange(0, 2)) + ("x",)
print(list(ch), len(list(ch)))


class Peekable:
    _nothing = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._peeked = self._nothing

    def __iter__(self):
        return self

    def __next__(self):
        if self._peeked is not self._nothing:
            v, self._peeked = self._peeked, self._nothing
            return v
        return next(self._it)

    def peek(self, default=None):
        if self._peeked is self._nothing:
            try:
                self._peeked = next(self._it)
            except StopIteration:
                return default
        return self._peeked


p = Peekable("слово")
print(p.peek(), next(p), p.peek(), p.peek(), "".join(p), p.peek("конец"))
tokens = Peekable(["1", "+", "2", "*", "3"])
out = []
while tokens.peek() is not None:
    tok = next(tokens)
    out.append(int(tok) if tok.isdigit() else f"<{tok}>")
print(out)
