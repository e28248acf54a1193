# x op= y calls x.__iop__(y) when x's class defines it (the result is
# bound to x), falls back to x op y when it is missing or returns
# NotImplemented; lists and sets still update in place.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __iadd__(self, other):
        print("  __iadd__", other)
        if isinstance(other, str):
            return NotImplemented
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("  __add__", other)
        return Bag(self.items + list(other))

    def __isub__(self, other):
        self.items.remove(other)
        return self

    def __imul__(self, n):
        self.items *= n
        return self

    def __ior__(self, other):
        return "ior result"

    def __repr__(self):
        return f"Bag({self.items})"


class Plain:
    def __init__(self, n):
        self.n = n

    def __add__(self, k):
        return Plain(self.n + k)


b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
b += "ab"
print(b, alias, b is alias)
b = alias
b -= 2
b *= 2
print(b, alias is b)
b |= 1
print(b)
p = Plain(1)
q = p
p += 5
print(p.n, q.n, p is q)


class Holder:
    def __init__(self):
        self.bag = Bag()
        self.count = 0
        self.parts = {"a": Bag(), "b": []}


h = Holder()
h.bag += ["x"]
h.count += 1
parts = h.parts
parts["a"] += ["y"]
parts["b"] += ["z"]
print(h.bag, h.count, h.parts)
lst = [1]
same = lst
lst += (2, 3)
lst += "ёж"
print(lst, same is lst)
s = {1}
t = s
s |= {2}
s -= {1}
print(s, t is s)
n = 3
n += 1
n *= 2
print(n)
words = ["раз"]
for w in ["два", "три"]:
    words += [w.upper()]
print(words)
