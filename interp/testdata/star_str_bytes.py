# Unpacking a str or bytes with * in a call and in a set display: each
# yields its characters (bytes: ints), as any iterable does.
def f(*args):
    return args


word = "где"
print(f(*word), f(*"abc"), f(*""), f(*b"ab"), f(*bytearray(b"z")))
print(f(*"ab", *b"c"), f(1, *"xy", 2))
print(*"ёж", sep="-")
print(*word)
first, *rest = b"xyz"
print(first, rest)
for bad in ("f(*[], *2)", "f(*b\"\", *None)"):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)

a, b = [3, 1], "yx"
print(sorted({*a, *b, 2}, key=str), {*a}, {*()}, {*a, }, {*range(3), *{5: 6}})
print(type({*a}).__name__, {*"aab"} == {"a", "b"}, {1, *[1, 1], 1})
for src in ["{*a: 1}", "{*a for a in [[1]]}", "{1, *2}", "{*None}"]:
    try:
        print(eval(src))
    except (SyntaxError, TypeError) as e:
        print(type(e).__name__, e)
