# Порядок finally/else, return в finally, исключения в __exit__, генераторы с finally при close
log = []


def step(name):
    log.append(name)


def f(mode):
    try:
        step(f"try:{mode}")
        if mode == "error":
            raise ValueError("ошибка")
        if mode == "return":
            return "из try"
    except ValueError as e:
        step(f"except:{e}")
        return "из except"
    else:
        step("else")
        return "из else"
    finally:
        step("finally")


for mode in ("ok", "error", "return"):
    log.clear()
    print(mode, "->", f(mode), log)


def swallow():
    try:
        raise KeyError("потеряется")
    finally:
        return "finally победил"


print(swallow())


def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_with_finally())


class Guard:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print(f"  enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name}: {et.__name__ if et else '-'} {ev!r}")
        return self.swallow


with Guard("внешний", swallow=True):
    with Guard("внутренний"):
        raise RuntimeError("бум")
print("после with")

try:
    with Guard("a"), Guard("b", swallow=True), Guard("c"):
        raise KeyError("k")
    print("KeyError подавлен в b")
except KeyError:
    print("не должно быть")


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise TypeError("ошибка в __exit__")


try:
    with BadExit():
        raise ValueError("исходная")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))


def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("  генератор: finally")


g = numbers()
print(next(g), next(g))
g.close()
print("после close")
g2 = numbers()
for n in g2:
    if n == 2:
        break
g2.close()
print("после break и close")
total = 0
for n in numbers():
    total += n
print("сумма", total)
