# Кооперативное наследование: super().__init__(**kw), миксины с __repr__, счётчики экземпляров по классам
class Base:
    _counts = {}

    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"{type(self).__name__}: лишние аргументы {sorted(kwargs)}")
        cls = type(self)
        Base._counts[cls.__name__] = Base._counts.get(cls.__name__, 0) + 1

    @classmethod
    def created(cls):
        return Base._counts.get(cls.__name__, 0)

    def describe(self):
        return [f"{type(self).__name__}:"]

    def __repr__(self):
        fields = ", ".join(f"{k}={sorted(v) if isinstance(v, set) else v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"


class Named(Base):
    def __init__(self, *, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)

    def describe(self):
        return super().describe() + [f"имя={self.name}"]


class Timestamped(Base):
    clock = 0

    def __init__(self, **kwargs):
        Timestamped.clock += 1
        self.created_at = Timestamped.clock
        super().__init__(**kwargs)

    def describe(self):
        return super().describe() + [f"t={self.created_at}"]


class Tagged(Base):
    def __init__(self, *, tags=(), **kwargs):
        self.tags = set(tags)
        super().__init__(**kwargs)

    def describe(self):
        return super().describe() + [f"теги={sorted(self.tags)}"]


class Document(Named, Timestamped, Tagged):
    def __init__(self, text="", **kwargs):
        self.text = text
        super().__init__(**kwargs)


class Note(Tagged, Named):
    pass


print([c.__name__ for c in Document.__mro__])
d = Document("Текст", name="Договор", tags=["юр", "важно"])
print(d)
print(" ".join(d.describe()))
n = Note(name="Заметка", tags={"личное"})
print(n, " ".join(n.describe()))
try:
    Document(name="x", colour="красный")
except TypeError as e:
    print("TypeError:", e)
try:
    Note(tags=["a"])
except TypeError as e:
    print("TypeError:", e)
Document(name="второй")
print(Document.created(), Note.created(), Base.created(), Base._counts)


class Shape:
    sides = 0
    label = "фигура"

    def __init__(self):
        self.label = self.label.upper()

    @property
    def info(self):
        return f"{self.label}: {self.sides} стор."


class Triangle(Shape):
    sides = 3
    label = "треугольник"


class Square(Shape):
    sides = 4

    @property
    def info(self):
        return "□ " + super().info


t, s = Triangle(), Square()
print(t.info, "|", s.info, "|", Shape.label, Triangle.label, t.label, vars(t))
Triangle.sides = 30
print(t.info, Shape().info, hasattr(Shape, "info"), type(Shape.info).__name__)
del t.label
print(t.label, t.info)
Square.label = "квадрат"
print(Square().info, s.info)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), [k.__name__ for k in D.mro()], D.__bases__, B.__subclasses__())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
