"""shapes: geometry with a plugin registry of shape kinds and output formats."""

from .base import Shape, registry, ShapeError
from . import kinds  # noqa: F401 - registers the built-in kinds
from .formats import get_format, FORMATS

__all__ = ["Shape", "registry", "ShapeError", "get_format", "FORMATS", "parse"]


def parse(spec):
    """'circle r=2' -> Circle(r=2.0)."""
    name, *params = spec.split()
    try:
        cls = registry[name]
    except KeyError:
        raise ShapeError(f"unknown shape {name!r}; known: {', '.join(sorted(registry))}") from None
    kwargs = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep:
            raise ShapeError(f"bad parameter {p!r}")
        kwargs[key] = float(value)
    return cls(**kwargs)
