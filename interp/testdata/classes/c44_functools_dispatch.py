# functools: singledispatch, lru_cache и cache_info, reduce, partial и partialmethod
from functools import singledispatch, singledispatchmethod, lru_cache, reduce, partial, partialmethod, wraps
import operator


@singledispatch
def describe(value):
    return f"нечто: {value!r}"


@describe.register(int)
def _(value):
    return f"целое {value} ({'чёт' if value % 2 == 0 else 'нечет'})"


@describe.register(float)
def _(value):
    return f"дробное {value:.2f}"


@describe.register(list)
@describe.register(tuple)
def _(value):
    return "последовательность из " + ", ".join(describe(v) for v in value)


@describe.register(str)
def _(value):
    return f"строка «{value}» длиной {len(value)}"


for v in (42, 3.14159, "привет", [1, 2.5], (7,), None, 2 ** 70):
    print(describe(v))
print(describe.dispatch(bool).__name__ == describe.dispatch(int).__name__, sorted(t.__name__ for t in describe.registry if t is not object))


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print(partitions(30, 30), partitions.cache_info())
partitions.cache_clear()
print(partitions.cache_info())


@lru_cache(maxsize=2)
def square(x):
    print(f"  вычисляю {x}²")
    return x * x


for x in (2, 3, 2, 4, 3):
    square(x)
print(square.cache_info())

print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + b, ["а", "б", "в"], ">"))
print(reduce(lambda acc, w: acc | {w[0]}, "кот корова собака".split(), set()) == {"к", "с"})
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

int2 = partial(int, base=2)
print(int2("1011"), int2.func is int, int2.keywords, partial(pow, 2)(10))


class Cell:
    def __init__(self):
        self.state = "пусто"

    def set_state(self, state):
        self.state = state
        return self

    set_alive = partialmethod(set_state, "жив")
    set_dead = partialmethod(set_state, "мёртв")


c = Cell()
print(c.set_alive().state, c.set_dead().state)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"

    @fmt.register(int)
    def _(self, arg):
        return f"#{arg:04d}"

    @fmt.register(list)
    def _(self, arg):
        return "[" + "|".join(self.fmt(a) for a in arg) + "]"


f = Formatter()
print(f.fmt(7), f.fmt([1, "x", 22]), f.fmt(2.5))


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"  {func.__name__}{args} -> {result}")
        return result
    return wrapper


@logged
def add(a, b):
    """Складывает."""
    return a + b


add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
