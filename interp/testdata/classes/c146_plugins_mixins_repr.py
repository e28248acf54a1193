# Реестр плагинов через __init_subclass__, миксины, обобщённый __repr__ через __class__.__name__
class РеестрМиксин:
    реестр = {}

    def __init_subclass__(cls, /, имя=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if имя:
            cls.реестр[имя] = cls
            cls.имя_плагина = имя


class РепрМиксин:
    def __repr__(self):
        поля = ", ".join(f"{к}={з!r}" for к, з in vars(self).items() if not к.startswith("_"))
        return f"{self.__class__.__name__}({поля})"


class СравнениеМиксин:
    def _ключ(self):
        return tuple(vars(self).values())

    def __eq__(self, other):
        return type(self) is type(other) and self._ключ() == other._ключ()

    def __hash__(self):
        return hash((type(self).__name__, self._ключ()))


class Экспорт(РепрМиксин, СравнениеМиксин, РеестрМиксин):
    расширение = ""

    def __init__(self, данные):
        self.данные = данные

    def выгрузить(self):
        raise NotImplementedError(f"{type(self).__name__}.выгрузить")


class CSV(Экспорт, имя="csv"):
    расширение = ".csv"

    def выгрузить(self):
        return "\n".join(",".join(map(str, строка)) for строка in self.данные)


class Markdown(Экспорт, имя="md"):
    расширение = ".md"

    def __init__(self, данные, заголовок="Таблица"):
        super().__init__(данные)
        self.заголовок = заголовок

    def выгрузить(self):
        строки = [f"# {self.заголовок}"]
        строки += ["| " + " | ".join(map(str, с)) + " |" for с in self.данные]
        return "\n".join(строки)


class Черновик(Экспорт):
    pass


данные = [("имя", "баллы"), ("Ёжиков", 87), ("Арбузова", 92)]
print(sorted(Экспорт.реестр), CSV.имя_плагина, hasattr(Черновик, "имя_плагина"))
for имя, класс in sorted(Экспорт.реестр.items()):
    плагин = класс(данные)
    print(f"--- {имя} ({класс.__name__}{класс.расширение})")
    print(плагин.выгрузить())
print(Markdown(данные[:1], заголовок="Шапка"))
print(CSV([1]) == CSV([1]), CSV([1]) == Markdown([1]), len({CSV((1,)), CSV((1,))}))
try:
    Черновик([]).выгрузить()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print([к.__name__ for к in Markdown.__mro__])
try:
    class Плохой(Экспорт, имя="x", лишний=1):
        pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(Экспорт.реестр))


class Счётчик:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.экземпляров = 0
        исходный = cls.__init__

        def __init__(self, *a, **k):
            type(self).экземпляров += 1
            исходный(self, *a, **k)

        cls.__init__ = __init__


class Узел(Счётчик):
    def __init__(self, значение):
        self.значение = значение


class Лист(Узел):
    pass


узлы = [Узел(1), Узел(2), Лист(3)]
print(Узел.экземпляров, Лист.экземпляров, [у.значение for у in узлы], Лист.__init__.__name__)
