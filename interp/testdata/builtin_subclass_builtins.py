# Go builtins and modules take an instance of a builtin type's subclass
# where they take the base type: sorted, sum, min, max, list(), dict(),
# set(), str.join, json.dumps, format specs, % formatting, str.format,
# int(), float(), enumerate, zip, reversed, copy, threading and queue.
import copy
import json
import queue
import threading


class Stack(list):
    pass


class D(dict):
    pass


class S(str):
    pass


class Cnt(int):
    pass


class F(float):
    pass


class T(tuple):
    pass


class St(set):
    pass


s = Stack([3, 1, 2])
print(sorted(s), sum(s), min(s), max(s), list(s), tuple(s), set(s), len(s), any(s), all(s))
print(sorted(Stack(["б", "а"])), max(S("язык")), min(T((5, 4))), sum(St([1, 2])), sorted(St([3, 1])))
print(dict(D(a=1)), dict(Stack([("k", "v")])), list(D(x=1, y=2)), set(T((1, 1))), list(S("эй")))
print("".join([S("а"), "b"]), ",".join(Stack(["x", "y"])), S("-").join(T(("1", "2"))), "+".join(S("abc")))
print(json.dumps(Stack([1, 2])), json.dumps(D(a=Stack([1]), b=T((2,)))), json.dumps({"k": S("знач"), "n": Cnt(3), "f": F(0.5)}, ensure_ascii=False))
print(json.dumps({S("ключ"): 1, Cnt(2): 2}), json.loads(S("[1, 2]")))
print(f"{Cnt(5):>4}|{S('x'):^5}|{F(1.5):.2f}|{Cnt(255):x}|{S('ы')}|{Cnt(1234567):,}|{S('я')!r}")
print(format(Cnt(7), "03d"), format(S("ab"), ">4"), format(F(0.25), "%"), format(Cnt(3)), format(S("z")))
print("%d %s %r %5.1f %x %c" % (Cnt(3), S("s"), S("r"), F(2.25), Cnt(255), Cnt(1046)), "%s-%s" % T(("a", "b")))
print("{} {} {:>3}".format(S("a"), Cnt(2), Cnt(7)), "{0[0]}".format(Stack(["i"])), "{k}".format(**{"k": S("v")}))
print(int(Cnt(5)), float(Cnt(5)), int(F(2.7)), float(F(2.5)), str(S("z")), str(Cnt(4)), repr(Cnt(4)), repr(F(1.0)))
print(int(S("12")), float(S("1.5")), bool(S("")), bool(Stack()), bool(D(a=1)), abs(Cnt(-2)), round(F(2.567), 2))
print(hex(Cnt(255)), bin(Cnt(5)), oct(Cnt(8)), chr(Cnt(1046)), list(range(Cnt(3))))
print(list(enumerate(Stack("ab"))), list(zip(Stack([1, 2]), T((3, 4)))), list(reversed(Stack([1, 2, 3]))))
print(list(reversed(T((1, 2)))), list(reversed(S("аб"))), list(reversed(D(a=1, b=2))), list(map(str, Stack([1, 2]))))
print(dict(zip(S("ab"), T((1, 2)))), isinstance(Stack(), list), callable(S), divmod(Cnt(7), 2), pow(Cnt(2), 3))

c = copy.copy(Stack([1, 2]))
c.append(3)
print(c, type(c).__name__)
orig = D(a=[1])
deep = copy.deepcopy(orig)
deep["a"].append(2)
print(orig, deep, type(deep).__name__)


class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


tg = copy.copy(Tagged([1], "т"))
print(tg, tg.tag, type(tg).__name__)

out = []
th = threading.Thread(target=lambda *a, **kw: out.append((a, kw)), args=T((1, S("два"))), kwargs=D(k=Cnt(3)))
th.start()
th.join()
print(out)

q = queue.Queue()
q.put(Stack([9]))
q.put(D(a=1))
got = q.get()
print(got, type(got).__name__, q.get())


class Shared(list):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def add(self, v):
        with self.lock:
            self.append(v)


shared = Shared()
threads = [threading.Thread(target=lambda i=i: [shared.add(i * 100 + j) for j in range(50)]) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), sum(shared), sorted(shared)[:3])
print(S("x"), Cnt(1), F(2.0), Stack([S("a")]), D(k=S("v")), T((Cnt(1),)), sep=" | ")
sep = S(",")
print("а,б".split(sep), "абв".startswith(S("а")), "абв".find(S("в")), "абв".index(S("б")), "xабвx".strip(S("x")), "абв".endswith(S("в")))
print("абв".count(S("б")), "а-б".partition(S("-")), "абв".removeprefix(S("а")), "{}".format(S("f")), "ы" + S("ю"))
