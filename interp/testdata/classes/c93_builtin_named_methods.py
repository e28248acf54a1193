class Отчёт:
    заголовок = "Отчёт"
    ширина = len(заголовок) + 4

    def __init__(self, строки):
        self.строки = list(строки)

    def len(self):
        return len(self.строки)

    def sum(self):
        return sum(len(s) for s in self.строки)

    def max(self):
        return max(self.строки, key=len)

    def format(self, spec="<10"):
        return [format(s, spec) for s in self.строки]

    def print(self, *args):
        print("[отчёт]", *args)

    def sorted(self):
        key = lambda s: (len(s), s)
        return sorted(self.строки, key=key)

    def map(self):
        def inner(s):
            return str(len(s)) + ":" + s

        return list(map(inner, self.строки))

    def filter(self):
        return [s for s in filter(lambda s: len(s) > 3, self.строки)]

    def all(self):
        return all(isinstance(s, str) for s in self.строки)

    def min(self):
        return {s: len(s) for s in self.строки if len(s) == min(map(len, self.строки))}

    def repr(self):
        return repr(self.строки)

    def type(self):
        return type(self).__name__

    def str(self):
        return str(self.len())

    def __repr__(self):
        return f"{self.type()}({self.len()} строк)"


r = Отчёт(["мир", "труд", "май", "весна"])
print(Отчёт.ширина)
print(r.len(), r.sum(), r.max())
print(r.format(), r.format(">6"))
r.print("всего", r.len())
print(r.sorted())
print(r.map())
print(r.filter(), r.all(), r.min())
print(r.repr(), r.type(), r.str(), r)


class Счётчик:
    count = 0
    len = 3
    размер = len * 2

    def id(self):
        return "id-" + str(len("abc"))

    def count(self, x):
        return [1, 2, 1].count(x)

    @staticmethod
    def abs(x):
        return abs(x) * 10

    @classmethod
    def round(cls, x):
        return round(x, 1)

    @property
    def hash(self):
        return hash(1)


c = Счётчик()
print(Счётчик.размер, c.id(), c.count(1), Счётчик.abs(-2), c.round(2.345), c.hash)


class Nested:
    def next(self):
        it = iter([10, 20])
        return next(it) + next(it)

    def iter(self):
        gen = (x for x in iter(range(3)))
        return list(gen)

    def zip(self):
        return [a + b for a, b in zip("аб", "вг")]

    def enumerate(self):
        return dict(enumerate("ёж"))

    def input(self):
        return [isinstance(x, int) for x in (1, "1")]


n = Nested()
print(n.next(), n.iter(), n.zip(), n.enumerate(), n.input())
