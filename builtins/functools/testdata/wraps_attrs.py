# A functools.wraps wrapper has a __dict__: the wrapped function's
# attributes are copied into it, a decorator may set its own (calls,
# cache...), and a method keeps its class-qualified __qualname__.
import functools


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def tagged(fn):
    fn.tag = "original"
    return fn


@counted
@tagged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(1, 2), add(3, 4), add.calls, add.tag, add.__name__, add.__doc__, add.__qualname__)
add.tag = "changed"
print(add.tag, add.__wrapped__.tag, sorted(k for k in add.__dict__), add.__dict__["calls"])
del add.calls
print(hasattr(add, "calls"))
try:
    del add.calls
except AttributeError as e:
    print("AttributeError:", e)


class Shop:
    @counted
    def buy(self, item):
        return f"bought {item}"

    def sell(self):
        pass

    @staticmethod
    @counted
    def helper():
        return "h"


s = Shop()
print(s.buy("milk"), Shop.buy.calls, Shop.buy.__qualname__, Shop.sell.__qualname__, Shop.helper.__qualname__)
print(Shop.helper(), Shop.helper.calls)


def outer_deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner


@outer_deco
@counted
def twice(x):
    return 2 * x


print(twice(5), twice.calls, twice.__wrapped__.calls, twice.__wrapped__.__wrapped__.__name__)
w = functools.update_wrapper(lambda: 1, add)
print(w.__name__, w.tag)


def register(fn):
    fn.registered = True
    fn.hits = 0
    return fn


def hit(func):
    func.hits += 1
    return func.hits


@register
def handler_one():
    pass


print(handler_one.registered, hit(handler_one), hit(handler_one), getattr(handler_one, "hits"))
