# Special methods a subclass of a builtin type defines win over the
# base's, and super() (or the base type itself) reaches the base's:
# __getitem__, __setitem__, __contains__, __len__, __repr__, __str__,
# __iter__, __eq__, __add__, __missing__.
class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for w in "да нет да да может".split():
    c[w] += 1
print(c, c["никогда"], c.get("никогда"), "никогда" in c, len(c), c.get("да"))


class Default(dict):
    def __missing__(self, key):
        v = self[key] = [key]
        return v


df = Default()
df["a"].append(1)
print(df, dict.__getitem__(df, "b"), df)


class LowerDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __contains__(self, k):
        return super().__contains__(k.lower())


ld = LowerDict()
ld["Ключ"] = 1
print(ld, ld["КЛЮЧ"], "ключ" in ld, "КЛЮЧ" in ld, dict.get(ld, "ключ"), ld.get("КЛЮЧ"))


class Stack(list):
    def push(self, x):
        super().append(x)

    def __getitem__(self, i):
        return ("item", super().__getitem__(i))

    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)

    def __len__(self):
        return 100 + super().__len__()

    def __repr__(self):
        return "Stack(" + list.__repr__(self) + ")"


s = Stack()
s.push(1)
s.push(2)
s[0] = 5
print(s, s[0], s[-1], list(s), len(s), str(s), f"{s}", [s], bool(Stack()))


class Evens(list):
    def __iter__(self):
        return (x for x in super().__iter__() if x % 2 == 0)

    def __contains__(self, x):
        return x % 2 == 0 and super().__contains__(x)


e = Evens([1, 2, 3, 4])
print(list(e), sorted(e), 3 in e, 4 in e, len(e), sum(e), [x * 10 for x in e])


class Loud(str):
    def __str__(self):
        return self.upper() + "!"

    def upper(self):
        return "ГРОМКО " + super().upper()


ls = Loud("тихо")
print(ls, str(ls), repr(ls), f"{ls}", ls.upper(), ls.lower(), "%s" % ls)


class Money(int):
    def __repr__(self):
        return "$" + int.__repr__(self)

    def __add__(self, other):
        return Money(int(self) + int(other))


m = Money(5)
print(m, repr(m), [m], m + 3, type(m + 3).__name__, 3 + m, type(3 + m).__name__, str(m), f"{m:>4}")


class CaseStr(str):
    def __eq__(self, other):
        return self.lower() == other.lower()

    def __hash__(self):
        return hash(self.lower())


print(CaseStr("ДА") == CaseStr("да"), CaseStr("A") != CaseStr("a"), {CaseStr("X"): 1}[CaseStr("x")])


class Vec(tuple):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))

    def __mul__(self, k):
        return Vec(a * k for a in self)


v = Vec((1, 2)) + Vec((3, 4))
print(v, type(v).__name__, v * 3, Vec((1,)) + (5,))


class Plus(list):
    def __add__(self, other):
        return "plus"


p = Plus()
p += [1]
print(p)


print("cycles")


class R(list):
    def __repr__(self):
        return "R" + list.__repr__(self)


r = R(["я"])
r.append(r)
print(r, [r], repr([r, r]))


class Holder:
    def __init__(self, items):
        self.items = items

    def __repr__(self):
        return "Holder(" + repr(self.items) + ")"


items = [1]
items.append(Holder(items))
print(items)
