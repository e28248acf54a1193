# An uncaught error of a slice assignment marks the target, as CPython.
l = [1, 2, 3]
l[1:] = ["б"]
print(l)
l[::2] = range(4)
