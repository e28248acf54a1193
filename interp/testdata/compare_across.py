# Comparisons between values of different types ask the operands' rich
# comparison methods, as CPython does (both orders, reflected, NotImplemented).
from decimal import Decimal
from fractions import Fraction
import enum
import functools


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        if isinstance(other, int):
            return self.cents == other
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, (int, float)):
            return self.cents < other
        if isinstance(other, Money):
            return self.cents < other.cents
        return NotImplemented

    def __repr__(self):
        return f"Money({self.cents})"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 10


class Tag(str):
    pass


class Count(int):
    pass


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == (other.n if isinstance(other, Version) else other)

    def __lt__(self, other):
        return self.n < (other.n if isinstance(other, Version) else other)


def check(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


m = Money(5)
check("m == 5", lambda: m == 5)
check("5 == m", lambda: 5 == m)
check("m != 5", lambda: m != 5)
check("5 != m", lambda: 5 != m)
check("m < 6", lambda: m < 6)
check("6 > m", lambda: 6 > m)
check("m > 4", lambda: m > 4)
check("4 < m", lambda: 4 < m)
check("m <= 5", lambda: m <= 5)
check("m == 'x'", lambda: m == "x")
check("m < 'x'", lambda: m < "x")
check("'x' > m", lambda: "x" > m)
check("m == 5.0", lambda: m == 5.0)
check("m < 5.5", lambda: m < 5.5)

x, y = m, 5
check("x == y", lambda: x == y)
check("y == x", lambda: y == x)
check("y > x", lambda: y > x)

check("Level.HIGH == 10", lambda: Level.HIGH == 10)
check("10 == Level.HIGH", lambda: 10 == Level.HIGH)
check("Level.LOW < 5", lambda: Level.LOW < 5)
check("5 >= Level.HIGH", lambda: 5 >= Level.HIGH)
check("Level.LOW < Level.HIGH", lambda: Level.LOW < Level.HIGH)
check("Level.LOW == 1.0", lambda: Level.LOW == 1.0)

check("Decimal(2) == 2", lambda: Decimal(2) == 2)
check("2 == Decimal(2)", lambda: 2 == Decimal(2))
check("Decimal('1.5') < 2", lambda: Decimal("1.5") < 2)
check("3 > Decimal('2.5')", lambda: 3 > Decimal("2.5"))
check("Decimal('0.5') == 0.5", lambda: Decimal("0.5") == 0.5)
check("Fraction(1, 2) == 0.5", lambda: Fraction(1, 2) == 0.5)
check("Fraction(1, 2) < 1", lambda: Fraction(1, 2) < 1)
check("1 > Fraction(1, 2)", lambda: 1 > Fraction(1, 2))
check("Fraction(4, 2) == 2", lambda: Fraction(4, 2) == 2)

t = Tag("a")
check("t == 'a'", lambda: t == "a")
check("'a' == t", lambda: "a" == t)
check("t < 'b'", lambda: t < "b")
check("'b' > t", lambda: "b" > t)
c = Count(3)
check("c == 3", lambda: c == 3)
check("3 == c", lambda: 3 == c)
check("c < 4.5", lambda: c < 4.5)

flag = True
one = 1
check("flag == one", lambda: flag == one)
check("one == flag", lambda: one == flag)
check("flag < 2", lambda: flag < 2)
check("0 < flag", lambda: 0 < flag)

check("[Decimal(1), 2] == [1, Decimal(2)]", lambda: [Decimal(1), 2] == [1, Decimal(2)])
check("(Level.LOW,) == (1,)", lambda: (Level.LOW,) == (1,))
check("[m] == [5]", lambda: [m] == [5])
check("[1, m] < [1, 6]", lambda: [1, m] < [1, 6])
check("(1, 2) < (1, 3)", lambda: (1, 2) < (1, 3))
check("[1, 2] == [1, 2, 3]", lambda: [1, 2] == [1, 2, 3])
check("[[1], [Decimal(2)]] == [[1], [2]]", lambda: [[1], [Decimal(2)]] == [[1], [2]])

v = Version(2)
check("v <= 2", lambda: v <= 2)
check("v >= 3", lambda: v >= 3)
check("v > 1", lambda: v > 1)
check("3 > v", lambda: 3 > v)

check("1 < m < 10", lambda: 1 < m < 10)
check("m == 5 == Level.LOW", lambda: m == 5 == Level.LOW)
check("any(m == n for n in range(10))", lambda: any(m == n for n in range(10)))
check("[n for n in range(8) if Level.LOW < n < Level.HIGH]", lambda: [n for n in range(8) if Level.LOW < n < Level.HIGH])
check("sorted([3, Decimal(2), 1.5, Fraction(1, 2)])", lambda: sorted([3, Decimal(2), 1.5, Fraction(1, 2)]))
check("max(Level.LOW, 5)", lambda: max(Level.LOW, 5))


def count_below(values, limit):
    n = 0
    for i in range(len(values)):
        if values[i] < limit:
            n += 1
    return n


check("count_below([Decimal(1), 2, 3.5], Fraction(5, 2))", lambda: count_below([Decimal(1), 2, 3.5], Fraction(5, 2)))
check("count_below([1, 2, 3], 3)", lambda: count_below([1, 2, 3], 3))

order = []


def val(name, v):
    order.append(name)
    return v


check("val a < val b", lambda: val("a", Money(1)) < val("b", 2))
check("val c == val d", lambda: val("c", 3) == val("d", Money(3)))
print(order)


class Loud:
    def __eq__(self, other):
        raise ValueError("no comparing")


check("Loud() == 1", lambda: Loud() == 1)
check("1 == Loud()", lambda: 1 == Loud())


class Plain:
    pass


p = Plain()
check("p == 1", lambda: p == 1)
check("p != 1", lambda: p != 1)
check("p < 1", lambda: p < 1)
check("1 >= p", lambda: 1 >= p)
check("p == p", lambda: p == p)
