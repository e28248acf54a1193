# Decimal: точная арифметика, деньги, округление, форматирование, контекст
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, localcontext

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("100")]
total = sum(prices)
print(total, total * Decimal("1.2"), (total * Decimal("1.2")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), round(2.675, 2))
print(Decimal("7.777").quantize(Decimal("0.1"), rounding=ROUND_DOWN), Decimal(10) / Decimal(3))
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * 2, Decimal("-0"), Decimal("1e3") + 1)
print(repr(Decimal("3.50")), str(Decimal("3.50")), float(Decimal("3.5")), int(Decimal("-3.99")))
print(Decimal("12.345").as_tuple(), Decimal("100").normalize(), Decimal("1.500").normalize())
print(max(prices), min(prices), sorted(prices, reverse=True)[:2], Decimal("5") % Decimal("3"), Decimal("-7") // Decimal("2"))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(getcontext().prec, Decimal(1) / Decimal(7))


class Money:
    def __init__(self, amount, currency="₽"):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.currency = currency

    def __add__(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"разные валюты: {self.currency} и {other.currency}")
            return Money(self.amount + other.amount, self.currency)
        return NotImplemented

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __mul__(self, k):
        return Money(self.amount * Decimal(str(k)), self.currency)

    def split(self, n):
        base = (self.amount / n).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        rest = self.amount - base * n
        parts = [base] * n
        for i in range(int(rest * 100)):
            parts[i] += Decimal("0.01")
        return [Money(p, self.currency) for p in parts]

    def __format__(self, spec):
        return f"{format(self.amount, spec or ',.2f').replace(',', ' ')} {self.currency}"

    def __repr__(self):
        return f"Money('{self.amount}', '{self.currency}')"


m = Money(1234.5)
print(f"{m}", f"{m:.0f}", m * 3, sum([Money(1), Money(2.005), Money("0.1")]))
print([f"{p}" for p in Money(100).split(3)], sum(Money(100).split(3)).amount)
try:
    Money(1) + Money(1, "$")
except ValueError as e:
    print("ValueError:", e)
