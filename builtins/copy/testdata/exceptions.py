# copy and deepcopy rebuild an exception as BaseException.__reduce__ does:
# type(e)(*e.args), then its __dict__ as attributes.
import copy


class E(ValueError):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


class F(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code)
        self.code = code


v = ValueError("x", [1])
c = copy.copy(v)
d = copy.deepcopy(v)
print(repr(c), c is v, c.args[1] is v.args[1], d.args[1] is v.args[1], d.args == v.args)
f = F("boom", 7)
f.add_note("note")
g = copy.deepcopy(f)
print(repr(g), g.code, g.__notes__, g.__notes__ is f.__notes__, type(g).__name__, g is f)
k = copy.copy(KeyError("k"))
print(repr(k), str(k), type(k).__name__)
try:
    copy.copy(E(1, 2))
except TypeError as e:
    print("TypeError:", e)
print(copy.deepcopy([OSError(2, "nope")])[0].errno, copy.copy(StopIteration(5)).value)
