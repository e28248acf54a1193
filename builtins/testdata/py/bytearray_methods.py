# bytearray's mutating methods, +=, slice assignment, and the bytes
# methods returning bytearrays.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

a = bytearray(b"hello")
a.append(33)
a.extend(b" wor")
a.extend([108, 100])
a.insert(0, 62)
a.insert(-1, 95)
a.insert(100, 60)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord("l"))
a.reverse()
print(a)
c = a.copy()
c[0:3] = b"XYZW"
print(a, c, c is not a)
a.clear()
print(a, len(a))
a += b"abc"
a += bytearray(b"def")
print(a)
a[1:3] = b""
a[::2] = b"XY"
a[-1] = 90
print(a)
del a[0]
del a[::2]
print(a)
a *= 3
print(a, a * 0, 2 * a)
show("pop empty", lambda: bytearray().pop())
show("pop range", lambda: bytearray(b"ab").pop(10))
show("remove missing", lambda: bytearray(b"ab").remove(120))
show("remove bytes", lambda: bytearray(b"a").remove(b"a"))
show("append 256", lambda: bytearray(b"a").append(256))
show("append str", lambda: bytearray(b"a").append("a"))
show("insert str", lambda: bytearray(b"a").insert(0, "x"))
show("extend str", lambda: bytearray(b"a").extend("x"))
show("clear arg", lambda: bytearray(b"a").clear(1))
show("iadd str", lambda: bytearray(b"a").__iadd__("x") if False else None)

b = bytearray(b"  Mixed Case, text  ")
print(b.strip(), b.upper(), b.lower().split(), b.title(), b.replace(b"e", b"E"), b.center(24, b"."))
print(b.find(b"Case"), b.count(b" "), b.startswith(b" "), b.endswith(bytearray(b"  ")), b.split(b","), b.partition(b","))
print(b.zfill(22), b.isalpha(), bytearray(b"abc").isalpha(), bytearray(b"AB").isupper(), b.expandtabs(), b.splitlines())
print(bytearray(b",").join([b"a", bytearray(b"b")]), bytearray.fromhex("6869"), bytearray(b"ab").hex(), bytearray(b"\x01\x02").hex("-"))
print(bytearray(b"abc").translate(bytes.maketrans(b"a", b"A")), bytearray.maketrans(b"a", b"b")[97], bytearray(b"ab").removeprefix(b"a"))
s = bytearray(b"same")
print(s.strip() is s, s.ljust(2) is s, s.replace(b"x", b"y") is s, type(s.removeprefix(b"z")).__name__)
