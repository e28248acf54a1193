def f(x):
    if x == 2:
        raise KeyError(x)
    return x
cases = {
 "listcomp": lambda: [x for x in map(f, [1, 2, 3])],
 "setcomp": lambda: {x for x in map(f, [1, 2, 3])},
 "dictcomp": lambda: {x: 1 for x in map(f, [1, 2, 3])},
 "genexp": lambda: list(x for x in map(f, [1, 2, 3])),
 "list": lambda: list(map(f, [1, 2, 3])),
 "tuple": lambda: tuple(map(f, [1, 2, 3])),
 "set": lambda: set(map(f, [1, 2, 3])),
 "frozenset": lambda: frozenset(map(f, [1, 2, 3])),
 "dict": lambda: dict(zip(map(f, [1, 2, 3]), "abc")),
 "sorted": lambda: sorted(map(f, [1, 2, 3])),
 "sum": lambda: sum(map(f, [1, 2, 3])),
 "max": lambda: max(map(f, [1, 2, 3])),
 "min": lambda: min(map(f, [1, 2, 3])),
 "any": lambda: any(map(lambda x: f(x) > 5, [1, 2, 3])),
 "all": lambda: all(map(f, [1, 2, 3])),
 "join": lambda: "".join(map(str, map(f, [1, 2, 3]))),
 "star": lambda: print(*map(f, [1, 2, 3])),
 "list.extend": lambda: [].extend(map(f, [1, 2, 3])),
 "set.update": lambda: set().update(map(f, [1, 2, 3])),
 "in": lambda: 3 in map(f, [1, 2, 3]),
 "enumerate": lambda: list(enumerate(map(f, [1, 2, 3]))),
 "str.join zip": lambda: dict(zip("abc", map(f, [1, 2, 3]))),
 "sorted zip": lambda: sorted(zip("abc", map(f, [1, 2, 3]))),
 "tuple filter": lambda: tuple(filter(f, [1, 2, 3])),
 "deque": lambda: __import__("collections").deque(map(f, [1, 2, 3])),
 "Counter": lambda: __import__("collections").Counter(map(f, [1, 2, 3])),
 "chain": lambda: list(__import__("itertools").chain(map(f, [1, 2, 3]))),
 "heapq": lambda: __import__("heapq").nlargest(2, map(f, [1, 2, 3])),
 "fromkeys": lambda: dict.fromkeys(map(f, [1, 2, 3])),
 "islice": lambda: list(__import__("itertools").islice(map(f, [1, 2, 3]), 5)),
}
for k, c in cases.items():
    try:
        print(k, c())
    except KeyError as e:
        print(k, "KeyError", e)
def unpack():
    a, b, c = map(f, [1, 2, 3])
try:
    unpack()
except KeyError as e:
    print("unpack KeyError", e)
try:
    for a in map(f, [1, 2, 3]):
        pass
except KeyError as e:
    print("for KeyError", e)
print(3 in iter([1, 2, 3]), 2 in (x for x in [1, 2]), 5 in map(abs, [-5]), 7 in zip([1]))
