class Вектор:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Вектор):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Вектор({self.x}, {self.y})"


v = Вектор(1, 2)
print(Вектор.__hash__, v == Вектор(1, 2), v != Вектор(1, 2), v == (1, 2))
for action in ["set", "dict", "hash", "frozenset"]:
    try:
        if action == "set":
            {v}
        elif action == "dict":
            {v: 1}
        elif action == "hash":
            hash(v)
        else:
            frozenset([v])
    except TypeError as e:
        print(action, "TypeError:", e)
print(v in [Вектор(0, 0), Вектор(1, 2)], [Вектор(1, 2)].index(v))


class Хешируемый(Вектор):
    def __hash__(self):
        return hash((self.x, self.y))


s = {Хешируемый(1, 2), Хешируемый(1, 2), Хешируемый(2, 1)}
print(len(s), Хешируемый(2, 1) in s)
d = {Хешируемый(0, 0): "ноль"}
print(d[Хешируемый(0, 0)])


class Потомок(Вектор):
    pass


print(Потомок.__hash__)


class ТолькоХеш:
    def __hash__(self):
        return 7


print(hash(ТолькоХеш()), ТолькоХеш() == ТолькоХеш())


class Узел:
    def __init__(self, имя):
        self.имя = имя
        self.дети = []
        self.родитель = None

    def добавить(self, узел):
        узел.родитель = self
        self.дети.append(узел)
        return узел

    def __repr__(self):
        return f"Узел({self.имя!r}, дети={self.дети!r})"


корень = Узел("корень")
лист = корень.добавить(Узел("ветка")).добавить(Узел("лист"))
print(корень)
print(repr([корень.дети[0], "«текст»", {"ключ": ("кортеж",)}]))

a = [1, "а"]
a.append(a)
print(a)
d = {"я": None}
d["я"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)


class Цикл:
    def __init__(self):
        self.сам = self

    def __repr__(self):
        return f"Цикл({self.сам!r})"


try:
    repr(Цикл())
except RecursionError as e:
    print("RecursionError:", str(e).split(" while")[0])
