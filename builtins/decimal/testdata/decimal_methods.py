import decimal
import threading
from decimal import Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("sqrt", lambda: Decimal(2).sqrt())
show("exp", lambda: Decimal(1).exp())
show("ln", lambda: Decimal(10).ln())
show("log10", lambda: Decimal(1000).log10())
show("div0", lambda: Decimal(1) / Decimal(0))
show("div0 int", lambda: Decimal(1) / 0)
show("0/0", lambda: Decimal(0) / Decimal(0))
show("mod0", lambda: Decimal(5) % 0)
show("floordiv0", lambda: Decimal(5) // 0)
show("float add", lambda: Decimal("1.1") + 1.1)
show("float mul", lambda: 2.0 * Decimal(3))
show("float cmp", lambda: Decimal("1.5") < 2.0)
show("float eq", lambda: Decimal("1.5") == 1.5)
show("int eq", lambda: Decimal(3) == 3)
show("str add", lambda: Decimal(1) + "1")
show("sqrt neg", lambda: Decimal(-1).sqrt())
show("ln 0", lambda: Decimal(0).ln())
show("from_float", lambda: Decimal.from_float(0.1))
show("quant big", lambda: Decimal("1e30").quantize(Decimal("0.01")))
show("int nan", lambda: int(Decimal("NaN")))
show("int inf", lambda: int(Decimal("Inf")))
show("to_integral", lambda: Decimal("2.5").to_integral_value(rounding=ROUND_HALF_UP))
show("compare", lambda: Decimal("1.0").compare(Decimal("2")))
show("max", lambda: Decimal("1.0").max(Decimal("1.00")))
show("sum", lambda: sum([Decimal("0.1")] * 10))
show("sum start", lambda: sum([Decimal("0.10"), Decimal("0.20")], Decimal("0")))
show("round neg", lambda: round(Decimal("1234.5"), -2))
show("round str", lambda: str(round(Decimal("1234.5"), -2)))
show("is_signed", lambda: (Decimal("-0").is_signed(), Decimal("1").is_finite(), Decimal("inf").is_infinite()))
show("sign compare", lambda: Decimal("-0") == Decimal("0"))
show("eng", lambda: Decimal("123E+4").to_eng_string())
show("sci", lambda: Decimal("0.00000123").to_eng_string())
show("bool", lambda: (bool(Decimal("0.0")), bool(Decimal("0.01"))))
show("divmod", lambda: divmod(Decimal(7), Decimal(2)))
show("divmod neg", lambda: divmod(Decimal(-7), Decimal(2)))
show("neg pow 0", lambda: Decimal(0) ** -1)
show("str big", lambda: str(Decimal("1234567890123456789012345678901234567890")))
show("plus big", lambda: +Decimal("1234567890123456789012345678901234567890"))
show("mul prec", lambda: Decimal("1.23456789012345678901234567890") * 1)
show("float()", lambda: float(Decimal("1.23456789012345678901")))
show("as_integer_ratio", lambda: Decimal("0.75").as_integer_ratio())
show("fmt g", lambda: format(Decimal("0.00001234"), "g"))
show("fmt n", lambda: format(Decimal("1234.5"), ".6"))
show("fmt ,.2f", lambda: "{:,.2f} руб.".format(Decimal("1234567.456")))
show("fmt <", lambda: f"{Decimal('3.14159'):<10.3f}|")
show("fmt ^", lambda: f"{Decimal('3.14159'):*^10.2f}")
show("fmt %", lambda: f"{Decimal('0.1234'):.2%}")
show("min", lambda: min(Decimal("2"), 1, 3.5))
show("hash", lambda: hash(Decimal("1.5")) == hash(1.5))
show("hash int", lambda: hash(Decimal(7)) == hash(7))
show("tuple", lambda: Decimal("-3.140").as_tuple())
show("sign tuple", lambda: Decimal((1, (3, 1, 4), -2)))
show("exponent", lambda: Decimal("3.140").as_tuple().exponent)
show("context repr", lambda: Context(prec=5, rounding=ROUND_DOWN))

ctx = getcontext()
show("traps", lambda: ctx.traps[decimal.DivisionByZero])
show("flags", lambda: ctx.flags[decimal.Inexact])
with localcontext() as c:
    c.traps[decimal.DivisionByZero] = False
    show("no trap div0", lambda: Decimal(1) / 0)
    c.traps[decimal.Inexact] = True
    show("inexact trap", lambda: Decimal(1) / 3)
    show("flags after", lambda: c.flags[decimal.DivisionByZero])
with localcontext() as c:
    c.traps[decimal.InvalidOperation] = False
    show("no trap 0/0", lambda: Decimal(0) / 0)
    show("no trap sqrt", lambda: Decimal(-4).sqrt())
show("issubclass", lambda: (issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.InvalidOperation, ArithmeticError), issubclass(decimal.DivisionByZero, decimal.DecimalException)))
show("context clear", lambda: getcontext().clear_flags())

results = {}
def worker(name, prec):
    getcontext().prec = prec
    results[name] = (getcontext().prec, str(Decimal(1) / Decimal(7)))
ts = [threading.Thread(target=worker, args=(f"t{p}", p)) for p in (3, 5, 10)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()), getcontext().prec)

def worker2(out):
    with localcontext() as c:
        c.prec = 4
        c.rounding = ROUND_HALF_UP
        out.append(str(Decimal("2") / 3))
    out.append(getcontext().prec)
out = []
t = threading.Thread(target=worker2, args=(out,)); t.start(); t.join()
print(out)
decimal.DefaultContext.prec = 12
out2 = []
t = threading.Thread(target=lambda: out2.append(str(Decimal(1) / 7))); t.start(); t.join()
print(out2, Decimal(1) / 7)
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.333")]
total = sum(prices)
tax = (total * Decimal("0.2")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(f"Итого: {total} НДС: {tax} Всего: {total + tax:.2f}")
print(Decimal("10") / Decimal("4"), Decimal("1.30") + Decimal("1.20"), Decimal("3") * Decimal("1.10"))
print(repr(Decimal("1e-7")), Decimal("100").quantize(Decimal("1E1")), Decimal("0E-10"), Decimal("-0.00"))
