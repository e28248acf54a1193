# Arguments to a threading.local subclass: refused without an __init__
# of the script's (CPython's local_new), accepted and replayed in each
# thread with one.
import threading


class Plain(threading.local):
    colour = "red"


class Child(Plain):
    pass


class WithInit(threading.local):
    def __init__(self, n, tag="t"):
        self.n, self.tag = n, tag


class Grand(WithInit):
    pass


for call in (lambda: Plain(1), lambda: Plain(key=2), lambda: Child(1, 2), lambda: threading.local(0)):
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)
print("no args ok:", Plain().colour, Child().colour)
w = WithInit(3, tag="main")
g = Grand(5)
seen = []
t = threading.Thread(target=lambda: seen.append((w.n, w.tag, g.n, g.tag)))
t.start()
t.join()
print("replayed in thread:", seen, (w.n, w.tag), (g.n, g.tag))
try:
    WithInit()
except TypeError as exc:
    print("TypeError:", exc)
