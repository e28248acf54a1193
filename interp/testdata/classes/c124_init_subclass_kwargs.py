class Плагин:
    """Базовый класс плагинов с регистрацией через __init_subclass__."""

    плагины = {}

    def __init_subclass__(cls, /, ключ=None, приоритет=0, **kwargs):
        super().__init_subclass__(**kwargs)
        if ключ is None:
            raise TypeError(f"{cls.__name__}: не указан ключ плагина")
        if not ключ.isidentifier():
            raise ValueError(f"{cls.__name__}: недопустимый ключ {ключ!r}")
        cls.ключ = ключ
        cls.приоритет = приоритет
        Плагин.плагины[ключ] = cls
        print(f"  зарегистрирован {cls.__qualname__} как {ключ!r} (приоритет {приоритет})")

    @classmethod
    def по_приоритету(cls):
        return [p.__name__ for p in sorted(cls.плагины.values(), key=lambda p: (-p.приоритет, p.ключ))]


class Экспорт(Плагин, ключ="экспорт", приоритет=5):
    pass


class ЭкспортCSV(Экспорт, ключ="csv"):
    pass


class Печать(Плагин, ключ="печать", приоритет=10):
    def __init__(self, принтер="по умолчанию"):
        self.принтер = принтер


print(Плагин.по_приоритету(), ЭкспортCSV.ключ, ЭкспортCSV.приоритет, Экспорт.приоритет)
print(Печать().принтер, Печать.ключ, "ключ" in vars(Плагин), sorted(Плагин.плагины))

for описание, создать in [
    ("без ключа", lambda: type("Без", (Плагин,), {})),
    ("плохой ключ", lambda: type("Плохой", (Плагин,), {}, ключ="1abc")),
    ("лишний аргумент", lambda: type("Лишний", (Плагин,), {}, ключ="x", цвет="синий")),
]:
    try:
        создать()
    except (TypeError, ValueError) as e:
        print(описание, "->", type(e).__name__ + ":", e)


class Поле:
    счётчик = 0

    def __init__(self, тип, по_умолчанию=None):
        self.тип = тип
        self.по_умолчанию = по_умолчанию
        Поле.счётчик += 1
        self.порядок = Поле.счётчик

    def __set_name__(self, владелец, имя):
        self.имя = имя
        self.скрытое = "_" + имя
        print(f"  __set_name__({владелец.__name__}, {имя!r})")

    def __get__(self, obj, тип=None):
        if obj is None:
            return self
        return getattr(obj, self.скрытое, self.по_умолчанию)

    def __set__(self, obj, значение):
        if not isinstance(значение, self.тип):
            raise TypeError(f"{self.имя}: ожидался {self.тип.__name__}, получен {type(значение).__name__}")
        setattr(obj, self.скрытое, значение)


class Модель:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.поля = sorted((v for v in vars(cls).values() if isinstance(v, Поле)), key=lambda п: п.порядок)

    def __init__(self, **kw):
        for п in self.поля:
            if п.имя in kw:
                setattr(self, п.имя, kw.pop(п.имя))
        if kw:
            raise TypeError(f"{type(self).__name__}() неизвестные поля: {', '.join(kw)}")

    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{п.имя}={getattr(self, п.имя)!r}" for п in self.поля) + ")"


class Товар(Модель):
    название = Поле(str, "без названия")
    цена = Поле(float, 0.0)
    количество = Поле(int, 1)


print([п.имя for п in Товар.поля], Товар.цена.скрытое)
print(Товар(название="Чайник", цена=1999.0), Товар())
for kw in [dict(цена="дорого"), dict(вес=2)]:
    try:
        Товар(**kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    class Ошибочный(object, ключ=1):
        pass
except TypeError as e:
    print("TypeError:", e)
