# The bytes methods that search, cut, lay out and change case, with
# their start/end arguments, bytes-like arguments and edge cases.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

b = b"Hello, World! hello"
for sub in [b"l", b"lo", b"", b"zz", bytearray(b"o"), 111, True]:
    print("find", sub, b.find(sub), b.rfind(sub), b.count(sub))
print(b.find(b"o", 5), b.find(b"o", 5, 8), b.find(b"o", -5), b.rfind(b"o", 0, -5))
print(b.count(b"", 3), b.count(b"", 30), b.find(b"", 19), b.find(b"", 20), b.count(b"l", -3, None))
print(b.find(b"", 5, 2), b.count(b"", 5, 2), b"\xc3\xa9\xff".count(b""), b"\xc3\xa9".find(b"\xa9"))
print(b.index(b"World"), b.rindex(b"l"), b.index(b"l", 5, -1))
show("index missing", lambda: b.index(b"zz"))
show("rindex missing", lambda: b.rindex(b"H", 1))
print(b.startswith(b"Hell"), b.startswith((b"x", b"He")), b.endswith(b"llo"), b.endswith(b"World", 0, 12))
print(b.startswith(b"World", 7), b.startswith(b"", 19), b.startswith(b"", 20), b.endswith(b"H", -100, 1))
print(b.startswith(bytearray(b"H")), b.endswith((bytearray(b"o"),)))

print(b"  a b\t\nc  ".split(), b"  a b\t\nc  ".rsplit(), b"a  b c".split(None, 1), b"a  b c ".rsplit(None, 1))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"a,b,,c".split(b",", maxsplit=2), b"".split(), b"".split(b","))
print(b"a\x1cb\x85c\xa0d".split(), b"abc".split(maxsplit=0), b"  abc  ".split(None, 0), b"  abc  ".rsplit(None, 0))
print(b"a-b-c".partition(b"-"), b"a-b-c".rpartition(b"-"), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b"  x y \t".strip(), b"  x y \t".lstrip(), b"  x y \t".rstrip(), b"xxaxx".strip(b"x"), b"abcba".strip(b"ab"))
print(b"\x85 a \xa0".strip(), b"aXb".strip(bytearray(b"ab")), b"abc".lstrip(None), b"".strip())
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2))
print(b"\xc3\xa9".replace(b"", b"|"), b"abc".replace(b"b", b"B", 0), b"abab".replace(b"ab", b"x", -1))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"abc".removeprefix(b"x"))
print(b", ".join([b"a", bytearray(b"b"), b"c"]), b"".join([]), b"-".join((b"x",)), b"-".join(iter([b"p", b"q"])))

print(b"hello World 1x".upper(), b"hello World 1x".lower(), b"hello World".swapcase())
print(b"hello wORLD-foo bar1baz".title(), b"hELLO World".capitalize(), b"\xe9t\xe9 abc".title(), b"\xe9abc".capitalize())
print(b"abc".isalpha(), b"ab1".isalpha(), b"ab1".isalnum(), b"".isalnum(), b"123".isdigit(), b"\xb2".isdigit())
print(b" \t\n\r\x0b\x0c".isspace(), b"\x1c".isspace(), b"".isspace(), b"abc\xff".isascii(), b"abc".isascii())
print(b"ABC1".isupper(), b"AbC".isupper(), b"abc1".islower(), b"123".islower(), b"\xe9".islower())
print(b"Hello World".istitle(), b"Hello world".istitle(), b"HEllo".istitle(), b"1A".istitle(), b"".istitle())

print(b"abc".center(9), b"abc".center(8, b"*"), b"abc".center(2), b"ab".center(5, bytearray(b".")))
print(b"abc".ljust(6, b"-"), b"abc".rjust(6), b"abc".rjust(-3), b"ab".center(4), b"a".center(4))
print(b"42".zfill(5), b"-42".zfill(5), b"+x".zfill(4), b"".zfill(3), b"abc".zfill(2), b"-".zfill(3))
print(b"a\tbc\td".expandtabs(), b"a\tbc\td".expandtabs(4), b"\xe9\tx".expandtabs(4), b"ab\n\tc".expandtabs(2))
print(b"a\tb".expandtabs(0), b"a\tb".expandtabs(-1), b"a\tb".expandtabs(tabsize=3))
print(b"a\nb\r\nc\rd\x0be\x1cf".splitlines(), b"a\nb\r\n".splitlines(True), b"".splitlines(), b"x\n".splitlines(keepends=True))

table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc".translate(table), b"aabbcc".translate(table, b"b"), b"abc".translate(None, b"ac"))
print(b"abc".translate(bytearray(table)), b"hello".translate(None), b"abc".translate(None, delete=b"a"))
print(bytes.fromhex("de ad  BE EF"), bytes.fromhex(""), b"".fromhex("01"), b"\x01\xab".hex(), b"\x01\xab\xcd".hex(":", 2))
