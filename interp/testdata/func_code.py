# A function's __code__: its name, first line and argument counts.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    x = 1
    return x
def timed(func):
    def wrapper(*a, **k):
        print("calling", func.__code__.co_name, func.__code__.co_argcount)
        return func(*a, **k)
    return wrapper
@timed
def work(n, m):
    return n + m
c = f.__code__
print(c.co_name, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_firstlineno)
print(work(1, 2), (lambda q: q).__code__.co_name, type(c).__name__)
