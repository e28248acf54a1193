from decimal import Decimal, ROUND_HALF_UP
from functools import total_ordering

__all__ = ["Money", "CurrencyMismatch", "rub", "usd"]


class CurrencyMismatch(ValueError):
    pass


@total_ordering
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="RUB"):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.currency = currency

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return None

    def __add__(self, other):
        if other == 0:
            return self
        bad = self._check(other)
        if bad is NotImplemented:
            return bad
        return Money(self.amount + other.amount, self.currency)

    __radd__ = __add__

    def __neg__(self):
        return Money(-self.amount, self.currency)

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        return Money(self.amount * Decimal(str(k)), self.currency)

    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self.amount == 0
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        self._check(other)
        return self.amount < other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __bool__(self):
        return bool(self.amount)

    def __repr__(self):
        return f"Money('{self.amount}', {self.currency!r})"

    def __str__(self):
        sign = "-" if self.amount < 0 else ""
        whole, _, cents = f"{abs(self.amount):.2f}".partition(".")
        groups = []
        while whole:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        symbol = {"RUB": "₽", "USD": "$"}.get(self.currency, self.currency)
        return f"{sign}{' '.join(groups)},{cents} {symbol}"


def rub(x):
    return Money(x, "RUB")


def usd(x):
    return Money(x, "USD")
