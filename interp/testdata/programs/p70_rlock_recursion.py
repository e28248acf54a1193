"""RLock recursion: a recursive tree walk and nested methods that share one lock."""
import threading


class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)


class TreeStats:
    def __init__(self):
        self.lock = threading.RLock()
        self.visits = {}
        self.depth_max = 0

    def visit(self, node, depth=0):
        with self.lock:
            self.visits[node.name] = self.visits.get(node.name, 0) + 1
            self.depth_max = max(self.depth_max, depth)
            for child in node.children:
                self.visit(child, depth + 1)

    def total(self):
        with self.lock:
            return sum(self.visits.values())

    def summary(self):
        with self.lock:
            return f'{len(self.visits)} nodes, {self.total()} visits, depth {self.depth_max}'


tree = Node('корень',
            Node('a', Node('a1'), Node('a2', Node('a2x'))),
            Node('b'),
            Node('в', Node('в1')))
stats = TreeStats()
ts = [threading.Thread(target=stats.visit, args=(tree,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(stats.summary())
print(sorted(stats.visits.items()))


def factorial(lock, n):
    with lock:
        if n <= 1:
            return 1
        return n * factorial(lock, n - 1)


rl = threading.RLock()
print('20! =', factorial(rl, 20))
plain = threading.Lock()
print('plain lock, n=1:', factorial(plain, 1))
print('plain lock non-blocking reacquire:', plain.acquire(), plain.acquire(False))
plain.release()

rl = threading.RLock()
rl.acquire()
rl.acquire()
rl.acquire()
print('held three times:', repr(rl).split(' ')[0], 'count=3' in repr(rl))
got = []
t = threading.Thread(target=lambda: got.append(rl.acquire(timeout=0.01)))
t.start()
t.join()
print('other thread could acquire:', got)
for _ in range(3):
    rl.release()
t = threading.Thread(target=lambda: got.append(rl.acquire(timeout=0.5)) or rl.release())
t.start()
t.join()
print('after full release:', got)


def release_foreign():
    try:
        rl.release()
    except RuntimeError as e:
        print('RuntimeError:', e)


rl.acquire()
t = threading.Thread(target=release_foreign)
t.start()
t.join()
rl.release()


class Account:
    def __init__(self, balance):
        self.balance = balance
        self._lock = threading.RLock()

    def withdraw(self, amount):
        with self._lock:
            if amount > self.balance:
                raise ValueError(f'insufficient funds: {self.balance} < {amount}')
            self.balance -= amount

    def deposit(self, amount):
        with self._lock:
            self.balance += amount

    def transfer(self, other, amount):
        with self._lock:
            self.withdraw(amount)
            other.deposit(amount)


a, b = Account(100), Account(50)
workers = [threading.Thread(target=a.transfer, args=(b, 10)) for _ in range(5)]
workers += [threading.Thread(target=b.transfer, args=(a, 5)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print('balances:', a.balance, b.balance, a.balance + b.balance)
try:
    a.transfer(b, 1000)
except ValueError as e:
    print('ValueError:', e)
