# A loop variable used only as an operand of arithmetic takes a bool item
# as a number (interp/lower/numloop.go): sums of bools, shifts and
# repeats by them, and the errors of other items, as python3 prints them.
def total(xs):
    t = 0
    for x in xs:
        t += x
    return t
print(total([1, True, 2, False]), total((True,) * 3), total({True: 1, 2: 3}))
print(total(iter([True, True])), total(x > 1 for x in range(4)))
def mix(xs):
    t = 0
    s = []
    for x in xs:
        t = t + x * 2 - (x & 1) + (x << 1) + (-x) + ~x
        s += [x]
    return t, s
print(mix([True, 3, False]))
def shift(xs):
    r = 1
    for b in xs:
        r = r << b
        r = [r] * b
        r = r[0] if r else 0
    return r
print(shift([True, True, 2]))
def bad(xs):
    t = 0
    for x in xs:
        t += x
    return t
for v in ([1, "a"], [None], "ab", 5):
    try:
        print(bad(v))
    except TypeError as e:
        print("TypeError", e)
def strs(words):
    out = ""
    for w in words:
        out += w
    return out
print(strs(["a", "b"]), strs("xyz"))
def lists(xs):
    out = []
    for x in xs:
        out += x
    return out
print(lists([[1], (2,), "ab"]))
try:
    lists([True])
except TypeError as e:
    print("TypeError", e)
def used_after(xs):
    t = 0
    for x in xs:
        t += x
    return t, x
print(used_after([1, True]))
