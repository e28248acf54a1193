# Indexing and bool arithmetic are right for a name whatever else binds
# it: an assignment expression (in a function, a comprehension, under
# global), a parameter, a comprehension or loop variable, an attribute,
# a with body run through a user context manager.


def walrus_local():
    s = "abc"
    if (s := "éb"):
        pass
    return s[0], s[1]


print(walrus_local())

u = "xyz"


def walrus_global():
    global u
    [(u := "ñu") for _ in range(1)]


walrus_global()
print(u[0], u[-1])


def walrus_comprehension(words):
    last = "plain"
    found = [w for w in words if (last := w)]
    return last[0], len(found)


print(walrus_comprehension(["ascii", "ёлка"]))


def walrus_bool(x):
    flag = False
    if (flag := x > 3):
        pass
    return flag + 1, flag * 2, -flag


print(walrus_bool(5), walrus_bool(1))

t = "abc"


def param(t):
    return t[0]


print(param("éx"), (lambda t: t[1])("xé"), [t[0] for t in ["ÿz"]])
for t in ["жx"]:
    print(t[0])


class Box:
    t = "abc"

    def __init__(self, t):
        self.t = t


print(Box("βx").t[0], Box.t[0])


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def in_with(mgr, word):
    w = word
    n = True
    with mgr:
        head = w[0]
        w = "abc"
        m = n
    return head, w, m + 1


print(in_with(Manager(), "üx"))


# A list, tuple or str repeated by something that is not an int may be
# whatever that thing's __rmul__ (or __ror__ for a set) returns.
class Times:
    def __rmul__(self, other):
        return "é" + str(len(other))

    def __ror__(self, other):
        return "ñ" + str(len(other))


def repeat(n):
    a = [0] * n
    b = "ab" * n
    c = (1, 2) * n
    return a[0], b[0], c[0], ({1} | n)[0]


print(repeat(Times()))
print([7] * 2, ("x" * 3)[2], [[0] * 2][0][1], (1, 2) * True)


# A method called like a str method may return anything: its result
# indexes a str by code point like any other int.
class Cursor:
    def upper(self):
        return 0

    def strip(self):
        return -1


def pick(word, cursor):
    return word[cursor.upper()], word[cursor.strip()], {"k": 1}["k"]


print(pick("éa", Cursor()))
