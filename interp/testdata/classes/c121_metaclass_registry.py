class РеестрМета(type):
    """Метакласс, регистрирующий все классы-обработчики."""

    реестр = {}

    def __new__(mcls, имя, базы, пространство, **kwargs):
        cls = super().__new__(mcls, имя, базы, пространство)
        if базы:
            ключ = пространство.get("команда", имя.lower())
            if ключ in mcls.реестр:
                raise TypeError(f"команда {ключ!r} уже зарегистрирована классом {mcls.реестр[ключ].__name__}")
            mcls.реестр[ключ] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        print(f"  создаём {cls.__name__}{args}")
        return super().__call__(*args, **kwargs)

    def __len__(cls):
        return len(type(cls).реестр)

    def __repr__(cls):
        return f"<обработчик {cls.__name__}>"


class Обработчик(metaclass=РеестрМета):
    def __init__(self, *аргументы):
        self.аргументы = аргументы

    def выполнить(self):
        raise NotImplementedError(f"{type(self).__name__}.выполнить() не реализован")


class Привет(Обработчик):
    команда = "привет"

    def выполнить(self):
        return "Привет, " + " ".join(self.аргументы) + "!"


class Сумма(Обработчик):
    def выполнить(self):
        return sum(map(int, self.аргументы))


class Пустой(Обработчик):
    pass


class Одиночка(type):
    _экземпляры = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Одиночка._экземпляры:
            Одиночка._экземпляры[cls] = super().__call__(*args, **kwargs)
        return Одиночка._экземпляры[cls]


class Настройки(metaclass=Одиночка):
    def __init__(self, язык="ru"):
        print("  Настройки.__init__", язык)
        self.язык = язык


def запустить(строка):
    имя, *аргументы = строка.split()
    cls = РеестрМета.реестр.get(имя)
    if cls is None:
        return f"неизвестная команда: {имя}"
    try:
        return cls(*аргументы).выполнить()
    except (NotImplementedError, ValueError) as e:
        return f"{type(e).__name__}: {e}"


print(sorted(РеестрМета.реестр), len(Обработчик), Привет, type(Привет), type(Привет).__name__)
for строка in ["привет мир и все", "сумма 1 2 3", "сумма 1 два", "пустой", "выход"]:
    print(строка, "->", запустить(строка))
try:
    class Дубль(Обработчик):
        команда = "сумма"
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Привет, РеестрМета), isinstance(Привет(), Обработчик), issubclass(РеестрМета, type))
а, б = Настройки("en"), Настройки("de")
print(а is б, а.язык, type(Настройки).__name__, Настройки.__class__.__name__)
print(РеестрМета.__mro__, РеестрМета.__doc__)
Динамический = РеестрМета("Динамический", (Обработчик,), {"выполнить": lambda self: "из type()"})
print(Динамический, Динамический().выполнить(), "динамический" in РеестрМета.реестр)
