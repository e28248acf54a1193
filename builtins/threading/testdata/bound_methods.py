# A Thread method read without calling it (print(t.is_alive)) is a bound
# method, with CPython's repr.
import threading
def f(): pass
t = threading.Thread(target=f, name="Поток")
m = t.is_alive
print(m, m.__name__, m.__self__ is t, type(m).__name__, callable(m), m())
print(f"{t.start!r}")
print("%s" % t.join)
tm = threading.Timer(1, f)
print(tm.is_alive)
class Sub(threading.Thread):
    pass
s = Sub(name="С")
print(s.start, s.start.__self__ is s)
t.start(); t.join()
print(m())
