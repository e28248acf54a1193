# User classes overload the arithmetic operators: __add__ and friends,
# their reflected forms, and the unary __neg__, __pos__, __invert__.
import threading


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + other)

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Money(self.cents / k)

    def __floordiv__(self, k):
        return Money(self.cents // k)

    def __mod__(self, k):
        return self.cents % k

    def __neg__(self):
        return Money(-self.cents)

    def __pos__(self):
        return self

    def __invert__(self):
        return "inverted"

    def __and__(self, o):
        return "and"

    def __or__(self, o):
        return "or"

    def __xor__(self, o):
        return "xor"

    def __lshift__(self, n):
        return "lshift"

    def __rshift__(self, n):
        return "rshift"

    def __repr__(self):
        return f"Money({self.cents})"


total = Money(0)
lock = threading.Lock()


def earn(n):
    global total
    for _ in range(n):
        with lock:
            total += Money(5)


ts = [threading.Thread(target=earn, args=(100,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
m = Money(10)
print(m + 1, 1 + m, m - Money(3), m * 3, 3 * m, m / 4, m // 3, m % 3)
print(-m, +m, ~m, m & 1, m | 1, m ^ 1, m << 1, m >> 1)
print(sum([Money(1), Money(2)], Money(0)), sum([Money(1), Money(2)]))
try:
    print(1 - m)
except TypeError as e:
    print("TypeError:", e)
try:
    print(m < m)
except TypeError as e:
    print("TypeError:", e)
