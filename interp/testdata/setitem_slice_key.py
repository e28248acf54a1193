# x[k] = v where k is a slice object: the key parameter of a __setitem__
# that delegates to a list (as slicing and slice assignment pass one),
# or a name bound to slice(...). A list assigns the slice's items.


class Seq:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]


s = Seq([1, 2, 3, 4])
s[1:3] = ["a"]
print(s.data)
s[0] = "z"
s[-1] = "end"
print(s.data, s[::2], s[1])
s[1:] += ["q", "r"]
print(s.data)
del s[:1]
print(s.data)
for bad in ["x", 10]:
    try:
        s[bad] = 0
    except Exception as e:
        print(type(e).__name__, e)
try:
    s[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
d = Seq({})
d["k"] = 1
try:
    d[1:2] = 5
except TypeError as e:
    print(e)
print(d.data)

words = ["один", "два", "три", "четыре"]
middle = slice(1, 3)
words[middle] = ["2", "3", "3½"]
print(words)


def local(items):
    every_other = slice(None, None, 2)
    items[every_other] = "ab"
    return items


print(local([0, 1, 2, 3]))
try:
    t = (1, 2)
    k = slice(1)
    t[k] = (3,)
except TypeError as e:
    print(e)
