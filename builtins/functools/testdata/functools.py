import functools

def add(a, b, c=0):
    return a + b + c

p = functools.partial(add, 1)
print(p(2), p(2, c=3), p.args, p.keywords, p.func == add)
p2 = functools.partial(p, 5, c=10)
print(p2(), p2(c=1), p2.args, p2.keywords, p2.func == add)
print(functools.partial(max, 1, 2), functools.partial(max, 1, 2)(7))
print(repr(functools.partial(add, 1, c=3)).startswith("functools.partial(<function add at 0x"), repr(functools.partial(add, 1, c=3)).endswith(">, 1, c=3)"))
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 10), functools.reduce(lambda a, b: a + b, [], 0), functools.reduce(lambda a, b: a + b, ["x"]))

def logged(f):
    def wrapper(*args, **kwargs):
        print("calling")
        return f(*args, **kwargs)
    return functools.wraps(f)(wrapper)

def square(x):
    "Return x squared."
    return x * x

sq = logged(square)
print(sq(7), sq.__name__, sq.__doc__, sq.__wrapped__ == square)
print(repr(sq).startswith("<function square at 0x"))
w = functools.update_wrapper(lambda: 1, square)
print(w.__name__, w())

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

fib = functools.lru_cache(maxsize=None)(fib)
print(fib(30), fib.cache_info())
print(fib(30), fib.cache_info(), fib.cache_info().hits, fib.cache_info()[1])
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.cache_parameters())

calls = []
def slow(x, y=1):
    calls.append(x)
    return x * y

s = functools.lru_cache(maxsize=2)(slow)
for v in [1, 2, 1, 3, 2, 1, 1]:
    s(v)
print(calls, s.cache_info())
print(s(2, y=3), s(2, y=3), s(y=3, x=2), s.cache_info())
t = functools.lru_cache(slow)
print(t(4), t(4), t.cache_info())
z = functools.lru_cache(maxsize=0)(slow)
print(z(1), z(1), z.cache_info())
typed = functools.lru_cache(typed=True)(slow)
print(typed(1), typed(1.0), typed.cache_info())
c = functools.cache(slow)
print(c(9), c(9), c.cache_info())
print(repr(c).startswith("<functools._lru_cache_wrapper object at 0x"))

def cmp(a, b):
    return len(a) - len(b)

print(sorted(["ccc", "a", "bb", "dddd", "e"], key=functools.cmp_to_key(cmp)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
