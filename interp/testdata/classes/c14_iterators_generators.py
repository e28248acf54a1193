# Итераторы и генераторы: __iter__/__next__, StopIteration, yield from, send
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Alphabet:
    """Повторно итерируемый: каждый __iter__ — новый генератор."""

    def __init__(self, letters):
        self.letters = letters

    def __iter__(self):
        for i, ch in enumerate(self.letters):
            yield f"{i}:{ch}"

    def pairs(self):
        it = iter(self.letters)
        for a in it:
            b = next(it, "_")
            yield a + b


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)


def averager():
    total, count = 0, 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return count
        total += value
        count += 1
        avg = total / count


c = Countdown(3)
print(list(c), list(c))
it = iter(Countdown(2))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
a = Alphabet("абвгд")
print(list(a), list(a), list(a.pairs()))
print(" ".join(x.split(":")[1].upper() for x in a))
tree = Tree("корень", Tree("ветка1", Tree("лист1"), Tree("лист2")), Tree("ветка2"))
print(list(tree))
for depth, val in tree.depth_first():
    print("  " * depth + "- " + val)
g = averager()
print(next(g), g.send(10), g.send(20), g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("вернул:", e.value)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 12)), list(itertools.takewhile(lambda x: x < 30, fib())))
gen = (w.capitalize() for w in "раз два три".split())
print(next(gen), list(gen), list(gen))


def closing_gen():
    try:
        yield 1
        yield 2
    finally:
        print("  генератор закрыт")


cg = closing_gen()
print(next(cg))
cg.close()
print(list(zip(Countdown(3), Alphabet("xyz"))), dict(zip("абв", Countdown(3))))
print(sum(Countdown(100)), max(Countdown(5)), sorted(Countdown(4)), 2 in Countdown(3))
print(list(enumerate(Alphabet("ёж"), start=1)), list(map(len, Alphabet("эюя"))))
it = iter(Tree(1, Tree(2)))
print(type(it).__name__, next(it), list(it))
