# Реестр плагинов через __init_subclass__, декораторы классов, class attributes
import functools

REGISTRY = {}


class Plugin:
    registry = {}
    priority = 0

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print(f"  зарегистрирован {cls.plugin_name!r} (приоритет {priority})")

    def run(self, text):
        raise NotImplementedError

    @classmethod
    def create(cls, name):
        try:
            return cls.registry[name]()
        except KeyError:
            raise LookupError(f"нет плагина {name!r}; есть: {', '.join(sorted(cls.registry))}") from None


class Upper(Plugin, name="верх", priority=2):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, priority=5):
    def run(self, text):
        return text[::-1]


class Counter(Plugin, name="счёт"):
    def run(self, text):
        return f"{text} ({len(text)} симв.)"


def register(cls):
    REGISTRY[cls.__name__] = cls
    cls.registered = True
    return cls


def add_repr(*fields):
    def decorate(cls):
        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{cls.__name__}({inner})"
        cls.__repr__ = __repr__
        return cls
    return decorate


@register
@add_repr("город", "население")
class City:
    count = 0

    def __init__(self, город, население):
        self.город = город
        self.население = население
        City.count += 1
        self.count = City.count * 100


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


class Service:
    @count_calls
    def handle(self, x):
        """Обработка запроса."""
        return x * 2


print(sorted(Plugin.registry))
for name in sorted(Plugin.registry, key=lambda n: -Plugin.registry[n].priority):
    p = Plugin.create(name)
    print(f"{name:>8} -> {p.run('Привет, мир')}")
try:
    Plugin.create("нет")
except LookupError as e:
    print("LookupError:", e, e.__suppress_context__)
print(Upper.priority, Plugin.priority, Reverse.plugin_name, hasattr(Plugin, "plugin_name"))
m = City("Москва", 13_000_000)
k = City("Казань", 1_300_000)
print(m, k, REGISTRY, City.registered)
print(City.count, m.count, k.count, vars(m))
del m.count
print(m.count, City.__dict__["count"])
s = Service()
print(s.handle(2), s.handle("ab"), Service.handle.calls, Service.handle.__name__, Service.handle.__doc__)
print(Service.handle.__wrapped__.__name__)
try:
    Plugin().run("x")
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
