# Декораторы-объекты с состоянием (__call__), декораторы классов, functools.wraps, __get__ для методов
import functools


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)

    def __repr__(self):
        return f"<CountCalls {self.__qualname__} calls={self.calls}>"


class Retry:
    def __init__(self, times, exceptions=(ValueError,)):
        self.times = times
        self.exceptions = exceptions
        self.log = []

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, self.times + 1):
                try:
                    return func(*args, **kwargs)
                except self.exceptions as e:
                    self.log.append(f"{func.__name__}: попытка {attempt} — {e}")
            raise RuntimeError(f"{func.__name__} не удалась после {self.times} попыток")
        wrapper.retry = self
        return wrapper


@CountCalls
def greet(name, greeting="Привет"):
    """Приветствует по имени."""
    return f"{greeting}, {name}!"


print(greet("Оля"), greet("Иван", greeting="Здравствуй"))
print(greet.calls, greet.__name__, greet.__doc__, greet)
print(greet.__wrapped__("мир"), greet.calls)

attempts = iter([ValueError("сеть недоступна"), ValueError("таймаут"), "готово"])


@Retry(times=3)
def fetch(url):
    item = next(attempts)
    if isinstance(item, Exception):
        raise item
    return f"{url} -> {item}"


print(fetch("http://пример.рф"))
print(*fetch.retry.log, sep="\n")
print(fetch.__name__, fetch.__wrapped__.__name__)


@Retry(times=2, exceptions=(KeyError, IndexError))
def pick(seq, i):
    return seq[i]


try:
    pick([], 0)
except RuntimeError as e:
    print("RuntimeError:", e)
print(pick.retry.log)
try:
    pick([], "x")
except TypeError as e:
    print("TypeError:", e)


def register_fields(*names):
    def decorate(cls):
        cls.FIELDS = names
        original_init = cls.__init__

        def __init__(self, *args, **kwargs):
            original_init(self, *args, **kwargs)
            for n in names:
                setattr(self, n, kwargs.get(n, "—"))
        cls.__init__ = __init__
        cls.__repr__ = lambda self: f"{cls.__name__}(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in names) + ")"
        return cls
    return decorate


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get


@register_fields("город", "индекс")
class Address:
    def __init__(self, **kwargs):
        self.raw = kwargs


@singleton
class Config:
    def __init__(self, name):
        self.name = name


class Shop:
    @CountCalls
    def price(self, base):
        return base * 2


print(Address(город="Казань"), Address.FIELDS, Address().raw)
c1, c2 = Config("первый"), Config("второй")
print(c1 is c2, c1.name, Config.__name__)
s = Shop()
print(s.price(10), s.price(5), Shop.price.calls, type(Shop.__dict__["price"]).__name__)
