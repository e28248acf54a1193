"""A bank race demonstrated deterministically: a forced interleaving loses an update."""
import threading


class UnsafeAccount:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount, between=None):
        current = self.balance          # read
        if between is not None:
            between()                   # another thread runs here
        if current >= amount:
            self.balance = current - amount  # write
            return True
        return False


class SafeAccount(UnsafeAccount):
    def __init__(self, balance):
        super().__init__(balance)
        self.lock = threading.Lock()

    def withdraw(self, amount, between=None):
        with self.lock:
            return super().withdraw(amount)


def forced_interleaving(account):
    """Thread A reads, then B runs its whole withdrawal, then A writes."""
    a_read = threading.Event()
    b_done = threading.Event()
    results = {}

    def a():
        def pause():
            a_read.set()
            b_done.wait()
        results["A"] = account.withdraw(70, between=pause)

    def b():
        a_read.wait()
        results["B"] = account.withdraw(70)
        b_done.set()

    ta, tb = threading.Thread(target=a, name="A"), threading.Thread(target=b, name="B")
    ta.start()
    tb.start()
    ta.join()
    tb.join()
    return results


def hammer(account, n_threads, n_ops):
    def work():
        for _ in range(n_ops):
            account.withdraw(1)

    ts = [threading.Thread(target=work) for _ in range(n_threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def main():
    acc = UnsafeAccount(100)
    res = forced_interleaving(acc)
    print("unsafe:", dict(sorted(res.items())), "balance:", acc.balance)
    print("money created from nothing:", 100 - 70 * sum(res.values()) != acc.balance)

    safe = SafeAccount(100)
    t1 = threading.Thread(target=lambda: safe.withdraw(70))
    t2 = threading.Thread(target=lambda: safe.withdraw(70))
    t1.start(); t2.start(); t1.join(); t2.join()
    print("safe balance:", safe.balance)

    big = SafeAccount(10_000)
    hammer(big, 8, 500)
    print("after 4000 locked withdrawals:", big.balance)
    over = SafeAccount(100)
    hammer(over, 4, 50)
    print("never negative:", over.balance)
    print(isinstance(big, UnsafeAccount), SafeAccount.__mro__[1].__name__, SafeAccount.__bases__)
    print(UnsafeAccount.withdraw.__doc__, SafeAccount.withdraw.__name__)
    print(forced_interleaving.__doc__)


if __name__ == "__main__":
    main()
