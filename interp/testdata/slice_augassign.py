# x[lo:hi:step] op= v evaluates x and the bounds once, reads the slice,
# evaluates v, applies op (in place where the slice's value allows) and
# stores the result back into the same slice.

x = [1, 2, 3, 4]
x[1:3] += [9, 9]
print(x)
x[::2] *= 1
print(x)
x[:2] += (i * 10 for i in range(3))
print(x)
x[-1:] += "ab"
print(x)
x[1:4] *= 2
print(x)
x[:] = [1, 2, 3]
x[:1] += x
print(x)

words = ["один", "два", "три"]
words[1:] += ["четыре"]
print(words)


def trace(label, value):
    print("eval", label)
    return value


class Box:
    def __init__(self):
        self.items = [0, 1, 2, 3]


b = Box()
trace("x", b).items[trace("lo", 1):trace("hi", 3)] += trace("v", ["v"])
print(b.items)


class Seq:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, k):
        print("get", k)
        return Seq(self.data[k])

    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k.start:k.stop:k.step] = v.data

    def __add__(self, other):
        print("add", other)
        return Seq(self.data + other)

    def __mul__(self, n):
        print("mul", n)
        return Seq(self.data * n)

    def __repr__(self):
        return "Seq(%r)" % (self.data,)


s = Seq([1, 2, 3])
s[1:2] += [7]
print(s)
s[::2] *= 1
print(s)
s[:] *= 2
print(s)


def local():
    a = [1, 2, 3]
    n = 1
    a[n:n + 1] += a[:n]
    a[n:] += [n]
    return a


print(local())


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)


def on_str():
    t = "abc"
    t[1:2] += "x"


def on_tuple():
    t = (1, 2)
    t[:1] += (3,)


def on_int():
    t, n = [1, 2], 5
    t[:1] += n


def extended():
    t = [1, 2, 3, 4]
    t[::2] += [5]


def on_dict():
    d = {}
    d[1:2] += [1]


def bad_bound():
    t = [1, 2]
    t["a":] += [1]


attempt("str", on_str)
attempt("tuple", on_tuple)
attempt("int", on_int)
attempt("extended", extended)
attempt("dict", on_dict)
attempt("bound", bad_bound)
