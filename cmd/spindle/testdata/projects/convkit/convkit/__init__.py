"""convkit: text converters discovered as plugins."""
import importlib

from .base import Converter, registry, render

__all__ = ["Converter", "registry", "render", "convert", "plugins"]


def convert(name, text, **options):
    from .plugins import discover  # late: the plugins import .base

    discover()
    try:
        cls = registry[name]
    except KeyError:
        raise LookupError(f"no converter {name!r}") from None
    return cls(**options).convert(text)


def __getattr__(name):
    if name == "plugins":
        return importlib.import_module(".plugins", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
