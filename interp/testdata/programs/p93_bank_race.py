"""The classic lost-update demo, made deterministic with sleeps, then fixed with a Lock and an RLock."""
import threading
import time


class UnsafeAccount:
    def __init__(self, balance=0):
        self.balance = balance

    def deposit(self, amount):
        local_copy = self.balance
        local_copy += amount
        time.sleep(0.05)  # every thread reads before any writes
        self.balance = local_copy


class SafeAccount(UnsafeAccount):
    def __init__(self, balance=0):
        super().__init__(balance)
        self._lock = threading.Lock()

    def deposit(self, amount):
        with self._lock:
            super().deposit(amount)


class TransferAccount:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.RLock()
        self.history = []

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                raise ValueError(f'{self.name}: недостаточно средств ({self.balance} < {amount})')
            self.balance -= amount
            self.history.append(-amount)

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self.history.append(amount)


def transfer(src, dst, amount, errors):
    first, second = sorted((src, dst), key=lambda a: a.name)
    with first.lock, second.lock:
        try:
            src.withdraw(amount)
        except ValueError as exc:
            errors.append(str(exc))
            return
        dst.deposit(amount)


def run(account, n):
    threads = [threading.Thread(target=account.deposit, args=(10,)) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return account.balance


unsafe = run(UnsafeAccount(), 5)
safe = run(SafeAccount(), 5)
print(f'unsafe balance: {unsafe} (expected 50, lost {50 - unsafe})')
print(f'safe balance:   {safe}')

alice = TransferAccount('alice', 100)
bob = TransferAccount('bob', 50)
errors = []
plan = [(alice, bob, 30), (bob, alice, 70), (alice, bob, 200), (bob, alice, 10), (alice, bob, 5)]
threads = []
for src, dst, amount in plan:
    t = threading.Thread(target=transfer, args=(src, dst, amount, errors))
    threads.append(t)
    t.start()
    t.join()
for acc in (alice, bob):
    print(f'{acc.name:<5} balance={acc.balance:>4} history={acc.history}')
print('total preserved:', alice.balance + bob.balance == 150)
for e in errors:
    print('error:', e)

# many concurrent transfers in both directions: order of locks avoids deadlock
errors.clear()
threads = [threading.Thread(target=transfer, args=((alice, bob) if i % 2 else (bob, alice)) + (1, errors))
           for i in range(40)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('after 40 transfers:', alice.balance, bob.balance, 'sum', alice.balance + bob.balance)
print('history lengths:', len(alice.history), len(bob.history), 'errors:', len(errors))
