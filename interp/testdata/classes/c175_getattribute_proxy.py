# __getattribute__, __getattr__, __setattr__, __delattr__: журналирующий прокси и «замороженный» объект
class Журнал:
    def __init__(self):
        object.__setattr__(self, "_записи", [])

    def __getattribute__(self, имя):
        if not имя.startswith("_"):
            object.__getattribute__(self, "_записи").append(("get", имя))
        return object.__getattribute__(self, имя)

    def __getattr__(self, имя):
        self._записи.append(("missing", имя))
        if имя.startswith("по_умолчанию_"):
            return имя.removeprefix("по_умолчанию_")
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {имя!r}")

    def __setattr__(self, имя, значение):
        self._записи.append(("set", имя))
        super().__setattr__(имя, значение)

    def __delattr__(self, имя):
        self._записи.append(("del", имя))
        super().__delattr__(имя)

    def метод(self):
        return "метод вызван"


ж = Журнал()
ж.x = 1
print(ж.x, ж.метод(), ж.по_умолчанию_цвет, getattr(ж, "y", "нет"), hasattr(ж, "z"), hasattr(ж, "x"))
del ж.x
try:
    del ж.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    ж.q
except AttributeError as e:
    print("AttributeError:", e)
print(ж._записи)


class Заморожен:
    __slots__ = ("_данные",)

    def __init__(self, **kw):
        object.__setattr__(self, "_данные", dict(kw))

    def __getattr__(self, имя):
        try:
            return self._данные[имя]
        except KeyError:
            raise AttributeError(имя) from None

    def __setattr__(self, имя, значение):
        raise AttributeError(f"нельзя изменить «{имя}»: объект заморожен")

    def __delattr__(self, имя):
        raise AttributeError(f"нельзя удалить «{имя}»")

    def __repr__(self):
        return "Заморожен(" + ", ".join(f"{k}={v!r}" for k, v in self._данные.items()) + ")"

    def __eq__(self, other):
        return isinstance(other, Заморожен) and self._данные == other._данные

    def __hash__(self):
        return hash(tuple(sorted(self._данные.items())))


з = Заморожен(имя="Анна", возраст=30)
print(з, з.имя, з.возраст, з == Заморожен(возраст=30, имя="Анна"), len({з, Заморожен(имя="Анна", возраст=30)}))
for действие in (lambda: setattr(з, "имя", "Б"), lambda: delattr(з, "имя"), lambda: з.адрес, lambda: object.__setattr__(з, "новое", 1)):
    try:
        действие()
    except AttributeError as e:
        print("AttributeError:", e)


class Ленивый:
    def __init__(self, загрузчик):
        self._загрузчик = загрузчик
        self._объект = None

    def __getattr__(self, имя):
        if self._объект is None:
            print("  загрузка...")
            self._объект = self._загрузчик()
        return getattr(self._объект, имя)


л = Ленивый(lambda: "Привет, мир")
print(л.upper(), л.split(", "), л.__class__.__name__, type(л).__name__)
try:
    л.нет_такого
except AttributeError as e:
    print("AttributeError:", e)


class Счётчик:
    доступы = 0

    def __getattribute__(self, имя):
        type(self).доступы += 1
        return super().__getattribute__(имя)


с = Счётчик()
с.a = 5
print(с.a, с.a + с.a, Счётчик.доступы, getattr(с, "a"), Счётчик.доступы, vars(с), Счётчик.доступы)


class Базовый:
    def __getattr__(self, имя):
        return f"<{имя}>"


class Потомок(Базовый):
    цвет = "синий"

    @property
    def сломанное(self):
        raise AttributeError("внутри свойства")


п = Потомок()
print(п.цвет, п.размер, п.сломанное, getattr(п, "__len__", "нет dunder") if False else "-")
