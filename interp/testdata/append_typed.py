# x.append(v) where the typing pass finds x to be a list is lowered to
# __sp_append: lists from displays, comprehensions, list(), sorted(),
# + and *, in the module, functions, loops and threads; and what happens
# when the call is not the plain one (keywords, stars, too many or too few
# arguments keep the method call; go.starlark.net words those TypeErrors
# its own way). (A receiver that is not a list
# after all is TestAppendFallback's, in interp/pyrt.)
import threading

a = []
for i in range(5):
    a.append(i * i)
b = list("ab")
b.append("c")
c = sorted({3, 1, 2})
c.append(0)
d = [x for x in range(3)]
d.append(d)
e = [0] * 2 + [1]
e.append([])
e[-1].append("nested")
print(a, b, c, d, e)


def build(n):
    out = []
    for k in range(n):
        row = []
        for j in range(k):
            row.append((k, j))
        out.append(row)
    out.append(out.append(None))
    return out


print(build(4))

# A list appended to by several threads.
shared = []


def worker(tag):
    for k in range(200):
        shared.append((tag, k))


ts = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), sorted(shared)[:2], sorted(shared)[-1])

# Appending to a list while a for loop walks it (CPython sees the new
# items; the loop stops at the length it finds each step).
walk = [1, 2]
for v in walk:
    if v < 5:
        walk.append(v + 2)
print(walk)


# Calls that keep the method call: a starred argument, a bound method.
f = []
f.append(*[7])
m = f.append
m(8)
print(f, f.append(9), f)
