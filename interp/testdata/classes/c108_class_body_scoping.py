x = "глобальный"
len = len


class Пример:
    x = "класс"
    y = x + "!"
    слова = ["раз", "два", "три"]
    длины = [len(w) for w in слова]
    пары = [(w, x) for w in слова[:1]]
    таблица = {w: i for i, w in enumerate(слова)}

    def метод(self):
        return x

    def метод2(self):
        return self.x, type(self).y

    лямбда = lambda self: x
    вложенный = [lambda: x for _ in range(1)][0]


p = Пример()
print(Пример.y, Пример.длины, Пример.пары, Пример.таблица)
print(p.метод(), p.метод2(), p.лямбда(), Пример.вложенный())


def фабрика(префикс):
    class Внутренний:
        имя = префикс + "_класс"
        копия = имя.upper()

        def показать(self):
            return префикс, self.имя

        def __repr__(self):
            return f"<{type(self).__qualname__} {self.имя}>"

    return Внутренний


В = фабрика("тест")
print(В().показать(), В.копия, В(), В.__qualname__)


class Счётчик:
    всего = 0

    def __init__(self):
        Счётчик.всего += 1
        self.номер = Счётчик.всего


[Счётчик() for _ in range(3)]
print(Счётчик.всего, Счётчик().номер)


class Конфиг:
    значения = {"a": 1}
    print("в теле класса:", sorted(значения), __qualname__, __module__)
    значения["b"] = 2
    del значения["a"]
    итог = sorted(значения.items())


print(Конфиг.итог, "__qualname__" in vars(Конфиг), Конфиг.__module__)


class Переопределение:
    def format(self, значение):
        return format(значение, ">6")

    def sum(self, *числа):
        return sum(числа) + sum(x for x in числа)

    def print(self, *a):
        print("»", *a)

    def max(self, *a):
        key = lambda v: -v
        return max(a, key=key)

    def sorted(self, данные):
        def внутр():
            return sorted(данные)
        return внутр()

    размер = len("четыре")

    def len(self):
        return len([1, 2])


o = Переопределение()
o.print(o.format("ёж"), o.sum(1, 2), o.max(3, 1, 2), o.sorted("вба"), Переопределение.размер, o.len())


class База:
    def __init__(self):
        self.trace = []

    def hook(self):
        self.trace.append("база")


class Наследник(База):
    def hook(self):
        super().hook()
        self.trace.append("наследник")

    def запуск(self):
        [self.hook() for _ in range(2)]
        return self.trace


print(Наследник().запуск())
try:
    class Ошибочный:
        a = b_undefined
except NameError as e:
    print("NameError:", e)
