# Множественное наследование: MRO, миксины, кооперативный super()
class Base:
    def __init__(self, **kwargs):
        self.log = []
        if kwargs:
            print("лишние аргументы:", kwargs)

    def hello(self):
        return ["Base"]


class JsonMixin:
    def to_json(self):
        import json
        data = {k: v for k, v in vars(self).items() if not k.startswith("_") and k != "log"}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    def hello(self):
        return ["JsonMixin"] + super().hello()


class LogMixin:
    def __init__(self, prefix="LOG", **kwargs):
        self.prefix = prefix
        super().__init__(**kwargs)
        self.log.append(f"{prefix}: создан {type(self).__name__}")

    def hello(self):
        return ["LogMixin"] + super().hello()


class Named(Base):
    def __init__(self, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)

    def hello(self):
        return ["Named"] + super().hello()


class User(JsonMixin, LogMixin, Named):
    def __init__(self, name, age, **kwargs):
        self.age = age
        super().__init__(name=name, **kwargs)

    def hello(self):
        return ["User"] + super().hello()


print([c.__name__ for c in User.__mro__])
u = User("Анна", 30, prefix="ЖУРНАЛ")
print(u.hello())
print(u.to_json())
print(u.log)
u2 = User("Пётр", 41, extra=1)
print(u2.prefix, u2.log)


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


print(D().who(), [k.__name__ for k in D.mro()])
print(super(B, D()).who())
print(super(C, D()).who())

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Q(Z, W): pass
except TypeError as e:
    print("TypeError:", e)

print(issubclass(D, (C, int)), isinstance(D(), A), D.__bases__)
print(hasattr(u, "to_json"), hasattr(u, "nothing"), getattr(u, "nothing", "нет"))
print(User.hello is not JsonMixin.hello, User.to_json is JsonMixin.to_json)
