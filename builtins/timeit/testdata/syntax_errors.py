import timeit
for stmt, setup in [("x = (", "pass"), ("y = 1", "def f(:"), ("for", "a = 1\nb = 2"), ("x = 1", "pass")]:
    try:
        timeit.Timer(stmt, setup)
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, repr(str(e)), e.filename, e.lineno, e.msg)
