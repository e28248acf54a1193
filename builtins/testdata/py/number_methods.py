# int.to_bytes, int.from_bytes, bit_count, as_integer_ratio and the
# float methods as_integer_ratio, hex and fromhex, with their errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for n in [0, 1, 255, 256, -1, -128, -129, 2 ** 64, -(2 ** 63)]:
    show("to_bytes %d" % n, lambda: n.to_bytes(9, "big", signed=True))
print((1).to_bytes(), (258).to_bytes(2), (258).to_bytes(2, "little"), (258).to_bytes(length=3, byteorder="little"))
print((0).to_bytes(0, "big"), (127).to_bytes(1, "big", signed=True), True.to_bytes(2, "big"), (65).to_bytes(1, "big"))
show("too big", lambda: (256).to_bytes(1, "big"))
show("signed too big", lambda: (128).to_bytes(1, "big", signed=True))
show("signed too small", lambda: (-129).to_bytes(1, "big", signed=True))
show("negative unsigned", lambda: (-1).to_bytes(1, "big"))
show("zero length", lambda: (1).to_bytes(0, "big"))
show("negative length", lambda: (1).to_bytes(-1, "big"))
show("length str", lambda: (1).to_bytes("a", "big"))
show("bad order", lambda: (1).to_bytes(1, "middle"))
show("order int", lambda: (1).to_bytes(1, 2))
show("3 positional", lambda: (1).to_bytes(1, "big", True))
show("huge length", lambda: (1).to_bytes(2 ** 70, "big"))

print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes(b"\xff\xff", byteorder="little", signed=False), int.from_bytes(b""), int.from_bytes(b"", signed=True))
print(int.from_bytes([1, 0], "big"), int.from_bytes(bytearray(b"\x80\x00"), "big", signed=True), int.from_bytes((2,), "little"))
print((5).from_bytes(b"\x07", "big"), int.from_bytes(b"\x01" * 10, "big"), int.from_bytes(b"\x80" + b"\x00" * 9, "big", signed=True))
show("from str", lambda: int.from_bytes("ab", "big"))
show("from int", lambda: int.from_bytes(1, "big"))
show("from bad order", lambda: int.from_bytes(b"ab", "mid"))
show("from list bad", lambda: int.from_bytes([256], "big"))

for n in [0, 1, 7, -7, 255, 2 ** 100 - 1, True, False]:
    print(n, n.bit_count(), n.as_integer_ratio(), n.bit_length())
show("bit_count arg", lambda: (1).bit_count(1))

for x in [0.0, -0.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.5e-310, 1 / 3, 1e16, 123.0]:
    print(repr(x), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x)
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
show("ratio inf", lambda: float("inf").as_integer_ratio())
show("ratio nan", lambda: float("nan").as_integer_ratio())
show("hex arg", lambda: (1.5).hex(1))
for s in ["0x1.8p1", "1.8p1", "  -0x1p-2  ", "0xA", "ff", "0x.8", "0x1.", "inf", "-Infinity", "nan", "0x1p+1024", "0x1p-1080", "1p", "zz", "", "0x", "0x1.8p", "1_0"]:
    show("fromhex %r" % s, lambda: float.fromhex(s))
show("fromhex int", lambda: float.fromhex(1))
print((2.5).fromhex("0x2p0"))
for s in ["0x1.8p+1", "0X1P-2", "1e", "0x1e", "-0x0p0", ".8", "0x1p", "1.8.8", "0x1.8P1", " 0x1 ", "0x-1", "+inf", "INF", "-nan",
          "0xp1", "0x.p1", "1p1", "0x1p1.5", "0x1 p1", "abc", "0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075", "0x1.1p-1074"]:
    show("fromhex %r" % s, lambda: float.fromhex(s))
