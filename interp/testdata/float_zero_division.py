def t(f):
    try: f()
    except ZeroDivisionError as e: print(e)
x = 0
y = 5
t(lambda: 1.0 / x)
t(lambda: y / 0.0)
t(lambda: 1.5 // x)
t(lambda: y // -0.0)
t(lambda: float(y) / x)
t(lambda: (2.5) / x)
t(lambda: y / x)
t(lambda: y // x)
t(lambda: y % x)
t(lambda: 2.0 % x)
1.0 / x
