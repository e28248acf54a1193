class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


b = Bag(3, 1, 2)
print(len(b), 2 in b, 5 in b, b[0], list(b), sorted(b), [x * 2 for x in b], bool(b), bool(Bag()))
b[1] = 10
print(b[1], sum(b), max(b))
print(list(Countdown(3)), [i for i in Countdown(2)])
for i in Countdown(2):
    print("tick", i)
