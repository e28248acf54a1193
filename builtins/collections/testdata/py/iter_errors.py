# An error raised while collections iterates an argument propagates.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple


def items(n, exc):
    for i in range(n):
        yield i
    raise exc


class Items:
    """An iterable whose __next__ raises after two items."""

    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise KeyError("третий")
        return ("k%d" % self.i, self.i)


def attempt(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)


attempt("deque", lambda: deque(items(2, ValueError("deque"))))
d = deque([9])
attempt("extend", lambda: d.extend(items(3, ValueError("extend"))))
attempt("extendleft", lambda: d.extendleft(Items()))
attempt("Counter", lambda: Counter(items(2, RuntimeError("Counter"))))
c = Counter("ab")
attempt("update", lambda: c.update(items(1, ValueError("update"))))
attempt("subtract", lambda: c.subtract(Items()))
attempt("OrderedDict", lambda: OrderedDict(Items()))
attempt("defaultdict", lambda: defaultdict(int, Items()))
attempt("namedtuple fields", lambda: namedtuple("P", items(1, ValueError("fields"))))
P = namedtuple("P", "x y")
attempt("_make", lambda: P._make(items(1, ValueError("_make"))))
attempt("defaults", lambda: namedtuple("Q", "a b", defaults=items(1, ValueError("defaults"))))
attempt("pairs", lambda: OrderedDict([("a", 1), items(1, ValueError("pair"))]))
print(deque("Анна"), Counter("Анна").most_common(1))
