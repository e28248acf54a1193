# type() of a functools.partial object is functools.partial, and the
# messages that name the type say so.
import functools

p = functools.partial(max, 3)
t = type(p)
print(t, t.__name__, t.__qualname__, t.__module__, p(7))
for bad in (lambda: p.nope, lambda: p + 1, lambda: len(p), lambda: p[0], lambda: iter(p)):
    try:
        bad()
    except (AttributeError, TypeError) as exc:
        print(type(exc).__name__, exc)
print(type(functools.partial(print)) is t)
