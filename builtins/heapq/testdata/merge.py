# heapq.merge: a lazy generator over sorted inputs; ties go to the
# earlier input; key and reverse; errors surface when iterated.
import heapq


def gen(*xs):
    for x in xs:
        print("  yield", x)
        yield x


print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(["bb", "a"], ["ccc", "d"], key=len)))
print(list(heapq.merge([(1, "a")], [(1, "b")], [(0, "z")])), type(heapq.merge([])).__name__)
print(list(heapq.merge("ace", "bdf")), list(heapq.merge([3, 1], [2], key=lambda x: -x)))
print(list(heapq.merge(["b", "B", "a"], ["A", "c"], key=str.lower)))
m = heapq.merge(gen(1, 4), gen(2, 3))
print("created")
print(next(m))
print(list(m))
print(repr(heapq.merge([])).startswith("<generator object merge at 0x"))
for bad in [lambda: list(heapq.merge(1)), lambda: heapq.merge([1], foo=2),
            lambda: list(heapq.merge([1], [2], key=5))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
