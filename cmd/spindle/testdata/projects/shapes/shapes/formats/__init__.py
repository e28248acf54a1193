import importlib
from functools import singledispatch

FORMATS = ("text", "json")


def get_format(name):
    if name not in FORMATS:
        raise LookupError(f"no format {name!r}")
    return importlib.import_module(f"{__name__}.{name}_fmt")


@singledispatch
def number(x):
    return str(x)


@number.register
def _(x: float):
    return f"{x:.3f}".rstrip("0").rstrip(".")


@number.register(int)
def _(x):
    return f"{x:d}"
