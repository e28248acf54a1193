def f():
    try:
        g()
    except Exception as e:
        raise ValueError("v") from e
def g():
    return 1 // 0
f()
