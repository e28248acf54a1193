# __eq__/__lt__ с total_ordering, сортировка смешанных списков, NotImplemented, ключи
import functools


@functools.total_ordering
class Оценка:
    порядок = {"неуд": 2, "уд": 3, "хор": 4, "отл": 5}

    def __init__(self, слово):
        if слово not in self.порядок:
            raise ValueError(f"неизвестная оценка: {слово!r}")
        self.слово = слово

    @property
    def балл(self):
        return self.порядок[self.слово]

    def __eq__(self, other):
        if isinstance(other, Оценка):
            return self.балл == other.балл
        if isinstance(other, int):
            return self.балл == other
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Оценка):
            return self.балл < other.балл
        if isinstance(other, int):
            return self.балл < other
        return NotImplemented

    def __hash__(self):
        return hash(self.балл)

    def __repr__(self):
        return f"Оценка({self.слово!r})"


оценки = [Оценка(с) for с in ["хор", "отл", "уд", "неуд", "хор"]]
print(sorted(оценки), max(оценки), min(оценки))
print(Оценка("отл") == 5, 5 == Оценка("отл"), Оценка("уд") < 4, 4 > Оценка("уд"), Оценка("хор") >= 4, 3 <= Оценка("уд"))
смесь = [4, Оценка("отл"), 2, Оценка("уд")]
print(sorted(смесь))
print(sorted(смесь, reverse=True, key=lambda x: x if isinstance(x, int) else x.балл))
print(len(set(оценки)), Оценка("хор") in оценки, Оценка("хор") != Оценка("отл"))
try:
    sorted([Оценка("хор"), "отл"])
except TypeError as e:
    print("TypeError:", e)
try:
    Оценка("хор") < 4.5
except TypeError as e:
    print("TypeError:", e)
try:
    Оценка("пять")
except ValueError as e:
    print("ValueError:", e)
print(Оценка("хор") == "хор", Оценка("хор").__eq__("хор"), Оценка.__le__.__name__)

студенты = [("Яна", 4.5), ("Антон", 4.5), ("ёжик", 3.0), ("Ёлка", 5.0), ("борис", 3.0)]
print(sorted(студенты, key=lambda s: (-s[1], s[0].lower())))
print(sorted(["яблоко", "Арбуз", "ёлка", "Ель", "банан"]), sorted(["яблоко", "Арбуз", "ёлка", "Ель"], key=str.lower))
print(sorted(["ёж", "ель", "ежевика"], key=lambda s: s.replace("ё", "е")))
print(sorted(["ббб", "а", "вв"], key=len), sorted([[2, "б"], [1, "в"], [2, "а"]]))
try:
    sorted([1, "1"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1.5, True, -2]), max([1, 2.5, False]), min("ёжик"), max("абвЯ"))
print(sorted({"в": 1, "а": 3, "б": 2}.items(), key=lambda kv: kv[1], reverse=True))
