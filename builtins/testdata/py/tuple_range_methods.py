# tuple.count and index; range's start, stop, step, count and index,
# and range ==, hash, repr, slicing and membership.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

t = (1, 2, 1, "a", 1.0, True, (1,), None)
print(t.count(1), t.count("a"), t.count((1,)), t.count(None), t.count(3), (1, 2, 1).count(1))
print(t.index(2), t.index("a"), t.index(1, 1), t.index(1, -4), t.index(None), (1, 2, 3).index(3, 0, 3))
show("index missing", lambda: t.index(99))
show("index range", lambda: (1, 2, 3).index(1, 1))
show("index none", lambda: t.index())
show("index 4", lambda: t.index(1, 2, 3, 4))
show("index start str", lambda: t.index(1, "a"))
show("count none", lambda: t.count())
show("count 2", lambda: t.count(1, 2))
print(getattr((), "count")(1), hasattr((), "index"), tuple.count((1, 1), 1), tuple.index((5, 6), 6))
show("unbound wrong", lambda: tuple.count([1], 1))

for r in [range(5), range(2, 10), range(10, 0, -3), range(0), range(-5, 5, 2), range(3, 3), range(1, 2 ** 40, 7)]:
    print(repr(r), getattr(r, "start"), getattr(r, "stop"), getattr(r, "step"), len(r), r.count(4), r.count(-2), 4 in r)
r = range(10, 0, -3)
print(r.index(10), r.index(4), r.index(True) if 1 in r else "-", range(5).index(True), range(5).count(True), range(5).count(1.0))
show("index missing", lambda: r.index(5))
show("index str", lambda: r.index("a"))
show("index float", lambda: range(5).index(2.0))
show("index float missing", lambda: range(5).index(2.5))
show("count none", lambda: r.count())
show("index none", lambda: r.index())
show("count kw", lambda: r.count(x=1))
print(range(0) == range(5, 5), range(1, 4) == range(1, 5)[:3], range(3) == range(0, 3, 1), range(3) != range(4))
print(hash(range(3)) == hash(range(0, 3)), range(10)[2:8:2], range(10)[::-1], range(10)[-3:], range(10, 0, -2)[1:3])
print(10 ** 6 in range(0, 10 ** 7, 2), (10 ** 6 + 1) in range(0, 10 ** 7, 2), -1 in range(5), 5 in range(5))
print(getattr(range(1, 3), "count")(2), range.index(range(3), 2), hasattr(range(3), "start"), hasattr(range(3), "foo"))
print(sorted(n for n in dir(range(3)) if not n.startswith("_")), sorted(n for n in dir(()) if not n.startswith("_")))

# x.start, x.stop, x.step loads: of a range, a slice, and of user objects.
r = range(2, 20, 3)
print(r.start, r.stop, r.step, range(5).stop, slice(1, 9, 2).stop, [q.step for q in [range(0, 4, 2), slice(None)]])


class Span:
    step = 1

    def __init__(self, a, b):
        self.start = a
        self.stop = b

    def width(self):
        return self.stop - self.start


s = Span(3, 8)
print(s.start, s.stop, s.step, s.width())
show("missing", lambda: (1, 2).start)
