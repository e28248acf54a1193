# A with statement behaves the same whatever its manager is called: native
# locks under any name or reached through a call, user context managers
# called lock, exceptions seen and suppressed by __exit__, break, continue
# and return in the body, nested with statements and generators.
import threading


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


class Holder:
    def __init__(self):
        self._l = threading.Lock()

    def get_lock(self):
        return self._l

    def add(self, n):
        with self.get_lock() as got:
            print("holder", got, self._l.locked())
            return n + 1


l = threading.Lock()
with l:
    print("l held", l.locked())
print("l released", not l.locked())
with threading.Lock() as got:
    print("fresh lock entered", got)
h = Holder()
print(h.add(1), h.get_lock().locked())
g = threading.RLock()
with g:
    with g:
        print("rlock twice")
locks = [threading.Lock(), threading.Semaphore(2)]
with locks[0], locks[1] as s:
    print("items", locks[0].locked(), s)

lock = Manager("lock", suppress=True)
with lock:
    raise ValueError("suppressed by a manager called lock")
print("after lock")
guard = Manager("guard")
try:
    with guard as m:
        print("in", m.name)
        raise KeyError("seen by exit")
except KeyError as e:
    print("propagated", repr(e))


def loop(mgr):
    done = []
    for i in range(5):
        with mgr:
            if i == 1:
                continue
            if i == 3:
                break
            done.append(i)
    return done


print(loop(threading.Lock()), loop(Manager("loop")))


def early(mgr):
    with mgr:
        return "returned"


l2 = threading.Lock()
print(early(l2), l2.locked(), early(Manager("early")))


def nested(a, b, c, d, e):
    total = 0
    with a:
        with b:
            with c:
                with d:
                    with e:
                        total += 1
                        raise IndexError("deep")
    return total


print(nested(Manager("a", True), threading.Lock(), Manager("c"), threading.RLock(), Manager("e")))
locks = [threading.Lock() for _ in range(5)]
try:
    nested(*locks)
except IndexError as e:
    print("deep error", e, [x.locked() for x in locks])


def gen(mgr, n):
    with mgr:
        for i in range(n):
            yield i
    print("gen finished")


print(list(gen(threading.Lock(), 3)), list(gen(Manager("gen"), 2)))
it = gen(Manager("closed"), 5)
print(next(it), next(it))
it.close()
gl = threading.Lock()
it = gen(gl, 5)
print(next(it), gl.locked())
it.close()
print("closed", gl.locked())


def accumulate(mgr, word):
    s = word
    with mgr:
        first = s[0]
        s = "abc"
    return first, s


print(accumulate(Manager("str"), "éa"), accumulate(threading.Lock(), "ña"))
