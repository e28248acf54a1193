"""Course quiz "what goes wrong with Thread subclasses": __init__ that
forgets to call Thread.__init__ (CPython's "thread.__init__() not
called"), run() raising with the default threading.excepthook, a
custom sys.excepthook that threading.excepthook does NOT use, and
ExceptHookArgs fields.
"""
import sys
import threading


class Forgetful(threading.Thread):
    def __init__(self, n):
        self.n = n              # no super().__init__()

    def run(self):
        print("never runs", self.n)


f = Forgetful(3)
for action in ("start", "name", "is_alive", "join", "repr", "daemon"):
    try:
        if action == "start":
            f.start()
        elif action == "name":
            print(f.name)
        elif action == "is_alive":
            f.is_alive()
        elif action == "join":
            f.join()
        elif action == "repr":
            print(repr(f))
        else:
            print(f.daemon)
    except RuntimeError as exc:
        print(f"{action}: RuntimeError: {exc}")
    except (AttributeError, AssertionError) as exc:
        print(f"{action}: {type(exc).__name__}: {exc}")
print("n kept:", f.n)


class Late(threading.Thread):
    def __init__(self, n):
        self.n = n
        super().__init__(name=f"late-{n}")

    def run(self):
        print(f"{self.name} runs with n={self.n}")


late = Late(7)
late.start()
late.join()


class Boom(threading.Thread):
    def run(self):
        raise ValueError(f"boom in {self.name}")


seen = []
sys.excepthook = lambda *a: seen.append(("sys", a[0].__name__))
b = Boom(name="boom-1")
b.start()
b.join()
print("sys.excepthook not used for threads:", seen)
sys.excepthook = sys.__excepthook__

captured = []


def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                     args.exc_traceback is not None, type(args).__name__))


threading.excepthook = hook
b2 = Boom(name="boom-2")
b2.start()
b2.join()
print("custom hook:", captured)


def exits():
    sys.exit(5)


t = threading.Thread(target=exits, name="exiter")
t.start()
t.join()
print("SystemExit in a thread is silent:", captured[1:], t.is_alive())


class NotEx(threading.Thread):
    def run(self):
        raise KeyError("k")


threading.excepthook = threading.__excepthook__
print("restored:", threading.excepthook is threading.__excepthook__)
k = NotEx(name="keyerr")
k.start()
k.join()
print("after default hook, main continues")


def broken_hook(args):
    raise RuntimeError("hook itself failed")


threading.excepthook = broken_hook
z = threading.Thread(target=lambda: 1 / 0, name="zero")
z.start()
z.join()
threading.excepthook = threading.__excepthook__
print("done, exc_info in main:", sys.exc_info())
