# float ** float prints CPython's digits (C's pow, correctly rounded
# here), where Go's math.Pow is often an ulp off.
print(1.1 ** 10, 1.0001 ** 12345, 2.5 ** 3.3, 7.0 ** 0.3, 3.7 ** 2.2, 0.1 ** 0.1)
for x in [1.5, 2.7, 3.14159, 9.99, 0.37]:
    print(x ** 1.7, x ** -2.3, x ** 13, x ** -7, (-x) ** 5, (-x) ** 4.0)
principal, rate = 1000.0, 0.05
for years in (1, 10, 30):
    print(years, round(principal * (1 + rate) ** years, 2), principal * (1 + rate / 12) ** (12 * years))
print(10 ** -2, 2 ** 0.5, 2.0 ** -1074, 1e308 ** 0.5, 0.5 ** 1075, 1.000001 ** 1e6)
print(pow(2.0, 3), pow(-8.0, 3), 4 ** 0.5, (-1.0) ** 1e300, 1e-300 ** 1.2)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
