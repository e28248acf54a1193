# Конфигурация: __getattr__/__setattr__/__delattr__/__dir__, свойства с deleter, __init_subclass__-реестр
class Конфиг:
    _разрешённые = {"хост", "порт", "отладка"}

    def __init__(self, **значения):
        object.__setattr__(self, "_данные", {})
        for k, v in значения.items():
            setattr(self, k, v)

    def __getattr__(self, имя):
        try:
            return self._данные[имя]
        except KeyError:
            raise AttributeError(f"нет настройки «{имя}»") from None

    def __setattr__(self, имя, значение):
        if имя not in self._разрешённые:
            raise AttributeError(f"настройка «{имя}» не разрешена")
        self._данные[имя] = значение

    def __delattr__(self, имя):
        if имя not in self._данные:
            raise AttributeError(имя)
        del self._данные[имя]

    def __dir__(self):
        return sorted(self._данные) + ["обновить"]

    def __contains__(self, имя):
        return имя in self._данные

    def __repr__(self):
        return "Конфиг(" + ", ".join(f"{k}={v!r}" for k, v in self._данные.items()) + ")"

    def обновить(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
        return self


к = Конфиг(хост="localhost", порт=8080)
print(к, к.хост, "порт" in к, "отладка" in к, dir(к), getattr(к, "отладка", "по умолчанию"), hasattr(к, "отладка"))
к.обновить(отладка=True, порт=9090)
print(к)
for действие in (lambda: setattr(к, "пароль", "123"), lambda: к.таймаут, lambda: delattr(к, "таймаут")):
    try:
        действие()
    except AttributeError as e:
        print("AttributeError:", e)
del к.отладка
print(к, vars(к))


class Температура:
    def __init__(self, цельсий=0.0):
        self._ц = цельсий

    @property
    def цельсий(self):
        """Температура в градусах Цельсия."""
        return self._ц

    @цельсий.setter
    def цельсий(self, v):
        if v < -273.15:
            raise ValueError(f"ниже абсолютного нуля: {v}")
        self._ц = v

    @цельсий.deleter
    def цельсий(self):
        print("сброс температуры")
        self._ц = 0.0

    фаренгейт = property(lambda self: self._ц * 9 / 5 + 32, lambda self, f: setattr(self, "цельсий", (f - 32) * 5 / 9))


т = Температура(25)
т.фаренгейт = 212
print(т.цельсий, т.фаренгейт, Температура.цельсий.__doc__, type(Температура.фаренгейт).__name__)
del т.цельсий
print(т.цельсий)
try:
    т.цельсий = -300
except ValueError as e:
    print("ValueError:", e)
try:
    del т.фаренгейт
except AttributeError as e:
    print("AttributeError:", e)


class Команда:
    реестр = {}

    def __init_subclass__(cls, /, имя=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.имя = имя or cls.__name__.lower()
        Команда.реестр[cls.имя] = cls

    def __call__(self, *аргументы):
        return f"{self.имя}: {self.выполнить(*аргументы)}"


class Сложить(Команда, имя="+"):
    def выполнить(self, a, b):
        return a + b


class Повтор(Команда):
    def выполнить(self, s, n=2):
        return s * n


class Громко(Повтор, имя="громко"):
    def выполнить(self, s, n=2):
        return super().выполнить(s.upper(), n)


print(sorted(Команда.реестр), Команда.реестр["+"]()(2, 3), Команда.реестр["повтор"]()("ха", 3), Громко()("эй"))
print([c.__name__ for c in Громко.__mro__], Громко.имя, Повтор.имя, issubclass(Громко, Команда))
try:
    class Плохая(Команда, цвет="красный"):
        pass
except TypeError as e:
    print("TypeError:", e)
