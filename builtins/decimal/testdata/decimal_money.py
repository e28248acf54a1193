import threading
from decimal import (Decimal, getcontext, setcontext, localcontext, Context, DefaultContext,
                     ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_DOWN, ROUND_05UP, InvalidOperation, DivisionByZero, Inexact, Rounded)

# constructors and printed forms
for v in ["1.10", "0.000001", "0.0000001", "123E5", "1E+2", "-0", "Inf", "-nan", "sNaN", "  1_000.5 ", "1e-10", "12345678901234567890.123"]:
    d = Decimal(v)
    print(repr(d), str(d))
print(Decimal(10), Decimal(-7), Decimal(0.1), Decimal(2.5), Decimal((1, (1, 4, 1), -2)), Decimal(True))
print(Decimal(Decimal("3.14")), Decimal())

# arithmetic with the default context (prec 28, ROUND_HALF_EVEN)
a, b = Decimal("1.1"), Decimal("2.2")
print(a + b, a - b, a * b, b / a, a / 3, Decimal(1) / Decimal(3), Decimal(2) / Decimal(4), Decimal(100) / 4)
print(Decimal(-7) // 2, Decimal(-7) % 2, Decimal(7) // Decimal("0.5"), Decimal("7.5") % 2, 10 - a, 3 * a, 1 / Decimal(8))
print(Decimal(2) ** 10, Decimal("1.1") ** 30, Decimal(2) ** -2, Decimal("0.5") ** 3, -a, +Decimal("1.000"), abs(Decimal("-1.5")))
print(a < b, a == Decimal("1.10"), a != b, max(a, b), sorted([b, a, Decimal("0.5")]), Decimal("1.0") == Decimal(1))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print({Decimal("1.0"): "one"}[Decimal("1.00")], hash(Decimal("2.50")) == hash(Decimal("2.5")))

# quantize and rounding modes
price = Decimal("2.675")
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    print(mode, price.quantize(Decimal("0.01"), rounding=mode), (-price).quantize(Decimal("0.01"), rounding=mode))
print(Decimal("7.325").quantize(Decimal(".01")), Decimal("1.5").quantize(Decimal("1")), Decimal("2.5").quantize(Decimal("1")))
print(Decimal("123.456").quantize(Decimal("1e1")), Decimal("12").quantize(Decimal("0.001")))
print(round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("3.5")), int(Decimal("-2.7")), float(Decimal("0.1")))
print(Decimal("12.30").normalize(), Decimal("120").normalize(), Decimal("1.20").as_tuple(), Decimal("-12.5").adjusted())
print(Decimal("-3").copy_abs(), Decimal("0").is_zero(), Decimal("NaN").is_nan(), Decimal("2.7").to_integral_value())

# formatting
total = Decimal("1234.5678")
print(f"{total:.2f}", f"{total:>12,.2f}|", f"{total:e}", f"{total:.3E}", f"{Decimal('0.256'):.1%}", f"{Decimal('-5'):+08.2f}", f"{total}")
print("%s and %r" % (total, total), "{:,}".format(Decimal("1234567.891")), format(Decimal("2.5"), "f"))

# contexts
ctx = getcontext()
print(ctx)
ctx.prec = 6
print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
ctx.rounding = ROUND_DOWN
print(Decimal(2) / Decimal(3))
with localcontext() as lc:
    lc.prec = 3
    print(lc.prec, Decimal(1) / Decimal(7), getcontext() is lc)
print(getcontext().prec, getcontext().rounding)
with localcontext(prec=10, rounding=ROUND_HALF_UP):
    print(Decimal(2) / Decimal(3))
setcontext(Context(prec=4, rounding=ROUND_HALF_UP))
print(Decimal(1) / Decimal(3), getcontext().prec)
setcontext(DefaultContext)
print(getcontext().prec, Decimal(1) / Decimal(3))
print(getcontext().flags[Inexact], getcontext().traps[DivisionByZero], getcontext().traps[Inexact])

# contexts are per thread: a new thread starts from DefaultContext
getcontext().prec = 5
seen = {}


def worker(name, prec):
    before = getcontext().prec
    getcontext().prec = prec
    seen[name] = (before, str(Decimal(1) / Decimal(7)))


threads = [threading.Thread(target=worker, args=("t%d" % i, 2 + i)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen.items()), getcontext().prec, Decimal(1) / Decimal(7))
DefaultContext.prec = 12
t = threading.Thread(target=worker, args=("late", 3))
t.start()
t.join()
print(seen["late"])

# errors
for f in (lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal(1) % 0,
          lambda: Decimal(1) // 0, lambda: Decimal("1.5") + 1.5, lambda: Decimal("NaN") < Decimal(1),
          lambda: Decimal([1]), lambda: Decimal("1.23").quantize(Decimal("1e-30")), lambda: Decimal("1e999999") * 10,
          lambda: Decimal("1.5") < "a", lambda: Decimal(object)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ArithmeticError))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("also a ZeroDivisionError:", type(e).__name__)

# square roots, and traps set through the live SignalDict
print(Decimal(2).sqrt(), Decimal("0.25").sqrt(), Decimal(100).sqrt(), Decimal("1e-4").sqrt(), Decimal(0).sqrt(), Decimal("-0").sqrt(), Decimal(10).sqrt(Context(prec=5)))
try:
    Decimal(-1).sqrt()
except InvalidOperation as e:
    print("InvalidOperation:", e)
ctx = getcontext()
print(type(ctx.traps).__name__, ctx.traps[Inexact], len(ctx.flags))
ctx.traps[Inexact] = True
try:
    Decimal(1) / 3
except Inexact as e:
    print("Inexact:", e)
print(Decimal(1) / 4)
ctx.traps[Inexact] = False
ctx.clear_flags()
print(ctx.flags[Rounded], Decimal(1) / 3, ctx.flags[Rounded], ctx.flags[Inexact])
print(ctx.traps)
try:
    ctx.traps["x"] = 1
except KeyError as e:
    print("KeyError:", e)
