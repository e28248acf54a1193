# NotImplemented from binary and comparison methods lets the other
# operand's reflected method try, then falls back or raises TypeError.
class Money:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.n + other.n)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.n < other.n

    def __repr__(self):
        return f"Money({self.n})"


class Cents:
    def __init__(self, c):
        self.c = c

    def __radd__(self, other):
        if isinstance(other, Money):
            return Money(other.n + self.c / 100)
        return NotImplemented

    def __gt__(self, other):
        return NotImplemented


print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Money(1) + Money(2), sum([Money(1), Money(5)]), Money(1) + Cents(50))
for f in (lambda: Money(1) + 1, lambda: "a" + Money(1), lambda: Money(1) + Cents(1) + "x"):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(Money(1) == Money(1), Money(1) != Money(2), Money(1) == Cents(1), Money(1) != Cents(1))
print(Money(1) < Money(2), sorted([Money(3), Money(1)]))
try:
    Money(1) < Cents(2)
except TypeError as e:
    print("TypeError:", e)
c = Cents(1)
print(c == c, c != Cents(1))
print(Money.__add__(Money(1), 5), Money(2).__eq__("x"))
