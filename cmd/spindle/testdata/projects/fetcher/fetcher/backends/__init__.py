"""Backends register themselves with @backend; load() imports one by name."""
import importlib

BACKENDS = {}


def backend(name):
    def register(cls):
        cls.name = name
        BACKENDS[name] = cls
        return cls

    return register


def load(name):
    if name not in BACKENDS:
        try:
            importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError:
            raise ValueError(f"unknown backend {name!r}; known: {', '.join(available())}") from None
    return BACKENDS[name]()


def available():
    return ["files", "memory"]
