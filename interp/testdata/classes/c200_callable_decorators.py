# Class-based decorators: __call__ with state, __get__ to bind to
# instances, functools.wraps/update_wrapper, classmethod alternative
# constructors through subclasses, and staticmethod helpers.
import functools


class counted:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self.__call__, obj)

    def __repr__(self):
        return f"<counted {self.__name__} calls={self.calls}>"


class memo:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}
        functools.wraps(fn)(self)

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]


@counted
def greet(name, punct="!"):
    """Say hello."""
    return f"Привет, {name}{punct}"


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(greet("Аня"), greet("Боря", punct="?"), greet, greet.__doc__, greet.__wrapped__.__name__)
print(fib(60), len(fib.cache), fib.__name__, callable(fib), callable(memo), callable(3))


class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))

    @staticmethod
    def valid(d):
        return d > -273.15

    @counted
    def describe(self, precise=False):
        return f"{self.degrees:.2f}°{self.scale}" if precise else f"{self.degrees}°{self.scale}"

    def __repr__(self):
        return f"{type(self).__name__}({self.degrees})"


class Kelvin(Temperature):
    scale = "K"

    @classmethod
    def from_fahrenheit(cls, f):
        base = super().from_fahrenheit(f)
        return cls(round(base.degrees + 273.15, 2))


t = Temperature.from_fahrenheit(212)
k = Kelvin.from_fahrenheit(32)
print(t, k, type(k).__name__, Kelvin.valid(-300), k.valid(5), Temperature.valid is Kelvin.valid)
print(t.describe(), k.describe(precise=True), Temperature.describe, Temperature.describe.calls)
bound = k.describe
print(type(bound).__name__, bound(), Temperature.describe.calls)
print(Temperature.from_fahrenheit.__self__ is Temperature, Kelvin.from_fahrenheit.__func__.__qualname__)
print(type(Temperature.__dict__["valid"]).__name__, type(Temperature.__dict__["from_fahrenheit"]).__name__)


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value

    def __or__(self, other):
        return Pipeline(*self.steps, other)


clean = Pipeline(str.strip, str.lower) | (lambda s: s.replace(" ", "-")) | functools.partial(str.__add__, "slug:")
print(clean("  Hello World  "), len(clean.steps), [getattr(s, "__name__", type(s).__name__) for s in clean.steps])
try:
    Pipeline()(1)(2)
except TypeError as e:
    print("TypeError:", e)
