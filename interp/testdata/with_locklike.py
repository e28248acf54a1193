# with on objects whose names look like locks: native locks take the fast
# path, user classes get Python's full with semantics
import threading


class Guard:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print("exit", self.name, kind, exc, tb is not None)
        return self.suppress


lock = Guard("lock", suppress=True)
with lock:
    raise ValueError("swallowed")
print("after suppressed")

mutex = Guard("mutex")
try:
    with mutex as m:
        print("inside", m.name)
        {}["missing"]
except KeyError as e:
    print("propagated", repr(e))


class Account:
    def __init__(self):
        self._lock = Guard("account", suppress=True)
        self.balance = 0

    def withdraw(self, amount):
        with self._lock:
            if amount > self.balance:
                raise RuntimeError("insufficient funds")
            self.balance -= amount
        return "done"


print(Account().withdraw(5))


def counting(cond):
    total = 0
    for i in range(5):
        with cond:
            if i == 1:
                continue
            if i == 4:
                break
            total += i
            last = i
    return total, last


print(counting(threading.Lock()))
print(counting(threading.RLock()))
print(counting(Guard("cond")))


def early(sem):
    with sem as s:
        return "returned from " + type(s).__name__


print(early(Guard("sem")))
print(early(threading.Semaphore(1)) in ("returned from bool", "returned from True"))


def collect(db_lock):
    out = []
    with db_lock:
        out.append(1)
        fns = [lambda: len(out)]
    return out, fns[0]()


print(collect(Guard("db_lock")), collect(threading.Lock()))


def guarded_total(guard_lock, values):
    total = 0
    for v in values:
        with guard_lock:
            total += v
            if v < 0:
                raise ValueError(f"negative {v}")
    return total


print(guarded_total(Guard("guard_lock", suppress=True), [1, -2, 3]))
try:
    guarded_total(Guard("guard_lock"), [1, -2, 3])
except ValueError as e:
    print("caught", e)
print(guarded_total(threading.Lock(), [1, 2, 3]))


def nested():
    outer_lock = Guard("outer", suppress=True)
    inner_lock = threading.Lock()
    with outer_lock:
        with inner_lock:
            print("both held", inner_lock.locked())
            raise KeyError("inner")
    print("inner released", not inner_lock.locked())


nested()
cond = threading.Condition()
with cond:
    cond.notify_all()
    print("condition held")


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise OSError("exit failed")


file_lock = ExitRaises()
try:
    with file_lock:
        pass
except OSError as e:
    print("exit error:", e)
not_a_manager_lock = 42
with not_a_manager_lock:
    pass
