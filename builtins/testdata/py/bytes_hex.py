print(b"\x01\xab".hex())
print(b"abc".hex(":"), b"abcd".hex("-", 2))
print(bytes.fromhex("01ab ff"), bytes.fromhex(""))
try:
    bytes.fromhex("0g")
except ValueError as e:
    print(e)
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(e)
try:
    bytes.fromhex(b"ab")
except TypeError as e:
    print(e)

print(b"\x00\xff\x10".hex(" ", -2), b"".hex())
try:
    b"ab".hex("::")
except ValueError as e:
    print(e)
print(b"ab".hex(b"_"))
print(bytes.fromhex(" 0A\t0b "))


