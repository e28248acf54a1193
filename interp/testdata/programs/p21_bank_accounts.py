"""Bank accounts whose methods guard state with `with self._lock:`."""
import threading


class InsufficientFunds(Exception):
    pass


class Account:
    _next = 1
    _class_lock = threading.Lock()

    def __init__(self, owner, balance=0):
        with Account._class_lock:
            self.number = Account._next
            Account._next += 1
        self.owner = owner
        self._balance = balance
        self._lock = threading.RLock()
        self.history = []

    @property
    def balance(self):
        with self._lock:
            return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        with self._lock:
            self._balance += amount
            self.history.append(("+", amount))

    def withdraw(self, amount):
        with self._lock:
            if amount > self._balance:
                raise InsufficientFunds(f"{self.owner}: balance {self._balance} < {amount}")
            self._balance -= amount
            self.history.append(("-", amount))

    def __repr__(self):
        return f"Account(#{self.number}, {self.owner!r}, {self.balance})"


def transfer(src, dst, amount):
    first, second = sorted((src, dst), key=lambda a: a.number)
    with first._lock:
        with second._lock:
            src.withdraw(amount)
            dst.deposit(amount)


def main():
    a, b = Account("alice", 1000), Account("bob", 1000)
    errors = []

    def mover(x, y, n):
        for _ in range(n):
            try:
                transfer(x, y, 7)
            except InsufficientFunds as e:
                errors.append(str(e))

    ts = [threading.Thread(target=mover, args=(a, b, 50)), threading.Thread(target=mover, args=(b, a, 30))]
    ts += [threading.Thread(target=mover, args=(a, b, 20)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(a, b, "sum:", a.balance + b.balance)
    print("history sizes:", len(a.history), len(b.history), "errors:", errors)
    try:
        a.withdraw(10 ** 6)
    except InsufficientFunds as e:
        print("refused:", e)
    try:
        b.deposit(-5)
    except ValueError as e:
        print("refused:", e)
    counter = 0
    lock = threading.Lock()

    def bump():
        nonlocal counter
        for _ in range(10000):
            with lock:
                counter += 1

    ws = [threading.Thread(target=bump) for _ in range(4)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    print("counter:", counter, "locked now:", lock.locked())


if __name__ == "__main__":
    main()
