# A tuple that contains itself through a list or dict prints (...) where
# the cycle closes, as CPython's Py_ReprEnter marks it; equal or shared
# tuples that are not cycles print in full.
t = ([],)
t[0].append(t)
print(t)
print(t[0])
u = (1, {"ключ": []})
u[1]["ключ"].append(u)
print(u, str(u))
print(repr([u]))
a = (1, 2)
print([a, a, (a, a)])
e = ()
print([e, (e, e)])
n = ([], "я")
n[0].append([n, n])
print(n)
