# bytearray: constructors, int indexing, slicing, mutation, methods,
# repr, conversions and CPython's errors.
print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([1, 2, 255]))
print(bytearray("héllo", "utf-8"), bytearray("Привет", encoding="utf-8"))
print(bytearray(range(65, 70)), bytearray(bytearray(b"copy")), bytearray((0x41, True)))

ba = bytearray(b"hello")
print(ba[0], ba[-1], ba[1:3], ba[::-1], ba[::2], type(ba[1:]).__name__, type(ba[0]).__name__)
print(len(ba), list(ba), [c for c in ba][:2], bool(ba), bool(bytearray()))
ba[0] = 72
ba[-1] = ord("O")
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([1, 2])
ba.extend(bytearray(b"!"))
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 72)
ba.insert(-1, 0x2d)
ba.insert(100, 0x2e)
ba.remove(1)
print(ba)
del ba[-1]
print(ba)
ba.reverse()
print(ba)
ba.reverse()
ba.clear()
print(ba, len(ba))

data = bytearray(b"ab")
alias = data
data.append(99)
print(alias, alias is data)
data = data + b"d"
print(data, alias, b"x" + bytearray(b"y"), bytearray(b"y") + bytearray(b"z"), data * 2, 2 * data)
grow = bytearray(b"start")
grow += b"-more"
grow += bytearray(b"!")
print(grow)

text = bytearray("Ünïcode", "utf-8")
print(text.decode(), text.decode("utf-8"), bytearray(b"caf\xe9").decode("latin-1"))
print(text.hex(), b"\x00\xff".hex(), bytearray().hex())
print(bytes(text), bytes(bytearray(b"q")) == b"q", type(bytes(text)).__name__)
print(97 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), bytearray(b"x") in bytearray(b"xyz"), 120 in bytearray(b"abc"))
print(bytearray(b"abcabc").count(b"bc"), bytearray(b"abc").find(b"c"), bytearray(b"abc").find(b"z"))
print(bytearray(b"abc").index(98), bytearray(b"abc").startswith(b"ab"), bytearray(b"abc").endswith(b"bc"))
print(bytearray(b"abc") == bytearray(b"abc"), bytearray(b"abc") < bytearray(b"abd"), bytearray(b"b") > bytearray(b"abc"))
c = bytearray(b"orig")
d = c.copy()
d[0] = 79
print(c, d, repr(bytearray(b"q'\"\n")), str(bytearray(b"s")), f"{bytearray(b'f')}")
print(type(bytearray(b"")).__name__, isinstance(bytearray(), bytearray), bytearray)

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: bytearray("text"))
attempt(lambda: bytearray(-1))
attempt(lambda: bytearray([256]))
attempt(lambda: bytearray(["a"]))
attempt(lambda: bytearray(1.5))
attempt(lambda: bytearray(b"x", "utf-8"))
attempt(lambda: bytearray(b"abc")[3])
attempt(lambda: bytearray(b"abc")["a"])
attempt(lambda: bytearray().pop())
attempt(lambda: bytearray(b"a").pop(5))
attempt(lambda: bytearray(b"a").remove(98))
attempt(lambda: bytearray(b"a").append(300))
attempt(lambda: bytearray(b"a").append("b"))
attempt(lambda: bytearray(b"a").extend("bc"))
attempt(lambda: bytearray(b"a").extend(5))
attempt(lambda: bytearray(b"a").index(b"z"))
attempt(lambda: "a" in bytearray(b"a"))
attempt(lambda: hash(bytearray()))
attempt(lambda: bytearray(b"a").clear(1))
attempt(lambda: bytearray(b"\xff").decode())
def setitem(i, v):
    x = bytearray(b"ab")
    x[i] = v
attempt(lambda: setitem(5, 1))
attempt(lambda: setitem(0, 256))
attempt(lambda: setitem(0, "a"))
