from . import dates, fmt

__all__ = ["dates", "fmt"]
