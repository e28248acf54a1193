# An operand holding a generator expression or a lambda, in a division
# by a name or a % formatting, runs (the lowering must not copy it).
def f(xs, n):
    return sum(v for v in xs) / n
print(f([1,2,3], 2))
def g(xs, n):
    return sum(map(lambda v: v, xs)) // n
print(g([1,2,3], 2))
def h(fmt, xs):
    return fmt % tuple(v for v in xs)
print(h("%s-%s", [1,2]))
def k(xs, n):
    return sum(v for v in xs) % n
print(k([1,2,3], 4))
def m(n):
    return (lambda: 3)() % n
print(m(2))
for fn, a in ((f, ([1], 0)), (g, ([1], 0)), (k, ([1], 0)), (m, (0,)), (f, ([1.0], 0))):
    try:
        fn(*a)
    except ZeroDivisionError as e:
        print(fn.__name__, e)
