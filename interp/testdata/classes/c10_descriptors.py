# Дескрипторы: __get__/__set__/__set_name__, валидация полей
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print(f"  __set_name__: {owner.__name__}.{name}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            kinds = self.kind if isinstance(self.kind, tuple) else (self.kind,)
            raise TypeError(f"{self.name} должно быть {'|'.join(k.__name__ for k in kinds)}, а не {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f"  удаляю {self.name}")
        delattr(obj, self.private)


class Range(Typed):
    def __init__(self, lo, hi):
        super().__init__((int, float), default=lo)
        self.lo, self.hi = lo, hi

    def __set__(self, obj, value):
        super().__set__(obj, value)
        if not self.lo <= value <= self.hi:
            raise ValueError(f"{self.name}={value} вне [{self.lo}, {self.hi}]")


class Lazy:
    """Не-data дескриптор: вычисляет и кладёт в __dict__ экземпляра."""

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        print(f"  вычисляю {self.attr}")
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        return value


print("определяю класс")


class Student:
    name = Typed(str, "безымянный")
    age = Range(16, 99)
    score = Range(0, 100)

    def __init__(self, name, age):
        self.name = name
        self.age = age

    @Lazy
    def initials(self):
        """Инициалы студента."""
        return "".join(p[0] + "." for p in self.name.split())


st = Student("Иван Сергеевич", 20)
print(st.name, st.age, st.score, sorted(vars(st)))
print(st.initials, st.initials, "initials" in vars(st))
for attr, val in [("age", 15), ("age", "двадцать"), ("name", 7), ("score", 101.5)]:
    try:
        setattr(st, attr, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
st.score = 87.5
print(st.score, st._score)
del st.score
print(st.score)
print(type(Student.name).__name__, Student.age.lo, Student.initials.__doc__)
print(isinstance(Student.__dict__["age"], Typed), Student.name.private)
st.__dict__["name"] = "подмена"
print(st.name, st.__dict__["name"])
st.__dict__["initials"] = "X"
print(st.initials)


class Constant:
    def __get__(self, obj, cls):
        return 42


class Holder:
    answer = Constant()


h = Holder()
print(h.answer, Holder.answer)
h.answer = 7
print(h.answer, Holder.answer)
