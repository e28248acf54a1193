# An int or str subclass whose __hash__ is its base's hashes, and finds
# dict keys, as its value does.
class T(str):
    def __eq__(self, o): return str.__eq__(self, o.lower() if isinstance(o, str) else o)
    __hash__ = str.__hash__
class N(int):
    def __eq__(self, o): return int(self) == o
    def __hash__(self): return int.__hash__(self)
class H(int):
    def __hash__(self): return 7
print({"ab": 1}[T("ab")], {"ab": 1}.get(T("ab")), T("ab") in {"ab": 0}, T("AB") in {"ab": 0})
print({5: "five"}[N(5)], N(5) in {5}, {-5: "m"}.get(N(-5)), {7: "seven"}.get(H(3), "none"), hash(H(3)), hash(N(5)), hash(T("x")) == hash("x"))
print(len({N(2), 2}), {N(3): "a"}[N(3)], {T("q"): 1}[T("q")])
