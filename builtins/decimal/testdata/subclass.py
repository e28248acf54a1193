# Subclasses of Decimal and Fraction: instances hold their value, compute
# as it does (results are plain Decimals and Fractions), print through
# the base's __str__ and __repr__ unless they define their own.
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction


class Money(Decimal):
    def __new__(cls, value, currency="RUB"):
        obj = super().__new__(cls, value)
        obj.currency = currency
        return obj

    def __str__(self):
        return f"{self.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)} {self.currency}"


class Price(Decimal):
    pass


m = Money("10.005")
print(m, repr(m), m.currency, Money("3", "USD"))
print(m + 1, Decimal(1) + m, m + m, m * Decimal("2"), -m, abs(Money("-2")), m // 3, m % 3, round(m, 1))
print(m > 10, 10 < m, m == Decimal("10.005"), Decimal("10.005") == m, m != 10)
print(f"{m:.1f}", format(Price("2.5"), ">8"), "%s" % Price("1.10"), str(Price("1.10")), repr(Price("7")))
print(Price(5) + Price(5), type(Price(5) + Price(5)).__name__, type(Price(2).sqrt()).__name__, Price(2).sqrt())
print(isinstance(Price(1), Decimal), issubclass(Money, Decimal), Price.__mro__, Price(3).is_zero(), Price("0").is_zero())
print(sum([Price(1), Price(2)], Decimal(0)), max(Price(1), Price(4)), sorted([Price(3), Decimal(1), Price(2)]))
print(hash(Price("2.5")) == hash(Decimal("2.5")), {Price(1): "a"}.get(Price(1)), int(Price("7.9")), float(Price("0.5")))


class Ratio(Fraction):
    def percent(self):
        return f"{float(self) * 100:.1f}%"


r = Ratio(1, 4)
print(r, repr(r), r.percent(), r + 1, type(r + 1).__name__, r * 2, r == Fraction(1, 4), r < 1, r.numerator, r.denominator)
print(Ratio("3/9"), Ratio(0.5), sorted([Ratio(1, 2), Fraction(1, 3)]), hash(r) == hash(Fraction(1, 4)))
try:
    Price("abc")
except Exception as e:
    print(type(e).__name__)
try:
    Ratio(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
