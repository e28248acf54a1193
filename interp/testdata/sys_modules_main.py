import sys
import threading

counter = 0
label = "главный"
m = sys.modules["__main__"]
print(m is sys.modules[__name__], m.__name__, type(m).__name__)
print(m.counter, getattr(sys.modules[__name__], "label"))
counter = 7
print(m.counter, hasattr(m, "later"), hasattr(m, "print"))


def handler(kind):
    return "handled " + kind


def work(out):
    fn = getattr(sys.modules["__main__"], "handler")
    out.append(fn("in thread"))
    out.append(sys.modules[__name__].__dict__["counter"])


out = []
t = threading.Thread(target=work, args=(out,))
t.start()
t.join()
print(out)
later = 1
d = m.__dict__
print(d["later"], d["__name__"], "counter" in d, "len" in d)
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
