# f-string fields: conversions, specs (nested too), `=`, braces,
# non-ASCII text, __format__, and the order in which fields are evaluated
# and formatted.
x, w, s, п = 42, 7, "héllo", "привет"
print(f"{x}-{s}")
print(f"{x!r:>{w}}|{s!r}|{s!s:^9}|{s!a}|{п!a}|{п!r}")
print(f"{x:>{w}}|{x:{'<'}{w}}|{x:0{w}d}|{3.14159:.{x // 21}f}")
print(f"{x=}, {s=!s}, {x = :>5}, {п=}, {w*2=}")
print(f"{{}} {{x}} {{{x}}} }}{{")
print(f"{п}:{п:>10}|{п:*^12}|{п[1:3]}|{len(п)}")
print(f"{True} {True:d} {None} {1.5e20} {-0.0} {2**70} {2**70:,}")
print(f"{'a' 'b'}" f"{x}" "c" f"{{d}}")
print(f"""multi
{x}
line""")
print(f"{x:x} {x:#o} {x:b} {x:_>6} {-x:+} {x:=+6}")
print(f"{[1, 'a']} {(1,)} {dict(a=1)} {({1})}")


class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        print("format", self.v, repr(spec))
        return f"${self.v:{spec or ',.2f'}}"

    def __str__(self):
        print("str", self.v)
        return f"M{self.v}"

    def __repr__(self):
        print("repr", self.v)
        return f"Money({self.v!r})"


m, n = Money(1234.5), Money(7)
print(f"{m} {n:.1f} {m!s} {n!r} {m:>12,.3f}")


def log(tag, v):
    print("eval", tag)
    return v


# Each field is formatted before the next one is evaluated.
print(f"{log('a', m)}-{log('b', n)}-{n}-{log('c', 3)}")
lst = []
print(f"{lst} {lst.append(1)} {lst} {lst.append(2)} {lst}")
print(f"{lst!r:>{log('w', 12)}} {m:{log('spec', '>9')}} {lst.pop()} {lst}")
d = {"k": [1]}
print(f"{d} {d['k'].append(2)} {d} {d.pop('k')} {d}")


class Noisy:
    def __format__(self, spec):
        global g
        g = "rebound"
        return "noisy"


g = "first"
print(f"{Noisy()}{g}")


def outer():
    v = "old"

    class N:
        def __format__(self, spec):
            nonlocal v
            v = "new"
            return "n"

    u = "local"
    return f"{N()}{v}{u}"


print(outer())

for bad in [lambda: f"{s:d}", lambda: f"{s:,}", lambda: f"{x:z}", lambda: f"{m:q}", lambda: f"{n!r:>5}"]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print(f"{s:d}{1 / 0}")
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f"{x}{1 / 0}{s:d}")
except Exception as e:
    print(type(e).__name__, e)
try:
    f"{object():>3}"
except TypeError as e:
    print(e)
try:
    print(f"{x:{w}d}"
          f"{s:d}")
except ValueError as e:
    print(e, "at line", e.__traceback__.tb_lineno)
