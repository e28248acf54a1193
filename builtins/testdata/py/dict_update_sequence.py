# dict(pairs) and d.update(pairs): an element of the wrong length is
# CPython's ValueError; a str element is a sequence of its characters.
for f in (lambda: dict([(1, 2, 3)]), lambda: dict([(1, 2), "abc"]), lambda: {}.update([("a",)]), lambda: dict(["ab", (1,)])):
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
print(dict(["ab", "вг"]), dict(["ab"], x=1))
try:
    dict([1])
except TypeError as e:
    print("TypeError:", e)
d = {}
d.update(["кл"])
print(d)
