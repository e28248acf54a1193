# Thread.__repr__ is in the class, so a subclass's __repr__ can extend
# it through super() or call it by name: <Name(name, status)>.
import threading


class Worker(threading.Thread):
    def __init__(self, name, job):
        super().__init__(name=name, daemon=job == "bg")
        self.job = job

    def run(self):
        pass

    def __repr__(self):
        base = super().__repr__()
        return f"{base[:-1]} job={self.job!r}>"


class Plain(threading.Thread):
    pass


class NoInit(threading.Thread):
    def __init__(self):
        pass


def strip_ident(s):
    return " ".join(w if not w.rstrip(")>").isdigit() else "N" + w[len(w.rstrip(")>")):] for w in s.split(" "))


w = Worker("w1", "скан")
print(w)
print(threading.Thread.__repr__(w))
print(str(w) == repr(w), [w])
w.start()
w.join()
print(strip_ident(repr(w)))
bg = Worker("w2", "bg")
print(bg)
print(Plain(name="p"), threading.Thread.__repr__(Plain(name="q")))
t = threading.Timer(1, print)
print(threading.Thread.__repr__(t).split(",")[0])
print(strip_ident(threading.Thread.__repr__(threading.main_thread())))
try:
    repr(NoInit())
except AssertionError as e:
    print("AssertionError:", e)
try:
    threading.Thread.__repr__(NoInit())
except AssertionError as e:
    print("AssertionError:", e)
