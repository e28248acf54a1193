# printf-style formatting of bytes and bytearray, and of a str format
# held in a variable, a parameter or an attribute (not a literal).
print(b"%d-%s" % (3, b"x"))
print(b"%r|%a" % ("й", b"q"))
print(b"%x %X %o %5d %-5d| %05.2f %e" % (255, 255, 8, 42, 42, 3.14159, 12345.678))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")))
print(b"%b %s %.2s|%6s|%-6s|" % (b"yy", bytearray(b"zz"), b"abcdef", b"ab", b"cd"))
print(b"%(k)s=%(n)d" % {b"k": b"key", b"n": 7})
print(b"100%% %i %u" % (3, 4))
print(bytearray(b"%d|%s") % (1, bytearray(b"z")))
print(b"\xff%s\x00" % b"\xfe")


class Raw:
    def __bytes__(self):
        return "сырьё".encode()


print(b"<%s>" % Raw(), (b"<%s>" % Raw()).decode())

for fmt, args in [
    (b"%s", "str"),
    (b"%s", (1,)),
    (b"%d", "x"),
    (b"%s %s", (b"a",)),
    (b"%c", 256),
    (b"%c", "a"),
    (b"%z", 1),
    (b"x", 5),
    (b"%(k)s", (1,)),
]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


def apply(fmt, args):
    return fmt % args


FMT = "%-8s|%6.2f|%03d"
print(FMT % ("имя", 3.14159, 7))
print(apply("%5s|%-5s|%r", ("ab", "cd", "ё")))
print(apply(b"%05d", 42), apply("%x", 255), apply("%(a)s-%(b)s", {"a": "А", "b": "Б"}))


class Row:
    fmt = "%-6s %4d"

    def __init__(self, name, n):
        self.name, self.n = name, n

    def __str__(self):
        return self.fmt % (self.name, self.n)


print(Row("яблоко", 12), Row("kiwi", 3), sep="|")

# % stays modulo for numbers, whatever the operands' kinds.
for a, b in [(7, 3), (-7, 3), (7.5, 2), (True, 2), (2**70, 7)]:
    print(apply(a, b), end=" ")
print()
for a, b in [(5, 0), (5.0, 0), ([1], 2), (None, 1)]:
    try:
        apply(a, b)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
