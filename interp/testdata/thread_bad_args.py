# CPython unpacks Thread's args and kwargs when run() calls the target:
# a str is an iterable of characters, and a value that can't be unpacked
# is a TypeError in the new thread, reported by excepthook.
import threading


def greet(*names):
    print("Hello,", "+".join(names))


def show(n):
    print("n =", n)


t = threading.Thread(target=greet, args=("Bob"))
t.start()
t.join()

errors = []
threading.excepthook = lambda a: errors.append(f"{a.thread.name}: {a.exc_type.__name__}: {a.exc_value}")
for kw in [{"args": (5)}, {"kwargs": [1]}, {"args": 2.5, "kwargs": 3}]:
    t = threading.Thread(target=show, **kw)
    t.start()
    t.join()
t = threading.Thread(target=print, args=7)
t.start()
t.join()
tm = threading.Timer(0.01, show, args=3)
tm.start()
tm.join()
tm = threading.Timer(0.01, greet, args="ab")
tm.start()
tm.join()
print("\n".join(errors))
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=show, args=(1))
t.start()
t.join()
print("main done")
