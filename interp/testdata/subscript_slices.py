# A subscript whose tuple holds slices (obj[1:2, 3], obj[::2, ...])
# passes __getitem__, __setitem__ and __delitem__ a tuple of slice
# objects and values, evaluated left to right.


class Grid:
    def __getitem__(self, key):
        print("get", key)
        return key

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)


g = Grid()
g[1:2, 3]
g[::2, ...]
g[1:2,]
g[:, :]
g[1, 2:3]
g[0, 1:, :2, ::-1, "я"]
g[(1, 2):3]
g[1:2, 3] = "v"
del g[::3, 1]
g[1:2, 0] += (5,)
print(g[1:2, 3] == (slice(1, 2), 3))
n = 4
print(g[n - 1:n + 1, n:] == (slice(3, 5), slice(4, None)))
slice = None  # the syntax does not call the name slice
print(g[1:2, 3])


def order(label, v):
    print("eval", label)
    return v


g[order("lo", 1):order("hi", 2), order("i", 3)]

items = [1, 2, 3]
for key in [(1, 2), "a"]:
    try:
        items[key]
    except TypeError as e:
        print(e)
try:
    items[0:1, 2]
except TypeError as e:
    print(e)
try:
    {}[1:2, 3]
except TypeError as e:
    print(e)
print({(1, 2): "tuple key"}[1, 2])

word = "+ab"
table = {"ab": 1, 1: "one"}
found = {}
found[table[word[1:]]] = word[:1]
print(found, table[table[word[1:]]], [[1, 2, 3][1:]][0][::-1])
