"""Functions that call builtins, for module_shadow_builtin.py."""


def read(p):
    with open(p) as f:
        return f.read()


def count(xs):
    return len(xs)


def magnitude(x):
    return abs(x)
