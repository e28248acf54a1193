# __eq__/__hash__ в множествах и ключах словаря, __bool__/__len__, __contains__
class Word:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        if isinstance(other, Word):
            return self.text.casefold() == other.text.casefold()
        if isinstance(other, str):
            return self.text.casefold() == other.casefold()
        return NotImplemented

    def __hash__(self):
        return hash(self.text.casefold())

    def __repr__(self):
        return f"Word({self.text!r})"


words = [Word("Москва"), Word("МОСКВА"), Word("москва"), Word("Ёлка"), Word("ёлка"), Word("Straße")]
unique = set(words)
print(len(unique), sorted(w.text for w in unique))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(Word("ЁЛКА") in unique, Word("ель") in unique, Word("Москва") == "МОСКВА", "москва" == Word("Москва"))
print(Word("a") == 1, Word("a") != 1, Word("x").__eq__(1))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


print(Point.__hash__, Point(1, 2) == Point(1, 2), Point(1, 2) in [Point(1, 2)])
for attempt in (lambda: {Point(1, 2)}, lambda: {Point(0, 0): "начало"}, lambda: hash(Point(0, 0))):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)


class Basket:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, name):
        print(f"  проверяю {name!r}")
        return any(name.lower() == i.lower() for i in self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Both(Basket):
    def __bool__(self):
        return True


class Plain:
    pass


for obj in (Basket(), Basket("хлеб"), Flag(False), Flag(True), Both(), Plain()):
    label = "истина" if obj else "ложь"
    print(f"{type(obj).__name__:<7} -> {label:<6} bool={bool(obj)} not={not obj}")

b = Basket("Хлеб", "Молоко")
print("молоко" in b, "сыр" not in b, len(b))
print([type(x).__name__ for x in (Basket(), Basket(1), Flag(True)) if x])
print(Flag(False) or "запасной", Basket("а") and "есть")


class BadLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadBool:
    def __bool__(self):
        return 1


for obj in (BadLen(-1), BadLen("два"), BadBool()):
    try:
        print(bool(obj))
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "абв"[i]


print("б" in Seq(), "г" in Seq(), list(Seq()))
try:
    5 in Plain()
except TypeError as e:
    print("TypeError:", e)
