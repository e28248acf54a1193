# A method of a builtin value that the VM's values lack (list.count, copy,
# sort...), read as a value to pass or assign (key=words.count,
# f = lines.copy), is the bound method; attributes of those names of user
# instances, classes and self keep working, in aug-assignments and del too.
class C:
    count = 0
    def __init__(self):
        self.count = 0
        self.items = []
        self.index = 5
class D:
    pass
c = C()
c.count += 1
C.count += 2
c.items.append(1)
d = D()
d.count = 3
d.count += 4
d.title = "заголовок"
print(c.count, C.count, c.items, d.count, d.title, c.index)
print(list(map(str.strip, [" а ", "б "])), sorted(["Б", "а"], key=str.lower), list(map(str.upper, "аб")))
lines = ["x", "y"]
f = lines.copy
g = lines.sort
h = "a,b".split
k = {"a": 1}.items
print(f(), h(","), list(k()), " ".join.__name__ if hasattr(" ".join, "__name__") else "")
import math
print(math.pi > 3, str.format("{}", 1), dict.fromkeys("аб"), list.count([1, 1], 1), type(c.items.count).__name__)
try:
    d.update
except AttributeError as e:
    print(e)
try:
    (5).count
except AttributeError as e:
    print(e)
del d.count
print(hasattr(d, "count"))
words2 = ["a", "b", "a"]
for name in ["count", "index", "append", "pop", "copy", "sort", "clear", "extend", "insert", "remove", "reverse"]:
    try:
        m = getattr(words2, name)
        print(name, "ok")
    except AttributeError as e:
        print(name, e)
words = "мама мыла раму мама".split()
print(max(words, key=words.count), sorted(set(words), key=words.index), words.count("мама"))
f = words.copy
g = (1, 2, 1).count
print(f(), g(1), list(map(words.index, ["раму"])))
