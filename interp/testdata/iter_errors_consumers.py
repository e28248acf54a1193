class Bad:
    def __init__(self, n): self.n = n
    def __iter__(self): return BadIt(self.n)
class BadIt:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > self.n: raise ValueError("boom%d" % self.i)
        return self.i
class NoIt: pass
class PairIt(BadIt):
    def __next__(self):
        v = BadIt.__next__(self)
        return (v, v)
class Pairs(Bad):
    def __iter__(self): return PairIt(self.n)
def t(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except Exception as e:
        print(name, type(e).__name__, e)
def unpack():
    a, b = Bad(1)
    return a, b
def unpack3():
    a, b = Bad(3)
    return a
def ext():
    l = []
    l.extend(Bad(2)); return l
def su():
    s = set(); s.update(Bad(2)); return s
def du():
    d = {}; d.update(Pairs(2)); return d
t("join", lambda: ",".join(Bad(2)))
t("extend", ext)
t("setupdate", su)
t("dictupdate", du)
t("unpack", unpack)
t("unpack3", unpack3)
def make(n): return Bad(n)
def unpack_call():
    a, b = make(1)
    return a, b
def unpack_many():
    a, b, c = make(5)
    return a
def unpack_ok():
    a, b = make(2)
    return a, b
def unpack_int():
    a, b = int("5")
    return a
def gen(n):
    yield 1
    raise KeyError(n)
def dict_changed():
    d = {1: 1, 2: 2}
    return [d.setdefault(k + 10, 0) for k in d]
t("unpack_call", unpack_call)
t("unpack_many", unpack_many)
t("unpack_ok", unpack_ok)
t("unpack_int", unpack_int)
t("listcomp_gen", lambda: [x for x in gen(3)])
t("nested", lambda: [[y for y in Bad(1)] for x in Bad(2)])
t("nested_inner", lambda: [[y for y in Bad(x)] for x in [1, 2]])
t("comp_after_error", lambda: [x for x in [1, 2]])
t("dict_changed", dict_changed)
t("listcomp", lambda: [x for x in Bad(2)])
t("setcomp", lambda: {x for x in Bad(2)})
t("dictcomp", lambda: {x: 1 for x in Bad(2)})
t("in", lambda: 5 in Bad(2))
t("tuple", lambda: tuple(Bad(2)))
t("min", lambda: min(Bad(2)))
t("max", lambda: max(Bad(2)))
t("sorted", lambda: sorted(Bad(2)))
t("zip", lambda: list(zip(Bad(2), [1,2,3])))
t("map", lambda: list(map(str, Bad(2))))
t("filter", lambda: list(filter(None, Bad(2))))
t("enumerate", lambda: list(enumerate(Bad(2))))
t("list", lambda: list(Bad(2)))
t("sum", lambda: sum(Bad(2)))
for f in [lambda x: ",".join(x), lambda x: [].extend(x), lambda x: set().update(x), lambda x: tuple(x), lambda x: min(x), lambda x: sorted(x), lambda x: list(zip(x)), lambda x: 1 in x, lambda x: [y for y in x]]:
    t("noit", lambda: f(NoIt()))
