# CPython's unpacking errors, for values the VM unpacks and for calls.
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def a():
    x, y = 5


def b():
    a, b = [1]


def c():
    a, b = [1, 2, 3]


def d():
    for a, b in [(1, 2, 3)]:
        pass


def g():
    a, (b, c) = 1, 2


def h():
    a, *b = 5


def i():
    a, b, *c = [1]


def j():
    for a, b in [1]:
        pass


def k():
    a, b = None


def l():
    [a, b] = 3.5


def m():
    a, b = iter([1, 2, 3])


def n():
    a, b = (x for x in [1])


def o():
    a, b = {"k": 1}


def word(s):
    return s


def p():
    a, b = word("xyz")


def q():
    a, b = word("я")


def r():
    a, b = word("яб")
    print(a, b)


def s():
    a, b = word(7)


class Bad:
    def __iter__(self):
        raise KeyError("it")


def u():
    for a, b in Bad():
        pass


def v():
    a, b = Bad()


def w():
    a, *b = Bad()


for fn in (a, b, c, d, g, h, i, j, k, l, m, n, o, p, q, r, s, u, v, w):
    t(fn)
