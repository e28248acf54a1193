# A plugin registry: __init_subclass__ with keywords, __class_getitem__,
# typing.Generic at run time, classmethods through subclasses, and a
# metaclass whose __call__ makes singletons.
from typing import Generic, TypeVar, get_args, get_origin

T = TypeVar("T")


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

    @classmethod
    def create(cls, *args):
        print(f"  create {cls.__name__} via {cls.create.__func__.__qualname__}")
        return cls(*args)

    @staticmethod
    def ordered():
        return sorted(Plugin.registry.values(), key=lambda c: (-c.priority, c.plugin_name))


class Upper(Plugin, name="up", priority=5):
    def run(self, s):
        return s.upper()


class Reverse(Plugin):
    def run(self, s):
        return s[::-1]


class Shout(Upper, priority=9):
    def run(self, s):
        return super().run(s) + "!"


print(sorted(Plugin.registry), [c.__name__ for c in Plugin.ordered()])
print(Shout.plugin_name, Shout.priority, Upper.priority, Shout.create().run("hi"))
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def __repr__(self):
        return f"{type(self).__name__}({self.item!r})"


IntBox = Box[int]
b = IntBox(3)
print(b, type(b) is Box, get_origin(IntBox) is Box, get_args(IntBox), Box[str] == Box[str])
print(Box.__parameters__, IntBox.__origin__.__name__)


class Matrix:
    def __class_getitem__(cls, shape):
        rows, cols = shape
        return type(f"Matrix{rows}x{cols}", (cls,), {"shape": shape})


M23 = Matrix[2, 3]
print(M23.__name__, M23.shape, issubclass(M23, Matrix), Matrix[1, 1]().shape)


class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"  building {cls.__name__}{args}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self, env="dev"):
        self.env = env


class Logger(metaclass=SingletonMeta):
    pass


a, b2 = Config("prod"), Config("test")
print(a is b2, a.env, Logger() is Logger(), type(Config).__name__, isinstance(Config, SingletonMeta))
print(len(SingletonMeta._instances), Config.__class__.__mro__)
