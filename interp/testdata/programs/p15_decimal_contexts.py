"""Each thread computes with its own decimal context precision."""
import decimal
from decimal import Decimal, localcontext, getcontext
import threading

results = {}


def compute(prec, rounding):
    ctx = getcontext()
    ctx.prec = prec
    ctx.rounding = rounding
    third = Decimal(1) / Decimal(3)
    total = Decimal("10.25") * Decimal("3.3333")
    results[prec] = (str(third), str(total), getcontext().prec)


def main():
    threads = [
        threading.Thread(target=compute, args=(5, decimal.ROUND_DOWN)),
        threading.Thread(target=compute, args=(10, decimal.ROUND_HALF_UP)),
        threading.Thread(target=compute, args=(3, decimal.ROUND_CEILING)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for prec in sorted(results):
        print(prec, results[prec])
    print("main prec unchanged:", getcontext().prec)
    print("main 1/7:", Decimal(1) / Decimal(7))
    with localcontext() as ctx:
        ctx.prec = 4
        print("local 1/7:", Decimal(1) / Decimal(7))
    print("after local:", Decimal(1) / Decimal(7))
    prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
    subtotal = sum(prices)
    tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=decimal.ROUND_HALF_EVEN)
    print("subtotal", subtotal, "tax", tax, "total", subtotal + tax)
    print(repr(Decimal("1.10") + Decimal("2.20")), Decimal("1.5").to_integral_value(), round(Decimal("2.675"), 2))
    try:
        Decimal("abc")
    except decimal.InvalidOperation as e:
        print("InvalidOperation:", type(e).__name__)
    try:
        Decimal(1) / Decimal(0)
    except decimal.DivisionByZero as e:
        print("DivisionByZero caught:", isinstance(e, ZeroDivisionError))


if __name__ == "__main__":
    main()
