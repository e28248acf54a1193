# memoryview over bytes and bytearray: items, views, writes through a
# bytearray's view, release and the with statement, CPython's errors.
b = b"hello"
m = memoryview(b)
print(type(m).__name__, isinstance(m, memoryview), len(m), m[0], m[-1], m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides)
print(m[1:3].tobytes(), m[::2].tolist(), m[::-1].tobytes(), bytes(m[1:4]), m.tobytes(), m.hex())
print(list(m[:2]), m.obj is b, b"%s!" % m[1:], m == memoryview(b"hello"), m[1:3] == memoryview(b"el"))
ba = bytearray(b"abcdef")
w = memoryview(ba)
w[0] = 65
w[1:3] = b"XY"
print(ba, w.readonly, bytes(w), bytearray(w[2:]))
w[::2] = b"123"
print(ba)
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    w[0] = 300
except ValueError as e:
    print("ValueError", e)
try:
    w[1:3] = b"toolong"
except ValueError as e:
    print("ValueError", e)
try:
    m[10]
except IndexError as e:
    print("IndexError", e)
with memoryview(b"ctx") as c:
    print(c.tobytes(), c[0])
try:
    c.tobytes()
except ValueError as e:
    print("ValueError", e)
try:
    len(c)
except ValueError as e:
    print("ValueError", e)
m.release()
try:
    m[0]
except ValueError as e:
    print("ValueError", e)
print(repr(m).startswith("<released memory at 0x"), repr(w).startswith("<memory at 0x"))
try:
    memoryview("str")
except TypeError as e:
    print("TypeError", e)
print(hash(memoryview(b"ab")) == hash(b"ab"))
try:
    hash(w)
except ValueError as e:
    print("ValueError", e)
print(b"-".join([memoryview(b"a"), b"b"]), memoryview(b"xyz")[1], sum(memoryview(b"\x01\x02")))
v = memoryview(b"abcdefgh")[2:7]
print(v[1:4].tobytes(), v[::-1][1], len(v[::3]), v[::3].tolist())
m = memoryview(b"ab")
print(m == b"ab", b"ab" == m, m != b"x", m == bytearray(b"ab"), bytearray(b"ab") == m, m == "ab", [m] == [b"ab"])
def eq(a, b): return a == b
print(eq(m, b"ab"), eq(b"ab", m), eq(m, m[0:2]), memoryview(b"ab") == memoryview(bytearray(b"ab")))
try:
    m < b"b"
except TypeError as e:
    print(e)
try:
    b"b" > m
except TypeError as e:
    print(e)
