# Спецификации формата: f-строки, format(), %, выравнивание, знаки, группировка, системы счисления
n, x, big = 255, 3.14159265, 12345678.9
print(f"[{n:>10}] [{n:<10}] [{n:^10}] [{n:*^10}] [{n:010}]")
print(f"[{x:^10.3f}] [{x:+.2f}] [{-x: .2f}] [{x:e}] [{x:.2E}] [{x:g}] [{1e-7:g}] [{1e20:g}]")
print(f"{big:,} {big:_.2f} {1234567:,} {1234567:_} {n:_x} {2**40:_b}")
print(f"{n:x} {n:X} {n:#x} {n:o} {n:#o} {n:b} {n:#b} {n:#010b} {-n:#x}")
print(f"{0.25:%} {0.25:.1%} {1/3:.3%} {-0.5:.0%}")
print(f"{'строка'!r:>12}|{'строка':>12}|{'строка'!s:.3}|")
print(f"{42:c}{1046:c}", f"{65:c}", f"{True:d}", f"{True}", f"{None!r:>6}")
print(f"{x:.0f} {2.5:.0f} {3.5:.0f} {-2.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{1e16:.3g} {123456789:.3g} {0.0001234:.2g} {float('inf'):>6} {float('nan'):^7} {-0.0:+}")
print(f"{12:=+6} {-12:=6} {12:+} {12: } {-12: }")
w, p = 12, 3
print(f"[{x:{w}.{p}f}] [{x:>{w}}] [{'ёж':{'^'}{w}}]")
print(format(1234.5, ",.1f"), format(0.000012, ".2e"), format(10, "08.3f"), format(-7, "05d"))
print("{:>8}|{:<8}|{:^8}|".format("ёж", "кот", "пёс"))
print("{0}{1}{0}".format("а", "б"), "{имя} {0}".format("x", имя="Ёж"), "{0[1]} {1[k]}".format("аб", {"k": "в"}))
print("{:{}}|{:.{}f}".format("кот", 6, 2.718, 1))
print("{!r} {!s} {!a}".format("ё", "ё", "ё"))
print("%s|%-8s|%8s|%.2s" % ("да", "ёж", "кот", "слово"))
print("%d %i %5d %-5d| %05.1f %+d %x %X %o %e %g %%" % (3, 4, 5, 6, 2.345, 7, 255, 255, 8, 12345.6789, 0.00001))
print("%(a)s и %(b)r" % {"a": "ёж", "b": "уж"}, "%c" % 1046, "%5.1f%%" % 12.345)
print("%*d|%-*s|%.*f" % (5, 42, 6, "ёж", 2, 3.14159))
from decimal import Decimal
d = Decimal("1234.5678")
print(f"{d:.2f} {d:,.1f} {d:>12} {d:e} {Decimal('0.1') + Decimal('0.2')}")
from datetime import date
dt = date(2024, 3, 8)
print(f"{dt:%d.%m.%Y} {dt:%Y-%j} {dt!s} {dt!r}")
try:
    f"{'x':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    format(3.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
