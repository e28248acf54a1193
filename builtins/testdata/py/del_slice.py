# del with slices, negative indices and extended slices, as CPython.
a = list(range(10))
del a[2:4]
print(a)
del a[::2]
print(a)
del a[-1]
print(a)
del a[-2:]
print(a)
b = list("абвгдеж")
del b[1::3]
print(b)
del b[:]
print(b)
c = list(range(8))
del c[::-3]
print(c)
del c[5:1]
print(c)
del c[10:]
print(c)
del c[1:-1]
print(c)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
m = [[1, 2, 3], [4, 5, 6]]
del m[0][1:], m[1][0]
print(m)
for bad in ("del c[::0]", "del c['x':]", "del (1, 2)[0:1]", "del 'abc'[::2]", "del d[0:1]", "del c[5]"):
    try:
        if bad == "del c[::0]":
            del c[::0]
        elif bad == "del c['x':]":
            del c['x':]
        elif bad == "del (1, 2)[0:1]":
            t = (1, 2)
            del t[0:1]
        elif bad == "del 'abc'[::2]":
            s = "abc"
            del s[::2]
        elif bad == "del d[0:1]":
            del d[0:1]
        else:
            del c[5]
    except (TypeError, ValueError, IndexError) as e:
        print(bad, "->", type(e).__name__, e)
