# __format__ с собственным мини-языком, __repr__/__str__, !r/!s/!a, format_map, выравнивание кириллицы
from datetime import date
from decimal import Decimal


class Деньги:
    def __init__(self, сумма, валюта="RUB"):
        self.сумма = Decimal(str(сумма))
        self.валюта = валюта

    def __repr__(self):
        return f"Деньги({str(self.сумма)!r}, {self.валюта!r})"

    def __str__(self):
        return f"{self.сумма:.2f} {self.валюта}"

    def __format__(self, spec):
        if spec.endswith("R"):
            знаки = spec[:-1] or ".2f"
            return f"{format(self.сумма, знаки)} ₽"
        if spec == "слова":
            рубли = int(self.сумма)
            копейки = int((self.сумма - рубли) * 100)
            return f"{рубли} руб. {копейки:02d} коп."
        return format(str(self), spec)


д = Деньги("1234.5")
print(д, repr(д), f"{д}", f"{д!r}", f"{д!s:>20}|", f"{д:R}", f"{д:,.1fR}", f"{д:слова}", f"[{д:*^18}]")
print("{0} | {0!r} | {0:R} | {1:>8.3f}".format(д, 3.14159), format(д, "<15") + "|", "%s / %r" % (д, д))
print(f"{'Имя':<10}|{'Возраст':^9}|{'Город':>8}|")
for имя, возраст, город in [("Анна", 30, "Москва"), ("Пётр", 7, "Омск"), ("Ёлкин", 101, "Тверь")]:
    print(f"{имя:<10}|{возраст:^9d}|{город:>8}|", f"{возраст:#x} {возраст:08b} {возраст:+d} {возраст / 3:.3e} {возраст / 7:.2%}")


class Точка:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        if not spec:
            return str(self)
        return f"({self.x:{spec}}, {self.y:{spec}})"

    def __str__(self):
        return f"Точка {self.x};{self.y}"


т = Точка(1 / 3, 2 / 3)
print(f"{т}", f"{т:.2f}", f"{т:>8.3f}", "{:.1e}".format(т), format(т), str(т))
ширина, точность = 10, 3
print(f"{3.14159265:{ширина}.{точность}f}|", f"{'кот':{'>'}{ширина}}|", f"{12345678:_}", f"{12345678:,}", f"{-0.0:+.1f}", f"{1e21:g}", f"{123.456:g}")
print(f"{date(2024, 3, 8):%d.%m.%Y}", "{:%A}".format(date(2024, 3, 8)) in ("Friday", "пятница"), f"{Decimal('1.50'):>8}", f"{Decimal('2.675'):.2f}")


class БезФормата:
    pass


try:
    format(БезФормата(), "d")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{42:z}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'строка':d}"
except ValueError as e:
    print("ValueError:", e)
print(format(БезФормата(), "") .startswith("<__main__.БезФормата object"), ascii("Привет"), f"{'ёж'!a}", repr("tab\t'кавычки'"), str(b"\xd0\x96"))
шаблон = "{имя} получил {оценка:.1f} по предмету {предмет[0]}"
print(шаблон.format_map({"имя": "Вася", "оценка": 4.75, "предмет": ["алгебра"]}))


class Умолчания(dict):
    def __missing__(self, k):
        return "{" + k + "}"


print("{a} и {b} и {c}".format_map(Умолчания(a=1, c=3)))
print(f"{True:>6}|{None!s:^6}|{[1, 'а']!r:>12}|{(1,)}|{ {'к': 1} }|")
