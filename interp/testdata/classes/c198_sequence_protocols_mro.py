# Old-style sequence protocol (__getitem__ with IndexError), __contains__
# versus iteration, __bool__ versus __len__, reversed() through __len__
# and __getitem__, and cooperative __init__ along a diamond MRO.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("square index out of range")
        return i * i

    def __len__(self):
        return self.n


class Evens:
    def __contains__(self, x):
        print(f"  __contains__({x!r})")
        return isinstance(x, int) and x % 2 == 0


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Empty:
    def __len__(self):
        print("  __len__")
        return 0


class Falsy(Empty):
    def __bool__(self):
        print("  __bool__")
        return True


s = Squares(5)
print(list(s), s[-1], s[1:4], 9 in s, 10 in s, list(reversed(s)), sorted(s, reverse=True)[:2])
it = iter(s)
print(next(it), next(it), type(it).__name__, sum(s), max(s), list(enumerate(s))[-1])
print(4 in Evens(), 3 in Evens(), "x" not in Evens())
try:
    iter(Evens())
except TypeError as e:
    print("TypeError:", e)
print(3 in Countdown(5), list(Countdown(3)), [x * 2 for x in Countdown(2)], dict.fromkeys(Countdown(2)))
try:
    reversed(Countdown(3))
except TypeError as e:
    print("TypeError:", e)
print(bool(Empty()), "yes" if Falsy() else "no", not Empty(), len(Falsy()))


class Base:
    def __init__(self, **kw):
        print(f"  Base.__init__ leftover={kw}")
        super().__init__()


class Named(Base):
    def __init__(self, name, **kw):
        print(f"  Named.__init__({name!r})")
        self.name = name
        super().__init__(**kw)


class Sized(Base):
    def __init__(self, size=0, **kw):
        print(f"  Sized.__init__({size})")
        self.size = size
        super().__init__(**kw)


class File(Named, Sized):
    def __init__(self, **kw):
        print("  File.__init__")
        super().__init__(**kw)

    def __repr__(self):
        return f"File({self.name!r}, {self.size})"


print([c.__name__ for c in File.__mro__])
f = File(name="a.txt", size=10, extra=1)
print(f, File.__bases__, isinstance(f, Sized), Named.__init__ is File.__mro__[1].__init__)
try:
    class Bad(Named, File):
        pass
except TypeError as e:
    print("TypeError:", e)
print(super(Named, f).__init__.__qualname__, super(File, File).__init__.__qualname__)
