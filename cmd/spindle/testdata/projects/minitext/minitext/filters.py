"""Filters: functions registered by name with @register."""

import functools

FILTERS = {}


def register(name=None):
    def deco(fn):
        FILTERS[name or fn.__name__] = fn
        return fn
    return deco


@register()
def upper(value):
    return str(value).upper()


@register()
def title(value):
    return str(value).title()


@register("len")
def length(value):
    return len(value)


@register()
def join(value, sep=", "):
    return sep.join(map(str, value))


@register()
def default(value, fallback=""):
    return fallback if value is None or value == "" else value


@register()
def plural(n, forms="штука,штуки,штук"):
    one, few, many = forms.split(",")
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} {one}"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} {few}"
    return f"{n} {many}"


@register()
def include(name):
    from .template import Template  # template imports this module
    from .loader import default_loader
    return default_loader().get(name).render({})


def apply(name, value, args, line):
    from .errors import FilterError
    try:
        fn = FILTERS[name]
    except KeyError:
        raise FilterError(f"unknown filter {name!r}", line) from None
    try:
        return fn(value, *args)
    except (TypeError, ValueError) as e:
        raise FilterError(f"{name}: {e}", line) from e


compose = functools.reduce
