import inspect


class Накопитель:
    def __init__(self, имя):
        self.имя = имя
        self.история = []

    def приём(self):
        итог = 0
        try:
            while True:
                значение = yield итог
                if значение is None:
                    continue
                if not isinstance(значение, (int, float)):
                    self.история.append(f"пропуск {значение!r}")
                    continue
                итог += значение
                self.история.append(итог)
        except GeneratorExit:
            self.история.append("закрыт")
            raise
        finally:
            self.история.append("finally")

    def средние(self):
        n = 0
        s = 0
        среднее = None
        while True:
            x = yield среднее
            if x == "стоп":
                return s, n
            n += 1
            s += x
            среднее = s / n

    def делегат(self):
        результат = yield from self.средние()
        self.история.append(("делегат", результат))
        return результат


н = Накопитель("касса")
g = н.приём()
print(inspect.isgenerator(g), inspect.isgeneratorfunction(Накопитель.приём), inspect.getgeneratorstate(g))
print(next(g), g.send(10), g.send("пять"), g.send(None), g.send(2.5))
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g), н.история)
try:
    g.send(1)
except StopIteration as e:
    print("StopIteration", e.value)

g2 = Накопитель("б").приём()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError:", e)

с = н.средние()
next(с)
for x in [4, 8, 3]:
    print(с.send(x))
try:
    с.send("стоп")
except StopIteration as e:
    print("итог:", e.value)

д = н.делегат()
next(д)
д.send(10)
д.send(20)
try:
    д.send("стоп")
except StopIteration as e:
    print("делегат вернул", e.value, н.история[-1])


class Ошибка(Exception):
    pass


def рабочий():
    попытки = 0
    while True:
        try:
            задача = yield попытки
            print("  задача:", задача)
        except Ошибка as e:
            попытки += 1
            print("  поймано:", e)


r = рабочий()
next(r)
r.send("раз")
print(r.throw(Ошибка("сбой")))
print(r.throw(Ошибка("снова")))
try:
    r.throw(ValueError("чужая"))
except ValueError as e:
    print("ValueError:", e, inspect.getgeneratorstate(r))


class Склад:
    def __init__(self, товары):
        self.товары = товары

    def __iter__(self):
        for имя, кол in sorted(self.товары.items()):
            if кол:
                yield имя, кол

    def дефицит(self, порог=3):
        return (имя for имя, кол in self if кол < порог)


ск = Склад({"яблоки": 5, "груши": 0, "сливы": 2, "айва": 1})
print(list(ск), list(ск.дефицит()), dict(ск))
it = iter(ск)
print(next(it), type(it).__name__, ск.__iter__.__qualname__)
