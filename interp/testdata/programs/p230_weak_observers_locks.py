"""Blog post "Per-object locks and observers without leaks": a
WeakKeyDictionary of per-account locks (setdefault under a guard lock),
a WeakSet of subscribers notified from worker threads, and gc.collect()
showing that dropped accounts and listeners disappear from both.
"""
import gc
import threading
import weakref


class Account:
    def __init__(self, owner: str, balance: int = 0):
        self.owner = owner
        self.balance = balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


_locks = weakref.WeakKeyDictionary()
_guard = threading.Lock()


def lock_for(obj) -> threading.Lock:
    with _guard:
        return _locks.setdefault(obj, threading.Lock())


class Listener:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def notify(self, event):
        self.seen.append(event)


listeners = weakref.WeakSet()
events_lock = threading.Lock()


def publish(event):
    with events_lock:
        for listener in sorted(listeners, key=lambda l: l.name):
            listener.notify(event)


def deposit(account: Account, amounts):
    for amount in amounts:
        with lock_for(account):
            account.balance += amount
    publish(f"{account.owner}+{sum(amounts)}")


alice, bob = Account("Алиса"), Account("Боб", 10)
audit, ui = Listener("audit"), Listener("ui")
listeners.add(audit)
listeners.add(ui)

threads = [threading.Thread(target=deposit, args=(acc, [1] * 50)) for acc in (alice, bob, alice, bob)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(alice, bob)
print("locks tracked:", len(_locks), "same lock:", lock_for(alice) is lock_for(alice))
print("audit saw:", sorted(audit.seen))
print("ui saw:", len(ui.seen), "events")

temp = Account("временный", 5)
deposit(temp, [1, 2])
print("with temp:", len(_locks), sorted(a.owner for a in _locks))
del temp
gc.collect()
print("after gc:", len(_locks), sorted(a.owner for a in _locks))

del ui
gc.collect()
print("listeners left:", [l.name for l in listeners])
publish("final")
print("audit last:", audit.seen[-1], "| total:", len(audit.seen))
