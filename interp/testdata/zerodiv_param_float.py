# A division by zero of a def's parameters takes CPython's float wording
# when the caller, calling the def by name, passed a visible float.
def f(a, b):
    return a / b


def g(a, b):
    return a // b


def h(a, b):
    return a % b


def k(a, b):
    a = int(a)
    return a / b


def main():
    x = 2.5
    for label, fn in (("f", lambda: f(1.5, 0)), ("f int", lambda: f(1, 0)), ("f kw", lambda: f(b=0.0, a=1)),
                      ("g", lambda: g(1.5, 0)), ("g int", lambda: g(1, 0)), ("h", lambda: h(1.5, 0)),
                      ("h int", lambda: h(1, 0)), ("k", lambda: k(1.5, 0)), ("f x", lambda: f(x, 0)),
                      ("f float()", lambda: f(float("3"), 0))):
        try:
            fn()
        except ZeroDivisionError as e:
            print(label, e)


main()
f(1.5, 0)
