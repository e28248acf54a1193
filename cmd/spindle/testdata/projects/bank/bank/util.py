"""Helpers shared by the bank modules."""

CURRENCY = "EUR"
MAX_BALANCE = 1_000_000


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d} {CURRENCY}"


def check_amount(amount):
    if not isinstance(amount, int):
        raise TypeError(f"amount must be int cents, not {type(amount).__name__}")
    if amount <= 0:
        raise ValueError(f"amount must be positive: {amount}")
    return amount
