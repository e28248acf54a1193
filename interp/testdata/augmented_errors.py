# x op= y with operands that don't support it: CPython says "op=" in the
# TypeError, and marks the whole statement.
def g():
    y = 1
    for v in ("a", None, [1]):
        try:
            y += v
        except TypeError as e:
            print(e)
    s = "ab"
    for op in range(3):
        try:
            if op == 0: s -= 1
            if op == 1: s *= "x"
            if op == 2: s /= 2
        except TypeError as e:
            print(e)
    z = None
    try:
        z //= 2
    except TypeError as e:
        print(e)
    try:
        print(y + "a")
    except TypeError as e:
        print(e)
g()
x = [1]
x -= 1
