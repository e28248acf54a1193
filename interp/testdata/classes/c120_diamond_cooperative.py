class Сотрудник:
    """Базовый класс: принимает только известные ему ключевые аргументы."""

    def __init__(self, *, имя, **kwargs):
        print(f"  Сотрудник.__init__ (осталось {sorted(kwargs)})")
        super().__init__(**kwargs)
        self.имя = имя

    def обязанности(self):
        return ["работать"]

    def __str__(self):
        return f"{type(self).__name__} {self.имя}: {', '.join(self.обязанности())}"


class Программист(Сотрудник):
    def __init__(self, *, язык="Python", **kwargs):
        print("  Программист.__init__")
        super().__init__(**kwargs)
        self.язык = язык

    def обязанности(self):
        return super().обязанности() + [f"писать на {self.язык}"]


class Руководитель(Сотрудник):
    def __init__(self, *, отдел, **kwargs):
        print("  Руководитель.__init__")
        super().__init__(**kwargs)
        self.отдел = отдел

    def обязанности(self):
        return super().обязанности() + [f"руководить отделом «{self.отдел}»"]


class Техлид(Программист, Руководитель):
    def обязанности(self):
        return super().обязанности() + ["проводить ревью"]


print([c.__name__ for c in Техлид.__mro__])
т = Техлид(имя="Анна", язык="Go", отдел="Платформа")
print(т)
print(Техлид.mro() == list(Техлид.__mro__), Техлид.__bases__, Сотрудник.__base__)
print(super(Программист, т).обязанности())
print(super(Руководитель, т).обязанности(), Руководитель.обязанности(т))
try:
    Техлид(имя="Борис", отдел="ИТ", зарплата=100)
except TypeError as e:
    print("TypeError:", e)
try:
    Техлид(язык="C")
except TypeError as e:
    print("TypeError:", e)


class A:
    def кто(self):
        return "A"


class B(A):
    def кто(self):
        return "B>" + super().кто()


class C(A):
    def кто(self):
        return "C>" + super().кто()


class D(B, C):
    def кто(self):
        return "D>" + super().кто()


print(D().кто(), [k.__name__ for k in D.__mro__], super(B, D()).кто(), super(C, D()).кто())
try:
    class Плохой(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Дубль(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(D, A), isinstance(D(), C), D.__mro__.index(C), B.__subclasses__())
s = super(D, D())
print(s.кто(), type(s).__name__, isinstance(s, D))
try:
    super(B, C()).кто()
except TypeError as e:
    print("TypeError:", e)
