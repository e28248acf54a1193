# What subclasses of the builtin types inherit: methods, len, iteration,
# in, indexing, slicing, item assignment and deletion, operators, truth,
# hash, repr and str, comparisons between instances, isinstance and the
# MRO. Methods and operators that make new objects return the base type,
# as in CPython.
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
    def first(self):
        return self[0]


class St(set):
    pass


class FS(frozenset):
    pass


s = Stack([3, 1, 2])
s.append(4)
s.extend([5, 6])
s.insert(0, "н")
s.remove(1)
print(s, s.pop(), s.pop(0), s.index(2), s.count(3), len(s))
s.sort()
s.reverse()
print(s, s.copy(), type(s.copy()).__name__, s[0], s[-1], s[1:3], type(s[1:3]).__name__, s[::-1])
s[0] = "x"
del s[1]
print(s, "x" in s, 99 in s, 99 not in s, bool(s), bool(Stack()), list(s), [v for v in s])
print(s + [7], type(s + [7]).__name__, [0] + s, s * 2, type(s * 2).__name__, 2 * s)
before = s
s += [8, 9]
s += "аб"
print(s, type(s).__name__, s is before)
s.clear()
print(s, len(s), not s)

d = D(a=1)
d["b"] = 2
d.update({"c": 3}, d=4)
print(d, d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.setdefault("a", 9))
print(list(d.keys()), list(d.values()), list(d.items()), "a" in d, len(d), d.pop("e"), d.popitem())
del d["b"]
print(d, [k for k in d], dict(d), d.copy(), type(d.copy()).__name__, {**d, "я": 1}, bool(D()))
print(D.fromkeys("xy", 0), list(reversed(d)))

t = S("Привет, мир")
print(t, t.upper(), t.lower(), t.split(", "), t.startswith("При"), t.endswith("!"), t.find("мир"))
print(t.replace("мир", "свет"), t[0], t[-1], t[1:4], t[::-1], len(t), "мир" in t, t.count("и"))
print(type(t.upper()).__name__, type(t[0]).__name__, type(t + "!").__name__, t + "!", t * 2)
print(S("-").join(["a", "b"]), [c for c in S("эю")], S("a b  c").split(), S("  x ").strip(), S("ab").center(6, "*"))
print(S("%s=%d") % ("k", 3), S("{}+{}").format(1, 2), bool(S("")), bool(S("0")), str(S("я")), repr(S("я")))

c = Cnt(5)
print(c, c + 1, 1 + c, c - 2, c * 3, c // 2, c % 3, c ** 2, -c, +c, abs(Cnt(-3)), c << 1, c & 4, c | 2)
print(type(c + 1).__name__, c.bit_length(), Cnt(255).bit_length(), bool(Cnt(0)), bool(c), int(c), float(c))
print(hash(c) == hash(5), hash(S("ключ")) == hash("ключ"), hash(T((1, 2))) == hash((1, 2)), divmod(c, 2), round(c))

f = F(2.5)
print(f, f * 2, f + 1, type(f * 2).__name__, -f, abs(F(-1.5)), f.is_integer(), round(f), int(f), f"{f:.3f}")

tp = T([3, 4])
print(tp, tp.first(), len(tp), tp[1], tp[-1], tp[::-1], tp + (5,), type(tp + (5,)).__name__, 3 in tp)
print(list(tp), tuple(tp), T((1,)) * 2)

st = St([1])
st.add(2)
st.discard(1)
st.update([5])
print(st, sorted(st), 5 in st, len(st), st | {7}, st & {5}, st - {5}, type(st | {7}).__name__)
fs = FS([1, 2])
print(fs, fs | {3}, 2 in fs, len(fs), fs.union([9]), hash(fs) == hash(frozenset([1, 2])))

print("compare")
print(Stack([1]) == Stack([1]), Stack([1]) != Stack([2]), Stack([1]) < Stack([2]), Stack([2]) <= Stack([1]))
print(S("a") < S("b"), S("b") >= S("a"), Cnt(3) < Cnt(4), Cnt(4) == Cnt(4), T((1, 2)) < T((1, 3)), D(a=1) == D(a=1))

print("types")
print(isinstance(s, list), isinstance(d, dict), isinstance(t, str), isinstance(c, int), isinstance(c, Cnt))
print(type(s) is Stack, type(s).__name__, type(d).__name__, issubclass(Stack, list), issubclass(list, Stack))
print(Stack.__mro__, D.__mro__, S.__bases__, Cnt.__name__)
print(list.append(s, "y"), s, dict.get(d, "a"), str.upper(S("ы")), int.bit_length(Cnt(8)))
for bad in [lambda: list.append(5, 1), lambda: dict.get([], 1), lambda: str.upper(5), lambda: hash(Stack()),
            lambda: {D(): 1}, lambda: Stack([1])[5], lambda: D()["нет"], lambda: Stack() + 1, lambda: S("a") + 1]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = Stack([1])
r.append(r)
rd = D()
rd["me"] = rd
print(r, rd)

print("slices")
sl = Stack([1, 2, 3, 4])
sl[1:3] = ["а", "б", "в"]
print(sl)
del sl[0:2]
print(sl)
sl[::2] = [0, 0]
print(sl, type(sl).__name__, sl.__getitem__(slice(0, 2)), sl[slice(1, None)])
