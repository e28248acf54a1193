# Smaller data-model gaps: number attributes, ZeroDivisionError wording
# for int operands and float modulo, positional arguments after *args,
# and chained comparisons evaluating each operand once.
print((3).real, (3).imag, (3).conjugate(), (3).numerator, (3).denominator)
print((2.5).real, (2.5).imag, (2.5).conjugate(), True.real, True.conjugate(), (-7).numerator)
n = 12
print(n.real + n.imag, n.denominator, [x.real for x in [1, 2.5]])
try:
    (2.5).numerator
except AttributeError as e:
    print("AttributeError", e)

zero = 0
for name, fn in [("1 / 0", lambda: 1 / zero), ("1 // 0", lambda: 1 // zero), ("1 % 0", lambda: 1 % zero),
                 ("1.0 % 0", lambda: 1.0 % zero), ("5 % 0.0", lambda: 5 % 0.0),
                 ("divmod(1, 0)", lambda: divmod(1, zero))]:
    try:
        fn()
    except ZeroDivisionError as e:
        print(name, "->", e)


def f(*args, sep="-"):
    return sep.join(str(a) for a in args)


a = [1, 2]
b = (3,)
print(f(*a, 9), f(0, *a, 5, *b), f(*a, *b, sep="+"), f(*"xy", "z"))
print(max(*a, 7), list(zip(*[(1, 2), (3, 4)], "ab")))

calls = []


def v(x):
    calls.append(x)
    return x


print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(5), calls)
calls.clear()
print(v(1) == v(1) != v(2) > v(0), calls)
