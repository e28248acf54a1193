def f():
    return 1
setattr(f, "calls", 0)
setattr(f, "calls", getattr(f, "calls") + 1)
print(getattr(f, "calls"), f.__dict__, hasattr(f, "calls"), hasattr(f, "nope"))
f.__dict__["tag"] = "тег"
print(getattr(f, "tag"), vars(f))
delattr(f, "tag")
print(f.__dict__, hasattr(f, "tag"))
g = lambda: 0
setattr(g, "x", 1)
print(g.__dict__, f.__dict__ is f.__dict__)
class C:
    def m(self):
        pass
c = C()
setattr(c.m.__func__, "marked", True)
print(getattr(C.m, "marked"), getattr(c.m.__func__, "marked"), C.m.__dict__)
def gen():
    yield 1
setattr(gen, "k", 2)
print(gen.__dict__)
try:
    delattr(f, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(f, "nope")
except AttributeError as e:
    print("AttributeError:", e)
