# Items read in a loop as operands of arithmetic: a bool item counts as
# an int, whatever holds it (a parameter, a local, an attribute), and
# errors and mutations look as they do without the loop.
from collections import deque


def total(xs):
    t = 0
    for i in range(len(xs)):
        t += xs[i]
    return t


class Votes:
    def __init__(self, ballots):
        self.ballots = ballots
        self.by_name = {"Анна": True, "Борис": False, "Вера": True}

    def count(self):
        n = 0
        for i in range(len(self.ballots)):
            n = n + self.ballots[i] * 10
        for name in self.by_name:
            n -= self.by_name[name]
        return n


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i % 2 == 0

    def __len__(self):
        return 3


class Table(dict):
    def __missing__(self, key):
        return False


print(total([1, True, 2, False]), total((True, True)), total(Seq()))
print(total(deque([True, 5])), total(b"ab"), total([1.5, True]))
print(Votes([True, False, True, 3]).count())
print(Votes((1, 2)).count())

flags = [True, False, True]
n = 0
for i in range(3):
    n += flags[i] + flags[i]
    flags.append(False)
print(n, len(flags))

t = Table(a=True)
s = 0
for k in ["a", "b", "a"]:
    s += t[k]
print(s)

grid = [[True, False], [True, True]]
s = 0
for row in range(2):
    for col in range(2):
        s += grid[row][col]
print(s)

for bad in ([1, 2], {0: 1}, "ab", [1, "x"], None, [None]):
    try:
        print(total(bad))
    except Exception as e:
        print(type(e).__name__, e)


def by_key(d, keys):
    r = 0
    for k in keys:
        r += d[k]
    return r


print(by_key({"x": True, "y": 2}, "xyx"))
try:
    by_key({"x": True}, "xz")
except KeyError as e:
    print("KeyError", e)

text = "да нет да"
words = text.split()
hits = 0
for i in range(len(words)):
    hits += words[i] == "да"
print(hits)
