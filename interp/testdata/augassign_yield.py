# yield and yield from stand right after an augmented assignment's
# operator, as after '=': total += yield from part() adds the
# sub-generator's return value, self.n += yield adds what was sent.
def part(items):
    for x in items:
        yield x
    return len(items)


def whole():
    total = 0
    total += yield from part(["а", "б"])
    total += yield from part([])
    total *= yield "множитель?"
    return total


g = whole()
print(next(g), next(g), next(g))
try:
    g.send(10)
except StopIteration as e:
    print("итог:", e.value)


class Acc:
    def __init__(self):
        self.n = 0
        self.d = {"k": [1]}

    def run(self):
        while True:
            self.n += yield self.n
            self.d["k"] += yield


acc = Acc()
r = acc.run()
print(next(r), r.send(5), r.send([2]), r.send(7), acc.n, acc.d)


def bad():
    s = "строка"
    s -= yield


b = bad()
next(b)
b.send(1)
