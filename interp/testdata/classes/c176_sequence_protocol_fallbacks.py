# Протокол последовательности: итерация через __getitem__, __contains__, __reversed__, __len__/__bool__
class Алфавит:
    """Старый протокол: только __getitem__, итерация до IndexError."""

    буквы = "абвгдеёжз"

    def __getitem__(self, i):
        if isinstance(i, slice):
            return "".join(self.буквы[i])
        if i >= len(self.буквы):
            raise IndexError(i)
        return self.буквы[i].upper()


а = Алфавит()
print(list(а), "Ё" in а, "я" in а, а[2:5], а[::3], [x for x in а if x > "Д"], "".join(а), max(а), sorted(а)[-1])
it = iter(а)
print(next(it), next(it), type(it).__name__, list(zip(а, range(3))), dict(enumerate(а)).get(8))
x, y, *остальное = а
print(x, y, остальное)
try:
    reversed(а)
except TypeError as e:
    print("TypeError:", e)
try:
    len(а)
except TypeError as e:
    print("TypeError:", e)


class Полка:
    def __init__(self, *книги):
        self._книги = list(книги)

    def __len__(self):
        return len(self._книги)

    def __getitem__(self, i):
        return self._книги[i]

    def __contains__(self, название):
        print("  __contains__", название)
        return any(название.lower() in к.lower() for к in self._книги)


п = Полка("Война и мир", "Идиот", "Бесы")
print(list(reversed(п)), "идиот" in п, "Мастер" not in п, bool(п), bool(Полка()), len(п))
print(п[-1], п[0:2], sum(len(к) for к in п), "нет" if not Полка() else "да", [к for к in п if "и" in к])


class Обратный:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))

    def __reversed__(self):
        print("  __reversed__")
        return iter(range(self.n - 1, -1, -1))

    def __bool__(self):
        print("  __bool__")
        return self.n > 0

    def __len__(self):
        print("  __len__")
        return self.n


о = Обратный(3)
print(list(reversed(о)), list(о), 2 in о, 5 in о)
if о:
    print("истина")
print(not Обратный(0), Обратный(2) and "да", len(о))


class Неверный:
    def __init__(self, длина):
        self.длина = длина

    def __len__(self):
        return self.длина


for d in (-1, 2.5, "3", 2**70):
    try:
        print(len(Неверный(d)), bool(Неверный(d)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class ПлохойBool:
    def __bool__(self):
        return 1


try:
    bool(ПлохойBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if ПлохойBool():
        pass
except TypeError as e:
    print("TypeError:", e)


class НетИтерации:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(НетИтерации())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
print(НетИтерации()[7])
