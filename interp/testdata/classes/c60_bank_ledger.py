# Журнал операций банка: Decimal, dataclass(order), свои исключения, генераторы выписок, форматирование
from dataclasses import dataclass, field
from decimal import Decimal
from collections import defaultdict
import itertools


class LedgerError(Exception):
    pass


class Overdraft(LedgerError):
    def __init__(self, account, need, have):
        super().__init__(f"счёт {account}: нужно {need}, есть {have}")
        self.account, self.need, self.have = account, need, have


_ids = itertools.count(1)


@dataclass(order=True, frozen=True)
class Entry:
    day: int
    id: int = field(default_factory=lambda: next(_ids), compare=False)
    account: str = field(default="", compare=False)
    amount: Decimal = field(default=Decimal("0"), compare=False)
    memo: str = field(default="", compare=False)


class Ledger:
    def __init__(self):
        self.entries = []
        self.balances = defaultdict(Decimal)

    def post(self, day, account, amount, memo=""):
        amount = Decimal(str(amount))
        if self.balances[account] + amount < Decimal(0):
            raise Overdraft(account, -amount, self.balances[account])
        e = Entry(day, account=account, amount=amount, memo=memo)
        self.entries.append(e)
        self.balances[account] += amount
        return e

    def transfer(self, day, src, dst, amount):
        try:
            self.post(day, src, -Decimal(str(amount)), f"перевод → {dst}")
        except Overdraft as e:
            raise LedgerError(f"перевод {src}→{dst} отклонён") from e
        self.post(day, dst, amount, f"перевод ← {src}")

    def statement(self, account):
        running = Decimal("0")
        for e in sorted(self.entries):
            if e.account == account:
                running += e.amount
                yield e, running


led = Ledger()
led.post(1, "Анна", 1000, "зарплата")
led.post(2, "Борис", "250.50", "подарок")
led.transfer(3, "Анна", "Борис", "199.99")
led.post(5, "Анна", -300, "аренда")
try:
    led.transfer(6, "Борис", "Анна", 1000)
except LedgerError as e:
    print("ошибка:", e, "| причина:", e.__cause__, "| нужно:", e.__cause__.need)
try:
    led.post(7, "Вера", -1)
except Overdraft as e:
    print("Overdraft:", e.args[0], isinstance(e, LedgerError))

for who in ("Анна", "Борис"):
    print(f"── выписка: {who} ──")
    for e, bal in led.statement(who):
        print(f"  день {e.day:>2} #{e.id:<3} {e.memo:<18} {e.amount:>+10.2f} {bal:>10.2f}")
print({k: str(v) for k, v in sorted(led.balances.items())})
print(sum(led.balances.values()), max(led.entries, key=lambda e: abs(e.amount)).memo)
by_day = itertools.groupby(sorted(led.entries), key=lambda e: e.day)
print([(day, len(list(g))) for day, g in by_day])
print(Entry(1) == Entry(1, memo="другое"), Entry(1) < Entry(2), sorted({e.account for e in led.entries}))
try:
    led.entries[0].amount = 0
except Exception as e:
    print(type(e).__name__)
