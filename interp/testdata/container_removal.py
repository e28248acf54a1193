# dict.popitem takes the last item; remove reports the missing element
# the way CPython does for lists and sets.
d = {"a": 1}
d.update(b=2, c=3)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)

s = {1, 2}
s.remove(1)
print(s)
try:
    s.remove(5)
except KeyError as e:
    print("KeyError", e)

names = ["a", "b"]
names.remove("a")
print(names)
try:
    names.remove("zz")
except ValueError as e:
    print("ValueError:", e)


class Pool:
    def remove(self, x):
        print("Pool.remove", x)


Pool().remove(3)
