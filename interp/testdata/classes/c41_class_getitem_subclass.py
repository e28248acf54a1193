# __class_getitem__ и __init_subclass__: типизированные контейнеры и реестр без метаклассов
class TypedList:
    item_type = object

    def __class_getitem__(cls, item):
        name = f"{cls.__name__}[{getattr(item, '__name__', item)}]"
        return type(name, (cls,), {"item_type": item})

    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.append(x)

    def append(self, x):
        if not isinstance(x, self.item_type):
            raise TypeError(f"{type(self).__name__}: ожидался {self.item_type.__name__}, получен {type(x).__name__}")
        self.items.append(x)

    def __repr__(self):
        return f"{type(self).__name__}({self.items})"


IntList = TypedList[int]
nums = IntList([1, 2, 3])
print(nums, IntList.__name__, issubclass(IntList, TypedList))
try:
    nums.append("четыре")
except TypeError as e:
    print("TypeError:", e)
print(TypedList[str](["а", "б"]))
print(list[int], dict[str, list[int]], tuple[int, ...])


class Serializer:
    formats = {}

    def __init_subclass__(cls, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt is None:
            raise TypeError(f"{cls.__name__}: не задан формат")
        if fmt in Serializer.formats:
            raise ValueError(f"формат {fmt!r} уже занят классом {Serializer.formats[fmt].__name__}")
        cls.fmt = fmt
        Serializer.formats[fmt] = cls

    @classmethod
    def for_format(cls, fmt):
        try:
            return cls.formats[fmt]()
        except KeyError:
            raise ValueError(f"неизвестный формат {fmt!r}") from None


class CSV(Serializer, fmt="csv"):
    def dump(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


class Table(Serializer, fmt="table"):
    def dump(self, rows):
        widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
        return "\n".join(" | ".join(str(c).ljust(w) for c, w in zip(r, widths)) for r in rows)


rows = [("город", "население"), ("Москва", 13010112), ("Тула", 475161)]
for fmt in ("csv", "table"):
    s = Serializer.for_format(fmt)
    print(f"--- {fmt} ({type(s).__name__}) ---")
    print(s.dump(rows))
try:
    Serializer.for_format("xml")
except ValueError as e:
    print("ValueError:", e, e.__suppress_context__)
try:
    class Broken(Serializer):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Serializer, fmt="csv"):
        pass
except ValueError as e:
    print("ValueError:", e)
print(sorted(Serializer.formats), "Dup" in [c.__name__ for c in Serializer.formats.values()])


class Base:
    subclasses = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.subclasses.append(cls.__name__)


class A(Base): pass
class B(A): pass
class C(B, Base): pass


print(Base.subclasses, [k.__name__ for k in C.__mro__])
print(Base.__subclasses__(), A.__subclasses__())
