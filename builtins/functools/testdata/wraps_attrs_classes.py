# Attributes set on a functools.wraps wrapper are the wrapper function's
# own (the decorator's counter), and the wrapped function's show through.
import functools


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def tagged(func):
    setattr(func, "tag", "метка")
    return func


@counted
@tagged
def greet(name):
    """Приветствие."""
    return "привет, " + name


print(greet.calls, greet("мир"), greet("Аня"), greet.calls)
print(greet.__name__, greet.__doc__, greet.tag, greet.__wrapped__.tag)
greet.extra = [1]
print(greet.extra, hasattr(greet, "missing"), getattr(greet, "missing", None))
try:
    greet.missing
except AttributeError as e:
    print("AttributeError:", e)
