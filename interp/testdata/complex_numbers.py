# Complex numbers: literals, the constructor, arithmetic with ints and
# floats, equality and hashing across types, and CPython's errors.
# (Powers other than integral ones are computed with Go's math, which
# may differ from C's libm in the last digit: not printed here.)
import math, numbers, json
z = 3 + 4j
print(z, 2j, -2j, 1j * 1j, abs(z), z.real, z.imag, z.conjugate(), type(z), type(z).__name__)
print(z + 1, 1 + z, z - 1.5, 2 * z, z * z, z / 2, 1 / z, z ** 2, (1 + 1j) ** 8, (2 - 1j) ** -2, 0j ** 0, (-4) ** 0.5 == 2j or "approx")
print(complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" (3-4j) "), complex("2j"), complex("-j"), complex(1.5, -0.5), complex(real=2, imag=3))
print(z == 3 + 4j, 1 + 0j == 1, 2.0 == 2 + 0j, z != 5, hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), {1, 1 + 0j, 1.0})
print(isinstance(z, complex), isinstance(3, (int, float, complex)), bool(0j), bool(1j), -z, +z)
print(f"{z}", str(z), repr(z), [z], complex(0, 0), complex(-0.0, 0), complex(1e20, 1), complex(math.inf, math.nan))
for bad in [lambda: z < 1j, lambda: z // 2, lambda: z % 2, lambda: complex("abc"), lambda: complex("1", 2), lambda: complex(1, "2"), lambda: 1 / 0j, lambda: complex([]), lambda: 0j ** -1, lambda: int(z), lambda: 1 < z]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class V:
    def __complex__(self):
        return 1 + 1j
print(complex(V()), 1e3j, 1_0j, 0.5J, sum([1j, 2, 3.5]))
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(1j, numbers.Number))
print(sorted([3, 1, 2], key=lambda v: abs(v * 1j)))
print(format(1+2j), "%s" % (1+2j), "{}".format(2j), (1+2j).__class__)
try:
    json.dumps(1j)
except TypeError as e:
    print(e)
d = {1j: "i"}
print(d[1j], 1j in d, [1j, 2j].index(2j), (1+2j) in [1+2j])
print(complex.__name__, complex.__mro__ if hasattr(complex, "__mro__") else "", type(1j) is complex)
x = 5
x *= 1j
x += 1
print(x, divmod(7, 2), pow(1j, 2), math.sqrt(abs(-4+0j)))
try:
    math.sqrt(1j)
except TypeError as e:
    print(e)
print(round(abs(3+4j)), float(abs(1j)), str(-1j), -(1j), (0-1j), 1j.real)
