import abc
from functools import singledispatch

registry = {}


class Converter(abc.ABC):
    """Subclasses register themselves under their `name`."""

    name = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.name:
            registry[cls.name] = cls

    @abc.abstractmethod
    def convert(self, text: str) -> str:
        ...

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"


@singledispatch
def render(value):
    return str(value)


@render.register
def _(value: list):
    return ", ".join(render(v) for v in value)


@render.register
def _(value: dict):
    return "; ".join(f"{k}={render(v)}" for k, v in sorted(value.items()))
