# Подклассы str с доп. методами (in, ключи dict, sorted), подклассы int с __new__
class Слово(str):
    ГЛАСНЫЕ = set("аеёиоуыэюяaeiou")

    def __new__(cls, текст):
        return super().__new__(cls, текст.strip().lower())

    def слоги(self):
        return sum(1 for б in self if б in self.ГЛАСНЫЕ)

    def инверсия(self):
        return Слово(self[::-1])

    def __repr__(self):
        return f"Слово({str.__repr__(self)})"


class ТегСтрока(str):
    def __eq__(self, other):
        return str.lower(self) == str(other).lower()

    def __hash__(self):
        return hash(str.lower(self))


слова = [Слово("  Молоко "), Слово("ёж"), Слово("Абрикос"), Слово("кот")]
print(слова, [с.слоги() for с in слова], слова[0].инверсия(), type(слова[0].upper()).__name__)
print("ёж" in слова, Слово("КОТ") in слова, "мол" in слова[0], слова[0].startswith("мо"), слова[1] + "ик")
print(sorted(слова), sorted(слова, key=Слово.слоги), max(слова, key=len), min(слова))
частоты = {с: с.слоги() for с in слова}
print(частоты[Слово("кот")], частоты.get(Слово("Кот")), частоты[Слово(" ЁЖ")], Слово("абрикос") in частоты, list(частоты)[0] == "молоко")
print(isinstance(слова[0], str), len(слова[2]), слова[2][1:4], слова[2].capitalize(), f"{слова[1]:*^6}", "-".join(слова))
т = {ТегСтрока("Python"): 1}
print(т.get(ТегСтрока("PYTHON")), ТегСтрока("Go") == "go", "GO" == ТегСтрока("go"), ТегСтрока("a") in ["A"], sorted({ТегСтрока("b"), ТегСтрока("B"), ТегСтрока("a")}))


class Процент(int):
    def __new__(cls, значение):
        if isinstance(значение, str):
            значение = значение.rstrip("%").strip()
        n = int(значение)
        if not 0 <= n <= 100:
            raise ValueError(f"процент вне диапазона: {n}")
        return super().__new__(cls, n)

    def __str__(self):
        return f"{int(self)}%"

    def __repr__(self):
        return f"Процент({int(self)})"

    def от(self, число):
        return число * self / 100

    def __add__(self, other):
        return Процент(min(100, int(self) + int(other)))


class Чётное(int):
    def __new__(cls, n=0):
        obj = super().__new__(cls, n - n % 2)
        obj.исходное = n
        return obj


п = Процент("15 %")
print(п, repr(п), п + 90, п * 2, п.от(200), Процент(" 40"), int(п) + 1, п == 15, п < Процент(20), hash(п) == hash(15))
print(sorted([Процент(30), 5, Процент("7%")]), sum([Процент(10), Процент(20)]), type(sum([Процент(10), Процент(20)])).__name__)
print([10, 20, 30][Процент(1)], f"{п:>5}|{п:05d}|{п!s}|{п!r}", "%d%%" % п, str(п), format(п))
try:
    Процент("150%")
except ValueError as e:
    print("ValueError:", e)
try:
    Процент("много")
except ValueError as e:
    print("ValueError:", e)
ч = Чётное(7)
print(ч, ч.исходное, Чётное(8), Чётное(), ч + 1, type(ч + 1).__name__, isinstance(ч, int), divmod(ч, 4), bin(ч))
print({2: "два"}[Чётное(3)], range(Чётное(5))[-1], abs(Чётное(-3)), -Чётное(4), True + Чётное(2))
