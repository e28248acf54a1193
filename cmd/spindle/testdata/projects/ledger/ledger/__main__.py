import sys

from . import AccountType as T, Book, UnbalancedError, rub
from .logconf import setup

setup(verbose="-v" in sys.argv[1:])
book = Book()
for name, t in [("Касса", T.ASSET), ("Банк", T.ASSET), ("Капитал", T.LIABILITY), ("Выручка", T.INCOME), ("Аренда", T.EXPENSE)]:
    book.open(name, t)
book.post("взнос", ("Банк", rub(100000)), ("Капитал", rub(-100000)))
book.post("продажа", ("Касса", rub("1234.5")), ("Выручка", rub("-1234.5")))
book.post("аренда за май", ("Аренда", rub(25000)), ("Банк", rub(-25000)))
try:
    book.post("опечатка", ("Касса", rub(10)), ("Выручка", rub(-1)))
except UnbalancedError as e:
    print(f"error: {e}")
print(book.trial_balance())
print("audit:", book.audit, book.post.__name__, book.post.__wrapped__.__qualname__)
