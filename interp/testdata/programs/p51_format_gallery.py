"""Every kind of string formatting in a threaded sales report."""
import threading
from string import Template
from datetime import date, datetime, timedelta

SALES = {
    "north": [1234.5, 99.99, 15000],
    "south": [0.5, 42, 7.125],
    "east": [],
    "запад": [333.333, 666.667],
}


def summarize(region, amounts, out, lock):
    total = sum(amounts)
    avg = total / len(amounts) if amounts else float("nan")
    with lock:
        out[region] = (len(amounts), total, avg)


def main():
    out, lock = {}, threading.Lock()
    ts = [threading.Thread(target=summarize, args=(r, a, out, lock)) for r, a in SALES.items()]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("%-8s %5s %12s %10s" % ("region", "n", "total", "avg"))
    for region in sorted(out):
        n, total, avg = out[region]
        print("%-8s %5d %12.2f %10.3f" % (region, n, total, avg))
    print("{:=^40}".format(" details "))
    for region, (n, total, avg) in sorted(out.items()):
        print("{0:<8}|{1:>+12,.2f}|{2:>8.1%}|{3!r:>10}".format(region, total, total / 16385.0, n))
    print(f"{'hex':>5}: {255:#x} {255:X} {255:#o} {255:#b} {255:08b} {-42:+d} {42: d}")
    print(f"{3.14159:.3} {3.14159:.3f} {1234567.891:e} {1234567.891:.2E} {0.000012345:g} {1e20:g} {12345678:,}")
    print(f"{1234567:_} {0xFFFF:_x} {12.5:%} {0.125:.1%} {-0.0:.1f} {2.5:.0f} {3.5:.0f}")
    value = 7
    print(f"{value=} {value*2=} {value!r:>4} {str(value):*<5} {'x'!a} {'ü'!a}")
    width, prec = 10, 3
    print(f"[{3.14159265:{width}.{prec}f}] [{'left':<{width}}] [{'mid':^{width}}] [{42:0{width}d}]")
    print("%(name)s is %(age)d years, %(score).1f%%" % {"name": "Ива", "age": 30, "score": 99.5})
    print("%5s|%-5s|%05d|%x|%o|%e|%c|%r|%%" % ("ab", "cd", 42, 255, 8, 12345.678, 65, "q"))
    print("%.3s|%*d|%-*d|" % ("abcdef", 5, 42, 4, 7), "%s %s" % ((1, 2), [3]), "%d items" % 3.99)
    t = Template("$who sold ${amount} units in $where; $$5 fee")
    print(t.substitute(who="Анна", amount=12, where="north"))
    print(t.safe_substitute(who="Bob"))
    try:
        t.substitute(who="x")
    except KeyError as e:
        print("KeyError", e)
    d = date(2024, 2, 29)
    dt = datetime(2024, 3, 1, 14, 5, 9)
    print(f"{d:%Y-%m-%d} {d:%d/%m/%y} {dt:%H:%M:%S} {dt:%A %B %j}", d.isoformat(), dt.isoformat(sep=" "))
    print(d + timedelta(days=1), dt - timedelta(hours=15, minutes=6), (dt - datetime(2024, 1, 1)).days)
    print("{:>{w}}|{:^{w}}|{:<{w}}".format("r", "c", "l", w=5), "{0}{1}{0}".format("ab", "cd"))
    print("{0[0]}-{0[1]}-{1[key]}-{2.real}".format(["a", "b"], {"key": "v"}, 3.5))
    print(format(1234.5678, ",.2f"), format(42, "b"), format("s", ">3"), format(0.5, ".0%"))
    print("{!s:>6}|{!r:<8}|".format("s", "r"), str(12.0), repr(1e-7), str(1e22), 1.0e15, 123456789012345678.0)
    print("tab\tsep".expandtabs(4), "a,b,,c".split(","), " x ".strip(), "abc".zfill(6), "-5".zfill(4))
    print("Hello {}! You have {} new {}.".format("Анна", 3, "messages"), "{:,}".format(10 ** 9))
    print(f"{'nested ' + f'{1 + 1}'}", f"{{literal}}", f"{len('четыре')}", "%s" % None, f"{None!s:>5}")


if __name__ == "__main__":
    main()
