# classes: small classes, method calls and instantiation.
N = 200000


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n


p = Point(0, 0)
step = Point(1, -2)
c = Counter()
for i in range(N):
    p = p.add(step)
    c.bump(p.norm1() % 7)
    q = Point(i, i + 1)
    c.bump(q.norm1() & 3)
print("classes", p.x, p.y, c.n)
