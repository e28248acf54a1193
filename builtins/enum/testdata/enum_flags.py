import threading
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


# threads accumulate permissions under a lock
granted = [Perm(0)]
lock = threading.Lock()


def grant(p):
    with lock:
        granted[0] = granted[0] | p


threads = [threading.Thread(target=grant, args=(p,)) for p in (Perm.R, Perm.X)]
for t in threads:
    t.start()
for t in threads:
    t.join()
g = granted[0]
print(repr(g), str(g), g.value, g.name, Perm.R in g, Perm.W in g, list(g), len(g), bool(g))

rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw is Perm.RW, Perm(3) is rw, repr(Perm(0)), str(Perm(0)), bool(Perm(0)), Perm(0).name)
print(list(Perm), list(Perm.__members__), repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R), repr(Perm.W | Perm.R))
print((Perm.R | Perm.X) is (Perm.X | Perm.R), repr(Perm), f"{rw}")

m = Mode.R | Mode.W
print(repr(m), str(m), m | 1, repr(Mode(7)), repr(~Mode.R), int(m), list(Mode), format(Mode.R), repr(Mode(0)), Mode.W in m)
print(Mode.R + 1, sorted([Mode.R, Mode.X]), repr(Mode.R | Mode.X))
for bad in (lambda: Perm(8), lambda: Perm.R | 1, lambda: Perm.R < Perm.W):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
