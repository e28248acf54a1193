# No suggestion when every candidate is too far from the name.
def f():
    value = 1
    return qwxzjk + value


f()
