# x op= y where x is a parameter the typing pass can't see a bool in
# (the function escapes, as a module's function that another module
# calls): True counts as 1, a list still extends in place, and the
# errors are CPython's.
def inc(n):
    n += 1
    return n


def countdown(n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    return steps


def scale(n, k):
    n *= k
    n //= 1
    n **= 2
    n <<= 1
    n %= 1000
    return n


def extend(acc, more):
    acc += more
    return acc


def join(s, t="!"):
    s += t
    return s


table = {"inc": inc, "countdown": countdown, "scale": scale, "extend": extend, "join": join}
print(table["inc"](True), table["inc"](False), table["inc"](2.5))
print(table["countdown"](True), table["countdown"](3))
print(table["scale"](True, 3), table["scale"](True, True), table["scale"](4, False))
items = [1]
print(table["extend"](items, [2]) is items, items, table["extend"](True, 2), table["extend"](1, True))
print(table["join"]("да"), table["join"]("a", "b"))
for bad in ([1], "s", None):
    try:
        table["inc"](bad)
    except TypeError as e:
        print("TypeError:", e)
table["scale"](2.5, 2)
