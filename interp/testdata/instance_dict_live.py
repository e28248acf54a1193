import threading


class P:
    def __init__(self, x):
        self.x = x


p = P(1)
d = p.__dict__
print(d is p.__dict__, d)
p.__dict__["y"] = 2
print(p.y, d)
p.__dict__.update(z=3, x=10)
print(p.x, p.z, vars(p))
del p.__dict__["y"]
print(hasattr(p, "y"), d)
vars(p)["w"] = "вес"
print(p.w)
p.q = 5
print(d, "q" in p.__dict__)
del p.q
print(p.__dict__)
p.__dict__ = {"a": 1}
print(p.a, hasattr(p, "x"), p.__dict__)
try:
    p.__dict__ = 3
except TypeError as e:
    print("TypeError:", e)
for k, v in sorted(vars(P(7)).items()):
    print(k, v)
q = P(2)
q.__dict__.setdefault("n", 0)
q.n += 1
print(q.__dict__.pop("n"), q.__dict__)


class T(threading.Thread):
    def run(self):
        self.result = 42


t = T()
t.__dict__["tag"] = "t1"
t.start()
t.join()
print(t.tag, t.result, t.__dict__["result"])
ev = threading.Event()
ev.__dict__["k"] = 1
print(ev.k, ev.__dict__ is ev.__dict__)
