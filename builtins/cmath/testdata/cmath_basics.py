# cmath on complex numbers: CPython's digits and errors.
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
for z in [-1, 4, 2j, -4 + 0j, 3 + 4j, complex(-1, -0.0), 1e-320j, 0, -0.0]:
    print("sqrt", z, cmath.sqrt(z))
for z in [0, 1, 1j, 1j * math.pi, 1 + 1j, -2.5 + 0.5j]:
    print("exp", z, cmath.exp(z))
for z in [1, -1, 1j, 10, 3 + 4j, 0.9 + 0.1j, 1e300 + 1e300j]:
    print("log", z, cmath.log(z), cmath.log10(z))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j))
for z in [1, -1, 1j, -1j, complex(-1, -0.0), 3 + 4j, 0]:
    print("phase/polar", z, cmath.phase(z), cmath.polar(z))
print(cmath.rect(1, math.pi / 2), cmath.rect(2, 0), cmath.rect(1, math.pi), cmath.rect(3, 1))
r, phi = cmath.polar(1 + 1j)
print(cmath.rect(r, phi), abs(cmath.rect(r, phi) - (1 + 1j)) < 1e-15)
for z in [0, 1, 1j, 1 + 1j, -0.5 + 2j]:
    print("trig", z, cmath.sin(z), cmath.cos(z))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-10, abs_tol=1e-9))
print(cmath.isnan(complex(1, math.nan)), cmath.isinf(cmath.infj), cmath.isfinite(1 + 2j), cmath.isnan(1))
# The quadratic formula with a negative discriminant.
a, b, c = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * c)
print((-b + d) / (2 * a), (-b - d) / (2 * a))


class Num:
    def __complex__(self):
        return 3 + 4j


print(cmath.sqrt(Num()), cmath.phase(Num()))
for bad in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.sqrt("4"), lambda: cmath.rect(1j, 0), lambda: cmath.log(1, 1)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
