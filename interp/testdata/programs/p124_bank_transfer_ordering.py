"""Bank simulation: accounts with locks, transfers that avoid deadlock by lock ordering."""
import threading
import random
from contextlib import contextmanager


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"счёт {account.number}: недостаточно средств для {amount}")
        self.account = account
        self.amount = amount


class Account:
    _next = 100

    def __init__(self, owner, balance=0):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()
        self.history = []

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance})"

    def __lt__(self, other):
        return self.number < other.number


@contextmanager
def both_locked(a, b):
    first, second = sorted([a, b])
    with first.lock:
        with second.lock:
            yield first, second


def transfer(src, dst, amount):
    if src is dst:
        raise ValueError("same account")
    with both_locked(src, dst):
        if src.balance < amount:
            raise InsufficientFunds(src, amount)
        src.balance -= amount
        dst.balance += amount
        src.history.append(-amount)
        dst.history.append(amount)


accounts = [Account(n, b) for n, b in [("Анна", 500), ("Борис", 300), ("Вера", 200), ("Глеб", 0)]]
print(accounts)
TOTAL = sum(a.balance for a in accounts)
failures = []
flock = threading.Lock()


def clerk(seed, ops):
    rng = random.Random(seed)
    for _ in range(ops):
        a, b = rng.sample(accounts, 2)
        amt = rng.randint(1, 120)
        try:
            transfer(a, b, amt)
        except InsufficientFunds as e:
            with flock:
                failures.append((seed, e.account.owner, e.amount))


clerks = [threading.Thread(target=clerk, args=(s, 200), name=f"clerk-{s}") for s in range(6)]
for c in clerks:
    c.start()
for c in clerks:
    c.join()

total_after = sum(a.balance for a in accounts)
print("money conserved:", total_after == TOTAL, TOTAL)
print("no negative balances:", all(a.balance >= 0 for a in accounts))
print("histories consistent:", all(sum(a.history) + start == a.balance
                                   for a, start in zip(accounts, [500, 300, 200, 0])))
print("moves recorded:", sum(len(a.history) for a in accounts) % 2 == 0)
print("failures are InsufficientFunds only:", all(isinstance(f[2], int) for f in failures))

# deterministic single-thread replay to show the exception message
solo = [Account("Дина", 10), Account("Егор", 5)]
for amt in (4, 7, 20):
    try:
        transfer(solo[0], solo[1], amt)
        print(f"перевод {amt:>3}: ok -> {solo}")
    except InsufficientFunds as e:
        print(f"перевод {amt:>3}: {e}")
try:
    transfer(solo[0], solo[0], 1)
except ValueError as e:
    print("ValueError:", e)

# timeouts with acquire to show a "try-lock" approach
a, b = solo
a.lock.acquire()
got = b.lock.acquire(timeout=0.01)
print("b acquired while a held:", got)
b.lock.release()
print("a locked:", a.lock.locked(), "try a again:", a.lock.acquire(blocking=False))
a.lock.release()
print("a locked after release:", a.lock.locked())
print(sorted(accounts, key=lambda x: x.owner, reverse=True)[0].owner)
