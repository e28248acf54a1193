# Slice assignment: a list takes the items of any iterable in the slice's
# place; an extended slice takes exactly as many; a user class's
# __setitem__ gets a slice object.
l = [1, 2, 3, 4, 5]
l[1:3] = [9]
print(l)
l[:0] = "аб"
print(l)
l[len(l):] = (x * x for x in range(3))
print(l)
l[::2] = range(5)
print(l)
l[:] = []
print(l)
m = n = [0, 1, 2, 3]
m[1:3] = m
print(m, n is m)
m[3:1] = ["x"]
print(m)
m[-2:] = {"k": 1}
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    m[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
for target in ("abc", (1, 2)):
    try:
        target[0:1] = "z"
    except TypeError as e:
        print("TypeError:", e)


class Grid:
    def __setitem__(self, key, value):
        print("set", key, value)


g = Grid()
g[1:2] = "v"
g[::3] = [1]
g[:] = None
