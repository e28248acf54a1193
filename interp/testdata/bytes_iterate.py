# Iterating over bytes gives ints: for loops, comprehensions, list(),
# sum(), max(), enumerate, unpacking, in.
данные = "Ёж".encode("utf-8")
for b in данные:
    print(b, hex(b))
print([b for b in данные], list(b"xyz"), tuple(данные), sum(данные), max(данные), min(b"az"))
print(list(enumerate(b"ab")), dict(zip(b"ab", "аб")), sorted(set(b"abca")))
a, b = b"ok"
print(a, b, 111 in b"ok", any(x > 200 for x in данные), all(x < 256 for x in данные))
print(bytes(x ^ 0xFF for x in b"\x00\x0f"), bytes([x + 1 for x in b"abc"]), [x for x in b""], list(reversed(b"abc")), list(iter(b"hi")))
